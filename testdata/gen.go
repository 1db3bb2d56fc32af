//go:build ignore

// gen writes testdata/docs-legacy: sample documents re-encoded in the
// legacy Vietnamese encodings, so tests can show that detection finds
// each one. Run it with "go generate ./cmd/vnextract" (the directive is
// in cmd/vnextract/cli_test.go) or "go run gen.go ." from testdata.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/vnextract/vnextract/pipeline/decode"
)

// legacy maps a sample document to the encoding its copy is written in.
var legacy = []struct{ doc, encoding string }{
	{"01-su-doan-huan-luyen.txt", decode.TCVN3},
	{"02-bien-phong-tuan-tra.txt", decode.VNI},
	{"03-hoi-nghi-dang-uy.txt", decode.Windows1258},
}

func main() {
	dir := "."
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	out := filepath.Join(dir, "docs-legacy")
	if err := os.MkdirAll(out, 0o755); err != nil {
		fail(err)
	}
	for _, l := range legacy {
		text, err := os.ReadFile(filepath.Join(dir, "docs", l.doc))
		if err != nil {
			fail(err)
		}
		data, err := decode.Encode(string(text), l.encoding)
		if err != nil {
			fail(fmt.Errorf("%s: %w", l.doc, err))
		}
		name := l.encoding + "-" + l.doc
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
