package rules

import (
	"regexp"
	"strings"
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

	find   finder
	parse  parseFunc            // nil: no value
	groups [numGroupNames][]int // find.group of each groupName

	notBefore, notAfter *regexp.Regexp
	// Automata for the two, when they can be built (see dfa).
	notBeforeDFA, notAfterDFA *dfa
	before, after             int // bytes of context they need to see
	notAfterName              bool
	// letterCase is "upper" (the span starts with a capital), "lower"
	// (it does not, unless it opens a sentence) or "".
	letterCase string
	keepInner  bool
}

// context bounds how many key bytes before and after a span not_before
// and not_after see; each sees as much as its pattern can match.
const context = 160

// doc is the text one Apply call reads. Its ToSource and Span map key
// offsets through a cursor, which is quick because rules look at the
// text from start to end; the results are those of fold.Text's.
type doc struct {
	*fold.Text
	cur fold.Cursor
}

func (d *doc) ToSource(p int) int       { return d.cur.ToSource(p) }
func (d *doc) Span(s, e int) (a, b int) { return d.cur.Span(s, e) }

// hit is a match being checked: its span in key offsets and its groups.
type hit struct {
	t          *doc
	r          *rule
	start, end int
	groups     []int
	number     float64 // what Value.Number points to, until Apply moves it
}

// span returns the key span of the first group with a name that took
// part in the match, or -1, -1.
func (h *hit) span(name groupName) (int, int) {
	for _, i := range h.r.groups[name] {
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

// run tries the rule at key offset p and appends what it finds to
// sc.cands.
func (r *rule) run(t *doc, p int, sc *scratch) {
	key := t.Key
	end, ok := r.find.match(key, p)
	if !ok {
		return
	}
	s, e := p, end
	var groups []int
	if g := r.find.spanGroup(); g != 0 {
		groups = r.find.submatch(sc.groups[:0], key, p, end, &sc.capture)
		sc.groups = groups
		if 2*g+1 >= len(groups) || groups[2*g] < 0 {
			return
		}
		s, e = groups[2*g], groups[2*g+1]
	}
	if s >= e || !boundary(key, s) || !boundary(key, e) {
		return
	}
	if r.notAfter != nil {
		after := key[e:runeStart(key, min(len(key), e+r.after))]
		if r.notAfterDFA != nil && r.notAfterDFA.matches(after) || r.notAfterDFA == nil && r.notAfter.MatchString(after) {
			return
		}
	}
	if r.notBefore != nil {
		before := key[runeStart(key, max(0, s-r.before)):s]
		matched, ok := false, false
		if r.notBeforeDFA != nil {
			matched, ok = r.notBeforeDFA.matchesReversed(before)
		}
		if !ok {
			sc.buf = reverseRunes(sc.buf[:0], before)
			matched = r.notBefore.Match(sc.buf)
		}
		if matched {
			return
		}
	}
	switch r.letterCase {
	case "upper":
		if !upperAt(t, s) {
			return
		}
	case "lower":
		if upperAt(t, s) && !sentenceStart(key, s) {
			return
		}
	}
	if r.notAfterName && afterName(t, s) && !countedAt(key, e) && !sumAt(key, s, e) {
		return
	}
	if r.parse != nil && groups == nil {
		groups = r.find.submatch(sc.groups[:0], key, p, end, &sc.capture)
		sc.groups = groups
	}
	h := &sc.hit
	*h = hit{t: t, r: r, start: s, end: e, groups: groups}
	var v Value
	if r.parse != nil {
		if v, ok = r.parse(h); !ok {
			return
		}
	}
	c := cand{Match: Match{Type: r.typ, Start: h.start, End: h.end, Rule: r.id,
		Source: r.source, Priority: r.priority, Value: v, KeepInner: r.keepInner}}
	if v.Number != nil {
		c.number, c.hasNumber = *v.Number, true
		c.Value.Number = nil
	}
	sc.cands = append(sc.cands, c)
}

// isWordRune says whether r is part of a word: a letter, digit or mark.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	case 0xC0 <= r && r <= 0x24F: // Latin-1 letters, Latin Extended-A/B (ă, đ, ơ, ư)
		return r != 0xD7 && r != 0xF7
	case 0x1EA0 <= r && r <= 0x1EF9: // Vietnamese letters with tone marks
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// wordEnd returns the end of the word starting at s[p:], or p when no word
// starts there.
func wordEnd(s string, p int) int {
	for p < len(s) {
		// Fast paths for ASCII and the two- and three-byte forms of
		// Vietnamese letters (U+00C0–U+01BF, U+1E80–U+1EFF).
		switch c := s[p]; {
		case c < utf8.RuneSelf:
			if !asciiWord[c] {
				return p
			}
			p++
			continue
		case 0xC3 <= c && c <= 0xC6 && p+1 < len(s) && s[p+1] >= 0x80 && s[p+1] < 0xC0 && !(c == 0xC3 && (s[p+1] == 0x97 || s[p+1] == 0xB7)):
			p += 2
			continue
		case c == 0xE1 && p+2 < len(s) && (s[p+1] == 0xBA || s[p+1] == 0xBB) && s[p+2] >= 0x80 && s[p+2] < 0xC0:
			p += 3
			continue
		}
		r, n := decodeRune(s, p)
		if !isWordRune(r) {
			break
		}
		p += n
	}
	return p
}

// wordAt says whether a word starts at s[p:], as wordEnd(s, p) > p does
// without reading the whole word.
func wordAt(s string, p int) bool {
	if p >= len(s) {
		return false
	}
	if c := s[p]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeRuneInString(s[p:])
	return isWordRune(r)
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
	if c := s[p-1]; c < utf8.RuneSelf && !asciiWord[c] {
		return true
	}
	if !wordAt(s, p) {
		return true
	}
	a, _ := utf8.DecodeLastRuneInString(s[:p])
	return !isWordRune(a)
}

// runeStart moves p back to the start of the rune it falls in.
func runeStart(s string, p int) int {
	for p > 0 && p < len(s) && !utf8.RuneStart(s[p]) {
		p--
	}
	return p
}

// lowerAt says whether the source letter at key offset p is lower case
// (a digit or a mark is neither).
func lowerAt(t *doc, p int) bool {
	c, _ := utf8.DecodeRuneInString(t.Source[t.ToSource(p):])
	return unicode.IsLower(c)
}

// upperAt says whether the source letter at key offset p is upper case.
func upperAt(t *doc, p int) bool {
	c, _ := utf8.DecodeRuneInString(t.Source[t.ToSource(p):])
	return unicode.IsUpper(c)
}

// shoutAt says whether the word at key offsets [p, e) is written in
// capitals, min letters or more, as a headline in capitals writes it.
func shoutAt(t *doc, p, e, min int) bool {
	src := t.Source[t.ToSource(p):t.ToSource(e)]
	letters := 0
	for _, r := range src {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= min
}

// shoutAfter says whether the word after the number starting at key
// offset s is a word of three capitals or more: the number stands inside
// a headline ("PHÁ 3 ĐƯỜNG DÂY"), not in a code ("NA 70517 TS").
func shoutAfter(t *doc, s int) bool {
	e := s
	for e < len(t.Key) && t.Key[e] != ' ' {
		e++
	}
	q := nextWord(t.Key, e)
	if q < 0 {
		return false
	}
	return shoutAt(t, q, wordEnd(t.Key, q), 3)
}

// afterName says whether the key span starting at s directly follows a
// proper name: the word before it, or the one before that when it is in
// lower case and not a function word ("Quân khu 7"), is capitalized in
// the source and does not open a sentence ("Nhân dịp 37 năm" is not a
// name).
// countedAt says whether a noun that a number counts follows the number
// ending at e ("Ban Thường vụ 5 | đồng chí").
// sumAt says whether the number [s, e) is a sum of money or a quantity
// no unit is numbered by: its thousands grouped with dots, or a sum in
// "đồng" after it ("xã Đại Phạm 98.926.000 đồng").
func sumAt(key string, s, e int) bool {
	return strings.Contains(key[s:e], ".") || strings.HasPrefix(key[e:], " đồng")
}

func countedAt(key string, e int) bool {
	return e+1 < len(key) && key[e] == ' ' && CountNounAt(key, e+1)
}

// CountNounAt says whether a noun that a number before it counts starts
// at key offset p (data/count-nouns.txt): the recognizer ends a body's
// name before such a number ("Ban Thường vụ | 5 đồng chí").
func CountNounAt(key string, p int) bool {
	return p < len(key) && stopAt(countNouns(), key, p)
}

func afterName(t *doc, s int) bool {
	key := t.Key
	// "Lễ Kỷ niệm 30 năm": an anniversary's years, not a unit's number.
	if strings.HasSuffix(key[:s], "kỷ niệm ") {
		return false
	}
	for n := range 2 {
		if s < 2 || key[s-1] != ' ' {
			return false
		}
		ws := wordStart(key, s-1)
		if ws == s-1 {
			return false
		}
		if upperAt(t, ws) {
			// "khóa XVII bầu 17 đồng chí": a Roman number, with a word
			// between, names no unit the number belongs to.
			if n == 1 && strings.Trim(key[ws:s-1], "ivxlc") == "" {
				return false
			}
			// "TRIỆT PHÁ 3 ĐƯỜNG DÂY": in a headline in capitals every
			// word is capitalized, and none is a name by that.
			if shoutAt(t, ws, s-1, 2) && shoutAfter(t, s) {
				return false
			}
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

// reverseRunes appends the runes of s in reverse order to dst.
func reverseRunes(dst []byte, s string) []byte {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, s[len(s)-1])
		} else {
			dst = utf8.AppendRune(dst, r)
		}
		s = s[:len(s)-n]
	}
	return dst
}
