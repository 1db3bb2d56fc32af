// Package syllable tells whether a word is a well-formed Vietnamese
// syllable. The decoder uses it to tell a correctly decoded word from
// mojibake, and the recognizer to tell a foreign name ("James Mattis",
// "Rodrigo Duterte") from a Vietnamese one.
//
// A Vietnamese syllable is an optional onset consonant and a rhyme (vần):
// an optional medial glide, a vowel nucleus and an optional final. The
// lists below are the standard inventory; rare loan rhymes are left out.
package syllable

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// onsets are the consonant onsets. gi and qu are handled apart: their
// second letter is a vowel letter.
var onsets = map[string]bool{
	"b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true, "gh": true,
	"h": true, "k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true,
	"ngh": true, "nh": true, "p": true, "ph": true, "r": true, "s": true, "t": true,
	"th": true, "tr": true, "v": true, "x": true,
}

// rhymes lists the rhymes without tone. Those starting with y serve both
// the vowel-initial words (yên) and the rhymes after qu (quyết, quỳnh).
var rhymes = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range []string{
		"a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
		"ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
		"âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
		"e", "ec", "em", "en", "eng", "eo", "ep", "et",
		"ê", "êch", "êm", "ên", "êng", "ênh", "êp", "êt", "êu",
		"i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
		"iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
		"o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong",
		"oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
		"oăc", "oăm", "oăn", "oăng", "oăt",
		"oe", "oem", "oen", "oeo", "oet",
		"ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
		"ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
		"u", "uc", "ui", "um", "un", "ung", "up", "ut",
		"ua", "uân", "uâng", "uât", "uây",
		"uê", "uêch", "uênh", "uơ",
		"uôc", "uôi", "uôm", "uôn", "uông", "uôt",
		"uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu",
		"ư", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
		"ưa", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
		"y", "yêm", "yên", "yêt", "yêu", "ych", "ynh", "yt",
	} {
		m[r] = true
	}
	return m
}()

// Valid reports whether a lowercase word, tone marks and all, is a
// Vietnamese syllable with at most one tone mark.
func Valid(word string) bool {
	var buf [16]rune
	letters := buf[:0]
	tones := 0
	for _, r := range word {
		base, toned := untone(r)
		if toned {
			tones++
		}
		if len(letters) == len(buf) {
			return false // longer than any syllable
		}
		letters = append(letters, base)
	}
	return tones <= 1 && ValidLetters(letters)
}

// ValidLetters reports whether the lowercase, untoned letters of a word
// form a Vietnamese syllable: the consonants before the first vowel letter
// are an onset and the rest is a rhyme, or the onset is gi or qu.
func ValidLetters(letters []rune) bool {
	k := 0
	for k < len(letters) && !IsVowel(letters[k]) {
		k++
	}
	if k == len(letters) {
		return false
	}
	var buf [32]byte
	b := buf[:0]
	for _, r := range letters[:k] {
		b = utf8.AppendRune(b, r)
	}
	if k == 0 || onsets[string(b)] {
		if rhymeOf(letters[k:]) {
			return true
		}
	}
	if k == 1 && (letters[0] == 'g' && letters[1] == 'i' || letters[0] == 'q' && letters[1] == 'u') {
		return rhymeOf(letters[2:]) || len(letters) == 2 && letters[0] == 'g' // gì
	}
	return false
}

// rhymeOf reports whether letters are a rhyme.
func rhymeOf(letters []rune) bool {
	var buf [32]byte
	b := buf[:0]
	for _, r := range letters {
		b = utf8.AppendRune(b, r)
	}
	return rhymes[string(b)]
}

// IsVowel reports whether r is a lowercase untoned Vietnamese vowel letter.
func IsVowel(r rune) bool {
	switch r {
	case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y':
		return true
	}
	return false
}

// toneless maps each toned vowel letter to its letter without the tone.
var toneless = func() map[rune]rune {
	m := map[rune]rune{}
	for _, base := range "aăâeêioôơuưy" {
		for _, tone := range "\u0300\u0301\u0303\u0309\u0323" {
			toned, _ := utf8.DecodeRuneInString(norm.NFC.String(string(base) + string(tone)))
			m[toned] = base
		}
	}
	return m
}()

// untone returns r without its tone mark, and whether it had one.
func untone(r rune) (rune, bool) {
	if b, ok := toneless[r]; ok {
		return b, true
	}
	return r, false
}
