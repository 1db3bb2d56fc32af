package report

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vnextract/vnextract/pipeline/outfile"
)

// ErrFormat is returned for a report format vnextract does not write.
var ErrFormat = errors.New("report: unknown format")

// factory makes a Writer over w.
type factory func(w io.Writer, tool string) Writer

// formats are the stream formats, written to a file or stdout.
var formats = map[string]factory{
	"json":  func(w io.Writer, tool string) Writer { return NewJSON(w, tool) },
	"jsonl": func(w io.Writer, _ string) Writer { return NewJSONL(w) },
	"xlsx":  func(w io.Writer, _ string) Writer { return NewXLSX(w) },
	"html":  func(w io.Writer, tool string) Writer { return NewHTML(w, tool) },
}

// dirFormats are written as several files into a directory.
var dirFormats = map[string]func(dir string) Writer{
	"csv": func(dir string) Writer { return NewCSV(dir) },
}

// Formats lists the format names Create accepts.
func Formats() []string {
	var names []string
	for n := range formats {
		names = append(names, n)
	}
	for n := range dirFormats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Output is a report being written to its destination.
type Output struct {
	Writer
	commit func() error
	abort  func()
	direct bool
}

// Close finishes the report and moves it into place.
func (o *Output) Close(s Summary) error {
	if err := o.Writer.Close(s); err != nil {
		o.abort()
		return err
	}
	return o.commit()
}

// Abort discards a report that will not be finished; a file destination
// is left as it was. Its writer's temporary files are removed too.
func (o *Output) Abort() {
	if a, ok := o.Writer.(interface{ abort() }); ok {
		a.abort()
	}
	o.abort()
}

// Direct says whether the report goes straight to its destination
// (stdout, a pipe, a device), so what was written before an Abort has
// already gone out.
func (o *Output) Direct() bool { return o.direct }

// Create opens a report of the given format at path ("-" for stdout).
// A regular file is written under a temporary name in the same directory
// and renamed on Close, so a failed or interrupted run never leaves a
// half-written report in its place; a device, pipe or /dev/fd name is
// written directly, a symlink written through (see package outfile).
func Create(format, path string, stdout io.Writer, tool string) (*Output, error) {
	if mk, ok := dirFormats[format]; ok {
		return createDir(format, path, mk)
	}
	mk, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("%w %q; use one of %v", ErrFormat, format, Formats())
	}
	if path == "-" || path == "" {
		return &Output{Writer: mk(stdout, tool), commit: func() error { return nil }, abort: func() {}, direct: true}, nil
	}
	f, err := outfile.Create(path)
	if err != nil {
		if errors.Is(err, outfile.ErrIsDir) {
			return nil, fmt.Errorf("report: -o %s is a directory; name a file", path)
		}
		return nil, fmt.Errorf("report: %w", err)
	}
	return &Output{Writer: mk(f, tool), commit: f.Commit, abort: f.Abort, direct: f.Direct()}, nil
}

// createDir opens a report written as files in the directory path. The
// files are written into a temporary directory beside it and moved into
// place on Close; files of the same name already there are replaced,
// others are left alone.
func createDir(format, path string, mk func(dir string) Writer) (*Output, error) {
	if path == "-" || path == "" {
		return nil, fmt.Errorf("report: --format %s writes several files; name a directory with -o DIR", format)
	}
	if strings.EqualFold(filepath.Ext(path), "."+format) {
		if st, err := os.Stat(path); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("report: --format %s writes one file per sheet (documents.%s, persons.%s, …) into a directory; -o %s looks like a file name: name a directory", format, format, format, path)
		}
	}
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		return nil, fmt.Errorf("report: -o %s is a file; --format %s needs a directory", path, format)
	}
	d, err := outfile.CreateDir(path)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return &Output{Writer: mk(d.Path()), commit: d.Commit, abort: d.Abort}, nil
}
