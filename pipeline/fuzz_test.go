package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/decode"
	"golang.org/x/text/unicode/norm"
)

// fuzzPipeline is built once: New loads every list and rule.
var fuzzPipeline *pipeline.Pipeline

func fuzzSeeds(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/docs/*.txt")
	legacy, _ := filepath.Glob("../testdata/docs-legacy/*.txt")
	bad, _ := filepath.Glob("../testdata/bad/*")
	for _, p := range append(append(paths, legacy...), bad...) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"Đại tá Nguyễn Văn An",
		"Ngày 27/1/2022, Thiếu tướng Lê Văn B., Phó Tư lệnh Quân khu 2",
		"Thượng tá\u00a0Hoa\u0300ng Văn\u200bLâm — TP. Hồ Chí Minh; Luật số 72/2014/QH13",
		"Đa\u0323i ta\u0301 Tr\u00e2\u0300n V\u0103n Ba\u0309o", // NFD
		"\ufeffĐại tướng\r\n\r\nnăm 2021-2026 khoảng 1.234,5 tỷ đồng hàng trăm người",
		"\xff\xfe" + "Đ\x00ạ\x00i\x00",
	} {
		f.Add([]byte(s))
	}
}

// FuzzExtract checks the invariants of every report: no panic, offsets
// in range, each mention's text equal to the decoded text at its byte
// span, code point offsets agreeing with byte offsets, and the same
// output twice.
func FuzzExtract(f *testing.F) {
	fuzzSeeds(f)
	p, err := pipeline.New(pipeline.WithWorkers(1))
	if err != nil {
		f.Fatal(err)
	}
	fuzzPipeline = p
	f.Fuzz(func(t *testing.T, data []byte) {
		in := pipeline.Input{ID: "f", Data: data}
		d := fuzzPipeline.Extract(context.Background(), in)
		checkDocument(t, d)
		again := fuzzPipeline.Extract(context.Background(), in)
		a, _ := json.Marshal(d)
		b, _ := json.Marshal(again)
		if string(a) != string(b) {
			t.Fatalf("two extractions differ:\n%s\n%s", a, b)
		}
		// The same bytes given as already-decoded text take the other
		// path through Extract.
		if utf8.Valid(data) {
			checkDocument(t, fuzzPipeline.Extract(context.Background(), pipeline.Input{ID: "t", Text: string(data)}))
		}
	})
}

func checkDocument(t *testing.T, d pipeline.Document) {
	t.Helper()
	if d.Status == pipeline.StatusError {
		if d.Error == "" || len(d.Mentions) != 0 {
			t.Fatalf("error document without a message or with mentions: %+v", d)
		}
		return
	}
	text := d.Text
	if d.Length != utf8.RuneCountInString(text) {
		t.Fatalf("length %d, text has %d code points", d.Length, utf8.RuneCountInString(text))
	}
	prevStart, prevEnd := 0, 0
	for i, m := range d.Mentions {
		if m.ByteStart < 0 || m.ByteStart > m.ByteEnd || m.ByteEnd > len(text) || m.Start > m.End {
			t.Fatalf("mention %d %+v out of range (text %d bytes)", i, m, len(text))
		}
		if got := text[m.ByteStart:m.ByteEnd]; got != m.Text {
			t.Fatalf("mention %d text %q, decoded text at [%d,%d) is %q", i, m.Text, m.ByteStart, m.ByteEnd, got)
		}
		if s := utf8.RuneCountInString(text[:m.ByteStart]); s != m.Start {
			t.Fatalf("mention %d %q: start %d, byte start %d is code point %d", i, m.Text, m.Start, m.ByteStart, s)
		}
		if e := m.Start + utf8.RuneCountInString(m.Text); e != m.End {
			t.Fatalf("mention %d %q: end %d, want %d", i, m.Text, m.End, e)
		}
		if m.Sentence < 0 || m.Sentence >= max(d.Sentences, 1) {
			t.Fatalf("mention %d %q: sentence %d of %d", i, m.Text, m.Sentence, d.Sentences)
		}
		if m.Start < prevStart || (m.Start == prevStart && m.End < prevEnd) {
			t.Fatalf("mention %d %q is out of order", i, m.Text)
		}
		prevStart, prevEnd = m.Start, m.End
	}
	for _, pr := range d.Persons {
		for _, off := range pr.Mentions {
			if off < 0 || off > d.Length {
				t.Fatalf("person %q mention offset %d out of range", pr.Name, off)
			}
		}
	}
}

// TestDecodeRoundTripExtract checks that every encoding of a sample
// document gives the mentions of the UTF-8 original.
func TestDecodeRoundTripExtract(t *testing.T) {
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range sampleInputs(t) {
		want := p.Extract(context.Background(), in)
		for _, enc := range []string{decode.UTF8BOM, decode.UTF16LE, decode.UTF16BE, decode.Windows1258, decode.TCVN3, decode.VNI} {
			data, err := decode.Encode(string(in.Data), enc)
			if err != nil {
				t.Fatalf("%s as %s: %v", in.ID, enc, err)
			}
			got := p.Extract(context.Background(), pipeline.Input{ID: in.ID, Data: data})
			if norm.NFC.String(got.Text) != string(in.Data) {
				// TCVN3 has no codes for most toned capitals (Ủ comes back
				// as ủ); what is lost cannot be found.
				t.Logf("%s as %s: the encoding does not keep the text; not compared", in.ID, enc)
				continue
			}
			if got.Encoding != enc {
				t.Errorf("%s as %s: detected %s", in.ID, enc, got.Encoding)
			}
			if len(got.Mentions) != len(want.Mentions) {
				t.Errorf("%s as %s: %d mentions, want %d:\n%s\n%s", in.ID, enc, len(got.Mentions), len(want.Mentions), mentionList(got), mentionList(want))
				continue
			}
			for i := range want.Mentions {
				g, w := got.Mentions[i], want.Mentions[i]
				// windows-1258 writes tones as combining marks, so its
				// offsets differ; the text, once composed, must not.
				if g.Type != w.Type || norm.NFC.String(g.Text) != w.Text {
					t.Errorf("%s as %s: mention %d is %s %q, want %s %q", in.ID, enc, i, g.Type, g.Text, w.Type, w.Text)
					break
				}
			}
		}
	}
}

func mentionList(d pipeline.Document) string {
	var b strings.Builder
	for _, m := range d.Mentions {
		fmt.Fprintf(&b, "%s %q; ", m.Type, m.Text)
	}
	return b.String()
}
