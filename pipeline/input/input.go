// Package input finds and reads the documents a run processes: files,
// directories walked recursively, standard input, and JSON Lines
// streams of {"id", "text"} objects. Word (.docx) and HTML files are
// turned into their plain text as they are read.
package input

import (
	"bufio"
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

// Files expands paths into the list of files to read: a file as is, a
// directory walked recursively for names matching glob (e.g. "*.txt", or
// several patterns separated by commas: "*.txt,*.docx"),
// sorted so runs are deterministic. Problems with one path (missing,
// unreadable directory, symlink loop) become entries with Err set, so
// the report accounts for them; "-" stands for standard input.
func Files(paths []string, glob string) []pipeline.Input {
	var out []pipeline.Input
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
		out = append(out, walk(p, glob)...)
	}
	return out
}

// walk lists the matching files under dir. WalkDir does not follow
// symlinks to directories, so a symlink loop cannot trap it; such links
// are reported rather than skipped silently.
func walk(dir, glob string) []pipeline.Input {
	var out []pipeline.Input
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, pipeline.Input{ID: filepath.Base(path), Source: path, Err: fmt.Errorf("input: %w", err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			st, err := os.Stat(path)
			if err != nil {
				out = append(out, pipeline.Input{ID: filepath.Base(path), Source: path, Err: fmt.Errorf("input: broken or looping symlink: %w", err)})
				return nil
			}
			if st.IsDir() {
				// Not followed: a link back up the tree would loop.
				out = append(out, pipeline.Input{ID: filepath.Base(path), Source: path, Err: fmt.Errorf("input: %s is a symlink to a directory; not followed (name it directly to include it)", path)})
				return nil
			}
		}
		if d.IsDir() {
			return nil
		}
		if matchAny(glob, d.Name()) {
			out = append(out, pipeline.Input{ID: d.Name(), Source: path})
		}
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
	sc     *bufio.Scanner
	source string
	line   int
}

// NewJSONL reads documents from r; source names r in reports.
func NewJSONL(r io.Reader, source string, maxLine int) *JSONL {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine+1)
	return &JSONL{sc: sc, source: source}
}

// Next returns the next document, or false at the end of input.
func (j *JSONL) Next() (pipeline.Input, bool) {
	for j.sc.Scan() {
		j.line++
		raw := j.sc.Bytes()
		if len(strings.TrimSpace(string(raw))) == 0 {
			continue
		}
		src := fmt.Sprintf("%s:%d", j.source, j.line)
		var l Line
		in := pipeline.Input{Source: src}
		if err := json.Unmarshal(raw, &l); err != nil {
			in.ID, in.Err = src, fmt.Errorf("input: %s: not a JSON object {\"id\", \"text\"}: %v", src, err)
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
	if err := j.sc.Err(); err != nil {
		j.line++
		src := fmt.Sprintf("%s:%d", j.source, j.line)
		hint := ""
		if errors.Is(err, bufio.ErrTooLong) {
			hint = " (a line longer than the document limit; raise --max-doc-bytes)"
		}
		in := pipeline.Input{ID: src, Source: src, Err: fmt.Errorf("input: %s: %w%s", src, err, hint)}
		j.sc = bufio.NewScanner(strings.NewReader(""))
		return in, true
	}
	return pipeline.Input{}, false
}

// matchAny says whether name matches one of the comma-separated patterns
// of glob.
func matchAny(glob, name string) bool {
	for _, pat := range strings.Split(glob, ",") {
		if ok, _ := filepath.Match(strings.TrimSpace(pat), name); ok {
			return true
		}
	}
	return false
}
