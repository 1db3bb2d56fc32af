// Package fold builds the folded view of a text that vnextract matches
// against, and maps every position of that view back to the source.
//
// Folding never changes what a report shows: it produces a match key in
// which spellings that mean the same are made equal (Unicode NFC, lower
// case, old and new tone-mark placement, dashes, quotes, spaces), plus an
// offset map so that a span found in the key is reported as the exact
// substring of the source.
package fold

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Text is a folded view of Source used only for matching.
type Text struct {
	// Source is the text as decoded; offsets reported to users refer to it.
	Source string
	// Key is the folded text: NFC, lower case, tone marks in the new
	// placement (hoà, thuỷ, khoẻ), every dash '-', curly quotes straight,
	// runs of horizontal space one ' ', CR and CRLF '\n', zero-width
	// characters removed.
	Key string

	// segs maps Key back to Source piecewise; see segment.
	segs []segment
	// buf is the memory under Key, kept for Refold.
	buf []byte
}

// segment is a run of the key that maps to the source either byte for
// byte (linear) or as a whole (a unit: a collapsed space run, a dash, a
// composed NFD cluster, a moved tone mark). Inside a unit only its two
// ends map exactly, which is all a match needs.
type segment struct {
	key, src int32
	// srcLen is the source length of a unit; unused for linear runs.
	srcLen int32
	linear bool
}

// New folds src. The result keeps src as its Source.
func New(src string) *Text {
	t := new(Text)
	t.Refold(src)
	return t
}

// Refold folds src into t as New does, reusing the memory of t's key and
// offset map: for a worker that folds one document after another and
// keeps nothing of the last key. The bytes under t.Key are overwritten,
// so no string taken from t.Key before may be used afterwards.
func (t *Text) Refold(src string) {
	// News text needs a segment every hundred bytes or so (dashes,
	// quotes, moved tone marks); sizing segs for that saves the
	// reallocations of growing it from nothing.
	key, segs := t.buf[:0], t.segs[:0]
	if cap(key) < len(src) {
		key = make([]byte, 0, len(src))
	}
	if want := 4 + len(src)/128; cap(segs) < want {
		segs = make([]segment, 0, want)
	}
	f := folder{src: src, key: key, segs: segs, track: true}
	f.run()
	// The key buffer is not written again until the next Refold, so it
	// becomes the string without a copy, as strings.Builder does it: a
	// copy was a third of what folding allocated.
	*t = Text{Source: src, Key: unsafe.String(unsafe.SliceData(f.key), len(f.key)), segs: f.segs, buf: f.key}
}

// String folds a phrase the same way New does, for literals in lists and
// patterns that must compare equal to keys.
func String(s string) string {
	f := folder{src: s, key: make([]byte, 0, len(s))}
	f.run()
	return string(f.key)
}

// ToSource maps a byte offset in Key to the byte offset in Source where
// the key byte at that offset came from. Use it for the start of a span.
func (t *Text) ToSource(keyOff int) int {
	return t.toSource(keyOff, t.find(max(keyOff, 0)))
}

// toSource is ToSource with the segment holding keyOff already found.
func (t *Text) toSource(keyOff, seg int) int {
	if len(t.segs) == 0 {
		return 0
	}
	if keyOff < 0 {
		keyOff = 0
	}
	if keyOff >= len(t.Key) {
		return len(t.Source)
	}
	s := t.segs[seg]
	if s.linear {
		return int(s.src) + keyOff - int(s.key)
	}
	if keyOff == int(s.key) {
		return int(s.src)
	}
	return int(s.src + s.srcLen)
}

// ToSourceEnd maps an exclusive end offset in Key to the exclusive end in
// Source of the key byte before it, so that characters removed after a
// span (zero-width marks, collapsed space) stay outside it.
func (t *Text) ToSourceEnd(keyOff int) int {
	return t.toSourceEnd(keyOff, t.find(min(keyOff, len(t.Key))-1))
}

// toSourceEnd is ToSourceEnd with the segment holding keyOff-1 already
// found.
func (t *Text) toSourceEnd(keyOff, seg int) int {
	if keyOff <= 0 || len(t.segs) == 0 {
		return 0
	}
	if keyOff > len(t.Key) {
		keyOff = len(t.Key)
	}
	s := t.segs[seg]
	if s.linear {
		return int(s.src) + keyOff - int(s.key)
	}
	return int(s.src + s.srcLen)
}

// Span maps a half-open key span to a half-open source span.
func (t *Text) Span(keyStart, keyEnd int) (start, end int) {
	i := t.find(max(keyStart, 0))
	return t.span(keyStart, keyEnd, i)
}

// span is Span with the segment holding keyStart found: the end is
// nearly always in the same segment or the next, so it is looked for
// from there.
func (t *Text) span(keyStart, keyEnd, i int) (start, end int) {
	start = t.toSource(keyStart, i)
	k := min(keyEnd, len(t.Key)) - 1
	j := i
	if j < len(t.segs) && int(t.segs[j].key) > k {
		j = t.find(k)
	}
	for j+1 < len(t.segs) && int(t.segs[j+1].key) <= k {
		j++
	}
	end = t.toSourceEnd(keyEnd, j)
	if end < start {
		end = start
	}
	return start, end
}

// find returns the index of the segment holding key byte k.
func (t *Text) find(k int) int {
	// sort.Search, written out: its closure call cost more than the
	// search itself, and the pipeline maps every token.
	lo, hi := 0, len(t.segs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(t.segs[m].key) <= k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return 0
	}
	return lo - 1
}

// A Cursor maps key offsets to the source like [Text.Span], faster when
// the offsets mostly increase, as they do for the tokens of a text in
// order: it starts looking where the last offset was found instead of
// searching the whole map. Any order still gives the right answer. A
// Cursor is cheap to make and is not safe for concurrent use.
type Cursor struct {
	t   *Text
	seg int // the segment found last
}

// Cursor returns a cursor over t at its start.
func (t *Text) Cursor() Cursor { return Cursor{t: t} }

// ToSource is [Text.ToSource].
func (c *Cursor) ToSource(keyOff int) int {
	return c.t.toSource(keyOff, c.find(max(keyOff, 0)))
}

// ToSourceEnd is [Text.ToSourceEnd].
func (c *Cursor) ToSourceEnd(keyOff int) int {
	return c.t.toSourceEnd(keyOff, c.find(min(keyOff, len(c.t.Key))-1))
}

// Span is [Text.Span].
func (c *Cursor) Span(keyStart, keyEnd int) (start, end int) {
	// Most spans lie inside the byte-for-byte segment found last: both
	// ends map by one offset.
	segs, i := c.t.segs, c.seg
	if i < len(segs) && segs[i].linear && int(segs[i].key) <= keyStart && keyStart < keyEnd &&
		(i+1 < len(segs) && keyEnd <= int(segs[i+1].key) || i+1 == len(segs) && keyEnd <= len(c.t.Key)) {
		d := int(segs[i].src) - int(segs[i].key)
		return keyStart + d, keyEnd + d
	}
	return c.t.span(keyStart, keyEnd, c.find(max(keyStart, 0)))
}

// find is [Text.find] starting from the segment found last: a few steps
// forward, else a binary search.
func (c *Cursor) find(k int) int {
	segs := c.t.segs
	i := c.seg
	if i >= len(segs) || int(segs[i].key) > k {
		c.seg = c.t.find(k)
		return c.seg
	}
	for steps := 0; i+1 < len(segs) && int(segs[i+1].key) <= k; steps++ {
		if steps == 4 {
			c.seg = c.t.find(k)
			return c.seg
		}
		i++
	}
	c.seg = i
	return i
}

// folder holds the state of one folding pass.
type folder struct {
	src   string
	key   []byte
	segs  []segment
	track bool // build segs (New) or not (String)
	// slow turns linearRun off, so that tests can hold it to the
	// general path.
	slow bool
	// inLinear says the last segment is linear and may grow.
	inLinear bool
	// space says a run of horizontal space is pending; spaceAt is where
	// it began in the source.
	space   bool
	spaceAt int
}

func (f *folder) run() {
	src := f.src
	for i := 0; i < len(src); {
		c := src[i]
		// Most text folds byte for byte: done in bulk.
		if (c < utf8.RuneSelf && plain[c] || c >= 0xC2 && c <= 0xCB || c == 0xE1) && !f.slow {
			if j := f.linearRun(i); j > i {
				i = j
				continue
			}
		}
		// ASCII folds byte by byte, unless combining marks follow it.
		if c < utf8.RuneSelf && (i+1 == len(src) || src[i+1] < 0xCC || !isMark(src[i+1:])) {
			switch {
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				f.pendSpace(i)
				i++
				continue
			case c == '\r':
				n := 1
				if i+1 < len(src) && src[i+1] == '\n' {
					n = 2
				}
				f.space = false
				f.emit("\n", i, n)
				i += n
				continue
			case c == '\n':
				f.space = false
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			f.flushSpace(i)
			f.emitSame(c, i)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		end := i + size
		// A base followed by combining marks (NFD input) is composed
		// before anything else looks at it.
		if isMark(src[end:]) {
			for isMark(src[end:]) {
				_, n := utf8.DecodeRuneInString(src[end:])
				end += n
			}
			comp := norm.NFC.String(src[i:end])
			f.flushSpace(i)
			if cr, n := utf8.DecodeRuneInString(comp); n == len(comp) {
				i = f.letter(cr, i, end)
			} else {
				f.emit(lowerString(comp), i, end-i)
				i = end
			}
			continue
		}
		switch {
		case r >= 0xC0 && r < 0x2000 && r != 0x1680:
			// Letters, Vietnamese ones above all: nothing else to test.
			f.flushSpace(i)
			end = f.letter(r, i, end)
		case r == utf8.RuneError && size == 1:
			f.flushSpace(i)
			f.emit("\uFFFD", i, 1)
		case isSpace(r):
			f.pendSpace(i)
		case isZeroWidth(r):
			// removed from the key
		case isDash(r):
			f.flushSpace(i)
			f.emit("-", i, size)
		case isDoubleQuote(r):
			f.flushSpace(i)
			f.emit("\"", i, size)
		case isSingleQuote(r):
			f.flushSpace(i)
			f.emit("'", i, size)
		default:
			f.flushSpace(i)
			end = f.letter(r, i, end)
		}
		i = end
	}
	f.space = false
}

// plain marks the ASCII bytes that fold to themselves or their lower
// case: everything but white space and control characters.
var plain, lowerASCII = func() (p [utf8.RuneSelf]bool, l [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		p[c] = c > ' ' && c < 0x7F
		l[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			l[c] = byte(c + 'a' - 'A')
		}
	}
	return
}()

// letter folds one rune that came from src[start:end] and returns where
// folding goes on. It lower-cases the rune and moves a tone mark from o/u
// onto the vowel after it (hòa → hoà, thủy → thuỷ), the placement both
// spellings share in the key.
func (f *folder) letter(r rune, start, end int) int {
	lr := toLower(r)
	if base, tone := splitToneOU(lr); tone != 0 {
		nr, n := utf8.DecodeRuneInString(f.src[end:])
		nl := unicode.ToLower(nr)
		next := end + n
		if (base == 'o' && (nl == 'a' || nl == 'e') || base == 'u' && nl == 'y') && !isMark(f.src[next:]) {
			var buf [8]byte
			k := utf8.EncodeRune(buf[:], base)
			k += utf8.EncodeRune(buf[k:], withTone(nl, tone))
			f.emit(string(buf[:k]), start, next-start)
			return next
		}
	}
	var buf [4]byte
	k := utf8.EncodeRune(buf[:], lr)
	if k != end-start {
		f.emit(string(buf[:k]), start, end-start)
		return end
	}
	if f.track && (!f.inLinear || f.linearAt() != start) {
		f.segs = append(f.segs, segment{key: int32(len(f.key)), src: int32(start), linear: true})
		f.inLinear = true
	}
	f.key = append(f.key, buf[:k]...)
	return end
}

func (f *folder) pendSpace(at int) {
	if !f.space {
		f.space, f.spaceAt = true, at
	}
}

// flushSpace writes a pending space run, which ends at next, as one ' ';
// space at the start of the key or of a line is dropped.
func (f *folder) flushSpace(next int) {
	if !f.space {
		return
	}
	f.space = false
	if len(f.key) == 0 || f.key[len(f.key)-1] == '\n' {
		return
	}
	if next-f.spaceAt == 1 {
		f.emitSame(' ', f.spaceAt)
		return
	}
	f.emit(" ", f.spaceAt, next-f.spaceAt)
}

// emitSame appends one key byte that maps to the source byte at src.
func (f *folder) emitSame(c byte, src int) {
	if f.track {
		if !f.inLinear || f.linearAt() != src {
			f.segs = append(f.segs, segment{key: int32(len(f.key)), src: int32(src), linear: true})
			f.inLinear = true
		}
	}
	f.key = append(f.key, c)
}

// linearAt is the source offset the growing linear segment expects next.
func (f *folder) linearAt() int {
	last := f.segs[len(f.segs)-1]
	return int(last.src) + len(f.key) - int(last.key)
}

// emit appends key bytes that stand for src[start:start+n] as a unit.
func (f *folder) emit(s string, start, n int) {
	if f.track {
		f.segs = append(f.segs, segment{key: int32(len(f.key)), src: int32(start), srcLen: int32(n)})
		f.inLinear = false
	}
	f.key = append(f.key, s...)
}
