package eval

import (
	"fmt"
	"sort"
	"strings"
)

// Scores are the figures of one type, or of all types together.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
}

func (s *Scores) add(tp, fp, fn int) { s.TP += tp; s.FP += fp; s.FN += fn }

// finish computes precision, recall and F1 from the counts, as score.py's prf.
func (s *Scores) finish() {
	s.Precision, s.Recall, s.F1 = 0, 0, 0
	if s.TP+s.FP > 0 {
		s.Precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.Recall = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Table is the scores of each type and pair kind, and of all types.
type Table struct {
	Types   map[string]*Scores `json:"types"`
	Overall Scores             `json:"overall"`
}

func newTable() Table {
	t := Table{Types: map[string]*Scores{}}
	for _, k := range kinds() {
		t.Types[k] = &Scores{}
	}
	return t
}

// finish computes the figures; Overall sums the entity types only, as
// score.py's "all" does, not the person pairs.
func (t *Table) finish() {
	t.Overall = Scores{}
	for _, k := range Types {
		t.Overall.add(t.Types[k].TP, t.Types[k].FP, t.Types[k].FN)
	}
	for _, s := range t.Types {
		s.finish()
	}
	t.Overall.finish()
}

func kinds() []string { return append(append([]string{}, Types...), PersonRank, PersonPosition) }

// Item is one missed or extra string.
type Item struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

// DocResult lists what one document missed and what it added, strictly.
type DocResult struct {
	ID string `json:"id"`
	// Missing is set when the report has no document for the gold file.
	Missing bool   `json:"missing,omitempty"`
	Misses  []Item `json:"misses"`
	Extras  []Item `json:"extras"`
}

// Result is a scored run: strict figures (score.py's), lenient ones,
// and the misses and extras per document.
type Result struct {
	Table
	Lenient   Table       `json:"lenient"`
	Documents []DocResult `json:"documents"`
}

type countKey struct{ value, unit string }

func (k countKey) String() string {
	v := strings.TrimPrefix(strings.TrimPrefix(k.value, "n:"), "s:")
	return strings.TrimSpace(v + " " + k.unit)
}

// key is score.py's count_key.
func (c Count) key() countKey {
	k := countKey{value: numKey(c.Value), unit: Fold(text(c.Unit))}
	if truthy(c.Approx) {
		if a := Fold(text(c.Approx)); a != "" {
			k.value = "s:" + a
		}
	}
	return k
}

// countMatch is score.py's count_match.
func countMatch(g, s countKey) bool {
	if g.value != s.value || g.unit == "" || s.unit == "" {
		return false
	}
	return strings.HasPrefix(g.unit, s.unit) || strings.HasPrefix(s.unit, g.unit)
}

type pair struct{ name, other string }

func (p pair) String() string { return fmt.Sprintf("%s / %s", p.name, p.other) }

type sets struct {
	strs map[string]map[string]bool
	// shown maps a folded key to the first string that gave it, for the
	// lists of misses and extras.
	shown  map[string]string
	counts []countKey
	rank   map[pair]bool
	pos    map[pair]bool
	// countShown and pairShown do for counts and person pairs what
	// shown does for strings: a key prints as it was first written.
	countShown map[countKey]string
	pairShown  map[string]string
}

func newSets() sets {
	s := sets{strs: map[string]map[string]bool{}, shown: map[string]string{}, rank: map[pair]bool{}, pos: map[pair]bool{},
		countShown: map[countKey]string{}, pairShown: map[string]string{}}
	for _, t := range Types {
		s.strs[t] = map[string]bool{}
	}
	return s
}

func (s *sets) persons(ps []Person) {
	for _, p := range ps {
		name := Fold(text(p.Name))
		if truthy(p.Rank) {
			s.addPair(s.rank, pair{name, Fold(text(p.Rank))}, text(p.Name), text(p.Rank))
		}
		for _, t := range p.Positions {
			s.addPair(s.pos, pair{name, Fold(text(t))}, text(p.Name), text(t))
		}
	}
}

func (s *sets) addPair(m map[pair]bool, k pair, name, other string) {
	m[k] = true
	if _, ok := s.pairShown[k.String()]; !ok {
		s.pairShown[k.String()] = name + " / " + other
	}
}

func (s *sets) addCount(c Count) {
	k := c.key()
	s.counts = append(s.counts, k)
	if _, ok := s.countShown[k]; !ok {
		v := strings.TrimPrefix(k.value, "n:")
		if truthy(c.Approx) {
			v = text(c.Approx)
		}
		s.countShown[k] = strings.TrimSpace(v + " " + text(c.Unit))
	}
}

func (s *sets) add(typ, str string) {
	k := FoldTyped(typ, str)
	s.strs[typ][k] = true
	if _, ok := s.shown[k]; !ok {
		s.shown[k] = str
	}
}

func systemSets(d *Doc) sets {
	s := newSets()
	if d == nil {
		return s
	}
	for _, m := range d.Mentions {
		switch {
		case m.Type == "count":
			s.addCount(m.Count)
		case s.strs[m.Type] != nil:
			s.add(m.Type, text(m.Text))
		}
	}
	s.persons(d.Persons)
	return s
}

func goldSets(g *Gold) sets {
	s := newSets()
	for _, t := range Types {
		for _, x := range g.Entities[t] {
			if t == "count" {
				c := Count{}
				if o, ok := x.(map[string]any); ok {
					c = Count{o["value"], o["approx"], o["unit"]}
				}
				s.addCount(c)
				continue
			}
			s.add(t, text(x))
		}
	}
	s.persons(g.Persons)
	return s
}

// InReport keeps the gold files whose document is in the report, to
// score a report of part of a corpus without counting the rest as
// missed.
func InReport(gold []Gold, rep Report) []Gold {
	var out []Gold
	for _, g := range gold {
		if rep[g.Key] != nil {
			out = append(out, g)
		}
	}
	return out
}

// Score compares a report with the gold files.
func Score(gold []Gold, rep Report) *Result {
	r := &Result{Table: newTable(), Lenient: newTable()}
	for i := range gold {
		g := &gold[i]
		doc := rep[g.Key]
		dr := DocResult{ID: g.Key, Missing: doc == nil, Misses: []Item{}, Extras: []Item{}}
		gs, ss := goldSets(g), systemSets(doc)
		for _, t := range Types {
			if t == "count" {
				tp, misses, extras := matchCounts(gs.counts, ss.counts)
				r.Types[t].add(tp, len(extras), len(gs.counts)-tp)
				r.Lenient.Types[t].add(tp, len(extras), len(gs.counts)-tp)
				for _, k := range misses {
					dr.Misses = append(dr.Misses, Item{t, gs.countShown[k]})
				}
				for _, k := range extras {
					dr.Extras = append(dr.Extras, Item{t, ss.countShown[k]})
				}
				continue
			}
			miss, extra := diff(gs.strs[t], ss.strs[t])
			r.Types[t].add(len(gs.strs[t])-len(miss), len(extra), len(miss))
			for _, x := range miss {
				dr.Misses = append(dr.Misses, Item{t, gs.shown[x]})
			}
			for _, x := range extra {
				dr.Extras = append(dr.Extras, Item{t, ss.shown[x]})
			}
			ltp, lfp, lfn := lenient(keys(gs.strs[t]), keys(ss.strs[t]), overlaps)
			r.Lenient.Types[t].add(ltp, lfp, lfn)
		}
		for _, k := range []struct {
			name       string
			gold, syst map[pair]bool
		}{{PersonRank, gs.rank, ss.rank}, {PersonPosition, gs.pos, ss.pos}} {
			miss, extra := diff(pairStrings(k.gold), pairStrings(k.syst))
			r.Types[k.name].add(len(k.gold)-len(miss), len(extra), len(miss))
			for _, x := range miss {
				dr.Misses = append(dr.Misses, Item{k.name, gs.pairShown[x]})
			}
			for _, x := range extra {
				dr.Extras = append(dr.Extras, Item{k.name, ss.pairShown[x]})
			}
			ltp, lfp, lfn := lenient(pairKeys(k.gold), pairKeys(k.syst), func(a, b pair) bool {
				return a.name == b.name && overlaps(a.other, b.other)
			})
			r.Lenient.Types[k.name].add(ltp, lfp, lfn)
		}
		r.Documents = append(r.Documents, dr)
	}
	r.Table.finish()
	r.Lenient.finish()
	return r
}

// matchCounts pairs each gold count, in order, with the first unused
// reported count that matches. Extras are the distinct keys of the
// reported counts left over, as score.py counts them.
func matchCounts(gold, sys []countKey) (tp int, misses, extras []countKey) {
	used := make([]bool, len(sys))
	for _, g := range gold {
		found := false
		for j, s := range sys {
			if !used[j] && countMatch(g, s) {
				used[j], found = true, true
				tp++
				break
			}
		}
		if !found {
			misses = append(misses, g)
		}
	}
	seen := map[countKey]bool{}
	for j, s := range sys {
		if !used[j] && !seen[s] {
			seen[s] = true
			extras = append(extras, s)
		}
	}
	sort.Slice(extras, func(i, j int) bool { return extras[i].String() < extras[j].String() })
	return tp, misses, extras
}

// diff returns gold − system and system − gold, sorted.
func diff(gold, sys map[string]bool) (miss, extra []string) {
	for x := range gold {
		if !sys[x] {
			miss = append(miss, x)
		}
	}
	for x := range sys {
		if !gold[x] {
			extra = append(extra, x)
		}
	}
	sort.Strings(miss)
	sort.Strings(extra)
	return miss, extra
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func pairKeys(m map[pair]bool) []pair {
	out := make([]pair, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].name != out[j].name {
			return out[i].name < out[j].name
		}
		return out[i].other < out[j].other
	})
	return out
}

func pairStrings(m map[pair]bool) map[string]bool {
	out := map[string]bool{}
	for p := range m {
		out[p.String()] = true
	}
	return out
}

// overlaps is the lenient match: equal, or one folded string contains the other.
func overlaps(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// lenient matches gold items one to one with the first unused reported
// item that matches, exact matches first so they are never taken by a
// looser one.
func lenient[T comparable](gold, sys []T, match func(a, b T) bool) (tp, fp, fn int) {
	used := make([]bool, len(sys))
	matched := make([]bool, len(gold))
	for pass := 0; pass < 2; pass++ {
		for i, g := range gold {
			if matched[i] {
				continue
			}
			for j, s := range sys {
				if !used[j] && (g == s || pass == 1 && match(g, s)) {
					used[j], matched[i] = true, true
					tp++
					break
				}
			}
		}
	}
	return tp, len(sys) - tp, len(gold) - tp
}
