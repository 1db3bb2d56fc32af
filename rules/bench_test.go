package rules

import (
	"os"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// BenchmarkApply runs the default rules over about 1 MB of news text
// (testdata/news.txt repeated); folding is done once, outside the loop.
func BenchmarkApply(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	src := strings.Repeat(string(data)+"\n", 1<<20/len(data)+1)
	set, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	t := fold.New(src)
	var dst []Match
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		dst = set.Apply(t, dst[:0])
	}
	b.ReportMetric(float64(len(dst)), "matches")
}
