// Package buildinfo says which build of vnextract is running: the module
// version `go install …@v1.2.3` stamps, or for a build from a checkout,
// the VCS revision and commit time the go command records.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// Version describes the running build in one line, e.g. "v1.2.0",
// "v1.2.1-0.20261206193000-6841488abcd1", "(devel) 6841488abcd1
// 2026-12-06T19:30:00Z" or "(devel) 6841488abcd1+dirty …". ldflags, when
// not empty ("-X main.version=…"), win over what the build recorded.
func Version(ldflags string) string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return versionOr(ldflags, "unknown")
	}
	return describe(ldflags, info)
}

func versionOr(ldflags, fallback string) string {
	if ldflags != "" {
		return ldflags
	}
	return fallback
}

// describe is Version over given build information, for tests.
func describe(ldflags string, info *debug.BuildInfo) string {
	var rev, at string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	v := info.Main.Version
	if ldflags != "" {
		v = ldflags
	}
	if v == "" {
		v = "(devel)"
	}
	var parts []string
	parts = append(parts, v)
	// A module version from the proxy already names its commit; a
	// checkout build ("(devel)") needs the revision to be traced.
	if rev != "" && (v == "(devel)" || ldflags != "") {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if dirty {
			rev += "+dirty"
		}
		parts = append(parts, rev)
		if at != "" {
			parts = append(parts, at)
		}
	}
	return strings.Join(parts, " ")
}
