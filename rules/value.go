package rules

import (
	"bufio"
	"errors"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// parseFunc reads a Value from a hit. It may move h.end (a count takes in
// the noun after its number, a law its name) and may refuse the hit.
type parseFunc func(h *hit) (Value, bool)

// valueParser is a value parser a rule names with "value:".
type valueParser struct {
	name  string
	parse parseFunc
	// check reports what a rule's pattern lacks for this parser, given
	// the finder's group lookup.
	check func(group func(string) []int) error
}

// values is the registry of value parsers by name.
var values = map[string]valueParser{
	"none":      {name: "none"},
	"count":     {name: "count", parse: parseCount},
	"date":      {name: "date", parse: parseDate, check: needGroup("d", "m", "y")},
	"term":      {name: "term", parse: parseTerm},
	"law":       {name: "law", parse: parseLaw},
	"treaty":    {name: "treaty", parse: parseTreaty},
	"minutes":   {name: "minutes", parse: parseMinutes},
	"agreement": {name: "agreement", parse: parseAgreement},
	"rules":     {name: "rules", parse: parseRules},
}

func valueNames() []string { return slices.Sorted(maps.Keys(values)) }

func needGroup(names ...string) func(func(string) []int) error {
	return func(group func(string) []int) error {
		for _, n := range names {
			if len(group(n)) > 0 {
				return nil
			}
		}
		return errors.New("the pattern needs a named group among " + strings.Join(names, ", ") + ", like (?P<d>\\d{1,2})")
	}
}

// groupName is a group name the value parsers read. A rule resolves
// each to the pattern's group indexes when it is loaded, so that a hit
// finds a group by number rather than by comparing names.
type groupName uint8

const (
	gApprox groupName = iota
	gN
	gScale
	gUnit
	gD
	gM
	gY
	gD2
	gM2
	gY2
	gNo
	gN2
	numGroupNames
)

var groupNames = [numGroupNames]string{"approx", "n", "scale", "unit", "d", "m", "y", "d2", "m2", "y2", "no", "n2"}

// Word lists the parsers use, one entry per line, '#' comments.
var (
	unitStop       = sync.OnceValue(func() *wordTrie { return newPhraseTrie(wordList("data/unit-stop.txt")) })
	nameStop       = sync.OnceValue(func() *wordTrie { return newPhraseTrie(wordList("data/name-stop.txt")) })
	lawWords       = sync.OnceValue(func() *wordTrie { return newPhraseTrie(wordList("data/law-words.txt")) })
	treatySubjects = sync.OnceValue(func() *wordTrie { return newPhraseTrie(wordList("data/treaty-subjects.txt")) })
	nameThrough    = sync.OnceValue(func() *wordTrie { return newPhraseTrie(wordList("data/name-through.txt")) })
	treatyHeads    = sync.OnceValue(func() *wordTrie { return newPhraseTrie(wordList("data/treaty-heads.txt")) })
	unitWhole      = sync.OnceValue(func() map[string]bool { return wordList("data/unit-whole.txt") })
	countNouns     = sync.OnceValue(func() *wordTrie { return newPhraseTrie(wordList("data/count-nouns.txt")) })
	nameJoin       = sync.OnceValue(func() []joinPair { return joinList("data/name-join.txt") })
)

// joinPair is a pair of words an official name joins with a comma:
// before ends the name so far, after starts what follows the comma.
type joinPair struct{ before, after string }

func joinList(name string) []joinPair {
	var out []joinPair
	for w := range wordList(name) {
		if b, a, ok := strings.Cut(w, ", "); ok && b != "" && a != "" {
			out = append(out, joinPair{b, a})
		}
	}
	return out
}

// JoinedAt says whether the comma at byte p of a folded key, followed by a
// word at q, joins two words of one official name ("phòng, chống"), by
// the list data/name-join.txt.
func JoinedAt(key string, p, q int) bool { return joinedAt(key, p, q) }

// LawWordAt says whether a document's kind (law-words.txt: "Luật",
// "Chỉ thị", "Nghị quyết" …) starts at byte p of a folded key.
func LawWordAt(key string, p int) bool { return stopAt(lawWords(), key, p) }

// joinedAt says whether the comma at key offset p (", " then a word at
// q) joins two words of one name: the words before p and at q form a
// listed pair ("Phòng, chống").
func joinedAt(key string, p, q int) bool {
	for _, j := range nameJoin() {
		b := p - len(j.before)
		e := q + len(j.after)
		if b >= 0 && key[b:p] == j.before && boundary(key, b) &&
			e <= len(key) && key[q:e] == j.after && boundary(key, e) {
			return true
		}
	}
	return false
}

func wordList(name string) map[string]bool {
	m := map[string]bool{}
	data, err := embedded.ReadFile(name)
	if err != nil {
		return m // a missing list only makes matches longer; tests catch it
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			m[fold.String(line)] = true
		}
	}
	return m
}

// stopAt says whether a listed word or phrase (up to three words) starts
// at key offset p.
func stopAt(list *wordTrie, key string, p int) bool {
	return list.phraseAt(key, p)
}

// nextWord returns the start of the word after the word or punctuation
// ending at p when one space separates them, or -1.
func nextWord(key string, p int) int {
	if p+1 < len(key) && key[p] == ' ' && wordAt(key, p+1) {
		return p + 1
	}
	return -1
}

// parseCount reads a count: a number (group n, or the whole span) with
// scale words (group scale), or an approximate word (group approx), and
// the counted noun: group unit, or else the noun after the span, which
// the span then takes in. A count with no noun is refused.
func parseCount(h *hit) (Value, bool) {
	var v Value
	// "Điều 8 Luật Quốc phòng" numbers an article; written small,
	// "điều 8 xe chữa cháy" sends eight fire engines.
	if k := h.t.Key; h.start >= len("điều ") && k[h.start-len("điều "):h.start] == "điều " && boundary(k, h.start-len("điều ")) && upperAt(h.t, h.start-len("điều ")) {
		return v, false
	}
	// "4G, 5G": a network's generation, where the gram is written small.
	if s, e := h.span(gUnit); s >= 0 && e == s+1 && h.t.Key[s] == 'g' && upperAt(h.t, s) {
		return v, false
	}
	// "1 số đơn vị": "một số", some, written with a digit.
	if k := h.t.Key; h.end-h.start == 1 && k[h.start] == '1' && strings.HasPrefix(k[h.end:], " số ") {
		return v, false
	}
	from := h.end
	if s, e := h.span(gApprox); s >= 0 {
		v.Approx = h.source(s, e)
	} else {
		s, e := h.span(gN)
		if s < 0 {
			s, e = h.start, h.end
		}
		num := h.t.Key[s:e]
		var x float64
		var ok bool
		if num != "" && num[0] >= '0' && num[0] <= '9' {
			x, ok = parseDigits(num)
		} else {
			var used int
			x, used, ok = parseWords(num)
			if ok && s+used < e {
				if e != h.end {
					return v, false
				}
				from = s + used // "năm năm": the second is the noun
			}
		}
		if !ok {
			return v, false
		}
		// A range's first end takes the second's scale only when it is
		// not the larger: "từ 400 đến 1 tỷ" is 400 million, not billion.
		if s, e := h.span(gN2); s >= 0 {
			if y, ok := parseDigits(h.t.Key[s:e]); !ok || x > y {
				return v, false
			}
		}
		if s, e := h.span(gScale); s >= 0 {
			for w := range strings.FieldsSeq(h.t.Key[s:e]) {
				x *= scaleOf(w)
			}
			// "33,7 tỷ" is 33 700 000 000, not 33 700 000 000.000004.
			if r := math.Round(x); x > 1 && math.Abs(x-r) < 1e-6*x {
				x = r
			}
		}
		// The hit holds the number; Apply gives the kept ones a home.
		h.number = x
		v.Number = &h.number
	}
	if s, e := h.span(gUnit); s >= 0 {
		v.Unit = h.source(s, e)
		return v, true
	}
	s, e := scanUnit(h.t, from)
	if s == e {
		// "20/34 địa phương": the part takes the noun its whole counts,
		// and its span stays the number.
		if q := afterWhole(h.t.Key, from); q > 0 {
			if s, e := scanUnit(h.t, q); s < e {
				v.Unit = h.source(s, e)
				return v, true
			}
		}
		return v, false
	}
	// "Đến 17 giờ cùng ngày", "khoảng 14 giờ 30 phút, ngày 15/9": a
	// time of day, not a count of hours.
	if h.t.Key[s:e] == "giờ" && clockTime(h.t.Key, h.start, e) {
		return v, false
	}
	v.Unit = h.source(s, e)
	h.end = e
	return v, true
}

// clockTime says whether the hours from key offset start to the end of
// "giờ" at e tell the time of day: minutes or the day follow, or "lúc",
// "đến", "tới", "từ", "vào" or "đúng" comes before.
func clockTime(key string, start, e int) bool {
	after := key[e:min(len(key), e+16)]
	for _, w := range []string{" cùng ngày", " ngày", ", ngày", " sáng", " chiều", " tối", " đêm", " hôm", " đến ", " -"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	if len(after) > 1 && after[0] == ' ' && after[1] >= '0' && after[1] <= '9' {
		return true // "14 giờ 30 phút"
	}
	before := key[max(0, start-7):start]
	for _, w := range []string{"lúc ", "đến ", "tới ", "từ ", "vào ", "đúng "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// afterWhole returns the end of the "/34" that follows a part at key
// offset p, or -1.
func afterWhole(key string, p int) int {
	if p >= len(key) || key[p] != '/' {
		return -1
	}
	q := p + 1
	for q < len(key) && key[q] >= '0' && key[q] <= '9' {
		q++
	}
	if q == p+1 {
		return -1
	}
	return q
}

// Limits on a counted noun's length, in words.
const (
	maxUnit     = 4 // a common noun: "lượt cán bộ", "đầu mối kết nghĩa"
	maxUnitName = 8 // a name: "Huân chương Bảo vệ Tổ quốc"
)

// scanUnit finds the counted noun after key offset p: the words after one
// space, up to punctuation, a digit, a listed function word or verb, a
// number word, or a capitalized word after lower-case ones. A noun that
// starts capitalized is a name and runs on through its words.
func scanUnit(t *doc, p int) (start, end int) {
	key := t.Key
	p = nextWord(key, p)
	if p < 0 {
		return 0, 0
	}
	start, end = p, p
	name, lower := false, 0
	for n := 0; ; n++ {
		we := wordEnd(key, p)
		w := key[p:we]
		if w[0] >= '0' && w[0] <= '9' || stopAt(unitStop(), key, p) && !(n == 0 && (accusedAt(key, p) || organizationsAt(key, p))) {
			break
		}
		// Only now: upperAt maps the word to the source, which costs.
		up := upperAt(t, p)
		if n > 0 && numberWord(w) != 0 && w != "năm" && !(name && up) { // "hạng Ba" stays in a name
			break
		}
		switch {
		case n == 0:
			name = up
		case up:
			if !name {
				return start, end // "37 năm Ngày Biên phòng"
			}
			lower = 0
		case name:
			if lower++; lower > 2 {
				return start, end
			}
		}
		end = we
		// "3,5 triệu tấn/năm", "60 km/giờ": a rate's denominator
		// written tight after a slash closes the unit.
		// (Money is counted in "đồng", per head or not, and a noun of
		// two words keeps no rate: "36,2 triệu đồng/người", "2 vụ
		// lúa/năm".)
		if r := rateEnd(key, we); r > we && !name && n == 0 && w != "đồng" {
			end = r
			break
		}
		if n+1 >= maxUnit && !name || n+1 >= maxUnitName {
			break
		}
		// "60 năm | Ngày thành lập", "70 năm | thành lập Trung đoàn": a
		// span of time is its word alone, but for the few nouns made with
		// it ("năm tuổi Đảng", "năm tù", "ngày công").
		if !name && n == 0 && timeWords[w] {
			if nw := nextWord(key, we); nw < 0 || !timeCompounds[key[nw:wordEnd(key, nw)]] {
				break
			}
		}
		// "hai bên | ký biên bản", "2 đối tượng | bỏ lại": a whole unit.
		if !name && n < 2 && unitWhole()[key[start:we]] {
			if nw := nextWord(key, we); n > 0 || nw < 0 || !unitWhole()[key[start:wordEnd(key, nw)]] {
				break
			}
		}
		if p = nextWord(key, we); p < 0 {
			// "15 xã, thị trấn": a listed pair of nouns.
			if c := after(key, we, ", "); c >= 0 && joinedAt(key, we, c) {
				p = c
				continue
			}
			break
		}
	}
	return start, end
}

// timeWords are the units of a span of time; timeCompounds the words
// that make a noun with one ("năm tù", "tháng tuổi", "ngày làm việc",
// "ngày điều trị").
var (
	timeWords     = map[string]bool{"năm": true, "tháng": true, "tuần": true, "ngày": true, "giờ": true, "quý": true}
	timeCompounds = map[string]bool{"tuổi": true, "tù": true, "công": true, "làm": true, "đêm": true, "bay": true, "học": true, "điều": true}
)

// rateWords are the denominators of a rate ("tấn/năm", "km/giờ",
// "thùng/ngày").
var rateWords = [...]string{"năm", "tháng", "tuần", "ngày", "giờ", "phút", "người", "hộ", "ha", "km", "m2", "m3", "kg", "lít", "s", "h"}

// rateEnd returns the end of "/" and a rate's denominator at q, or -1.
func rateEnd(key string, q int) int {
	if q >= len(key) || key[q] != '/' {
		return -1
	}
	for _, w := range rateWords {
		if e := q + 1 + len(w); strings.HasPrefix(key[q+1:], w) && boundary(key, e) && (e == len(key) || key[e] != '/') {
			return e
		}
	}
	return -1
}

// organizationsAt says whether "tổ chức" starts at p: after a number it
// counts organizations ("27 tổ chức đảng"), where elsewhere it is the
// verb "organize".
func organizationsAt(key string, p int) bool {
	return strings.HasPrefix(key[p:], "tổ chức")
}

// accusedAt says whether "bị can", "bị cáo" or "bị hại" (the accused, the
// defendant, the victim) starts at p: nouns, though "bị" is the passive.
func accusedAt(key string, p int) bool {
	for _, w := range [...]string{"bị can", "bị cáo", "bị hại"} {
		if strings.HasPrefix(key[p:], w) && boundary(key, p+len(w)) {
			return true
		}
	}
	return false
}

// parseDigits reads a number written the Vietnamese way: '.' groups
// thousands, ',' marks decimals ("1.234,5", "368,7", "22.000"). It reads
// what `^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$` matches, by hand
// because it runs for every count.
func parseDigits(s string) (float64, bool) {
	// The integer part: digits, or 1-3 digits then groups of ".ddd".
	i := skipDigits(s, 0)
	if i == 0 {
		return 0, false
	}
	if i < len(s) && s[i] == '.' {
		if i > 3 {
			return 0, false
		}
		for i < len(s) && s[i] == '.' {
			if skipDigits(s, i+1) != i+4 {
				return 0, false
			}
			i += 4
		}
	}
	intEnd := i
	if i < len(s) && s[i] == ',' {
		if i = skipDigits(s, i+1); i == intEnd+1 {
			return 0, false
		}
	}
	if i != len(s) {
		return 0, false
	}
	// Up to 15 digits an integer is exact in a float64, as ParseFloat
	// would return it.
	if intEnd == len(s) && intEnd <= 15 {
		x := 0.0
		for j := range intEnd {
			if c := s[j]; c != '.' {
				x = x*10 + float64(c-'0')
			}
		}
		return x, true
	}
	var buf [64]byte
	b := buf[:0]
	for j := range len(s) {
		switch c := s[j]; c {
		case '.':
		case ',':
			b = append(b, '.')
		default:
			b = append(b, c)
		}
	}
	x, err := strconv.ParseFloat(string(b), 64)
	return x, err == nil && !math.IsInf(x, 0)
}

// skipDigits returns the end of the ASCII digits at s[i:].
func skipDigits(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// numberWord returns the digit value of a Vietnamese number word, a
// negative code for scale and joining words, or 0 for other words. A
// switch rather than a map: it runs on every word of a counted noun.
func numberWord(w string) int {
	switch w {
	case "một", "mốt":
		return 1
	case "hai":
		return 2
	case "ba":
		return 3
	case "bốn", "tư":
		return 4
	case "năm", "lăm", "nhăm":
		return 5
	case "sáu":
		return 6
	case "bảy", "bẩy":
		return 7
	case "tám":
		return 8
	case "chín":
		return 9
	case "mười":
		return wMuoi10
	case "mươi":
		return wMuoi
	case "linh", "lẻ":
		return wLinh
	case "trăm":
		return wTram
	case "chục":
		return wChuc
	case "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ":
		return wScale
	}
	return 0
}

const (
	wMuoi10 = -(iota + 1) // mười: ten
	wMuoi                 // mươi: tens after a digit
	wLinh                 // linh, lẻ: zero tens
	wTram                 // trăm: hundred
	wChuc                 // chục: ten of
	wScale                // nghìn, triệu, tỷ
)

func scaleOf(w string) float64 {
	switch w {
	case "nghìn", "ngàn":
		return 1e3
	case "vạn": // ten thousand, in older and literary writing
		return 1e4
	case "triệu":
		return 1e6
	case "tỷ", "tỉ":
		return 1e9
	case "trăm":
		return 100
	case "chục":
		return 10
	}
	return 1
}

// parseWords reads a number written in words ("hai mươi tư" 24, "một trăm
// linh năm" 105, "ba nghìn" 3000). It stops at the first word that does
// not continue the number and returns how many bytes it used. "năm" is
// five only where a number needs a digit (after linh, before mươi, trăm,
// chục or a scale) or as the first word: "hai mươi năm" is twenty years.
func parseWords(s string) (x float64, used int, ok bool) {
	var buf [16]string // on the stack: a number is a few words
	ws := buf[:0]
	for w := range strings.FieldsSeq(s) {
		ws = append(ws, w)
	}
	var total, hund, tens, unit float64
	last := 0 // code of the previous word: a digit (>0) or a w... constant
	at := 0   // byte offset of the current word in s
	good := 0 // bytes used by the longest valid prefix
	val := 0.0
	for i, w := range ws {
		c := numberWord(w)
		if c == 0 {
			break
		}
		next := 0
		if i+1 < len(ws) {
			next = numberWord(ws[i+1])
		}
		multiplierNext := next == wMuoi || next == wTram || next == wChuc || next == wScale
		switch {
		case c > 0:
			switch {
			case i == 0:
				if w == "tư" || w == "lăm" || w == "nhăm" || w == "mốt" {
					return 0, 0, false
				}
			case last > 0:
				goto done // two digits in a row
			case w == "năm" && last != wLinh && !multiplierNext:
				goto done
			case (w == "tư" || w == "mốt") && last != wMuoi:
				goto done
			case (w == "lăm" || w == "nhăm") && last != wMuoi && last != wMuoi10:
				goto done
			case (last == wTram || last == wScale) && !multiplierNext:
				goto done // "hai nghìn năm": years, not 2005
			}
			unit = float64(c)
		case c == wMuoi10:
			if last > 0 || last == wMuoi || last == wMuoi10 || last == wChuc {
				goto done
			}
			tens, unit = 10, 0
		case c == wMuoi:
			if last <= 0 || unit < 2 {
				goto done
			}
			tens, unit = unit*10, 0
		case c == wChuc:
			if last <= 0 {
				goto done
			}
			tens, unit = unit*10, 0
		case c == wLinh:
			if last != wTram && last != wScale {
				goto done
			}
		case c == wTram:
			if last <= 0 {
				goto done
			}
			hund, unit = unit*100, 0
		case c == wScale:
			g := hund + tens + unit
			switch {
			case g > 0:
				total += g * scaleOf(w)
			case last == wScale && total > 0:
				total *= scaleOf(w) // "nghìn tỷ"
			default:
				goto done
			}
			hund, tens, unit = 0, 0, 0
		}
		last = c
		at += len(w)
		if last != wLinh {
			good, val = at, total+hund+tens+unit
		}
		at++ // the space
	}
done:
	if good == 0 {
		return 0, 0, false
	}
	return val, good, true
}

// monthNames are the months by their names in words ("tháng Tám",
// "tháng Chạp"), folded.
var monthNames = map[string]int{
	"giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
	"chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}

// parseDate reads groups d, m, y (and d2, m2, y2 for the second end of a
// range) into an ISO 8601 date, refusing days and months out of range.
func parseDate(h *hit) (Value, bool) {
	var v Value
	num := func(g groupName) int {
		s, e := h.span(g)
		if s < 0 {
			return 0
		}
		n, err := strconv.Atoi(h.t.Key[s:e])
		if err != nil {
			if m, ok := monthNames[h.t.Key[s:e]]; ok && g == gM {
				return m
			}
			return -1
		}
		return n
	}
	d, m, y := num(gD), num(gM), num(gY)
	d2, m2, y2 := num(gD2), num(gM2), num(gY2)
	// Dates are built in stack buffers: only the ISO string that is
	// kept is allocated, and a range's From and To are parts of it.
	var fb, tb [16]byte
	from, ok := appendISO(fb[:0], y, m, d)
	if !ok {
		return v, false
	}
	if d2 == 0 && m2 == 0 && y2 == 0 {
		v.ISO = string(from)
		return v, true
	}
	// The first end of a range borrows what it leaves out ("5-9/1").
	from, ok1 := appendISO(fb[:0], cmpOr(y, y2), cmpOr(m, m2), d)
	to, ok2 := appendISO(tb[:0], cmpOr(y2, y), cmpOr(m2, m), cmpOr(d2, d))
	if ok1 && ok2 && string(to) < string(from) && y == 0 && y2 > 0 && m > 0 {
		// "từ 20/12 đến 5/1/2026": the first end is in the year before.
		from, ok1 = appendISO(fb[:0], y2-1, m, d)
	}
	if !ok1 || !ok2 || string(to) < string(from) {
		return v, false
	}
	v.ISO = string(from) + "/" + string(to)
	v.From, v.To = v.ISO[:len(from)], v.ISO[len(from)+1:]
	return v, true
}

func cmpOr(a, b int) int {
	if a != 0 {
		return a
	}
	return b
}

var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func isoDate(y, m, d int) (string, bool) {
	var buf [16]byte
	b, ok := appendISO(buf[:0], y, m, d)
	return string(b), ok
}

// appendISO appends the ISO 8601 form of a date to dst: y-m-d,
// --m-d without a year, y-m, --m, or y; 0 is a part left out.
func appendISO(dst []byte, y, m, d int) ([]byte, bool) {
	if y < 0 || m < 0 || d < 0 || y == 0 && m == 0 ||
		y != 0 && (y < 1000 || y > 2999) || m > 12 || d != 0 && m == 0 ||
		d > 0 && d > monthDays[m] {
		return dst, false
	}
	if y > 0 {
		dst = strconv.AppendInt(dst, int64(y), 10)
	} else {
		dst = append(dst, '-')
	}
	if m > 0 {
		dst = appendTwo(append(dst, '-'), m)
	}
	if d > 0 {
		dst = appendTwo(append(dst, '-'), d)
	}
	return dst, true
}

// appendTwo appends n with at least two digits.
func appendTwo(dst []byte, n int) []byte {
	if n < 10 {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(n), 10)
}

// decimalRe is a session number in digits, without a leading zero.
var decimalRe = regexp.MustCompile(`^[1-9]\d*$`)

var romanRe = regexp.MustCompile(`^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$`)

// parseTerm reads a term's years (groups y, y2) into From and To and its
// legislature or session number (group n, a Roman numeral or digits)
// into Numeral.
func parseTerm(h *hit) (Value, bool) {
	var v Value
	if s, e := h.span(gN); s >= 0 {
		if n := h.t.Key[s:e]; n == "" || !romanRe.MatchString(n) && !decimalRe.MatchString(n) {
			return v, false
		}
		v.Numeral = h.source(s, e)
	}
	year := func(g groupName) (string, bool) {
		s, e := h.span(g)
		if s < 0 {
			return "", true
		}
		y, err := strconv.Atoi(h.t.Key[s:e])
		// A copy: the pipeline refolds the next document over this key.
		return strings.Clone(h.t.Key[s:e]), err == nil && y >= 1000 && y <= 2999
	}
	from, ok1 := year(gY)
	to, ok2 := year(gY2)
	if !ok1 || !ok2 || to != "" && to < from {
		return v, false
	}
	if to == "" {
		to = from
	}
	v.From, v.To = from, to
	return v, true
}

// maxName bounds a law's name, in words; maxTreaty a treaty's, which
// names both parties in full ("… giữa Bộ Ngoại giao nước Cộng hòa xã
// hội chủ nghĩa Việt Nam và Bộ Ngoại giao …").
const (
	maxName   = 16
	maxTreaty = 48
)

// parseLaw accepts a law with a document number (group no) as it is, and
// otherwise takes in the name after the span, which must start with a
// capital letter (or "năm" and a year: "Hiến pháp năm 2013"). The name
// ends at punctuation, " và ", a listed word, another law word, or a
// comma followed by a capitalized word; a comma followed by a few
// lower-case words that end the phrase stays in ("Luật Tín ngưỡng, tôn
// giáo").
// spacedCode returns where a document's number [s, e) ends when its
// issuer's code is set off by a spaced dash or slash ("5092/QĐ- UBND",
// "245/QĐ -BQP", "35-CT/ TW"): the code after it must be in capitals, so
// that "số 12/QĐ - văn bản …" stays as it is.
func spacedCode(t *doc, s, e int) int {
	k := t.Key
	if !strings.ContainsAny(k[s:e], "/-") {
		return e
	}
	p := e
	switch {
	case strings.HasPrefix(k[p:], "/ "):
		// "Chỉ thị số 35-CT/ TW": the slash before the code spaced.
		p += 2
	case strings.HasPrefix(k[p:], " - "):
		p += 3
	case strings.HasPrefix(k[p:], "- "), strings.HasPrefix(k[p:], " -"):
		p += 2
	default:
		return e
	}
	q := wordEnd(k, p)
	if q == p || !shoutAt(t, p, q, 2) {
		return e
	}
	return q
}

func parseLaw(h *hit) (Value, bool) {
	if s, e := h.span(gNo); s >= 0 {
		if e == h.end {
			h.end = spacedCode(h.t, s, e)
			// "Chỉ thị số 35 năm 2019": the year a bare number is of (a
			// coded one, "71-NQ/TW", names the document alone).
			if strings.HasPrefix(h.t.Key[h.end:], " năm ") && strings.Trim(h.t.Key[s:e], "0123456789") == "" {
				if ye, ok := yearAt(h.t.Key, h.end+1); ok {
					h.end = ye
				}
			}
		}
		return Value{}, true
	}
	// "DỰ THẢO LUẬT QUẢN LÝ, BẢO VỆ …": a law named in a headline in
	// capitals, whose name's end case cannot tell (the golds leave
	// those out).
	if q := nextWord(h.t.Key, h.end); q >= 0 && shoutAt(h.t, h.start, h.end, 4) && shoutAt(h.t, q, wordEnd(h.t.Key, q), 2) {
		return Value{}, false
	}
	resolution := strings.HasPrefix(h.t.Key[h.start:h.end], "nghị quyết")
	// A bill's name may be in lower case, and so may a name that opens
	// with a listed pair ("Luật phòng, chống mua bán người") or a code's
	// field ("Bộ luật hình sự").
	lower := draftBefore(h.t.Key, h.start) || pairOpens(h.t.Key, h.end)
	// "Luật phòng, chống rửa tiền, Luật giáo dục đại học, Luật xử lý vi
	// phạm hành chính": in a list of laws a name may be in lower case.
	if !lower {
		if e := listedLowerName(h.t, h.start, h.end); e > h.end {
			h.end = numberAfter(h.t.Key, amended(h.t.Key, e))
			return Value{}, true
		}
	}
	if e := codeField(h.t, h.start, h.end); e > h.end {
		if q := nextWord(h.t.Key, e); q >= 0 {
			if ye, ok := yearAt(h.t.Key, q); ok {
				e = ye
			}
		}
		h.end = numberAfter(h.t.Key, amended(h.t.Key, e))
		return Value{}, true
	}
	// "Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc
	// phòng": the amended laws counted and named by their field.
	if h.r.keepInner {
		// "Luật Sửa đổi Bộ luật Hình sự": an amending law that names no
		// articles is one only when the law it amends follows, named
		// ("Luật sửa đổi 11 luật về quốc phòng" describes one).
		if !amendsArticles(h) {
			if q := nextWord(h.t.Key, h.end); q < 0 || !upperAt(h.t, q) || !stopAt(lawWords(), h.t.Key, q) {
				return Value{}, false
			}
		} else if e := countedLaws(h.t, h.end); e > h.end {
			h.end = numberAfter(h.t.Key, e)
			return Value{}, true
		}
	}
	e := scanName(h.t, h.end, lower)
	if e > h.end {
		e = listedTail(h.t, h.start, lawNameEnd(h.t, e))
	}
	if s, p := h.start, h.end; !h.r.keepInner {
		e = knownTitleEnd(h.t, s, p, e, lower)
	} else if q := nextWord(h.t.Key, p); q >= 0 && stopAt(lawWords(), h.t.Key, q) {
		// The amended law's title: "… của Luật Bầu cử đại biểu Quốc hội
		// và đại biểu Hội đồng nhân dân".
		e = knownTitleEnd(h.t, q, phraseEnd(h.t.Key, q), e, false)
	}
	// "Nghị quyết về Chiến lược bảo vệ Tổ quốc" is named by what it is
	// about; "Nghị quyết về việc miễn nhiệm …", about a matter in lower
	// case, names no document (the real golds' call).
	if q := after(h.t.Key, e, " về "); e == h.end && !(resolution && (q > 0 && upperAt(h.t, q) || partyTail(h.t, e) > e)) {
		return Value{}, false
	}
	// An amending law names every law it amends: "… của Bộ luật Tố
	// tụng dân sự, Luật Tố tụng hành chính và Luật Phá sản".
	// ("Luật Sửa đổi Bộ luật Hình sự, Luật …": an amending law that
	// names no articles amends one law, and the list goes on the
	// sentence.)
	if h.r.keepInner && amendsArticles(h) {
		e = amendedList(h.t, e)
	}
	h.end = numberAfter(h.t.Key, amended(h.t.Key, e))
	// An amending resolution ends with the one it amends, before
	// what either is about.
	if resolution && !h.r.keepInner {
		h.end = aboutTail(h.t, partyTail(h.t, h.end))
	}
	h.end = abbrevAfter(h.t, h.end)
	// "Luật Lực lượng dự bị động viên (DBĐV) năm 2019": the year after
	// the abbreviation.
	if strings.HasSuffix(h.t.Key[:h.end], ")") {
		if q := after(h.t.Key, h.end, " "); q >= 0 {
			if ye, ok := yearAt(h.t.Key, q); ok && strings.HasPrefix(h.t.Key[q:], "năm ") {
				h.end = ye
			}
		}
	}
	return Value{}, true
}

// knownTitleEnd returns where a law's name that scanName read to e ends
// when its words spell a known title (law-titles.txt) from s: the
// title's end where the name stopped short at the title's own "và",
// "của" or comma ("Luật Giáo dục quốc phòng và an ninh"), or ran on into
// the sentence in lower case ("Luật Căn cước | đi vào cuộc sống"). A
// year, a number or "sửa đổi" after the title stays the name's, and so
// do capitalized words and listed fields, which may make a longer title
// than the list knows. p is the end of the law word; else e.
func knownTitleEnd(t *doc, s, p, e int, lower bool) int {
	key := t.Key
	te := titleEnd(key, s)
	if te < 0 || te == e {
		return e
	}
	if q := nextWord(key, p); q < 0 || !lower && !upperAt(t, q) {
		return e
	}
	if e < te {
		if q := nextWord(key, te); q >= 0 {
			if ye, ok := yearAt(key, q); ok {
				return ye
			}
		}
		return te
	}
	q := nextWord(key, te)
	if q < 0 || upperAt(t, q) || key[q] >= '0' && key[q] <= '9' || strings.HasPrefix(key[q:], "và ") {
		return e
	}
	if _, ok := yearAt(key, q); ok || strings.HasPrefix(key[q:], "số ") || strings.HasPrefix(key[q:], "sửa đổi") {
		return e
	}
	return te
}

// lawNameEnd returns the end of the words that close a law's name at e
// though they stop a name elsewhere: "số" with no number after it
// ("Luật Chuyển đổi số;"), and the branch of law that mutual legal
// assistance serves ("Luật Tương trợ tư pháp về hình sự"); or e.
func lawNameEnd(t *doc, e int) int {
	key := t.Key
	// (A period after the name closes it too: "… chuyển đổi số giai
	// đoạn 2025-2030".)
	closed := func(p int) bool {
		return p == len(key) || !wordAt(key, p) && !strings.HasPrefix(key[p:], " ") || strings.HasPrefix(key[p:], " giai đoạn ")
	}
	if q := after(key, e, " "); q >= 0 && key[q:wordEnd(key, q)] == "số" && closed(wordEnd(key, q)) {
		return wordEnd(key, q)
	}
	if q := after(key, e, " về "); q >= 0 {
		for _, field := range lawBranches {
			if strings.HasPrefix(key[q:], field) && closed(q+len(field)) {
				return q + len(field)
			}
		}
	}
	return e
}

// listedTail returns the end of the lower-case words after a law's name
// ending at e, when the law stands in a list of laws and the words run to
// the list's separator: "…; Luật Chuyển giao người đang chấp hành án
// phạt tù; Luật …", "Luật Thi hành tạm giữ, tạm giam và cấm đi khỏi nơi
// cư trú, Luật …". A list's name runs to its separator, so a stop word
// that would end a name in a sentence is the name's own there; words that
// make a clause (a verb's tense or voice, an owner, a date) still end it.
// The law at s is in a list when a law word follows the separator, or
// when one comes shortly before a separator in front of s. Else e.
func listedTail(t *doc, s, e int) int {
	key := t.Key
	q := nextWord(key, e)
	if strings.HasSuffix(key[:e], "sửa đổi") {
		return e // a bill's mark ends its name
	}
	end, lawAfter := e, false
	for n := 0; q >= 0; n++ {
		we := wordEnd(key, q)
		if c := nextWord(key, we); key[q:we] == "và" && c >= 0 && upperAt(t, c) && stopAt(lawWords(), key, c) {
			lawAfter = true // "… và Luật …"
			break
		}
		if n == 8 || upperAt(t, q) || key[q] >= '0' && key[q] <= '9' || stopAt(lawWords(), key, q) ||
			stopAt(nameStop(), key, q) && !listTailWords[key[q:we]] || !wordAt(key, q) || strings.HasPrefix(key[q:], "sửa đổi") {
			return e
		}
		end = we
		q = nextWord(key, we)
	}
	if end == e || !lawAfter && end < len(key) && !strings.ContainsRune(",;.\n", rune(key[end])) {
		return e
	}
	for _, sep := range []string{", ", "; ", ",\n", ";\n"} {
		if c := after(key, end, sep); c >= 0 && upperAt(t, c) && stopAt(lawWords(), key, c) {
			lawAfter = true
		}
	}
	lawBefore := false
	for _, sep := range []string{", ", "; "} {
		if strings.HasSuffix(key[:s], sep) && strings.Contains(key[max(0, s-90):s], "luật ") {
			lawBefore = end == len(key) || key[end] != ','
		}
	}
	if !lawAfter && !lawBefore {
		return e
	}
	return end
}

// listTailWords are the stop words a law's name in a list may hold: they
// join its words ("và", "với", "về") or make a participle ("người đang
// chấp hành án"), where the others start a clause.
var listTailWords = map[string]bool{"và": true, "đang": true, "với": true, "trong": true, "tại": true, "về": true, "trên": true}

// lawBranches are branches of law a law's name may end with after "về".
var lawBranches = []string{"hình sự", "dân sự", "hành chính"}

// parseRules reads a body's rules of procedure by whose they are: "Quy
// chế làm việc của Quân ủy Trung ương nhiệm kỳ 2015-2020", "Quy chế
// bầu cử tại Đại hội XIV của Đảng", "Quy chế giám sát trong Đảng". The
// owner after "của", "tại" or "trong" is capitalized; with none the
// words name no document.
func parseRules(h *hit) (Value, bool) {
	t, key := h.t, h.t.Key
	q := nextWord(key, h.end)
	if q < 0 {
		return Value{}, false
	}
	if w := key[q:wordEnd(key, q)]; w != "của" && w != "tại" && w != "trong" {
		return Value{}, false
	}
	o := nextWord(key, wordEnd(key, q))
	if o < 0 || !upperAt(t, o) {
		return Value{}, false
	}
	// The owner's name is read as a law's name is, from the word before
	// it; "Đảng" alone is one word.
	e := scanName(t, wordEnd(key, q), false)
	if e <= wordEnd(key, q) {
		return Value{}, false
	}
	// "… của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư":
	// owners listed by commas and "và".
	for n := 0; n < 4; n++ {
		c := after(key, e, ", ")
		if c < 0 {
			c = after(key, e, " và ")
		}
		if c < 0 || !upperAt(t, c) || stopAt(lawWords(), key, c) || key[c:wordEnd(key, c)] == "quy" {
			break
		}
		ne := scanName(t, c-1, false)
		if ne <= c {
			break
		}
		e = ne
	}
	h.end = partyTail(t, e)
	return Value{}, true
}

// countedLaws returns the end of "N luật về" (or "liên quan đến") and the fields after it at
// p, in lower case and maybe joined by commas, up to punctuation, a
// document number or a word that goes on the sentence; or p.
func countedLaws(t *doc, p int) int {
	key := t.Key
	q := nextWord(key, p)
	if q < 0 || key[q] < '0' || key[q] > '9' {
		return p
	}
	q = nextWord(key, wordEnd(key, q))
	if q < 0 {
		return p
	}
	// "… của 10 luật có liên quan đến an ninh, trật tự"
	field := false
	for _, w := range []string{"luật về ", "luật liên quan đến ", "luật có liên quan đến "} {
		if strings.HasPrefix(key[q:], w) {
			q, field = q+len(w), true
			break
		}
	}
	if !field {
		return p
	}
	end := p
	for n := 0; n < maxName && q >= 0 && wordAt(key, q); n++ {
		we := wordEnd(key, q)
		if upperAt(t, q) || aboutStop[key[q:we]] || stopAt(lawWords(), key, q) || key[q:we] == "số" {
			break
		}
		end = we
		if nw := nextWord(key, we); nw >= 0 {
			q = nw
			continue
		}
		q = after(key, we, ", ")
	}
	return end
}

// listedLowerName returns the end of a law's name in lower case after
// its law word at [s, p), when the law stands in a list of laws: a law
// word comes before it (", Luật …, Luật x") or after it ("Luật x, Luật
// …"). The name is one to eight lower-case words, none a stop word, up to
// punctuation or " và "; "sửa đổi" ends it, kept. Else p.
func listedLowerName(t *doc, s, p int) int {
	key := t.Key
	q := nextWord(key, p)
	if q < 0 || upperAt(t, q) || noLowerName[key[q:wordEnd(key, q)]] {
		return p
	}
	e := p
	for n := 0; n < 8 && q >= 0; n++ {
		we := wordEnd(key, q)
		// "Luật biển Việt Nam": capitals after the first word.
		if upperAt(t, q) && n == 0 || key[q] >= '0' && key[q] <= '9' || stopAt(lawWords(), key, q) && n > 0 {
			return p
		}
		if stopAt(nameStop(), key, q) {
			break
		}
		e = we
		if strings.HasPrefix(key[q:], "sửa đổi") && boundary(key, q+len("sửa đổi")) {
			e = q + len("sửa đổi")
			break
		}
		q = nextWord(key, we)
	}
	if e == p || e < len(key) && !strings.ContainsRune(",;.…:)\n", rune(key[e])) && !strings.HasPrefix(key[e:], " và ") {
		return p
	}
	lawBefore := (strings.HasSuffix(key[:s], ", ") || strings.HasSuffix(key[:s], " và ")) && strings.Contains(key[max(0, s-90):s], "luật ")
	lawAfter := false
	for _, sep := range []string{", ", " và "} {
		if c := after(key, e, sep); c >= 0 && upperAt(t, c) && stopAt(lawWords(), key, c) {
			lawAfter = true
		}
	}
	if !lawBefore && !lawAfter {
		return p
	}
	return e
}

// noLowerName are the words after "Luật" that make a person's title or a
// field, not a law: "Luật sư", "Luật gia", "Luật pháp".
var noLowerName = map[string]bool{"sư": true, "gia": true, "pháp": true, "học": true, "lệ": true}

// pairOpens says whether the name after a law word ending at p opens
// with a listed pair joined by a comma ("phòng, chống").
func pairOpens(key string, p int) bool {
	q := nextWord(key, p)
	for n := 0; n < 2 && q >= 0; n++ {
		we := wordEnd(key, q)
		if c := after(key, we, ", "); c >= 0 {
			return joinedAt(key, we, c)
		}
		q = nextWord(key, we)
	}
	return false
}

// codeFields are the fields the codes (bộ luật) are named by, which news
// also writes in lower case: "điều 318 Bộ Luật hình sự".
var codeFields = []string{"tố tụng hình sự", "tố tụng dân sự", "hình sự", "dân sự", "lao động", "hàng hải"}

// codeField returns the end of a code's field written in lower case
// after "bộ luật" at [s, p), or p; a capitalized one is a name like
// any other.
func codeField(t *doc, s, p int) int {
	key := t.Key
	if !strings.HasPrefix(key[s:p], "bộ luật") {
		return p
	}
	q := nextWord(key, p)
	if q < 0 || upperAt(t, q) {
		return p
	}
	for _, f := range codeFields {
		if e := q + len(f); strings.HasPrefix(key[q:], f) && boundary(key, e) {
			return e
		}
	}
	return p
}

// abbrevAfter returns the end of an abbreviation in brackets right after
// a law's name at p, which stays in it as written: "Luật Dân quân tự vệ
// (DQTV)"; or p.
func abbrevAfter(t *doc, p int) int {
	key := t.Key
	if !strings.HasPrefix(key[p:], " (") {
		return p
	}
	q := p + 2
	e := q
	for e < len(key) && e-q < 12 && key[e] != ')' && key[e] != ' ' && key[e] != '\n' {
		e++
	}
	// "(UNCLOS 1982)": the abbreviation with its year.
	w := e
	if e < len(key) && key[e] == ' ' {
		if ye, ok := yearAt(key, e+1); ok && ye < len(key) && key[ye] == ')' {
			e = ye
		}
	}
	if w == q || e >= len(key) || key[e] != ')' || !shoutAt(t, q, w, 2) {
		return p
	}
	return e + 1
}

// aboutTail returns the end of what a resolution is about after p ("về
// Chiến lược bảo vệ Tổ quốc trong tình hình mới", "về việc phê chuẩn
// …"), up to punctuation or a word that goes on the sentence, or p.
// A subject that lists its parts ("về tiếp tục đổi mới, phát triển,
// nâng cao hiệu quả kinh tế tập thể", "về xây dựng và phát triển văn
// hóa") goes on past commas and "và" only when the sentence ends with
// it; otherwise the list leaves no clear end: past a comma the name
// stops before "về", and past "và" before "và".
func aboutTail(t *doc, p int) int {
	key := t.Key
	q := after(key, p, " về ")
	if q < 0 {
		return p
	}
	end, firstAnd, listed := p, -1, false
	for n := 0; n < 2*maxName && q >= 0; n++ {
		we := wordEnd(key, q)
		w := key[q:we]
		if w == "và" && firstAnd < 0 {
			if c := nextWord(key, we); c >= 0 && lowerNoun(t, c) && !aboutStop[key[c:wordEnd(key, c)]] && !pluralWords[key[c:wordEnd(key, c)]] {
				firstAnd = end
				q = c
				continue
			}
		}
		if aboutStop[w] || stopAt(lawWords(), key, q) {
			break
		}
		end = we
		if q = nextWord(key, we); q >= 0 {
			continue
		}
		// "về tăng cường xây dựng, chỉnh đốn Đảng": the subject's list
		// goes on after a comma.
		if c := after(key, we, ", "); c >= 0 && (lowerNoun(t, c) || upperAt(t, c) && !stopAt(lawWords(), key, c)) && !aboutStop[key[c:wordEnd(key, c)]] {
			listed, q = true, c
		}
	}
	if !listed && firstAnd < 0 {
		return end
	}
	// The list is the subject's only if the sentence (or the bracket, or
	// the quotation) closes with it, or the next document of a list
	// follows ("… kinh tế tập thể và Kết luận số 70-KL/TW", "…, cùng
	// Nghị quyết số 12").
	if end == len(key) || strings.ContainsRune(".;)\"”\n", rune(key[end])) || strings.HasPrefix(key[end:], " (") || nextDocument(t, end) {
		return end
	}
	if listed {
		return p
	}
	return firstAnd
}

// pluralWords mark a plural noun: after a subject's "và" they start
// the sentence's next phrase, not the subject's next part.
var pluralWords = map[string]bool{"các": true, "những": true}

// amendsArticles says whether the amending law h names what it amends
// ("sửa đổi, bổ sung một số điều của …"); one that names no articles
// ("Luật Sửa đổi Bộ luật Hình sự") amends one law, named after it.
func amendsArticles(h *hit) bool {
	whole := h.t.Key[h.start:h.end]
	return strings.Contains(whole, "bổ sung") || strings.HasSuffix(strings.TrimSuffix(whole, " của"), " điều")
}

// nextDocument says whether another document's name follows p, after a
// comma or "và" and maybe "cùng": "… và Kết luận số 70-KL/TW".
func nextDocument(t *doc, p int) bool {
	key := t.Key
	c := after(key, p, ", ")
	if c < 0 {
		c = after(key, p, " và ")
	}
	if c >= 0 && strings.HasPrefix(key[c:], "cùng ") {
		c += len("cùng ")
	}
	return c >= 0 && c < len(key) && upperAt(t, c) && stopAt(lawWords(), key, c)
}

// aboutStop are the words that end what a resolution is about and go
// on the sentence.
var aboutStop = map[string]bool{
	"của": true, "do": true, "được": true, "đã": true, "đang": true, "sẽ": true, "là": true,
	"cho": true, "để": true, "nhằm": true, "với": true, "và": true, "theo": true, "tại": true,
}

// amendedList returns the end of the further laws an amending law's
// title lists after its first at p (", Luật …", " và Luật …"), or p.
func amendedList(t *doc, p int) int {
	key := t.Key
	for n := 0; n < 8; n++ {
		// "… Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15":
		// each amended law with its number.
		if n := numberAfter(key, p); n > p && (after(key, n, ", ") > 0 || after(key, n, " và ") > 0) {
			p = n
		}
		// "… Luật Phòng, chống thiên tai (PCTT) và Luật Đê điều": and
		// with its abbreviation.
		if n := abbrevAfter(t, p); n > p && (after(key, n, ", ") > 0 || after(key, n, " và ") > 0) {
			p = n
		}
		q := after(key, p, ", ")
		if q < 0 {
			q = after(key, p, " và ")
		}
		if q < 0 || !upperAt(t, q) || !stopAt(lawWords(), key, q) {
			return p
		}
		e := scanName(t, phraseEnd(key, q), false)
		if e == phraseEnd(key, q) {
			return p
		}
		e = knownTitleEnd(t, q, phraseEnd(key, q), e, false)
		// "… của Luật Kiểm toán nhà nước, Luật Chứng khoán (sửa đổi)": a
		// law revised whole is a bill of its own, not one amended here.
		if amended(key, e) > e {
			return p
		}
		p = e
	}
	return p
}

// phraseEnd returns the end of the law word or phrase at p ("luật",
// "bộ luật", "pháp lệnh", "nghị định", "thông tư", "chỉ thị", "quyết
// định", "kết luận").
func phraseEnd(key string, p int) int {
	e := wordEnd(key, p)
	if twoWordLawHeads[key[p:e]] {
		if q := nextWord(key, e); q >= 0 {
			return wordEnd(key, q)
		}
	}
	return e
}

// twoWordLawHeads are the first words of the law words of two words.
var twoWordLawHeads = map[string]bool{"bộ": true, "pháp": true, "nghị": true, "thông": true, "chỉ": true, "quyết": true, "kết": true}

// partyTail returns the end of what names a Party resolution after its
// name at p: the congress's number and term ("lần thứ 11", "khóa XIII",
// "nhiệm kỳ 2020-2025"), or p.
func partyTail(t *doc, p int) int {
	key := t.Key
	for {
		q := nextWord(key, p)
		// "Nghị quyết Hội nghị Trung ương 8, khoá XIII": the term after
		// a comma.
		if c := after(key, p, ", "); q < 0 && c >= 0 && strings.HasPrefix(key[c:], "khoá ") {
			q = c
		}
		// "Nghị quyết Trung ương 4 (khoá XII)": the term in brackets.
		if c := after(key, p, " ("); q < 0 && c >= 0 && strings.HasPrefix(key[c:], "khoá ") {
			if r := strings.IndexByte(key[c:min(len(key), c+20)], ')'); r > 0 && partyTailRe.MatchString(key[c:c+r]) {
				p = c + r + 1
				continue
			}
		}
		// "Nghị quyết Hội nghị lần thứ chín(,) Ban Chấp hành Trung ương
		// Đảng khóa XII": the committee whose plenum it was, capitalized.
		if c := after(key, p, ", "); c >= 0 && strings.HasPrefix(key[c:], centralCommittee) {
			q = c
		}
		// "Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2025-2030".
		if q >= 0 && strings.HasPrefix(key[q:], "các cấp ") {
			if c := q + len("các cấp "); termAt(key, c) > 0 {
				p = termAt(key, c)
				continue
			}
		}
		if q < 0 {
			return p
		}
		if loc := partyTailRe.FindStringIndex(key[q:min(len(key), q+40)]); loc != nil {
			p = q + loc[1]
			continue
		}
		if strings.HasPrefix(key[q:], centralCommittee) && upperAt(t, q) && plenumEndRe.MatchString(key[max(0, p-40):p]) {
			p = q + len(centralCommittee)
			if d := after(key, p, " "); d >= 0 && wordEnd(key, d) == d+len("đảng") && strings.HasPrefix(key[d:], "đảng") {
				p = d + len("đảng")
			}
			continue
		}
		// "… khóa XII của Đảng": the party whose plenum it was.
		if strings.HasPrefix(key[q:], "của đảng") && congressBefore(key[:p]) {
			// (Not "của Đảng Cộng sản Việt Nam", whose name goes on.)
			if d := nextWord(key, wordEnd(key, q)); d >= 0 && upperAt(t, d) && wordEnd(key, d) == d+len("đảng") {
				if n := nextWord(key, wordEnd(key, d)); n < 0 || !upperAt(t, n) {
					return wordEnd(key, d)
				}
			}
		}
		return p
	}
}

// termAt returns the end of a term of office at p ("nhiệm kỳ
// 2020-2025"), or 0.
func termAt(key string, p int) int {
	if loc := termRe.FindStringIndex(key[p:min(len(key), p+30)]); loc != nil {
		return p + loc[1]
	}
	return 0
}

var termRe = regexp.MustCompile(`^nhiệm kỳ \d{4} ?- ?\d{4}`)

// centralCommittee is the Party's Central Committee, folded.
const centralCommittee = "ban chấp hành trung ương"

// plenumEndRe matches a plenum's number at the end of a text (given the
// last few words only: the match must not scan a whole document).
var plenumEndRe = regexp.MustCompile(`(?:lần thứ (?:[ivxlc]+|\d{1,2}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba| bốn| lăm| năm)?)|hội nghị (?:trung ương )?\d{1,2})$`)

// partyTailRe matches a congress's or plenum's number or a term.
var partyTailRe = regexp.MustCompile(`^(?:lần thứ (?:[ivxlc]+|\d{1,2}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba| bốn| lăm| năm)?)\b|khoá (?:[ivxlc]+|\d{1,2})|nhiệm kỳ \d{4} ?- ?\d{4})`)

// draftBefore says whether the law word at p follows "dự án" or "dự
// thảo": a bill, whose name news often writes in lower case ("dự án
// Luật bảo hiểm tiền gửi").
func draftBefore(key string, p int) bool {
	return strings.HasSuffix(key[:p], "dự án ") || strings.HasSuffix(key[:p], "dự thảo ")
}

// scanName returns the end of a law's name after its law word ending at
// p, or p. The name starts with a capital, or in lower case when lower
// is set (a bill's).
func scanName(t *doc, p int, lower bool) int {
	key := t.Key
	q := nextWord(key, p)
	if q < 0 {
		return p
	}
	if !upperAt(t, q) {
		if end, ok := yearAt(key, q); ok {
			return end
		}
		// Not "dự thảo Luật và …", nor the amending law's own words
		// ("dự thảo Luật sửa đổi, bổ sung …", its rule's).
		if !lower || !wordAt(key, q) || key[q] >= '0' && key[q] <= '9' || stopAt(nameStop(), key, q) || strings.HasPrefix(key[q:], "sửa đổi") || notBillName[key[q:wordEnd(key, q)]] {
			return p
		}
	}
	end, sinceUpper, first := p, 0, q
	for n := 0; n < maxName; n++ {
		we := wordEnd(key, q)
		// "… của Bộ luật Hình sự": the amended law's own law word; its
		// name starts after it ("của Luật Tổ chức Chính phủ").
		if n == 0 && stopAt(lawWords(), key, q) {
			we = phraseEnd(key, q)
			if nw := nextWord(key, we); nw >= 0 && upperAt(t, nw) {
				end, q, first = we, nw, nw
				continue
			}
		}
		w := key[q:we]
		// A stop word written with a capital is the name's own: "Luật
		// Các tổ chức tín dụng", "Hiệp định Thương mại Tự do".
		stop := stopAt(nameStop(), key, q) && !upperAt(t, q) || stopAt(lawWords(), key, q)
		if q != first && stop && !nameGoesOn(t, w, key[:q], we) {
			if w == "và" {
				if ye := yearTail(t, q); ye > 0 {
					return ye // "Luật Giáo dục quốc phòng và an ninh năm 2013"
				}
				// "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ": a
				// listed pair after "và" goes on the name.
				if c := nextWord(key, we); c >= 0 && pairAfter(t, c) {
					q = c
					continue
				}
				// "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND": a
				// second field that repeats the first's head noun.
				if c := nextWord(key, we); c >= 0 && !upperAt(t, c) && repeatsHead(key, first, q, c) {
					if fe := fieldEnd(t, c); fe > 0 {
						return fe
					}
				}
				// "Luật Bầu cử ĐBQH và đại biểu HĐND;": a second field in
				// lower case closed by an abbreviation at the phrase's end,
				// as the first one is.
				if c := nextWord(key, we); c >= 0 && !upperAt(t, c) && end > first && shoutAt(t, strings.LastIndexByte(key[:end], ' ')+1, end, 2) {
					if fe := fieldEnd(t, c); fe > 0 && fe < len(key) && strings.ContainsRune(",;.)\n", rune(key[fe])) {
						if ls := strings.LastIndexByte(key[:fe], ' ') + 1; ls > c && shoutAt(t, ls, fe, 2) {
							return fe
						}
					}
				}
				// "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân
				// dân": a second owner after a capitalized one.
				if c := nextWord(key, we); c >= 0 && upperAt(t, c) && hasOwner(key[first:q]) && !stopAt(lawWords(), key, c) {
					q = c
					continue
				}
				// "Luật Khoa học và Công nghệ", "Hiệp ước Hữu nghị và Hợp
				// tác": a second field in capitals, when it heads no body
				// ("… và Bộ Quốc phòng") and is no law word.
				if c := nextWord(key, we); secondField(t, c) {
					q = c
					continue
				}
				// "Luật Quản lý, bảo vệ công trình quốc phòng và khu quân
				// sự", "Luật Địa chất và khoáng sản": a name may list its
				// last field after "và", up to where the phrase ends.
				if c := nextWord(key, we); c >= 0 {
					if ce := andTail(t, c); ce > 0 {
						return ce
					}
				}
			}
			// "Luật Hòa giải, đối thoại tại Tòa án": where, when a body
			// in capitals follows (a place's noun is lower case).
			if w == "tại" || w == "ở" {
				if c := nextWord(key, we); c >= 0 && upperAt(t, c) {
					end, q = we, c
					continue
				}
			}
			break
		}
		if ye, ok := yearAt(key, q); ok {
			return ye // "Luật Dân quân tự vệ năm 2009"
		}
		if w[0] >= '0' && w[0] <= '9' {
			if sinceUpper <= 2 {
				return we // "Nghị quyết Trung ương 8"
			}
			break
		}
		// "Luật BPVN sớm thấm sâu …": an abbreviation closes the name;
		// what follows in lower case is the sentence's.
		// ("Luật BHXH sửa đổi": but a bill's mark goes on it.)
		if q != first && end > first && !upperAt(t, q) && !placeNouns[w] && !revisedAt(key, q) {
			if ls := strings.LastIndexByte(key[:end], ' ') + 1; ls >= first && shoutAt(t, ls, end, 2) {
				break
			}
		}
		if n == 0 || upperAt(t, q) { // the first word was checked above
			sinceUpper = 0
		}
		sinceUpper++
		end = we
		// What follows the word: a space and a word, a spaced dash before
		// a capitalized word, or a comma before lower-case words that end
		// the name; anything else ends it.
		if nw := nextWord(key, we); nw >= 0 {
			q = nw
			continue
		}
		if c := after(key, we, " - "); c >= 0 && upperAt(t, c) {
			q = c
			continue
		}
		if c := after(key, we, ", "); c >= 0 && !upperAt(t, c) && !stopAt(lawWords(), key, c) {
			if joinedAt(key, we, c) || echoPair(key, we, c) {
				q = c // "Luật Phòng, chống ma túy": the name goes on
				continue
			}
			if ce := commaTail(key, c); ce > 0 {
				// "Luật Công nghiệp quốc phòng, an ninh và động viên công
				// nghiệp": the last field of a list after "và".
				if a := after(key, ce, " và "); a >= 0 {
					if ae := andTail(t, a); ae > 0 {
						return ae
					}
					// "… vật liệu nổ và công cụ hỗ trợ năm 2024": and
					// the year that closes it.
					if ye := yearTail(t, ce+1); ye > 0 {
						return ye
					}
				}
				return ce
			}
		}
		break
	}
	return end
}

// notBillName are words that open what is said of a bill in lower case
// ("dự án Luật đặc biệt quan trọng", "dự thảo Luật phải được làm …"),
// never its name.
var notBillName = map[string]bool{"đặc": true, "rất": true, "phải": true, "quan": true, "mới": true, "nói": true, "hết": true, "lần": true}

// revisedAt says whether a bill's mark "sửa đổi" stands alone at key
// offset q, not opening "sửa đổi, bổ sung …".
func revisedAt(key string, q int) bool {
	e := q + len("sửa đổi")
	return strings.HasPrefix(key[q:], "sửa đổi") && boundary(key, e) && !strings.HasPrefix(key[e:], ",") && !strings.HasPrefix(key[e:], " bổ sung")
}

// repeatsHead says whether the two-syllable word at c, after a name's
// "và", is one the name [first, q) already has: a second field of one
// title rather than what the sentence goes on with.
func repeatsHead(key string, first, q, c int) bool {
	e := wordEnd(key, c)
	if n := nextWord(key, e); n >= 0 {
		e = wordEnd(key, n)
	} else {
		return false
	}
	return strings.Contains(" "+key[first:q], " "+key[c:e]+" ")
}

// fieldEnd returns the end of a name's second field at p: lower-case
// words, then the capitalized words that close it ("đại biểu HĐND"),
// with a year if one follows; or the end of a phrase of lower-case words
// (andTail); or 0.
func fieldEnd(t *doc, p int) int {
	key := t.Key
	start, end := p, 0
	for n := 0; n < 8 && p >= 0; n++ {
		if upperAt(t, p) {
			if stopAt(lawWords(), key, p) {
				break
			}
			end = wordEnd(key, p)
		} else if end > 0 || stopAt(nameStop(), key, p) {
			break
		}
		p = nextWord(key, wordEnd(key, p))
	}
	if end == 0 {
		return andTail(t, start)
	}
	// "… HĐND sửa đổi", "… HĐND năm 2015": a revision's or year's mark.
	if nw := nextWord(key, end); nw >= 0 {
		if ye, ok := yearAt(key, nw); ok {
			return ye
		}
		if revisedAt(key, nw) {
			return nw + len("sửa đổi")
		}
	}
	return amended(key, end)
}

// ownersJoined says whether the capitalized words at c, an owner after
// "của", are followed by "và" and a second capitalized owner.
func ownersJoined(t *doc, c int) bool {
	key := t.Key
	for n := 0; n < 6 && c >= 0; n++ {
		e := wordEnd(key, c)
		if n > 0 && key[c:e] == "và" {
			a := nextWord(key, e)
			return a >= 0 && upperAt(t, a) && !stopAt(lawWords(), key, a)
		}
		if stopAt(nameStop(), key, c) {
			return false
		}
		c = nextWord(key, e)
	}
	return false
}

// hasOwner says whether a law's name so far names its owner after "của"
// ("… của Quốc hội").
func hasOwner(name string) bool {
	return strings.Contains(name, " của ")
}

// numberedBefore says whether the text before ends in a document's
// number or a congress's ("số 12 ", "XIII "), whose issuer follows.
func numberedBefore(before string) bool {
	return strings.ContainsAny(lastWordOf(before), "0123456789") || romanBefore(before)
}

// congressBefore says whether the text before ends in a congress's,
// plenum's or term's number: Roman ("Đại hội XII"), or in digits after
// the word it numbers ("Đại hội 12", "Trung ương 4", "khóa 12").
func congressBefore(before string) bool {
	if romanBefore(before) {
		return true
	}
	w := lastWordOf(before)
	if w == "" || strings.Trim(w, "0123456789") != "" {
		return false
	}
	rest := strings.TrimSuffix(strings.TrimRight(before, " "), w)
	switch lastWordOf(rest) {
	case "hội", "ương", "khóa", "khoá", "thứ":
		return true
	}
	return false
}

// romanBefore says whether the text before ends in a Roman number (a
// congress's or a term's).
func romanBefore(before string) bool {
	w := lastWordOf(before)
	return w != "" && romanRe.MatchString(w)
}

// lastWordOf returns the last word of s, spaces around it trimmed.
func lastWordOf(s string) string {
	w := strings.TrimSpace(s)
	return w[strings.LastIndexByte(w, ' ')+1:]
}

// echoPair says whether the two-syllable words ending at p and starting
// at q (after p's comma) share a syllable, which pairs them in one name:
// "Thể dục, thể thao", "khám bệnh, chữa bệnh".
func echoPair(key string, p, q int) bool {
	a2 := strings.LastIndexByte(key[:p], ' ')
	if a2 < 0 {
		return false
	}
	a1 := strings.LastIndexByte(key[:a2], ' ') + 1
	b1 := wordEnd(key, q)
	b2 := nextWord(key, b1)
	if b2 < 0 {
		return false
	}
	x, y := key[a1:a2], key[a2+1:p]
	u, v := key[q:b1], key[b2:wordEnd(key, b2)]
	return x != "" && (x == u) != (y == v)
}

// nameGoesOn says whether the stop word w, after the text before, goes
// on a law's name: "bị" and "luật" in a compound ("Luật Lực lượng dự bị
// động viên", "văn bản quy phạm pháp luật"), and "của" before a lower-case noun that is not the sentence's
// ("Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "Luật phòng,
// chống tác hại của thuốc lá"), where "của Quốc hội" or "của nước ta"
// end it.
func nameGoesOn(t *doc, w, before string, we int) bool {
	// "Luật Các tổ chức tín dụng": after a capitalized "Các" (a
	// lower-case one ends the name before) the noun goes on.
	if strings.HasSuffix(before, "các ") || strings.HasSuffix(before, "những ") {
		return true
	}
	// "… theo phương thức đối tác công tư", "… trên đất liền": a listed
	// phrase whose stop word is the name's own.
	if stopAt(nameThrough(), t.Key, we-len(w)) {
		return true
	}
	switch w {
	case "do":
		return freeDo(before)
	case "số":
		// "Luật Tần số vô tuyến điện": a word's syllable, where "số"
		// before a number starts the law's number.
		c := nextWord(t.Key, we)
		for _, w := range numberCompounds {
			if strings.HasSuffix(before, w) {
				return c < 0 || t.Key[c] < '0' || t.Key[c] > '9'
			}
		}
	case "bị":
		for _, c := range []string{"dự ", "thiết ", "chuẩn ", "trang "} {
			if strings.HasSuffix(before, c) {
				return true
			}
		}
	case "luật":
		return strings.HasSuffix(before, "pháp ") // "… quy phạm pháp luật"
	case "của":
		c := nextWord(t.Key, we)
		if c < 0 {
			return false
		}
		// "Nghị quyết Đại hội XII của Đảng", "Nghị quyết Hội nghị Trung
		// ương 4 khóa XII của Đảng": a resolution named by a congress's
		// or a plenum's number keeps the party it is of.
		if t.Key[c:wordEnd(t.Key, c)] == "đảng" && upperAt(t, c) && congressBefore(before) {
			return true
		}
		if upperAt(t, c) {
			// "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân
			// dân": owners joined by "và" are the title's own, where one
			// ("Luật … của Quốc hội"), a numbered document's issuer
			// ("Nghị quyết số 12 của Bộ Chính trị") or an amended law
			// ("của Luật …") is not.
			return !numberedBefore(before) && !stopAt(lawWords(), t.Key, c) && ownersJoined(t, c)
		}
		return !ownerWords[t.Key[c:wordEnd(t.Key, c)]]
	}
	return false
}

// freeDo says whether the stop word "do" after the text before is the
// end of "tự do" (free), inside a name: "Hiệp định Thương mại Tự do".
func freeDo(before string) bool {
	return strings.HasSuffix(before, "tự ")
}

// numberCompounds are the first syllables of words ending in "số"
// (tần số, dân số, chỉ số, đa số, thiểu số, hệ số), with their space.
var numberCompounds = []string{"tần ", "dân ", "chỉ ", "đa ", "thiểu ", "hệ "}

// placeNouns are the lower-case nouns of administrative units, which go
// on a body's name after its abbreviation ("Đảng bộ BĐBP tỉnh").
var placeNouns = map[string]bool{"tỉnh": true, "huyện": true, "xã": true, "quận": true, "phường": true, "thành": true, "thị": true, "thôn": true, "bản": true}

// secondField says whether the word at c, after a name's "và", is a
// second field of the name in capitals: no law word, no body's or
// person's first word, no headline in capitals.
func secondField(t *doc, c int) bool {
	if c < 0 || !upperAt(t, c) {
		return false
	}
	key := t.Key
	we := wordEnd(key, c)
	return !stopAt(lawWords(), key, c) && !bodyHeads[key[c:we]] && !strings.HasPrefix(key[c:], "công an") && !shoutAt(t, c, we, 2)
}

// bodyHeads are first words of bodies and offices, which after "và"
// start a name of their own rather than a law's second field.
var bodyHeads = map[string]bool{
	"bộ": true, "ban": true, "cục": true, "sở": true, "ủy": true, "uỷ": true, "hội": true, "đảng": true,
	"viện": true, "tòa": true, "toà": true, "trường": true, "phòng": true, "đoàn": true, "tổng": true,
	"chính": true, "quốc": true, "quân": true, "thủ": true, "chủ": true, "nhà": true,
	"quy": true, // "… và Quy chế bầu cử …", another document
	"ông": true, "bà": true, "đồng": true, "các": true, "những": true,
	// the commonest surnames and neighbouring countries: "… và Nguyễn
	// Văn A", "… giữa Việt Nam và Trung Quốc"
	"nguyễn": true, "trần": true, "lê": true, "phạm": true, "hoàng": true, "huỳnh": true, "phan": true,
	"vũ": true, "võ": true, "đặng": true, "bùi": true, "đỗ": true, "hồ": true, "ngô": true, "dương": true,
	"việt": true, "trung": true, "lào": true, "campuchia": true, "mỹ": true, "nga": true, "nhật": true, "hàn": true,
}

// ownerWords begin what "của" names when it goes on the sentence.
var ownerWords = map[string]bool{
	"ta": true, "nước": true, "các": true, "những": true, "mỗi": true, "chúng": true, "mình": true,
	"đảng": true, "nhà": true, "chính": true, "bộ": true, "quốc": true, "ủy": true, "uỷ": true, "hội": true,
	"hai": true, "ba": true, "bốn": true, // "của hai nước"
}

// andTail returns the end of up to four lower-case words at p that end
// a phrase (punctuation or the text's end follows), none of them a stop
// or law word, or 0.
func andTail(t *doc, p int) int {
	key := t.Key
	for n := 0; n < 4 && p >= 0; n++ {
		if upperAt(t, p) || stopAt(nameStop(), key, p) || stopAt(lawWords(), key, p) {
			return 0
		}
		we := wordEnd(key, p)
		// "… và công cụ hỗ trợ (sửa đổi)": the bill's mark ends it too.
		if we == len(key) || strings.ContainsRune(",;.…)(\n", rune(key[we])) || amended(key, we) > we {
			return we
		}
		p = nextWord(key, we)
		// "… và khu quân sự | trình Quốc hội": a word that goes on the
		// sentence ends the phrase too; a capitalized one ("… và hưởng
		// ứng | Ngày Pháp luật") starts a name and ends nothing.
		if n > 0 && p >= 0 && stopAt(nameStop(), key, p) && !upperAt(t, p) {
			return we
		}
	}
	return 0
}

// pairAfter says whether lower-case words at p, up to three, end in a
// comma that joins a listed pair ("cứu nạn, cứu hộ").
func pairAfter(t *doc, p int) bool {
	key := t.Key
	for n := 0; n < 3 && p >= 0 && !upperAt(t, p); n++ {
		we := wordEnd(key, p)
		if c := after(key, we, ", "); c >= 0 {
			return joinedAt(key, we, c)
		}
		p = nextWord(key, we)
	}
	return false
}

// numberAfter returns the end of a document number that follows a law's
// name ("Luật Quốc phòng số 22/2018/QH14"), or p.
func numberAfter(key string, p int) int {
	q := after(key, p, " số ")
	if q < 0 || key[q] < '0' || key[q] > '9' {
		return p
	}
	e := q
	for e < len(key) && key[e] != ' ' && key[e] != ',' && key[e] != ';' && key[e] != ')' && key[e] != '\n' {
		e++
	}
	for e > q && key[e-1] == '.' {
		e--
	}
	if !strings.ContainsAny(key[q:e], "/-") {
		return p
	}
	return e
}

// amendedRe is the note that a law is a revised one, which is part of
// its name: "Luật Nghĩa vụ quân sự (sửa đổi)", "Luật Giám định tư pháp
// (thay thế)".
// Without brackets the note must give the year: "Bộ luật Hình sự năm
// 2015 sửa đổi, bổ sung năm 2017".
var amendedRe = regexp.MustCompile(`^(?: ?\((?:sửa đổi(?:,? bổ sung)?|bổ sung|thay thế)(?: năm \d{4})?\)| (?:sửa đổi(?:,? bổ sung)?|bổ sung) năm \d{4}\b)`)

// amended returns the end of a "(sửa đổi)" note at key offset p, or p.
func amended(key string, p int) int {
	if p < len(key) && (key[p] == ' ' || key[p] == '(') {
		if loc := amendedRe.FindStringIndex(key[p:min(len(key), p+48)]); loc != nil {
			return p + loc[1]
		}
	}
	return p
}

// after returns the start of the word following sep at key offset p, or -1.
func after(key string, p int, sep string) int {
	if !strings.HasPrefix(key[p:], sep) {
		return -1
	}
	if q := p + len(sep); wordAt(key, q) {
		return q
	}
	return -1
}

// commaTail returns the end of up to three lower-case words at p that
// close a name (punctuation other than a comma, " và", or the name's year
// follows, which is kept), or 0.
func commaTail(key string, p int) int {
	for n := 0; n < 4; n++ {
		if ye, ok := yearAt(key, p); ok && n > 0 {
			return ye // "Luật Tín ngưỡng, tôn giáo năm 2016"
		}
		if n == 3 {
			return 0
		}
		we := wordEnd(key, p)
		if stopAt(nameStop(), key, p) {
			return 0
		}
		if we == len(key) || strings.ContainsRune(";.…)(\n", rune(key[we])) || strings.HasPrefix(key[we:], "…") || strings.HasPrefix(key[we:], " và ") {
			return we
		}
		if p = nextWord(key, we); p < 0 {
			return 0
		}
	}
	return 0
}

// yearTail returns the end of the year that closes "và" and up to four
// lower-case words at p, which then belong to a law's name, or 0. Only a
// year marks them as part of the title: "Luật Quốc phòng và nhiệm vụ
// quân sự." joins a law and a task.
func yearTail(t *doc, p int) int {
	key := t.Key
	for n := 0; n < 6; n++ {
		if p = nextWord(key, wordEnd(key, p)); p < 0 {
			return 0
		}
		if ye, ok := yearAt(key, p); ok && n > 0 {
			return ye
		}
		if n == 5 || upperAt(t, p) || stopAt(nameStop(), key, p) || stopAt(lawWords(), key, p) {
			return 0
		}
	}
	return 0
}

// yearAt matches "năm YYYY" or "YYYY" at p and returns its end.
func yearAt(key string, p int) (int, bool) {
	if p < 0 || p > len(key) {
		return 0, false
	}
	q := p
	if strings.HasPrefix(key[q:], "năm ") {
		q += len("năm ")
	}
	e := wordEnd(key, q)
	if e-q == 4 && key[q] >= '1' && key[q] <= '2' && strings.Trim(key[q:e], "0123456789") == "" {
		return e, true
	}
	return 0, false
}

// parseTreaty takes in a treaty's or memorandum's name after the span:
// capitalized words, or "về" / "giữa" and what follows, up to
// punctuation, a law word or a word that goes on the sentence; a year
// ends it. A treaty named by nothing is refused.
func parseTreaty(h *hit) (Value, bool) {
	t, key := h.t, h.t.Key
	// "Biên bản ghi nhớ (MOU) về …", "Biên bản ghi nhớ lần thứ 26 giữa
	// …": the kind's abbreviation or the memorandum's number before
	// what names it. (Only a name after them keeps them.)
	head := h.end
	h.end = abbrevAfter(t, h.end)
	if c := after(key, h.end, " lần thứ "); c >= 0 && key[c] >= '0' && key[c] <= '9' {
		h.end = wordEnd(key, c)
	}
	// "Công ước số 105 của ILO về …": a convention's number.
	if c := after(key, h.end, " số "); c >= 0 && key[c] >= '0' && key[c] <= '9' && strings.HasPrefix(key[h.start:], "công ước") {
		h.end = wordEnd(key, c)
		head = h.end
		if q := nextWord(key, h.end); q < 0 || !upperAt(t, q) && key[q:wordEnd(key, q)] != "của" && key[q:wordEnd(key, q)] != "về" {
			return Value{}, true // "Công ước số 105" alone
		}
	}
	q := nextWord(key, h.end)
	if q < 0 || !(key[q:wordEnd(key, q)] == "về" || key[q:wordEnd(key, q)] == "giữa") && h.end > head {
		h.end = head
		q = nextWord(key, h.end)
	}
	if q < 0 {
		return Value{}, false
	}
	first := key[q:wordEnd(key, q)]
	// A bare "Tuyên bố" names a declaration only by its place or subject
	// ("Tuyên bố Đà Nẵng", "Tuyên bố về việc kết nạp …", "Tuyên bố tầm
	// nhìn chung …"); "Tuyên bố của Bộ Ngoại giao" is a statement.
	// Opening a sentence or a headline, "Tuyên bố …" is the verb
	// (declares).
	if key[h.start:h.end] == "tuyên bố" && (!(first == "về" || first == "tầm" || upperAt(t, q)) || sentenceStart(key, h.start)) {
		return Value{}, false
	}
	// A name opened in lower case, not by "về" or "giữa".
	// "Công ước của Liên hợp quốc về Luật Biển": the party after "của".
	lowerStart, start := !upperAt(t, q) && first != "về" && first != "giữa" && !(first == "của" && upperNext(t, wordEnd(key, q))) && !yearAbout(key, q), q
	if lowerStart && !stopAt(treatySubjects(), key, q) {
		return Value{}, false
	}
	// "các Công ước quốc tế về nhân quyền": counted in the plural, a
	// name written small names a kind of treaty, not one.
	if lowerStart && (strings.HasSuffix(key[:h.start], "các ") || strings.HasSuffix(key[:h.start], "những ") || strings.HasSuffix(key[:h.start], "nhiều ")) {
		return Value{}, false
	}
	end := h.end
	// between: the parties are being named ("giữa …"); about: the
	// subject ("về …"), which "và" and a lower-case noun go on.
	between, about, stopped, listed, acronymBefore := false, false, false, false, false
	for n := 0; n < maxTreaty && q >= 0; n++ {
		we := wordEnd(key, q)
		w := key[q:we]
		if ye, ok := yearAt(key, q); ok {
			end = ye
			// "Tuyên bố chung năm 2023 về nâng cấp quan hệ …": what
			// the year's statement is about.
			if c := after(key, ye, " về "); c >= 0 && n == 0 && !about {
				q = c - len("về ")
				continue
			}
			break
		}
		switch {
		case w == "về" || w == "giữa" || w == "ở" || w == "tại" || w == "của" && (between || n == 0) && upperNext(t, we):
			// "… và Bộ Y tế Công cộng của Cộng hòa Dân chủ Nhân dân Triều
			// Tiên": a party's country.
			between = between || w == "giữa"
			about = about || w == "về"
		case w == "và" && stopAt(treatyHeads(), key, nextWord(key, we)):
			// "Hiệp định về Quy chế quản lý biên giới và Hiệp định về cửa
			// khẩu": a second treaty starts.
			q, stopped, listed = -1, true, true
			continue
		case w == "với" && between:
			// "giữa Bộ Quốc phòng … với Bộ Chiến tranh …".
		case w == "và" && (between || secondField(t, nextWord(key, we)) || stopAt(treatySubjects(), key, nextWord(key, we)) || about && reachesParties(t, nextWord(key, we))):
		case n > 0 && acronymBefore && lowerAt(t, q) && w != "năm":
			// "Hiệp định CPTPP | đều dành chỗ …": an abbreviation
			// closes the name; what follows in lower case is the
			// sentence's.
			q, stopped = -1, true
			continue
		case n > 0 && key[q-1] != '-' && (stopAt(nameStop(), key, q) && !upperAt(t, q) && !(w == "do" && freeDo(key[:q])) && !(w == "các" && strings.HasSuffix(key[:q], " về ")) && !stopAt(nameThrough(), key, q) || stopAt(lawWords(), key, q) && !strings.HasSuffix(key[:q], "về ")):
			// "Công ước … về Luật Biển": the law of the sea is the
			// subject, not another document.
			q, stopped = -1, true
			continue
		}
		if q < 0 {
			break
		}
		end = we
		acronymBefore = we-q >= 2 && shoutAt(t, q, we, 2)
		if nw := nextWord(key, we); nw >= 0 {
			q = nw
			continue
		}
		// "giữa TP. Huế và …": a city's dotted abbreviation.
		if c := after(key, we, ". "); c >= 0 && between && upperAt(t, c) && (key[q:we] == "tp" || key[q:we] == "tx") {
			q = c
			continue
		}
		// "Ác-hen-ti-na": a name transliterated in syllables, the
		// first capitalized, joined by tight hyphens.
		if c := after(key, we, "-"); c >= 0 && (upperAt(t, c) || wordAt(key, c) && (foreignTail(key, c) || transliterated(t, q, we))) {
			q = c // "Giơ-ne-vơ", "Jeollabuk-do"
			continue
		}
		// "… giữa Bộ đội Biên phòng (BĐBP) tỉnh Nghệ An và … Xiêng Khoảng
		// (Lào) về …": a party's abbreviation or country in brackets.
		if between {
			// "… Bộ Quốc phòng (nay là Bộ Chiến tranh) Hợp chúng quốc
			// Hoa Kỳ": what a party is called now.
			if c := after(key, we, " (nay là "); c >= 0 {
				if r := strings.IndexByte(key[c:min(len(key), c+80)], ')'); r > 0 && !strings.ContainsAny(key[c:c+r], "(.;") {
					if nw := nextWord(key, c+r+1); nw >= 0 && upperAt(t, nw) {
						q = nw
						continue
					}
				}
			}
			if c := after(key, we, " ("); c >= 0 && upperAt(t, c) && strings.HasPrefix(key[wordEnd(key, c):], ") ") {
				if nw := nextWord(key, wordEnd(key, c)+1); nw >= 0 {
					q = nw
					continue
				}
			}
		}
		c := after(key, we, " - ")
		if c < 0 {
			c = after(key, we, " -") // "Việt Nam –Trung Quốc"
		}
		if c >= 0 && upperAt(t, c) && upperAt(t, strings.LastIndexByte(key[:we], ' ')+1) {
			q = c // "Việt Nam – Lào"
			continue
		}
		// "về các quyền dân sự - chính trị": a pair of fields.
		if c >= 0 && about && lowerNoun(t, c) && lowerAt(t, q) {
			q = c
			continue
		}
		break
	}
	// The name ends on a word, not on "về" or "và".
	for end > h.end {
		s := strings.LastIndexByte(key[:end], ' ') + 1
		if w := key[s:end]; w != "về" && w != "và" && w != "giữa" && w != "ở" && w != "tại" {
			break
		}
		end = s - 1
	}
	if end <= h.end {
		return Value{}, false
	}
	// A name opened in lower case is a name only if it goes on to a
	// proper name or a year, or punctuation closes it: "Hiệp ước hữu nghị và hợp tác Việt Nam –
	// Lào", "Hiệp ước bổ sung năm 2005", not "Hiệp định thương mại tự do
	// nêu trên".
	// A name all in lower case that punctuation or the next treaty of a
	// list closes is whole: "(Nghị định thư phân giới cắm mốc)", "Hiệp
	// định miễn thị thực … và Hiệp định về …"; so is one that says what
	// it is about ("Công ước quốc tế về chống tra tấn").
	if lowerStart && !listed && !about && !properIn(t, start, end) && (stopped || nextWord(key, end) >= 0) {
		return Value{}, false
	}
	h.end = abbrevAfter(t, end)
	return Value{}, true
}

// parseMinutes reads a document that its kind alone names, written
// small: "biên bản hội đàm", "thỏa thuận kết nghĩa". It takes in the
// parties or subject a treaty would ("… giữa thị trấn Si Ma Cai và trấn
// Seo Pả Chư") and otherwise stands as it is.
func parseMinutes(h *hit) (Value, bool) {
	key := h.t.Key
	// "… giữa hai bên tại huyện …" names no parties.
	if q := nextWord(key, h.end); q >= 0 && key[q:wordEnd(key, q)] == "giữa" {
		if p := nextWord(key, wordEnd(key, q)); p >= 0 {
			switch key[p:wordEnd(key, p)] {
			case "hai", "ba", "các", "những":
				return Value{}, true
			}
		}
	}
	if ye, ok := yearAt(key, h.end+1); ok && key[h.end] == ' ' {
		h.end = ye // "biên bản hội đàm năm 2023"
		return Value{}, true
	}
	parseTreaty(h)
	return Value{}, true
}

// parseAgreement reads an agreement or rules of coordination written
// small, named by what follows them: parties after "giữa", a subject
// after "về", or a period or year ("giai đoạn 2025 - 2028", "năm 2025").
// With none of these the words name a kind of paper, not one.
func parseAgreement(h *hit) (Value, bool) {
	key := h.t.Key
	q := nextWord(key, h.end)
	if q < 0 {
		return Value{}, false
	}
	switch w := key[q:wordEnd(key, q)]; {
	case w == "giữa" || w == "về":
		parseTreaty(h)
		h.end = lawNameEnd(h.t, h.end)
		return Value{}, true
	case strings.HasPrefix(key[q:], "giai đoạn ") || w == "năm":
		if w == "năm" {
			if ye, ok := yearAt(key, q); ok {
				h.end = ye
			}
		}
		return Value{}, true
	}
	return Value{}, false
}

// transliterated says whether the word [q, we) is part of a name
// written in syllables joined by tight hyphens whose first is
// capitalized: "Ác-hen-ti-na", "Ma-lai-xi-a".
func transliterated(t *doc, q, we int) bool {
	s := q
	for s >= 2 && t.Key[s-1] == '-' && t.Key[s-2] != ' ' {
		s = strings.LastIndexAny(t.Key[:s-1], " -\n(") + 1
	}
	return s < q && upperAt(t, s) || upperAt(t, q) && strings.HasPrefix(t.Key[we:], "-")
}

// yearAbout says whether a year at p is followed by what the treaty is
// about: "Tuyên bố chung | năm 2023 về nâng cấp quan hệ …".
func yearAbout(key string, p int) bool {
	ye, ok := yearAt(key, p)
	return ok && after(key, ye, " về ") >= 0
}

// reachesParties says whether lower-case words from p, after a treaty
// subject's "và", go on to "giữa" and the parties, or to a proper name: "Bản ghi nhớ hợp tác
// về y tế và khoa học y học giữa …", not "Hiệp định mẫu về dẫn độ và sự
// hài hòa pháp luật về dẫn độ của …".
func reachesParties(t *doc, p int) bool {
	for n := 0; n < 10 && p >= 0; n++ {
		we := wordEnd(t.Key, p)
		if t.Key[p:we] == "giữa" || n > 0 && (upperAt(t, p) || stopAt(nameThrough(), t.Key, p)) {
			return n > 0
		}
		if !lowerNoun(t, p) {
			return false
		}
		p = nextWord(t.Key, we)
	}
	return false
}

// lowerNoun says whether a lower-case word that may go on a name starts
// at p: no stop word, law word or number.
func lowerNoun(t *doc, p int) bool {
	return p >= 0 && !upperAt(t, p) && (t.Key[p] < '0' || t.Key[p] > '9') && !stopAt(nameStop(), t.Key, p) && !stopAt(lawWords(), t.Key, p)
}

// upperNext says whether a capitalized word follows the word ending at
// key offset p, one space after it.
func upperNext(t *doc, p int) bool {
	c := nextWord(t.Key, p)
	return c >= 0 && upperAt(t, c)
}

// foreignTail says whether the word at p, after a tight hyphen, is the
// lower-case ending of a foreign place: "Jeollabuk-do", "Gyeonggi-do".
func foreignTail(key string, p int) bool {
	w := key[p:wordEnd(key, p)]
	return w == "do" || w == "gun" || w == "si"
}

// properIn says whether key offsets [s, e) hold a capitalized word or a
// digit.
func properIn(t *doc, s, e int) bool {
	for q := s; q >= 0 && q < e; q = nextWord(t.Key, wordEnd(t.Key, q)) {
		if upperAt(t, q) || t.Key[q] >= '0' && t.Key[q] <= '9' {
			return true
		}
	}
	return false
}
