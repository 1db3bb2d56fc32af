package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/decode"
	"golang.org/x/text/unicode/norm"
)

// derived lists what the report derives from a document: persons with
// rank and offices, and each mention's canonical form (its text when it
// has none), unit and approximate word.
func derived(d Document) string {
	var b strings.Builder
	for _, p := range d.Persons {
		fmt.Fprintf(&b, "person %s|%s", p.Name, p.RankText())
		for _, o := range p.Positions {
			// Not Start: combining marks are code points of their own.
			fmt.Fprintf(&b, "|%s/%s/%v", o.Title, o.Organization, o.Former)
		}
		b.WriteString("\n")
	}
	for _, m := range d.Mentions {
		c := m.Canonical
		if c == "" {
			c = m.Text
		}
		fmt.Fprintf(&b, "%s %s|%s|%s\n", m.Type, c, m.Unit, m.Approx)
	}
	return b.String()
}

// TestDerivedStringsNFC: a document written with combining tone marks
// (Windows-1258, or NFD) reports the same names, canonical forms and
// units as its UTF-8 original, all in NFC.
func TestDerivedStringsNFC(t *testing.T) {
	p := newTestPipeline(t)
	ctx := context.Background()
	for name, text := range corpusTexts(t) {
		want := derived(p.Extract(ctx, Input{ID: name, Data: []byte(text)}))
		cp1258, err := decode.Encode(text, decode.Windows1258)
		if err != nil {
			t.Fatal(err)
		}
		for enc, data := range map[string][]byte{"windows-1258": cp1258, "nfd": []byte(norm.NFD.String(text))} {
			d := p.Extract(ctx, Input{ID: name, Data: data})
			got := derived(d)
			if !norm.NFC.IsNormalString(got) {
				t.Errorf("%s as %s: a derived string is not NFC:\n%s", name, enc, got)
			}
			if got != want {
				t.Errorf("%s as %s: derived strings differ from UTF-8:\n%s\nwant\n%s", name, enc, got, want)
			}
		}
	}
}
