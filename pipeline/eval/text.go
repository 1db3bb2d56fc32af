package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteText prints the strict and lenient table, then each document's
// misses and extras.
func (r *Result) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tP\tR\tF1\ttp\tfp\tfn\tlenient P\tR\tF1\t")
	row := func(name string, s, l *Scores) {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n",
			name, s.Precision, s.Recall, s.F1, s.TP, s.FP, s.FN, l.Precision, l.Recall, l.F1)
	}
	for _, k := range kinds() {
		row(k, r.Types[k], r.Lenient.Types[k])
	}
	row("ALL entities", &r.Overall, &r.Lenient.Overall)
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, d := range r.Documents {
		if len(d.Misses) == 0 && len(d.Extras) == 0 {
			continue
		}
		note := ""
		if d.Missing {
			note = " (not in the report)"
		}
		fmt.Fprintf(w, "\n%s%s\n", d.ID, note)
		for _, it := range d.Misses {
			fmt.Fprintf(w, "  - miss  %-15s %s\n", it.Type, it.Value)
		}
		for _, it := range d.Extras {
			fmt.Fprintf(w, "  + extra %-15s %s\n", it.Type, it.Value)
		}
	}
	_, err := fmt.Fprintln(w)
	return err
}
