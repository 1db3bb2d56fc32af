package report

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline"
)

// The tabular formats (XLSX, CSV) share one model: a fixed set of sheets,
// each a header row and rows of cells. A cell is a string, an int, a
// float64 or a time.Time (a date); nil is an empty cell.

// sheetSpec is one sheet of the tabular formats.
type sheetSpec struct {
	name    string
	headers []string
	// widths are column widths in Excel character units.
	widths []float64
}

// The sheets, in workbook order.
var (
	docSheet = sheetSpec{"Documents",
		append([]string{"Document", "Source", "Encoding", "Status", "Warnings", "Date", "Length", "Sentences", "Bytes"}, typeHeaders()...),
		append([]float64{28, 36, 12, 9, 30, 12, 9, 10, 10}, typeWidths()...)}
	personSheet = sheetSpec{"Persons",
		[]string{"Name", "Rank", "Positions", "Organizations", "Document", "Sentence index", "Sentence"},
		[]float64{24, 16, 48, 36, 28, 12, 80}}
	mentionSheet = sheetSpec{"Mentions",
		[]string{"Type", "Text", "Value", "Document", "Sentence index", "Start", "End", "Context", "Rule"},
		[]float64{13, 36, 24, 28, 12, 8, 8, 80, 24}}
	countSheet = sheetSpec{"Counts",
		[]string{"Value", "Unit", "Approx", "Text", "Document", "Context"},
		[]float64{12, 24, 14, 30, 28, 80}}
	orgSheet = sheetSpec{"Organizations",
		[]string{"Canonical name", "Variants", "Documents", "Document count", "Frequency"},
		[]float64{40, 60, 40, 15, 11}}
	errSheet = sheetSpec{"Errors",
		[]string{"Document", "Source", "Kind", "Message"},
		[]float64{28, 36, 9, 80}}
)

func typeHeaders() []string {
	var h []string
	for _, t := range pipeline.Types {
		h = append(h, string(t))
	}
	return h
}

func typeWidths() []float64 {
	w := make([]float64, len(pipeline.Types))
	for i := range w {
		w[i] = 11
	}
	return w
}

// maxCellChars is Excel's limit on the characters of one cell.
const maxCellChars = 32767

// cutMarker ends a cell that was too long, so the cut is visible.
const cutMarker = "…[cut]"

// guardText makes text safe for a CSV cell. Text starting with = + - @
// tab or CR gets a leading apostrophe (OWASP's CSV-injection advice), so
// a spreadsheet opening the file does not evaluate it as a formula (the
// XLSX writer needs no such mark: its text cells are in the Text
// format); text over Excel's cell limit is cut with a visible marker, as
// Excel would cut it silently.
func guardText(s string) string {
	if s != "" {
		switch s[0] {
		case '=', '+', '-', '@', '\t', '\r':
			s = "'" + s
		}
	}
	return cutCell(s)
}

// cutCell shortens s to maxCellChars UTF-16 units (Excel's unit) with
// cutMarker at the end.
func cutCell(s string) string {
	if len(s) <= maxCellChars {
		return s // each UTF-16 unit takes at least one byte
	}
	if utf16Len(s) <= maxCellChars {
		return s
	}
	// s is over the limit, so the loop always stops at a cut point.
	units, keep := 0, 0
	limit := maxCellChars - utf16Len(cutMarker)
	for i, r := range s {
		n := 1
		if r > 0xFFFF {
			n = 2
		}
		if units+n > limit {
			keep = i
			break
		}
		units += n
	}
	return s[:keep] + cutMarker
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// contextChars is how many code points of context each side of a mention shows.
const contextChars = 60

// context returns the text around a mention, the mention in [brackets],
// newlines flattened. It uses the byte offsets, and returns "" when they
// do not fit the text.
func context(text string, m *pipeline.Mention) string {
	s, e := m.ByteStart, m.ByteEnd
	if s < 0 || e < s || e > len(text) || !boundary(text, s) || !boundary(text, e) {
		return ""
	}
	l := s
	for i := 0; i < contextChars && l > 0; i++ {
		_, n := utf8.DecodeLastRuneInString(text[:l])
		l -= n
	}
	r := e
	for i := 0; i < contextChars && r < len(text); i++ {
		_, n := utf8.DecodeRuneInString(text[r:])
		r += n
	}
	var b strings.Builder
	if l > 0 {
		b.WriteString("…")
	}
	b.WriteString(flatten(text[l:s]))
	b.WriteString("[")
	b.WriteString(flatten(text[s:e]))
	b.WriteString("]")
	b.WriteString(flatten(text[e:r]))
	if r < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// flatten puts a context on one line.
func flatten(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// runeSpan returns text[start:end) counted in code points, clamped.
func runeSpan(text string, start, end int) string {
	if start < 0 || end <= start {
		return ""
	}
	i, bs, be := 0, -1, len(text)
	for off := range text {
		if i == start {
			bs = off
		}
		if i == end {
			be = off
			break
		}
		i++
	}
	if bs < 0 {
		return ""
	}
	return text[bs:be]
}

// isoDate turns a full ISO date into a time for a date cell; partial
// dates ("2022-01", "--01-27") stay text.
func isoDate(s string) any {
	if len(s) == 10 {
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return t
		}
	}
	if s == "" {
		return nil
	}
	return s
}

// mentionValue is the value column of a mention: a count's number, a
// date as a date, or a canonical form as text.
func mentionValue(m *pipeline.Mention) any {
	switch {
	case m.Value != nil:
		return *m.Value
	case m.ISO != "":
		return isoDate(m.ISO)
	case m.Approx != "":
		return m.Approx
	case m.Canonical != "":
		return m.Canonical
	case m.From != "" || m.To != "":
		v := m.From + "–" + m.To
		if m.Number != "" {
			v = m.Number + " " + v
		}
		return v
	case m.Number != "":
		return m.Number
	}
	return nil
}

// sentenceText returns sentence i of d, or "".
func sentenceText(d *pipeline.Document, i int) string {
	if i < 0 || i >= len(d.SentenceSpans) {
		return ""
	}
	sp := d.SentenceSpans[i]
	return strings.TrimSpace(flatten(runeSpan(d.Text, sp[0], sp[1])))
}

// rows calls emit with each row a document adds, sheet by sheet. The
// organizations are accumulated in orgs and written at the end.
func rows(d *pipeline.Document, orgs *orgTable, emit func(s *sheetSpec, row []any) error) error {
	counts := map[pipeline.Type]int{}
	for i := range d.Mentions {
		counts[d.Mentions[i].Type]++
	}
	row := []any{d.ID, d.Source, d.Encoding, d.Status, strings.Join(d.Warnings, "; "), isoDate(d.Date), d.Length, d.Sentences, d.Bytes}
	for _, t := range pipeline.Types {
		row = append(row, counts[t])
	}
	if err := emit(&docSheet, row); err != nil {
		return err
	}
	if d.Status == pipeline.StatusError {
		if err := emit(&errSheet, []any{d.ID, d.Source, "error", d.Error}); err != nil {
			return err
		}
	}
	for _, w := range d.Warnings {
		if err := emit(&errSheet, []any{d.ID, d.Source, "warning", w}); err != nil {
			return err
		}
	}
	for i := range d.Persons {
		p := &d.Persons[i]
		var orgNames []string
		seen := map[string]bool{}
		for _, o := range p.Positions {
			if o.Organization != "" && !seen[o.Organization] {
				seen[o.Organization] = true
				orgNames = append(orgNames, o.Organization)
			}
		}
		if err := emit(&personSheet, []any{p.Name, p.RankText(), strings.Join(p.Titles(true), "; "), strings.Join(orgNames, "; "),
			d.ID, p.Sentence, sentenceText(d, p.Sentence)}); err != nil {
			return err
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		ctx := context(d.Text, m)
		if err := emit(&mentionSheet, []any{string(m.Type), m.Text, mentionValue(m), d.ID, m.Sentence, m.Start, m.End, ctx, m.Rule}); err != nil {
			return err
		}
		switch m.Type {
		case pipeline.Count:
			var v any
			if m.Value != nil {
				v = *m.Value
			}
			if err := emit(&countSheet, []any{v, m.Unit, m.Approx, m.Text, d.ID, ctx}); err != nil {
				return err
			}
		case pipeline.Organization:
			orgs.add(m, d.ID)
		}
	}
	return nil
}

// orgTable gathers the organizations of a run: per canonical name, the
// variants seen, the first documents naming it, how many documents do,
// and the number of mentions. It grows with the number of distinct
// organizations, not with the batch: past maxOrgDocs only the count of
// documents grows.
type orgTable struct {
	byName map[string]*orgEntry
}

type orgEntry struct {
	variants map[string]bool
	docs     []string // the first maxOrgDocs documents, in order; each once
	ndocs    int      // all documents naming it
	lastDoc  string
	n        int
}

// maxOrgDocs bounds the documents listed per organization; the rest are
// counted.
const maxOrgDocs = 20

func (t *orgTable) add(m *pipeline.Mention, doc string) {
	if t.byName == nil {
		t.byName = map[string]*orgEntry{}
	}
	name := m.Canonical
	if name == "" {
		name = m.Text
	}
	e := t.byName[name]
	if e == nil {
		e = &orgEntry{variants: map[string]bool{}}
		t.byName[name] = e
	}
	e.variants[m.Text] = true
	if e.lastDoc != doc || e.ndocs == 0 {
		if len(e.docs) < maxOrgDocs {
			e.docs = append(e.docs, doc)
		}
		e.ndocs++
		e.lastDoc = doc
	}
	e.n++
}

// rows returns the organization rows, most frequent first, then by name.
func (t *orgTable) rows() [][]any {
	names := make([]string, 0, len(t.byName))
	for n := range t.byName {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := t.byName[names[i]], t.byName[names[j]]
		if a.n != b.n {
			return a.n > b.n
		}
		return names[i] < names[j]
	})
	out := make([][]any, 0, len(names))
	for _, n := range names {
		e := t.byName[n]
		var vs []string
		for v := range e.variants {
			vs = append(vs, v)
		}
		sort.Strings(vs)
		docs := strings.Join(e.docs, "; ")
		if more := e.ndocs - len(e.docs); more > 0 {
			docs += fmt.Sprintf("; … and %d more", more)
		}
		out = append(out, []any{n, strings.Join(vs, "; "), docs, e.ndocs, e.n})
	}
	return out
}

// sheets are the tabular sheets in workbook order.
var sheets = []*sheetSpec{&docSheet, &personSheet, &mentionSheet, &countSheet, &orgSheet, &errSheet}
