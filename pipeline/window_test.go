package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/segment"
)

// TestWindowsJoin: a document analyzed a window at a time reports the
// mentions, offsets, sentences and persons of the whole, when each
// window holds the sentences that name a person and their title.
func TestWindowsJoin(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/docs/*.txt")
	if len(paths) == 0 {
		t.Skip("no sample documents")
	}
	var b strings.Builder
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n")
	}
	text := b.String()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var whole Document
	p.analyze(text, true, &whole, nil)
	// Windows that end at each article, as a real long document's would
	// end between paragraphs.
	for _, size := range []int{len(text) / 2, 6 << 10} {
		var parts Document
		p.analyzeWindows(text, true, &parts, nil, size)
		if len(parts.Warnings) != 0 {
			t.Errorf("size %d: warnings %q", size, parts.Warnings)
		}
		if parts.Sentences != whole.Sentences || parts.Length != whole.Length || parts.Text != text ||
			fmt.Sprint(parts.SentenceSpans) != fmt.Sprint(whole.SentenceSpans) || parts.Date != whole.Date {
			t.Errorf("size %d: sentences %d, length %d, date %q; want %d, %d, %q", size, parts.Sentences, parts.Length, parts.Date, whole.Sentences, whole.Length, whole.Date)
		}
		got, _ := json.Marshal(parts.Mentions)
		want, _ := json.Marshal(whole.Mentions)
		if string(got) != string(want) {
			for i := range min(len(parts.Mentions), len(whole.Mentions)) {
				g, _ := json.Marshal(parts.Mentions[i])
				w, _ := json.Marshal(whole.Mentions[i])
				if string(g) != string(w) {
					t.Errorf("size %d: mention %d is\n%s\nwant\n%s", size, i, g, w)
					break
				}
			}
			t.Errorf("size %d: %d mentions, want %d", size, len(parts.Mentions), len(whole.Mentions))
		}
		if got, want := personList(parts.Persons), personList(whole.Persons); got != want {
			t.Errorf("size %d: persons differ:\n%s\nwant\n%s", size, got, want)
		}
	}
}

func personList(ps []PersonRecord) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "%s %q %+v %v %d\n", p.Name, p.RankText(), p.Positions, p.Mentions, p.Sentence)
	}
	return b.String()
}

// TestWindowsCut: windows end at sentence ends; a sentence longer than
// a window is cut at a space, and at a character boundary when it has
// none.
func TestWindowsCut(t *testing.T) {
	tests := []struct {
		text  string
		size  int
		want  string
		split bool
	}{
		{"Một hai. Ba bốn. Năm sáu.", 12, `["Một hai. " "Ba bốn. " "Năm sáu."]`, false},
		{"Một hai. Ba bốn. Năm sáu.", 22, `["Một hai. Ba bốn. " "Năm sáu."]`, false},
		{"Một hai ba bốn năm sáu bảy", 12, `["Một hai " "ba bốn " "năm sáu " "bảy"]`, true},
		{"ĐĐĐĐĐĐĐĐ", 5, `["ĐĐ" "ĐĐ" "ĐĐ" "ĐĐ"]`, true},
	}
	for _, tt := range tests {
		ends, split := windows(tt.text, tt.size)
		var pieces []string
		start := 0
		for _, e := range ends {
			pieces = append(pieces, tt.text[start:e])
			start = e
		}
		if got := fmt.Sprintf("%q", pieces); got != tt.want || split != tt.split {
			t.Errorf("windows(%q, %d) = %s, %v; want %s, %v", tt.text, tt.size, got, split, tt.want, tt.split)
		}
	}
}

// TestMentionCap: a document of nothing but names keeps at most one
// mention per mentionBytes (plus mentionBase), says so in a warning, and
// still reports the length and sentences of the whole.
func TestMentionCap(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a 2 MB document")
	}
	text := strings.Repeat("Đại tá Nguyễn Văn An. ", 2<<20/len("Đại tá Nguyễn Văn An. "))
	p, err := New(WithWorkers(1))
	if err != nil {
		t.Fatal(err)
	}
	d := p.Extract(context.Background(), Input{ID: "names", Text: text})
	if len(d.Mentions) != maxMentions(len(text)) {
		t.Errorf("%d mentions, want the cap %d", len(d.Mentions), maxMentions(len(text)))
	}
	if d.Status != StatusWarn || len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "split it to get the rest") {
		t.Errorf("status %s, warnings %q", d.Status, d.Warnings)
	}
	if d.Length != utf8.RuneCountInString(text) || d.Sentences != len(segment.Sentences(text)) || len(d.SentenceSpans) != d.Sentences {
		t.Errorf("length %d, sentences %d (%d spans); want the whole text's", d.Length, d.Sentences, len(d.SentenceSpans))
	}
}
