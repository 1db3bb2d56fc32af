package segment

import (
	"unicode"
	"unicode/utf8"
)

// dotAbbrev reports whether s is an abbreviation that is written with a
// trailing dot, so that the dot after it neither ends a sentence nor stands
// as a token of its own. The list is deliberately short: single initials
// ("Q.", "P.", "N.V.A.") and dotted sequences ending in one letter ("v.v.",
// "Th.S.") are recognised by shape in abbrevBeforeDot, and a wrong entry here
// silently glues two sentences together.
func dotAbbrev(s string) bool {
	switch s {
	case "TP", "Tp", "TT", "TX", // thành phố, thị trấn, thị xã
		"ThS", "TS", "TSKH", "PGS", "GS", "BS", "KS", // degrees and professional titles
		"Đ/c", "đ/c", // đồng chí
		"St", "Mr", "Mrs", "Ms", "Dr", "Jr": // foreign names quoted in news
		return true
	}
	return false
}

// abbrevBeforeDot reports whether w, the word written immediately before a
// dot, makes that dot part of an abbreviation. w may hold internal dots,
// slashes and hyphens ("PGS.TS", "N.V.A", "35-NQ/TW").
func abbrevBeforeDot(w string) bool {
	if w == "" {
		return false
	}
	if dotAbbrev(w) {
		return true
	}
	// Find the last part after a dot, slash or hyphen.
	i := len(w) - 1
	for i >= 0 && w[i] != '.' && w[i] != '/' && w[i] != '-' {
		i--
	}
	last := w[i+1:]
	if dotAbbrev(last) {
		return true
	}
	r, ok := singleLetter(last)
	if !ok {
		return false
	}
	// A capital initial ("A.", "N.V.A.") or a lowercase letter in a dotted
	// sequence ("v.v."); a lone lowercase letter is usually a real word.
	return unicode.IsUpper(r) || (i >= 0 && w[i] == '.')
}

// singleLetter reports whether s is one letter, optionally followed by
// combining marks (decomposed Vietnamese), and returns that letter.
func singleLetter(s string) (rune, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLetter(r) {
		return r, false
	}
	for _, m := range s[n:] {
		if !unicode.IsMark(m) {
			return r, false
		}
	}
	return r, true
}

// isCode reports whether s looks like an uppercase code such as "NQ", "TW",
// "QĐ", "QH13", "TTg" or "MiG": it starts with a capital letter and has more
// capitals than other letters. Such parts join across "-" and "/" in
// document numbers and hyphenated abbreviations, while names ("Hà",
// "Covid") do not.
func isCode(s string) bool {
	upper, other := 0, 0
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case i == 0:
			return false
		case unicode.IsLetter(r):
			other++
		case unicode.IsDigit(r), unicode.IsMark(r):
		default:
			return false
		}
	}
	return upper > other
}

// isName reports whether s looks like a capitalised name part such as
// "Biên" or "Ba": a capital letter followed by at least one lowercase letter,
// with fewer capitals than lowercase letters.
func isName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsMark(r):
		default:
			return false
		}
	}
	return lower > 0 && upper <= lower
}

// isRoman reports whether s is a Roman numeral written in capitals, as used
// to number sections ("II.", "IV.").
func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

// isEnumerator reports whether w, the first word of a sentence followed by a
// dot, numbers a list item or section ("1.", "2.1.", "II.", "a."), in which
// case the dot does not end the sentence.
func isEnumerator(w string) bool {
	if w == "" {
		return false
	}
	if isRoman(w) {
		return true
	}
	if _, ok := singleLetter(w); ok {
		return true
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != '.' {
			return false
		}
	}
	return w[0] != '.'
}
