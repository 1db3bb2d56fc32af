// Package recognize finds the named entities that lists and context
// make, rather than patterns: ranks, organizations, places, positions
// and persons, and it links each person to the rank and positions the
// text gives them.
//
// Its stages run in a fixed order over a document's tokens, each on what
// the ones before found: ranks, organizations, places, positions,
// persons, then the links. Every stage records the candidates it weighed
// on a Chart, with the one that won over each loser, so that explain can
// say why a name was not taken. Patterns (counts, dates, terms, laws)
// are the rules package's; the pipeline puts both together and resolves
// what overlaps with Resolve.
package recognize

import (
	"github.com/vnextract/vnextract/gazetteer"
	"github.com/vnextract/vnextract/pipeline/fold"
	"github.com/vnextract/vnextract/pipeline/segment"
)

// Type is the type of a mention; its values are the report's type names.
type Type string

// The types the recognizer finds.
const (
	Rank         Type = "rank"
	Person       Type = "person"
	Position     Type = "position"
	Organization Type = "organization"
	Location     Type = "location"
)

// Recognizer runs the stages with one set of lists. It is safe for
// concurrent use: a document's state lives in its Scratch.
type Recognizer struct {
	lists *gazetteer.Lists
}

// New returns a recognizer over lists.
func New(lists *gazetteer.Lists) *Recognizer { return &Recognizer{lists: lists} }

// Scratch holds one document's working memory. A caller keeps one per
// worker and passes it to every Run, so that memory is reused from
// document to document; Release drops what points into the last one.
type Scratch struct {
	raw        []gazetteer.Token
	toks       []tok
	hits       []gazetteer.Hit
	unitHits   []gazetteer.Hit
	unitPlaces []int
	first      []int
	sentOf     []int
	orgMemo    []int32
	orgFull    []int32
	nameMemo   []int32
	lens       []uint8
	kinds      []uint16
	mem        arena
	chart      Chart
	// a and res are kept here so that a Run allocates neither.
	a   analysis
	res Result
}

// Run recognizes the entities of one document: ft is its folded key,
// text the decoded text and sents its sentences. chart, when set, asks
// for the candidates each stage weighed (explain's); it costs time. The
// result points into sc and is valid until the next Run with it.
func (r *Recognizer) Run(ft *fold.Text, text string, sents []segment.Span, sc *Scratch, chart bool) *Result {
	raw := gazetteer.Tokenize(ft.Key, sc.raw[:0])
	sc.raw = raw
	sc.mem.reset()
	sc.chart.reset(chart)
	sc.a = analysis{keyText: ft.Key, source: text, mem: &sc.mem, lists: r.lists, raw: raw, unitHits: sc.unitHits[:0], unitPlaces: sc.unitPlaces[:0], chart: &sc.chart}
	a := &sc.a
	defer func() { sc.unitHits, sc.unitPlaces = a.unitHits, a.unitPlaces }()
	a.toks = tokenize(ft, raw, sc.toks[:0])
	sc.toks = a.toks
	a.hits = r.lists.Match(ft.Key, raw, sc.hits[:0])
	sc.hits = a.hits
	a.first = grow(sc.first, len(raw)+1)
	sc.first = a.first
	a.orgMemo = grow32(sc.orgMemo, len(raw))
	sc.orgMemo = a.orgMemo
	a.orgFull = grow32(sc.orgFull, len(raw))
	sc.orgFull = a.orgFull
	a.nameMemo = grow32(sc.nameMemo, len(raw))
	sc.nameMemo = a.nameMemo
	h := 0
	for i := 0; i <= len(raw); i++ {
		for h < len(a.hits) && a.hits[h].Start < i {
			h++
		}
		a.first[i] = h
	}
	if cap(sc.kinds) < len(raw) {
		sc.kinds = make([]uint16, len(raw))
	}
	a.kinds = sc.kinds[:len(raw)]
	clear(a.kinds)
	a.lens = a.indexHits(sc.lens)
	sc.lens = a.lens
	a.sentOf = grow(sc.sentOf, len(raw))
	sc.sentOf = a.sentOf
	si := 0
	for i, t := range a.toks {
		for si+1 < len(sents) && sents[si].End <= t.ss {
			si++
		}
		a.sentOf[i] = si
		a.groupWords = a.groupWords || t.kw == kwGroup
	}
	sc.res = Result{a: a, f: a.recognize()}
	return &sc.res
}

// maxScratch bounds what a scratch keeps: a huge document's buffers are
// dropped rather than held for the rest of the run.
const maxScratch = 1 << 16

// Release drops the references the scratch holds into the last document,
// so that the document can be freed while the scratch waits in a pool.
// It reports false when the scratch grew too big to be worth keeping.
func (sc *Scratch) Release() bool {
	if cap(sc.toks) > maxScratch || cap(sc.hits) > 4*maxScratch || cap(sc.mem.i32) > 8*maxScratch || cap(sc.mem.flags) > 8*maxScratch {
		return false
	}
	// Only what this document used: the rest was cleared by the
	// documents before it.
	clear(sc.toks)
	clear(sc.hits)
	clear(sc.mem.spans)
	// A map keeps its memory when cleared; one grown by a huge document
	// is dropped instead.
	if len(sc.mem.prefixes) > maxScratch {
		sc.mem.prefixes = nil
	}
	clear(sc.mem.prefixes)
	clear(sc.mem.facts)
	sc.chart.reset(false)
	sc.a, sc.res = analysis{}, Result{}
	return true
}

// Result is what the recognizer found in one document.
type Result struct {
	a *analysis
	f found
}

// Span is one entity the recognizer kept, by byte offsets into the text.
type Span struct {
	Type               Type
	ByteStart, ByteEnd int
	Rule               string
	Canonical          string // a canonical name from a list, or ""
	OrganizationStart  int    // for a position, where its organization starts; else -1
}

// Len is the number of spans, kept or blanked; Span(i) for i < Len.
func (r *Result) Len() int { return len(r.f.spans) }

// Span returns span i. A span whose Type is "" was given up (a place
// inside a person's name) and is no mention.
func (r *Result) Span(i int) Span {
	sp := &r.f.spans[i]
	out := Span{Type: sp.typ, Rule: sp.rule, Canonical: sp.canon, OrganizationStart: -1}
	out.ByteStart, out.ByteEnd = r.a.toks[sp.s].ss, r.a.toks[sp.e-1].se
	if sp.title > sp.s && sp.title < sp.e {
		out.OrganizationStart = r.a.toks[sp.title].ss
	}
	return out
}

// Key is span i's text folded (lower case, one tone placement), which
// tells two spellings of one name or post apart from two names.
func (r *Result) Key(i int) string {
	sp := &r.f.spans[i]
	return r.a.key(sp.s, sp.e)
}

// PersonMention is one mention of a person with what the text says of
// them there.
type PersonMention struct {
	NameStart, NameEnd int    // byte offsets of the name
	Key                string // the name folded
	Sentence           int
	Rank               int   // index of the rank's span, or -1
	Positions          []int // indexes of the positions' spans, in text order
	former             map[int]bool
}

// Former says whether the position span i was held before ("nguyên …").
func (p *PersonMention) Former(i int) bool { return p.former[i] }

// Persons is the number of person mentions, in text order.
func (r *Result) Persons() int { return len(r.f.persons) }

// Person returns person mention k.
func (r *Result) Person(k int) PersonMention {
	p := &r.f.persons[k]
	return PersonMention{
		NameStart: r.a.toks[p.name.s].ss, NameEnd: r.a.toks[p.name.e-1].se,
		Key: r.a.key(p.name.s, p.name.e), Sentence: r.a.sentOf[p.name.s],
		Rank: p.rank, Positions: p.positions, former: p.former,
	}
}

// Hit is a list entry found in the text, for explain.
type Hit struct {
	Kind               string
	ByteStart, ByteEnd int
	Rule               string
}

// Hits calls yield with every list entry that fits where it was found
// (a line break inside, or an abbreviation not in capitals, does not).
func (r *Result) Hits(yield func(Hit)) {
	a := r.a
	for _, h := range a.hits {
		if !a.fits(h) {
			continue
		}
		yield(Hit{Kind: string(h.Entry.Kind), ByteStart: a.toks[h.Start].ss, ByteEnd: a.toks[h.End-1].se, Rule: h.Entry.ID()})
	}
}

// grow returns s resized to n, reusing its memory when it can.
func grow(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// arena hands out a document's zeroed flag and index tables from memory
// kept across documents. A table stays valid until reset, even when the
// arena has to grow: growing starts a new block and leaves the old one
// to its tables.
type arena struct {
	i32   []int32
	flags []bool
	spans []span
	text  []byte // canonicalName's buffer
	// facts and positions are the per-document lists.
	facts     []personFact
	positions []positionAt
	// prefixes is kept across documents for holders; its keys point
	// into a document, so Release clears it.
	prefixes map[string]int
}

func (ar *arena) reset() {
	ar.i32, ar.flags = ar.i32[:0], ar.flags[:0]
}

// holders is resolveReferences' map from a position's word prefixes to
// their holder, empty.
func (ar *arena) holders() map[string]int {
	if ar.prefixes == nil {
		ar.prefixes = map[string]int{}
	}
	return ar.prefixes
}

func (ar *arena) int32s(n int) []int32 { return carve(&ar.i32, n) }

func (ar *arena) bools(n int) []bool { return carve(&ar.flags, n) }

// carve cuts n zeroed elements off the end of *block, starting a new
// block when it is full.
func carve[T any](block *[]T, n int) []T {
	b := *block
	if len(b)+n > cap(b) {
		b = make([]T, 0, max(2*cap(b), n, 4096))
	}
	s := b[len(b) : len(b)+n]
	*block = b[:len(b)+n]
	clear(s)
	return s
}
