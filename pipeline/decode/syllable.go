package decode

import "unicode/utf8"

// Vietnamese syllables are an optional onset consonant and a rhyme (vần):
// an optional medial glide, a vowel nucleus and an optional final. The
// lists below are the standard inventory; the detector uses them only to
// tell a correctly decoded word from mojibake, so rare loan rhymes are
// simply left out.

// onsets, longest first where one is a prefix of another.
var onsets = []string{
	"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
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

// validSyllable reports whether the lowercase, untoned letters of a word
// form a Vietnamese syllable.
func validSyllable(letters []rune) bool {
	var buf [32]byte
	s := buf[:0]
	for _, r := range letters {
		s = utf8.AppendRune(s, r)
	}
	if rhymes[string(s)] {
		return true
	}
	for _, on := range onsets {
		if len(s) > len(on) && string(s[:len(on)]) == on && rhymes[string(s[len(on):])] {
			return true
		}
	}
	return string(s) == "gi" // gì: the onset gi before the vowel i
}

// isVowel reports whether r is a lowercase untoned Vietnamese vowel letter.
func isVowel(r rune) bool {
	switch r {
	case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y':
		return true
	}
	return false
}
