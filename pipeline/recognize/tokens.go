package recognize

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/gazetteer"
	"github.com/vnextract/vnextract/pipeline/fold"
)

// tok is a token of the folded key with what the recognizer needs to
// know about how it is written in the source. It holds no pointers (the
// folded word is analysis.w), so the garbage collector never scans a
// document's tokens.
type tok struct {
	ks, ke  int  // key bytes
	ss, se  int  // source bytes
	word    bool // letters or digits, not punctuation
	capital bool // the source starts with an upper-case letter
	upper   bool // every letter of the source is upper case (two or more)
	digits  bool // ASCII digits only
	roman   bool // an upper-case Roman numeral (I … XXXIX)
	brk     bool // a line break comes before it
	shout   bool // its line is written in capitals (a headline)
	kw      keyword
}

// keyword names the few words the recognizer looks for at every token,
// so that each pass compares a byte instead of strings.
type keyword uint8

const (
	kwNone    keyword = iota
	kwChi             // "chí" (đồng chí)
	kwC               // "c" (Đ/c)
	kwOng             // "ông"
	kwBa              // "bà"
	kwNgai            // "ngài" (a foreign dignitary)
	kwHonor           // a foreign honorific before a name: Dato', Datuk, Shri
	kwAnh             // "ảnh", "photo" (Ảnh: a photo credit)
	kwList            // ";" or ":", which open a list item
	kwAdmin           // a one-word administrative unit: tỉnh, huyện, quận, xã, phường
	kwTP              // "tp" (TP., thành phố)
	kwThi             // "thị" (thị xã, thị trấn)
	kwThanh           // "thành" (thành phố)
	kwDac             // "đặc" (đặc khu)
	kwThu             // "thủ" (thủ đô)
	kwVillage         // a village or island word: thôn, ấp, bản, buôn, làng, xóm, khóm, đảo
	kwVenue           // the first word of a venue's type: sân (bay), cảng, ga, cửa (khẩu), quốc (lộ), quần (đảo), nhà (tang lễ), …
	kwNamed           // "tên", "cáo", "can" (tên X, bị cáo X, bị can X); "tượng" is a venue word
	kwClause          // a word or mark the linker stops at after a name: là, làm, chức, vị, vụ, cử, bầu, gia, trò, ",", ".", "?", "!"
	kwClergy          // the second word of a clergy's rank: (Hòa) thượng, (Thượng) tọa, (Đại) đức, (Ni, Mục) sư, (Linh) mục
	kwGroup           // a business group's English type word: group, holdings, corporation
)

func keywordOf(w string) keyword {
	switch w {
	case "chí":
		return kwChi
	case "c":
		return kwC
	case "ông":
		return kwOng
	case "bà":
		return kwBa
	case "ngài":
		return kwNgai
	case "dato", "datuk", "shri", "samdech", "ayatollah", "preah":
		return kwHonor
	case "thượng", "tọa", "toạ", "đức", "sư", "mục":
		return kwClergy
	case "group", "holdings", "corporation":
		return kwGroup
	case "ảnh", "photo":
		return kwAnh
	case "tên", "cáo", "can":
		return kwNamed
	case ";", ":":
		return kwList
	case "là", "làm", "chức", "vị", "vụ", "cử", "bầu", "gia", "trò", ",", ".", "?", "!":
		return kwClause
	case "tỉnh", "huyện", "quận", "xã", "phường":
		return kwAdmin
	case "tp":
		return kwTP
	case "thị":
		return kwThi
	case "thành":
		return kwThanh
	case "đặc":
		return kwDac
	case "thủ":
		return kwThu
	case "thôn", "ấp", "bản", "buôn", "làng", "xóm", "khóm", "đảo":
		return kwVillage
	case "sân", "cảng", "ga", "cửa", "ckqt", "quốc", "quần", "nhà", "nghĩa", "bán", "trường", "khách", "siêu", "chợ",
		"núi", "dãy", "cánh", "đèo", "mũi", "âu", "vùng", "vịnh", "khu", "trạm", "mỏ", "tượng", "vườn", "hồ", "đập",
		"đường", "thủy", "thuỷ", "chùa", "tịnh", "thiền", "đền", "thánh", "trung", "lăng", "cầu", "hòn", "hoàn", "tổ", "điểm", "trụ", "quảng", "cù", "ngã", "khối", "lối", "nút", "cao", "chung":
		return kwVenue
	}
	return kwNone
}

// tokenize cuts ft's key into tokens and reads their case in the source.
func tokenize(ft *fold.Text, raw []gazetteer.Token, dst []tok) []tok {
	if cap(dst) < len(raw) {
		dst = make([]tok, len(raw))
	}
	out := dst[:len(raw)]
	prevEnd := 0
	// Tokens come in text order, so a cursor finds each span a few
	// steps after the last one.
	cur := ft.Cursor()
	// The current line's first token and how many of its words are in
	// capitals, for the headline check.
	line, words, upper := 0, 0, 0
	for i, r := range raw {
		// Built in a local and stored whole: no clearing pass first.
		t := tok{ks: r.Start, ke: r.End}
		t.ss, t.se = cur.Span(r.Start, r.End)
		w := ft.Key[r.Start:r.End]
		t.kw = keywordOf(w)
		for k := prevEnd; k < r.Start; k++ {
			if ft.Key[k] == '\n' {
				t.brk = true
				break
			}
		}
		prevEnd = r.End
		if t.brk && i > 0 {
			markShouting(out[line:i], words, upper)
			line, words, upper = i, 0, 0
		}
		readCase(&t, w, ft.Source[t.ss:t.se])
		if t.word && !t.digits {
			words++
			if t.upper || t.capital && len(w) == 1 {
				upper++
			}
		}
		out[i] = t
	}
	markShouting(out[line:], words, upper)
	return out
}

// readCase fills t's word, digit and case flags from its folded word w
// and its source text src.
func readCase(t *tok, w, src string) {
	if c := w[0]; c < utf8.RuneSelf {
		t.word = 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
	} else {
		first, _ := utf8.DecodeRuneInString(w)
		t.word = unicode.IsLetter(first) || unicode.IsDigit(first)
	}
	if !t.word {
		return
	}
	t.digits = isDigits(w)
	letters, uppers := 0, 0
	for j := 0; j < len(src); {
		// ASCII first: most letters of Vietnamese text are.
		if c := src[j]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				letters++
			case 'A' <= c && c <= 'Z':
				letters++
				uppers++
				t.capital = t.capital || j == 0
			}
			j++
			continue
		}
		// The two- and three-byte forms of Vietnamese letters by table.
		var cls uint8
		size := 0
		if c := src[j]; 0xC3 <= c && c <= 0xC6 && j+1 < len(src) && src[j+1]&0xC0 == 0x80 {
			cls, size = latinCase[int(c&0x1F)<<6|int(src[j+1]&0x3F)-0xC0], 2
		} else if c == 0xE1 && j+2 < len(src) && (src[j+1] == 0xBA || src[j+1] == 0xBB) && src[j+2]&0xC0 == 0x80 {
			cls, size = vietCase[int(src[j+1]&1)<<6|int(src[j+2]&0x3F)], 3
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(src[j:])
			cls = caseOf(r)
		}
		if cls&isLetterBit != 0 {
			letters++
			if cls&isUpperBit != 0 {
				uppers++
				t.capital = t.capital || j == 0
			}
		}
		j += size
	}
	t.upper = letters >= 2 && uppers == letters
	t.roman = uppers == letters && isRoman(w)
}

// Letter classes, as bits.
const (
	isLetterBit = 1 << iota
	isUpperBit
)

// caseOf classes r: a letter, an upper-case one.
func caseOf(r rune) uint8 {
	var c uint8
	if isLetter(r) {
		c |= isLetterBit
		if isUpper(r) {
			c |= isUpperBit
		}
	}
	return c
}

// latinCase classes U+00C0–U+01BF (the two-byte forms led by 0xC3–0xC6:
// Latin-1 letters, ă, đ, ĩ, ũ, ơ, ư) and vietCase U+1E80–U+1EFF (the
// three-byte forms led by 0xE1 0xBA/0xBB: ạ … ỹ), so that reading the
// case of a word needs no decoding.
var latinCase, vietCase = func() (latin [0x100]uint8, viet [0x80]uint8) {
	for i := range latin {
		latin[i] = caseOf(rune(0xC0 + i))
	}
	for i := range viet {
		viet[i] = caseOf(rune(0x1E80 + i))
	}
	return
}()

// markShouting flags the tokens of a line written all in capitals, where
// capitals say nothing about names: words of its words, upper of them in
// capitals.
func markShouting(line []tok, words, upper int) {
	if words >= 4 && upper == words {
		for k := range line {
			line[k].shout = true
		}
	}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isRoman accepts the numerals unit numbers and legislatures use, I to
// XXXIX.
func isRoman(s string) bool {
	if len(s) == 0 || len(s) > 7 {
		return false
	}
	i := 0
	for i < len(s) && s[i] == 'x' {
		i++
	}
	if i > 3 {
		return false
	}
	rest := s[i:]
	switch rest {
	case "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix":
		return s != ""
	}
	return false
}

// isLetter and isUpper answer ASCII and Vietnamese letters directly and
// ask package unicode about the rest.
func isLetter(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7, r >= 0x1EA0 && r <= 0x1EF9:
		return true
	}
	return unicode.IsLetter(r)
}

func isUpper(r rune) bool {
	switch {
	case r < 0x80:
		return 'A' <= r && r <= 'Z'
	case r >= 0x1EA0 && r <= 0x1EF9:
		return r&1 == 0
	case r >= 0xC0 && r <= 0xDE:
		return r != 0xD7
	case r >= 0xDF && r <= 0xFF:
		return false
	case r >= 0x100 && r <= 0x137, r >= 0x14A && r <= 0x177:
		// Latin Extended-A pairs upper and lower case here, upper first:
		// Ă ă, Đ đ, Ĩ ĩ, Ũ ũ.
		return r&1 == 0
	case r == 0x1A0 || r == 0x1AF: // Ơ, Ư
		return true
	case r == 0x1A1 || r == 0x1B0: // ơ, ư
		return false
	}
	return unicode.IsUpper(r)
}
