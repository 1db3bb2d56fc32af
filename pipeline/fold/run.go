package fold

import "unicode/utf8"

// linearRun folds, starting at i, the longest run of text that folds
// byte for byte: plain ASCII, single spaces between other characters,
// and the letters of Latin-1, Latin Extended and Vietnamese (ạ … ỹ)
// whose lower case is as long as they are. That is nearly all of a news
// text, and here it costs a table lookup per character instead of the
// decoding and case mapping of the general path in run. It stops before
// anything the general path must decide: a character followed by a
// combining mark (NFD), an o or u whose tone may move to the next vowel,
// space runs, dashes, quotes and the like. It returns where it stopped,
// i when it folded nothing.
func (f *folder) linearRun(i int) int {
	src := f.src
	j := i
	space := false // the last character taken is a space
	for j < len(src) {
		c := src[j]
		var (
			n    int
			a, b byte // the folded bytes after the first (n > 1)
		)
		switch {
		case c < utf8.RuneSelf:
			switch {
			case plain[c]:
				c = lowerASCII[c]
			case c == ' ' && j > i && !space:
				// One space between two characters stays as it is.
			default:
				goto stop
			}
			n = 1
		case c >= 0xC2 && c <= 0xCB:
			if j+1 >= len(src) || src[j+1]&0xC0 != 0x80 {
				goto stop
			}
			l := lower2[int(c&0x1F)<<6|int(src[j+1]&0x3F)-0x80]
			if l.c == 0 || l.move != 0 && movesTone(l.move, src[j+2:]) {
				goto stop
			}
			c, a, n = l.c, l.a, 2
		case c == 0xE1:
			if j+2 >= len(src) || src[j+1] < 0xB8 || src[j+1] > 0xBB || src[j+2]&0xC0 != 0x80 {
				goto stop
			}
			l := lower3[int(src[j+1]&0x3)<<6|int(src[j+2]&0x3F)]
			if l.c == 0 || l.move != 0 && movesTone(l.move, src[j+3:]) {
				goto stop
			}
			a, b, n = l.c, l.a, 3
		default:
			goto stop
		}
		if next := j + n; next < len(src) && src[next] >= 0xCC && isMark(src[next:]) {
			break
		}
		if j == i {
			f.flushSpace(i)
			if f.track && (!f.inLinear || f.linearAt() != i) {
				f.segs = append(f.segs, segment{key: int32(len(f.key)), src: int32(i), linear: true})
				f.inLinear = true
			}
		}
		switch n {
		case 1:
			f.key = append(f.key, c)
		case 2:
			f.key = append(f.key, c, a)
		default:
			f.key = append(f.key, 0xE1, a, b)
		}
		space = src[j] == ' '
		j += n
	}
stop:
	if space {
		// A space is taken only with what follows it: a space run, a line
		// break or a character removed from the key decide what it
		// becomes.
		f.key = f.key[:len(f.key)-1]
		j--
	}
	return j
}

// movesTone says whether the vowel after a toned o or u (base is 'o' or
// 'u') takes its tone, as letter does it: o before a or e, u before y.
// The general path then folds them.
func movesTone(base byte, next string) bool {
	if len(next) == 0 {
		return false
	}
	switch next[0] | 0x20 {
	case 'a', 'e':
		return base == 'o'
	case 'y':
		return base == 'u'
	}
	return false
}

// folded is the lower case of a character in the tables below: its
// first two bytes (c, a) for U+0080–U+02FF, or its last two for
// U+1E00–U+1EFF, whose first byte is always 0xE1. c is 0 when the
// general path must fold the character: spaces, quotes, soft hyphens,
// letters whose lower case is longer or shorter. move is 'o' or 'u' for
// a toned o or u.
type folded struct{ c, a, move byte }

var lower2, lower3 = func() (l2 [0x300 - 0x80]folded, l3 [0x100]folded) {
	for r := rune(0x80); r < 0x300; r++ {
		l2[r-0x80] = foldedOf(r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		f := foldedOf(r)
		if f.c == 0xE1 {
			f.c, f.a = f.a, lastByte(r)
		} else {
			f.c = 0
		}
		l3[r-0x1E00] = f
	}
	return
}()

// foldedOf works out the table entry of r from what run does with it.
func foldedOf(r rune) folded {
	if r < 0xC0 && (isSpace(r) || isZeroWidth(r) || isDoubleQuote(r) || isSingleQuote(r) || isDash(r)) {
		return folded{}
	}
	lr := toLower(r)
	var buf [4]byte
	if utf8.EncodeRune(buf[:], lr) != utf8.RuneLen(r) {
		return folded{}
	}
	f := folded{c: buf[0], a: buf[1]}
	if base, tone := splitToneOU(lr); tone != 0 {
		f.move = byte(base)
	}
	return f
}

// lastByte is the last byte of r's encoding in U+1E00–U+1EFF, where
// lower case stays in the block: toLower only changes that byte.
func lastByte(r rune) byte {
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], toLower(r))
	return buf[n-1]
}
