package report

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
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
}

// Close finishes the report and moves it into place.
func (o *Output) Close(s Summary) error {
	if err := o.Writer.Close(s); err != nil {
		o.abort()
		return err
	}
	return o.commit()
}

// Abort discards a report that will not be finished; the destination is
// left as it was.
func (o *Output) Abort() { o.abort() }

// Create opens a report of the given format at path ("-" for stdout).
// A file is written under a temporary name in the same directory and
// renamed on Close, so a failed or interrupted run never leaves a
// half-written report in its place.
func Create(format, path string, stdout io.Writer, tool string) (*Output, error) {
	if mk, ok := dirFormats[format]; ok {
		return createDir(format, path, mk)
	}
	mk, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("%w %q; use one of %v", ErrFormat, format, Formats())
	}
	if path == "-" || path == "" {
		return &Output{Writer: mk(stdout, tool), commit: func() error { return nil }, abort: func() {}}, nil
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, fmt.Errorf("report: -o %s is a directory; name a file", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return &Output{
		Writer: mk(tmp, tool),
		commit: func() error {
			if err := tmp.Close(); err != nil {
				os.Remove(tmp.Name())
				return fmt.Errorf("report: %w", err)
			}
			if err := os.Rename(tmp.Name(), path); err != nil {
				os.Remove(tmp.Name())
				return fmt.Errorf("report: %w", err)
			}
			return nil
		},
		abort: func() { tmp.Close(); os.Remove(tmp.Name()) },
	}, nil
}

// createDir opens a report written as files in the directory path. The
// files are written into a temporary directory beside it and moved into
// place on Close; files of the same name already there are replaced,
// others are left alone.
func createDir(format, path string, mk func(dir string) Writer) (*Output, error) {
	if path == "-" || path == "" {
		return nil, fmt.Errorf("report: --format %s writes several files; name a directory with -o DIR", format)
	}
	exists := false
	if st, err := os.Stat(path); err == nil {
		if !st.IsDir() {
			return nil, fmt.Errorf("report: -o %s is a file; --format %s needs a directory", path, format)
		}
		exists = true
	}
	clean := filepath.Clean(path)
	tmp, err := os.MkdirTemp(filepath.Dir(clean), "."+filepath.Base(clean)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return &Output{
		Writer: mk(tmp),
		commit: func() error {
			defer os.RemoveAll(tmp)
			if !exists {
				if err := os.Rename(tmp, path); err != nil {
					return fmt.Errorf("report: %w", err)
				}
				return nil
			}
			entries, err := os.ReadDir(tmp)
			if err != nil {
				return fmt.Errorf("report: %w", err)
			}
			for _, e := range entries {
				if err := os.Rename(filepath.Join(tmp, e.Name()), filepath.Join(path, e.Name())); err != nil {
					return fmt.Errorf("report: %w", err)
				}
			}
			return nil
		},
		abort: func() { os.RemoveAll(tmp) },
	}, nil
}
