package report

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

// sameAsMarshal fails unless appendDocument writes d exactly as
// json.Marshal does.
func sameAsMarshal(t *testing.T, d *pipeline.Document) {
	t.Helper()
	want, werr := json.Marshal(d)
	got, gerr := appendDocument(nil, d)
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("%s: json.Marshal error %v, appendDocument error %v", d.ID, werr, gerr)
	}
	if werr == nil && string(got) != string(want) {
		t.Fatalf("%s: appendDocument differs from json.Marshal %s", d.ID, firstDiff(string(got), string(want)))
	}
}

// TestAppendDocumentMatchesMarshal compares the two encoders on the
// report fixtures and on the extraction of every text in testdata.
func TestAppendDocumentMatchesMarshal(t *testing.T) {
	for _, d := range fixtureDocs(t) {
		sameAsMarshal(t, &d)
	}
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../testdata/*/*.txt")
	if len(paths) < 20 {
		t.Fatalf("found only %d texts in testdata", len(paths))
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d := p.Extract(t.Context(), pipeline.Input{ID: filepath.Base(path), Source: path, Data: data})
		sameAsMarshal(t, &d)
	}
	sameAsMarshal(t, &pipeline.Document{ID: "empty"})
}

// TestAppendStringEscapes covers what encoding/json escapes.
func TestAppendStringEscapes(t *testing.T) {
	var all []byte
	for c := range 0x80 {
		all = append(all, byte(c))
	}
	for _, s := range []string{
		"", string(all), `"quoted" \ back`, "<b>A & B</b>", "line\u2028sep\u2029par",
		"bad \xff byte", "cut \xe1\xba", "Đại tá Nguyễn Văn Ánh – “QĐND”", "\x00\x1f\x7f",
	} {
		want, _ := json.Marshal(s)
		if got := appendString(nil, s); string(got) != string(want) {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	}
}

// TestAppendFloat covers both number forms and their edges.
func TestAppendFloat(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -2.5, 368.7, 1234, 1e20, 1e21, 1.5e21, 1e-6, 9.99e-7,
		1e-7, 123456789012345678, 5e-324, math.MaxFloat64, -1e-300} {
		want, _ := json.Marshal(f)
		got, err := appendFloat(nil, f)
		if err != nil || string(got) != string(want) {
			t.Errorf("appendFloat(%g) = %s, %v; want %s", f, got, err, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := appendFloat(nil, f); err == nil {
			t.Errorf("appendFloat(%g) gave no error", f)
		}
	}
}

// FuzzDocumentJSON holds appendDocument to json.Marshal for any strings
// and number in every kind of field.
func FuzzDocumentJSON(f *testing.F) {
	f.Add("Đại tá <A>", "\u2028\xff\"", uint64(0x4077100000000000), true)
	f.Add("", "\x00", uint64(0x7ff8000000000001), false)
	f.Fuzz(func(t *testing.T, s1, s2 string, bits uint64, rank bool) {
		v := math.Float64frombits(bits)
		d := pipeline.Document{ID: s1, Source: s2, Encoding: s1, SHA256: s2, Date: s1, Status: s2, Error: s1,
			Warnings: []string{s1, s2},
			Mentions: []pipeline.Mention{
				{Type: pipeline.Type(s1), Text: s2, Start: len(s1), End: -len(s2), Rule: s1, Value: &v, Approx: s2, Unit: s1,
					Canonical: s2, ISO: s1, From: s2, To: s1, Number: s2},
				{Type: pipeline.Count, Text: s1},
			},
			Persons: []pipeline.PersonRecord{{Name: s1, Positions: []pipeline.Office{{Title: s2, Organization: s1, Former: rank, Start: 3}}, Mentions: []int{1, 2}}},
		}
		if rank {
			d.Persons[0].Rank = &s2
		}
		sameAsMarshal(t, &d)
	})
}

// benchDocs are the extractions of testdata/docs, for the encoder
// benchmarks.
func benchDocs(b *testing.B) (docs []pipeline.Document, size int64) {
	p, err := pipeline.New()
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob("../../testdata/docs/*.txt")
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, p.Extract(b.Context(), pipeline.Input{ID: path, Data: data}))
		size += int64(len(data))
	}
	return docs, size
}

// BenchmarkAppendDocument and BenchmarkMarshalDocument encode the same
// documents; MB/s counts the input text the documents came from.
func BenchmarkAppendDocument(b *testing.B) {
	docs, size := benchDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		for i := range docs {
			buf, _ = appendDocument(buf[:0], &docs[i])
		}
	}
}

func BenchmarkMarshalDocument(b *testing.B) {
	docs, size := benchDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i := range docs {
			if _, err := json.Marshal(&docs[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestLargeDocumentStreams: a document with many mentions goes out in
// pieces as it is encoded, the same bytes as json.Marshal, and the
// writer keeps no buffer the size of the document.
func TestLargeDocumentStreams(t *testing.T) {
	d := pipeline.Document{ID: "lớn", Source: "lớn.txt", Status: pipeline.StatusOK, Warnings: []string{}, Persons: []pipeline.PersonRecord{}}
	for i := range 20_000 {
		d.Mentions = append(d.Mentions, pipeline.Mention{Type: pipeline.Rank, Text: "Đại tá", Start: 10 * i, End: 10*i + 6, ByteStart: 12 * i, ByteEnd: 12*i + 9, Rule: "ranks.txt:3"})
	}
	want, err := json.Marshal(&d)
	if err != nil {
		t.Fatal(err)
	}
	var out countingWriter
	j := NewJSONL(&out)
	if err := j.Write(&d); err != nil {
		t.Fatal(err)
	}
	if out.b.String() != string(want)+"\n" {
		t.Fatalf("JSONL differs from json.Marshal %s", firstDiff(out.b.String(), string(want)+"\n"))
	}
	if len(want) < 4*flushAt || out.writes < len(want)/flushAt || cap(j.buf) > 2*flushAt {
		t.Errorf("%d bytes in %d writes, buffer kept %d: want it written in pieces of about %d", len(want), out.writes, cap(j.buf), flushAt)
	}
}

type countingWriter struct {
	b      strings.Builder
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	return w.b.Write(p)
}
