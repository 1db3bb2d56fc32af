package decode

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Byte order marks.
const (
	bomUTF8    = "\xEF\xBB\xBF"
	bomUTF16LE = "\xFF\xFE"
	bomUTF16BE = "\xFE\xFF"
)

// trimBOM strips bom from the start of input and returns the rest with the
// input offset where it starts.
func trimBOM(input []byte, bom string) ([]byte, int64) {
	if bytes.HasPrefix(input, []byte(bom)) {
		return input[len(bom):], int64(len(bom))
	}
	return input, 0
}

// decodeUTF8 decodes UTF-8 that has invalid sequences: each maximal invalid
// subpart (Unicode's "substitution of maximal subparts", so a truncated
// three-byte letter is one U+FFFD, not two) becomes U+FFFD with a warning.
// base is the input offset of src[0].
func decodeUTF8(src []byte, base int64, w *warnings) string {
	var b strings.Builder
	b.Grow(len(src) + len(src)/8)
	for len(src) > 0 {
		// Copy the valid run up to the next bad byte in one go.
		n := validPrefix(src)
		b.Write(src[:n])
		src = src[n:]
		base += int64(n)
		if len(src) == 0 {
			break
		}
		bad := invalidLen(src)
		if w.room(base) {
			w.add(base, "invalid UTF-8 at byte %d", base)
		}
		b.WriteRune(utf8.RuneError)
		src = src[bad:]
		base += int64(bad)
	}
	return b.String()
}

// validPrefix returns the length of the longest valid UTF-8 prefix of p.
func validPrefix(p []byte) int {
	i := 0
	for i < len(p) {
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return i
}

// invalidLen returns the length of the maximal subpart of an ill-formed
// sequence at the start of p: the lead byte plus the continuation bytes
// that could still have begun a valid sequence. p must start with an
// invalid sequence.
func invalidLen(p []byte) int {
	lo, hi, need := byte(0x80), byte(0xBF), 0
	switch b := p[0]; {
	case b >= 0xC2 && b <= 0xDF:
		need = 1
	case b == 0xE0:
		lo, need = 0xA0, 2
	case b == 0xED:
		hi, need = 0x9F, 2
	case b >= 0xE1 && b <= 0xEF:
		need = 2
	case b == 0xF0:
		lo, need = 0x90, 3
	case b == 0xF4:
		hi, need = 0x8F, 3
	case b >= 0xF1 && b <= 0xF3:
		need = 3
	}
	n := 1
	for n <= need && n < len(p) && p[n] >= lo && p[n] <= hi {
		lo, hi = 0x80, 0xBF // only the second byte has a narrowed range
		n++
	}
	if n > need { // cannot happen for an invalid sequence; stay safe
		n = 1
	}
	return n
}

// decodeUTF16 decodes UTF-16 in the given byte order. Unpaired surrogates
// and an odd trailing byte become U+FFFD with a warning. base is the input
// offset of src[0].
func decodeUTF16(src []byte, bigEndian bool, base int64, w *warnings) string {
	unit := func(i int) rune {
		if bigEndian {
			return rune(src[i])<<8 | rune(src[i+1])
		}
		return rune(src[i+1])<<8 | rune(src[i])
	}
	var b strings.Builder
	b.Grow(len(src)/2 + len(src)/4)
	i := 0
	for ; i+1 < len(src); i += 2 {
		r := unit(i)
		switch {
		case utf16.IsSurrogate(r) && r < 0xDC00 && i+3 < len(src):
			if r2 := unit(i + 2); r2 >= 0xDC00 && r2 <= 0xDFFF {
				b.WriteRune(utf16.DecodeRune(r, r2))
				i += 2
				continue
			}
			fallthrough
		case utf16.IsSurrogate(r):
			if off := base + int64(i); w.room(off) {
				w.add(off, "unpaired UTF-16 surrogate at byte %d", off)
			}
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	if i < len(src) {
		if off := base + int64(i); w.room(off) {
			w.add(off, "odd trailing byte at byte %d cut a UTF-16 code unit", off)
		}
		b.WriteRune(utf8.RuneError)
	}
	return b.String()
}

// encodeUTF16 writes text as UTF-16 with a byte order mark.
func encodeUTF16(text string, bigEndian bool) []byte {
	out := make([]byte, 0, 2+2*len(text))
	put := func(u uint16) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	put(0xFEFF)
	for _, r := range text {
		if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
			put(uint16(r1))
			put(uint16(r2))
		} else {
			put(uint16(r))
		}
	}
	return out
}
