package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/outfile"
	"github.com/vnextract/vnextract/pipeline/people"
	"github.com/vnextract/vnextract/pipeline/report"
)

const peopleHelp = `Usage: vnextract people [flags] REPORT.jsonl...

Reads JSON Lines reports written by "vnextract extract --format jsonl" (- for
standard input) and writes one record per real person across all their
documents: the ranks and posts the documents give, each with the first and
last document date, the documents, and the people seen with them most. The
"people" it writes are those the JSON report of "extract" over the same
documents holds. It streams: memory grows with the distinct people, not
with the documents, so reports written on many machines can be reduced in one.

Mentions merge on the folded full name; namesakes are kept apart when their
facts cannot be one career (a police rank and an army rank, a rank that goes
down, a climb faster than the promotion rules, posts in unrelated units on
the same day). --explain NAME says, document by document, why.

Examples:
  vnextract extract --format jsonl -o day1.jsonl reports/day1/
  vnextract people day1.jsonl day2.jsonl > people.json
  vnextract people --explain "Phan Văn Giang" day*.jsonl

Flags:
`

func runPeople(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("people", peopleHelp, stderr)
	format := fs.String("format", "json", "output format: "+strings.Join(report.PeopleFormats, ", "))
	out := fs.String("o", "-", "output file (- for stdout); a regular file is replaced only when the output is complete")
	explain := fs.String("explain", "", "instead of the records, show why the mentions of NAME were merged or kept apart")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "vnextract people: no input; name JSON Lines reports or - for stdin")
		fs.Usage()
		return exitUsage
	}
	if *explain == "" && !slicesContains(report.PeopleFormats, *format) {
		return exitCode(usageError{fmt.Errorf("unknown --format %q; use one of %v", *format, report.PeopleFormats)}, stderr)
	}
	// The reduce step holds what it gathers until the end: collecting
	// garbage at the default pace keeps its peak near that, where
	// extract's faster pace would let it grow several times over.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(100)
	}
	b := people.New()
	docs, bad := 0, 0
	for _, path := range fs.Args() {
		n, errs, err := readReport(ctx, path, stdin, b)
		docs += n
		// A file that is not a report at all would repeat one message
		// per line: the first few say enough.
		for i, e := range errs {
			if i == 10 {
				fmt.Fprintf(stderr, "vnextract people: %s: %d more lines skipped\n", path, len(errs)-i)
				break
			}
			fmt.Fprintln(stderr, "vnextract people:", e)
		}
		bad += len(errs)
		if err != nil {
			return exitCode(err, stderr)
		}
	}
	if *explain != "" {
		return printExplain(stdout, b, *explain)
	}
	if err := writeOutput(*out, stdout, func(w io.Writer) error {
		return report.WritePeople(w, *format, "vnextract "+version, b, docs)
	}); err != nil {
		return exitCode(err, stderr)
	}
	if bad > 0 {
		return exitFailed
	}
	return exitOK
}

func slicesContains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// readReport adds every document of one JSON Lines report to b. Lines
// that are not report documents are returned as errors naming the file
// and line; reading goes on.
func readReport(ctx context.Context, path string, stdin io.Reader, b *people.Builder) (int, []error, error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return 0, nil, usageError{fmt.Errorf("%w; name a JSON Lines report written by extract --format jsonl", err)}
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 256<<10)
	var errs []error
	n, line := 0, 0
	for {
		if line%4096 == 0 && ctx.Err() != nil {
			return n, errs, ctx.Err()
		}
		raw, err := br.ReadBytes('\n')
		if len(raw) > 0 {
			line++
			raw = bytes.TrimSpace(raw)
			switch {
			case len(raw) == 0:
			case line == 1 && string(raw) == "{":
				return n, errs, usageError{fmt.Errorf("%s is a whole JSON report; people reads JSON Lines: write them with extract --format jsonl", path)}
			default:
				var d pipeline.Document
				if jerr := json.Unmarshal(raw, &d); jerr != nil || d.ID == "" {
					if jerr == nil {
						jerr = errors.New(`no "id"`)
					}
					errs = append(errs, fmt.Errorf("%s:%d: not a report document (%v); skipped", path, line, jerr))
					continue
				}
				b.Add(&d)
				n++
			}
		}
		if err == io.EOF {
			return n, errs, nil
		}
		if err != nil {
			return n, errs, fmt.Errorf("%s:%d: %w", path, line+1, err)
		}
	}
}

// printExplain prints the resolution of one name.
func printExplain(w io.Writer, b *people.Builder, name string) int {
	steps := b.Explain(name)
	if len(steps) == 0 {
		fmt.Fprintf(w, "%s: no person of that name (names are compared folded: case, tone placement and spaces do not matter)\n", name)
		return exitOK
	}
	records := 0
	for _, s := range steps {
		records = max(records, s.Record)
	}
	fmt.Fprintf(w, "%s: %d mentions, %d records\n", name, len(steps), records)
	for _, s := range steps {
		fmt.Fprintln(w, "  "+s.String())
	}
	return exitOK
}

// writeOutput writes to stdout, or to path through package outfile: a
// regular file is replaced only when write succeeds.
func writeOutput(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "-" || path == "" {
		return write(stdout)
	}
	f, err := outfile.Create(path)
	if err != nil {
		if errors.Is(err, outfile.ErrIsDir) {
			return usageError{fmt.Errorf("-o %s is a directory; name a file", path)}
		}
		return err
	}
	if err := write(f); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}
