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
	// Vietnamese letters (U+1E00–U+1EFF) and general punctuation
	// (U+2000–U+203F) follow letters often and are never marks.
	if len(s) > 1 && (s[0] == 0xE1 && s[1] >= 0xB8 && s[1] <= 0xBB || s[0] == 0xE2 && s[1] == 0x80) {
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

// splitToneOU returns the base and tone (1–5) of a lower-case toned o
// or u, the only vowels whose tone placement differs between the old and
// new styles (hòa/hoà, thủy/thuỷ), or 0 and 0.
func splitToneOU(r rune) (rune, rune) {
	switch r {
	case 'ò':
		return 'o', 1
	case 'ó':
		return 'o', 2
	case 'ỏ':
		return 'o', 3
	case 'õ':
		return 'o', 4
	case 'ọ':
		return 'o', 5
	case 'ù':
		return 'u', 1
	case 'ú':
		return 'u', 2
	case 'ủ':
		return 'u', 3
	case 'ũ':
		return 'u', 4
	case 'ụ':
		return 'u', 5
	}
	return 0, 0
}

// withTone puts tone (1–5) on the vowel base, one of a, e, y.
func withTone(base rune, tone rune) rune {
	return []rune(toned[base])[tone]
}

// toLower is unicode.ToLower with the Vietnamese letters answered
// directly: Latin-1 capitals are 0x20 below their small letters, and in
// Latin Extended Additional (ạ … ỹ) capitals are the even code points.
func toLower(r rune) rune {
	switch {
	case r == 0xD0 || r == 0xF0:
		// "Ð" (eth), which some sites and converters write for "Đ":
		// "Nông Ðức Mạnh" reads as "Nông Đức Mạnh".
		return 'đ'
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 0x20
	case r >= 0xDF && r <= 0xFF:
		return r
	case r >= 0x1EA0 && r <= 0x1EF9:
		return r | 1
	}
	return unicode.ToLower(r)
}
