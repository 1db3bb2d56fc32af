package rules

import (
	"regexp"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// rule is one compiled rule.
type rule struct {
	id, typ   string
	file      string
	line, col int
	source    string // "file:line"
	priority  int

	find  finder
	parse parseFunc // nil: no value

	notBefore, notAfter *regexp.Regexp
	notAfterName        bool
	// letterCase is "upper" (the span starts with a capital), "lower"
	// (it does not, unless it opens a sentence) or "".
	letterCase string
	keepInner  bool
}

// context is how many key bytes before and after a span not_before and
// not_after see.
const context = 64

// hit is a match being checked: its span in key offsets and its groups.
type hit struct {
	t          *fold.Text
	r          *rule
	start, end int
	groups     []int
}

// span returns the key span of the first group with a name that took
// part in the match, or -1, -1.
func (h *hit) span(name string) (int, int) {
	for _, i := range h.r.find.group(name) {
		if 2*i+1 < len(h.groups) && h.groups[2*i] >= 0 {
			return h.groups[2*i], h.groups[2*i+1]
		}
	}
	return -1, -1
}

// source returns the source text of a key span.
func (h *hit) source(s, e int) string {
	a, b := h.t.Span(s, e)
	return h.t.Source[a:b]
}

// run tries the rule at key offset p and appends what it finds to cs.
func (r *rule) run(t *fold.Text, p int, cs []cand) []cand {
	key := t.Key
	s, e, groups, ok := r.find.match(key, p)
	if !ok || s >= e || !boundary(key, s) || !boundary(key, e) {
		return cs
	}
	if r.notBefore != nil && r.notBefore.MatchString(key[runeStart(key, max(0, s-context)):s]) {
		return cs
	}
	if r.notAfter != nil && r.notAfter.MatchString(key[e:runeStart(key, min(len(key), e+context))]) {
		return cs
	}
	switch r.letterCase {
	case "upper":
		if !upperAt(t, s) {
			return cs
		}
	case "lower":
		if upperAt(t, s) && !sentenceStart(key, s) {
			return cs
		}
	}
	if r.notAfterName && afterName(t, s) {
		return cs
	}
	h := hit{t: t, r: r, start: s, end: e, groups: groups}
	var v Value
	if r.parse != nil {
		if v, ok = r.parse(&h); !ok {
			return cs
		}
	}
	return append(cs, cand{
		Match: Match{Type: r.typ, Start: h.start, End: h.end, Rule: r.id,
			Source: r.source, Priority: r.priority, Value: v},
		keepInner: r.keepInner,
	})
}

// isWordRune says whether r is part of a word: a letter, digit or mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the word starting at s[p:], or p when no word
// starts there.
func wordEnd(s string, p int) int {
	for p < len(s) {
		r, n := decodeRune(s, p)
		if !isWordRune(r) {
			break
		}
		p += n
	}
	return p
}

// wordStart returns the start of the word ending at s[:p], or p.
func wordStart(s string, p int) int {
	for p > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:p])
		if !isWordRune(r) {
			break
		}
		p -= n
	}
	return p
}

func decodeRune(s string, p int) (rune, int) {
	if c := s[p]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[p:])
}

// boundary says whether offset p does not cut a word in two.
func boundary(s string, p int) bool {
	if p <= 0 || p >= len(s) {
		return true
	}
	a, _ := utf8.DecodeLastRuneInString(s[:p])
	b, _ := decodeRune(s, p)
	return !isWordRune(a) || !isWordRune(b)
}

// runeStart moves p back to the start of the rune it falls in.
func runeStart(s string, p int) int {
	for p > 0 && p < len(s) && !utf8.RuneStart(s[p]) {
		p--
	}
	return p
}

// upperAt says whether the source letter at key offset p is upper case.
func upperAt(t *fold.Text, p int) bool {
	c, _ := utf8.DecodeRuneInString(t.Source[t.ToSource(p):])
	return unicode.IsUpper(c)
}

// afterName says whether the key span starting at s directly follows a
// proper name: the word before it, or the one before that when it is in
// lower case and not a function word ("Quân khu 7"), is capitalized in
// the source and does not open a sentence ("Nhân dịp 37 năm" is not a
// name).
func afterName(t *fold.Text, s int) bool {
	key := t.Key
	for range 2 {
		if s < 2 || key[s-1] != ' ' {
			return false
		}
		ws := wordStart(key, s-1)
		if ws == s-1 {
			return false
		}
		if upperAt(t, ws) {
			return !sentenceStart(key, ws)
		}
		if stopAt(unitStop(), key, ws) {
			return false // "hạng Nhì cho 3 tập thể"
		}
		s = ws
	}
	return false
}

// sentenceStart says whether the word at key offset p opens a sentence,
// a line, a bracket, a quotation or a dateline ("(PLO)- Nhân dịp").
func sentenceStart(key string, p int) bool {
	if p > 0 && key[p-1] == ' ' {
		p--
	}
	if p == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(key[:p])
	switch r {
	case '.', '!', '?', ':', '\n', '"', '\'', '(', '[', '-', '…':
		return true
	}
	return false
}
