package report

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/people"
)

// typeColours are the highlight colours, light enough for black text.
var typeColours = map[pipeline.Type]string{
	pipeline.Rank:         "#ffd6a5",
	pipeline.Person:       "#caffbf",
	pipeline.Position:     "#9bf6ff",
	pipeline.Organization: "#bdb2ff",
	pipeline.Location:     "#fdffb6",
	pipeline.Count:        "#ffc6ff",
	pipeline.Date:         "#a0c4ff",
	pipeline.Term:         "#d6d6d6",
	pipeline.Law:          "#ffadad",
}

// HTML writes one self-contained page: a colour legend, each document's
// text with its mentions highlighted (hovering shows type, value and
// rule), a roster of its persons, and a summary of the run. It needs no
// network: no scripts, fonts or style sheets are loaded.
//
// Where mentions nest or overlap, the outermost (earliest, then longest)
// is highlighted and the ones inside it are not; every mention is still
// in the other formats.
type HTML struct {
	w     *bufio.Writer
	tool  string
	n     int
	begun bool
	// people gathers the persons for the people index.
	people *people.Builder
}

// NewHTML returns a writer of the HTML page.
func NewHTML(w io.Writer, tool string) *HTML {
	return &HTML{w: bufio.NewWriterSize(w, 64<<10), tool: tool, people: people.New()}
}

const htmlStyle = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0 auto;max-width:1100px;padding:1em 2em;color:#222;line-height:1.5}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
.legend mark{margin-right:.4em}
mark{padding:0 .1em;border-radius:3px;color:inherit}
.text{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:1em;border-radius:4px}
table{border-collapse:collapse;margin:1em 0;font-size:.92em}th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.n{text-align:right}
.meta{color:#666;font-size:.9em}.error{color:#a00}.warning{color:#a60}
`

func (h *HTML) begin() error {
	if h.begun {
		return nil
	}
	h.begun = true
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(&b, "<meta name=\"generator\" content=\"%s\">\n<title>vnextract report</title>\n<style>\n", html.EscapeString(h.tool))
	b.WriteString(htmlStyle)
	for _, t := range pipeline.Types {
		fmt.Fprintf(&b, "mark.e-%s{background:%s}\n", t, typeColours[t])
	}
	b.WriteString("</style>\n</head>\n<body>\n<h1>vnextract report</h1>\n<p class=\"legend\">")
	for _, t := range pipeline.Types {
		fmt.Fprintf(&b, "<mark class=\"e-%s\">%s</mark>", t, t)
	}
	b.WriteString("</p>\n<p class=\"meta\"><a href=\"#people\">People</a> · <a href=\"#summary\">Summary</a></p>\n")
	_, err := h.w.WriteString(b.String())
	return err
}

// Write implements Writer.
func (h *HTML) Write(d *pipeline.Document) error {
	if err := h.begin(); err != nil {
		return err
	}
	h.n++
	h.people.Add(d)
	var b strings.Builder
	fmt.Fprintf(&b, "<section class=\"doc\" id=\"doc-%d\">\n<h2>%s</h2>\n", h.n, html.EscapeString(d.ID))
	fmt.Fprintf(&b, "<p class=\"meta\">%s · %s · %d characters · %d mentions · %d persons",
		html.EscapeString(d.Source), html.EscapeString(orDash(d.Encoding)), d.Length, len(d.Mentions), len(d.Persons))
	if d.Date != "" {
		fmt.Fprintf(&b, " · dated %s", html.EscapeString(d.Date))
	}
	b.WriteString("</p>\n")
	if d.Status == pipeline.StatusError {
		fmt.Fprintf(&b, "<p class=\"error\">Not processed: %s</p>\n</section>\n", html.EscapeString(d.Error))
		_, err := h.w.WriteString(b.String())
		return err
	}
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "<p class=\"warning\">Warning: %s</p>\n", html.EscapeString(w))
	}
	b.WriteString("<div class=\"text\">")
	highlight(&b, d)
	b.WriteString("</div>\n")
	if len(d.Persons) > 0 {
		b.WriteString("<table class=\"roster\">\n<tr><th>Name</th><th>Rank</th><th>Positions</th><th>Sentence index</th></tr>\n")
		for _, p := range d.Persons {
			titles := p.Titles(true)
			for i, t := range titles {
				titles[i] = html.EscapeString(t)
			}
			fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td><td class=\"n\">%d</td></tr>\n",
				html.EscapeString(p.Name), html.EscapeString(p.RankText()), strings.Join(titles, "<br>"), p.Sentence)
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("</section>\n")
	_, err := h.w.WriteString(b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// highlight writes the text of d with its outermost mentions marked.
func highlight(b *strings.Builder, d *pipeline.Document) {
	text := d.Text
	ms := make([]*pipeline.Mention, 0, len(d.Mentions))
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.ByteStart >= 0 && m.ByteEnd > m.ByteStart && m.ByteEnd <= len(text) && boundary(text, m.ByteStart) && boundary(text, m.ByteEnd) {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].ByteStart != ms[j].ByteStart {
			return ms[i].ByteStart < ms[j].ByteStart
		}
		return ms[i].ByteEnd > ms[j].ByteEnd
	})
	pos := 0
	for _, m := range ms {
		if m.ByteStart < pos {
			continue // inside or across one already marked
		}
		b.WriteString(html.EscapeString(text[pos:m.ByteStart]))
		fmt.Fprintf(b, "<mark class=\"e-%s\" title=\"%s\">%s</mark>", html.EscapeString(string(m.Type)),
			html.EscapeString(tooltip(m)), html.EscapeString(text[m.ByteStart:m.ByteEnd]))
		pos = m.ByteEnd
	}
	b.WriteString(html.EscapeString(text[pos:]))
}

// tooltip is a mark's title: type, value and rule.
func tooltip(m *pipeline.Mention) string {
	parts := []string{string(m.Type)}
	switch v := mentionValue(m).(type) {
	case float64:
		s := strconv.FormatFloat(v, 'f', -1, 64)
		if m.Unit != "" {
			s += " " + m.Unit
		}
		parts = append(parts, s)
	case string:
		if m.Unit != "" {
			v += " " + m.Unit
		}
		parts = append(parts, v)
	case time.Time:
		parts = append(parts, v.Format("2006-01-02"))
	}
	return strings.Join(parts, " · ") + " · rule " + m.Rule
}

// Close implements Writer: it writes the summary and ends the page.
func (h *HTML) Close(s Summary) error {
	if err := h.begin(); err != nil {
		return err
	}
	var b strings.Builder
	peopleHTML(&b, h.people)
	b.WriteString("<section id=\"summary\">\n<h2>Summary</h2>\n<table>\n")
	fmt.Fprintf(&b, "<tr><th>Documents</th><td class=\"n\">%d</td></tr>\n", s.Documents)
	fmt.Fprintf(&b, "<tr><th>Failed</th><td class=\"n\">%d</td></tr>\n", s.Failed)
	fmt.Fprintf(&b, "<tr><th>With warnings</th><td class=\"n\">%d</td></tr>\n", s.Warned)
	fmt.Fprintf(&b, "<tr><th>Persons</th><td class=\"n\">%d</td></tr>\n", s.Persons)
	for _, t := range pipeline.Types {
		fmt.Fprintf(&b, "<tr><th><mark class=\"e-%s\">%s</mark></th><td class=\"n\">%d</td></tr>\n", t, t, s.Mentions[string(t)])
	}
	b.WriteString("</table>\n")
	fmt.Fprintf(&b, "<p class=\"meta\">%s</p>\n</section>\n</body>\n</html>\n", html.EscapeString(h.tool))
	if _, err := h.w.WriteString(b.String()); err != nil {
		return err
	}
	return h.w.Flush()
}
