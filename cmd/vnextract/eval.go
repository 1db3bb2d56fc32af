package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/eval"
)

const evalHelp = `Usage: vnextract eval --gold DIR [--report FILE | PATH...] [flags]

Scores a report (JSON or JSON Lines, as "extract" writes it) or a fresh run
over PATH... against gold files (one DIR/NAME.json per document NAME.txt, in
the format of the entity spec). Prints precision, recall and F1 per type,
strict (folded strings equal; the figures of shared/tools/score.py) and
lenient (one folded string contains the other), then what each document
missed and added, as written in the gold file and the report.

Examples:
  vnextract eval --gold corpus/gold corpus/                 run and score
  vnextract eval --gold corpus/gold --report out.json       score a saved report
  vnextract eval --gold corpus/gold --only-reported --report part.json   score part of a corpus
  vnextract eval --gold corpus/gold --format json corpus/   figures for scripts

Flags:
`

func runEval(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("eval", evalHelp, stderr)
	var f extractFlags
	f.register(fs, false)
	gold := fs.String("gold", "", "directory of gold files (NAME.json)")
	reportPath := fs.String("report", "", "score this report file (- for stdin) instead of running extraction")
	format := fs.String("format", "text", "output: text or json")
	onlyReported := fs.Bool("only-reported", false, "score only the gold documents the report holds (a report of part of a corpus)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch {
	case *gold == "":
		fmt.Fprintln(stderr, "vnextract eval: --gold DIR is required")
		return exitUsage
	case *format != "text" && *format != "json":
		fmt.Fprintf(stderr, "vnextract eval: unknown --format %q; use text or json\n", *format)
		return exitUsage
	case (*reportPath == "") == (fs.NArg() == 0):
		fmt.Fprintln(stderr, "vnextract eval: give either --report FILE or input paths, not both or neither")
		return exitUsage
	}
	golds, err := eval.LoadGold(*gold)
	if err != nil {
		return exitCode(usageError{err}, stderr)
	}
	var rep eval.Report
	if *reportPath != "" {
		var r io.Reader = stdin
		if *reportPath != "-" {
			fh, err := os.Open(*reportPath)
			if err != nil {
				return exitCode(usageError{err}, stderr)
			}
			defer fh.Close()
			r = fh
		}
		if rep, err = eval.LoadReport(r); err != nil {
			return exitCode(usageError{err}, stderr)
		}
	} else {
		p, err := f.pipeline()
		if err != nil {
			return exitCode(err, stderr)
		}
		next, _, err := f.source(fs.Args(), stdin)
		if err != nil {
			return exitCode(err, stderr)
		}
		rep = eval.Report{}
		err = p.Stream(ctx, next, func(_ int, d pipeline.Document) error {
			if d.Status == pipeline.StatusError {
				fmt.Fprintf(stderr, "vnextract eval: %s: %s\n", d.ID, d.Error)
			}
			rep.Add(&d)
			return nil
		})
		if err != nil {
			return exitCode(err, stderr)
		}
	}
	if *onlyReported {
		if golds = eval.InReport(golds, rep); len(golds) == 0 {
			return exitCode(usageError{fmt.Errorf("--only-reported: no document of the report has a gold file in %s", *gold)}, stderr)
		}
	}
	res := eval.Score(golds, rep)
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(res)
	} else {
		err = res.WriteText(stdout)
	}
	return exitCode(err, stderr)
}
