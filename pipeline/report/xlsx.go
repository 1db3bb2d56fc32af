package report

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/people"
)

// MaxSheetRows is the most rows (header included) an XLSX sheet gets
// before the rows continue on a sheet named "Mentions (2)" and so on.
// It is Excel's limit; tests set a small one.
var MaxSheetRows = excelize.TotalRows

// XLSX writes an Excel workbook with the sheets Documents, Persons,
// Mentions, Counts, Organizations and Errors. Every sheet is written
// with excelize's StreamWriter, which spills rows to a temporary file,
// so memory does not grow with the batch; only the organization table
// (one entry per distinct organization) is held until Close.
//
// Text cells are always string cells, and text that starts with = + - @
// tab or CR also gets a leading apostrophe, so it can never turn into a
// formula, in Excel or in a CSV saved from it. Counts, offsets and
// lengths are numbers; full dates are dates.
type XLSX struct {
	w      io.Writer
	f      *excelize.File
	open   map[string]*xsheet // by base sheet name
	orgs   orgTable
	people *people.Builder
	bold   int
	date   int
	err    error
	closed bool
}

// xsheet is one sheet being streamed, with its continuation parts.
type xsheet struct {
	spec *sheetSpec
	part int // 1 for the first sheet, 2 for "Name (2)", …
	name string
	sw   *excelize.StreamWriter
	row  int // rows written, header included
}

// NewXLSX returns a workbook writer that writes the file to w on Close.
func NewXLSX(w io.Writer) *XLSX {
	x := &XLSX{w: w, f: excelize.NewFile(), open: map[string]*xsheet{}, people: people.New()}
	x.err = x.init()
	return x
}

func (x *XLSX) init() error {
	var err error
	if x.bold, err = x.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
		return err
	}
	if x.date, err = x.f.NewStyle(&excelize.Style{NumFmt: 14}); err != nil { // 14: the locale's short date
		return err
	}
	// The sheets are created up front so the workbook keeps their order.
	for i, s := range sheets {
		if i == 0 {
			if err := x.f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := x.f.NewSheet(s.name); err != nil {
			return err
		}
	}
	for _, s := range sheets {
		if s == &orgSheet {
			continue // written whole at Close
		}
		xs := &xsheet{spec: s, part: 1, name: s.name}
		if err := x.start(xs); err != nil {
			return err
		}
		x.open[s.name] = xs
	}
	return nil
}

// start opens the stream of xs.name and writes its header.
func (x *XLSX) start(xs *xsheet) error {
	if xs.part > 1 {
		if _, err := x.f.NewSheet(xs.name); err != nil {
			return err
		}
	}
	sw, err := x.f.NewStreamWriter(xs.name)
	if err != nil {
		return err
	}
	xs.sw, xs.row = sw, 0
	// Widths and panes must come before the first row.
	for i, w := range xs.spec.widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(xs.spec.headers))
	for i, h := range xs.spec.headers {
		head[i] = excelize.Cell{StyleID: x.bold, Value: h}
	}
	return x.setRow(xs, head)
}

func (x *XLSX) setRow(xs *xsheet, row []any) error {
	xs.row++
	cell, err := excelize.CoordinatesToCellName(1, xs.row)
	if err != nil {
		return err
	}
	return xs.sw.SetRow(cell, row)
}

// finish sets the autofilter and flushes. The filter must be set before
// Flush: set after, Excel shows no filter buttons.
func (x *XLSX) finish(xs *xsheet) error {
	last, err := excelize.CoordinatesToCellName(len(xs.spec.headers), max(xs.row, 1))
	if err != nil {
		return err
	}
	if err := x.f.AutoFilter(xs.name, "A1:"+last, nil); err != nil {
		return err
	}
	return xs.sw.Flush()
}

// add writes one data row, moving to a continuation sheet when the
// current one is full.
func (x *XLSX) add(xs *xsheet, row []any) error {
	if xs.row >= MaxSheetRows {
		if err := x.finish(xs); err != nil {
			return err
		}
		xs.part++
		xs.name = fmt.Sprintf("%s (%d)", xs.spec.name, xs.part)
		if err := x.start(xs); err != nil {
			return err
		}
	}
	cells := make([]any, len(row))
	for i, v := range row {
		switch v := v.(type) {
		case string:
			cells[i] = guardText(v)
		case time.Time:
			cells[i] = excelize.Cell{StyleID: x.date, Value: v}
		default:
			cells[i] = v
		}
	}
	return x.setRow(xs, cells)
}

// Write implements Writer.
func (x *XLSX) Write(d *pipeline.Document) error {
	if x.err != nil {
		return x.err
	}
	x.people.Add(d)
	x.err = rows(d, &x.orgs, func(s *sheetSpec, row []any) error { return x.add(x.open[s.name], row) })
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
	x.closed = true
	defer x.f.Close() // removes the stream's temporary files
	if x.err != nil {
		return x.err
	}
	orgs := &xsheet{spec: &orgSheet, part: 1, name: orgSheet.name}
	err := x.start(orgs)
	for _, r := range x.orgs.rows() {
		if err != nil {
			break
		}
		err = x.add(orgs, r)
	}
	if err == nil {
		err = x.finish(orgs)
	}
	if err == nil {
		err = x.writePeople()
	}
	for _, s := range sheets {
		if xs := x.open[s.name]; xs != nil && err == nil {
			err = x.finish(xs)
		}
	}
	if err == nil {
		// Documents is already the active sheet; SetActiveSheet would
		// parse every flushed sheet back into memory.
		err = x.f.Write(x.w)
	}
	if err != nil {
		x.err = fmt.Errorf("report: xlsx: %w", err)
	}
	return x.err
}

// writePeople adds the People and Timeline sheets after the others.
func (x *XLSX) writePeople() error {
	open := map[*sheetSpec]*xsheet{}
	for _, s := range peopleSheets {
		if _, err := x.f.NewSheet(s.name); err != nil {
			return err
		}
		xs := &xsheet{spec: s, part: 1, name: s.name}
		if err := x.start(xs); err != nil {
			return err
		}
		open[s] = xs
	}
	if err := peopleRows(x.people, func(s *sheetSpec, row []any) error { return x.add(open[s], row) }); err != nil {
		return err
	}
	for _, s := range peopleSheets {
		if err := x.finish(open[s]); err != nil {
			return err
		}
	}
	return nil
}
