package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/people"
)

// bom starts each CSV file so Excel reads it as UTF-8, not the ANSI code
// page, and shows Vietnamese correctly.
const bom = "\uFEFF"

// CSV writes the sheets of the XLSX workbook as one CSV file each
// (documents.csv, persons.csv, …) in a directory, UTF-8 with a byte
// order mark. Text cells get the same formula guard as in the workbook:
// a leading apostrophe before = + - @ tab or CR.
type CSV struct {
	dir    string
	files  map[string]*csvFile
	orgs   orgTable
	people *people.Builder
	err    error
}

type csvFile struct {
	f *os.File
	b *bufio.Writer
	w *csv.Writer
}

// CSVFileName is the file a sheet is written to in the CSV directory.
func CSVFileName(sheet string) string { return strings.ToLower(sheet) + ".csv" }

// NewCSV returns a writer of CSV files into dir, which must exist.
func NewCSV(dir string) *CSV {
	c := &CSV{dir: dir, files: map[string]*csvFile{}, people: people.New()}
	for _, s := range sheets {
		if c.err = c.open(s); c.err != nil {
			break
		}
	}
	return c
}

func (c *CSV) open(s *sheetSpec) error {
	f, err := os.Create(filepath.Join(c.dir, CSVFileName(s.name)))
	if err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	b := bufio.NewWriterSize(f, 64<<10)
	b.WriteString(bom)
	cf := &csvFile{f: f, b: b, w: csv.NewWriter(b)}
	cf.w.UseCRLF = true // what Excel writes and expects
	c.files[s.name] = cf
	return cf.w.Write(s.headers)
}

func (c *CSV) add(s *sheetSpec, row []any) error {
	rec := make([]string, len(row))
	for i, v := range row {
		switch v := v.(type) {
		case string:
			rec[i] = guardText(v)
		case int:
			rec[i] = strconv.Itoa(v)
		case float64:
			rec[i] = strconv.FormatFloat(v, 'f', -1, 64)
		case time.Time:
			rec[i] = v.Format("2006-01-02")
		case nil:
		default:
			rec[i] = guardText(fmt.Sprint(v))
		}
	}
	return c.files[s.name].w.Write(rec)
}

// Write implements Writer.
func (c *CSV) Write(d *pipeline.Document) error {
	if c.err != nil {
		return c.err
	}
	c.people.Add(d)
	if c.err = rows(d, &c.orgs, c.add); c.err != nil {
		c.err = fmt.Errorf("report: csv: %w", c.err)
	}
	return c.err
}

// Close implements Writer: it writes organizations.csv and closes the files.
func (c *CSV) Close(Summary) error {
	if c.err == nil {
		for _, r := range c.orgs.rows() {
			if c.err = c.add(&orgSheet, r); c.err != nil {
				break
			}
		}
	}
	if c.err == nil {
		c.err = c.writePeople()
	}
	for _, s := range append(sheets[:len(sheets):len(sheets)], peopleSheets...) {
		cf := c.files[s.name]
		if cf == nil {
			continue
		}
		cf.w.Flush()
		err := cf.w.Error()
		if err == nil {
			err = cf.b.Flush()
		}
		if cerr := cf.f.Close(); err == nil {
			err = cerr
		}
		if err != nil && c.err == nil {
			c.err = fmt.Errorf("report: csv: %w", err)
		}
	}
	c.files = nil
	return c.err
}

// writePeople writes people.csv and timeline.csv.
func (c *CSV) writePeople() error {
	for _, s := range peopleSheets {
		if err := c.open(s); err != nil {
			return err
		}
	}
	return peopleRows(c.people, c.add)
}
