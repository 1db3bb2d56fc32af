package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/input"
	"github.com/vnextract/vnextract/pipeline/report"
)

const extractHelp = `Usage: vnextract extract [flags] PATH...

Reads each PATH (a file, a directory searched recursively for --glob, or -
for standard input), extracts entities and writes one report. Reports
other than jsonl also hold one record per person across the batch (see
"vnextract people --help").

Examples:
  vnextract extract testdata/docs/                       JSON report of every .txt file, to stdout
  vnextract extract --format jsonl -o out.jsonl reports/  one JSON document per line
  vnextract extract --encoding tcvn3 old/*.txt           legacy .VnTime files
  cat docs.jsonl | vnextract extract --input jsonl --format jsonl -   streaming, for pipelines
  vnextract extract --rules myrules/ report.txt          add your own lists and rules

Flags:
`

// extractFlags are the flags of "extract", shared by "explain" and "eval".
type extractFlags struct {
	format, out, glob, inputKind, encoding, rules string
	emitText                                      string
	workers, maxDocBytes                          int
	quiet                                         bool
}

func (f *extractFlags) register(fs *flag.FlagSet, withOutput bool) {
	if withOutput {
		fs.StringVar(&f.format, "format", "json", "report format: "+strings.Join(report.Formats(), ", "))
		fs.StringVar(&f.out, "o", "-", "output file (- for stdout); written to a temporary file and renamed when complete")
		fs.BoolVar(&f.quiet, "quiet", false, "no progress or summary on stderr")
		fs.StringVar(&f.emitText, "emit-text", "", "write each document's plain text (what the offsets count in; the text of a .docx or .html) to DIR/NAME.txt")
	}
	fs.StringVar(&f.glob, "glob", "*.txt,*.docx,*.html,*.htm", "file name patterns for directories, separated by commas")
	fs.StringVar(&f.inputKind, "input", "text", "input kind: text (files in any supported encoding) or jsonl ({\"id\",\"text\"} per line, and an optional \"date\" that wins over the text's)")
	fs.StringVar(&f.encoding, "encoding", "", "force the input encoding instead of detecting it (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni)")
	fs.StringVar(&f.rules, "rules", "", "directory of extra lists (*.txt) and rules (*.yaml) added to the built-in ones")
	fs.IntVar(&f.workers, "workers", runtime.NumCPU(), "documents processed at once")
	fs.IntVar(&f.maxDocBytes, "max-doc-bytes", pipeline.DefaultMaxDocBytes, "largest document processed; larger ones are reported as errors")
}

func (f *extractFlags) pipeline() (*pipeline.Pipeline, error) {
	opts := []pipeline.Option{pipeline.WithEncoding(f.encoding), pipeline.WithWorkers(f.workers), pipeline.WithMaxDocBytes(f.maxDocBytes)}
	if f.rules != "" {
		opts = append(opts, pipeline.WithRules(f.rules))
	}
	p, err := pipeline.New(opts...)
	if err != nil {
		return nil, usageError{err}
	}
	return p, nil
}

// source returns the function that yields the run's inputs one by one,
// reading each file only when it is asked for.
func (f *extractFlags) source(paths []string, stdin io.Reader) (func() (pipeline.Input, bool), int, error) {
	switch f.inputKind {
	case "text":
		files := input.Files(paths, f.glob)
		i := 0
		return func() (pipeline.Input, bool) {
			if i == len(files) {
				return pipeline.Input{}, false
			}
			i++
			return input.Read(files[i-1], stdin, f.maxDocBytes), true
		}, len(files), nil
	case "jsonl":
		var readers []*input.JSONL
		var closers []io.Closer
		for _, p := range paths {
			if p == "-" {
				readers = append(readers, input.NewJSONL(stdin, "-", f.maxDocBytes))
				continue
			}
			fh, err := os.Open(p)
			if err != nil {
				return nil, 0, usageError{err}
			}
			closers = append(closers, fh)
			readers = append(readers, input.NewJSONL(fh, p, f.maxDocBytes))
		}
		k := 0
		return func() (pipeline.Input, bool) {
			for k < len(readers) {
				if in, ok := readers[k].Next(); ok {
					return in, true
				}
				k++
			}
			for _, c := range closers {
				c.Close()
			}
			closers = nil
			return pipeline.Input{}, false
		}, -1, nil
	}
	return nil, 0, usageError{fmt.Errorf("unknown --input %q; use text or jsonl", f.inputKind)}
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", extractHelp, stderr)
	var f extractFlags
	f.register(fs, true)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "vnextract extract: no input; name files, directories or - for stdin")
		fs.Usage()
		return exitUsage
	}
	p, err := f.pipeline()
	if err != nil {
		return exitCode(err, stderr)
	}
	next, total, err := f.source(fs.Args(), stdin)
	if err != nil {
		return exitCode(err, stderr)
	}
	out, err := report.Create(f.format, f.out, stdout, "vnextract "+version)
	if err != nil {
		return exitCode(usageError{err}, stderr)
	}
	if f.emitText != "" {
		if err := os.MkdirAll(f.emitText, 0o755); err != nil {
			out.Abort()
			return exitCode(usageError{err}, stderr)
		}
	}
	sum := report.NewSummary()
	progress := newProgress(stderr, total, f.quiet)
	err = p.Stream(ctx, next, func(_ int, d pipeline.Document) error {
		if f.emitText != "" && d.Status != pipeline.StatusError {
			if err := emitText(f.emitText, &d); err != nil {
				return err
			}
		}
		sum.Add(&d)
		progress.done(d.Bytes)
		return out.Write(&d)
	})
	progress.finish()
	sum.Elapsed = time.Since(sum.Started).Seconds()
	if err != nil {
		out.Abort()
		if ctx.Err() != nil {
			fmt.Fprintf(stderr, "vnextract: interrupted after %d documents; no report written\n", sum.Documents)
			return exitFailed
		}
		return exitCode(err, stderr)
	}
	if err := out.Close(sum); err != nil {
		return exitCode(err, stderr)
	}
	if !f.quiet {
		printSummary(stderr, sum, f.out)
	}
	if sum.Failed > 0 {
		return exitFailed
	}
	return exitOK
}

func printSummary(w io.Writer, s report.Summary, out string) {
	var parts []string
	for _, t := range pipeline.Types {
		if n := s.Mentions[string(t)]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", t, n))
		}
	}
	if len(parts) == 0 {
		parts = []string{"no mentions"}
	}
	where := ""
	if out != "-" {
		where = " → " + filepath.Clean(out)
	}
	fmt.Fprintf(w, "vnextract: %d documents (%d failed, %d with warnings), %d persons; %s; %.2fs%s\n",
		s.Documents, s.Failed, s.Warned, s.Persons, strings.Join(parts, ", "), s.Elapsed, where)
}

// emitText writes the document's decoded text to dir/STEM.txt, the text
// its offsets count in. It never writes over the document's own source.
func emitText(dir string, d *pipeline.Document) error {
	name := strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == 0 {
			return '_'
		}
		return r
	}, d.ID)
	if stem := strings.TrimSuffix(name, filepath.Ext(name)); stem != "" {
		name = stem
	}
	path := filepath.Join(dir, name+".txt")
	if st, err := os.Stat(path); err == nil {
		if src, err := os.Stat(d.Source); err == nil && os.SameFile(st, src) {
			return fmt.Errorf("--emit-text %s would overwrite the input %s; choose another directory", dir, d.Source)
		}
	}
	if err := os.WriteFile(path, []byte(d.Text), 0o644); err != nil {
		return fmt.Errorf("--emit-text: %w", err)
	}
	return nil
}
