package report

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/people"
)

// bom starts each CSV file so Excel reads it as UTF-8, not the ANSI code
// page, and shows Vietnamese correctly.
const bom = "\uFEFF"

// CSV writes the sheets of the XLSX workbook as one CSV file each
// (documents.csv, persons.csv, …) in a directory, UTF-8 with a byte
// order mark, CRLF between records (RFC 4180, what Excel writes). A
// field is quoted when it holds a comma, a semicolon (the separator
// Excel uses in locales with a decimal comma), a quote, CR or LF, or
// starts or ends with a space; CR and LF inside a field are kept as
// they are. Control characters other than tab, CR and LF, and invalid
// UTF-8, become U+FFFD, as in the JSON report. Text that starts with
// = + - @ tab or CR gets a leading apostrophe (OWASP's CSV-injection
// advice), so a spreadsheet opening the file never evaluates it.
type CSV struct {
	dir    string
	files  map[string]*csvFile
	orgs   orgTable
	people *people.Builder
	err    error
}

type csvFile struct {
	f   *os.File
	b   *bufio.Writer
	buf []byte // the current record, reused
}

// write writes one record.
func (cf *csvFile) write(rec []string) error {
	b := cf.buf[:0]
	for i, f := range rec {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendCSVField(b, f)
	}
	b = append(b, '\r', '\n')
	cf.buf = keepSmall(b)
	_, err := cf.b.Write(b)
	return err
}

// appendCSVField appends f, quoted when it needs to be, with control
// characters and invalid UTF-8 replaced.
func appendCSVField(b []byte, f string) []byte {
	f = cleanText(f)
	if !csvNeedsQuotes(f) {
		return append(b, f...)
	}
	b = append(b, '"')
	for i := 0; i < len(f); i++ {
		if f[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, f[i])
	}
	return append(b, '"')
}

func csvNeedsQuotes(f string) bool {
	if f == "" {
		return false
	}
	if f[0] == ' ' || f[len(f)-1] == ' ' {
		return true
	}
	return strings.ContainsAny(f, ",;\"\r\n")
}

// cleanText replaces what a spreadsheet cell cannot hold faithfully:
// invalid UTF-8, control characters other than tab, CR and LF (ESC,
// NUL, DEL, the C1 controls) and the noncharacters U+FFFE and U+FFFF
// become U+FFFD, as the JSON report writes invalid bytes. Text with none of them is returned as it is.
func cleanText(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || badControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s { // ranging turns each invalid byte into RuneError
		if badControl(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// badControl says whether r is a control character other than tab, LF
// and CR, or U+FFFE or U+FFFF, which XML (and so an XLSX file) cannot hold.
func badControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0 || r == 0xFFFE || r == 0xFFFF
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
	cf := &csvFile{f: f, b: b}
	c.files[s.name] = cf
	return cf.write(s.headers)
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
	return c.files[s.name].write(rec)
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
		err := cf.b.Flush()
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
