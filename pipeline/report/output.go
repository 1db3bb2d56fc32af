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
}

// Formats lists the format names Create accepts.
func Formats() []string {
	var names []string
	for n := range formats {
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
