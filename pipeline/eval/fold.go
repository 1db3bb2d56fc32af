package eval

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// isTone reports the combining tone marks that fold moves to the end of
// a word, so old and new placement (hoà, hòa) compare equal.
func isTone(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		return true
	}
	return false
}

// isSpace is Python's str.isspace, which score.py's \s follows.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// Fold is the comparison key of score.py's fold: NFD, lower case, dashes
// and quotes unified, spaces around hyphens dropped, runs of spaces made
// one, " .,;:" trimmed from both ends, tone marks moved to the end of
// each word, NFC.
func Fold(s string) string {
	s = strings.ToLower(norm.NFD.String(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '\u2010' && r <= '\u2015' || r == '\u2212':
			r = '-'
		case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb':
			r = '"'
		case r == '\u2018' || r == '\u2019':
			r = '\''
		}
		b.WriteRune(r)
	}
	s = b.String()
	// \s*-\s* → "-", then \s+ → " ", as score.py does.
	var hy []rune
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '-' {
			hy = append(hy, rs[i])
			continue
		}
		for len(hy) > 0 && isSpace(hy[len(hy)-1]) {
			hy = hy[:len(hy)-1]
		}
		hy = append(hy, '-')
		for i+1 < len(rs) && isSpace(rs[i+1]) {
			i++
		}
	}
	out := make([]rune, 0, len(hy))
	space := false
	for _, r := range hy {
		if isSpace(r) {
			if !space {
				out = append(out, ' ')
			}
			space = true
			continue
		}
		space = false
		out = append(out, r)
	}
	s = strings.Trim(string(out), " .,;:")
	words := strings.Split(s, " ")
	for i, w := range words {
		var base, tones strings.Builder
		for _, r := range w {
			if isTone(r) {
				tones.WriteRune(r)
			} else {
				base.WriteRune(r)
			}
		}
		words[i] = base.String() + tones.String()
	}
	return norm.NFC.String(strings.Join(words, " "))
}

// datePrefixes are the words score.py drops from the start of a date.
var datePrefixes = []string{"ngày", "năm", "hôm"}

// FoldTyped is Fold with score.py's date rule: a leading "ngày", "năm"
// or "hôm" followed by a space is dropped.
func FoldTyped(typ, s string) string {
	if typ == "date" && s != "" {
		s = strings.TrimFunc(norm.NFC.String(s), isSpace)
		for _, p := range datePrefixes {
			rs := []rune(s)
			n := len([]rune(p))
			if len(rs) > n && strings.EqualFold(string(rs[:n]), p) && isSpace(rs[n]) {
				i := n
				for i < len(rs) && isSpace(rs[i]) {
					i++
				}
				s = string(rs[i:])
				break
			}
		}
	}
	return Fold(s)
}

// numKey is score.py's num: a number rounded to 6 places (integers
// without a fraction), a string that is not a number folded; "" for none.
// Numbers and strings are tagged so they never compare equal.
func numKey(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case float64:
		return "n:" + strconv.FormatFloat(math.Round(v*1e6)/1e6, 'g', -1, 64)
	case bool:
		if v {
			return "n:1"
		}
		return "n:0"
	case string:
		if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return numKey(f)
		}
		return "s:" + Fold(v)
	}
	return "s:"
}

// text is a JSON value's string form for folding, as Python's str(); nil is "".
func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		if v {
			return "True"
		}
		return "False"
	}
	return ""
}

// truthy is Python's truth of a JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case string:
		return v != ""
	case float64:
		return v != 0
	case bool:
		return v
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}
