package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isMark says whether s starts with a combining mark, the tail of an NFD
// letter.
func isMark(s string) bool {
	if len(s) == 0 || s[0] < 0xCC {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Mn, r)
}

func isSpace(r rune) bool {
	switch r {
	case 0x85, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

func isZeroWidth(r rune) bool {
	switch r {
	case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case 0x2212, 0xFE58, 0xFE63, 0xFF0D:
		return true
	}
	return 0x2010 <= r && r <= 0x2015
}

func isDoubleQuote(r rune) bool {
	switch r {
	case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033, 0xFF02:
		return true
	}
	return false
}

func isSingleQuote(r rune) bool {
	switch r {
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A:
		return true
	}
	return false
}

func lowerString(s string) string { return strings.ToLower(s) }

// Tones, in the order the vowel tables below list them: none, huyền,
// sắc, hỏi, ngã, nặng.
var toned = map[rune]string{
	'a': "aàáảãạ", 'e': "eèéẻẽẹ", 'o': "oòóỏõọ", 'u': "uùúủũụ", 'y': "yỳýỷỹỵ",
}

// toneOf maps a lower-case toned o or u to its base and tone, the only
// vowels whose tone placement differs between the old and new styles.
var toneOf = func() map[rune][2]rune {
	m := map[rune][2]rune{}
	for base, forms := range toned {
		for tone, r := range []rune(forms) {
			if tone > 0 {
				m[r] = [2]rune{base, rune(tone)}
			}
		}
	}
	return m
}()

// splitTone returns the base and tone (1–5) of a toned a/e/o/u/y, or the
// rune itself and 0.
func splitTone(r rune) (rune, rune) {
	if r < 0xC0 {
		return r, 0
	}
	if bt, ok := toneOf[r]; ok {
		return bt[0], bt[1]
	}
	return r, 0
}

// withTone puts tone (1–5) on the vowel base, one of a, e, y.
func withTone(base rune, tone rune) rune {
	return []rune(toned[base])[tone]
}
