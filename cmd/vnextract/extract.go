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

	"golang.org/x/term"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/input"
	"github.com/vnextract/vnextract/pipeline/report"
)

const extractHelp = `Usage: vnextract extract [flags] PATH...

Reads each PATH (a file, a directory searched recursively for --glob, or -
for standard input), extracts entities and writes one report. A file found
in a directory is named in the report by its path relative to that
directory (a/report.txt); --glob ignores letter case. Directories skip
FIFOs and devices (reported as errors), the --emit-text directory, and
HTML and JSON reports vnextract wrote; -o naming an input is refused.

-o FILE: a regular file is written under a temporary name and renamed when
complete (an interrupted run leaves the old file); a symlink is written
through; a device, FIFO or /dev/fd name (/dev/stdout, >(gzip >r.gz)) is
written directly. New files get 0666 less the umask; a replaced file keeps
its mode. --format csv writes documents.csv, persons.csv, mentions.csv,
counts.csv, organizations.csv, errors.csv, people.csv and timeline.csv into
the directory -o DIR (made if missing); a name ending in .csv is refused, as
it looks like a file.

Each failed document is named on stderr with its reason (the first 20;
--quiet silences them). Exit status: 0 ok; 1 some documents failed; 2 usage
or rule error; 3 the run itself failed (output, memory, interrupt).

Reports other than jsonl also hold one record per person across the batch
(see "vnextract people --help").

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
	maxMemory                                     string
	workers, maxDocBytes                          int
	quiet                                         bool
}

func (f *extractFlags) register(fs *flag.FlagSet, withOutput bool) {
	if withOutput {
		fs.StringVar(&f.format, "format", "json", "report format: "+strings.Join(report.Formats(), ", "))
		fs.StringVar(&f.out, "o", "-", "output file (- for stdout), or directory for --format csv; see above")
		fs.BoolVar(&f.quiet, "quiet", false, "no progress or summary on stderr")
		fs.StringVar(&f.emitText, "emit-text", "", "write each document's plain text (what the offsets count in; the text of a .docx or .html) to DIR/ID.txt (a/report.docx → DIR/a/report.txt); a run whose names collide, or would overwrite an input, is refused before anything is written")
	}
	fs.StringVar(&f.glob, "glob", "*.txt,*.docx,*.html,*.htm", "file name patterns for directories, separated by commas")
	fs.StringVar(&f.inputKind, "input", "text", "input kind: text (files in any supported encoding) or jsonl ({\"id\",\"text\"} per line, and an optional \"date\" that wins over the text's)")
	fs.StringVar(&f.encoding, "encoding", "", "force the input encoding instead of detecting it (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni)")
	fs.StringVar(&f.rules, "rules", "", "directory of extra lists (*.txt) and rules (*.yaml) added to the built-in ones")
	fs.IntVar(&f.workers, "workers", runtime.NumCPU(), "documents processed at once")
	fs.IntVar(&f.maxDocBytes, "max-doc-bytes", pipeline.DefaultMaxDocBytes, "largest document processed; larger ones are reported as errors")
	fs.StringVar(&f.maxMemory, "max-memory", "", "memory for the documents in flight, counted as 16× each one's size (e.g. 2GiB, 512MB); documents wait rather than pass it (default: half the machine's or cgroup's memory)")
}

func (f *extractFlags) pipeline() (*pipeline.Pipeline, error) {
	opts := []pipeline.Option{pipeline.WithEncoding(f.encoding), pipeline.WithWorkers(f.workers), pipeline.WithMaxDocBytes(f.maxDocBytes)}
	if f.rules != "" {
		opts = append(opts, pipeline.WithRules(f.rules))
	}
	if f.maxMemory != "" {
		n, err := parseSize(f.maxMemory)
		if err != nil {
			return nil, usageError{fmt.Errorf("--max-memory: %w", err)}
		}
		opts = append(opts, pipeline.WithMaxMemory(n))
	}
	// The garbage collector works harder near what the documents in
	// flight need rather than let GOGC=400 grow the heap to five times
	// them; GOMEMLIMIT, when set, has the last word.
	if os.Getenv("GOMEMLIMIT") == "" {
		opts = append(opts, pipeline.WithGCLimit())
	}
	p, err := pipeline.New(opts...)
	if err != nil {
		return nil, usageError{err}
	}
	return p, nil
}

// source returns the function that yields the run's inputs one by one,
// reading each file only when it is asked for, and for text input the
// list of files (nil for JSON Lines, which is read as it streams). Walks
// leave out the paths in skip: the run's own outputs.
func (f *extractFlags) source(paths []string, stdin io.Reader, skip ...string) (func() (pipeline.Input, bool), []pipeline.Input, error) {
	switch f.inputKind {
	case "text":
		files := input.Files(paths, f.glob, skip...)
		i := 0
		return func() (pipeline.Input, bool) {
			if i == len(files) {
				return pipeline.Input{}, false
			}
			i++
			return input.Read(files[i-1], stdin, f.maxDocBytes), true
		}, files, nil
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
				return nil, nil, usageError{err}
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
		}, nil, nil
	}
	return nil, nil, usageError{fmt.Errorf("unknown --input %q; use text or jsonl", f.inputKind)}
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
	if f.format == "xlsx" && (f.out == "-" || f.out == "") && stdoutIsTerminal(stdout) {
		return exitCode(usageError{fmt.Errorf("--format xlsx writes a binary workbook; name a file with -o report.xlsx (or redirect stdout)")}, stderr)
	}
	p, err := f.pipeline()
	if err != nil {
		return exitCode(err, stderr)
	}
	// The report itself is not skipped: if it is a document of the run,
	// the run is refused below rather than replacing it. An earlier HTML
	// or JSON report is left out by the walk, which knows it by its head.
	var skip []string
	if f.emitText != "" {
		skip = append(skip, f.emitText)
	}
	if p.Workers() < f.workers && !f.quiet {
		fmt.Fprintf(stderr, "vnextract: --workers %d is more than this machine can use; running %d\n", f.workers, p.Workers())
	}
	next, files, err := f.source(fs.Args(), stdin, skip...)
	if err != nil {
		return exitCode(err, stderr)
	}
	total := -1
	var texts *report.TextPlan
	var textPaths []string
	if files != nil {
		total = len(files)
	}
	if f.emitText != "" {
		// Every name is planned before anything is written, so a
		// collision refuses the run with the user's files untouched.
		texts = report.NewTextPlan(f.emitText, fs.Args())
		if files != nil {
			if textPaths, err = texts.Plan(files); err != nil {
				return exitCode(usageError{err}, stderr)
			}
		}
	}
	if err := outputIsInput(f.out, fs.Args(), files); err != nil {
		return exitCode(usageError{err}, stderr)
	}
	out, err := report.Create(f.format, f.out, stdout, "vnextract "+toolVersion())
	if err != nil {
		return exitCode(usageError{err}, stderr)
	}
	sum := report.NewSummary()
	progress := newProgress(stderr, total, f.quiet)
	failures := failureLog{w: stderr, quiet: f.quiet}
	err = p.Stream(ctx, next, func(i int, d pipeline.Document) error {
		if texts != nil && d.Status != pipeline.StatusError {
			if err := emitText(texts, textPaths, i, &d); err != nil {
				return err
			}
		}
		sum.Add(&d)
		progress.done(d.Bytes)
		failures.add(&d)
		return out.Write(&d)
	})
	progress.finish()
	failures.finish()
	sum.Elapsed = time.Since(sum.Started).Seconds()
	if err != nil {
		out.Abort()
		if ctx.Err() != nil {
			fmt.Fprintf(stderr, "vnextract: interrupted after %d documents; %s\n", sum.Documents, unfinished(out, f.out))
			return exitRun
		}
		fmt.Fprintf(stderr, "vnextract: %v; %s\n", err, unfinished(out, f.out))
		return exitRun
	}
	if err := out.Close(sum); err != nil {
		fmt.Fprintf(stderr, "vnextract: %v; %s\n", err, unfinished(out, f.out))
		return exitRun
	}
	if !f.quiet {
		printSummary(stderr, sum, f.out)
	}
	if sum.Failed > 0 {
		return exitFailed
	}
	return exitOK
}

// unfinished says what became of a report that was not finished: a file
// is left as it was, but stdout or a pipe already got part of it.
func unfinished(out *report.Output, path string) string {
	switch {
	case !out.Direct():
		return "no report written (" + filepath.Clean(path) + " is left as it was)"
	case path == "-" || path == "":
		return "the report on stdout is incomplete"
	}
	return "the report written to " + path + " is incomplete"
}

// outputIsInput refuses a report path that is one of the run's inputs:
// the finished report would replace the document it was made from.
func outputIsInput(out string, args []string, files []pipeline.Input) error {
	if out == "-" || out == "" {
		return nil
	}
	st, err := os.Stat(out)
	if err != nil || !st.Mode().IsRegular() {
		return nil
	}
	paths := append([]string{}, args...)
	for _, in := range files {
		paths = append(paths, in.Source)
	}
	for _, p := range paths {
		if pst, err := os.Stat(p); err == nil && os.SameFile(st, pst) {
			return fmt.Errorf("-o %s is an input of this run; the report would replace it: name another file", out)
		}
	}
	return nil
}

// stdoutIsTerminal says whether w is a terminal; tests replace it.
var stdoutIsTerminal = isTerminal

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// maxFailureLines bounds the failed documents named on stderr; the
// report lists them all.
const maxFailureLines = 20

// failureLog names each failed document and why on stderr, one line
// each, up to maxFailureLines; then it counts.
type failureLog struct {
	w     io.Writer
	quiet bool
	n     int
}

func (l *failureLog) add(d *pipeline.Document) {
	if d.Status != pipeline.StatusError || l.quiet {
		return
	}
	l.n++
	if l.n <= maxFailureLines {
		fmt.Fprintf(l.w, "vnextract: %s: %s\n", d.ID, d.Error)
	}
}

func (l *failureLog) finish() {
	if more := l.n - maxFailureLines; more > 0 {
		fmt.Fprintf(l.w, "vnextract: … and %d more failed documents (the report lists each with its error)\n", more)
	}
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

// emitText writes the document's decoded text, the text its offsets
// count in, to the path planned for it. JSON Lines documents, which
// cannot be planned ahead, are checked as they come: a collision leaves
// that text unwritten and says so in the document's warnings.
func emitText(plan *report.TextPlan, planned []string, i int, d *pipeline.Document) error {
	var path string
	if planned != nil {
		path = planned[i]
	} else {
		var err error
		if path, err = plan.Add(d.ID, d.Source); err != nil {
			d.Warnings = append(d.Warnings, err.Error()+"; text not written")
			d.Status = pipeline.StatusWarn
			return nil
		}
	}
	return report.WriteText(path, d.Text)
}
