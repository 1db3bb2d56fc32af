package pipeline

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/fold"
	"github.com/vnextract/vnextract/pipeline/segment"
)

// window is the most text analyzed at once. The recognizer's tables
// take tens of bytes a byte of text (a token, its hits, its candidates),
// so a longer document is analyzed a window of whole sentences at a
// time and the results joined: its memory is then the document and its
// mentions plus one window's tables, whatever it holds. Names are
// linked to titles and references within a window, which is far more
// than a news article; a document under it is analyzed in one piece.
const window = 128 << 10

// analyzeWindows is analyze for a text of any length: one window at a
// time, with offsets, sentence numbers and persons joined as analyze
// would give them for the whole text.
func (p *Pipeline) analyzeWindows(text string, valid bool, doc *Document, tr *Trace, size int) {
	if len(text) <= size {
		p.analyze(text, valid, doc, tr)
		return
	}
	cuts, split := windows(text, size)
	if split {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("a sentence longer than %d KiB was cut to bound memory; an entity across the cut may be missed", size>>10))
	}
	doc.Text = text
	// The mentions go into one slice sized from the first window's
	// density: growing it by append from empty would allocate several
	// times the mentions on the way, and keeping every window's slice to
	// copy at the end would hold them twice.
	doc.Mentions = nil
	doc.Persons = doc.Persons[:0]
	doc.SentenceSpans = nil
	// byName joins a person named in several windows, as the roster
	// joins the mentions of one name.
	byName := map[string]int{}
	held := map[[2]string]bool{}
	// counts are a set in each window (distinctCounts); across windows too.
	type countKey struct {
		value        float64
		number       bool
		approx, unit string
	}
	counts := map[countKey]bool{}
	limit := maxMentions(len(text))
	cpBase, start := 0, 0
	for _, end := range cuts {
		part := text[start:end]
		var sub Document
		var subTrace *Trace
		if tr != nil {
			subTrace = &Trace{}
		}
		if len(doc.Mentions) >= limit {
			// Past the cap the text is only counted, so that offsets,
			// sentences and length still describe the whole document.
			skipWindow(part, valid, &sub)
		} else {
			p.analyze(part, valid, &sub, subTrace)
		}
		sentBase := doc.Sentences
		for _, s := range sub.SentenceSpans {
			doc.SentenceSpans = append(doc.SentenceSpans, [2]int{s[0] + cpBase, s[1] + cpBase})
		}
		doc.Sentences += sub.Sentences
		kept := sub.Mentions[:0]
		for _, m := range sub.Mentions {
			m.Start, m.End = m.Start+cpBase, m.End+cpBase
			m.ByteStart, m.ByteEnd = m.ByteStart+start, m.ByteEnd+start
			m.Sentence += sentBase
			if m.Type == Count {
				k := countKey{approx: m.Approx, unit: fold.String(m.Unit)}
				if m.Value != nil {
					k.value, k.number = *m.Value, true
				}
				if counts[k] {
					if tr != nil {
						tr.Dropped = append(tr.Dropped, TraceItem{Kind: string(m.Type), Text: m.Text, ByteStart: m.ByteStart, ByteEnd: m.ByteEnd, Sentence: m.Sentence, Rule: m.Rule, Reason: "repeats an earlier count"})
					}
					continue
				}
				counts[k] = true
			}
			kept = append(kept, m)
		}
		if doc.Mentions == nil {
			doc.Mentions = make([]Mention, 0, min(estimateMentions(len(kept), len(part), len(text)), limit))
		}
		if room := limit - len(doc.Mentions); len(kept) > room {
			kept = kept[:room]
			doc.Warnings = append(doc.Warnings, fmt.Sprintf(
				"stopped at %d mentions, at byte %d of %d: a document keeps at most one mention per %d bytes (plus %d) to bound memory; split it to get the rest",
				limit, kept[len(kept)-1].ByteEnd, len(text), mentionBytes, mentionBase))
		}
		doc.Mentions = append(doc.Mentions, kept...)
		for _, pr := range sub.Persons {
			for i := range pr.Mentions {
				pr.Mentions[i] += cpBase
			}
			pr.Sentence += sentBase
			key := fold.String(pr.Name)
			i, ok := byName[key]
			if !ok {
				byName[key] = len(doc.Persons)
				positions := pr.Positions[:0]
				for _, o := range pr.Positions {
					o.Start += cpBase
					held[[2]string{key, fold.String(o.Title)}] = true
					positions = append(positions, o)
				}
				pr.Positions = positions
				doc.Persons = append(doc.Persons, pr)
				continue
			}
			r := &doc.Persons[i]
			r.Mentions = append(r.Mentions, pr.Mentions...)
			if pr.Rank != nil {
				r.Rank = pr.Rank // the newest rank, as in one window
			}
			for _, o := range pr.Positions {
				if hk := [2]string{key, fold.String(o.Title)}; !held[hk] {
					held[hk] = true
					o.Start += cpBase
					r.Positions = append(r.Positions, o)
				}
			}
		}
		if tr != nil {
			for _, items := range []*[]TraceItem{&subTrace.Hits, &subTrace.Dropped} {
				for _, it := range *items {
					it.ByteStart, it.ByteEnd = it.ByteStart+start, it.ByteEnd+start
					it.Sentence += sentBase
					if items == &subTrace.Hits {
						tr.Hits = append(tr.Hits, it)
					} else {
						tr.Dropped = append(tr.Dropped, it)
					}
				}
			}
		}
		cpBase += sub.Length
		start = end
	}
	doc.Length = cpBase
}

// mentionBytes and mentionBase bound a long document's mentions: a
// Mention takes about 200 bytes, so past the base, one per mentionBytes
// bytes of text keeps them within a few times the text. Dense news text
// has one per 40 bytes or so; only lists of names repeated over
// megabytes come near the bound.
const (
	mentionBytes = 32
	mentionBase  = 1 << 16
)

func maxMentions(textLen int) int { return textLen/mentionBytes + mentionBase }

// skipWindow fills in what a window past the mention cap adds to its
// document: sentences and length, no mentions.
func skipWindow(part string, valid bool, sub *Document) {
	sents := segment.Sentences(part)
	cp := newCodePoints(part, valid)
	sub.Sentences = len(sents)
	for _, s := range sents {
		sub.SentenceSpans = append(sub.SentenceSpans, [2]int{cp.at(s.Start), cp.at(s.End)})
	}
	sub.Length = cp.at(len(part))
}

// estimateMentions extrapolates the n mentions of a first window of
// size bytes to a text of total bytes, with a tenth to spare, and never
// more than one mention per 8 bytes (a dense first window should not
// reserve memory for a sparse rest).
func estimateMentions(n, size, total int) int {
	est := int(float64(n)*float64(total)/float64(max(size, 1))*1.1) + 16
	return min(est, total/8+16)
}

// windows cuts text into pieces of at most size bytes that end where a
// sentence ends, and returns each piece's end. A sentence longer than
// size is cut at a space, or failing that at a character boundary, and
// split says so.
func windows(text string, size int) (ends []int, split bool) {
	start := 0
	for _, s := range segment.Sentences(text) {
		for s.End-start > size {
			// The sentences so far fill the window; when there are none,
			// the sentence itself is cut.
			if s.Start > start {
				ends = append(ends, s.Start)
				start = s.Start
				continue
			}
			cut := start + size
			if i := strings.LastIndexAny(text[start:cut], " \t\n"); i > 0 {
				cut = start + i + 1
			}
			for cut > start+1 && !utf8.RuneStart(text[cut]) {
				cut--
			}
			ends = append(ends, cut)
			start, split = cut, true
		}
	}
	return append(ends, len(text)), split
}
