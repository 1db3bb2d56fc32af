package fold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchDocs returns the sample news texts in testdata repeated to about
// 1 MB, as separate documents: the pipeline folds one document at a time.
func benchDocs(b *testing.B) (docs []string, size int64) {
	b.Helper()
	names, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("no testdata: %v", err)
	}
	var texts []string
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for i := 0; size < 1<<20; i++ {
		docs = append(docs, texts[i%len(texts)])
		size += int64(len(texts[i%len(texts)]))
	}
	return docs, size
}

func BenchmarkNewNFC(b *testing.B) {
	text := strings.Repeat("Thiếu tướng Trần Ngọc Tuấn, Phó Chính ủy Quân khu II khen thưởng cho các tập thể và cá nhân tại điểm cầu Quân khu. ", 2000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		New(text)
	}
}

// BenchmarkNewDocs folds news documents of 1–3 kB each.
func BenchmarkNewDocs(b *testing.B) {
	docs, size := benchDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			New(d)
		}
	}
}

// wordSpans returns the key offsets where words start and end, in order,
// as the pipeline maps each token.
func wordSpans(key string) [][2]int {
	var spans [][2]int
	start := -1
	for i := 0; i <= len(key); i++ {
		if i == len(key) || key[i] == ' ' || key[i] == '\n' {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return spans
}

// foldedDocs folds the benchmark documents and lists the key span of
// each of their words.
func foldedDocs(b *testing.B) (fts []*Text, spans [][][2]int, size int64) {
	docs, size := benchDocs(b)
	for _, d := range docs {
		ft := New(d)
		fts = append(fts, ft)
		spans = append(spans, wordSpans(ft.Key))
	}
	return fts, spans, size
}

// BenchmarkSpan maps every word of the folded documents back to the
// source, in increasing order.
func BenchmarkSpan(b *testing.B) {
	fts, spans, size := foldedDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, ft := range fts {
			for _, s := range spans[i] {
				ft.Span(s[0], s[1])
			}
		}
	}
}

// BenchmarkCursorSpan is BenchmarkSpan through a Cursor per document.
func BenchmarkCursorSpan(b *testing.B) {
	fts, spans, size := foldedDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, ft := range fts {
			c := ft.Cursor()
			for _, s := range spans[i] {
				c.Span(s[0], s[1])
			}
		}
	}
}
