package decode

//go:generate go run gen.go

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxWarnings caps the individual warnings of one Decode call; the rest are
// counted in one summary warning, so a wrongly named encoding cannot turn
// into a report with a warning per byte.
const maxWarnings = 20

// warnings collects the Warnings of one Decode call. A nil *warnings
// collects nothing, for detection and streaming decoders.
type warnings struct {
	list         []Warning
	dropped      int
	firstDropped int64
}

// room reports whether a warning at off should be formatted and added; past
// the cap it counts the warning instead. Callers format only on true, so a
// flood of bad bytes costs no formatting.
func (w *warnings) room(off int64) bool {
	if w == nil {
		return false
	}
	if len(w.list) < maxWarnings {
		return true
	}
	if w.dropped == 0 {
		w.firstDropped = off
	}
	w.dropped++
	return false
}

func (w *warnings) add(off int64, format string, args ...any) {
	w.list = append(w.list, Warning{Offset: off, Message: fmt.Sprintf(format, args...)})
}

// done returns the warnings with the summary of those past the cap.
func (w *warnings) done() []Warning {
	if w.dropped > 0 {
		w.add(w.firstDropped, "%d more warnings not listed, the first at byte %d", w.dropped, w.firstDropped)
		w.dropped = 0
	}
	return w.list
}

// Tone and shape marks as combining characters, indexed like the generated
// tables: tones ngang, huyền, hỏi, ngã, sắc, nặng; shapes none, circumflex,
// breve.
var (
	toneMarks  = [6]rune{0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323}
	shapeMarks = [3]rune{0, 0x0302, 0x0306}
)

// cp1258Decode is the windows-1258 table from x/text/encoding/charmap as an
// array, so the single-byte decoder can serve both it and TCVN3.
var cp1258Decode = func() (t [256]rune) {
	for b := range t {
		t[b] = charmap.Windows1258.DecodeByte(byte(b))
	}
	return t
}()

// byteDecoder decodes a single-byte encoding given as a table, reporting
// bytes the table leaves unassigned (U+FFFD).
type byteDecoder struct {
	table *[256]rune
	name  string
	w     *warnings
	pos   int64 // input offset of the next src byte
}

func (d *byteDecoder) Reset() { d.pos = 0 }

func (d *byteDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		b := src[nSrc]
		if b < utf8.RuneSelf {
			if nDst == len(dst) {
				err = transform.ErrShortDst
				break
			}
			dst[nDst] = b
			nDst++
			nSrc++
			continue
		}
		r := d.table[b]
		if nDst+utf8.RuneLen(r) > len(dst) {
			err = transform.ErrShortDst
			break
		}
		if r == utf8.RuneError {
			if off := d.pos + int64(nSrc); d.w.room(off) {
				d.w.add(off, "byte 0x%02X at byte %d is not assigned in %s", b, off, d.name)
			}
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc++
	}
	d.pos += int64(nSrc)
	return nDst, nSrc, err
}

// Kinds of VNI bytes in the generated vniTable.
const (
	vniPlain = iota // decodes on its own to r
	vniVowel        // a base letter that a following mark byte may modify
	vniMark         // a tone or shape mark for the preceding base letter
)

// vniClass describes one VNI byte.
type vniClass struct {
	kind  uint8
	idx   uint8 // vniVowel: index into vniCompose's base dimension
	shape uint8 // vniMark: 0 none, 1 circumflex, 2 breve
	tone  uint8 // vniMark: tone in toneMarks order
	upper bool  // vniVowel: the base is a capital
	r     rune  // vniPlain, vniVowel: the rune of the byte alone
}

// vniDecoder decodes VNI-Windows to precomposed letters. A mark byte that
// does not follow a base it fits (a tone after a consonant, a breve after
// e) decodes to combining marks, which is what the font draws.
type vniDecoder struct {
	w   *warnings
	pos int64
}

func (d *vniDecoder) Reset() { d.pos = 0 }

func (d *vniDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
loop:
	for nSrc < len(src) {
		b := src[nSrc]
		c := &vniTable[b]
		r, r2, n := c.r, rune(0), 1
		switch c.kind {
		case vniPlain:
			if b < utf8.RuneSelf {
				if nDst == len(dst) {
					err = transform.ErrShortDst
					break loop
				}
				dst[nDst] = b
				nDst++
				nSrc++
				continue
			}
		case vniVowel:
			// A letter is the base and up to two marks: one for the shape
			// and tone together, or (leniently) shape then tone.
			if nSrc+1 == len(src) {
				if !atEOF {
					err = transform.ErrShortSrc
					break loop
				}
				break
			}
			m := &vniTable[src[nSrc+1]]
			if m.kind != vniMark {
				break
			}
			upper := 0
			if c.upper {
				upper = 1
			}
			comp := &vniCompose[upper][c.idx]
			x := comp[m.shape][m.tone]
			if x == 0 {
				break
			}
			r, n = x, 2
			if m.shape == 0 || m.tone != 0 {
				break
			}
			if nSrc+2 == len(src) {
				if !atEOF {
					err = transform.ErrShortSrc
					break loop
				}
				break
			}
			if t := &vniTable[src[nSrc+2]]; t.kind == vniMark && t.shape == 0 {
				if x := comp[m.shape][t.tone]; x != 0 {
					r, n = x, 3
				}
			}
		case vniMark:
			if c.shape == 0 {
				r = toneMarks[c.tone]
			} else {
				r, r2 = shapeMarks[c.shape], toneMarks[c.tone]
			}
		}
		size := utf8.RuneLen(r)
		if r2 != 0 {
			size += utf8.RuneLen(r2)
		}
		if nDst+size > len(dst) {
			err = transform.ErrShortDst
			break
		}
		if r == utf8.RuneError {
			if off := d.pos + int64(nSrc); d.w.room(off) {
				d.w.add(off, "byte 0x%02X at byte %d is not assigned in %s", b, off, VNI)
			}
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		if r2 != 0 {
			nDst += utf8.EncodeRune(dst[nDst:], r2)
		}
		nSrc += n
	}
	d.pos += int64(nSrc)
	return nDst, nSrc, err
}

// newDecoder returns the decoder of a legacy encoding reporting into w.
func newDecoder(name string, w *warnings) transform.Transformer {
	switch name {
	case TCVN3:
		return &byteDecoder{table: &tcvn3Decode, name: TCVN3, w: w}
	case VNI:
		return &vniDecoder{w: w}
	}
	return &byteDecoder{table: &cp1258Decode, name: Windows1258, w: w}
}

// encoders map every non-ASCII rune a legacy encoding can write to its bytes.
var encoders = map[string]map[rune]string{
	TCVN3:       tcvn3Strings(),
	VNI:         vniEncode,
	Windows1258: cp1258Encode(),
}

func tcvn3Strings() map[rune]string {
	m := make(map[rune]string, len(tcvn3Encode))
	for r, b := range tcvn3Encode {
		m[r] = string([]byte{b})
	}
	return m
}

// cp1258Encode builds the windows-1258 encoding map: the code page's own
// characters, plus every Vietnamese letter it lacks as a base letter and a
// combining tone mark, the form Windows itself writes.
func cp1258Encode() map[rune]string {
	m := map[rune]string{}
	for b := 0x80; b < 0x100; b++ {
		if r := charmap.Windows1258.DecodeByte(byte(b)); r != utf8.RuneError {
			m[r] = string([]byte{byte(b)})
		}
	}
	for _, r := range vietLetters {
		if _, ok := m[r]; ok {
			continue
		}
		var base, tone []rune
		for _, x := range norm.NFD.String(string(r)) {
			if isToneMark(x) {
				tone = append(tone, x)
			} else {
				base = append(base, x)
			}
		}
		var s string
		for _, x := range norm.NFC.String(string(base)) + string(tone) {
			if x < utf8.RuneSelf {
				s += string(x)
			} else {
				s += m[x]
			}
		}
		m[r] = s
	}
	return m
}

func isToneMark(r rune) bool {
	for _, m := range toneMarks[1:] {
		if r == m {
			return true
		}
	}
	return false
}

// mapEncoder encodes UTF-8 with a map from rune to bytes; ASCII is written
// as is. It stops with errUnmappable at a rune the map lacks.
type mapEncoder struct {
	m map[rune]string
}

// errUnmappable is the error a mapEncoder stops with; Encode adds the rune
// and offset.
var errUnmappable = fmt.Errorf("%w: rune not in the encoding", ErrUnmappable)

func (e *mapEncoder) Reset() {}

func (e *mapEncoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if b := src[nSrc]; b < utf8.RuneSelf {
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = b
			nDst++
			nSrc++
			continue
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		if size == 1 && !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		s, ok := e.m[r]
		if !ok || size == 1 {
			return nDst, nSrc, errUnmappable
		}
		if nDst+len(s) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], s)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// legacyEncoding is TCVN3 or VNI as an x/text encoding.Encoding.
type legacyEncoding string

func (e legacyEncoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: newDecoder(string(e), nil)}
}

func (e legacyEncoding) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: &mapEncoder{m: encoders[string(e)]}}
}

func (e legacyEncoding) String() string { return string(e) }
