package pipeline

import (
	"cmp"
	"math/bits"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/vnextract/vnextract/gazetteer"
	"github.com/vnextract/vnextract/pipeline/fold"
	"github.com/vnextract/vnextract/pipeline/segment"
	"github.com/vnextract/vnextract/rules"
)

// pending is a candidate mention by byte offsets, small so that sorting
// and dropping candidates moves little; the Mention is built only for
// those kept.
type pending struct {
	bs, be int
	typ    Type
	rule   string
	canon  string // a recognized span's canonical name, or ""
	match  int    // index of the rule match that gave it, or -1
	// keepInner keeps same-type mentions inside this one (an amending
	// law's title names the law it amends).
	keepInner bool
}

// Trace records, for Explain, what each stage found before overlaps
// were resolved.
type Trace struct {
	// Hits are gazetteer entries found in the text.
	Hits []TraceItem
	// Dropped are candidate mentions removed, with the reason.
	Dropped []TraceItem
}

// TraceItem is one candidate with where it came from.
type TraceItem struct {
	Kind      string // list kind or entity type
	Text      string
	ByteStart int
	ByteEnd   int
	Sentence  int // 0-based index of the sentence holding ByteStart
	Rule      string
	Reason    string // why it was dropped, for Dropped
}

// analyze runs every stage after decoding on text and fills doc; valid
// says text is valid UTF-8. tr, when not nil, receives what Explain shows.
func (p *Pipeline) analyze(text string, valid bool, doc *Document, tr *Trace) {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	// The key is refolded over the last document's memory: nothing of a
	// key outlives analyze (maps keyed by it are cleared on release).
	sc.ft.Refold(text)
	ft := &sc.ft
	sents := segment.Sentences(text)
	raw := gazetteer.Tokenize(ft.Key, sc.raw[:0])
	sc.raw = raw
	sc.mem.reset()
	a := &analysis{keyText: ft.Key, source: text, mem: &sc.mem, lists: p.lists, raw: raw, unitHits: sc.unitHits[:0]}
	defer func() { sc.unitHits = a.unitHits }()
	a.toks = tokenize(ft, raw, sc.toks[:0])
	sc.toks = a.toks
	a.hits = p.lists.Match(ft.Key, raw, sc.hits[:0])
	sc.hits = a.hits
	a.first = grow(sc.first, len(raw)+1)
	sc.first = a.first
	a.orgMemo = grow32(sc.orgMemo, len(raw))
	sc.orgMemo = a.orgMemo
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
	}
	f := a.recognize()
	if tr != nil {
		for _, h := range a.hits {
			if !a.fits(h) {
				continue
			}
			bs, be := a.toks[h.Start].ss, a.toks[h.End-1].se
			tr.Hits = append(tr.Hits, TraceItem{Kind: string(h.Entry.Kind), Text: text[bs:be], ByteStart: bs, ByteEnd: be, Rule: h.Entry.ID()})
		}
	}

	matches := p.rules.Apply(ft, sc.matches[:0])
	sc.matches = matches
	ms := sc.ms[:0]
	if need := len(f.spans) + len(matches); cap(ms) < need {
		ms = make([]pending, 0, need)
	}
	for _, sp := range f.spans {
		if sp.typ == "" {
			continue
		}
		bs, be := a.toks[sp.s].ss, a.toks[sp.e-1].se
		ms = append(ms, pending{typ: sp.typ, rule: sp.rule, canon: canonical(sp.canon, text[bs:be]), match: -1, bs: bs, be: be})
	}
	for k, m := range matches {
		ms = append(ms, pending{typ: Type(m.Type), rule: m.Rule, match: k, bs: m.Start, be: m.End, keepInner: m.KeepInner})
	}
	sc.ms = ms
	order := dropNested(ms, sc.order[:0], &sc.mem, tr, text)
	sc.order = order
	order = distinctCounts(ms, matches, order, tr, text)
	slices.SortFunc(order, func(i, j int32) int {
		x, y := &ms[i], &ms[j]
		return cmp.Or(cmp.Compare(x.bs, y.bs), cmp.Compare(x.be, y.be), cmp.Compare(typeOrder(x.typ), typeOrder(y.typ)), cmp.Compare(x.rule, y.rule), cmp.Compare(i, j))
	})

	cp := newCodePoints(text, valid)
	doc.Sentences = len(sents)
	doc.Text = text
	doc.SentenceSpans = make([][2]int, 0, len(sents))
	for _, s := range sents {
		doc.SentenceSpans = append(doc.SentenceSpans, [2]int{cp.at(s.Start), cp.at(s.End)})
	}
	// The walk over the sentences has counted up to the last one already.
	doc.Length = cp.at(len(text))
	doc.Mentions = make([]Mention, len(order))
	for k, i := range order {
		p := &ms[i]
		// Fields are set one by one, empty ones not at all: a fresh
		// slice is zero already.
		m := &doc.Mentions[k]
		m.Type, m.Rule, m.Text = p.typ, p.rule, text[p.bs:p.be]
		m.ByteStart, m.ByteEnd = p.bs, p.be
		// Starts come in text order, so the walk only goes forward; an
		// end is counted from its own start.
		m.Start = cp.at(p.bs)
		m.End = m.Start + cp.count(p.bs, p.be)
		m.Sentence = segment.SentenceIndex(sents, p.bs)
		if p.canon != "" {
			m.Canonical = p.canon
		}
		if p.match >= 0 {
			setValues(m, &matches[p.match].Value)
		}
	}
	doc.Persons = a.roster(f, text, cp)
	if tr != nil {
		for _, items := range [][]TraceItem{tr.Hits, tr.Dropped} {
			for i := range items {
				items[i].Sentence = segment.SentenceIndex(sents, items[i].ByteStart)
			}
		}
	}
}

// canonical is the canonical form to report, or "" when it is the text.
func canonical(canon, text string) string {
	if canon == "" || canon == text {
		return ""
	}
	return canon
}

// setValues copies a rule match's values to m.
func setValues(m *Mention, v *rules.Value) {
	if v.Number != nil {
		m.Value = v.Number
	}
	for _, f := range [...]struct {
		dst *string
		src string
	}{
		{&m.Approx, v.Approx}, {&m.Unit, v.Unit}, {&m.ISO, v.ISO}, {&m.From, v.From}, {&m.To, v.To}, {&m.Number, v.Numeral},
	} {
		if f.src != "" {
			*f.dst = f.src
		}
	}
}

func typeOrder(t Type) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return len(Types)
}

// dropNested removes mentions that another type's span explains: a date
// or count inside a term ("6 tháng đầu năm 2021"), a count inside a date
// or law number, an issuer code inside a document number, and same-type
// mentions inside a longer one. Mentions are sorted by start first, so
// each is compared only with those that overlap it. It appends to order
// the indexes of the mentions of ms kept, in that order.
func dropNested(ms []pending, order []int32, mem *arena, tr *Trace, text string) []int32 {
	// A packed key (start up, then end down) sorts in one comparison.
	keys := mem.keys[:0]
	for i := range ms {
		keys = append(keys, spanKey{key: uint64(ms[i].bs)<<32 | uint64(^uint32(ms[i].be)), i: int32(i)})
	}
	mem.keys = keys
	slices.SortFunc(keys, func(x, y spanKey) int {
		return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.i, y.i))
	})
	for _, k := range keys {
		order = append(order, k.i)
	}
	drop := mem.bools(len(ms))
	// open holds earlier mentions that may still overlap.
	var open []int32
	for _, i := range order {
		m := &ms[i]
		kept := open[:0]
		for _, j := range open {
			if ms[j].be > m.bs {
				kept = append(kept, j)
			}
		}
		open = kept
		for _, j := range open {
			if r := nestReason(m, &ms[j], text); r != "" {
				drop[i] = true
				traceDrop(tr, m, &ms[j], r, text)
				break
			}
			if r := nestReason(&ms[j], m, text); r != "" && !drop[j] {
				drop[j] = true
				traceDrop(tr, &ms[j], m, r, text)
			}
		}
		open = append(open, i)
	}
	out := order[:0]
	for _, i := range order {
		if !drop[i] {
			out = append(out, i)
		}
	}
	return out
}

// spanKey orders a mention by start, then longest first.
type spanKey struct {
	key uint64
	i   int32
}

// nestReason says why m gives way to the overlapping mention o, or "".
func nestReason(m, o *pending, text string) string {
	inside := o.bs <= m.bs && m.be <= o.be && (o.bs != m.bs || o.be != m.be)
	switch {
	case m.typ == o.typ && inside && !o.keepInner:
		return "inside a longer " + string(o.typ)
	case (m.typ == Date || m.typ == Count) && o.typ == Term && (inside || m.bs == o.bs && m.be == o.be):
		return "part of a term"
	case m.typ == Position && o.typ == Law && inside:
		return "a title inside a law's name (Pháp lệnh Thẩm phán và Hội thẩm)"
	case m.typ == Location && o.typ == Law && m.bs == o.bs:
		return "the first word of a law's title (Pháp lệnh)"
	case m.typ == Count && o.typ == Law && overlaps(m, o):
		return "part of a law's name or number"
	case m.typ == Organization && o.typ == Law && inside && m.bs > 0 && (text[m.bs-1] == '-' || text[m.bs-1] == '/'):
		return "the issuer code of a document number"
	case m.typ == Count && (o.typ == Date || o.typ == Person || o.typ == Rank) && overlaps(m, o):
		return "overlaps a " + string(o.typ)
	case m.typ == Count && (o.typ == Organization || o.typ == Position) && o.bs < m.bs && m.bs < o.be && o.be < m.be:
		// "Vùng Cảnh sát biển 3 nói riêng": the unit's number, not a count.
		return "starts inside a " + string(o.typ)
	}
	return ""
}

func traceDrop(tr *Trace, m, o *pending, reason, text string) {
	if tr != nil {
		tr.Dropped = append(tr.Dropped, TraceItem{Kind: string(m.typ), Text: text[m.bs:m.be], ByteStart: m.bs, ByteEnd: m.be, Rule: m.rule, Reason: reason + " (" + o.rule + ")"})
	}
}

func overlaps(a, b *pending) bool { return a.bs < b.be && b.bs < a.be }

// codePoints converts byte offsets of a text to code point offsets. It
// walks forward from the last answer, or from a checkpoint kept about
// every cpStep bytes when asked for an earlier offset, so any order of
// questions costs little.
type codePoints struct {
	text          string
	valid         bool // text is valid UTF-8, so counting is cheap
	lastB, lastCP int
	// marks[i] is a rune start near i*cpStep and its code point offset.
	marks [][2]int
}

const cpStep = 1024

func newCodePoints(text string, valid bool) *codePoints {
	return &codePoints{text: text, valid: valid, marks: [][2]int{{0, 0}}}
}

// count is the number of code points in c.text[from:to].
func (c *codePoints) count(from, to int) int {
	if !c.valid {
		return utf8.RuneCountInString(c.text[from:to])
	}
	return countRunes(c.text[from:to])
}

// countRunes counts the code points of valid UTF-8: every byte that is
// not a continuation byte (10xxxxxx) starts one. Eight bytes at a time,
// a continuation byte is one with bit 7 set and bit 6 clear.
func countRunes(s string) int {
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		n -= bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

func (c *codePoints) at(b int) int {
	if b < c.lastB {
		i := min(b/cpStep, len(c.marks)-1)
		for i > 0 && c.marks[i][0] > b {
			i--
		}
		c.lastB, c.lastCP = c.marks[i][0], c.marks[i][1]
	}
	for c.lastB < b {
		want := len(c.marks) * cpStep
		if c.lastB >= want || b <= want {
			c.lastCP += c.count(c.lastB, b)
			c.lastB = b
			break
		}
		// Stop at the rune start at or before the next checkpoint.
		next := want
		for next > c.lastB && !utf8.RuneStart(c.text[next]) {
			next--
		}
		c.lastCP += c.count(c.lastB, next)
		c.lastB = next
		c.marks = append(c.marks, [2]int{next, c.lastCP})
	}
	return c.lastCP
}

// roster merges the person mentions of a document into one record per
// name, with the newest rank and every distinct position.
func (a *analysis) roster(f found, text string, cp *codePoints) []PersonRecord {
	out := make([]PersonRecord, 0, len(f.persons))
	// index finds a name's record, held the folded positions each record
	// has.
	index, held := a.mem.names(), a.mem.heldPositions()
	for _, p := range f.persons {
		key := a.key(p.name.s, p.name.e)
		bs, be := a.toks[p.name.s].ss, a.toks[p.name.e-1].se
		k, ok := index[key]
		if !ok {
			k = len(out)
			index[key] = k
			out = append(out, PersonRecord{Name: text[bs:be], Positions: []Office{}, Sentence: a.sentOf[p.name.s]})
		}
		r := &out[k]
		r.Mentions = append(r.Mentions, cp.at(bs))
		if p.rank >= 0 {
			sp := f.spans[p.rank]
			// A new string only when the rank changes: most repeat it.
			if rank := text[a.toks[sp.s].ss:a.toks[sp.e-1].se]; r.Rank == nil || *r.Rank != rank {
				newRank := rank
				r.Rank = &newRank
			}
		}
		for _, ps := range p.positions {
			sp := f.spans[ps]
			hk := heldKey{k, a.key(sp.s, sp.e)}
			if held[hk] {
				continue
			}
			held[hk] = true
			ts, te := a.toks[sp.s].ss, a.toks[sp.e-1].se
			o := Office{Title: text[ts:te], Former: p.former[ps], Start: cp.at(ts)}
			if sp.title > sp.s && sp.title < sp.e {
				o.Organization = text[a.toks[sp.title].ss:te]
			}
			r.Positions = append(r.Positions, o)
		}
	}
	return out
}

// distinctCounts keeps the first of counts with the same value (or
// approximate word) and unit: like the other types, a document's counts
// are a set, and a figure repeated from the headline is one fact.
func distinctCounts(ms []pending, matches []rules.Match, order []int32, tr *Trace, text string) []int32 {
	type countKey struct {
		value        float64
		number       bool
		approx, unit string
	}
	seen := map[countKey]bool{}
	kept := order[:0]
	for _, i := range order {
		m := &ms[i]
		if m.typ == Count && m.match >= 0 {
			v := &matches[m.match].Value
			k := countKey{approx: v.Approx, unit: fold.String(v.Unit)}
			if v.Number != nil {
				k.value, k.number = *v.Number, true
			}
			if seen[k] {
				if tr != nil {
					tr.Dropped = append(tr.Dropped, TraceItem{Kind: string(m.typ), Text: text[m.bs:m.be], ByteStart: m.bs, ByteEnd: m.be, Rule: m.rule, Reason: "repeats an earlier count"})
				}
				continue
			}
			seen[k] = true
		}
		kept = append(kept, i)
	}
	return kept
}

// scratch holds one document's working slices; analyze takes one from
// the pool and gives it back, so a worker reuses the same memory from
// document to document.
type scratch struct {
	ft       fold.Text
	raw      []gazetteer.Token
	toks     []tok
	hits     []gazetteer.Hit
	unitHits []gazetteer.Hit
	matches  []rules.Match
	first    []int
	sentOf   []int
	orgMemo  []int32
	nameMemo []int32
	lens     []uint8
	kinds    []uint16
	ms       []pending
	order    []int32
	mem      arena
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
	// facts and positions are the recognizer's per-document lists.
	facts     []personFact
	positions []positionAt
	// byName is the roster's index of names; its keys point into a
	// document, so release clears it.
	byName map[string]int
	held   map[heldKey]bool
	keys   []spanKey
	// prefixes is kept across documents for holders; its keys point
	// into a document, so release clears it.
	prefixes map[string]int
}

func (ar *arena) reset() {
	ar.i32, ar.flags = ar.i32[:0], ar.flags[:0]
}

// heldKey is a roster record and a folded position it holds.
type heldKey struct {
	record   int
	position string
}

// heldPositions is the roster's set of positions each record holds,
// empty.
func (ar *arena) heldPositions() map[heldKey]bool {
	if ar.held == nil {
		ar.held = map[heldKey]bool{}
	}
	return ar.held
}

// names is the roster's map from a folded name to its record, empty.
func (ar *arena) names() map[string]int {
	if ar.byName == nil {
		ar.byName = map[string]int{}
	}
	return ar.byName
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

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratch bounds what a pooled scratch keeps: a huge document's
// buffers are dropped rather than held for the rest of the run.
const maxScratch = 1 << 16

func (sc *scratch) release() {
	if cap(sc.toks) > maxScratch || cap(sc.ms) > maxScratch || cap(sc.hits) > 4*maxScratch || cap(sc.mem.i32) > 8*maxScratch || cap(sc.mem.flags) > 8*maxScratch {
		return
	}
	// Drop references into the finished document so it can be freed.
	// Only what this document used: the rest was cleared by the
	// documents before it.
	clear(sc.toks)
	clear(sc.ms)
	clear(sc.hits)
	clear(sc.matches)
	clear(sc.mem.spans)
	// A map keeps its memory when cleared; one grown by a huge document
	// is dropped instead.
	if len(sc.mem.prefixes) > maxScratch {
		sc.mem.prefixes = nil
	}
	clear(sc.mem.prefixes)
	if len(sc.mem.byName) > maxScratch || len(sc.mem.held) > maxScratch {
		sc.mem.byName, sc.mem.held = nil, nil
	}
	clear(sc.mem.byName)
	clear(sc.mem.held)
	clear(sc.mem.facts)
	// Keep the key's memory, not the document.
	if len(sc.ft.Key) > 8*maxScratch {
		sc.ft = fold.Text{}
	}
	sc.ft.Source = ""
	scratchPool.Put(sc)
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
