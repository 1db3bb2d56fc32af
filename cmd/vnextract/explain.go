package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/input"
)

const explainHelp = `Usage: vnextract explain [flags] FILE

Shows, sentence by sentence, what vnextract found in FILE: every
gazetteer entry that matched (kind, list file:line), every mention kept
(type, rule) and every candidate dropped in favour of another, with the
reason. Use it to see why a span was or wasn't taken, and to check a new
list or rule (--rules DIR).

Examples:
  vnextract explain report.txt
  vnextract explain --rules myrules/ report.txt
  vnextract explain --hits=false report.txt      only mentions and dropped candidates

Flags:
`

func runExplain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("explain", explainHelp, stderr)
	var f extractFlags
	f.register(fs, false)
	hits := fs.Bool("hits", true, "show gazetteer hits")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "vnextract explain: name one file (or - for stdin)")
		fs.Usage()
		return exitUsage
	}
	p, err := f.pipeline()
	if err != nil {
		return exitCode(err, stderr)
	}
	files := input.Files(fs.Args(), f.glob)
	in := input.Read(files[0], stdin, f.maxDocBytes)
	doc, tr := p.Explain(ctx, in)
	if doc.Status == pipeline.StatusError {
		fmt.Fprintf(stderr, "vnextract explain: %s: %s\n", doc.Source, doc.Error)
		return exitFailed
	}
	fmt.Fprintf(stdout, "%s  encoding %s, %d code points, %d sentences\n", doc.ID, doc.Encoding, doc.Length, doc.Sentences)
	for _, w := range doc.Warnings {
		fmt.Fprintf(stdout, "warning: %s\n", w)
	}
	writeExplain(stdout, &doc, tr, *hits)
	return exitOK
}

// writeExplain prints each sentence followed by what was found in it.
func writeExplain(w io.Writer, doc *pipeline.Document, tr pipeline.Trace, showHits bool) {
	n := len(doc.SentenceSpans)
	hits := make([][]pipeline.TraceItem, n)
	dropped := make([][]pipeline.TraceItem, n)
	mentions := make([][]pipeline.Mention, n)
	for _, h := range tr.Hits {
		if h.Sentence >= 0 && h.Sentence < n {
			hits[h.Sentence] = append(hits[h.Sentence], h)
		}
	}
	for _, d := range tr.Dropped {
		if d.Sentence >= 0 && d.Sentence < n {
			dropped[d.Sentence] = append(dropped[d.Sentence], d)
		}
	}
	for _, m := range doc.Mentions {
		if m.Sentence >= 0 && m.Sentence < n {
			mentions[m.Sentence] = append(mentions[m.Sentence], m)
		}
	}
	runes := []rune(doc.Text)
	for si, sp := range doc.SentenceSpans {
		fmt.Fprintf(w, "\n[%d] %s\n", si, strings.TrimSpace(string(runes[sp[0]:sp[1]])))
		if showHits {
			for _, h := range hits[si] {
				fmt.Fprintf(w, "    list  %-9s %-40q %s\n", h.Kind, h.Text, h.Rule)
			}
		}
		for _, m := range mentions[si] {
			fmt.Fprintf(w, "  + %-12s %-40q [%d,%d) %s%s\n", m.Type, m.Text, m.Start, m.End, m.Rule, valueNote(&m))
		}
		for _, d := range dropped[si] {
			fmt.Fprintf(w, "  - %-12s %-40q %s: %s\n", d.Kind, d.Text, d.Rule, d.Reason)
		}
	}
	if len(doc.Persons) > 0 {
		fmt.Fprintln(w, "\nroster:")
		for _, p := range doc.Persons {
			rank := p.RankText()
			if rank == "" {
				rank = "-"
			}
			fmt.Fprintf(w, "  %s | %s | %s\n", p.Name, rank, strings.Join(p.Titles(true), "; "))
		}
	}
}

func valueNote(m *pipeline.Mention) string {
	var parts []string
	if m.Value != nil {
		parts = append(parts, fmt.Sprintf("value=%g", *m.Value))
	}
	if m.Approx != "" {
		parts = append(parts, "approx="+m.Approx)
	}
	if m.Unit != "" {
		parts = append(parts, "unit="+m.Unit)
	}
	if m.ISO != "" {
		parts = append(parts, "iso="+m.ISO)
	}
	if m.From != "" || m.To != "" {
		parts = append(parts, "from="+m.From+" to="+m.To)
	}
	if m.Canonical != "" {
		parts = append(parts, "canonical="+m.Canonical)
	}
	if len(parts) == 0 {
		return ""
	}
	return "  " + strings.Join(parts, " ")
}
