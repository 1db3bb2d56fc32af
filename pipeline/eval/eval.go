// Package eval scores vnextract's output against gold files in the format
// of the entity spec (shared/spec/entities.md). It reproduces the
// reference scorer, shared/tools/score.py, exactly in its strict mode:
// the same folding, sets of distinct strings per document and type,
// counts matched on value (or approximate word) and a unit that starts
// with the other, and persons matched on (name, rank) and
// (name, position) pairs, all micro-averaged over documents. A lenient
// mode also counts a gold and a reported string as a match when one
// contains the other after folding.
package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// ErrGold is returned for a gold directory or file that cannot be used.
var ErrGold = errors.New("eval: bad gold")

// ErrReport is returned for a report that is neither JSON nor JSON Lines.
var ErrReport = errors.New("eval: bad report")

// Types are the entity types scored, in score.py's order.
var Types = []string{"rank", "person", "position", "organization", "location", "count", "date", "term", "law"}

// Pair kinds, scored alongside the types but not in the overall figure.
const (
	PersonRank     = "person+rank"
	PersonPosition = "person+position"
)

// Count is a count as reported or in gold: values are JSON values (a
// number, or whatever the file holds).
type Count struct {
	Value  any `json:"value"`
	Approx any `json:"approx"`
	Unit   any `json:"unit"`
}

// Doc is what scoring needs of one reported document.
type Doc struct {
	// ID is the document's id (or source when it has none).
	ID       string
	Mentions []Mention
	Persons  []Person
}

// Mention is a reported mention.
type Mention struct {
	Type string
	Text any
	Count
}

// Person is a reported or gold person with rank and position titles.
type Person struct {
	Name      any
	Rank      any
	Positions []any
}

// Report maps a document key (its file name without extension, as
// score.py keys it) to the document.
type Report map[string]*Doc

// Key is score.py's key for a document id or source: the base name
// without its extension.
func Key(id string) string {
	base := filepath.Base(id)
	if id == "" {
		return ""
	}
	// Like Python's splitext, leading dots do not start an extension.
	trimmed := strings.TrimLeft(base, ".")
	if i := strings.LastIndexByte(trimmed, '.'); i >= 0 {
		return base[:len(base)-len(trimmed)+i]
	}
	return base
}

// jsonDoc is a document of a JSON report, decoded loosely as score.py reads it.
type jsonDoc struct {
	ID       any `json:"id"`
	Source   any `json:"source"`
	Mentions []struct {
		Type   any `json:"type"`
		Text   any `json:"text"`
		Value  any `json:"value"`
		Approx any `json:"approx"`
		Unit   any `json:"unit"`
	} `json:"mentions"`
	Persons []struct {
		Name      any   `json:"name"`
		Rank      any   `json:"rank"`
		Positions []any `json:"positions"`
	} `json:"persons"`
}

// LoadReport reads a report: a JSON object with "documents", a JSON
// array of documents, or JSON Lines.
func LoadReport(r io.Reader) (Report, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrReport, err)
	}
	var docs []jsonDoc
	var whole struct {
		Documents []jsonDoc `json:"documents"`
	}
	trim := bytes.TrimSpace(data)
	switch {
	case len(trim) > 0 && trim[0] == '[' && json.Unmarshal(trim, &docs) == nil:
	case len(trim) > 0 && trim[0] == '{' && json.Unmarshal(trim, &whole) == nil && bytes.Contains(trim, []byte(`"documents"`)):
		docs = whole.Documents
	default:
		for i, line := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			var d jsonDoc
			if err := json.Unmarshal(line, &d); err != nil {
				return nil, fmt.Errorf("%w: line %d: %v", ErrReport, i+1, err)
			}
			docs = append(docs, d)
		}
	}
	rep := Report{}
	for _, d := range docs {
		id := text(d.ID)
		if !truthy(d.ID) {
			id = text(d.Source)
		}
		doc := &Doc{ID: id}
		for _, m := range d.Mentions {
			t, _ := m.Type.(string)
			doc.Mentions = append(doc.Mentions, Mention{Type: t, Text: m.Text, Count: Count{m.Value, m.Approx, m.Unit}})
		}
		for _, p := range d.Persons {
			var titles []any
			for _, pos := range p.Positions {
				if o, ok := pos.(map[string]any); ok {
					pos = o["title"]
				}
				titles = append(titles, pos)
			}
			doc.Persons = append(doc.Persons, Person{Name: p.Name, Rank: p.Rank, Positions: titles})
		}
		rep[Key(id)] = doc
	}
	return rep, nil
}

// FromDocuments makes a report of documents extracted in this process.
func FromDocuments(docs []pipeline.Document) Report {
	rep := Report{}
	for i := range docs {
		rep.Add(&docs[i])
	}
	return rep
}

// Add puts an extracted document in the report, keeping only what
// scoring needs, so a run can be scored without holding its texts.
func (r Report) Add(d *pipeline.Document) {
	id := d.ID
	if id == "" {
		id = d.Source
	}
	doc := &Doc{ID: id}
	for _, m := range d.Mentions {
		c := Count{Unit: nilIfEmpty(m.Unit), Approx: nilIfEmpty(m.Approx)}
		if m.Value != nil {
			c.Value = *m.Value
		}
		doc.Mentions = append(doc.Mentions, Mention{Type: string(m.Type), Text: m.Text, Count: c})
	}
	for _, p := range d.Persons {
		var rank any
		if p.Rank != nil {
			rank = *p.Rank
		}
		var titles []any
		for _, o := range p.Positions {
			titles = append(titles, o.Title)
		}
		doc.Persons = append(doc.Persons, Person{Name: p.Name, Rank: rank, Positions: titles})
	}
	r[Key(id)] = doc
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Gold is one gold file.
type Gold struct {
	// Key is the file name without ".json".
	Key      string
	Entities map[string][]any
	Persons  []Person
}

// LoadGold reads every *.json file of dir, sorted by name.
func LoadGold(dir string) ([]Gold, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrGold, err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") && !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("%w: no *.json files in %s", ErrGold, dir)
	}
	var out []Gold
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrGold, err)
		}
		var raw struct {
			Entities map[string][]any `json:"entities"`
			Persons  []struct {
				Name      any   `json:"name"`
				Rank      any   `json:"rank"`
				Positions []any `json:"positions"`
			} `json:"persons"`
		}
		if err := json.Unmarshal(data, &raw); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrGold, n, err)
		}
		g := Gold{Key: Key(n), Entities: raw.Entities}
		for _, p := range raw.Persons {
			g.Persons = append(g.Persons, Person{Name: p.Name, Rank: p.Rank, Positions: p.Positions})
		}
		out = append(out, g)
	}
	return out, nil
}
