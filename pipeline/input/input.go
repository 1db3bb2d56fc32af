// Package input finds and reads the documents a run processes: files,
// directories walked recursively, standard input, and JSON Lines
// streams of {"id", "text"} objects. Word (.docx) and HTML files are
// turned into their plain text as they are read.
package input

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// ErrNoMatch is reported for a directory with no file matching the glob.
var ErrNoMatch = errors.New("input: no matching files")

// Files expands paths into the list of files to read: a file as is
// (its id is its name), a directory walked recursively for names
// matching glob (e.g. "*.txt", or several patterns separated by commas:
// "*.txt,*.docx"; letter case is ignored, so BAOCAO.TXT matches), each
// with the path relative to that directory as its id ("a/report.txt"),
// sorted so runs are deterministic. Problems with one path (missing,
// unreadable directory, symlink loop, a FIFO or device in a directory)
// become entries with Err set, so the report accounts for them; "-"
// stands for standard input. Walks leave out the paths in skip (a run's
// own outputs: its --emit-text directory) and HTML and JSON reports
// vnextract wrote.
func Files(paths []string, glob string, skip ...string) []pipeline.Input {
	var out []pipeline.Input
	var skipped []os.FileInfo
	for _, s := range skip {
		if st, err := os.Stat(s); err == nil {
			skipped = append(skipped, st)
		}
	}
	for _, p := range paths {
		if p == "-" {
			out = append(out, pipeline.Input{ID: "-", Source: "-"})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			out = append(out, pipeline.Input{ID: filepath.Base(p), Source: p, Err: fmt.Errorf("input: %w", err)})
			continue
		}
		if !st.IsDir() {
			out = append(out, pipeline.Input{ID: filepath.Base(p), Source: p})
			continue
		}
		out = append(out, walk(p, glob, skipped)...)
	}
	return out
}

// walk lists the matching files under dir. WalkDir does not follow
// symlinks to directories, so a symlink loop cannot trap it; such links
// are reported rather than skipped silently.
func walk(dir, glob string, skip []os.FileInfo) []pipeline.Input {
	var out []pipeline.Input
	id := func(path string) string {
		rel, err := filepath.Rel(dir, path)
		if err != nil || rel == "." {
			return filepath.Base(path)
		}
		return filepath.ToSlash(rel)
	}
	isSkipped := func(path string) bool {
		if len(skip) == 0 {
			return false
		}
		st, err := os.Stat(path)
		if err != nil {
			return false
		}
		for _, s := range skip {
			if os.SameFile(st, s) {
				return true
			}
		}
		return false
	}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, pipeline.Input{ID: id(path), Source: path, Err: fmt.Errorf("input: %w", err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != dir && isSkipped(path) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		typ := d.Type()
		if typ&fs.ModeSymlink != 0 {
			st, err := os.Stat(path)
			if err != nil {
				out = append(out, pipeline.Input{ID: id(path), Source: path, Err: fmt.Errorf("input: broken or looping symlink: %w", err)})
				return nil
			}
			if st.IsDir() {
				// Not followed: a link back up the tree would loop.
				out = append(out, pipeline.Input{ID: id(path), Source: path, Err: fmt.Errorf("input: %s is a symlink to a directory; not followed (name it directly to include it)", path)})
				return nil
			}
			typ = st.Mode().Type()
		}
		if d.IsDir() || !matchAny(glob, d.Name()) {
			return nil
		}
		if !typ.IsRegular() {
			// Opening a FIFO would wait for a writer forever.
			out = append(out, pipeline.Input{ID: id(path), Source: path, Err: fmt.Errorf("input: %s is %s, not a regular file; skipped (name it directly to read it)", path, kindOf(typ))})
			return nil
		}
		if ownReport(path) {
			return nil
		}
		out = append(out, pipeline.Input{ID: id(path), Source: path})
		return nil
	})
	if err != nil {
		out = append(out, pipeline.Input{ID: filepath.Base(dir), Source: dir, Err: fmt.Errorf("input: %w", err)})
	}
	if len(out) == 0 {
		out = append(out, pipeline.Input{ID: filepath.Base(dir), Source: dir, Err: fmt.Errorf("%w: %s has no file matching %q (see --glob)", ErrNoMatch, dir, glob)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Source < out[j].Source })
	return out
}

// kindOf names a non-regular file type for an error message.
func kindOf(t fs.FileMode) string {
	switch {
	case t&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// reportMarks are how vnextract's HTML and JSON reports begin: the HTML
// head names its generator, the JSON envelope its schema.
var reportMarks = []string{`<meta name="generator" content="vnextract`, `"schema": "vnextract.report/`}

// ownReport says whether path is an HTML or JSON report vnextract wrote,
// which a later run over the same folder must not read back as a
// document.
func ownReport(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".json":
	default:
		return false // the reports' own extensions; others are not opened twice
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	for _, m := range reportMarks {
		if strings.Contains(string(head[:n]), m) {
			return true
		}
	}
	return false
}

// Read fills in the bytes of a file input. It is separate from Files so
// that a batch reads each file only when a worker is ready for it.
func Read(in pipeline.Input, stdin io.Reader, limit int) pipeline.Input {
	if in.Err != nil || in.Data != nil || in.Text != "" {
		return in
	}
	var r io.Reader
	if in.Source == "-" {
		r = stdin
	} else {
		f, err := os.Open(in.Source)
		if err != nil {
			in.Err = fmt.Errorf("input: %w", err)
			return in
		}
		defer f.Close()
		r = f
	}
	// Read one byte past the limit so the pipeline can report the size.
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		in.Err = fmt.Errorf("input: %s: %w", in.Source, err)
		return in
	}
	in.Data = data
	sum := sha256.Sum256(data)
	in.FileSHA256, in.FileBytes = hex.EncodeToString(sum[:]), len(data)
	return extract(in, limit) // Word and HTML files become their text
}

// Line is one JSON Lines input record.
type Line struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	// Date is the document's date, "YYYY", "YYYY-MM" or "YYYY-MM-DD";
	// optional, and it wins over the date the text gives.
	Date string `json:"date"`
}

// JSONL reads JSON Lines documents from r, calling fn for each line in
// order. A line that is not a JSON object with a string "text" becomes
// an input with Err set, named after its line, and reading goes on. A
// missing id is replaced by "source:LINE".
type JSONL struct {
	r       *bufio.Reader
	source  string
	line    int
	maxLine int
	buf     []byte
	done    bool
}

// escapeRatio is how many bytes of a JSON string one byte of its text
// can take: a control byte is written \u00XX. JSON writers such as
// Python's json.dumps escape every non-ASCII character (\uXXXX for three
// UTF-8 bytes), so a line's length says little about its text's.
const escapeRatio = 6

// lineSlack is room on a line for the id, the keys and white space.
const lineSlack = 64 << 10

// keepBuf is the largest line buffer kept between lines, so one long
// line does not hold its memory for the rest of a stream.
const keepBuf = 1 << 20

// NewJSONL reads documents from r; source names r in reports. maxText
// is the document limit, counted in the bytes of the decoded text (the
// pipeline refuses a longer text with its size); a line too long to
// hold such a text even fully escaped is reported on its own and
// skipped, without being held in memory.
func NewJSONL(r io.Reader, source string, maxText int) *JSONL {
	return &JSONL{r: bufio.NewReaderSize(r, 64<<10), source: source, maxLine: escapeRatio*maxText + lineSlack}
}

// Next returns the next document, or false at the end of input.
func (j *JSONL) Next() (pipeline.Input, bool) {
	for !j.done {
		raw, tooLong, err := j.readLine()
		if err != nil {
			j.done = true
			if err != io.EOF {
				j.line++
				src := fmt.Sprintf("%s:%d", j.source, j.line)
				return pipeline.Input{ID: src, Source: src, Err: fmt.Errorf("input: %s: %w", src, err)}, true
			}
			if len(raw) == 0 && !tooLong {
				break
			}
		}
		j.line++
		src := fmt.Sprintf("%s:%d", j.source, j.line)
		if tooLong {
			return pipeline.Input{ID: src, Source: src, Err: fmt.Errorf(
				"input: %s: line longer than %d bytes, more than a document under the limit can take even escaped; skipped (raise --max-doc-bytes)", src, j.maxLine)}, true
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		var l Line
		in := pipeline.Input{Source: src}
		if err := json.Unmarshal(raw, &l); err != nil {
			in.ID, in.Err = src, fmt.Errorf("input: %s: %s", src, jsonProblem(err))
			return in, true
		}
		in.ID = l.ID
		if in.ID == "" {
			in.ID = src
		}
		if l.Text == "" {
			in.Err = fmt.Errorf("input: %s: empty or missing \"text\"", src)
		}
		in.Text, in.Date = l.Text, l.Date
		return in, true
	}
	return pipeline.Input{}, false
}

// jsonProblem says in plain words what is wrong with a JSON Lines line,
// without the Go names encoding/json puts in its errors ("Go struct
// field Line.id").
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te) && te.Field != "":
		return fmt.Sprintf("%q must be a string, not %s", te.Field, article(te.Value))
	case errors.As(err, &te):
		return fmt.Sprintf("not a JSON object {\"id\", \"text\"} but %s", article(te.Value))
	case errors.As(err, &se):
		return fmt.Sprintf("not a JSON object {\"id\", \"text\"}: invalid JSON at byte %d (%s)", se.Offset, strings.TrimPrefix(se.Error(), "json: "))
	}
	return fmt.Sprintf("not a JSON object {\"id\", \"text\"}: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// article puts "a" or "an" before a JSON value kind ("number", "array").
func article(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

// readLine returns the next line without its newline. A line over
// maxLine is read to its end but not kept: tooLong says so. err is
// io.EOF after the last line, which may lack a newline.
func (j *JSONL) readLine() (line []byte, tooLong bool, err error) {
	if cap(j.buf) > keepBuf {
		j.buf = nil
	}
	j.buf = j.buf[:0]
	for {
		frag, err := j.r.ReadSlice('\n')
		if !tooLong {
			if len(j.buf)+len(frag) > j.maxLine+1 { // +1: the newline
				tooLong, j.buf = true, j.buf[:0]
			} else {
				j.buf = append(j.buf, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimSuffix(j.buf, []byte("\n")), tooLong, err
	}
}

// matchAny says whether name matches one of the comma-separated patterns
// of glob, ignoring letter case.
func matchAny(glob, name string) bool {
	for _, pat := range strings.Split(glob, ",") {
		// Case-blind: files from Windows machines say BAOCAO.TXT.
		if ok, _ := filepath.Match(strings.ToLower(strings.TrimSpace(pat)), strings.ToLower(name)); ok {
			return true
		}
	}
	return false
}
