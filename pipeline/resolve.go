package pipeline

// The resolver: the recognizer's entities and the rules' matches are
// candidates that may overlap, and these preferences decide, in one
// place (nestReason), which of two overlapping candidates stays. What
// loses is recorded with the reason and the winner's rule for explain.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vnextract/vnextract/pipeline/fold"
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
func dropNested(ms []pending, order []int32, keyBuf *[]spanKey, dropBuf *[]bool, tr *Trace, text string) []int32 {
	// A packed key (start up, then end down) sorts in one comparison.
	keys := (*keyBuf)[:0]
	for i := range ms {
		keys = append(keys, spanKey{key: uint64(ms[i].bs)<<32 | uint64(^uint32(ms[i].be)), i: int32(i)})
	}
	*keyBuf = keys
	slices.SortFunc(keys, func(x, y spanKey) int {
		return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.i, y.i))
	})
	for _, k := range keys {
		order = append(order, k.i)
	}
	drop := slices.Grow((*dropBuf)[:0], len(ms))[:len(ms)]
	clear(drop)
	*dropBuf = drop
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
	case m.typ == o.typ && inside && m.bs == o.bs:
		// "Luật Sửa đổi, bổ sung … của Luật Sĩ quan": the amending law's
		// own first words name no law it amends.
		return "the first words of an amending " + string(o.typ)
	case (m.typ == Date || m.typ == Count) && o.typ == Term && (inside || m.bs == o.bs && m.be == o.be):
		return "part of a term"
	case m.typ == Position && o.typ == Law && inside:
		return "a title inside a law's name (Pháp lệnh Thẩm phán và Hội thẩm)"
	case m.typ == Organization && o.typ == Law && inside && strings.HasPrefix(m.rule, "orgheads.txt") && strings.TrimSpace(fold.String(text[o.bs:m.bs])) == "luật":
		// "Luật Biên phòng Việt Nam": the field a law is named by; a
		// listed body keeps its place ("Luật Công an nhân dân").
		return "the field a law is named by"
	case m.typ == Organization && o.typ == Law && m.bs == o.bs:
		return "the first words of a law's title (Bộ luật)"
	case m.typ == Location && o.typ == Law && m.bs == o.bs:
		return "the first word of a law's title (Pháp lệnh)"
	case m.typ == Count && o.typ == Law && overlaps(m, o) && !(o.keepInner && inside):
		// ("… của 10 luật có liên quan đến an ninh, trật tự": the laws
		// an amending law counts are counted.)
		return "part of a law's name or number"
	case m.typ == Organization && o.typ == Law && inside && issuerCode(text[o.bs:m.bs]):
		return "the issuer code of a document number"
	case m.typ == Count && (o.typ == Date || o.typ == Person || o.typ == Rank && o.bs <= m.bs) && overlaps(m, o):
		// "1 đại tướng và 5 thượng tướng" counts people by their rank:
		// a count that starts before the rank stays.
		return "overlaps a " + string(o.typ)
	case m.typ == Count && o.typ == Location && o.bs == m.bs:
		// "Ba Lan tiết kiệm …": a number word that starts a place's name
		// (Poland) counts nothing.
		return "starts a place's name"
	case m.typ == Count && (o.typ == Organization || o.typ == Position || o.typ == Location) && o.bs < m.bs && m.bs < o.be && o.be < m.be:
		// "Vùng Cảnh sát biển 3 nói riêng", "thôn 2, 3, 4 xã": the unit's
		// or place's number, not a count.
		return "starts inside a " + string(o.typ)
	}
	return ""
}

// issuerCode says whether a document's text before a body's name ends
// in its number's slash or dash, also with a space after the dash:
// "245/QĐ-BQP", "5092/QĐ- UBND".
func issuerCode(before string) bool {
	before = strings.TrimSuffix(before, " ")
	return strings.HasSuffix(before, "-") || strings.HasSuffix(before, "/")
}

func traceDrop(tr *Trace, m, o *pending, reason, text string) {
	if tr != nil {
		tr.Dropped = append(tr.Dropped, TraceItem{Kind: string(m.typ), Text: text[m.bs:m.be], ByteStart: m.bs, ByteEnd: m.be, Rule: m.rule, Reason: reason + " (" + o.rule + ")"})
	}
}

func overlaps(a, b *pending) bool { return a.bs < b.be && b.bs < a.be }

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
