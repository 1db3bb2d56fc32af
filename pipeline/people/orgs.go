package people

import (
	"cmp"
	"slices"
	"sort"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/fold"
)

// Organization is one organization across the batch.
type Organization struct {
	// Name is the canonical name, or the first spelling when the report
	// gives none.
	Name string `json:"name"`
	// Variants are the other spellings seen, in order of first appearance.
	Variants []string `json:"variants"`
	// Documents are the ids of the documents naming it, in input order.
	Documents []string `json:"documents"`
	// Holders are the people holding posts in it, dated ones in order of
	// their first date, then undated ones.
	Holders []Holder `json:"holders"`
}

// Holder is a person's post in an organization.
type Holder struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Post   string `json:"post"`
	Former bool   `json:"former,omitempty"`
	First  string `json:"first,omitempty"`
	Last   string `json:"last,omitempty"`
}

// orgEntry gathers one organization's mentions.
type orgEntry struct {
	name     string
	variants []string
	docs     []int32
}

// addOrgs takes the organization mentions of document di.
func (b *Builder) addOrgs(d *pipeline.Document, di func() int32) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Organization {
			continue
		}
		name := m.Canonical
		if name == "" {
			name = m.Text
		}
		k := fold.String(name)
		if b.orgs == nil {
			b.orgs = map[string]*orgEntry{}
		}
		e := b.orgs[k]
		if e == nil {
			e = &orgEntry{name: name}
			b.orgs[k] = e
		}
		if m.Text != e.name && !slices.Contains(e.variants, m.Text) {
			e.variants = append(e.variants, m.Text)
		}
		if at := di(); len(e.docs) == 0 || e.docs[len(e.docs)-1] != at {
			e.docs = append(e.docs, at)
		}
	}
}

// Organizations resolves the people as Each does and returns one record
// per organization, by folded name, with the people holding posts in it.
func (b *Builder) Organizations() []Organization {
	holders := map[string][]Holder{}
	b.Each(func(p *Person) error {
		for _, f := range p.Positions {
			if f.Organization == "" {
				continue
			}
			k := fold.String(f.Organization)
			holders[k] = append(holders[k], Holder{ID: p.ID, Name: p.Name, Post: f.Text, Former: f.Former, First: f.First, Last: f.Last})
			if b.orgs[k] == nil {
				// A post's organization the mentions did not give: its
				// documents are the post's.
				e := &orgEntry{name: f.Organization}
				for _, id := range f.docs {
					e.docs = append(e.docs, id)
				}
				if b.orgs == nil {
					b.orgs = map[string]*orgEntry{}
				}
				b.orgs[k] = e
			}
		}
		return nil
	})
	keys := make([]string, 0, len(b.orgs))
	for k := range b.orgs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Organization, 0, len(keys))
	for _, k := range keys {
		e := b.orgs[k]
		o := Organization{Name: e.name, Variants: slices.Clone(e.variants), Documents: make([]string, len(e.docs)), Holders: holders[k]}
		if o.Variants == nil {
			o.Variants = []string{}
		}
		slices.Sort(e.docs)
		for i, d := range e.docs {
			o.Documents[i] = b.docs[d].id
		}
		o.Documents = slices.Compact(o.Documents)
		if o.Holders == nil {
			o.Holders = []Holder{}
		}
		slices.SortStableFunc(o.Holders, func(x, y Holder) int {
			if (x.First == "") != (y.First == "") {
				if x.First != "" {
					return -1
				}
				return 1
			}
			return cmp.Or(cmp.Compare(parseDate(x.First).lo, parseDate(y.First).lo), cmp.Compare(x.Name, y.Name))
		})
		out = append(out, o)
	}
	return out
}
