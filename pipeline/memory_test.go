package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestMemoryPerDocument: what a document costs grows with its size, not
// with how dense in entities it is. A one-line document of sample
// articles (a mention every few dozen bytes) is the worst case; the
// bound is what the pipeline allocates in all, which caps its peak.
func TestMemoryPerDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and extracts a 4 MB document")
	}
	paths, _ := filepath.Glob("../testdata/docs/*.txt")
	if len(paths) == 0 {
		t.Skip("no sample documents")
	}
	var articles []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		articles = append(articles, strings.Join(strings.Fields(string(data)), " "))
	}
	one := strings.Join(articles, " ")
	size := 4 << 20
	text := strings.Repeat(one+" ", size/len(one))
	p, err := New(WithWorkers(1))
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := p.Extract(context.Background(), Input{ID: "dense", Data: []byte(text)})
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d bytes, %d mentions: %d MB allocated, %.1f× the size", len(text), len(d.Mentions), alloc>>20, float64(alloc)/float64(len(text)))
	if d.Status != StatusOK || len(d.Mentions) < len(text)/100 {
		t.Fatalf("status %s, %d mentions: not the dense document the test wants", d.Status, len(d.Mentions))
	}
	if limit := uint64(16*len(text) + 64<<20); alloc > limit {
		t.Errorf("allocated %d MB for a %d MB document; the bound is 16× its size + 64 MB = %d MB", alloc>>20, len(text)>>20, limit>>20)
	}
}
