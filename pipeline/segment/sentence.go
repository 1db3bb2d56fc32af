package segment

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences. Every byte of text that is not white
// space (as defined by [unicode.IsSpace]) lies in exactly one sentence; the
// spans are in order and trimmed of surrounding white space.
//
// A line break always ends a sentence, since news text puts headlines,
// captions and datelines on lines of their own. Within a line, ".", "!",
// "?", "…" or "..." end a sentence when followed by white space and then an
// uppercase letter, a digit, a quote or an opening bracket; closing quotes and
// brackets after the terminator stay in the sentence. A single "." does not
// end a sentence after an abbreviation ("TP.", "TS.", "PGS.TS.", "v.v.", a
// capital initial such as "A.") or after a list number that opens the
// sentence ("1.", "2.1.", "II.").
func Sentences(text string) []Span {
	// News sentences run about a hundred bytes: sizing out for that
	// spares the reallocations of growing it from nothing.
	out := make([]Span, 0, 4+len(text)/128)
	start := -1 // start of the open sentence, or -1 between sentences
	end := 0    // end of the last non-space rune of the open sentence
	for i := 0; i < len(text); {
		// Most characters neither end a sentence nor are space: skip
		// them in bulk.
		if j := ordinaryRun(text, i); j > i {
			if start < 0 {
				start = i
			}
			end, i = j, j
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size == 1 {
				r = -1 // an invalid byte is not space and belongs to a sentence
			}
		}
		if isLineBreak(r) {
			if start >= 0 {
				out = append(out, Span{start, end})
				start = -1
			}
			i += size
			continue
		}
		if r >= 0 && isSpace(r) {
			i += size
			continue
		}
		if start < 0 {
			start = i
		}
		if !isTerminator(r) {
			end = i + size
			i += size
			continue
		}
		k, stop := terminatorEnds(text, start, i)
		end = k
		if stop {
			out = append(out, Span{start, end})
			start = -1
		}
		i = k
	}
	if start >= 0 {
		out = append(out, Span{start, end})
	}
	return out
}

// ordinaryRun returns the end of the run of characters from text[i] on
// that Sentences need not look at: neither space, line break nor
// terminator. Single ASCII spaces between such characters are part of the
// run, so that Sentences skips a line's words in one call rather than
// one call a word; the run still ends on its last non-space character.
//
// It steps byte by byte, told by a table, and decodes nothing: the few
// characters above ASCII that Sentences must see are checked at their
// lead byte, and every other byte of 0x80 or more is ordinary, whether it
// belongs to a letter or is invalid, which Sentences also passes over. A
// step per byte rather than per character keeps the loop's branches
// predictable on Vietnamese, whose letters are one, two or three bytes
// long in turn.
func ordinaryRun(text string, i int) int {
	start, end := i, i // end: end of the last character of the run
	for i < len(text) {
		switch leadClass[text[i]] {
		case ordByte:
			i++
			end = i
			continue
		case ordSpace:
			// A space counts only between two characters of the run: one
			// before it, and then one after it, or end stays put.
			if i != end || end == start {
				return end
			}
			i++
			continue
		case ordC2:
			// U+0085 (NEL) and U+00A0 (NBSP).
			if i+1 < len(text) && (text[i+1] == 0x85 || text[i+1] == 0xA0) {
				return end
			}
		case ordE1:
			// U+1680, the Ogham space mark.
			if i+2 < len(text) && text[i+1] == 0x9A && text[i+2] == 0x80 {
				return end
			}
		case ordE2:
			// The spaces U+2000–U+200A, U+202F and U+205F, the line and
			// paragraph separators and the ellipsis.
			if i+2 < len(text) {
				if c1, c2 := text[i+1], text[i+2]; c1 == 0x80 && (c2 >= 0x80 && c2 <= 0x8A || c2 == 0xA6 || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) || c1 == 0x81 && c2 == 0x9F {
					return end
				}
			}
		case ordE3:
			// U+3000, the ideographic space.
			if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x80 {
				return end
			}
		default:
			return end
		}
		i++
		end = i
	}
	return end
}

// The classes of leadClass.
const (
	ordStop  = iota // ASCII space, line break or terminator
	ordByte         // any other byte but the lead bytes below
	ordSpace        // ' '
	ordC2           // lead byte of U+0080–U+00BF
	ordE1           // lead byte of U+1000–U+1FFF
	ordE2           // lead byte of U+2000–U+2FFF
	ordE3           // lead byte of U+3000–U+3FFF
)

// leadClass classes each byte for ordinaryRun.
var leadClass = func() (t [256]uint8) {
	for c := range t {
		r := rune(c)
		if c >= utf8.RuneSelf || !isSpace(r) && !isLineBreak(r) && !isTerminator(r) {
			t[c] = ordByte
		}
	}
	t[' '] = ordSpace
	t[0xC2] = ordC2
	t[0xE1] = ordE1
	t[0xE2] = ordE2
	t[0xE3] = ordE3
	return t
}()

// terminatorEnds looks at the run of terminators starting at text[i], inside
// the sentence that starts at start. It returns the end of the run plus any
// closing quotes or brackets, and whether the sentence ends there.
func terminatorEnds(text string, start, i int) (k int, stop bool) {
	j := i
	dots := 0   // number of "." in the run
	others := 0 // number of other terminators in the run
	for j < len(text) {
		if text[j] == '.' {
			dots++
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if r != '!' && r != '?' && r != '…' {
			break
		}
		others++
		j += n
	}
	k = j
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !isCloser(r) {
			break
		}
		k += n
	}
	// The next sentence must start after horizontal space on the same line.
	m := k
	for m < len(text) {
		r, n := utf8.DecodeRuneInString(text[m:])
		if r == utf8.RuneError && n == 1 || isLineBreak(r) || !isSpace(r) {
			break
		}
		m += n
	}
	if m == k || m == len(text) {
		return k, false
	}
	r, n := utf8.DecodeRuneInString(text[m:])
	if r == utf8.RuneError && n == 1 || !isStarter(r) {
		return k, false
	}
	if dots == 1 && others == 0 {
		w := wordBefore(text, start, i)
		if abbrevBeforeDot(w) {
			return k, false
		}
		if i-len(w) == start && isEnumerator(w) {
			return k, false
		}
	}
	return k, true
}

// wordBefore returns the word that ends at text[i], not reaching before
// start: letters, marks, digits and the dots, slashes and hyphens inside
// abbreviations and numbers.
func wordBefore(text string, start, i int) string {
	j := i
	for j > start {
		r, n := utf8.DecodeLastRuneInString(text[start:j])
		if r != '.' && r != '/' && r != '-' && !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
			break
		}
		j -= n
	}
	return text[j:i]
}

// isSpace reports whether r is white space; it has an ASCII fast path.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// isTerminator reports whether r can end a sentence.
func isTerminator(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// isCloser reports whether r is a closing quote or bracket that stays with
// the sentence it follows.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›':
		return true
	}
	return false
}

// isStarter reports whether r can begin a sentence after a terminator.
func isStarter(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r)
}

// SentenceIndex returns the index of the sentence in sents that contains
// byte offset off, or -1 when off lies outside every sentence. sents must be
// ordered and non-overlapping, as [Sentences] returns them; the search is
// binary.
func SentenceIndex(sents []Span, off int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if i < len(sents) && sents[i].Start <= off {
		return i
	}
	return -1
}
