// Package segment splits Vietnamese text into sentences and tokens while
// keeping byte offsets into the original string.
//
// Nothing is rewritten: every [Span] and [Token] is a half-open byte range
// [Start, End) of the text given to the segmenter, so text[Start:End] is
// exactly what the source said. Both segmenters are total: any string,
// including invalid UTF-8, yields in-bounds, ordered, non-overlapping ranges
// and never panics.
//
// Sentence boundaries are line breaks and the terminators ".", "!", "?", "…"
// and "..." followed by white space and an uppercase letter, a digit, a quote
// or an opening bracket, except after abbreviations such as "TP.", "TS.",
// "PGS.TS", "v.v." or a single capital initial. Tokens follow the Unicode
// word boundaries of UAX #29, then keep whole the forms Vietnamese news writes
// without spaces: dotted abbreviations ("TP.HCM", "Q.1"), numbers with
// Vietnamese separators ("1.234.567", "368,7"), dates and ranges
// ("27/1/2022", "2021-2026"), document numbers ("72/2014/QH13",
// "245/QĐ-BQP"), percentages ("98%") and hyphenated codes ("Covid-19",
// "PK-KQ").
package segment

// Span is a half-open byte range [Start, End) in the text given to the
// segmenter.
type Span struct{ Start, End int }

// Kind classifies a token.
type Kind uint8

// The kinds of token. The zero Kind is not used, so a zero Token is
// recognisably unset.
const (
	// Word is a run of letters, possibly with digits and marks, such as
	// "Quân", "LLVT", "QH13" or "Covid-19".
	Word Kind = iota + 1
	// Number is a token that starts with a digit: amounts ("1.234", "368,7"),
	// percentages ("98%"), dates and ranges ("27/1/2022", "2021-2026") and
	// document numbers ("72/2014/QH13", "35-NQ/TW").
	Number
	// Abbrev is an abbreviation written with dots, slashes or hyphens:
	// "TP.", "TP.HCM", "PGS.TS", "Q.1", "v.v.", "N.V.A.", "Đ/c", "PK-KQ".
	Abbrev
	// Punct is one punctuation mark; a run of dots ("...") is one token.
	Punct
	// Symbol is any other non-space character: symbols, emoji, control
	// characters and bytes that are not valid UTF-8.
	Symbol
)

var kindNames = [...]string{Word: "Word", Number: "Number", Abbrev: "Abbrev", Punct: "Punct", Symbol: "Symbol"}

// String returns the name of the kind, such as "Word".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + itoa(int(k)) + ")"
}

func itoa(n int) string {
	var b [4]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// Token is one token with its byte offsets into the text given to the
// segmenter: text[Start:End] is the token.
type Token struct {
	Start, End int
	Kind       Kind
}
