package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vnextract/vnextract/pipeline/decode"
	"golang.org/x/text/unicode/norm"
)

// corpusTexts returns the dev corpus (skipping when ../shared is absent)
// and the project's own sample documents.
func corpusTexts(t *testing.T) map[string]string {
	t.Helper()
	texts := map[string]string{}
	for _, glob := range []string{"../../shared/corpus/*.txt", "../testdata/docs/*.txt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts[filepath.Base(p)] = string(b)
		}
	}
	if len(texts) == 0 {
		t.Skip("no corpus or testdata documents")
	}
	return texts
}

// mentionKeys is what must not change with the encoding: each mention's
// type and NFC text, in order.
func mentionKeys(d Document) []string {
	var out []string
	for _, m := range d.Mentions {
		out = append(out, string(m.Type)+":"+norm.NFC.String(m.Text))
	}
	return out
}

// TestEncodingsGiveSameMentions converts every document to each
// supported encoding and to NFD and checks that detection, decoding and
// extraction give the same mentions as the UTF-8 original.
func TestEncodingsGiveSameMentions(t *testing.T) {
	p := newTestPipeline(t)
	ctx := context.Background()
	for name, text := range corpusTexts(t) {
		want := mentionKeys(p.Extract(ctx, Input{ID: name, Data: []byte(text)}))
		variants := map[string][]byte{"nfd": []byte(norm.NFD.String(text))}
		// TCVN3 has no code for most upper-case toned letters, so a text
		// round-trips only in lower case; it is checked in package decode.
		for _, enc := range []string{decode.UTF16LE, decode.UTF16BE, decode.Windows1258, decode.VNI} {
			b, err := decode.Encode(text, enc)
			if err != nil {
				t.Fatalf("%s: encode %s: %v", name, enc, err)
			}
			variants[enc] = b
		}
		for enc, data := range variants {
			d := p.Extract(ctx, Input{ID: name, Data: data})
			if d.Status == StatusError {
				t.Errorf("%s as %s: %s", name, enc, d.Error)
				continue
			}
			if enc != "nfd" && d.Encoding != enc {
				t.Errorf("%s as %s: detected %s", name, enc, d.Encoding)
			}
			if got := mentionKeys(d); !slices.Equal(got, want) {
				t.Errorf("%s as %s: mentions differ from UTF-8:\n got %q\nwant %q", name, enc, got, want)
			}
			runes := []rune(d.Text)
			for _, m := range d.Mentions {
				if string(runes[m.Start:m.End]) != m.Text {
					t.Errorf("%s as %s: %q does not sit at [%d,%d)", name, enc, m.Text, m.Start, m.End)
				}
			}
		}
	}
}
