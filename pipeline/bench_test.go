package pipeline_test

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/fold"
	"github.com/vnextract/vnextract/pipeline/report"
)

// benchMB sizes the benchmark corpus: testdata/docs repeated to about
// this many megabytes. The default keeps "go test -bench" quick; the
// figures in issue 5 are measured at 50:
//
//	go test ./pipeline -run '^$' -bench . -args -benchmb 50
//	VNEXTRACT_BENCH_MB=50 go test ./pipeline -run '^$' -bench .
var benchMB = flag.Int("benchmb", envInt("VNEXTRACT_BENCH_MB", 5), "size of the benchmark corpus in MB")

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// benchCorpus is the sample documents repeated to benchMB, each copy
// with its own id so no two inputs are the same document.
func benchCorpus(b *testing.B) (ins []pipeline.Input, size int64) {
	b.Helper()
	return repeatInputs(sampleInputs(b))
}

// repeatInputs repeats docs to about benchMB megabytes.
func repeatInputs(docs []pipeline.Input) (ins []pipeline.Input, size int64) {
	for i := 0; size < int64(*benchMB)<<20; i++ {
		d := docs[i%len(docs)]
		ins = append(ins, pipeline.Input{ID: fmt.Sprintf("%d-%s", i, d.ID), Data: d.Data})
		size += int64(len(d.Data))
	}
	return ins, size
}

func benchPipeline(b *testing.B, opts ...pipeline.Option) *pipeline.Pipeline {
	b.Helper()
	p, err := pipeline.New(opts...)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// reportPerDoc adds allocations per document: allocs/op counts a whole
// pass over the corpus.
func reportPerDoc(b *testing.B, before *runtime.MemStats, docs int) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*docs), "allocs/doc")
}

// BenchmarkExtract is the whole extraction, one document at a time on
// one goroutine: decode, fold, segment, match, rules, link.
func BenchmarkExtract(b *testing.B) {
	ins, size := benchCorpus(b)
	benchExtract(b, ins, size, nil)
}

// BenchmarkExtractOneParagraph extracts one long paragraph dense in
// officials (a full window, no line breaks): the work that a name does
// across its whole line must stay linear in the line's length.
func BenchmarkExtractOneParagraph(b *testing.B) {
	text := strings.Repeat("Đại tá Nguyễn Văn An, Chính ủy Sư đoàn 5 dự họp cùng ông Trần Văn Bình, ", 1700)
	benchExtract(b, []pipeline.Input{{ID: "one-paragraph", Data: []byte(text)}}, int64(len(text)), nil)
}

// BenchmarkExtractCorpus is BenchmarkExtract over the dev corpus
// (../shared/corpus, news retold from real reports), when it is there.
func BenchmarkExtractCorpus(b *testing.B) {
	paths, _ := filepath.Glob("../../shared/corpus/*.txt")
	if len(paths) == 0 {
		b.Skip("no dev corpus at ../../shared/corpus")
	}
	var docs []pipeline.Input
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, pipeline.Input{ID: filepath.Base(path), Data: data})
	}
	ins, size := repeatInputs(docs)
	benchExtract(b, ins, size, nil)
}

// benchExtract extracts ins, size bytes in all, once per iteration,
// and writes the documents to a new writer when newWriter is not nil.
func benchExtract(b *testing.B, ins []pipeline.Input, size int64, newWriter func() report.Writer) {
	p := benchPipeline(b)
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ResetTimer()
	for b.Loop() {
		var w report.Writer
		if newWriter != nil {
			w = newWriter()
		}
		for _, in := range ins {
			d := p.Extract(ctx, in)
			if d.Status == pipeline.StatusError {
				b.Fatal(d.Error)
			}
			if w != nil {
				if err := w.Write(&d); err != nil {
					b.Fatal(err)
				}
			}
		}
		if w != nil {
			if err := w.Close(report.Summary{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportPerDoc(b, &ms, len(ins))
}

// BenchmarkExtractJSONL is BenchmarkExtract plus writing each document
// as JSON Lines: the streaming job of a cluster mapper, on one core.
func BenchmarkExtractJSONL(b *testing.B) {
	ins, size := benchCorpus(b)
	benchExtract(b, ins, size, func() report.Writer { return report.NewJSONL(io.Discard) })
}

// BenchmarkFold is building the folded match key of each document's
// (already NFC) text.
func BenchmarkFold(b *testing.B) {
	ins, size := benchCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			fold.New(string(in.Data))
		}
	}
}

func benchWorkers(b *testing.B, n int) {
	ins, size := benchCorpus(b)
	p := benchPipeline(b, pipeline.WithWorkers(n))
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range p.Batch(ctx, ins) {
			if d.Status == pipeline.StatusError {
				b.Fatal(d.Error)
			}
		}
	}
}

// BenchmarkWorkers1 and BenchmarkWorkers2 are Batch throughput with one
// and two workers; their ratio is the scaling issue 5 asks for.
func BenchmarkWorkers1(b *testing.B) { benchWorkers(b, 1) }
func BenchmarkWorkers2(b *testing.B) { benchWorkers(b, 2) }
