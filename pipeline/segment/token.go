package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// Tokens returns the tokens of text; it is AppendTokens(nil, text,
// Span{0, len(text)}).
func Tokens(text string) []Token {
	return AppendTokens(nil, text, Span{0, len(text)})
}

// AppendTokens appends the tokens of text[span.Start:span.End] to dst and
// returns the extended slice. Offsets stay relative to text, not to the span.
// It allocates only when dst has no room for the tokens, so a caller that
// reuses dst[:0] across calls tokenizes without allocating. A span that
// reaches outside text is clipped to it.
//
// Tokens follow the Unicode word boundaries of UAX #29 and then merge the
// forms that Vietnamese news writes without spaces: dotted abbreviations
// ("TP.", "Th.S", "PGS.TS", "Q.1", "TP.HCM", "v.v."), numbers and dates
// ("1.234.567", "368,7", "27/1/2022", "5-8", "2021-2026", "98%"), document
// numbers ("72/2014/QH13", "35-NQ/TW", "245/QĐ-BQP") and hyphenated codes
// ("Covid-19", "PK-KQ"). White space is not a token; each punctuation mark
// is one token, except that a run of dots ("...") is one.
func AppendTokens(dst []Token, text string, span Span) []Token {
	start, end := span.Start, span.End
	start = max(start, 0)
	end = min(end, len(text))
	if start >= end {
		return dst
	}
	l := lexer{text: text, off: start, it: words.FromString(text[start:end])}
	for {
		t, ok := l.peek(0)
		if !ok {
			return dst
		}
		l.pop()
		dst = append(dst, l.merge(t))
	}
}

// raw is one non-space UAX #29 word-boundary segment, in absolute offsets.
type raw struct{ start, end int }

// lexer turns UAX #29 segments into tokens. It keeps a few segments of
// lookahead in a fixed array so that tokenizing does not allocate.
type lexer struct {
	text string
	off  int // offset in text of the iterator's input
	it   *words.Iterator[string]
	q    [6]raw
	n    int
}

// peek returns the k-th segment ahead (k < 3) without consuming it.
func (l *lexer) peek(k int) (raw, bool) {
	for l.n <= k {
		if !l.fill() {
			return raw{}, false
		}
	}
	return l.q[k], true
}

// pop consumes the first segment ahead.
func (l *lexer) pop() {
	copy(l.q[:], l.q[1:l.n])
	l.n--
}

// fill reads the next non-space segment into the lookahead queue.
func (l *lexer) fill() bool {
	for l.it.Next() {
		s, e := l.off+l.it.Start(), l.off+l.it.End()
		if c := l.text[s]; c < utf8.RuneSelf && c > ' ' {
			// The common case: a segment that starts with a visible ASCII
			// character.
		} else if s = skipSpace(l.text, s, e); s == e {
			continue
		}
		// A segment may begin with white space and go on with combining
		// marks, which UAX #29 attaches to whatever precedes them; the marks
		// still form a token, so that every non-space byte is in one.
		w := l.text[s:e]
		if d := abbrevNameSplit(w); d > 0 {
			// "TP.Biên" is the abbreviation "TP." followed by a name, which
			// UAX #29 glued because a dot between letters joins them.
			l.q[l.n] = raw{s, s + d}
			l.q[l.n+1] = raw{s + d, s + d + 1}
			l.q[l.n+2] = raw{s + d + 1, e}
			l.n += 3
			return true
		}
		l.q[l.n] = raw{s, e}
		l.n++
		return true
	}
	return false
}

// skipSpace returns the offset of the first rune in text[s:e] that is not
// white space, or e.
func skipSpace(text string, s, e int) int {
	for s < e {
		r, n := rune(text[s]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[s:e])
			if r == utf8.RuneError && n == 1 {
				return s
			}
		}
		if !isSpace(r) {
			return s
		}
		s += n
	}
	return e
}

// abbrevNameSplit returns the index of the first dot in w when w is an
// abbreviation glued to a capitalised name ("TP.Biên", "Q.Ba"), or 0.
func abbrevNameSplit(w string) int {
	d := strings.IndexByte(w, '.')
	if d <= 0 || d == len(w)-1 {
		return 0
	}
	head := w[:d]
	if r, ok := singleLetter(head); !(ok && unicode.IsUpper(r)) && !dotAbbrev(head) {
		return 0
	}
	next := w[d+1:]
	if i := strings.IndexByte(next, '.'); i >= 0 {
		next = next[:i]
	}
	if !isName(next) {
		return 0
	}
	return d
}

// merge builds the token that starts with segment t, consuming the segments
// that join it.
func (l *lexer) merge(t raw) Token {
	text := l.text
	w := text[t.start:t.end]
	r0, _ := utf8.DecodeRuneInString(w)
	if w == "." {
		end := t.end
		for {
			a, ok := l.peek(0)
			if !ok || a.start != end || text[a.start:a.end] != "." {
				break
			}
			l.pop()
			end = a.end
		}
		return Token{t.start, end, Punct}
	}
	if !unicode.IsLetter(r0) && !unicode.IsDigit(r0) {
		if r0 != utf8.RuneError && unicode.IsPunct(r0) {
			return Token{t.start, t.end, Punct}
		}
		return Token{t.start, t.end, Symbol}
	}

	tok := Token{t.start, t.end, Word}
	seg := t.start        // start of the last part joined by "-" or "/"
	joined := false       // parts were joined by "-" or "/"
	allCodes := isCode(w) // every joined part is an uppercase code
	slashAbbr := false    // joined as "Đ/c"
loop:
	for {
		a, ok := l.peek(0)
		if !ok || a.start != tok.End {
			break
		}
		switch conn := text[a.start:a.end]; conn {
		case ".":
			b, okb := l.peek(1)
			okb = okb && b.start == a.end
			if okb && text[b.start:b.end] == "." {
				break loop // an ellipsis follows
			}
			if !abbrevBeforeDot(text[tok.Start:tok.End]) {
				break loop
			}
			l.pop()
			tok.End = a.end
			if okb && isDigitStart(text[b.start:b.end]) {
				// "Q.1", "P.12": an abbreviation numbered after the dot.
				l.pop()
				tok.End = b.end
				continue
			}
			break loop
		case "-", "/", "–":
			b, okb := l.peek(1)
			if !okb || b.start != a.end {
				break loop
			}
			left, right := text[seg:tok.End], text[b.start:b.end]
			slash := false
			if !joins(left, conn, right) {
				// text[seg:b.end] is left+conn+right, spelled as in the source.
				if conn != "/" || !dotAbbrev(text[seg:b.end]) {
					break loop
				}
				slash = true
			}
			l.pop()
			l.pop()
			tok.End = b.end
			seg = b.start
			joined = true
			slashAbbr = slashAbbr || slash
			allCodes = allCodes && isCode(right)
		case "%":
			if !isDigitStart(text[seg:tok.End]) {
				break loop
			}
			l.pop()
			tok.End = a.end
			break loop
		default:
			break loop
		}
	}
	tok.Kind = kindOf(text[tok.Start:tok.End], joined && allCodes || slashAbbr)
	return tok
}

// joins reports whether the parts left and right, written conn (a hyphen,
// slash or en dash) apart with no space, form one token.
func joins(left, conn, right string) bool {
	ld, rd := isDigitStart(left), isDigitStart(right)
	if conn == "–" {
		return ld && rd // "2021–2026"
	}
	switch {
	case ld:
		return rd || isCode(right) // "27/1/2022", "2021-2026", "35-NQ", "245/QĐ"
	case isCode(left) && (isCode(right) || rd):
		return true // "NQ/TW", "PK-KQ", "QĐ-BQP", "QH13/2020"
	}
	// "Covid-19", "MiG-21": a word numbered after a hyphen.
	return conn == "-" && rd
}

// kindOf classifies the word-like token w; codes tells that it was joined
// from uppercase codes ("PK-KQ") or is a slash abbreviation ("Đ/c").
func kindOf(w string, codes bool) Kind {
	if isDigitStart(w) {
		return Number
	}
	if codes {
		return Abbrev
	}
	d := strings.IndexByte(w, '.')
	if d < 0 {
		return Word
	}
	head := w[:d]
	if r, _ := utf8.DecodeRuneInString(head); unicode.IsUpper(r) {
		return Abbrev // "TP.", "Th.S", "PGS.TS", "Q.1"
	}
	if _, ok := singleLetter(head); ok {
		return Abbrev // "v.v."
	}
	return Word
}

// isDigitStart reports whether s starts with a decimal digit.
func isDigitStart(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}
