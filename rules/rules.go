// Package rules finds counts, dates, terms and laws with rules written as
// data: YAML files, each a list of rules of one of a small closed set of
// kinds, compiled once when loaded and only matched afterwards.
//
// Rules run on the folded key of a text (see package fold): lower case,
// tone marks in the new placement, every dash '-', one space between
// words. Every Match they produce has offsets into the source text, the
// id of the rule and the file:line it was written at.
//
// The default rules are embedded in the package (Default); a user
// directory adds to them or replaces rules of the same id (Load, Merge).
package rules

import (
	"cmp"
	"embed"
	"errors"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// Match is one mention found by a rule.
type Match struct {
	// Type is the entity type: count, date, term, law, ...
	Type string
	// Start and End are byte offsets into fold.Text.Source, half-open.
	Start, End int
	// Rule is the id of the rule that found the mention.
	Rule string
	// Source is where the rule is written, as "file.yaml:LINE".
	Source string
	// Priority is the rule's priority; higher wins overlaps of one type.
	Priority int
	// Value is what the rule's value parser read from the mention.
	Value Value
	// KeepInner says that mentions of the same type inside this one are
	// mentions too (the law an amending law names), so a caller that
	// resolves overlaps again should keep them.
	KeepInner bool
}

// Value is what a value parser read from a mention. Which fields are set
// depends on the parser: see the README.
type Value struct {
	// Number is a count's number with scale words applied: "3 tỷ" is
	// 3e9, "368,7" is 368.7, "1.200" is 1200, "hai mươi tư" is 24.
	Number *float64 `json:",omitempty"`
	// Approx is a count's approximate word as written ("hàng trăm",
	// "hàng trăm nghìn", "vài chục") when it gives no number.
	Approx string `json:",omitempty"`
	// Unit is the counted noun as written in the source ("tập thể",
	// "Huân chương Bảo vệ Tổ quốc", "km", "%").
	Unit string `json:",omitempty"`
	// ISO is a date in ISO 8601: "2022-01-27", "2022-01", "2022",
	// "--01-27" without a year; a range is "From/To".
	ISO string `json:",omitempty"`
	// From and To are the ends of a date range ("5-9/1": "--01-05",
	// "--01-09") or the years of a term ("2021", "2026").
	From string `json:",omitempty"`
	To   string `json:",omitempty"`
	// Numeral is a term's legislature or congress number as written
	// ("XV" in "khóa XV", "XI" in "lần thứ XI").
	Numeral string `json:",omitempty"`
}

// Set is a compiled set of rules. It is immutable and safe for concurrent
// use.
type Set struct {
	rules []*rule // in file order, by source then line
	// words finds rules by the key word their matches can start with
	// and the literal text after it; byByte by a first byte, for the
	// ways of starting that are not literal words. Together they let
	// Apply try a rule only where it could match.
	words  *wordTrie
	byByte [256][]int
}

// prefixFree sorts ps and drops those that start with another one.
func prefixFree(ps []string) []string {
	if len(ps) == 0 {
		return nil
	}
	ps = slices.Clone(ps)
	slices.Sort(ps)
	out := ps[:1]
	for _, p := range ps[1:] {
		if !strings.HasPrefix(p, out[len(out)-1]) {
			out = append(out, p)
		}
	}
	return out
}

//go:embed data/*.yaml data/*.txt
var embedded embed.FS

// ErrNoFiles is returned by Load when a directory holds no rule files.
var ErrNoFiles = errors.New("rules: no *.yaml rule files found")

var defaultSet = sync.OnceValues(func() (*Set, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, err
	}
	return Load(sub)
})

// Default returns the embedded default rules. It is compiled once; later
// calls return the same Set.
func Default() (*Set, error) { return defaultSet() }

// Load compiles all *.yaml files at the top of fsys. Mistakes in the files
// are returned together, each naming file:line:col; see Error.
func Load(fsys fs.FS) (*Set, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, ErrNoFiles
	}
	var all []*rule
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rs, ferrs := parseFile(name, data)
		all = append(all, rs...)
		errs = append(errs, ferrs...)
	}
	errs = append(errs, duplicates(all)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return newSet(all), nil
}

// duplicates reports every id defined twice, at its second place.
func duplicates(rs []*rule) []error {
	var errs []error
	seen := map[string]*rule{}
	for _, r := range rs {
		if first, ok := seen[r.id]; ok {
			errs = append(errs, &Error{File: r.file, Line: r.line, Col: r.col,
				Msg: "duplicate id " + quote(r.id) + ", first defined at " + first.source + "; give this rule another id"})
			continue
		}
		seen[r.id] = r
	}
	return errs
}

// Merge returns a Set holding the rules of s and of other, where a rule of
// other replaces the rule of s with the same id. Neither input changes.
func (s *Set) Merge(other *Set) (*Set, error) {
	if other == nil {
		return s, nil
	}
	replaced := make(map[string]bool, len(other.rules))
	for _, r := range other.rules {
		replaced[r.id] = true
	}
	all := make([]*rule, 0, len(s.rules)+len(other.rules))
	for _, r := range s.rules {
		if !replaced[r.id] {
			all = append(all, r)
		}
	}
	all = append(all, other.rules...)
	if errs := duplicates(all); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return newSet(all), nil
}

// Len returns the number of rules in s.
func (s *Set) Len() int { return len(s.rules) }

func newSet(rs []*rule) *Set {
	s := &Set{rules: rs, words: newWordTrie(rs)}
	for i, r := range rs {
		tr := r.find.trigger()
		for b := range 256 {
			if tr.bytes[b] {
				s.byByte[b] = append(s.byByte[b], i)
			}
		}
	}
	return s
}

// Apply appends the mentions the rules find in t to dst and returns it,
// sorted by Start (then End, Type, Rule). Overlapping mentions of the same
// type are resolved: the higher priority wins, then the longer span, then
// the earlier one; a rule with keep_inner keeps same-type mentions inside
// it. Mentions of different types may overlap.
func (s *Set) Apply(t *fold.Text, dst []Match) []Match {
	if t == nil || len(t.Key) == 0 {
		return dst
	}
	sc := scratchPool.Get().(*scratch)
	defer func() {
		sc.hit, sc.doc = hit{}, doc{} // keep no text alive in the pool
		scratchPool.Put(sc)
	}()
	sc.doc = doc{Text: t, cur: t.Cursor()}
	d := &sc.doc
	sc.cands = sc.cands[:0]
	key := t.Key
	for p := 0; p < len(key); {
		if key[p] == ' ' {
			p++ // one word in two ends here: skip the calls below
			continue
		}
		end := wordEnd(key, p)
		if end == p {
			// Punctuation starts a one-byte-led token; space starts none.
			_, n := decodeRune(key, p)
			if key[p] != ' ' && key[p] != '\n' {
				for _, i := range s.byByte[key[p]] {
					s.rules[i].run(d, p, sc)
				}
			}
			p += n
			continue
		}
		if !s.words.mayFit(key[p:end]) {
			// Most words: no rule by word, and the rest of the loop
			// is left out, down to storing the empty list of rules.
			for _, i := range s.byByte[key[p]] {
				s.rules[i].run(d, p, sc)
			}
			p = end
			continue
		}
		ran := s.words.appendFits(sc.ran[:0], key, p, end)
		for _, i := range ran {
			s.rules[i].run(d, p, sc)
		}
		for _, i := range s.byByte[key[p]] {
			if !slices.Contains(ran, i) {
				s.rules[i].run(d, p, sc)
			}
		}
		sc.ran = ran
		p = end
	}
	start := len(dst)
	dst = resolve(sc, dst)
	out := dst[start:]
	cur := t.Cursor() // the matches are by start: each is found near the last
	for i := range out {
		out[i].Start, out[i].End = cur.Span(out[i].Start, out[i].End)
	}
	// By start in the key already; ties and units that fold to one
	// source offset are all that may be out of order.
	insertionSort(out, func(a, b *Match) bool { return compareMatches(a, b) < 0 }, func(ms []Match) {
		slices.SortFunc(ms, compareMatch)
	})
	return dst
}

// scratch is the memory one Apply call works in, reused through a pool.
type scratch struct {
	cands []cand
	open  []cluster
	keep  []bool // which candidates won
	ran   []int  // rules tried at the current token
	buf   []byte // reversed context for not_before
	hit   hit    // the hit being parsed
	doc   doc    // the text being read

	groups  []int // the groups of the hit
	capture capScratch
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// cand is a mention before overlaps are resolved, with key offsets.
type cand struct {
	Match
	// number is Value.Number, kept here until the candidate is taken so
	// that the numbers of one call share one allocation.
	number    float64
	hasNumber bool
}

// resolve keeps, for each type, the best of overlapping candidates and
// appends the kept ones (still in key offsets) to dst, by start.
// Candidates of one type linked by overlaps form a cluster, chosen from
// alone, so that the work stays local however many mentions a document
// has.
func resolve(sc *scratch, dst []Match) []Match {
	cs := sc.cands
	// Candidates come in nearly by start already.
	insertionSort(cs, func(a, b *cand) bool { return a.Start < b.Start }, func(cs []cand) {
		slices.SortStableFunc(cs, func(a, b cand) int { return cmp.Compare(a.Start, b.Start) })
	})
	keep := slices.Grow(sc.keep[:0], len(cs))[:len(cs)]
	clear(keep)
	open := sc.open[:0] // one cluster being built per type
	for ci := range cs {
		c := &cs[ci]
		i := slices.IndexFunc(open, func(cl cluster) bool { return cl.typ == c.Type })
		switch {
		case i < 0:
			open = append(open, cluster{typ: c.Type})
			i = len(open) - 1
		case c.Start >= open[i].end:
			choose(cs, open[i].cands, keep)
			open[i].cands = open[i].cands[:0]
		}
		open[i].cands = append(open[i].cands, int32(ci))
		open[i].end = max(open[i].end, c.End)
	}
	for i := range open {
		choose(cs, open[i].cands, keep)
		open[i].cands = open[i].cands[:0]
	}
	sc.open, sc.keep = open, keep
	n := 0
	for i := range cs {
		if keep[i] && cs[i].hasNumber {
			n++
		}
	}
	numbers := make([]float64, 0, n)
	for i := range cs {
		if !keep[i] {
			continue
		}
		m := cs[i].Match
		if cs[i].hasNumber {
			numbers = append(numbers, cs[i].number)
			m.Value.Number = &numbers[len(numbers)-1]
		}
		dst = append(dst, m)
	}
	return dst
}

// cluster is a run of overlapping candidates of one type.
type cluster struct {
	typ   string
	end   int
	cands []int32 // indexes in the candidates
}

// choose marks in keep the candidates of one cluster (indexes into all)
// that win: the higher priority first, then the longer span, then the
// earlier one.
func choose(all []cand, cs []int32, keep []bool) {
	if len(cs) == 1 {
		keep[cs[0]] = true
		return
	}
	slices.SortFunc(cs, func(i, j int32) int {
		a, b := &all[i], &all[j]
		return cmp.Or(
			cmp.Compare(b.Priority, a.Priority),
			cmp.Compare(b.End-b.Start, a.End-a.Start),
			cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.Rule, b.Rule),
		)
	})
	kept := cs[:0]
	for _, i := range cs {
		if !conflicts(&all[i], all, kept) {
			kept = append(kept, i)
			keep[i] = true
		}
	}
}

// insertionSort sorts s stably by less, quickly when it is nearly sorted;
// when it is not, it leaves the rest to sort, which must be stable too.
func insertionSort[T any](s []T, less func(a, b *T) bool, sort func([]T)) {
	moves := 0
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(&s[j], &s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
			if moves++; moves > 4*len(s) {
				sort(s)
				return
			}
		}
	}
}

// conflicts says whether c overlaps a kept candidate, other than by lying
// inside one that keeps what is inside it. Same span twice is a conflict.
func conflicts(c *cand, all []cand, kept []int32) bool {
	for _, i := range kept {
		k := &all[i]
		if c.Start >= k.End || k.Start >= c.End {
			continue
		}
		if k.KeepInner && inside(c, k) || c.KeepInner && inside(k, c) {
			continue
		}
		return true
	}
	return false
}

// inside says whether a lies within b and is not b's span itself.
func inside(a, b *cand) bool {
	return b.Start <= a.Start && a.End <= b.End && (a.Start != b.Start || a.End != b.End)
}

func compareMatch(a, b Match) int { return compareMatches(&a, &b) }

// compareMatches is compareMatch without copying the matches.
func compareMatches(a, b *Match) int {
	// Early returns: cmp.Or would compare the strings every time.
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	if a.End != b.End {
		return cmp.Compare(a.End, b.End)
	}
	if a.Type != b.Type {
		return cmp.Compare(a.Type, b.Type)
	}
	return cmp.Compare(a.Rule, b.Rule)
}
