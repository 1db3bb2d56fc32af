package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/vnextract/vnextract/pipeline/people"
)

// The People and Timeline sheets come after the others: they are written
// whole at Close, from the records the run's documents make.
var (
	peopleSheet = sheetSpec{"People",
		[]string{"ID", "Name", "Rank", "Ranks", "Positions", "First seen", "Last seen", "Document count", "Documents", "Seen with"},
		[]float64{16, 24, 14, 48, 60, 12, 12, 15, 40, 48}}
	timelineSheet = sheetSpec{"Timeline",
		[]string{"ID", "Name", "Fact", "Text", "Organization", "First", "Last", "Document count", "Documents"},
		[]float64{16, 24, 9, 48, 36, 12, 12, 15, 40}}
	peopleSheets = []*sheetSpec{&peopleSheet, &timelineSheet}
)

// peopleRows emits the People and Timeline rows of ps.
func peopleRows(b *people.Builder, emit func(s *sheetSpec, row []any) error) error {
	return b.Each(func(p *people.Person) error {
		rank := ""
		if p.Rank != nil {
			rank = *p.Rank
		}
		first, last := "", ""
		var ranks, posts, with []string
		for _, facts := range [][]people.Fact{p.Ranks, p.Positions} {
			for _, f := range facts {
				if f.First != "" && (first == "" || f.First < first) {
					first = f.First
				}
				if f.Last > last {
					last = f.Last
				}
			}
		}
		for _, f := range p.Ranks {
			ranks = append(ranks, factText(f))
		}
		for _, f := range p.Positions {
			posts = append(posts, factText(f))
		}
		for _, l := range p.People {
			with = append(with, fmt.Sprintf("%s (%d)", l.Name, l.Documents))
		}
		if err := emit(&peopleSheet, []any{p.ID, p.Name, rank, strings.Join(ranks, " → "), strings.Join(posts, "\n"),
			isoDate(first), isoDate(last), len(p.Documents), strings.Join(p.Documents, ", "), strings.Join(with, ", ")}); err != nil {
			return err
		}
		for _, kind := range []struct {
			name  string
			facts []people.Fact
		}{{"rank", p.Ranks}, {"position", p.Positions}} {
			for _, f := range kind.facts {
				text := f.Text
				if f.Former {
					text = "nguyên " + text
				}
				if err := emit(&timelineSheet, []any{p.ID, p.Name, kind.name, text, f.Organization, isoDate(f.First), isoDate(f.Last),
					len(f.Documents), strings.Join(f.Documents, ", ")}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// factText is a fact with its dates: "Đại tá (2018 – 2020)".
func factText(f people.Fact) string {
	t := f.Text
	if f.Former {
		t = "nguyên " + t
	}
	switch {
	case f.First == "":
		return t + " (undated)"
	case f.First == f.Last:
		return t + " (" + f.First + ")"
	}
	return t + " (" + f.First + " – " + f.Last + ")"
}

// writePeopleJSON writes `"people": [...],` with one record per line, as
// the report's documents are written.
func writePeopleJSON(w *bufio.Writer, ps *people.Builder) (int, error) {
	if _, err := w.WriteString("\"people\": ["); err != nil {
		return 0, err
	}
	n := 0
	err := ps.Each(func(p *people.Person) error {
		b, err := json.Marshal(p)
		if err != nil {
			return err
		}
		sep := ",\n"
		if n == 0 {
			sep = "\n"
		}
		n++
		w.WriteString(sep)
		_, err = w.Write(b)
		return err
	})
	if err != nil {
		return n, err
	}
	_, err = w.WriteString("\n],\n")
	return n, err
}

// writeOrgsJSON writes `"organizations": [...],`: one record per
// organization across the batch, with the people holding posts in it.
func writeOrgsJSON(w *bufio.Writer, ps *people.Builder) error {
	if _, err := w.WriteString("\"organizations\": ["); err != nil {
		return err
	}
	for i, o := range ps.Organizations() {
		b, err := json.Marshal(&o)
		if err != nil {
			return err
		}
		sep := ",\n"
		if i == 0 {
			sep = "\n"
		}
		w.WriteString(sep)
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	_, err := w.WriteString("\n],\n")
	return err
}

// peopleHTML is the people index: each person with rank and posts over
// time, and links to the documents naming them.
func peopleHTML(b *strings.Builder, ps *people.Builder) {
	b.WriteString("<section id=\"people\">\n<h2>People</h2>\n")
	n := 0
	ps.Each(func(p *people.Person) error {
		if n == 0 {
			b.WriteString("<table>\n<tr><th>Name</th><th>Rank</th><th>Ranks</th><th>Positions</th><th>Documents</th></tr>\n")
		}
		n++
		rank := ""
		if p.Rank != nil {
			rank = *p.Rank
		}
		var ranks, posts, docs []string
		for _, f := range p.Ranks {
			ranks = append(ranks, html.EscapeString(factText(f)))
		}
		for _, f := range p.Positions {
			posts = append(posts, html.EscapeString(factText(f)))
		}
		for k, pl := range p.Places {
			docs = append(docs, fmt.Sprintf("<a href=\"#doc-%d\" title=\"%d mentions\">%s</a>", pl.Document, len(pl.Mentions), html.EscapeString(p.Documents[k])))
		}
		fmt.Fprintf(b, "<tr id=\"%s\"><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", html.EscapeString(p.ID),
			html.EscapeString(p.Name), html.EscapeString(rank), strings.Join(ranks, "<br>"), strings.Join(posts, "<br>"), strings.Join(docs, "<br>"))
		return nil
	})
	if n == 0 {
		b.WriteString("<p class=\"meta\">No persons.</p>\n</section>\n")
		return
	}
	b.WriteString("</table>\n</section>\n")
}

// PeopleSchema names the layout "vnextract people" writes.
const PeopleSchema = "vnextract.people/1"

// PeopleFormats are the formats WritePeople takes.
var PeopleFormats = []string{"json", "jsonl"}

// WritePeople writes records alone, as "vnextract people" does: json is
// one object {"schema", "tool", "people", "organizations", "summary"} whose "people" is
// the same as an extract report's; jsonl is one record per line.
func WritePeople(w io.Writer, format, tool string, ps *people.Builder, documents int) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch format {
	case "json":
		t, _ := json.Marshal(tool)
		fmt.Fprintf(bw, "{\n\"schema\": %q,\n\"tool\": %s,\n", PeopleSchema, t)
		n, err := writePeopleJSON(bw, ps)
		if err != nil {
			return err
		}
		if err := writeOrgsJSON(bw, ps); err != nil {
			return err
		}
		fmt.Fprintf(bw, "\"summary\": {\"documents\": %d, \"people\": %d}\n}\n", documents, n)
	case "jsonl":
		err := ps.Each(func(p *people.Person) error {
			b, err := json.Marshal(p)
			if err != nil {
				return err
			}
			bw.Write(b)
			return bw.WriteByte('\n')
		})
		if err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w %q; use one of %v", ErrFormat, format, PeopleFormats)
	}
	return bw.Flush()
}
