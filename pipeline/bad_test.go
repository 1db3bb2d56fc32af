package pipeline_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/input"
)

// TestLargeDocumentNoNewline processes a 50 MB file that is one line,
// read the way the CLI reads files: it must finish with a result.
func TestLargeDocumentNoNewline(t *testing.T) {
	if testing.Short() {
		t.Skip("processes 50 MB; skipped in -short mode")
	}
	var para []byte
	for _, in := range sampleInputs(t) {
		para = append(para, bytes.ReplaceAll(in.Data, []byte("\n"), []byte(" "))...)
		para = append(para, ' ')
	}
	const size = 50 << 20
	path := filepath.Join(t.TempDir(), "one-line.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for n := 0; n < size; n += len(para) {
		w.Write(para)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	in := input.Read(pipeline.Input{ID: "one-line.txt", Source: path}, nil, pipeline.DefaultMaxDocBytes)
	if in.Err != nil {
		t.Fatal(in.Err)
	}
	start := time.Now()
	var d pipeline.Document
	done := make(chan struct{})
	go func() { d = p.Extract(context.Background(), in); close(done) }()
	select {
	case <-done:
	case <-time.After(3 * time.Minute):
		// Even at 1 MB/s this is done in a minute; longer means a stage is
		// worse than linear in the document's size.
		t.Fatalf("extraction of %d MB on one line still running after %v: a stage is worse than linear", len(in.Data)>>20, time.Since(start))
	}
	t.Logf("%d MB on one line: %d mentions, %d sentences in %v", len(in.Data)>>20, len(d.Mentions), d.Sentences, time.Since(start))
	if d.Status != pipeline.StatusOK {
		t.Fatalf("status %q, error %q, warnings %q", d.Status, d.Error, d.Warnings)
	}
	if d.Bytes != len(in.Data) || len(d.Mentions) == 0 || strings.Contains(d.Text, "\n") {
		t.Errorf("bytes %d of %d, %d mentions", d.Bytes, len(in.Data), len(d.Mentions))
	}

	// The same file over a lower limit is refused with a clear error.
	small, err := pipeline.New(pipeline.WithMaxDocBytes(1 << 20))
	if err != nil {
		t.Fatal(err)
	}
	in = input.Read(pipeline.Input{ID: "one-line.txt", Source: path}, nil, 1<<20)
	d = small.Extract(context.Background(), in)
	if d.Status != pipeline.StatusError || !strings.Contains(d.Error, "too large") || d.Bytes != 1<<20+1 {
		t.Errorf("over the limit: status %q, error %q, bytes %d", d.Status, d.Error, d.Bytes)
	}
}

// TestBatchBadInputs runs every fixture of testdata/bad through Batch
// with the good samples: each bad one is reported, the rest complete.
func TestBatchBadInputs(t *testing.T) {
	p, err := pipeline.New(pipeline.WithWorkers(2))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"binary-nul.txt":    "error",
		"empty.txt":         "error",
		"image.png":         "error",
		"invalid-utf8.txt":  "warning",
		"not-json.jsonl":    "ok", // as a text file it is just text
		"utf16le-nobom.txt": "warning",
	}
	var ins []pipeline.Input
	for name := range want {
		data, err := os.ReadFile(filepath.Join("../testdata/bad", name))
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, pipeline.Input{ID: name, Data: data}, sampleInputs(t)[len(ins)%6])
	}
	ins = append(ins, pipeline.Input{ID: "unreadable", Err: errors.New("input: permission denied")})
	docs := p.Batch(context.Background(), ins)
	if len(docs) != len(ins) {
		t.Fatalf("got %d documents, want %d", len(docs), len(ins))
	}
	for i, d := range docs {
		if d.ID != ins[i].ID {
			t.Errorf("document %d is %q, want %q: out of order", i, d.ID, ins[i].ID)
		}
		status, bad := want[d.ID]
		switch {
		case d.ID == "unreadable":
			if d.Status != "error" || d.Error != "input: permission denied" {
				t.Errorf("unreadable: status %q error %q", d.Status, d.Error)
			}
		case bad && d.Status != status:
			t.Errorf("%s: status %q (error %q, warnings %q), want %q", d.ID, d.Status, d.Error, d.Warnings, status)
		case !bad && (d.Status != "ok" || len(d.Mentions) == 0):
			t.Errorf("%s: status %q, %d mentions", d.ID, d.Status, len(d.Mentions))
		}
	}
}

// TestBatchCancelled reports every document of a cancelled batch with
// the context's error.
func TestBatchCancelled(t *testing.T) {
	p, err := pipeline.New(pipeline.WithWorkers(2))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ins := sampleInputs(t)
	docs := p.Batch(ctx, ins)
	for i, d := range docs {
		if d.ID != ins[i].ID || d.Status != pipeline.StatusError || !strings.Contains(d.Error, "context canceled") {
			t.Errorf("document %d: id %q status %q error %q", i, d.ID, d.Status, d.Error)
		}
	}
}
