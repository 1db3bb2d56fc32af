package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/docs.json from the current extraction")

const goldenPath = "../testdata/golden/docs.json"

// sampleInputs reads testdata/docs in name order.
func sampleInputs(tb testing.TB) []pipeline.Input {
	tb.Helper()
	paths, err := filepath.Glob("../testdata/docs/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no sample documents: %v", err)
	}
	var ins []pipeline.Input
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		ins = append(ins, pipeline.Input{ID: filepath.Base(p), Source: filepath.ToSlash(p), Data: data})
	}
	return ins
}

// TestGolden compares the extraction of testdata/docs with the reviewed
// output in testdata/golden/docs.json. After a deliberate change to the
// extraction, regenerate it with
//
//	go test ./pipeline -run TestGolden -update
//
// and review the diff.
func TestGolden(t *testing.T) {
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	docs := p.Batch(context.Background(), sampleInputs(t))
	got, err := json.MarshalIndent(docs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(goldenPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", goldenPath)
		return
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("extraction differs from %s at line %d:\n got: %s\nwant: %s\n(if the change is intended: go test ./pipeline -run TestGolden -update)", goldenPath, i+1, g, w)
		}
	}
}
