package gazetteer

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// benchDocs returns the folded keys of the sample news texts in
// testdata, repeated to about 1 MB. They stay separate documents, as the
// pipeline tokenizes and matches one document at a time.
func benchDocs(b *testing.B) (keys []string, size int64) {
	b.Helper()
	names, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("no testdata: %v", err)
	}
	var docs []string
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, fold.New(string(data)).Key)
	}
	for i := 0; size < 1<<20; i++ {
		keys = append(keys, docs[i%len(docs)])
		size += int64(len(docs[i%len(docs)]))
	}
	return keys, size
}

func benchLists(b *testing.B) *Lists {
	b.Helper()
	l, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	return l
}

// BenchmarkTokenize is cutting folded keys into tokens.
func BenchmarkTokenize(b *testing.B) {
	keys, size := benchDocs(b)
	var toks []Token
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			toks = Tokenize(k, toks[:0])
		}
	}
}

// BenchmarkMatch is finding the default lists' entries in tokenized keys.
func BenchmarkMatch(b *testing.B) {
	keys, size := benchDocs(b)
	l := benchLists(b)
	toks := make([][]Token, len(keys))
	for i, k := range keys {
		toks[i] = Tokenize(k, nil)
	}
	var hits []Hit
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, k := range keys {
			hits = l.Match(k, toks[i], hits[:0])
		}
	}
}

// BenchmarkTokenizeMatch is both, the way the pipeline runs them on each
// document with reused slices.
func BenchmarkTokenizeMatch(b *testing.B) {
	keys, size := benchDocs(b)
	l := benchLists(b)
	var (
		toks []Token
		hits []Hit
	)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			toks = Tokenize(k, toks[:0])
			hits = l.Match(k, toks, hits[:0])
		}
	}
}

// BenchmarkDefault is loading the embedded lists, which every run of the
// CLI pays once.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatchAt is looking up districts and communes at every word
// after an administrative noun, as the recognizer does.
func BenchmarkMatchAt(b *testing.B) {
	keys, size := benchDocs(b)
	l := benchLists(b)
	nouns := map[string]bool{"xã": true, "phường": true, "huyện": true, "quận": true}
	toks := make([][]Token, len(keys))
	at := make([][]int, len(keys))
	n := 0
	for i, k := range keys {
		toks[i] = Tokenize(k, nil)
		for j, t := range toks[i][:max(len(toks[i])-1, 0)] {
			if nouns[k[t.Start:t.End]] {
				at[i] = append(at[i], j+1)
				n++
			}
		}
	}
	if n == 0 {
		b.Fatal("no administrative noun in testdata")
	}
	var hits []Hit
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, k := range keys {
			for _, j := range at[i] {
				hits = l.MatchAt(k, toks[i], j, hits[:0])
			}
		}
	}
}
