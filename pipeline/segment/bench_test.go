package segment

import (
	"os"
	"strings"
	"testing"
)

// benchText returns about 1 MB of Vietnamese news text by repeating the
// package's own sample document.
func benchText(b *testing.B) string {
	b.Helper()
	doc, err := os.ReadFile("testdata/tin-quan-su.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(doc)+"\n", (1<<20)/(len(doc)+1)+1)
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}

func BenchmarkTokens(b *testing.B) {
	text := benchText(b)
	dst := AppendTokens(nil, text, Span{0, len(text)})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = AppendTokens(dst[:0], text, Span{0, len(text)})
	}
}

// BenchmarkTokensPerSentence tokenizes sentence by sentence into one reused
// slice, the way the pipeline calls it.
func BenchmarkTokensPerSentence(b *testing.B) {
	text := benchText(b)
	sents := Sentences(text)
	var dst []Token
	for _, s := range sents {
		dst = AppendTokens(dst[:0], text, s) // grow dst once, before timing
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			dst = AppendTokens(dst[:0], text, s)
		}
	}
}
