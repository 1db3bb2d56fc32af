package rules

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

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

// BenchmarkCapturer reads the groups of every match the default rules'
// patterns make at any rune of the news text.
func BenchmarkCapturer(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	set, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	key := fold.New(string(data)).Key
	type span struct {
		c *capturer
		s string
	}
	var spans []span
	size := 0
	for _, r := range set.rules {
		pf := r.find.(*patternFinder)
		for p := range len(key) {
			if end, ok := pf.match(key, p); ok && utf8.RuneStart(key[p]) {
				spans = append(spans, span{pf.cap, key[p:end]})
				size += end - p
			}
		}
	}
	var sc capScratch
	var groups []int
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, sp := range spans {
			groups, _ = sp.c.submatch(groups[:0], sp.s, &sc)
		}
	}
}
