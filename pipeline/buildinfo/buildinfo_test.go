package buildinfo

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestDescribe(t *testing.T) {
	vcs := []debug.BuildSetting{
		{Key: "vcs.revision", Value: "6841488abcd1234567890"},
		{Key: "vcs.time", Value: "2026-12-06T19:30:00Z"},
		{Key: "vcs.modified", Value: "false"},
	}
	tests := []struct {
		name, ldflags, main string
		settings            []debug.BuildSetting
		want                string
	}{
		{"go install @version", "", "v1.2.0", nil, "v1.2.0"},
		{"go install @latest of a pseudo-version", "", "v0.0.0-20261206193000-6841488abcd1", nil, "v0.0.0-20261206193000-6841488abcd1"},
		{"checkout build", "", "(devel)", vcs, "(devel) 6841488abcd1 2026-12-06T19:30:00Z"},
		{"dirty checkout", "", "(devel)", append(vcs[:2:2], debug.BuildSetting{Key: "vcs.modified", Value: "true"}), "(devel) 6841488abcd1+dirty 2026-12-06T19:30:00Z"},
		{"ldflags win", "v9", "(devel)", vcs, "v9 6841488abcd1 2026-12-06T19:30:00Z"},
		{"nothing recorded", "", "", nil, "(devel)"},
	}
	for _, tt := range tests {
		info := &debug.BuildInfo{Main: debug.Module{Path: "github.com/vnextract/vnextract", Version: tt.main}, Settings: tt.settings}
		if got := describe(tt.ldflags, info); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// The running test binary has build information, so Version is never
// the bare "dev" it used to be (finding 12).
func TestVersionNotDev(t *testing.T) {
	if v := Version(""); v == "" || v == "dev" || strings.Contains(v, "unknown") {
		t.Errorf("Version = %q", v)
	}
}
