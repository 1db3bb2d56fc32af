package report

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/people"
)

// MaxSheetRows is the most rows (header included) an XLSX sheet gets
// before the rows continue on a sheet named "Mentions (2)" and so on,
// placed right after it. It is Excel's limit; tests set a small one.
var MaxSheetRows = 1 << 20

// XLSX writes an Excel workbook with the sheets Documents, Persons,
// Mentions, Counts, Organizations and Errors (continuation sheets next
// to the one they continue). Rows are spilled, as XML, to one temporary
// file per sheet, deleted as soon as it is created (where the system
// allows), so memory does not grow with the batch and an interrupted or
// killed run leaves nothing behind; only the organization table (one
// entry per distinct organization) is held until Close, when the
// workbook is zipped to w.
//
// Text cells are inline strings in the Text number format ("@", id 49),
// which Excel never evaluates as a formula, even after a user edits the
// cell; the text itself is kept as written, with no guard character.
// Counts, offsets and lengths are numbers; full dates are dates.
type XLSX struct {
	w      io.Writer
	open   map[string]*xsheet   // the part being written, by base sheet name
	parts  map[string][]*xsheet // every part, by base sheet name
	orgs   orgTable
	people *people.Builder // for the People and Timeline sheets
	err    error
	closed bool
	row    []byte // the current row's XML, reused
}

// xsheet is one sheet (or continuation part) being spilled.
type xsheet struct {
	spec *sheetSpec
	name string
	part int // 1 for the first sheet, 2 for "Name (2)", …
	f    *os.File
	tmp  string // its name, when it could not be deleted at once
	bw   *bufio.Writer
	rows int // rows written, header included
}

// The cell styles of styles.xml, by index.
const (
	styleDefault = 0
	styleHeader  = 1 // bold text
	styleText    = 2 // text ("@")
	styleDate    = 3 // the locale's short date (numFmt 14)
)

// NewXLSX returns a workbook writer that writes the file to w on Close.
func NewXLSX(w io.Writer) *XLSX {
	x := &XLSX{w: w, open: map[string]*xsheet{}, parts: map[string][]*xsheet{}, people: people.New()}
	for _, s := range sheets {
		if s == &orgSheet {
			continue // written whole at Close
		}
		if _, err := x.start(s, 1); err != nil {
			x.err = fmt.Errorf("report: xlsx: %w", err)
			break
		}
	}
	return x
}

// start opens part n of sheet s and writes its header.
func (x *XLSX) start(s *sheetSpec, n int) (*xsheet, error) {
	f, err := os.CreateTemp("", "vnextract-xlsx-*")
	if err != nil {
		return nil, err
	}
	xs := &xsheet{spec: s, name: s.name, part: n, f: f, bw: bufio.NewWriterSize(f, 64<<10)}
	if n > 1 {
		xs.name = fmt.Sprintf("%s (%d)", s.name, n)
	}
	// Unlinked now, the file lives only while it is open.
	if os.Remove(f.Name()) != nil {
		xs.tmp = f.Name() // Windows: removed on Close or abort
	}
	x.open[s.name] = xs
	x.parts[s.name] = append(x.parts[s.name], xs)
	head := make([]any, len(s.headers))
	for i, h := range s.headers {
		head[i] = h
	}
	return xs, x.writeRow(xs, head, styleHeader)
}

// add writes one data row, moving to a continuation sheet when the
// current one is full.
func (x *XLSX) add(s *sheetSpec, row []any) error {
	xs := x.open[s.name]
	if xs.rows >= MaxSheetRows {
		if err := xs.bw.Flush(); err != nil {
			return err
		}
		var err error
		if xs, err = x.start(s, xs.part+1); err != nil {
			return err
		}
	}
	return x.writeRow(xs, row, styleText)
}

// writeRow writes a row of cells; text cells get textStyle.
func (x *XLSX) writeRow(xs *xsheet, row []any, textStyle int) error {
	xs.rows++
	r := strconv.Itoa(xs.rows)
	b := append(x.row[:0], `<row r="`...)
	b = append(b, r...)
	b = append(b, `">`...)
	for i, v := range row {
		if v == nil {
			continue
		}
		b = append(b, `<c r="`...)
		b = appendColumn(b, i)
		b = append(b, r...)
		b = append(b, '"')
		switch v := v.(type) {
		case int:
			b = append(b, `><v>`...)
			b = strconv.AppendInt(b, int64(v), 10)
			b = append(b, `</v></c>`...)
		case float64:
			if math.IsInf(v, 0) || math.IsNaN(v) {
				b = appendInlineString(b, strconv.FormatFloat(v, 'g', -1, 64), textStyle)
				continue
			}
			b = append(b, `><v>`...)
			b = strconv.AppendFloat(b, v, 'f', -1, 64)
			b = append(b, `</v></c>`...)
		case time.Time:
			b = append(b, ` s="`...)
			b = strconv.AppendInt(b, styleDate, 10)
			b = append(b, `"><v>`...)
			b = strconv.AppendInt(b, excelSerial(v), 10)
			b = append(b, `</v></c>`...)
		case string:
			b = appendInlineString(b, cutCell(cleanText(v)), textStyle)
		default:
			b = appendInlineString(b, cutCell(cleanText(fmt.Sprint(v))), textStyle)
		}
	}
	b = append(b, `</row>`...)
	x.row = keepSmall(b)
	_, err := xs.bw.Write(b)
	return err
}

// appendInlineString ends a cell opened up to its reference with text s.
func appendInlineString(b []byte, s string, style int) []byte {
	b = append(b, ` s="`...)
	b = strconv.AppendInt(b, int64(style), 10)
	b = append(b, `" t="inlineStr"><is><t xml:space="preserve">`...)
	b = appendXMLText(b, s)
	return append(b, `</t></is></c>`...)
}

// appendXMLText escapes s for XML character data. CR is written as a
// reference, since an XML parser turns a raw CR into LF.
func appendXMLText(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\r':
			esc = "&#13;"
		default:
			continue
		}
		b = append(append(b, s[last:i]...), esc...)
		last = i + 1
	}
	return append(b, s[last:]...)
}

// appendColumn appends the letters of 0-based column i (0 → A, 26 → AA).
func appendColumn(b []byte, i int) []byte {
	if i >= 26 {
		b = appendColumn(b, i/26-1)
	}
	return append(b, byte('A'+i%26))
}

func column(i int) string { return string(appendColumn(nil, i)) }

// excelEpoch is day 0 of Excel's 1900 date system, as Excel counts
// (it takes 1900 for a leap year, so serials from March 1900 on agree).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

func excelSerial(t time.Time) int64 {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return int64(d.Sub(excelEpoch) / (24 * time.Hour))
}

// Write implements Writer.
func (x *XLSX) Write(d *pipeline.Document) error {
	if x.err != nil {
		return x.err
	}
	x.people.Add(d)
	x.err = rows(d, &x.orgs, x.add)
	if x.err != nil {
		x.err = fmt.Errorf("report: xlsx: %w", x.err)
	}
	return x.err
}

// Close implements Writer: it writes the Organizations sheet and the
// workbook.
func (x *XLSX) Close(Summary) error {
	if x.closed {
		return x.err
	}
	defer x.abort()
	if x.err != nil {
		return x.err
	}
	err := x.closeSheets()
	if err == nil {
		err = x.zip()
	}
	if err != nil {
		x.err = fmt.Errorf("report: xlsx: %w", err)
	}
	return x.err
}

func (x *XLSX) closeSheets() error {
	if _, err := x.start(&orgSheet, 1); err != nil {
		return err
	}
	for _, r := range x.orgs.rows() {
		if err := x.add(&orgSheet, r); err != nil {
			return err
		}
	}
	for _, s := range peopleSheets {
		if _, err := x.start(s, 1); err != nil {
			return err
		}
	}
	if err := peopleRows(x.people, x.add); err != nil {
		return err
	}
	for _, ps := range x.parts {
		for _, xs := range ps {
			if err := xs.bw.Flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

// ordered lists the sheets in workbook order: each continuation part
// right after the sheet it continues.
func (x *XLSX) ordered() []*xsheet {
	var out []*xsheet
	for _, s := range append(sheets[:len(sheets):len(sheets)], peopleSheets...) {
		out = append(out, x.parts[s.name]...)
	}
	return out
}

// zip writes the workbook.
func (x *XLSX) zip() error {
	zw := zip.NewWriter(x.w)
	all := x.ordered()
	put := func(name, body string) error {
		w, err := zw.Create(name)
		if err == nil {
			_, err = io.WriteString(w, body)
		}
		return err
	}
	var types, rels, list, names strings.Builder
	for i, xs := range all {
		n := strconv.Itoa(i + 1)
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%s.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, n)
		fmt.Fprintf(&rels, `<Relationship Id="rId%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%s.xml"/>`, n, n)
		fmt.Fprintf(&list, `<sheet name="%s" sheetId="%s" r:id="rId%s"/>`, string(appendXMLText(nil, xs.name)), n, n)
		// Excel keeps an autofilter's range in this hidden name too.
		fmt.Fprintf(&names, `<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">'%s'!$A$1:$%s$%d</definedName>`,
			i, string(appendXMLText(nil, xs.name)), column(len(xs.spec.headers)-1), xs.rows)
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
			types.String() + `</Types>`},
		{"_rels/.rels", xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/_rels/workbook.xml.rels", xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() +
			fmt.Sprintf(`<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`, len(all)+1) +
			`</Relationships>`},
		{"xl/workbook.xml", xmlHead + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<bookViews><workbookView activeTab="0"/></bookViews><sheets>` + list.String() + `</sheets><definedNames>` + names.String() + `</definedNames></workbook>`},
		{"xl/styles.xml", xmlHead + stylesXML},
	}
	for _, p := range parts {
		if err := put(p.name, p.body); err != nil {
			return err
		}
	}
	for i, xs := range all {
		w, err := zw.Create(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1))
		if err != nil {
			return err
		}
		if err := xs.writeXML(w, i == 0); err != nil {
			return err
		}
	}
	return zw.Close()
}

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// stylesXML holds the four cell styles of styleDefault … styleDate.
const stylesXML = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="4">` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>` +
	`<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

// writeXML writes the sheet: its dimension, frozen header, column
// widths, the spilled rows and the autofilter over them.
func (xs *xsheet) writeXML(w io.Writer, selected bool) error {
	last := column(len(xs.spec.headers)-1) + strconv.Itoa(xs.rows)
	var b strings.Builder
	b.WriteString(xmlHead)
	b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	fmt.Fprintf(&b, `<dimension ref="A1:%s"/>`, last)
	tab := ""
	if selected {
		tab = ` tabSelected="1"`
	}
	fmt.Fprintf(&b, `<sheetViews><sheetView workbookViewId="0"%s><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`, tab)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/><cols>`)
	for i, wd := range xs.spec.widths {
		fmt.Fprintf(&b, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, i+1, i+1, strconv.FormatFloat(wd, 'f', -1, 64))
	}
	b.WriteString(`</cols><sheetData>`)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if _, err := xs.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if _, err := io.Copy(w, xs.f); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, `</sheetData><autoFilter ref="A1:%s"/></worksheet>`, last)
	return err
}

// abort closes and removes the sheets' temporary files without writing
// the workbook.
func (x *XLSX) abort() {
	if x.closed {
		return
	}
	x.closed = true
	for _, ps := range x.parts {
		for _, xs := range ps {
			xs.f.Close()
			if xs.tmp != "" {
				os.Remove(xs.tmp)
			}
		}
	}
}
