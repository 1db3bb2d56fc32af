package pipeline

import (
	"cmp"
	"fmt"
	"github.com/vnextract/vnextract/pipeline/recognize"
	"math/bits"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/fold"
	"github.com/vnextract/vnextract/pipeline/segment"
	"github.com/vnextract/vnextract/rules"
)

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
	sc.keys = sc.keys[:0]
	f := p.recognizer.Run(ft, text, sents, &sc.rec, tr != nil)
	if tr != nil {
		f.Hits(func(h recognize.Hit) {
			tr.Hits = append(tr.Hits, TraceItem{Kind: h.Kind, Text: text[h.ByteStart:h.ByteEnd], ByteStart: h.ByteStart, ByteEnd: h.ByteEnd, Rule: h.Rule})
		})
		for _, l := range f.Chart() {
			reason := l.Reason
			if w := l.Winner; w.ByteEnd > 0 {
				reason += fmt.Sprintf(": lost to %s %q (%s)", w.Type, text[w.ByteStart:w.ByteEnd], w.Rule)
			}
			tr.Dropped = append(tr.Dropped, TraceItem{Kind: string(l.Type), Text: text[l.ByteStart:l.ByteEnd], ByteStart: l.ByteStart, ByteEnd: l.ByteEnd, Rule: l.Rule, Reason: l.Stage + ": " + reason})
		}
	}

	matches := p.rules.Apply(ft, sc.matches[:0])
	sc.matches = matches
	ms := sc.ms[:0]
	if need := f.Len() + len(matches); cap(ms) < need {
		ms = make([]pending, 0, need)
	}
	for i := range f.Len() {
		sp := f.Span(i)
		if sp.Type == "" {
			continue
		}
		bs, be := sp.ByteStart, sp.ByteEnd
		ms = append(ms, pending{typ: Type(sp.Type), rule: sp.Rule, canon: canonical(sp.Canonical, text[bs:be]), match: -1, bs: bs, be: be})
	}
	for k, m := range matches {
		ms = append(ms, pending{typ: Type(m.Type), rule: m.Rule, match: k, bs: m.Start, be: m.End, keepInner: m.KeepInner})
	}
	sc.ms = ms
	order := dropNested(ms, sc.order[:0], &sc.keys, &sc.drop, tr, text)
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
	doc.Persons = roster(f, text, cp, sc)
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
func roster(f *recognize.Result, text string, cp *codePoints, sc *scratch) []PersonRecord {
	out := make([]PersonRecord, 0, f.Persons())
	// index finds a name's record, held the folded positions each record
	// has.
	index, held := sc.names(), sc.heldPositions()
	for k := range f.Persons() {
		p := f.Person(k)
		bs, be := p.NameStart, p.NameEnd
		rec, ok := index[p.Key]
		if !ok {
			rec = len(out)
			index[p.Key] = rec
			out = append(out, PersonRecord{Name: text[bs:be], Positions: []Office{}, Sentence: p.Sentence})
		}
		r := &out[rec]
		r.Mentions = append(r.Mentions, cp.at(bs))
		if p.Rank >= 0 {
			sp := f.Span(p.Rank)
			// A new string only when the rank changes: most repeat it.
			if rank := text[sp.ByteStart:sp.ByteEnd]; r.Rank == nil || *r.Rank != rank {
				newRank := rank
				r.Rank = &newRank
			}
		}
		for _, ps := range p.Positions {
			hk := heldKey{rec, f.Key(ps)}
			if held[hk] {
				continue
			}
			held[hk] = true
			sp := f.Span(ps)
			o := Office{Title: text[sp.ByteStart:sp.ByteEnd], Former: p.Former(ps), Start: cp.at(sp.ByteStart)}
			if sp.OrganizationStart >= 0 {
				o.Organization = text[sp.OrganizationStart:sp.ByteEnd]
			}
			r.Positions = append(r.Positions, o)
		}
	}
	return out
}

// scratch holds one document's working slices; analyze takes one from
// the pool and gives it back, so a worker reuses the same memory from
// document to document.
type scratch struct {
	ft      fold.Text
	rec     recognize.Scratch
	matches []rules.Match
	ms      []pending
	order   []int32
	keys    []spanKey
	drop    []bool
	// byName is the roster's index of names and held the positions each
	// record holds; their keys point into a document, so release clears
	// them.
	byName map[string]int
	held   map[heldKey]bool
}

// heldKey is a roster record and a folded position it holds.
type heldKey struct {
	record   int
	position string
}

// heldPositions is the roster's set of positions each record holds,
// empty.
func (sc *scratch) heldPositions() map[heldKey]bool {
	if sc.held == nil {
		sc.held = map[heldKey]bool{}
	}
	return sc.held
}

// names is the roster's map from a folded name to its record, empty.
func (sc *scratch) names() map[string]int {
	if sc.byName == nil {
		sc.byName = map[string]int{}
	}
	return sc.byName
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratch bounds what a pooled scratch keeps: a huge document's
// buffers are dropped rather than held for the rest of the run.
const maxScratch = 1 << 16

func (sc *scratch) release() {
	if !sc.rec.Release() || cap(sc.ms) > maxScratch {
		return
	}
	// Drop references into the finished document so it can be freed.
	// Only what this document used: the rest was cleared by the
	// documents before it.
	clear(sc.ms)
	clear(sc.matches)
	// A map keeps its memory when cleared; one grown by a huge document
	// is dropped instead.
	if len(sc.byName) > maxScratch || len(sc.held) > maxScratch {
		sc.byName, sc.held = nil, nil
	}
	clear(sc.byName)
	clear(sc.held)
	// Keep the key's memory, not the document.
	if len(sc.ft.Key) > 8*maxScratch {
		sc.ft = fold.Text{}
	}
	sc.ft.Source = ""
	scratchPool.Put(sc)
}
