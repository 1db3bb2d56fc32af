package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/vnextract/vnextract/pipeline"
)

func writeXLSX(t *testing.T, docs []pipeline.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	x := NewXLSX(&buf)
	sum := NewSummary()
	for i := range docs {
		sum.Add(&docs[i])
		if err := x.Write(&docs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Close(sum); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var cellTypeName = map[excelize.CellType]string{
	excelize.CellTypeUnset: "n", excelize.CellTypeBool: "b", excelize.CellTypeDate: "d", excelize.CellTypeError: "e",
	excelize.CellTypeFormula: "f", excelize.CellTypeInlineString: "s", excelize.CellTypeNumber: "n", excelize.CellTypeSharedString: "s",
}

// dumpXLSX renders every sheet as text: each cell as type:value, with raw
// values (dates as serial numbers) and long cells shown by length and tail.
func dumpXLSX(t *testing.T, data []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sh := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s\n", sh)
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				typ, err := f.GetCellType(sh, cell)
				if err != nil {
					t.Fatal(err)
				}
				if c > 0 {
					b.WriteString("\t")
				}
				if n := utf8.RuneCountInString(v); n > 200 {
					v = fmt.Sprintf("<%d chars …%s>", n, string([]rune(v)[n-20:]))
				}
				if v != "" {
					fmt.Fprintf(&b, "%s:%s", cellTypeName[typ], v)
				}
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestXLSXGolden(t *testing.T) {
	golden(t, "golden/report.xlsx.txt", []byte(dumpXLSX(t, writeXLSX(t, fixtureDocs(t)))))
}

func TestXLSXStructure(t *testing.T) {
	data := writeXLSX(t, fixtureDocs(t))
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := strings.Join(f.GetSheetList(), ","), "Documents,Persons,Mentions,Counts,Organizations,Errors,People,Timeline"; got != want {
		t.Fatalf("sheets = %s, want %s", got, want)
	}
	for _, s := range sheets {
		rows, err := f.GetRows(s.name)
		if err != nil || len(rows) == 0 {
			t.Fatalf("%s: %v, %d rows", s.name, err, len(rows))
		}
		if got, want := strings.Join(rows[0], "|"), strings.Join(s.headers, "|"); got != want {
			t.Errorf("%s header = %s, want %s", s.name, got, want)
		}
		st, _ := f.GetCellStyle(s.name, "A1")
		style, err := f.GetStyle(st)
		if err != nil || style.Font == nil || !style.Font.Bold {
			t.Errorf("%s: header not bold", s.name)
		}
		p, err := f.GetPanes(s.name)
		if err != nil || !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s: header row not frozen: %+v %v", s.name, p, err)
		}
		if w, _ := f.GetColWidth(s.name, "A"); w != s.widths[0] {
			t.Errorf("%s: column A width %v, want %v", s.name, w, s.widths[0])
		}
	}

	// The autofilter must be in each sheet's XML (set before Flush).
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	filters := 0
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			rc, _ := zf.Open()
			x, _ := io.ReadAll(rc)
			rc.Close()
			if bytes.Contains(x, []byte("<autoFilter ref=\"A1:")) {
				filters++
			}
			// The dimension names the whole used range, not "A1"
			// (finding 12).
			if bytes.Contains(x, []byte(`<dimension ref="A1"/>`)) || !bytes.Contains(x, []byte(`<dimension ref="A1:`)) {
				t.Errorf("%s: dimension %.80s", zf.Name, x[bytes.Index(x, []byte("<dimension")):])
			}
		}
	}
	if filters != len(sheets)+len(peopleSheets) {
		t.Errorf("%d sheets with an autofilter, want %d", filters, len(sheets)+len(peopleSheets))
	}

	tests := []struct {
		sheet, cell string
		typ         excelize.CellType
		value       string
	}{
		{"Mentions", "B2", excelize.CellTypeSharedString, "Quân khu 2"},
		{"Mentions", "F2", excelize.CellTypeUnset, "0"},    // Start: a number
		{"Mentions", "G2", excelize.CellTypeUnset, "10"},   // End
		{"Mentions", "C9", excelize.CellTypeUnset, "1200"}, // a count's value
		{"Documents", "G2", excelize.CellTypeUnset, fmt.Sprint(utf8.RuneCountInString(seedText))},
		{"Documents", "F2", excelize.CellTypeUnset, "45275"}, // 2023-12-15 as a date serial
		// The formula guard: a string cell in the Text format, never a
		// formula, and no apostrophe in the value (finding 12).
		{"Mentions", "B16", excelize.CellTypeSharedString, "=HYPERLINK(\"http://x\")"},
		{"Mentions", "B17", excelize.CellTypeSharedString, "-tổ 5"},
		{"Mentions", "B18", excelize.CellTypeSharedString, "@an"},
		{"Errors", "D2", excelize.CellTypeSharedString, "+decoded with replacement characters"},
		{"Persons", "A4", excelize.CellTypeSharedString, "-Người"},
	}
	for _, tt := range tests {
		typ, _ := f.GetCellType(tt.sheet, tt.cell)
		v, _ := f.GetCellValue(tt.sheet, tt.cell, excelize.Options{RawCellValue: true})
		if v != tt.value || (typ != tt.typ && !(tt.typ == excelize.CellTypeSharedString && typ == excelize.CellTypeInlineString)) {
			t.Errorf("%s!%s = %v %q, want %v %q", tt.sheet, tt.cell, typ, v, tt.typ, tt.value)
		}
		if fx, _ := f.GetCellFormula(tt.sheet, tt.cell); fx != "" {
			t.Errorf("%s!%s has formula %q", tt.sheet, tt.cell, fx)
		}
		if tt.typ == excelize.CellTypeSharedString {
			st, _ := f.GetCellStyle(tt.sheet, tt.cell)
			if style, err := f.GetStyle(st); err != nil || style.NumFmt != 49 {
				t.Errorf("%s!%s: not in the Text number format (49): %+v %v", tt.sheet, tt.cell, style, err)
			}
		}
	}
	if st, _ := f.GetCellStyle("Documents", "F2"); st == 0 {
		t.Error("Documents!F2 (date) has no date style")
	}
	long, _ := f.GetCellValue("Mentions", "B19")
	if utf16Len(long) != maxCellChars || !strings.HasSuffix(long, cutMarker) {
		t.Errorf("long cell: %d UTF-16 units, suffix %q; want %d ending %q", utf16Len(long), long[len(long)-10:], maxCellChars, cutMarker)
	}
}

func TestXLSXRowSplit(t *testing.T) {
	defer func(n int) { MaxSheetRows = n }(MaxSheetRows)
	MaxSheetRows = 5 // a header and 4 rows per sheet
	data := writeXLSX(t, fixtureDocs(t))
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var mentionSheets []string
	var texts []string
	for _, sh := range f.GetSheetList() {
		if sh != "Mentions" && !strings.HasPrefix(sh, "Mentions (") {
			continue
		}
		mentionSheets = append(mentionSheets, sh)
		rows, _ := f.GetRows(sh)
		if len(rows) > MaxSheetRows {
			t.Errorf("%s has %d rows, limit %d", sh, len(rows), MaxSheetRows)
		}
		if rows[0][0] != "Type" {
			t.Errorf("%s: no header row", sh)
		}
		for _, r := range rows[1:] {
			texts = append(texts, r[1])
		}
	}
	// 18 mentions, 4 per sheet: 5 sheets.
	if got := strings.Join(mentionSheets, ","); got != "Mentions,Mentions (2),Mentions (3),Mentions (4),Mentions (5)" {
		t.Errorf("mention sheets = %s", got)
	}
	// Each continuation right after the sheet it continues, not after
	// Errors (finding 12).
	list := strings.Join(f.GetSheetList(), ",")
	if !strings.Contains(list, "Mentions,Mentions (2),Mentions (3),Mentions (4),Mentions (5),Counts") || !strings.Contains(list, "Errors,People,Timeline") {
		t.Errorf("sheet order %s", list)
	}
	if len(texts) != 18 || texts[0] != "Quân khu 2" || texts[17] == "" {
		t.Errorf("%d mention rows across sheets, want 18 in order", len(texts))
	}
}

// benchXLSX writes docs documents of 100 mentions each per iteration.
func benchXLSX(b *testing.B, docs int) {
	fixture := fixtureDocs(b)
	seed := fixture[0]
	for len(seed.Mentions) < 100 {
		seed.Mentions = append(seed.Mentions, fixture[0].Mentions...)
	}
	seed.Mentions = seed.Mentions[:100]
	b.ReportAllocs()
	b.SetBytes(int64(docs * seed.Bytes))
	for b.Loop() {
		x := NewXLSX(io.Discard)
		for range docs {
			if err := x.Write(&seed); err != nil {
				b.Fatal(err)
			}
		}
		if err := x.Close(Summary{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkXLSX writes 100,000 mentions (1,000 documents of 100).
func BenchmarkXLSX(b *testing.B) { benchXLSX(b, 1000) }

// BenchmarkXLSXMillion writes one million mentions; run it with
// -benchtime 1x under /usr/bin/time -v to see the peak memory.
func BenchmarkXLSXMillion(b *testing.B) { benchXLSX(b, 10000) }

// One numbering in every format: the spreadsheet's sentence index is the
// JSON "sentence", 0 for the first (finding 12).
func TestXLSXSentenceIndexAsJSON(t *testing.T) {
	docs := fixtureDocs(t)
	f, err := excelize.OpenReader(bytes.NewReader(writeXLSX(t, docs)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Mentions")
	if rows[0][4] != "Sentence index" {
		t.Fatalf("column E is %q", rows[0][4])
	}
	for i, m := range docs[0].Mentions {
		if got := rows[i+1][4]; got != fmt.Sprint(m.Sentence) {
			t.Errorf("mention %d (%s): sentence index %s, JSON sentence %d", i, m.Text, got, m.Sentence)
		}
	}
	prows, _ := f.GetRows("Persons")
	if got := prows[1][5]; got != fmt.Sprint(docs[0].Persons[0].Sentence) {
		t.Errorf("person sentence index %s, JSON %d", got, docs[0].Persons[0].Sentence)
	}
}

// Every part of the workbook is well-formed XML, and text keeps a lone
// CR while control characters become U+FFFD (finding 12).
func TestXLSXWellFormed(t *testing.T) {
	docs := fixtureDocs(t)
	d := docs[0]
	d.Mentions = append([]pipeline.Mention{}, d.Mentions...)
	d.Mentions[0].Text = "a\rb\x1bc & <d>"
	data := writeXLSX(t, []pipeline.Document{d})
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		dec := xml.NewDecoder(rc)
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Errorf("%s: %v", zf.Name, err)
				break
			}
		}
		rc.Close()
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Mentions", "B2"); v != "a\rb\uFFFDc & <d>" {
		t.Errorf("Mentions!B2 = %q", v)
	}
}

// FuzzXLSXText checks that any text becomes well-formed XML character
// data that reads back as the cleaned text, CR included.
func FuzzXLSXText(f *testing.F) {
	for _, s := range []string{"", "a & <b>", "x\ry", "\r\n", "esc\x1b", "bad\xff", "\uFFFE\uFFFF", "]]>", "Quân khu 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := "<t>" + string(appendXMLText(nil, cleanText(s))) + "</t>"
		var got string
		if err := xml.Unmarshal([]byte(doc), &got); err != nil {
			t.Fatalf("%q written as %q: %v", s, doc, err)
		}
		if want := cleanText(s); got != want {
			t.Fatalf("%q reads back as %q, want %q", s, got, want)
		}
	})
}
