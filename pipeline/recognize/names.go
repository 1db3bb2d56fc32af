package recognize

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/gazetteer"
	"github.com/vnextract/vnextract/pipeline/syllable"
	"github.com/vnextract/vnextract/rules"
)

// span is an entity found by the recognizer, by token indexes [s, e).
type span struct {
	typ  Type
	s, e int
	rule string
	// canon is a canonical name from a list entry, if any.
	canon string
	// title ends the title part of a position; the organization follows.
	title int
}

// analysis is the per-document state of the recognizer.
type analysis struct {
	keyText string
	source  string
	toks    []tok
	hits    []gazetteer.Hit
	// lists and raw serve the lists matched only after a noun
	// (districts, communes); unitHits is their buffer.
	lists    *gazetteer.Lists
	raw      []gazetteer.Token
	unitHits []gazetteer.Hit
	// unitPlaces are the indexes in the found spans of places read
	// inside units' names (locations' buffer).
	unitPlaces []int
	// first[i] is the index in hits of the first hit starting at token i;
	// hits are sorted by start.
	first   []int
	orgMemo []int32
	// orgFull[i] is org(i), orgMemo's with a parent after a dash or a
	// school's namesake; or unknown.
	orgFull []int32
	// nameMemo[i] is nameEnd(i), or unknown.
	nameMemo []int32
	// lens[i*NumKinds+k] is the length of the longest fitting hit of
	// kind k at token i (0 for none).
	lens []uint8
	// kinds[i] has bit k set when a hit of kind index k fits at token i.
	kinds []uint16
	// sentOf[i] is the sentence of token i.
	sentOf []int
	mem    *arena
	// chart records what the stages give up, when explain asks.
	chart *Chart
	// foreignLast holds the last words of the foreign names in the
	// document ("mattis"), found the first time foreignSurname asks.
	foreignLast map[string]bool
	// givenNames counts the Vietnamese full names in the document by
	// their given name ("hà" for Trần Hồng Hà), found the first time
	// givenNameRef asks.
	givenNames map[string]int
	// titledNameEnd[k] says a person's name, with a post written right
	// before it, ends at token k ("Bộ trưởng … Nguyễn Mạnh Hùng|,").
	titledNameEnd []bool
	// groupWords says the document has a business group's English type
	// word ("Group"), which groupBrand looks for.
	groupWords bool
}

const unknown = -2

func (a *analysis) n() int { return len(a.toks) }

// w is the folded text of token i.
func (a *analysis) w(i int) string { return a.keyText[a.toks[i].ks:a.toks[i].ke] }

// hitsAt returns the hits that start at token i.
func (a *analysis) hitsAt(i int) []gazetteer.Hit {
	if i < 0 || i >= len(a.toks) {
		return nil
	}
	return a.hits[a.first[i]:a.first[i+1]]
}

// longest returns the end of the longest hit of kind at i, and its entry.
func (a *analysis) longest(kind gazetteer.Kind, i int) (int, *gazetteer.Entry) {
	if i < 0 || i >= len(a.toks) {
		return -1, nil
	}
	l := a.lens[i*gazetteer.NumKinds+kind.Index()]
	if l == 0 {
		return -1, nil
	}
	end := i + int(l)
	for _, h := range a.hitsAt(i) {
		if h.Entry.Kind == kind && h.End == end && a.fits(h) {
			return end, h.Entry
		}
	}
	return end, nil
}

// has says whether a hit of kind that fits starts at token i.
func (a *analysis) has(kind gazetteer.Kind, i int) bool {
	return i >= 0 && i < len(a.kinds) && a.kinds[i]&(1<<kind.Index()) != 0
}

// hasAny says whether a hit of any of the kinds in mask (bits by
// Kind.Index) fits at token i.
func (a *analysis) hasAny(mask uint16, i int) bool {
	return i >= 0 && i < len(a.kinds) && a.kinds[i]&mask != 0
}

// indexHits fills lens: for each token and kind, the length in tokens of
// the longest hit that fits, so that longest costs one lookup.
func (a *analysis) indexHits(lens []uint8) []uint8 {
	n := len(a.toks) * gazetteer.NumKinds
	if cap(lens) < n {
		lens = make([]uint8, n)
	}
	lens = lens[:n]
	clear(lens)
	for _, h := range a.hits {
		l := h.End - h.Start
		k := h.Start*gazetteer.NumKinds + h.Entry.KindIndex()
		if l > 255 || int(lens[k]) >= l || !a.fits(h) {
			continue
		}
		lens[k] = uint8(l)
		a.kinds[h.Start] |= 1 << h.Entry.KindIndex()
	}
	return lens
}

// fits says whether a hit may be taken: no line break inside it, and an
// abbreviation entry only over text in capitals.
func (a *analysis) fits(h gazetteer.Hit) bool {
	if a.breaks(h.Start, h.End) {
		return false
	}
	// "T.Ư": a one-letter start is in capitals when it is capitalized;
	// so is "Tp." ("Tp.Hồ Chí Minh"), a city's word as news writes it.
	if h.Entry.Abbrev && !a.toks[h.Start].upper && !(a.toks[h.Start].capital && (a.toks[h.Start].ke-a.toks[h.Start].ks == 1 || a.toks[h.Start].kw == kwTP)) {
		return false
	}
	return true
}

// breaks says whether a line break falls inside tokens [s, e).
func (a *analysis) breaks(s, e int) bool {
	for k := s + 1; k < e && k < len(a.toks); k++ {
		if a.toks[k].brk {
			return true
		}
	}
	return false
}

// is says whether token i is the folded word w.
func (a *analysis) is(i int, w ...string) bool {
	if i < 0 || i >= len(a.toks) {
		return false
	}
	word := a.w(i)
	for _, x := range w {
		if word == x {
			return true
		}
	}
	return false
}

// next says whether token i exists on the same line as i-1.
func (a *analysis) next(i int) bool { return i < len(a.toks) && !a.toks[i].brk }

// adminList returns the end of further administrative words listed
// after one ending at k ("các huyện | , thành phố", "cấp xã | , phường,
// thị trấn"): bodies of every level named at once.
func (a *analysis) adminList(k int) int {
	for a.is(k, ",") && a.next(k+1) {
		m := a.admin(k + 1)
		if m < 0 || m < a.n() && a.next(m) && a.toks[m].capital {
			break
		}
		k = m
	}
	return k
}

// admin returns the end of an administrative prefix at i ("tỉnh",
// "thành phố", "TP.", "thị xã", "thị trấn", "đặc khu", "thủ đô"), or -1.
func (a *analysis) admin(i int) int {
	if i >= a.n() {
		return -1
	}
	// "Hợp tác xã Hà Phi": a cooperative's "xã" is no commune's.
	if i >= 2 && a.toks[i].kw == kwAdmin && a.is(i, "xã") && a.is(i-1, "tác") && a.is(i-2, "hợp") && a.next(i) {
		return -1
	}
	// "TX.Đức Phổ", "TT. Phong Điền": a town's word written short;
	// "H.Xín Mần" a district's, when a listed district follows.
	if a.toks[i].upper && a.is(i, "tx", "tt") && a.is(i+1, ".") && a.attached(i+1) && i+2 < a.n() && a.toks[i+2].capital {
		return i + 2
	}
	if a.toks[i].capital && a.is(i, "h") && a.is(i+1, ".") && a.attached(i+1) && a.unitListed(i+2, false) > i+2 {
		return i + 2
	}
	// "TX Hoài Nhơn": a town's word written short with a space, before a
	// listed district or town.
	if a.toks[i].upper && a.is(i, "tx") && a.next(i+1) && a.unitListed(i+1, false) > i+1 {
		return i + 1
	}
	// "P.3", "Q.5": a ward's or urban district's word written short
	// before its number, or a ward's or district's before a listed name
	// ("P.Long An", "Q.Ba Đình").
	if a.toks[i].capital && a.toks[i].ke-a.toks[i].ks == 1 && a.is(i, "p", "q") && a.is(i+1, ".") && a.attached(i+1) && i+2 < a.n() && a.attached(i+2) &&
		(a.toks[i+2].digits && a.toks[i+2].ke-a.toks[i+2].ks <= 2 || a.is(i, "p") && a.unitListed(i+2, true) > i+2 || a.is(i, "q") && a.unitListed(i+2, false) > i+2) {
		return i + 2
	}
	switch a.toks[i].kw {
	case kwDac:
		// The special zones of the 2025 reform ("đặc khu Phú Quốc") rank
		// with communes.
		if a.is(i+1, "khu") && a.next(i+1) {
			return i + 2
		}
	case kwAdmin:
		// "xã hội" is society, never a commune; "tỉnh ủy" is the
		// province's Party committee.
		if a.is(i, "xã") && a.is(i+1, "hội") && !a.toks[i+1].capital || a.committee(i) > i {
			return -1
		}
		// "huyện đảo Cô Tô".
		if a.is(i, "huyện") && a.is(i+1, "đảo") && a.next(i+1) {
			return i + 2
		}
		return i + 1

	case kwTP:
		if a.is(i+1, ".") {
			return i + 2
		}
		return i + 1
	case kwThi:
		if a.is(i+1, "xã", "trấn") && a.next(i+1) {
			return i + 2
		}
	case kwThanh:
		if a.is(i+1, "phố") && a.next(i+1) {
			return i + 2
		}
	case kwThu:
		// "Thủ đô Hà Nội", "thủ đô Viêng Chăn": the capital's word
		// goes with its name, as "thành phố" does (inside a body's name
		// the locations stage leaves it to the body).
		if a.is(i+1, "đô") && a.next(i+1) {
			return i + 2
		}
	}
	return -1
}

// countriesPaired returns the end of the countries a dash joins to the
// one ending at e ("Việt Nam-Cuba", "Việt Nam - Lào - Campuchia"), or e.
func (a *analysis) countriesPaired(e int) int {
	for a.is(e, "-", "–") && e+1 < a.n() && a.next(e+1) && a.attached(e) == a.attached(e+1) {
		c, _ := a.longest(gazetteer.Country, e+1)
		if c <= e+1 && a.countryPaired(e+1) {
			c = e + 2 // "Ban Biên giới Lào-Việt"
		}
		if c <= e+1 || !a.toks[e+1].capital {
			break
		}
		if p, _ := a.placeName(e + 1); p > c {
			break
		}
		e = c
	}
	return e
}

// committee returns the end of a Party committee named in lower case
// at i ("tỉnh ủy", "huyện uỷ", "thành ủy"), or -1.
func (a *analysis) committee(i int) int {
	if i+1 < a.n() && a.next(i+1) && !a.toks[i].capital && a.is(i, "tỉnh", "huyện", "thành", "quận", "thị", "xã", "phường") && a.is(i+1, "ủy", "uỷ") {
		return i + 2
	}
	return -1
}

// committeeNamed returns the end of a Party committee named in lower
// case at i with the listed place it may name ("tỉnh ủy Đồng Nai"), or
// -1.
func (a *analysis) committeeNamed(i int) int {
	c := a.committee(i)
	if c < 0 {
		return -1
	}
	if p, _ := a.placeName(c); p > c && a.next(c) && !a.personAt(c) {
		return p
	}
	return c
}

// unitName returns the end of the longest listed district or commune
// name at j that takes the administrative noun [i, j), or -1.
func (a *analysis) unitName(i, j int) (int, *gazetteer.Entry) {
	if a.lists == nil || j >= a.n() || !a.toks[j].capital {
		return -1, nil
	}
	noun := a.key(i, j)
	switch {
	case a.toks[i].kw == kwTP:
		noun = "thành phố"
	case noun == "huyện đảo":
		noun = "huyện"
	}
	a.unitHits = a.lists.MatchAt(a.keyText, a.raw, j, a.unitHits[:0])
	best, ent := -1, (*gazetteer.Entry)(nil)
	for _, h := range a.unitHits {
		if h.End > best && h.Entry.TakesNoun(noun) && !a.breaks(h.Start, h.End) && (a.toks[h.End-1].capital || a.toks[h.End-1].digits) {
			best, ent = h.End, h.Entry
		}
	}
	return best, ent
}

// unitAny returns the end of the longest listed district (or, when
// communes is set, commune) name at j, whatever noun it takes, or -1:
// "Công an Thạch Thành", "ở Nguyên Bình" name the place bare.
func (a *analysis) unitAny(j int, communes bool) int {
	best := a.unitListed(j, communes)
	// A name goes on past the listed one: no unit alone; unless a
	// person's name starts there ("Huyện uỷ Mỹ Đức | Bạch Liên Hương").
	if best > 0 && best < a.n() && a.next(best) && a.toks[best].capital && !a.toks[best].upper && !a.personAt(best) {
		return -1
	}
	return best
}

// unitListed returns the end of the longest listed district (or commune)
// name of two words or more at j, wherever the run of capitals goes on,
// or -1.
func (a *analysis) unitListed(j int, communes bool) int {
	if a.lists == nil || j >= a.n() || !a.toks[j].capital || a.toks[j].upper {
		return -1
	}
	a.unitHits = a.lists.MatchAt(a.keyText, a.raw, j, a.unitHits[:0])
	best := -1
	for _, h := range a.unitHits {
		if h.End > best && (communes || h.Entry.Kind == gazetteer.District) && !a.breaks(h.Start, h.End) && a.toks[h.End-1].capital && h.End-h.Start >= 2 {
			best = h.End
		}
	}
	return best
}

// placeHead returns the end of the word a place's name follows at i: an
// administrative word, a village's or island's ("thôn", "bản", "đảo"),
// or a venue's type ("sân bay", "cửa khẩu"); or -1.
func (a *analysis) placeHead(i int) int {
	if i >= a.n() {
		return -1
	}
	if a.toks[i].capital && a.is(i, "hội") {
		return a.facility(i)
	}
	switch a.toks[i].kw {
	case kwVillage:
		// In a headline in capitals "BUÔN LẬU" may be smuggling.
		if a.toks[i].shout {
			return -1
		}
		return i + 1
	case kwVenue:
		return a.venue(i)
	}
	// "tiểu khu 142": a forest's numbered compartment, or a town's
	// quarter ("tiểu khu Trung tâm"); Cambodia's "Tiểu khu Quân sự" is
	// a command.
	if a.is(i, "tiểu") && a.is(i+1, "khu") && a.next(i+1) && i+2 < a.n() && (a.toks[i+2].digits || a.toks[i+2].capital && !a.is(i+2, "quân")) {
		return i + 2
	}
	return a.admin(i)
}

// venue returns the end of a venue's type noun at i ("sân bay", "cảng",
// "ga", "cửa khẩu quốc tế", "quần đảo", "nhà máy thủy điện"), which a
// place's name follows, or -1. The spec counts venues and facilities as
// places, with their type noun.
func (a *analysis) venue(i int) int {
	if e := a.facility(i); e > i {
		return e
	}
	switch a.w(i) {
	case "sân":
		if a.is(i+1, "bay") && a.next(i+1) {
			return a.international(i + 2)
		}
	case "cửa":
		if a.is(i+1, "khẩu") && a.next(i+1) {
			e := a.gateKind(i + 2)
			// "cửa khẩu cảng Phú Quý": a port that is a border gate.
			if a.is(e, "cảng") && a.next(e) && !a.toks[e].capital {
				e++
			}
			return e
		}
	case "vùng": // "vùng biển Trường Sa", a sea area
		if a.is(i+1, "biển") && a.next(i+1) && !a.toks[i].capital && !a.toks[i+1].capital {
			return i + 2
		}
	case "ga":
		return i + 1
	case "ckqt": // "CKQT La Lay": cửa khẩu quốc tế written short
		if a.toks[i].upper {
			return i + 1
		}
	case "chợ": // "chợ Mê Linh", "chợ đầu mối Bình Điền"
		// "Hội chợ Du lịch quốc tế …": a fair is an event; "Bệnh viện
		// Chợ Rẫy" a hospital's name.
		if a.is(i-1, "hội") || a.is(i-1, "viện") && a.toks[i].capital && a.toks[i-2].capital {
			return -1
		}
		if a.is(i+1, "đầu") && a.is(i+2, "mối") && a.next(i+2) {
			return i + 3
		}
		return i + 1
	case "núi", "đèo", "mũi", "vịnh": // "núi Bà Đen", "đèo Hải Vân", "mũi Cà Mau", "vịnh Hạ Long"
		return i + 1
	case "chùa", "đền": // "chùa Bửu Lâm", "đền Hùng"
		return i + 1
	case "tịnh", "thiền", "thánh": // "tịnh xá Ngọc Phước", "thiền viện Trúc Lâm", "thánh thất Cao Đài"
		if a.is(i+1, "xá", "viện", "thất") && a.next(i+1) {
			return i + 2
		}
	}
	return -1
}

// facilities lists, by their first word, the type nouns of venues and
// facilities written in words, longest first: "nhà máy thủy điện Rào
// Trăng 3", "khu công nghiệp Đình Vũ", "trạm thủy văn Phú Lễ". An empty
// phrase lets the first word stand alone ("cảng Cửa Lò", "hồ Thác Bà").
var facilities = map[string][]string{
	"bán":   {"đảo"},
	"cánh":  {"đồng"},
	"cảng":  {"hàng không quốc tế", "hàng không", "cá", "biển", "quân sự", "nước sâu", ""},
	"dãy":   {"núi"},
	"khách": {"sạn"},
	"khu":   {"công nghệ cao", "công nghiệp", "kinh tế", "chế xuất", "đô thị", "di tích lịch sử", "di tích", "du lịch sinh thái biển", "du lịch sinh thái", "du lịch", "nghỉ dưỡng", "phố"},
	"mỏ":    {"than", "đá", "vàng", "thiếc", "sắt", "đồng", "quặng", "dầu", "khí", "cát"},
	"nghĩa": {"trang liệt sĩ", "trang liệt sỹ", "trang nhân dân", "trang"},
	"nhà": {"máy thủy điện", "máy thuỷ điện", "máy nhiệt điện", "máy điện gió", "máy điện mặt trời", "máy điện", "máy xi măng",
		"máy lọc dầu", "máy đóng tàu", "máy", "tang lễ", "nghỉ", "khách", "hát",
		"văn hóa", "văn hoá", "tưởng niệm", "lưu niệm", "tù", "ga"},
	// "Lăng Chủ tịch Hồ Chí Minh", "Lăng Ông Trà Ôn".
	"lăng": {"bác", "ông", ""},
	// "cầu Phong Châu", "hòn Mát", "tổ dân phố Sa Long", "điểm giao
	// nhận quân số 3", "điểm cao 1024", "trụ sở Bộ Quốc phòng".
	"cầu": {"cảng biển", "cảng", ""}, // "cầu cảng Vissai số 1", a berth
	// "nút giao An Phú", "cao tốc Dầu Giây - Phan Thiết", "chung cư
	// Masteri": an interchange, an expressway, a block of flats.
	"nút":    {"giao"},
	"cao":    {"tốc"},
	"chung":  {"cư"},
	"hòn":    {""},
	"hoàn":   {""},
	"tổ":     {"dân phố số", "dân phố"},
	"điểm":   {"giao nhận quân số", "cao"},
	"trụ":    {"sở"},
	"quần":   {"đảo"},
	"siêu":   {"thị"},
	"sân":    {"vận động quốc gia", "vận động"}, // "Sân vận động Quốc gia Mỹ Đình"
	"trường": {"bắn"},
	// "quảng trường Bình Minh", "cù lao An Bình".
	"quảng": {"trường"},
	"cù":    {"lao"},
	"trạm":  {"thủy văn", "thuỷ văn", "khí tượng", "ra đa", "biến áp"},
	"tượng": {"đài"},
	// "Trung tâm Hội nghị tỉnh", "Trung tâm Hội chợ Triển lãm Sài Gòn":
	// a venue, not a body.
	"trung": {"tâm hội nghị và triển lãm", "tâm hội nghị quốc gia", "tâm hội nghị", "tâm hội chợ triển lãm"},
	"vườn":  {"quốc gia"},
	"âu":    {"tàu"},
	// "ngã tư An Sương", "cửa biển Sa Kỳ", "khối phố Hòa Thượng", "lối
	// mở Nà Đoỏng" (a crossing on the border).
	"khối": {"phố"},
	"lối":  {"mở"},
	"ngã":  {"tư", "ba", "năm", "sáu", "bảy"},
	"cửa":  {"biển"},
	// Written small only: capitalized, these start a person's name
	// ("Hồ Văn Thái", "Đường Hoàng Long") or a company's.
	"hồ":    {"thủy lợi", "chứa nước", ""},
	"đập":   {"tràn", "thủy lợi", ""},
	"đường": {"cao tốc", "sắt", "dây", ""},
	"thủy":  {"điện"},
	"thuỷ":  {"điện"},
}

// lowerFacilities are the facilities named only when written small.
var lowerFacilities = map[string]bool{"hồ": true, "đập": true, "đường": true, "thủy": true, "thuỷ": true, "cầu": true, "nút": true, "cao": true, "chung": true}

// facility returns the end of a facility's type noun at i from the
// facilities table, or -1.
func (a *analysis) facility(i int) int {
	// Most of these words name no facility where they stand ("khu vực",
	// "con đường"): a facility's type runs on in lower case or its name
	// follows, capitalized or numbered.
	if i+1 >= a.n() || !a.next(i+1) {
		return -1
	}
	// "Hội trường Diên Hồng", "Hội trường Viện kiểm sát …": capitalized
	// only ("hội" is too common a word to list: the real golds leave out
	// "hội trường Huyện ủy").
	if a.is(i, "hội") {
		if a.toks[i].capital && a.is(i+1, "trường") && a.next(i+2) && a.toks[i+2].capital {
			return i + 2
		}
		return -1
	}
	w := a.w(i)
	phrases, ok := facilities[w]
	if !ok || lowerFacilities[w] && a.toks[i].capital && !(w == "đường" && a.is(i+1, "dây")) {
		return -1
	}
	// "giang hồ Cường": a gangster, not a lake; "nhu cầu", "yêu cầu",
	// "toàn cầu": no bridge.
	// ("điểm cầu Hà Nội" is a video link's end.)
	if w == "hồ" && a.is(i-1, "giang") || w == "cầu" && a.is(i-1, "nhu", "yêu", "toàn", "địa", "khẩn", "mưu", "thỉnh", "kiều", "hoàn", "nhịp", "bắc", "điểm", "đầu") {
		return -1
	}
	// A street is no place (the golds' call): "đường Láng", "đường
	// Nguyễn Văn Linh"; the national roads are: "đường Hồ Chí Minh",
	// "đường Trường Sơn", "đường tỉnh 178", "đường 9".
	if w == "đường" && a.toks[i+1].capital && !a.highwayAt(i+1) {
		return -1
	}
	// "Lăng Thị Loang" is a person: a mausoleum is named by a title
	// ("Lăng Chủ tịch Hồ Chí Minh") or "Bác", "Ông".
	if w == "lăng" && !a.has(gazetteer.Title, i+1) && !a.is(i+1, "bác", "ông") {
		return -1
	}
	next := a.w(i + 1)
	for _, p := range phrases {
		if p == "" {
			if t := a.toks[i+1]; t.capital || t.upper || t.digits {
				return i + 1
			}
			return -1
		}
		// The phrase's first word, before matching all of it.
		if len(p) < len(next) || p[:len(next)] != next || len(p) > len(next) && p[len(next)] != ' ' {
			continue
		}
		if e := a.phrase(i+1, p); e > i+1 {
			// "Nhà máy luyện cán thép Nghi Sơn": a plant's product in
			// lower case before its name.
			if p == "máy" {
				k := e
				for k < e+4 && a.lowerWord(k) {
					k++
				}
				if k > e && k < a.n() && a.next(k) && a.toks[k].capital && !a.personAt(k) {
					return k
				}
			}
			// "trạm biến áp 500kV Thạnh Mỹ", "đường dây 500 kV Monsoon -
			// Thạnh Mỹ": the voltage before the name.
			if p == "biến áp" || p == "dây" {
				e = a.voltageAfter(e)
			}
			return e
		}
	}
	return -1
}

// voltageAfter returns the end of a voltage ("500kV", "220 kV") at e, or
// e.
func (a *analysis) voltageAfter(e int) int {
	if e >= a.n() || !a.next(e) {
		return e
	}
	if w := a.w(e); strings.HasSuffix(w, "kv") && len(w) > 2 && w[0] >= '0' && w[0] <= '9' {
		return e + 1
	}
	if a.toks[e].digits && a.is(e+1, "kv") && a.next(e+1) {
		return e + 2
	}
	return e
}

// highwayAt says whether the name of a national road starts at i.
func (a *analysis) highwayAt(i int) bool {
	for _, h := range highways {
		if e := a.phrase(i, h); e > i {
			return true
		}
	}
	return false
}

// highways are the national roads news names after "đường", folded.
var highways = []string{"hồ chí minh", "trường sơn", "đông trường sơn", "tây trường sơn", "xuyên á", "bắc nam", "ven biển"}

// facilityEndsAt says whether a facility's type noun ends just before j.
func (a *analysis) facilityEndsAt(j int) bool {
	for s := j - 1; s >= 0 && s >= j-4; s-- {
		if a.toks[s].kw == kwVenue && a.facility(s) == j {
			return true
		}
	}
	return false
}

// phrase returns the end of the words of p (one space between them)
// at i, all on one line, or -1.
func (a *analysis) phrase(i int, p string) int {
	for p != "" {
		w, rest, _ := strings.Cut(p, " ")
		if !a.next(i) || a.w(i) != w {
			return -1
		}
		i, p = i+1, rest
	}
	return i
}

// international steps over "quốc tế" after a venue's type noun at i.
func (a *analysis) international(i int) int {
	if a.is(i, "quốc") && a.is(i+1, "tế") && a.next(i) && a.next(i+1) {
		return i + 2
	}
	return i
}

// gateKind returns the end of a border gate's kind written small after
// "cửa khẩu" at i: "quốc tế", "song phương", "chính", "phụ", then the
// way it serves ("đường bộ", "đường sắt") and its number ("số II"); or
// i.
func (a *analysis) gateKind(i int) int {
	e := a.international(i)
	if e == i && a.next(i) && !a.toks[i].capital {
		switch {
		case a.is(i, "song") && a.is(i+1, "phương") && a.next(i+1):
			e = i + 2
		case a.is(i, "chính", "phụ") && i+1 < a.n() && a.next(i+1) && a.toks[i+1].capital:
			e = i + 1
		}
	}
	if a.is(e, "đường") && a.is(e+1, "bộ", "sắt") && a.next(e) && a.next(e+1) && !a.toks[e].capital {
		e += 2
		// "cửa khẩu quốc tế đường bộ số II-Kim Thành".
		if a.is(e, "số") && e+1 < a.n() && a.next(e+1) && (a.toks[e+1].roman || a.toks[e+1].digits) {
			e += 2
			if e+1 < a.n() && a.is(e, "-") && a.attached(e) && a.attached(e+1) && a.toks[e+1].capital {
				e++
			}
		}
	}
	return e
}

// road returns the end of a numbered national or provincial road at i
// ("Quốc lộ 1A", "QL 14", "tỉnh lộ 8"), or -1.
func (a *analysis) road(i int) int {
	// Most tokens start no road: "quốc"/"tỉnh" are classed already.
	if i >= a.n() {
		return -1
	}
	if k := a.toks[i].kw; k != kwVenue && k != kwAdmin && !a.toks[i].upper && !a.is(i, "đường") {
		return -1
	}
	j := -1
	switch {
	case a.is(i, "quốc", "tỉnh") && a.is(i+1, "lộ") && a.next(i+1):
		j = i + 2
	case a.is(i, "đường") && a.is(i+1, "tỉnh") && a.next(i+1): // "đường tỉnh 178"
		j = i + 2
	case a.is(i, "ql") && a.toks[i].upper:
		j = i + 1
	}
	if j < 0 || !a.next(j) || !a.toks[j].digits {
		return -1
	}
	j++
	// "1A": a letter written onto the number.
	if j < a.n() && a.attached(j) && a.toks[j].upper || j < a.n() && a.attached(j) && a.toks[j].capital && a.toks[j].ke-a.toks[j].ks == 1 {
		j++
	}
	return j
}

// central returns the end of "Trung ương" written short at j ("T.Ư",
// "TƯ", "TW"), or -1.
func (a *analysis) central(j int) int {
	switch {
	case a.is(j, "t") && a.is(j+1, ".") && a.is(j+2, "ư") && a.attached(j+1) && a.attached(j+2):
		return j + 3
	case a.is(j, "tư", "tw") && a.toks[j].upper:
		return j + 1
	}
	return -1
}

// placeKinds are the list kinds that name places.
var placeKinds = uint16(1)<<gazetteer.Province.Index() | 1<<gazetteer.Country.Index() | 1<<gazetteer.Region.Index()

// placeName returns the end and entry of a listed place at i.
func (a *analysis) placeName(i int) (int, *gazetteer.Entry) {
	if !a.hasAny(placeKinds, i) {
		return -1, nil
	}
	best, ent := -1, (*gazetteer.Entry)(nil)
	for _, k := range []gazetteer.Kind{gazetteer.Province, gazetteer.Country, gazetteer.Region} {
		if e, en := a.longest(k, i); e > best {
			best, ent = e, en
		}
	}
	// "miền Bắc": an entry written in lower case takes lower case.
	if best > 0 && !a.toks[i].capital && !a.toks[i].upper && (ent == nil || !lowerInitial(ent.Text)) {
		return -1, nil
	}
	// "Viglacera Yên Mỹ", "khu vực 2 – Thạnh Mỹ": a one-word country
	// after another capitalized word ends a longer name; "Dũng sĩ diệt
	// Mỹ" names an honour.
	if best == i+1 && ent != nil && ent.Kind == gazetteer.Country && i > 0 && a.next(i) &&
		(a.toks[i-1].capital && !a.toks[i-1].upper && a.toks[i-1].word && !a.hasAny(placeKinds, i-1) && i >= 2 && a.next(i-1) && a.toks[i-2].word && !a.insideListed(i-1, 3, gazetteer.Org) && !a.has(gazetteer.Org, i-1) && !a.is(i-1, "bạn", "nước") || a.is(i-1, "diệt")) {
		if p, _ := a.placeName(i - 1); p < 0 {
			return -1, nil
		}
	}
	// "Khoa Việt Nam học", "Hán Nôm học": a country's name before "học"
	// names a field of study.
	// "sinh viên Việt Nam học tập": a lower-case word after "học" makes
	// it a verb, and the country stays.
	if best > 0 && a.is(best, "học") && a.next(best) && !(a.next(best+1) && a.lowerWord(best+1)) {
		return -1, nil
	}
	// "Anh Nguyễn Minh Triết sinh năm …": a word of address opening a
	// sentence before a name; "Đức vua Lý Thái Tổ", "Đức Phật": an
	// honorific.
	if best == i+1 && ent != nil && ent.Kind == gazetteer.Country && a.next(i+1) && i+1 < a.n() {
		if a.is(i, "anh", "chị") && a.startsName(i+1) || a.is(i, "đức") && a.is(i+1, "vua", "phật", "thánh", "mẹ", "cha", "chúa") {
			return -1, nil
		}
	}
	// "tiếng Anh" is a language, "người Anh", "quốc tịch Anh" and "du
	// khách Anh" a nationality.
	if best > 0 && (a.is(i-1, "tiếng", "người", "khách", "kiều") || a.is(i-1, "tịch") && a.is(i-2, "quốc")) {
		return -1, nil
	}
	// "Huân chương Kháng chiến chống Pháp hạng nhì": the war an award
	// is named after, not a place (the capitals mark the award's name).
	if best > 0 && a.is(i-1, "chống") && a.is(i-2, "chiến") && a.is(i-3, "kháng") && a.toks[i-3].capital {
		return -1, nil
	}
	// "Giải thưởng Nguyễn Phan Vinh": a one-word place that ends a
	// person's name, whether or not the name is a person here.
	if best == i+1 && i >= 2 && a.toks[i-1].capital && a.toks[i-2].capital && a.next(i-1) && a.next(i) && a.startsName(i-2) && a.nameEnd(i-2) == i+1 {
		return -1, nil
	}
	// "ANTD.VN -", "VOV.VN": a site's domain, not the country.
	if best == i+1 && a.is(i-1, ".") && a.attached(i) && a.toks[i].upper {
		return -1, nil
	}
	// "chuyến bay VN54": letters with digits attached are a code.
	if best == i+1 && a.code(i) > i {
		return -1, nil
	}
	if best == i+1 && ent != nil && ent.Kind == gazetteer.Country {
		// "Anh là công nhân": the pronoun opening a clause.
		if a.is(i, "anh") && (i == 0 || !a.toks[i-1].word || a.toks[i].brk) && a.next(i+1) && a.toks[i+1].word && !a.toks[i+1].capital {
			return -1, nil
		}
		// "Mỹ Đình", "Đông Anh": a one-word country inside a longer
		// place's name; "Bạn Lào" stays.
		if a.next(i+1) && (a.toks[i+1].capital && !a.toks[i+1].upper) && !a.startsOther(i+1) && !a.startsName(i+1) && !a.has(gazetteer.Country, i+1) &&
			a.is(i-1, "tại", "ở", "đến", "từ", "qua", "về") {
			return -1, nil
		}
		if a.is(i, "anh") && i > 0 && a.next(i) && a.toks[i-1].capital && !a.is(i-1, "bạn") && !a.startsOther(i-1) {
			return -1, nil
		}
	}
	// A one-word place that begins a longer entry of another kind is
	// that entry: "Anh" in "Anh hùng", "Nam" in "Nam Định" is fine.
	if best == i+1 {
		for _, h := range a.hitsAt(i) {
			if h.End > best && a.fits(h) && h.Entry.Kind != gazetteer.Surname && h.Entry.Kind != gazetteer.NameTail {
				return -1, nil
			}
		}
	}
	return best, ent
}

// place returns the end of a location at i: a listed place, or an
// administrative word and a place or capitalized name ("tỉnh Cà Mau",
// "xã Ia Dom", "TP.Biên Hòa").
func (a *analysis) place(i int) (int, *gazetteer.Entry) {
	if r := a.road(i); r > 0 {
		return r, nil
	}
	// "cao tốc Dầu Giây - Phan Thiết", "cao tốc TP.HCM - Long Thành -
	// Dầu Giây": an expressway named by the places it joins.
	if a.is(i, "cao") && a.is(i+1, "tốc") || a.is(i, "đường") && a.is(i+1, "cao") && a.is(i+2, "tốc") {
		e, ent := a.placeAlone(i)
		if e <= i {
			return e, ent
		}
		// ("Bắc - Nam | đoạn qua Thanh Hóa": a section named after.)
		for e > i+3 && a.lowerWord(e-1) && (a.toks[e-2].capital || a.toks[e-2].upper) {
			e--
		}
		for k := 0; k < 4 && e+1 < a.n() && a.is(e, "-", "–") && a.next(e+1) && a.toks[e+1].capital; k++ {
			// Each end is a listed place or a run of capitalized words
			// ("Bắc - Nam | đoạn qua Thanh Hóa").
			q, _ := a.placeName(e + 1)
			r := e + 1
			for r < a.n() && r-e <= 4 && (r == e+1 || a.next(r)) && (a.toks[r].capital || a.toks[r].upper) {
				r++
			}
			q = max(q, r)
			if q <= e+1 {
				break
			}
			e, ent = q, nil
		}
		return e, ent
	}
	return a.placeAlone(i)
}

// placeAlone is place without an expressway's further ends.
func (a *analysis) placeAlone(i int) (int, *gazetteer.Entry) {
	// "tàu sân bay USS Theodore Roosevelt": an aircraft carrier, no
	// airport.
	if a.is(i, "sân") && a.is(i-1, "tàu") && a.is(i+1, "bay") {
		return -1, nil
	}
	// "Trụ sở Chính phủ", "Trụ sở Bộ Quốc phòng", "Nhà khách Bộ Quốc
	// phòng": the seat or guesthouse of a body, capitalized, is a venue
	// named with the body; in lower case the real golds split, and most
	// leave it out.
	if i < a.n() && a.toks[i].capital && (a.is(i, "trụ") && a.is(i+1, "sở") || a.is(i, "nhà") && a.is(i+1, "khách") || a.is(i, "hội") && a.is(i+1, "trường")) && a.next(i+1) && a.next(i+2) {
		if o := a.org(i + 2); o > i+2 {
			return o, nil
		}
	}
	// "Trung tâm Hội nghị tỉnh", "Trung tâm Hội nghị thành phố Hải
	// Phòng", "Trung tâm Hội nghị Quốc gia": a conference centre, with
	// the place it serves, bare or named.
	if i < a.n() && a.is(i, "trung") && a.toks[i].capital {
		if f := a.facility(i); f > i {
			if a.admin(f) > 0 && a.next(f) {
				if p, _ := a.place(f); p > f {
					return p, nil
				}
				return a.admin(f), nil
			}
			if a.next(f) && a.toks[f].capital && !a.startsOther(f) && !a.personAt(f) {
				if e := a.placeRun(f); e > f {
					return e, nil
				}
			}
			// Bare, only the state's is named ("… Quốc gia").
			if a.is(f-1, "gia") {
				return f, nil
			}
			return -1, nil
		}
	}
	if j := a.placeHead(i); j > 0 && a.next(j) {
		// "TP.HCM | Tất Thành Cang": a city listed with its noun ends
		// there.
		if e, en := a.placeName(i); e > j && en != nil && en.Kind == gazetteer.Province && a.toks[j].upper {
			return e, en
		}
		// "Khu di tích Lăng Chủ tịch Hồ Chí Minh": a monument named
		// inside the site that holds it.
		if a.is(j, "lăng", "tượng") && a.toks[j].capital && j > i {
			if p, _ := a.place(j); p > j+1 {
				return p, nil
			}
		}
		// "quận 3", "Phường 12", "ấp 3": wards, urban districts and
		// hamlets are numbered.
		// "tổ dân phố số 1", "điểm giao nhận quân số 3", "điểm cao
		// 1024": a venue numbered after its type.
		if a.toks[j].digits && a.toks[i].kw == kwVenue && (a.is(j-1, "số") || a.is(j-1, "cao") && a.is(i, "điểm")) {
			// "điểm cao 1049 và 1015": heights listed are one place.
			e := j + 1
			for a.is(e, ",", "và") && e+1 < a.n() && a.toks[e+1].digits && a.next(e+1) {
				e += 2
			}
			return e, nil
		}
		// ("cách đảo 15 hải lý": a distance, not an island.)
		if a.toks[j].digits && !a.is(j+1, "hải", "km", "m", "mét", "ha", "dặm", "cây") && (a.is(i, "quận", "phường") || a.is(i+1, ".") && a.is(i, "p", "q") || a.toks[i].kw == kwVillage || a.is(i, "khu") && a.is(i+1, "phố") || a.is(i, "tiểu") && a.is(i+1, "khu") || a.is(i, "tổ") && a.is(i+1, "dân") && a.is(i+2, "phố")) {
			// "thôn 2, 3, 4": hamlets numbered in a list are one place.
			e := j + 1
			// "khu phố 1A", "tổ dân phố 9A": a letter written onto the
			// number.
			e = a.numberLetter(e)
			for a.toks[i].kw == kwVillage && a.is(e, ",") && e+1 < a.n() && a.toks[e+1].digits && a.next(e+1) && a.toks[e+1].ke-a.toks[e+1].ks <= 2 {
				e += 2
			}
			return e, nil
		}
		// "Nhà tang lễ Quốc gia (phía Nam)", "Trường bắn Quốc gia khu
		// vực 3": venues of the state.
		if a.is(j, "quốc") && a.is(j+1, "gia") && a.toks[i].kw == kwVenue {
			e := j + 2
			// "Khu di tích lịch sử Quốc gia đặc biệt Đền Hùng": a
			// special national site.
			if a.is(e, "đặc") && a.is(e+1, "biệt") && a.next(e+1) && a.next(e+2) && e+2 < a.n() && a.toks[e+2].capital {
				if p, _ := a.place(e + 2); p > e+2 {
					return p, nil
				}
				if r := a.placeRun(e + 2); r > e+2 {
					return r, nil
				}
			}
			if a.is(e, "phía") && a.next(e+1) && a.is(e+1, "nam", "bắc") {
				e += 2
			} else if a.is(e, "khu") && a.is(e+1, "vực") && a.next(e+2) && a.toks[e+2].digits {
				e += 3
			} else if p, _ := a.placeName(e); p > e && a.next(e) {
				e = p // "Nghĩa trang Liệt sĩ Quốc gia Vị Xuyên"
			}
			return e, nil
		}
		// "Nhà máy X51", "Nhà máy Z111": the army's factories go by code
		// and are bodies.
		if a.code(j) > j {
			return -1, nil
		}
		// "trụ sở Bộ Quốc phòng", "trụ sở Thành ủy Hà Nội": the seat of
		// a body named in full, listed or by its place; "trụ sở Công
		// an", "trụ sở TP Pleiku" name no venue.
		if a.is(i, "trụ") {
			// ("trụ sở làm việc Công an tỉnh": the seat where it works.)
			if a.is(j, "làm") && a.is(j+1, "việc") && a.next(j+1) && a.next(j+2) {
				j += 2
			}
			o := a.org(j)
			if o > j && (a.namedIn(j, o) || a.hasListedOrg(j, o)) {
				return o, nil
			}
			return -1, nil
		}
		// "Nhà văn hóa thôn Tân Mỹ", "Nhà tang lễ tỉnh Ninh Bình", "sân
		// vận động xã Đông Hiếu": a facility of the place named after its
		// type.
		if a.toks[i].kw == kwVenue && (a.is(i, "nhà") || a.is(i, "tổ") || a.is(i, "sân") && a.is(i+1, "vận")) && !a.toks[j].capital && (a.toks[j].kw == kwVillage || a.admin(j) > 0) {
			if p, _ := a.place(j); p > j+1 {
				return p, nil
			}
		}
		// "Tượng đài Chủ tịch Hồ Chí Minh", "Lăng Chủ tịch Hồ Chí Minh": a
		// monument to a person, with their title.
		if (a.is(i, "tượng", "lăng") || a.is(i, "nhà") && a.is(i+1, "tưởng", "lưu")) && a.toks[j].capital {
			// "Nhà tưởng niệm Anh hùng liệt sỹ Nguyễn Văn Trỗi": an
			// honour before the name.
			n := j
			for k := 0; k < 3; k++ {
				if e, _ := a.longest(gazetteer.NonName, n); e > n {
					n = e
				} else if a.is(n, "liệt") && a.is(n+1, "sĩ", "sỹ") {
					n += 2
				} else {
					break
				}
			}
			if n > j && a.personAt(n) {
				return a.nameEnd(n), nil
			}
			if t, _ := a.longest(gazetteer.Title, j); t > j && a.personAt(t) {
				return a.nameEnd(t), nil
			}
		}
		// A street or a lake takes no body's name and no measure: "đường
		// sắt | Công an tỉnh", "đường | Km 26".
		if lowerFacilities[a.w(i)] {
			if p, _ := a.placeName(j); p <= j && (a.is(j, "km") || a.toks[j].upper || a.startsOther(j)) {
				return -1, nil
			}
		}
		// A listed district or commune of the kind the noun names:
		// "xã Hội Sơn", "huyện Mường Lát" (before "Lò Thị Xiêm").
		if e, ue := a.unitName(i, j); e > j {
			if p, en := a.placeName(j); p >= e {
				return p, en
			}
			return e, ue
		}
		// A listed place, unless it is one word that a longer name goes
		// on from ("huyện Anh Sơn", "xã Mỹ Lộc").
		if e, en := a.placeName(j); e > j && (e > j+1 || !a.next(e) || !a.toks[e].capital || a.startsOther(e) || a.personAt(e)) {
			// "một số tỉnh miền Trung", "các tỉnh Tây Nguyên": provinces
			// of a region, which is the place named.
			if en != nil && en.Kind == gazetteer.Region && a.is(i, "tỉnh") {
				return -1, nil
			}
			if d := a.dashJoined(e, en); d > e {
				return d, nil
			}
			// "đường dây 500kV Lào Cai-Vĩnh Yên": a line between two
			// provinces is one venue.
			if a.is(i, "đường") && a.is(i+1, "dây") && e+1 < a.n() && a.is(e, "-", "–") && a.next(e+1) && a.toks[e+1].capital {
				if p, _ := a.placeName(e + 1); p > e+1 {
					return p, nil
				}
			}
			// "đảo Trường Sa Lớn", "đảo Trường Sa Đông": a listed name
			// and the direction or size that tells its namesake apart.
			if a.next(e) && a.toks[e].capital && sideWords[a.w(e)] && (e+1 >= a.n() || !a.next(e+1) || !a.toks[e+1].capital && !a.toks[e+1].upper) {
				return e + 1, nil
			}
			return e, en
		}
		// "nút giao Quốc lộ 51": a venue on a numbered road.
		if r := a.road(j); r > j && a.toks[i].kw == kwVenue {
			return r, nil
		}
		// After a venue's word a head noun is the venue's name: "ga Khoa
		// Trường".
		if a.toks[j].capital && (!a.startsOther(j) || a.toks[i].kw == kwVenue && !a.personAt(j) || a.toks[i].kw == kwVillage && a.has(gazetteer.OrgHead, j) && !a.hasAny(otherKinds&^(1<<gazetteer.OrgHead.Index()), j)) && !a.officialNamed(i, j) {
			if e := a.placeRun(j); e > j {
				// "cầu cảng Vissai số 1": the venue's number.
				if a.is(e, "số") && e+1 < a.n() && a.toks[e+1].digits && a.next(e) && a.next(e+1) && a.toks[i].kw == kwVenue {
					return e + 2, nil
				}
				// "chợ Đầu mối Nông sản | thực phẩm Hóc Môn": a venue's
				// name goes on in lower case to a place that closes it.
				// (A street's or a lake's name takes none: "đường Lê Duẩn
				// | gần hồ Hòn Cỏ".)
				if a.toks[i].kw == kwVenue && !lowerFacilities[a.w(i)] && a.next(e) && a.lowerWord(e) {
					// (Not to a body: "sân bay Nội Bài | tiễn Đoàn Thể thao
					// Việt Nam".)
					if c, _ := a.tails(e); c > e && !a.bodyWithin(e, c) {
						e = c
					}
				}
				return e, nil
			}
		}
		return -1, nil
	}
	if e, ent := a.placeName(i); e > i {
		if d := a.dashJoined(e, ent); d > e {
			return d, nil
		}
		return e, ent
	}
	return a.republic(i)
}

// sideWords tell apart places of one name: "Trường Sa Lớn", "Song Tử
// Tây".
var sideWords = map[string]bool{"đông": true, "tây": true, "nam": true, "bắc": true, "lớn": true, "nhỏ": true}

// dashJoined returns the end of a second name that a tight dash joins to
// the listed place ending at e, one place's name ("Sài Gòn-Chợ Lớn",
// "cửa khẩu quốc tế Lào Cai-Hà Khẩu"), or e. A second province or
// country makes two places ("Hà Nội-Hải Phòng"), and so does a country
// first.
func (a *analysis) dashJoined(e int, ent *gazetteer.Entry) int {
	if ent == nil || ent.Kind == gazetteer.Country || e+1 >= a.n() || !a.is(e, "-") || !a.attached(e) || !a.attached(e+1) || !a.toks[e+1].capital || a.toks[e+1].upper {
		return e
	}
	if p, en := a.placeName(e + 1); p > e+1 {
		if en != nil && (en.Kind == gazetteer.Province || en.Kind == gazetteer.Country) {
			return e
		}
		return p
	}
	if a.startsOther(e+1) || a.personAt(e+1) {
		return e
	}
	if c := a.capRun(e+1, 3); c > e+1 {
		return c
	}
	return e
}

// republicWords are the abbreviations of a republic's formal name:
// "nước CHND Trung Hoa", "CHDCND Lào".
var republicWords = map[string]bool{"ch": true, "chnd": true, "chdcnd": true, "chxhcn": true, "chlb": true, "chdc": true}

// republic returns the end and entry of a country named by its formal
// name that no list holds: "Cộng hòa Argentina", "Cộng hòa Đông
// Uruguay", "CHND Trung Hoa"; or -1.
func (a *analysis) republic(i int) (int, *gazetteer.Entry) {
	k := -1
	switch {
	case i+2 < a.n() && a.is(i, "cộng") && a.toks[i].capital && a.is(i+1, "hòa", "hoà") && a.next(i+1) && a.next(i+2):
		k = i + 2
	case i+1 < a.n() && a.toks[i].upper && republicWords[a.w(i)] && a.next(i+1):
		k = i + 1
	default:
		return -1, nil
	}
	for n := 0; n < 4 && k < a.n() && (n == 0 || a.next(k)) && a.toks[k].capital; n++ {
		if c, ent := a.longest(gazetteer.Country, k); c > k {
			return c, ent
		}
		k++
	}
	return -1, nil
}

// bodyWithin says whether a body's name starts in [s, e).
func (a *analysis) bodyWithin(s, e int) bool {
	for k := s; k < e; k++ {
		if (a.toks[k].capital || a.toks[k].upper) && a.org(k) > k {
			return true
		}
	}
	return false
}

// placeRun returns the end of an unlisted place's name at j, after an
// administrative word: up to four capitalized words, ending before a
// person's name ("huyện Mường Lát Lò Thị Xiêm") and never taking a
// number ("huyện Mèo Vạc 2 máy phát điện").
func (a *analysis) placeRun(j int) int {
	e := a.capRun(j, 4)
	// "sân bay Nội Bài | tiễn đoàn": after two capitalized words a
	// syllable written small is the sentence's, unless the two make a
	// listed compound ("Nhà hát Quân đội").
	if e >= j+3 && a.toks[e-1].word && !a.toks[e-1].capital && !a.toks[e-1].upper && !a.toks[e-1].digits && a.toks[e-2].capital && a.toks[e-3].capital && !sideWords[a.w(e-1)] {
		if c, _ := a.longest(gazetteer.NameTail, e-2); c != e {
			if w, _ := a.longest(gazetteer.Word, e-2); w != e {
				e--
			}
		}
	}

	// "Nghĩa trang Liệt sỹ | Trường Sơn": a listed place, though its
	// first word heads bodies, ends the venue's name.
	if e > j && a.next(e) && a.toks[e].capital {
		if p, _ := a.placeName(e); p > e {
			e = p
		}
	}
	// "tỉnh Yamanashi | Fshidera Junichi": a foreign name after a
	// foreign place's one word is its official's.
	if e > j+2 && a.foreignPlaceWord(j) && a.nameParts(j+1, a.foreignName(j+1)) >= 2 {
		e = j + 1
	}
	// "HĐND tỉnh | Khóa XII": a legislature's term ends the place.
	for k := j; k < e; k++ {
		if a.is(k, "khóa", "khoá") && k+1 < a.n() && (a.toks[k+1].roman || a.toks[k+1].digits) {
			e = k
		}
	}
	// "huyện Từ Liêm - TP Hà Nội": a dash before another place's word
	// ends the first.
	for k := j + 1; k < e; k++ {
		if a.is(k, "-") && a.placeHead(k+1) > 0 {
			e = k
		}
		// "Cánh Đồng Chum - Xiêng Khoảng": a spaced dash before a listed
		// place joins two places.
		if a.is(k, "-") && !a.attached(k) {
			if p, _ := a.placeName(k + 1); p > k+1 {
				e = k
			}
		}
	}
	// "phường Lâm Viên-Đà Lạt", "Khu Sài Gòn-Chợ Lớn": two names joined
	// by a tight dash are one place's.
	if e > j && e+1 < a.n() && a.is(e, "-") && a.attached(e) && a.attached(e+1) && a.toks[e+1].capital && !a.toks[e+1].upper && a.placeHead(e+1) < 0 {
		if c := a.capRun(e+1, 3); c > e+1 {
			e = c
		}
	}
	// "tỉnh Jeollabuk-do", "Gyeonggi-do": a Korean province's suffix.
	if e > j && e+1 < a.n() && a.is(e, "-") && a.attached(e) && a.attached(e+1) && a.is(e+1, "do") && !a.toks[e+1].capital {
		e += 2
	}
	// A village's or a facility's number is its name's ("thôn Na Mạ 2",
	// "thủy điện Đắk Mi 1"); other places' numbers count ("huyện Mèo Vạc
	// 2 máy phát điện").
	if e > j && a.toks[e-1].digits && (j < 1 || a.toks[j-1].kw != kwVillage && !a.facilityEndsAt(j) || e < a.n() && a.lowerWord(e)) {
		e--
	}
	return e
}

// foreignPlaceWord says whether token j may be a foreign place's whole
// name: one capitalized word, not in capitals, that no Vietnamese
// syllable spells ("Yamanashi", "Chungcheongnam").
func (a *analysis) foreignPlaceWord(j int) bool {
	t := a.toks[j]
	return t.word && t.capital && !t.upper && !t.digits && !syllable.Valid(a.w(j))
}

// officialNamed says whether the administrative word at i only qualifies
// the body before it and the capitalized words at j name its official:
// "Phó Chủ tịch UBND tỉnh Hồ Thị Ngọc Lan". Out of that context a
// person's name after an administrative word names the place
// ("phường Võ Thị Sáu").
func (a *analysis) officialNamed(i, j int) bool {
	if e, _ := a.unitName(i, j); e > j {
		return false
	}
	if i == 0 || !a.next(i) {
		return false
	}
	// "Phó Trưởng Ban Tôn giáo-Dân tộc tỉnh Nguyễn Vĩnh Thế": a body no
	// list holds, after a title, then a person's name.
	if !a.endsHead(i) {
		return a.is(i, "tỉnh", "huyện", "xã") && a.personAt(j) && a.nameEnd(j) >= j+3 && !a.hasAny(placeKinds, j) && a.titledWithin(i, 10)
	}
	// "Chủ tịch UBND TP Lê Hoàng Quân", "… UBND thành phố Nguyễn Thanh
	// Bình": after "TP" a name is a city's only when a list holds it
	// ("TP Hồ Chí Minh").
	if a.toks[i].kw == kwTP || a.toks[i].kw == kwThanh && a.is(i+1, "phố") {
		if p, _ := a.placeName(j); p > j {
			return false
		}
		// ("thành phố Hồ Chí Minh" is listed capitalized.)
		if p, _ := a.longest(gazetteer.Province, i); p > j {
			return false
		}
		return a.has(gazetteer.Surname, j) && a.nameEnd(j) >= j+3
	}
	if a.personAt(j) {
		return true
	}
	// "Chủ tịch UBND tỉnh Hoàng Anh dự": the list holds every province,
	// former ones too, so after an official's title and body an unlisted
	// name of two words, the first a surname, is the official's. (The
	// lists of districts and communes miss some that were merged away:
	// "huyện Trà Lĩnh".)
	return a.is(i, "tỉnh") && a.startsName(j) && a.nameEnd(j) == j+2 &&
		!(a.next(j+2) && (a.toks[j+2].capital || a.toks[j+2].upper)) && !a.hasAny(placeKinds, j) && a.titledHead(i)
}

// titledHead says whether a title comes within a few words before the
// body's head that ends just before token i ("Chủ tịch | UBND | tỉnh";
// "Chủ tịch UBND" may be listed whole).
func (a *analysis) titledHead(i int) bool {
	return a.titledWithin(i, 9)
}

// titledWithin says whether a title starts within back tokens before i
// and ends by i.
func (a *analysis) titledWithin(i, back int) bool {
	for s := i - 1; s >= 0 && s >= i-back; s-- {
		if e, _ := a.longest(gazetteer.Title, s); e > s && e <= i {
			return true
		}
	}
	return false
}

// endsHead says whether an organization's head noun or listed name ends
// just before token i ("UBND | tỉnh", "Công an | xã", "UBMTTQ Việt Nam
// | tỉnh").
func (a *analysis) endsHead(i int) bool {
	// "Hội Cựu chiến binh (CCB) | tỉnh": past a bracketed code.
	if a.is(i-1, ")") && i >= 3 && a.is(i-3, "(") && a.toks[i-2].upper {
		i -= 3
	}
	for s := i - 1; s >= 0 && s >= i-4; s-- {
		for _, h := range a.hitsAt(s) {
			if (h.End == i || h.Entry.Kind == gazetteer.Org && h.End < i && a.endsWithCountry(h.End, i)) &&
				(h.Entry.Kind == gazetteer.OrgHead || h.Entry.Kind == gazetteer.Org) && a.fits(h) {
				return true
			}
		}
	}
	return false
}

// personAt says whether a person's full name starts at j: a listed
// surname and two more name words, or a name whose middle word is one
// only names have ("Alăng Thị Bhriu", "Giàng A Tủa" reads as a name by
// its surname), or an Ê Đê name opened by H' or Y.
func (a *analysis) personAt(j int) bool {
	if j >= a.n() || !a.toks[j].capital {
		return false
	}
	if a.is(j, "h") && a.is(j+1, "'") || strings.HasPrefix(a.w(j), "h'") && a.nameEnd(j) >= j+2 {
		return true
	}
	// "TP Hồ Chí Minh", "Huân chương Hồ Chí Minh"; after "tỉnh" or "xã"
	// the caller decides (officialNamed).
	if a.namesNoPerson(j) && a.toks[j-1].kw != kwAdmin {
		return false
	}
	e := a.nameEnd(j)
	if e < j+3 {
		return false
	}
	if p, _ := a.placeName(j); p >= e {
		return false
	}
	// "Trường ĐH Y Hà Nội", "Học viện Y Dược": after a school's word
	// "Y" is medicine, not an Ê Đê name's opening.
	if a.startsName(j) || a.is(j, "y") && (j == 0 || !schoolWords[a.w(j-1)]) {
		return true
	}
	return a.is(j+1, "thị", "văn")
}

// startsOther says whether a rank, title, organization head or non-name
// word starts at i, which ends a run of capitalized name words.
func (a *analysis) startsOther(i int) bool {
	// "… và Phó Trợ lý Bộ trưởng": a deputy's title; "… và Trụ sở
	// Chính phủ": a body's seat, a venue.
	return a.hasAny(otherKinds, i) || a.is(i, "phó") && a.has(gazetteer.Title, i+1) || a.is(i, "trụ") && a.is(i+1, "sở")
}

// peopleWords are the listed non-name words that name a class of people
// rather than address one person ("Thương binh", not "Bác sĩ").
var peopleWords = map[string]bool{
	"thương binh": true, "bệnh binh": true, "cựu chiến binh": true, "cựu binh": true, "liệt sĩ": true,
	"nông dân": true, "công nhân": true, "cán bộ": true, "giáo viên": true, "học sinh": true,
	"sinh viên": true, "nhà báo": true, "dân quân": true, "học viên": true, "nhà văn": true,
}

// peopleWord returns the end of a word for a class of people at j that
// is no title, rank or head noun as well, or -1.
func (a *analysis) peopleWord(j int) int {
	e, _ := a.longest(gazetteer.NonName, j)
	if e <= j || !peopleWords[a.key(j, e)] || a.hasAny(otherKinds&^(1<<gazetteer.NonName.Index()), j) {
		return -1
	}
	return e
}

// onlyAnd says whether "và" is the one joiner in [s, e).
func (a *analysis) onlyAnd(s, e int) bool {
	n := 0
	for k := s; k < e; k++ {
		if a.is(k, "và") {
			n++
		} else if joiners[a.w(k)] || a.w(k) == "những" {
			return false
		}
	}
	return n == 1
}

// fieldAfterAnd says whether the lower-case words after the "và" in
// [s, e) name a field, at most six of them and none a word for people
// or a plural ("và nhân dân", "và các đơn vị" join another party).
func (a *analysis) fieldAfterAnd(s, e int) bool {
	k := s
	for k < e && !a.is(k, "và") {
		k++
	}
	if k >= e-1 || e-k-1 > 6 {
		return false
	}
	for j := k + 1; j < e; j++ {
		if notField[a.w(j)] {
			return false
		}
	}
	return true
}

// notField are words that, after "và", name people or many of
// something rather than a second field of a body's name.
var notField = map[string]bool{
	"nhân": true, "người": true, "cán": true, "chiến": true, "học": true, "sinh": true, "đoàn": true,
	"hội": true, "gia": true, "các": true, "những": true, "đơn": true, "lực": true, "chính": true,
	"doanh": true, "bà": true, "ngư": true, "nông": true, "đồng": true, "nhiều": true, "mọi": true,
	"toàn": true, "cộng": true, "địa": true, "cơ": true, "tổ": true, "quân": true, "dân": true,
}

// headEndsName returns the end of a head noun at j that is the last
// word of the name before it rather than a body of its own, since
// nothing that makes it a name follows ("Viện Nghiên cứu và Tư vấn Phát
// triển Vùng", "Trường Quân chính Quân khu"), or -1.
func (a *analysis) headEndsName(j int) int {
	if a.hasAny(otherKinds&^(1<<gazetteer.OrgHead.Index()), j) {
		return -1
	}
	h, _ := a.longest(gazetteer.OrgHead, j)
	if h <= j || a.org(j) > j {
		return -1
	}
	if h >= a.n() || !a.next(h) || !a.toks[h].word {
		return h
	}
	if t := a.toks[h]; !t.capital && !t.upper && !t.digits && (joiners[a.w(h)] || a.verbAt(h)) {
		return h
	}
	return -1
}

// otherKinds are the list kinds that end a run of name words.
var otherKinds = uint16(1)<<gazetteer.Rank.Index() | 1<<gazetteer.Title.Index() | 1<<gazetteer.NonName.Index() |
	1<<gazetteer.OrgHead.Index() | 1<<gazetteer.Org.Index()

// capRun returns the end of a run of at most max capitalized words at i
// (an official name: "Tăng thiết giáp", "Lịch sử quân sự", "PK-KQ"):
// capitalized or upper-case words, numbers after a word, hyphens inside,
// and listed lower-case continuations.
func (a *analysis) capRun(i, max int) int {
	j, words := i, 0
	for j < a.n() && words < max && (j == i || a.next(j)) {
		t := a.toks[j]
		switch {
		case t.capital || t.upper:
			// "Bộ Giáo dục Malaysia | Fadhlina Sidek": a country ends the
			// body's name before a foreign person's.
			if j > i && a.endsWithCountry(i, j) && a.foreignName(j) > j {
				return j
			}
			// "Bộ Môi trường | Jan Szyszko": a foreign name after a
			// body named in Vietnamese is its minister's.
			if j > i && a.toks[j].capital && !syllable.Valid(a.w(j)) && a.vietnameseWords(i, j) && !a.has(gazetteer.OrgHead, j) {
				if f := a.foreignName(j); f > j && f-j-a.vietnameseCount(j, f) >= 2 {
					return j
				}
			}
			// "BCH T.Ư Đảng", "Bệnh viện TƯ Quân đội 108": Trung ương
			// written short goes on a name.
			if c := a.central(j); c > j {
				j = c
				if a.is(j, "đảng") && a.next(j) {
					j++ // "Ban Chấp hành TƯ Đảng"
				}
				words++
				continue
			}
			// "Ủy ban Kế hoạch Nhà nước", "Hội đồng Nhà nước": the state
			// as the level a body serves.
			if j > i && a.is(j, "nhà") && a.is(j+1, "nước") && a.next(j+1) {
				j += 2
				words++
				continue
			}
			if j > i && (a.startsOther(j) || a.personAt(j)) {
				if h := a.headEndsName(j); h > j && !a.personAt(j) {
					j = h
					words++
					continue
				}
				// "Ban Công tác Cựu chiến binh": a listed field that is
				// no name of a person's goes on a body's name; so does
				// one longer than the head noun it starts with ("Phòng
				// Cảnh sát Phòng cháy chữa cháy").
				if e, _ := a.longest(gazetteer.NameTail, j); e > j && (a.fieldAfterHead(j, j) && !a.is(j, "trung") || a.fieldOverHead(j, e)) {
					j = e
					words++
					continue
				}
				// "Sở Lao động Thương binh và Xã hội", "Hội Nhà báo": a word
				// for a class of people goes on a body's name, unless a
				// person's name follows it.
				if e := a.peopleWord(j); e > j && !a.personAt(e) {
					j = e
					words++
					continue
				}
				return j
			}
			// "Viện Pasteur | TP. HCM": a place's administrative word
			// ends the name; the place is the caller's. Written short
			// ("H.Mường Tè") it starts no name either.
			if (j > i || j+1 < a.n() && a.is(j+1, ".") && a.attached(j+1)) && a.admin(j) > 0 {
				if p, _ := a.place(j); p > j {
					return j
				}
			}
			// "Hải quân": a listed compound whose later syllables are
			// lower case; "Chỉ huy BĐBP", "Tổ chức Trung ương": one
			// lower-case syllable that the name goes on after.
			if e, _ := a.longest(gazetteer.NameTail, j); e > j+1 {
				j = e
			} else if r := a.compoundRun(j, true); r > j {
				j = r
			} else if a.compoundTail(j) {
				j += 2
			} else {
				j++
			}
			words++
		case t.digits && j > i:
			// "Ủy ban Nhân dân | 5 tỉnh": a number before an
			// administrative word counts places; "Ban Thường vụ | 5 đồng
			// chí" one before a counted noun counts members.
			if a.admin(j+1) > 0 && a.next(j+1) || a.countedAfter(j+1) {
				return j
			}
			return j + 1
		case a.is(j, "-", "&") && j > i && j+1 < a.n() && (a.toks[j+1].capital || a.toks[j+1].upper) && a.next(j+1) && !a.startsOther(j+1) && !a.personAt(j+1):
			j++
		// "KH&CN", "NN&PTNT": abbreviations joined tight by "&" are one,
		// whatever the second could also stand for ("CN", Cử nhân).
		// "VH,TT&DL": so are those a comma joins tight.
		case a.is(j, "&", ",") && j > i && j+1 < a.n() && a.toks[j-1].upper && a.toks[j+1].upper && a.attached(j) && a.attached(j+1):
			j += 2
		default:
			// "Viện Nghiên cứu | châu Phi và Trung Đông": a region written
			// small goes on a name.
			if p, ent := a.placeName(j); p > j && j > i && a.is(j, "châu") && ent != nil && ent.Kind == gazetteer.Region {
				j = p
				words++
				continue
			}
			// "Cửa khẩu Quốc tế Cha Lo | thông tin:": a listed tail that
			// is a verb here goes on the sentence.
			if e, _ := a.longest(gazetteer.NameTail, j); e > j && j > i && !a.verbAt(j) {
				j = e
				continue
			}
			return j
		}
	}
	return j
}

// org returns the end of the longest organization name at i, or -1.
// "Cục Đối ngoại – Bộ Quốc phòng", "Phòng Trinh sát - BĐBP Quảng Trị":
// a unit, a dash and the body above it are one name.
func (a *analysis) org(i int) int {
	if i >= 0 && i < len(a.orgFull) {
		if m := a.orgFull[i]; m != unknown {
			return int(m)
		}
	}
	e := a.zoneNamed(i, a.dayMonthName(a.numberLetter(a.orgWhole(i))))
	// "Biên đội tàu 263, 265": further numbers after a unit's kind
	// written small.
	if e > i+2 && a.toks[e-1].digits && a.is(e, ",") && !a.toks[e-2].digits && !a.toks[e-2].capital {
		e = a.numberList(e)
	}
	if i >= 0 && i < len(a.orgFull) {
		a.orgFull[i] = int32(e)
	}
	return e
}

// orgWhole computes org.
func (a *analysis) orgWhole(i int) int {
	e := a.orgAlone(i)
	// "CATP.Huế", "Cơ quan ANĐT CATP.Hà Nội": a police written short,
	// its place after a tight dot.
	h := e
	if h <= i && i < a.n() && a.toks[i].upper {
		h = i + 1
	}
	if h > i && h+1 < a.n() && a.is(h-1, "catp", "cah", "caq") && a.toks[h-1].upper && a.is(h, ".") && a.attached(h) && a.attached(h+1) {
		if p, _ := a.place(h + 1); p > h+1 {
			e = p
		}
	}
	// "Ban soạn thảo Luật BPVN", "Ban Soạn thảo Dự án Luật Phòng thủ dân
	// sự": a drafting board is named by the law it drafts.
	if d := a.draftingBoard(i); d > e {
		e = d
	}
	if d := a.portalOf(i); d > e {
		e = d
	}
	// "Đội Cảnh sát PCCC và CNCH KV1", "Phòng Cảnh sát phòng cháy chữa
	// cháy và cứu nạn cứu hộ (PCCC&CNCH) Công an tỉnh Sóc Trăng": fire
	// fighting and rescue are one field; the unit's code, area and
	// parent come after both.
	if e > i+1 && a.fireFieldEndsAt(e) {
		if r := a.rescueAfter(e); r > e {
			e = a.unitAfterField(r)
		}
	} else if e > i+1 && (a.is(e-1, "cnch") || a.is(e-1, "hộ") && a.is(e-2, "cứu")) {
		e = a.unitAfterField(e)
	}
	// "Trung tâm Điều hành | sản xuất", "Cục Xây dựng | phong trào …":
	// a name cut after a capitalized syllable whose common word goes on
	// in lower case keeps the word.
	if e > i+1 && a.listedWord(e-1) {
		e = max(e+1, a.lowerTail(e+1, true))
		// "Ban Chỉ đạo Đề án 06 tỉnh Gia Lai": a programme's number,
		// then the place the body serves.
		if e < a.n() && a.toks[e].digits && a.next(e) && !a.countedAfter(e+1) {
			e = max(e+1, a.tailCloser(e+1))
		}
	}
	// "Tổng cục Quản lý | thị trường", "Chi cục Điều tra | chống buôn
	// lậu", "Cục Cảnh sát phòng chống | tội phạm …": a field named by
	// what it acts on goes on in lower case to the clause's end.
	// (Written small, only a fight against something takes its object:
	// "Cơ quan Cảnh sát điều tra | phối hợp".)
	if e > i+2 && objectFields[a.key(e-2, e)] && (a.toks[e-2].capital || a.is(e-2, "phòng", "đấu")) && a.lowerWord(e) {
		e = a.lowerTail(e, false)
	}
	// "Ban Chỉ đạo … (Ban Chỉ đạo)", "Công ty TNHH MTV Lâm nghiệp
	// Bình Thuận (Công ty Lâm nghiệp Bình Thuận)", "Bộ Chỉ huy Quân sự
	// tỉnh (Bộ CHQS)": the short name the
	// text gives the body stays in its brackets.
	if b := a.shortNameInBrackets(i, e); b > e {
		e = b
	}
	// "Ban Quản lý rừng phòng hộ (BQLRPH) Phi Liêng": the name after
	// the abbreviation that ends its type.
	if e > i+2 && a.is(e-1, ")") && a.toks[e-2].upper && a.is(e-3, "(") {
		e = max(e, a.unitNameAfter(e))
		// "Hội Cựu Công an nhân dân (CAND) tỉnh": the bare level of the
		// reader's province.
		if k := a.bareLevel(e); k > 0 {
			e = k
		}
		// "Hội đồng Phối hợp … (PBGDPL) Bộ Quốc phòng", "… (PC03) Công
		// an tỉnh Tây Ninh": or the body it belongs to, listed by name
		// or by its place.
		if o := a.org(e); e < a.n() && a.next(e) && o > e && (a.has(gazetteer.Org, e) || a.qualified(e, o)) {
			e = o
		}
	}
	// "Ty Công an các tỉnh Môn Đôn Ki Ri, Kra Chê và Tbong Khmum": a
	// body of several places listed after a plural administrative word.
	if e > i+2 && a.pluralPlacesIn(i, e) {
		for a.is(e, ",", "và") && a.next(e+1) && e+1 < a.n() && (a.toks[e+1].capital || a.admin(e+1) > e+1) {
			p, _ := a.placeName(e + 1)
			// "…, Bắc Bình và TP Phan Thiết": an item with its own
			// administrative word.
			if a.admin(e+1) > e+1 {
				p, _ = a.place(e + 1)
			}
			if u := a.unitAny(e+1, true); u > p {
				p = u
			}
			if p <= e+1 {
				if a.personAt(e+1) || a.startsOther(e+1) {
					break
				}
				p = a.capRun(e+1, 4)
			}
			if p <= e+1 || !(a.is(p, ",", "và") || !a.next(p) || p >= a.n() || !a.toks[p].word || a.lowerWord(p)) {
				break
			}
			e = p
		}
	}
	// "Văn phòng HĐND và UBND xã", "Văn phòng Đoàn ĐBQH và HĐND tỉnh
	// Quảng Nam": one office serving two bodies of a place, the second
	// named by its abbreviation.
	// "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh": the
	// second body in full.
	if e > i+2 && a.is(i, "văn") && a.is(i+1, "phòng") && (a.toks[e-1].upper || a.is(e-1, "hội") && a.is(e-2, "quốc")) && a.is(e, "và") && a.next(e) && e+1 < a.n() && (a.toks[e+1].upper || a.localCouncil(e+1)) && !a.is(e+2, "và") {
		if o := a.org(e + 1); o > e+1 && (a.admin(o-1) == o || a.toks[o-1].kw == kwAdmin || a.qualified(e+1, o)) {
			e = o
		}
	}
	// "Kiểm toán Nhà nước (KTNN) khu vực IV", "KTNN khu vực IV": a
	// body's regional office by its numbered area.
	if e > i && a.is(e, "khu") && a.is(e+1, "vực") && a.next(e) && a.next(e+2) && e+2 < a.n() && (a.toks[e+2].digits || a.toks[e+2].roman) {
		e += 3
	}
	if e > i && e+1 < a.n() && a.is(e, "-", "–") && a.next(e+1) {
		if l := a.unitLevel(e + 1); l >= 0 && a.unitLevel(i) > l {
			if pe := a.org(e + 1); pe > e+1 {
				return pe
			}
		}
	}
	// "Trường THPT Chuyên Lê Thánh Tông", "Trường Chính trị Nguyễn Văn
	// Linh": a school named after a person; after a title, only when the
	// holder's name follows ("Hiệu trưởng Trường Chính trị Nguyễn Văn
	// Linh Quách Thị Hương").
	// (A school's type alone, "Trường Trung học phổ thông", names no
	// body but may take the person it is named after.)
	// "HĐND các cấp", "Ủy ban MTTQ các cấp", "Hội Cựu chiến binh các
	// cấp": a council, front or association at every level is one body.
	// After a list the words are every item's: "Quốc hội, Hội đồng nhân
	// dân, Ủy ban nhân dân | các cấp".
	if e > i && a.is(e, "các") && a.is(e+1, "cấp") && a.next(e) && a.next(e+1) && !a.is(i-1, ",", "và") && a.everyLevelBody(i, e) {
		e += 2
	}
	// "Hội hữu nghị Việt Nam-Lào thành phố Đà Nẵng", "… Việt Nam –
	// Campuchia TPHCM": an association named by two countries, and the
	// province or city its branch serves.
	if e > i+2 && a.is(i, "hội") && a.next(e) && a.endsWithCountry(i, e) {
		if p, ent := a.place(e); p > e && (a.admin(e) > e || ent != nil && ent.Kind == gazetteer.Province) {
			e = p
		} else if k := a.bareLevel(e); k > 0 {
			e = k // "… Việt Nam-Campuchia tỉnh": the reader's province
		} else if a.is(e, "trung") && a.is(e+1, "ương") && a.toks[e].capital && a.next(e+1) {
			e += 2 // "… Việt Nam-Campuchia Trung ương"
		}
	}
	bare := e
	if e <= i && a.is(i, "trường") && a.toks[i].capital {
		if h, _ := a.longest(gazetteer.OrgHead, i); a.schoolType(i, h) {
			e = h
		}
	}
	if e > i && a.schoolType(i, e) {
		// "Trường PTTH chuyên ban Võ Minh Đức": a gifted school's
		// words, in lower case, before the name.
		k := e
		if a.is(k, "chuyên") && !a.toks[k].capital && a.next(k+1) {
			k++
			if a.is(k, "ban") && a.next(k+1) {
				k++
			}
		}
		if a.personAt(k) {
			// ("chuyên" before it says the name is the school's.)
			if ne := a.nameEnd(k); ne > k && (!a.titleEndsAt(i) || k > e || a.personAt(ne)) {
				return ne
			}
		}
	}
	return bare
}

// everyLevelBody says whether the body [i, e) is one that "các cấp"
// (at every level) names whole: a People's Council or Committee, the
// Front, an association or a steering committee; not a force or the
// government ("công an các cấp", "chính quyền các cấp").
func (a *analysis) everyLevelBody(i, e int) bool {
	switch {
	case a.is(i, "hđnd", "ubnd", "mttq") && a.toks[i].upper, a.localCouncil(i):
		return true
	case a.is(i, "ủy", "uỷ") && a.is(i+1, "ban") && (a.is(i+2, "mttq") || a.is(i+2, "mặt")):
		return true
	case a.is(i, "hội") && a.toks[i].capital && e > i+1:
		return true
	case a.is(i, "ban") && a.is(i+1, "chỉ") && a.is(i+2, "đạo") && e > i+3:
		return true
	}
	return false
}

// fireFieldEndsAt says whether a name ending at e ends in fire
// fighting: "PCCC", "CC", "phòng cháy chữa cháy", "phòng cháy, chữa cháy".
func (a *analysis) fireFieldEndsAt(e int) bool {
	return a.is(e-1, "pccc", "cc") && a.toks[e-1].upper || a.is(e-1, "cháy") && a.is(e-2, "chữa")
}

// rescueAfter returns the end of rescue joined to fire fighting at e
// ("và CNCH", "&CNCH", "và cứu nạn, cứu hộ", "và cứu nạn cứu hộ"), or -1.
func (a *analysis) rescueAfter(e int) int {
	if !a.is(e, "và", "&") || e+1 >= a.n() {
		return -1
	}
	k := e + 1
	if a.is(k, "cnch") && a.toks[k].upper {
		return k + 1
	}
	if !a.is(k, "cứu") || !a.is(k+1, "nạn") || !a.next(k+1) {
		return -1
	}
	k += 2
	if a.is(k, ",") {
		k++
	}
	if a.is(k, "cứu") && a.is(k+1, "hộ") {
		return k + 2
	}
	return -1
}

// unitAfterField returns the end of what a unit's name takes after its
// field ending at e: a code in brackets ("(PCCC-CNCH)"), an area ("KV1",
// "khu vực số 2", "khu vực Đức Linh") and the body it belongs to
// ("Công an quận Cầu Giấy"); or e.
func (a *analysis) unitAfterField(e int) int {
	if a.is(e, "(") && a.next(e) && e+1 < a.n() && a.toks[e+1].upper {
		for k := e + 2; k < a.n() && k <= e+6; k++ {
			if a.is(k, ")") {
				e = k + 1
				break
			}
			if !(a.toks[k].upper || a.is(k, "-", "&", "và")) {
				break
			}
		}
	}
	if e < a.n() && a.next(e) {
		if c := a.code(e); c > e && a.toks[e].upper {
			e = c // "KV1"
		} else if a.is(e, "khu") && a.is(e+1, "vực") && a.next(e+2) && e+2 < a.n() {
			k := e + 2
			if a.is(k, "số") && a.next(k+1) {
				k++
			}
			if k < a.n() && (a.toks[k].digits || a.toks[k].roman) {
				e = k + 1
			} else if p, _ := a.placeName(k); p > k {
				e = p
			}
		}
	}
	if e < a.n() && a.next(e) {
		if o := a.org(e); o > e && a.qualified(e, o) {
			e = o
		}
	}
	return e
}

// namedIn says whether tokens [s, e) hold a listed place's name or an
// abbreviation in capitals: "Thành ủy Hà Nội", "DPAA", not "Công an
// huyện".
func (a *analysis) namedIn(s, e int) bool {
	for k := s; k < e; k++ {
		if p, _ := a.placeName(k); p > k && p <= e || a.toks[k].upper && !a.hasAny(1<<gazetteer.Org.Index()|1<<gazetteer.OrgHead.Index(), k) {
			return true
		}
		// "Công an phường Thanh Xuân Nam": a commune named with its
		// administrative word.
		if a.toks[k].kw == kwAdmin && !a.toks[k].capital {
			if p, _ := a.place(k); p > k+1 && p <= e {
				return true
			}
		}
	}
	return false
}

// hasListedOrg says whether a listed organization spans [s, e) exactly.
func (a *analysis) hasListedOrg(s, e int) bool {
	o, _ := a.longest(gazetteer.Org, s)
	return o == e
}

// unitNameAfter returns the end of the capitalized name or place at e
// that goes on a body named by its type ("(BQLRPH) | Phi Liêng",
// "ĐBP | Mỹ Thạnh Tây"), or -1: no person's name, no listed word of
// another kind.
func (a *analysis) unitNameAfter(e int) int {
	if e >= a.n() || !a.next(e) || !a.toks[e].capital || a.personAt(e) || a.foreignName(e) > e+1 || a.startsOther(e) {
		return -1
	}
	r := a.capRun(e, 4)
	if p, _ := a.place(e); p > r {
		r = p
	}
	return r
}

// localCouncil says whether a People's Council or Committee is named
// in full at k ("Hội đồng nhân dân", "Ủy ban nhân dân").
func (a *analysis) localCouncil(k int) bool {
	return a.toks[k].capital && (a.is(k, "hội") && a.is(k+1, "đồng") || a.is(k, "ủy", "uỷ") && a.is(k+1, "ban")) && a.is(k+2, "nhân") && a.is(k+3, "dân")
}

// pluralPlacesIn says whether the name [i, e) ends in a plural
// administrative word and one place ("… các tỉnh Môn Đôn Ki Ri", "BĐBP
// hai tỉnh Tây Ninh").
func (a *analysis) pluralPlacesIn(i, e int) bool {
	for k := e - 2; k >= i && k >= e-6; k-- {
		if a.is(k, "các", "hai", "ba", "bốn") {
			if ad := a.admin(k + 1); ad > k+1 && ad < e {
				return true
			}
			return false
		}
	}
	return false
}

// shortNameInBrackets returns the end of the brackets at e that repeat
// the name [i, e) short: its first word, then only words of the name;
// or -1.
func (a *analysis) shortNameInBrackets(i, e int) int {
	if e <= i || !a.is(e, "(") || !a.next(e) || !a.next(e+1) {
		return -1
	}
	if h, _ := a.longest(gazetteer.OrgHead, i); h <= i || a.w(e+1) != a.w(i) || !a.toks[e+1].capital {
		return -1
	}
	for k := e + 2; k < a.n() && k <= e+8 && a.next(k); k++ {
		if a.is(k, ")") {
			return k + 1
		}
		if !a.toks[k].word || !a.wordIn(k, i+1, e) && !a.spellsRun(k, i+1, e) {
			return -1
		}
	}
	return -1
}

// spellsRun says whether the abbreviation at k spells the initials of
// a run of words in [s, e): "CHQS" in "Bộ Chỉ huy Quân sự tỉnh (Bộ
// CHQS)".
func (a *analysis) spellsRun(k, s, e int) bool {
	if !a.toks[k].upper || a.toks[k].ke-a.toks[k].ks < 2 {
		return false
	}
	n := utf8.RuneCountInString(a.w(k))
	for j := s; j+n <= e; j++ {
		if a.initialsOf(j, j+n, k, k+1) {
			return true
		}
	}
	return false
}

// wordIn says whether the word at k occurs in [s, e).
func (a *analysis) wordIn(k, s, e int) bool {
	for j := s; j < e; j++ {
		if a.w(j) == a.w(k) {
			return true
		}
	}
	return false
}

// schoolType says whether the name [i, e) is a school's type, which a
// person's name may follow as the school's own.
func (a *analysis) schoolType(i, e int) bool {
	if !a.is(i, "trường") || e < i+2 {
		return false
	}
	return a.is(e-1, "thpt", "thcs", "ptth", "chuyên", "ptdtnt", "ptdtbt") || a.is(e-2, "chuyên") && a.is(e-1, "ban") || a.is(e-2, "phổ") && a.is(e-1, "thông") ||
		a.is(e-2, "chính") && a.is(e-1, "trị") || a.is(e-2, "tiểu") && a.is(e-1, "học") || a.is(e-2, "cơ") && a.is(e-1, "sở")
}

// orgAlone is org without a parent after a dash.
func (a *analysis) orgAlone(i int) int {
	if i >= a.n() || !a.toks[i].word {
		return -1
	}
	if m := a.orgMemo[i]; m != unknown {
		return int(m)
	}
	// "thuộc C45, A70": a department of the Ministry of Public
	// Security by its code.
	if c := a.ministryCode(i); c > i {
		a.orgMemo[i] = int32(c)
		return c
	}
	// "TrungNam Group", "VSIP Group", "Sun Group": a business group
	// by its English type word.
	if e := a.groupBrand(i); e > i {
		a.orgMemo[i] = int32(e)
		return e
	}
	// Every organization starts with a listed name or head noun.
	if !a.hasAny(1<<gazetteer.Org.Index()|1<<gazetteer.OrgHead.Index(), i) {
		a.orgMemo[i] = -1
		return -1
	}
	// "Kế hoạch số 112/KH-UBND": the issuer's code inside a document's
	// number names no body.
	if i >= 3 && a.is(i-1, "-") && a.attached(i) && a.attached(i-1) && a.toks[i-2].upper && a.attached(i-2) && a.is(i-3, "/") {
		a.orgMemo[i] = -1
		return -1
	}
	// "ma túy ADB-BUTINACA": a listed abbreviation that a tight dash
	// joins to an unknown code in capitals is a substance's name.
	if a.toks[i].upper && a.hasListedOrg(i, i+1) && a.is(i+1, "-") && i+2 < a.n() && a.attached(i+1) && a.attached(i+2) && a.toks[i+2].upper && !a.hasAny(1<<gazetteer.Org.Index()|1<<gazetteer.OrgHead.Index(), i+2) && !a.hasAny(placeKinds, i+2) {
		a.orgMemo[i] = -1
		return -1
	}
	// "Đoàn công tác số 1": a numbered delegation is a body (one named
	// by whom it is of reads as its head's).
	if a.is(i, "đoàn") && a.toks[i].capital && a.is(i+1, "công") && a.is(i+2, "tác") && a.is(i+3, "số") && i+4 < a.n() && a.toks[i+4].digits && a.next(i+4) {
		a.orgMemo[i] = int32(i + 5)
		return i + 5
	}
	// "Trung tướng Không quân Jeffrey Kruse", "Trung úy Công an Nhân
	// dân": a service after a rank qualifies the rank and names no body.
	if s := a.serviceEnd(i); s > i && a.rankEndsAt(i) && (s >= a.n() || !a.next(s) || a.admin(s) < 0 && !a.toks[s].digits) {
		a.orgMemo[i] = -1
		return -1
	}
	// "Báo cáo số 493-BC/VPTW": a report, not a paper.
	if a.is(i, "báo") && a.is(i+1, "cáo") {
		a.orgMemo[i] = -1
		return -1
	}
	// "Văn phòng Thủ tướng Israel", "Văn phòng Tổng thống": the office
	// of a post, and the country it serves.
	if a.is(i, "văn") && a.is(i+1, "phòng") && a.toks[i].capital && a.next(i+2) && a.toks[i+2].capital {
		if t, _ := a.longest(gazetteer.Title, i+2); t > i+2 && !a.personAt(t) {
			if c, ent := a.placeName(t); c > t && ent != nil && ent.Kind == gazetteer.Country && a.next(t) {
				t = c
			}
			a.orgMemo[i] = int32(t)
			return t
		}
	}
	// "Ba Đồn 249 mm": a head noun that ends a listed place's name.
	if i > 0 && a.toks[i-1].capital && a.next(i) {
		if p, _ := a.placeName(i - 1); p > i {
			a.orgMemo[i] = -1
			return -1
		}
	}
	// "xã Trường Lâm", "phường Hội Phú": a head noun that starts a
	// place's name after its lower-case administrative word.
	if i > 0 && !a.toks[i-1].capital && (a.admin(i-1) == i || a.placeHead(i-1) == i) {
		if p, _ := a.place(i - 1); p > i+1 {
			a.orgMemo[i] = -1
			return -1
		}
	}
	// "Đội đặc nhiệm Phòng, chống ma túy": a word of a listed pair is
	// the pair's, no head noun.
	if a.is(i+1, ",") && i+2 < a.n() && rules.JoinedAt(a.keyText, a.toks[i+1].ks, a.toks[i+2].ks) {
		a.orgMemo[i] = -1
		return -1
	}
	// "Trung tâm Hội nghị tỉnh": a venue, which the places take.
	if a.is(i, "trung") && a.is(i+1, "tâm") && a.toks[i].capital && a.facility(i) > i {
		a.orgMemo[i] = -1
		return -1
	}
	// "Hội nghị", "Hội thảo", "Hội thao": a meeting or a contest, not an
	// association ("Hội Cựu chiến binh").
	if i+1 < a.n() && a.is(i, "hội") && eventAfterHoi[a.w(i+1)] {
		a.orgMemo[i] = -1
		return -1
	}
	// "Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương": the
	// standing deputy head of the body that follows, not a standing
	// board.
	if a.is(i, "ban") && a.is(i+1, "thường") && a.is(i+2, "trực") && a.is(i-1, "trưởng") && a.next(i+3) && a.org(i+3) > i+3 {
		a.orgMemo[i] = -1
		return -1
	}
	// "Phó Bí thư Thường trực Tỉnh ủy": after a title, "thường trực"
	// says which deputy, and the body is what follows; so does "không
	// thường trực" ("Ủy viên không thường trực Hội đồng Bảo an").
	if a.is(i, "thường") && a.is(i+1, "trực") && (a.titleEndsAt(i) || a.is(i-1, "không") && !a.toks[i].capital) {
		a.orgMemo[i] = -1
		return -1
	}
	// "Sư đoàn Trưởng Sư đoàn 5": a head noun that a title ending in
	// "trưởng" or "phó" starts, in any case, is the title's.
	if t, _ := a.longest(gazetteer.Title, i); t > i+1 && a.is(t-1, "trưởng", "phó") && a.toks[t-1].capital {
		if h, _ := a.longest(gazetteer.OrgHead, i); h < t {
			if o, _ := a.longest(gazetteer.Org, i); o < t {
				a.orgMemo[i] = -1
				return -1
			}
		}
	}
	a.orgMemo[i] = -1 // guards against cycles while computing
	// "chuyển hồ sơ sang công an huyện", "trưởng công an cấp huyện": the
	// police of a level, written small and named by no place, are a
	// body (the real golds take them three times in four).
	if !a.toks[i].capital && !a.toks[i].upper && a.is(i, "công") && a.is(i+1, "an") && a.next(i+1) {
		k := i + 2
		if a.is(k, "cấp") && a.next(k) {
			k++
		}
		if a.is(k, "tỉnh", "huyện", "xã", "phường", "quận") && a.next(k) && !a.toks[k].capital && (k+1 >= a.n() || !a.next(k+1) || !a.toks[k+1].capital && !a.toks[k+1].upper) {
			a.orgMemo[i] = int32(k + 1)
			return k + 1
		}
	}
	best := -1
	if e, ent := a.longest(gazetteer.Org, i); e > i && ((a.toks[i].capital || a.toks[i].upper) && a.caseFits(ent, i, e) || lowerForces[a.key(i, e)]) {
		// A listed name may be followed by its country or a named force:
		// "Bộ Quốc phòng Lào", "Tổng cục Chính trị QĐND Việt Nam",
		// "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam".
		from := i // where the last listed name taken in starts
		for a.next(e) {
			// "UBMTTQ Việt Nam tỉnh Võ Xuân Ca": the province meant is
			// the reader's.
			if k := a.admin(e); k > 0 && ((a.toks[e].kw == kwAdmin || a.toks[e].kw == kwThanh) && (!a.next(k) || !a.toks[k].capital || a.officialNamed(e, k)) || a.toks[e].kw == kwTP && a.officialNamed(e, k)) {
				e = k
				break
			}
			// "Đảng bộ MTTQ Việt Nam tỉnh Tuyên Quang": the Front's and
			// mass organizations' branch in a named province (a
			// delegation's province the qualifier reads).
			if a.toks[e].kw == kwAdmin && a.is(e, "tỉnh") && massBody[a.w(i)] {
				if p, _ := a.place(e); p > e+1 {
					e = p
					break
				}
			}
			// "BĐBP Quảng Trị", "Bộ đội Biên phòng Lào Cai": a force's
			// command in a province; "Agribank Quảng Ngãi", a bank's
			// branch there.
			// ("Đoàn TNCS Hồ Chí Minh BĐBP Hà Tĩnh": the force's, after a
			// mass body's name.)
			if p, ent := a.placeName(e); p > e && ent != nil && ent.Kind == gazetteer.Province && (a.toks[from].upper || a.is(from, "bộ") && a.is(from+1, "đội") || a.brand(from, e)) {
				e = p
				continue
			}
			// "Đoàn TNCS Hồ Chí Minh Công an tỉnh Nghệ An": a mass body's
			// branch in a body named with its place.
			if massBody[a.w(i)] && from == i && a.toks[e].capital && a.has(gazetteer.OrgHead, e) && !a.has(gazetteer.Org, e) {
				if o := a.org(e); o > e+1 && a.qualified(e, o) {
					e = o
					break
				}
			}
			// "Viettel Global", "Viettel Post": a brand's company named by
			// a foreign word after it.
			if a.brand(from, e) && a.toks[e].capital && !a.personAt(e) && a.foreignPlaceWord(e) && !a.has(gazetteer.Org, e) && !a.has(gazetteer.OrgHead, e) {
				e++
				continue
			}
			// "Vietcombank chi nhánh Thanh Hóa", "Vietinbank chi nhánh
			// Vĩnh Long": a brand's branch named by its place.
			if a.brand(i, e) && a.is(e, "chi") && a.is(e+1, "nhánh") && a.next(e+1) && e+2 < a.n() && a.next(e+2) {
				if p, _ := a.place(e + 2); p > e+2 {
					e = p
					break
				}
				if p, _ := a.placeName(e + 2); p > e+2 {
					e = p
					break
				}
				if a.toks[e+2].capital {
					e = a.capRun(e+2, 3)
					break
				}
			}
			if a.is(e, "nước") && a.next(e+1) {
				if c, ent := a.placeName(e + 1); c > e+1 && ent != nil && ent.Kind == gazetteer.Country {
					e = c
					continue
				}
			}
			// A country, unless a longer place starts with it ("Lào Cai").
			if c, _ := a.longest(gazetteer.Country, e); c > e && a.toks[e].capital {
				if p, _ := a.placeName(e); p > c {
					break
				}
				e = a.countriesPaired(c)
				continue
			}
			if o, _ := a.longest(gazetteer.Org, e); o > e && (a.toks[e].capital || a.toks[e].upper) {
				from, e = e, o
				continue
			}
			// "Ban Chấp hành Trung ương Hội Cựu chiến binh", "Trung ương
			// Hội Truyền thống Trường Sơn": the association whose central
			// level a listed name ending in "Hội" is.
			if a.is(e-1, "hội") && a.toks[e-1].capital && (a.is(e-2, "ương") && a.is(e-3, "trung") || a.central(e-2) == e-1 || a.central(e-4) == e-1) && a.toks[e].capital {
				if o := a.org(e - 1); o > e {
					e = o
					continue
				}
				if a.toks[e].upper {
					break
				}
				if h, _ := a.longest(gazetteer.OrgHead, e-1); h > e {
					e = h
					continue
				}
				if r := a.capRunAny(e, 4); r > e && !a.personAt(e) {
					e = r
					continue
				}
			}
			// "TAND cấp cao", "VKSND cấp cao": the high court's level.
			if a.is(e, "cấp") && a.is(e+1, "cao") && a.next(e+1) && (a.is(i, "tand", "vksnd") || a.is(i, "tòa", "toà", "viện")) {
				e += 2
				continue
			}
			// "Tổng cục An ninh II": a listed body's number in Roman
			// capitals.
			if a.toks[e].roman {
				e++
				break
			}
			// "Trung ương Đảng | Cộng sản Trung Quốc": the name's last
			// word starts a longer listed name.
			if o, _ := a.longest(gazetteer.Org, e-1); o > e && a.toks[e-1].capital {
				e = o
				continue
			}
			break
		}
		best = e
	}
	listed := best
	longestHead, _ := a.longest(gazetteer.OrgHead, i)
	// A head that ends in a proper name or holds an abbreviation names a
	// body on its own: "Ủy ban MTTQ Việt Nam".
	if longestHead > i && a.properHead(i, longestHead) && longestHead > best {
		best = longestHead
	}
	for _, h := range a.hitsAt(i) {
		if h.Entry.Kind != gazetteer.OrgHead || !a.fits(h) {
			continue
		}
		// "trường ĐH Nông lâm", "trường THPT …": a head with an
		// abbreviation in it is a name's head, whatever its first word.
		// "Trưởng ban Tuyên giáo và Dân vận Trung ương": a head noun
		// that a capitalized title shares is the name's head too (but
		// "Chính ủy | Ban Chỉ huy" shares no "ủy Ban").
		headCap := a.toks[i].capital || a.toks[i].upper || h.End-h.Start > 1 && a.toks[h.End-1].upper || a.lowerSchool(i) ||
			h.End-h.Start > 1 && a.capitalTitleThrough(i) && a.hitEnds(gazetteer.OrgHead, i, i+1)
		// A one-word head in lower case is a common noun, often the tail
		// of another word: "thao trường", "cán bộ", "Biên phòng".
		if (!headCap || a.toks[i].shout) && h.End-h.Start == 1 {
			continue
		}
		// A shorter head must name more than the longest head alone:
		// "Ban" + "Thường vụ" is the bare head "Ban Thường vụ". Nor does
		// it run a listed name on into unknown capitalized words, a
		// foreign official's name most often: "Bộ Quốc phòng | Takeshi
		// Ishigawa".
		// Nor does it run a listed name on through a clause in lower case
		// to a place: "Bộ Chính trị | hạ quyết tâm giải phóng hoàn toàn
		// miền Nam".
		if q := a.qualifier(h.End, headCap); q > best && q > longestHead && !(listed > 0 && (a.unknownCaps(listed, q) || a.lowerAfter(listed, q) >= 3)) {
			best = q
		}
	}
	// "Ban Chấp hành | khóa IX": a legislature's term is no part of a
	// body's name; what is left must name more than its head.
	for k := i + 1; k < best; k++ {
		if a.is(k, "khóa", "khoá") && !a.toks[k].capital && k+1 < a.n() && (a.toks[k+1].roman || a.toks[k+1].digits) {
			// (But a National Assembly delegation's term stands before
			// its province: "Đoàn ĐBQH khóa XIV tỉnh Điện Biên".)
			if a.delegationOf(i, k) {
				break
			}
			best = k
			if best <= longestHead && !a.properHead(i, best) {
				best = -1
			}
			break
		}
	}
	// "Xí nghiệp Xăng dầu Quân đội", "Tổng công ty Xây dựng Trường Sơn
	// Quân đội": the army as the owner ends a name, though it names no
	// body alone.
	if best > i && a.ownedByArmy(best) {
		best += 2
	}
	// A listed place that starts with a head noun is a place: "Trường
	// Sa" is an archipelago, not a school.
	if best > i {
		if p, _ := a.placeName(i); p >= best {
			best = -1
		}
	}
	if best > i && a.surnameHead(i, best) {
		best = -1
	}
	// "Phó Tổng Thư ký Quốc hội Lê Bộ Lĩnh": an unlisted head and one
	// word after a surname that opens a name of three are the name's.
	if best == i+2 && listed <= i && i > 0 && a.next(i) && a.toks[i-1].capital && a.has(gazetteer.Surname, i-1) && !a.has(gazetteer.OrgHead, i-1) && !(a.next(i-1) && i >= 2 && a.toks[i-2].capital) && !a.toks[i+1].upper && !a.hasAny(placeKinds, i+1) {
		best = -1
	}
	// "Đại sứ quán Ấn Độ tại Việt Nam", "Tổng Lãnh sự quán Hàn Quốc tại
	// Thành phố Hồ Chí Minh", "Đại sứ quán Mỹ ở Manila": a body of a
	// country, and the country it sits in; a mission, and any place.
	if best > i && a.is(best, "tại", "ở") && a.next(best+1) && a.endsWithCountry(i, best) {
		if p, ent := a.place(best + 1); p > best+1 && (ent != nil && ent.Kind == gazetteer.Country || a.missionOf(i, best)) {
			best = p
		}
	}
	// "Tổ công tác Đồn Biên phòng Bản Lầu", "Tổ công tác đặc khu Cô
	// Tô": a unit's or a place's working group is a task, not a body;
	// "Tổ công tác liên ngành", "Tổ công tác số 3" are bodies.
	if best > i+3 && a.is(i, "tổ") && a.is(i+1, "công") && a.is(i+2, "tác") && (a.toks[i+3].capital || a.toks[i+3].upper || a.admin(i+3) > 0) {
		best = -1
	}
	// "Ủy ban kinh tế của Quốc hội", "Ủy ban Công tác đại biểu của
	// Quốc hội": a committee's field, in any case, up to the body that
	// owns it.
	if longestHead > i && best < longestHead+6 && a.toks[i].capital && a.is(i, "ủy", "uỷ", "hội", "ban", "tiểu") {
		if o := a.ownedCommittee(longestHead); o > best {
			best = o
		}
	}
	// "Ban Chỉ đạo 515 tỉnh | Đồng Nai": a name that ends on a bare
	// administrative word takes the place it starts, unless the
	// official's name follows.
	if best > i+1 && a.toks[best-1].kw == kwAdmin && a.next(best) && a.toks[best].capital && !a.officialNamed(best-1, best) && !a.personAt(best) {
		if p, _ := a.place(best - 1); p > best {
			best = p
		}
	}
	// "Tiểu ban Văn kiện Đại hội 14 của Đảng": a board named with the
	// body it belongs to.
	if best > i && a.is(best, "của") && a.is(i, "ủy", "uỷ", "hội", "tiểu", "tổ", "ban") && a.next(best+1) && a.toks[best+1].capital {
		if o := a.owningBody(best + 1); o > best+1 {
			best = o
		}
	}
	// "Ban Chỉ đạo Trung ương về hoàn thiện thể chế", "Ban Chỉ đạo quốc
	// gia về xây dựng các đơn vị hành chính-kinh tế đặc biệt": a steering
	// committee is named by what it steers, even bare; so is a state
	// committee ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ủy
	// ban Quốc gia về người cao tuổi").
	// ("Trưởng ban Chỉ đạo …": the head noun shared with the title.)
	steering := a.is(i, "ban") && a.is(i+1, "chỉ") && a.is(i+2, "đạo") && (a.toks[i].capital || a.toks[i+1].capital && a.is(i-1, "trưởng"))
	if steering && best < i+3 {
		if a.is(i+3, "của") && a.next(i+4) && a.toks[i+4].capital {
			best = max(best, a.owningBody(i+4))
		}
		if a.is(i+3, "về") {
			best = i + 3
		}
	}
	// ("Trung tâm Dữ liệu quốc gia về dân cư": a national centre too.)
	stateLevel := best > i+2 && a.is(i, "ủy", "uỷ", "hội", "trung") && (a.is(best-2, "nhà") && a.is(best-1, "nước") || a.is(best-2, "quốc") && a.is(best-1, "gia"))
	if (steering && best >= i+3 || stateLevel) && a.is(best, "về") {
		if s := a.steeredSubject(best); s > best {
			best = s
		}
	}
	// "Tòa án nhân dân cấp cao tại Đà Nẵng", "Viện kiểm sát nhân dân cấp
	// cao tại Hà Nội": a high court sits in one of three cities, which
	// its name gives.
	if best > i && a.is(best, "tại", "ở") && a.is(best-1, "cao") && a.is(best-2, "cấp") && a.next(best+1) {
		if p, ent := a.placeName(best + 1); p > best+1 && ent != nil && ent.Kind == gazetteer.Province {
			best = p
		}
	}
	// "Hội đồng nhân dân (HĐND)": a bare head written out, with the
	// listed abbreviation that names it in brackets, names a body.
	if best <= i && longestHead > i && a.is(longestHead, "(") && longestHead+2 < a.n() && a.toks[longestHead+1].upper && a.is(longestHead+2, ")") {
		if o, _ := a.longest(gazetteer.Org, longestHead+1); o == longestHead+2 {
			best = longestHead
		}
	}
	// "Ủy ban châu Âu (EC)": the abbreviation in brackets after a name
	// is part of it, unless it ends the line, where it credits a source.
	// (An acronym takes none: "ASEAN (ADMM)" abbreviates the meeting
	// named before it.)
	if c := a.codeInBrackets(best); best > i && c > best && a.next(c) && !(best == i+1 && a.toks[i].upper) && !a.codeWider(i, best) {
		best = c
		// "Đội Cảnh sát PCCC và CNCH (PCCC-CNCH) Công an quận Cầu
		// Giấy": the parent, named by its place, after the code.
		if o := a.org(best); o > best && a.qualified(best, o) {
			best = o
		} else if a.admin(best) > 0 && a.next(best) {
			// "Sở Văn hóa-Thể thao và Du lịch (VH-TT&DL) tỉnh Bến Tre":
			// the province the department serves.
			if p, _ := a.place(best); p > best {
				best = p
			}
		}
	}
	// "Ban xã hội Trung ương Hội Nông dân Việt Nam": a central board of
	// a mass organization names the organization after its level.
	if best > i+2 && a.is(best-2, "trung") && a.is(best-1, "ương") && a.next(best) && a.toks[best].capital && a.is(best, "hội", "đoàn", "công", "mặt") {
		if o := a.org(best); o > best && a.qualified(best, o) {
			best = o
		} else if l, _ := a.longest(gazetteer.Org, best-2); l == best+1 {
			// "Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn | Nguyễn
			// Xuân Hiếu": the listed "Trung ương Đoàn", before a name
			// that its "Đoàn" would otherwise start.
			best = l
		}
	}
	// "Chính phủ Hoàng gia Campuchia", "Hải quân Hoàng gia Thái Lan": a
	// kingdom's government or force, by its royal word and its country.
	if best > i && a.is(best, "hoàng") && a.is(best+1, "gia") && a.toks[best].capital && a.next(best) && a.next(best+1) && a.next(best+2) {
		if c, ent := a.placeName(best + 2); c > best+2 && ent != nil && ent.Kind == gazetteer.Country {
			best = c
		}
	}
	// "Hạm đội Thái Bình Dương Hoa Kỳ": a force named by a region, and
	// the country it belongs to.
	if best > i && best < a.n() && a.next(best) && a.endsWithKind(i, best, gazetteer.Region) {
		if c, ent := a.placeName(best); c > best && ent != nil && ent.Kind == gazetteer.Country && !a.personAt(c) {
			best = c
		}
	}
	// "Trường ĐH Nông lâm - ĐH Huế": a dash joins a body to its parent,
	// one named by a place or a number.
	if best > i && a.is(best, "-", "–") && a.next(best) && a.next(best+1) && (a.toks[best+1].capital || a.toks[best+1].upper) {
		a.orgMemo[i] = int32(best) // the parent is read with this one's end known
		// "Tổng cục An ninh II - Bộ Công an": a numbered body's parent
		// may be a listed one.
		// "Học viện Chính trị - Bộ Quốc phòng": so may a listed unit's
		// ministry (not "Đảng ủy - Bộ Tư lệnh …" or "Bộ Quốc phòng - Bộ
		// Công an", two bodies side by side).
		ministry := a.is(best+1, "bộ") && a.has(gazetteer.Org, best+1) && !a.is(best+2, "tư", "chỉ") && ministryUnits[a.w(i)]
		if o := a.org(best + 1); o > best+1 && (a.qualified(best+1, o) || (a.qualified(i, best) || ministry) && a.has(gazetteer.Org, best+1)) {
			best = o
		}
	}
	a.orgMemo[i] = int32(best)
	return best
}

// ministryUnits are the first words of the units a ministry runs:
// academies, schools, hospitals, institutes, departments, companies,
// centres, papers, offices.
var ministryUnits = map[string]bool{
	"học": true, "trường": true, "bệnh": true, "viện": true, "cục": true, "tổng": true, "công": true,
	"trung": true, "báo": true, "tạp": true, "nhà": true, "vụ": true, "văn": true, "thanh": true,
}

// missionOf says whether tokens [s, e) name a diplomatic mission: a
// head ending in "quán" ("Đại sứ quán", "Tổng Lãnh sự quán").
func (a *analysis) missionOf(s, e int) bool {
	h, _ := a.longest(gazetteer.OrgHead, s)
	return h > s && h < e && a.is(h-1, "quán")
}

// qualifier returns the end of what makes a type noun ending at h a name:
// another organization, a number, a place, a capitalized name, or, for a
// capitalized head, a bare head ("Đảng ủy Quân khu") or an administrative
// word ("UBND tỉnh").
func (a *analysis) qualifier(h int, headCap bool) int {
	j := h
	if !a.next(j) {
		return -1
	}
	// A bracketed abbreviation stays inside the name: "Bộ Tư lệnh (BTL) Vùng 2".
	if c := a.codeInBrackets(j); c > j {
		j = c
		if !a.next(j) {
			return -1
		}
	}
	// "TAND khu vực 7": the regional courts of the 2025 reform are
	// numbered areas.
	if a.is(j, "khu") && a.is(j+1, "vực") && a.next(j+2) && a.toks[j+2].digits {
		j += 2
	}
	t := a.toks[j]
	// "Công an 21 xã", "Công an 9 địa phương", "… 6 tháng đầu năm": a
	// number before an administrative noun, a period or "địa phương"
	// counts.
	if t.digits && (a.admin(j+1) > 0 || a.next(j+1) && a.is(j+1, "tháng", "năm", "ngày", "quý") || a.is(j+1, "tuần") && !a.is(j+2, "tra") || a.is(j+1, "địa") && a.is(j+2, "phương") || a.countedAfter(j+1)) {
		return -1
	}
	if c := a.code(j); t.digits || t.roman || c > j {
		e := max(j+1, c)
		if t.digits && c <= j {
			e = a.numberList(e)
		} else if c == j+2 {
			e = a.codeList(j, e)
		}
		// "Vùng 2 Hải quân": a service after the number; "PC45 Công an
		// tỉnh Gia Lai": the body the department belongs to.
		if a.next(e) && a.toks[e].capital {
			// Not "Vùng 4 Hải quân | 1 chiếc xuồng": a number that counts.
			if o := a.org(e); o > e && a.qualified(e, o) && !(a.toks[o-1].digits && a.lowerWord(o)) {
				return o
			}
			if t, _ := a.longest(gazetteer.NameTail, e); t > e {
				e = t
			}
		}
		// "Lữ đoàn 146 Vùng 4 Hải quân", "Tiểu đoàn 7 Trung đoàn 1 Sư đoàn
		// 330": a numbered unit written with the unit it belongs to is one
		// name; a comma, a bracket or "thuộc" between them makes two.
		if a.next(e) && (a.toks[e].capital || a.toks[e].upper) {
			if o := a.org(e); o > e {
				return o
			}
			// "Lữ đoàn 146 Trường Sa": the listed place the unit holds.
			if p, ent := a.placeName(e); p > e && ent != nil && ent.Kind != gazetteer.Country && !a.personAt(e) {
				return p
			}
		}
		// "Sư đoàn 5-Quân khu 7", "Sư đoàn 5 - Quân khu 7": a dash
		// joins the parent too.
		if a.is(e, "-", "–") && a.next(e) && a.next(e+1) && (a.toks[e+1].capital || a.toks[e+1].upper) && a.has(gazetteer.OrgHead, e+1) {
			if o := a.org(e + 1); o > e+1 && (a.toks[o-1].digits || a.toks[o-1].roman) {
				return o
			}
		}
		// "Sư đoàn 346/Quân khu 1", "Trung đoàn 852/Bộ CHQS tỉnh": a
		// slash written tight joins the parent.
		if a.is(e, "/") && e+1 < a.n() && a.attached(e) && a.attached(e+1) && (a.toks[e+1].capital || a.toks[e+1].upper) && a.has(gazetteer.OrgHead, e+1) {
			if o := a.org(e + 1); o > e+1 {
				return o
			}
		}
		// "Ban Chỉ huy Phòng thủ khu vực 4 - Mèo Vạc": the place the
		// numbered unit covers.
		return a.areaPlace(e)
	}
	// "Hội đồng Nhà nước": the state's council.
	if headCap && a.is(j, "nhà") && a.is(j+1, "nước") && a.toks[j].capital && a.next(j+1) {
		return j + 2
	}
	// "BCH T.Ư Đảng": Trung ương written short starts a name.
	if c := a.central(j); c > j {
		return max(c, a.nameQualifier(j))
	}
	// "Bệnh viện Trung ương Huế", "Hội đồng Trung ương": the level,
	// and the place after it.
	if headCap && a.is(j, "trung") && a.is(j+1, "ương") && a.next(j+1) && a.toks[j].capital {
		e := j + 2
		if p, _ := a.place(e); p > e && a.next(e) {
			return p
		}
		if o := a.org(e); o > e && a.next(e) {
			return o
		}
		return e
	}
	if e := a.org(j); e > j {
		// "Vùng CSB 3", "Vùng Hải quân 4": a force's region by number.
		if a.is(h-1, "vùng") && a.next(e) && a.toks[e].digits && a.toks[e].ke-a.toks[e].ks <= 2 {
			return e + 1
		}
		// "Đoàn đại biểu Quốc hội khóa XIII của tỉnh Bình Thuận": the
		// delegation's term, then its province.
		if a.is(h-1, "biểu") && a.is(h-2, "đại") {
			if k := a.termThenProvince(e); k > 0 {
				if p, _ := a.place(k); p > k {
					return p
				}
				return a.admin(k)
			}
		}
		// "Đoàn đại biểu Quốc hội tỉnh Quảng Trị": a delegation of a
		// body from a province.
		if a.is(h-1, "biểu") && a.is(h-2, "đại") && a.next(e) && a.admin(e) > 0 {
			if p, _ := a.place(e); p > e {
				return p
			}
		}
		// "Đoàn đại biểu Quốc hội TPHCM": the province named bare.
		if a.is(h-1, "biểu") && a.is(h-2, "đại") && a.next(e) {
			if p, ent := a.placeName(e); p > e && ent != nil && ent.Kind == gazetteer.Province {
				return p
			}
		}
		return e
	}
	if e, ent := a.place(j); e > j {
		if ent != nil && ent.Kind == gazetteer.Country {
			e = a.countriesPaired(e)
		}
		// "Đồn Biên phòng Mỹ Thạnh Tây": a listed commune that a
		// country's name starts.
		if headCap && !namedAfter[a.w(h-1)] {
			if u := a.unitAny(j, true); u > e {
				return u
			}
		}
		return e
	}
	// "Hạ viện nước Cộng hòa Argentina": the country a body is of.
	if headCap {
		if c := a.countryNamed(j); c > j {
			return c
		}
	}
	// "Công an Thạch Thành", "Huyện ủy Mường Lát": a listed district or
	// commune named bare after a capitalized head.
	// "Bí thư huyện ủy Tư Nghĩa": a Party committee written small, by
	// its listed district or province, even where a name could start.
	if headCap && !a.personAt(j) && !namedAfter[a.w(h-1)] || a.is(h-1, "ủy", "uỷ") && a.is(h-2, "huyện", "tỉnh", "thành", "quận", "thị") && !a.toks[h-2].capital {
		if u := a.unitAny(j, true); u > j {
			return u
		}
	}
	// A generic administrative word ("UBND tỉnh"), unless it begins a
	// head noun of its own ("Ban Tổ chức Tỉnh ủy").
	// "lực lượng vũ trang tỉnh": a province's or district's armed
	// forces, named in lower case too.
	if k := a.admin(j); k > 0 && (headCap || a.is(h-1, "trang") && a.is(h-2, "vũ") && a.is(h-3, "lượng")) {
		if h, _ := a.longest(gazetteer.OrgHead, j); h <= k {
			return k
		}
	}
	// "Ban Tuyên giáo huyện ủy": a bare head's Party committee.
	if c := a.committeeNamed(j); c > 0 && headCap {
		return c
	}
	if a.is(j, "các", "hai", "ba") && a.admin(j+1) > 0 && headCap {
		k := a.admin(j + 1)
		// "Ban CHQS các huyện, thành phố"; but after a title the list
		// ends at its first comma, as the golds cut a post ("Trưởng Công
		// an các phường | , xã, đặc khu").
		if !a.titledAt(h) {
			k = a.adminList(k)
		}
		// "UBND các xã Thanh Điền, An Bình và Hảo Đước", "Công an các
		// quận Thanh Xuân, Hoàng Mai, Đống Đa": the places listed are
		// the name's.
		if e := a.namesListed(k); e > k {
			return e
		}
		return k
	}
	if !t.capital && !t.upper {
		if !headCap {
			return -1
		}
		// "Ban Chỉ huy phòng chống thiên tai | và tìm kiếm cứu nạn tỉnh",
		// "Cục Cảnh sát | phòng, chống tội phạm sử dụng công nghệ cao đã":
		// a head of two words or more goes on in lower case up to what
		// closes a name or ends the clause.
		// A title that starts with the head takes the word: "Bộ trưởng
		// Bộ Quốc phòng", "Viện trưởng Viện …".
		if a.titleThrough(j) || genericTail[a.key(j, min(j+2, a.n()))] {
			return -1
		}
		// "Công ty cổ phần đầu tư xây dựng Hoàng Long": a company's
		// trade in lower case, then its name.
		if a.companyHead(h) {
			k := a.lowerRun(j, 6)
			for k > j && a.is(k, "và") && a.lowerWord(k+1) {
				k = a.lowerRun(k+1, 4) // "thương mại và dịch vụ"
			}
			// ("… thương mại Trường Huy": a head noun's word is the
			// company's name there.)
			if k > j && a.next(k) && a.toks[k].capital && (!a.startsOther(k) || a.is(k, "trường", "đoàn") && a.next(k+1) && k+1 < a.n() && a.toks[k+1].capital) {
				if n := a.nameQualifier(k); n > k {
					return n
				}
			}
		}
		if t, _ := a.nameTail(j); t > j {
			return t
		}
		return a.numbered(j)
	}
	// "Trường Tiểu học Đoàn Thị Điểm": a school named after a person
	// whose surname is a head noun too.
	if e, _ := a.longest(gazetteer.OrgHead, j); e > j && !(headCap && namedAfter[a.w(h-1)] && a.startsName(j) && a.nameEnd(j) > e) {
		// A bare head ("Đảng ủy Quân khu"), unless a longer name starts
		// with it ("Trung tâm Hội nghị tỉnh").
		if headCap && !a.startsName(j) {
			if n := a.nameQualifier(j); n > e {
				return n
			}
		}
		return e
	}
	if (headCap || a.toks[h-1].upper) && a.startsName(j) && namedAfter[a.w(h-1)] {
		// "Trường THPT Phan Đình Phùng", "trường THPT Phan Huy Chú",
		// "Bệnh viện Bạch Mai": schools and hospitals are named after
		// people, whose names may end in any word ("Chú").
		e := j
		for e < a.n() && e-j < 4 && (e == j || a.next(e)) && a.toks[e].word && a.toks[e].capital && !a.toks[e].upper && !a.toks[e].digits && !(e > j && a.personAt(e)) {
			e++
		}
		return e
	}
	// "Cục Lãnh sự", "Ban Thư ký", "Ban Giám đốc": a department named
	// by the post its people hold, when no holder's name follows.
	if headCap && a.toks[h-1].capital && a.is(h-1, "cục", "vụ", "ban", "phòng") && h == j {
		if t, _ := a.longest(gazetteer.Title, j); t > j && a.toks[j].capital && !a.startsName(t) && !a.personAt(t) {
			// ("Cục Lãnh sự Bộ Ngoại giao", "Ban Thư ký ASEAN": with
			// the body it belongs to.)
			if o := a.org(t); o > t {
				return o
			}
			if t == a.n() || !a.toks[t].capital {
				return t
			}
		}
	}
	if !headCap || a.startsOther(j) && !a.fieldAfterHead(h, j) || a.startsName(j) {
		return -1
	}
	return a.nameQualifier(j)
}

// titledAt says whether a title ends inside or right before the head
// noun ending at h ("Chủ tịch | UBND", "Trưởng | Công an"), as a post
// names its body.
func (a *analysis) titledAt(h int) bool {
	for s := h - 1; s >= 0 && s >= h-8; s-- {
		for _, t := range a.hitsAt(s) {
			if t.Entry.Kind == gazetteer.Title && t.End <= h && t.End >= h-3 && a.fits(t) {
				return true
			}
		}
	}
	return false
}

// lowerAfter counts the lower-case words in a row from k, before e.
func (a *analysis) lowerAfter(k, e int) int {
	n := 0
	for j := k; j < e && a.toks[j].word && !a.toks[j].capital && !a.toks[j].upper && !a.toks[j].digits; j++ {
		n++
	}
	return n
}

// namesListed returns the end of two or more place names listed from k,
// joined by commas and "và" ("Thanh Xuân, Hoàng Mai và Hà Đông"), or k.
func (a *analysis) namesListed(k int) int {
	end, items := k, 0
	for j := k; j < a.n() && items < 40 && a.next(j) && (a.toks[j].capital && !a.toks[j].upper || items > 0 && a.admin(j) > j); {
		e, _ := a.placeName(j)
		if u := a.unitAny(j, true); u > e {
			e = u
		}
		// "…, Bắc Bình và TP Phan Thiết": an item with its own
		// administrative word.
		if items > 0 && a.admin(j) > j {
			e, _ = a.place(j)
		}
		if e <= j {
			e = a.capRun(j, 3)
		}
		if e <= j || a.personAt(j) && a.nameEnd(j) >= e || a.startsKind(j, gazetteer.OrgHead, gazetteer.Org) {
			break
		}
		end, items = e, items+1
		if !a.is(e, ",", "và") || !a.next(e+1) {
			break
		}
		j = e + 1
	}
	if items < 2 {
		return k
	}
	return end
}

// companyHead says whether the head noun ending at token h names a
// company ("Công ty", "Tổng công ty cổ phần", "Công ty TNHH MTV") or a
// project's management board ("Ban Quản lý"): bodies whose trade, in
// lower case, comes before their name ("Ban Quản lý dự án đầu tư xây
// dựng Đền Hùng").
func (a *analysis) companyHead(h int) bool {
	for i := h - 2; i >= 0 && i >= h-7; i-- {
		// ("Hạt Kiểm lâm rừng phòng hộ Sông Kôn": so do forest rangers
		// named by the forest they guard.)
		if a.companyAt(i) || (a.is(i, "ban") && a.is(i+1, "quản") && a.is(i+2, "lý") || a.is(i, "hạt") && a.is(i+1, "kiểm") && a.is(i+2, "lâm")) && i+3 == h {
			return true
		}
	}
	return a.is(h-1, "dntn")
}

// companyAt says whether a company's head noun starts at token i: "Công
// ty …", "Doanh nghiệp tư nhân", "DNTN".
func (a *analysis) companyAt(i int) bool {
	return a.is(i, "công") && a.is(i+1, "ty") || a.is(i, "doanh") && a.is(i+1, "nghiệp") && a.is(i+2, "tư") || a.is(i, "dntn")
}

// fieldAfterHead says whether the word at j, listed as no person's name
// and as nothing else, names the field of the body whose head ends at h:
// "Ban Pháp chế", "Trung tâm Pháp y" (a field that begins with a
// country's name), "Hội Thầy thuốc trẻ", "Hội Nhà báo" (an association
// named after its members' calling).
func (a *analysis) fieldAfterHead(h, j int) bool {
	if !a.has(gazetteer.NonName, j) || a.hasAny(otherKinds&^(1<<gazetteer.NonName.Index()), j) {
		return false
	}
	return a.has(gazetteer.NameTail, j) || h == j && a.is(h-1, "hội")
}

// fieldOverHead says whether the listed field [j, e) is longer than any
// head noun or name at j and no person's name starts there: "Phòng
// cháy chữa cháy" over "Phòng".
func (a *analysis) fieldOverHead(j, e int) bool {
	h, _ := a.longest(gazetteer.OrgHead, j)
	o, _ := a.longest(gazetteer.Org, j)
	return e > max(h, o) && !a.personAt(j) && !a.hasAny(otherKinds&^(1<<gazetteer.OrgHead.Index()|1<<gazetteer.Org.Index()), j)
}

// nameQualifier returns the end of a capitalized name at j that makes a
// head noun a name, with the body or place it may belong to, or -1.
func (a *analysis) nameQualifier(j int) int {
	// "Đảng ủy Khối | cơ quan và doanh nghiệp tỉnh": a bloc's members,
	// in lower case after a head that ends in "Khối".
	if j > 0 && a.is(j-1, "khối") && a.toks[j-1].capital && !a.toks[j].capital {
		if b := a.blocTail(j); b > j {
			return b
		}
		return -1
	}
	e := a.capRun(j, 6)
	if e <= j {
		return -1
	}
	if a.is(e-1, "khối") {
		if b := a.blocTail(e); b > e {
			return b
		}
	}
	if n := a.enumerated(e); n > e {
		e = n
	} else {
		e = a.lowerEnumerated(e)
	}
	// "Phòng Cảnh sát điều tra tội phạm về ma túy (PC04)": lower-case
	// words up to a bracketed code end the name, and a place may follow
	// it: "Trung tâm Kiểm soát bệnh tật (CDC) Đà Nẵng".
	if b := a.bracketedCodeAfter(e); b > e {
		if p, _ := a.place(b); p > b && a.next(b) {
			return p
		}
		// "… (PBGDPL) Bộ Quốc phòng", "(PC03) Công an tỉnh Tây Ninh":
		// or the body it belongs to.
		if o := a.org(b); o > b && a.next(b) {
			return o
		}
		return b
	}
	t, open := a.nameTail(e)
	if t > e {
		return t
	}
	// The name may be followed by the body it belongs to:
	// "Cục Chính trị Quân khu II".
	if o := a.org(e); o > e && a.next(e) {
		return o
	}
	if p, _ := a.place(e); p > e && a.next(e) {
		return p
	}
	// "Ban Chỉ huy BĐBP tỉnh": the province meant is the reader's.
	if k := a.admin(e); k > 0 && a.next(e) {
		return k
	}
	// "Ban Dân vận tỉnh ủy": the Party committee it belongs to.
	if k := a.committeeNamed(e); k > 0 && a.next(e) {
		return k
	}
	// "Đội Chống buôn lậu,": official names capitalize only their first
	// word; the lower-case rest belongs to the name when punctuation
	// other than a full stop ends it (a sentence may end in a verb).
	// "Hội đồng Khoa học và đào tạo,": one capitalized compound, and
	// "Khoa" heads no body here.
	if (e == j+1 && !a.has(gazetteer.OrgHead, j) || a.headIsField(j) && a.capitalsIn(j, e) == 1) && !a.has(gazetteer.Org, j) {
		if t := open; t > e && !a.is(t, ".", "?", "!") && (!a.anyJoiner(e, t) || a.onlyAnd(e, t) && a.fieldAfterAnd(e, t)) && (t == a.n() || !a.next(t) || !a.toks[t].word) {
			return t
		}
	}
	return e
}

// blocTail returns the end of a bloc's members named in lower case at
// j ("cơ quan và doanh nghiệp", "các cơ quan") with the level and place
// after them ("tỉnh", "tỉnh Yên Bái", "Trung ương"), or -1. The members
// alone, with no level, name the reader's own bloc.
func (a *analysis) blocTail(j int) int {
	e := j
	for e < a.n() && e-j < 8 && a.next(e) && !a.toks[e].capital && blocWords[a.w(e)] {
		e++
	}
	// The members end on a noun, not on "và" or "các".
	for e > j && a.is(e-1, "và", "các") {
		e--
	}
	// "Khối cơ | động": "cơ" alone starts another word.
	if e == j || e-j == 1 && a.is(j, "cơ") {
		return -1
	}
	if !a.next(e) {
		return e
	}
	if p, _ := a.place(e); p > e {
		return p
	}
	if k := a.admin(e); k > 0 {
		return k
	}
	if a.is(e, "trung") && a.is(e+1, "ương") && a.toks[e].capital {
		return e + 2
	}
	return e
}

// blocWords are the words that name a bloc's members: "cơ quan",
// "doanh nghiệp", "dân chính đảng", "kinh tế".
var blocWords = map[string]bool{
	"các": true, "cơ": true, "quan": true, "và": true, "doanh": true, "nghiệp": true,
	"dân": true, "chính": true, "đảng": true, "kinh": true, "tế": true, "trường": true,
	"học": true, "nhà": true, "nước": true,
}

// lowerSchool says whether a lower-case "trường" at i heads a school's
// name: "học tại trường Sĩ quan Lục quân 1", "trường Văn hóa Quân đoàn
// 3". It does not where it ends a compound ("chiến trường Quảng Trị",
// "môi trường", "thị trường") or a place or a person follows.
func (a *analysis) lowerSchool(i int) bool {
	if !a.is(i, "trường") || a.toks[i].capital || !a.next(i+1) || !a.toks[i+1].capital || a.toks[i+1].upper {
		return false
	}
	if i > 0 && a.next(i) && schoolCompounds[a.w(i-1)] {
		return false
	}
	p, _ := a.placeName(i + 1)
	return p < 0 && !a.personAt(i+1)
}

// schoolCompounds lists folded words that "trường" follows to make
// another noun: a battlefield, the environment, a market, a hall.
var schoolCompounds = map[string]bool{
	"chiến": true, "môi": true, "thị": true, "thao": true, "quảng": true, "hiện": true, "lập": true,
	"công": true, "thương": true, "nông": true, "lâm": true, "ngư": true, "pháp": true, "sân": true, "phi": true,
	"hội": true, "đấu": true,
}

// capitalsIn counts the capitalized or upper-case tokens in [s, e).
func (a *analysis) capitalsIn(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if a.toks[k].capital || a.toks[k].upper {
			n++
		}
	}
	return n
}

// enumerated returns the end of the capitalized words an official name
// lists after e, with commas and a closing "và": "Bộ Văn hóa | , Thể
// thao và Du lịch", "Ủy ban Quốc phòng | , An ninh và Đối ngoại". A
// word that starts a body, a person or a place of its own ends the
// list: "Bộ Quốc phòng và Bộ Công an" are two.
func (a *analysis) enumerated(e int) int {
	j, paired := e, -1
	// "Chiến | lược và Lịch sử": the lower-case rest of the last
	// compound before the list goes on.
	if a.lowerWord(j) && a.is(j+1, ",", "và", "&") {
		j++
	}
	for a.is(j, ",", "và", "&") && a.next(j+1) {
		k := j + 1
		// "Sở Lao động, Thương binh và Xã hội": a word for a class of
		// people is a field here.
		// "và Phòng chống lụt bão": nor a head noun's word that starts a
		// listed field.
		if t := a.toks[k]; !t.capital || t.upper || a.startsOther(k) && a.peopleWord(k) < 0 && !a.fieldOverShortHead(k) || a.startsName(k) || a.personAt(k) {
			return e
		}
		// "Bộ Y tế | và Chỉ thị số 5", "Bộ Chính trị | và Kế hoạch số
		// 248": a document starts no field.
		if a.documentAt(k) {
			return e
		}
		if p, ent := a.placeName(k); p > k {
			// "Viện Nghiên cứu Châu Phi và Trung Đông": two regions.
			if a.is(j, "và") && ent != nil && ent.Kind == gazetteer.Region && a.endsWithKind(j-4, j, gazetteer.Region) {
				return p
			}
			return e
		}
		end := a.capRun(k, 3)
		if end <= k {
			return e
		}
		// "Thể thao": the lower-case rest of a compound, not a place's
		// word ("và Đào tạo | huyện Mường Chà"); a proper name of two
		// capitalized words has none ("và Công nghệ Việt Nam | điều
		// hành"), nor a compound the run already holds ("và Công nghệ |
		// nhiệm kỳ").
		// "và Cứu nạn cứu hộ | số 3": a unit's number, not a syllable.
		if a.is(end, "số") && end+1 < a.n() && a.toks[end+1].digits && a.next(end+1) {
			end += 2
		} else if a.lowerWord(end) && a.admin(end) < 0 && a.toks[end-1].capital && !(end-2 >= k && a.toks[end-2].capital) {
			end++
		}
		if a.is(j, "và", "&") {
			// "Ban Tuyên giáo và Dân vận | Trung ương": the level closes
			// the list of fields.
			if a.is(end, "trung") && a.is(end+1, "ương") && a.toks[end].capital && a.next(end+1) {
				end += 2
			}
			return end
		}
		// "Ban Chỉ đạo An toàn, An ninh mạng quốc gia": a listed pair
		// that the comma joins needs no "và".
		if a.is(j, ",") && rules.JoinedAt(a.keyText, a.toks[j].ks, a.toks[k].ks) {
			paired = end
		}
		j = end
	}
	return max(e, paired)
}

// documentAt says whether a document's name starts at k: a law's word
// ("Chỉ thị", "Nghị quyết") or a numbered plan, letter or notice
// ("Kế hoạch số 248").
func (a *analysis) documentAt(k int) bool {
	return rules.LawWordAt(a.keyText, a.toks[k].ks) || a.is(k+2, "số") && (a.is(k, "kế") && a.is(k+1, "hoạch") || a.is(k, "công") && a.is(k+1, "văn") || a.is(k, "thông") && a.is(k+1, "báo"))
}

// lowerEnumerated returns the end of the fields an official name lists
// in lower case after its capitalized first one at e, closed by "và" and
// then by what ends a name, or e: "Ủy ban Dân số | , gia đình và trẻ em
// (Bộ Quốc phòng)".
func (a *analysis) lowerEnumerated(e int) int {
	j, items := e, 0
	for a.is(j, ",") && items < 4 {
		n := a.lowerRun(j+1, 3)
		if n <= j+1 {
			return e
		}
		j, items = n, items+1
	}
	if items == 0 || !a.is(j, "và") {
		return e
	}
	n := a.lowerRun(j+1, 3)
	if n <= j+1 || notField[a.w(j+1)] {
		return e
	}
	if n < a.n() && a.next(n) && !a.is(n, "(", ",", ".", ";", ":") && !a.verbAt(n) && a.tailCloser(n) <= n {
		return e
	}
	return n
}

// lowerRun returns the end of at most max lower-case name words at j.
func (a *analysis) lowerRun(j, max int) int {
	k := j
	for k < a.n() && k-j < max && a.next(k) {
		// "hậu cần": a listed field, though its last word may be a verb.
		if t, _ := a.longest(gazetteer.NameTail, k); t > k && !a.toks[k].capital && !a.toks[k].upper {
			k = t
			continue
		}
		if !a.lowerWord(k) {
			break
		}
		k++
	}
	return k
}

// lowerWord says whether token j, on the line, is a lower-case word that
// may go on a name: no number, joiner or verb.
func (a *analysis) lowerWord(j int) bool {
	if !a.next(j) {
		return false
	}
	t := a.toks[j]
	return t.word && !t.capital && !t.upper && !t.digits && !joiners[a.w(j)] && !a.verbAt(j) && !innerGeneric[a.key(j, min(j+2, a.n()))]
}

// nameTail returns the end of the lower-case words that belong to an
// official name from e (tails' closed end, or its open end when a
// listed pair marks it), or -1; and tails' open end.
func (a *analysis) nameTail(e int) (end, open int) {
	// "Viện Vệ | sinh dịch tễ Trung ương", "Trung tâm Kiểm soát | bệnh
	// tật tỉnh Thái Bình": lower-case words up to what closes a name.
	closed, open := a.tails(e)
	if closed > e {
		return closed, open
	}
	// "Ban Chỉ đạo Quốc gia | phòng, chống dịch COVID-19": a listed
	// pair of fields marks the lower-case words as the name's.
	if open > e && a.joinsPair(e, open) {
		return open, open
	}
	return -1, open
}

// tails returns the ends of the lower-case words that go on an official
// name from e, each e when there is none: closed takes them only when
// something that ends a name follows (a place, "Trung ương", "quốc gia", a
// parent body, "khu vực II"); otherwise they must end the clause, at
// punctuation or a verb. Inside, a comma may join a listed pair
// ("phòng, chống") and "và" two lower-case words ("thiên tai và tìm
// kiếm cứu nạn", closed only).
// open is the end of a tail that ends the clause instead.
func (a *analysis) tails(e int) (closed, open int) {
	if genericTail[a.key(e, min(e+2, a.n()))] {
		return e, e
	}
	// The open walk stops where the closed one goes on through "các";
	// stop and stopAnd keep where and how.
	j, words, and := e, 0, false
	stop, stopAnd := -1, false
	openEnd := func(j int, and bool) int {
		if a.is(j, ")") && and && j > e {
			return j
		}
		// "Hội đồng Khoa học và đào tạo,", "Viện Nghiên cứu và tư vấn
		// phát triển vùng;": a second field in lower case, when a comma
		// or semicolon closes the name and no people follow "và".
		if and && j > e && a.is(j, ",", ";") && a.fieldAfterAnd(e, j) {
			return j
		}
		// "Cục Cảnh sát PCCC và cứu nạn, cứu hộ | thuộc …": a listed
		// pair marks the words after "và" as the name's.
		if and && j > e && (j == a.n() || !a.next(j) || !a.toks[j].word || a.verbAt(j)) && a.joinsPair(e, j) {
			return j
		}
		if j == e || and {
			return e
		}
		if j == a.n() || !a.next(j) || !a.toks[j].word || a.verbAt(j) {
			return j
		}
		return e
	}
	finish := func(closedEnd, j int, and bool) (int, int) {
		if stop >= 0 {
			return closedEnd, openEnd(stop, stopAnd)
		}
		if closedEnd > e {
			return closedEnd, closedEnd
		}
		return e, openEnd(j, and)
	}
	for j < a.n() && words < 14 && a.next(j) {
		if c := a.tailCloser(j); c > j {
			// Right after the capitalized words only what ends a name
			// closes it here ("Học viện Chính trị khu vực III"); a place
			// or a body there is the caller's to judge.
			if j > e || a.is(j, "khu", "trung", "quốc", "số") || a.central(j) > 0 {
				// "Bệnh viện đa khoa Trung ương | Quảng Nam": the place
				// after Trung ương or quốc gia.
				if a.is(j, "trung", "quốc") || a.central(j) > 0 {
					if p, _ := a.place(c); p > c && a.next(c) {
						c = p
					}
				}
				return finish(c, j, and)
			}
			return e, e
		}
		// "… Thi đấu thể thao | Nguyễn Viết Minh": the official the
		// title and body name follows closes the name.
		if j > e && a.personAt(j) {
			return finish(j, j, and)
		}
		t := a.toks[j]
		if a.is(j, ",") && j > 0 && j+1 < a.n() && a.next(j+1) && rules.JoinedAt(a.keyText, t.ks, a.toks[j+1].ks) {
			j++
			continue
		}
		if t.digits && a.is(j-1, "cấp") {
			j++
			continue
		}
		// "Ban Chỉ đạo điều hành phối hợp công tác dân vận | 9 tỉnh":
		// the provinces a regional body covers, counted, close it.
		if t.digits && j > e && a.lowerWord(j-1) && a.next(j+1) && a.toks[j+1].kw == kwAdmin && a.admin(j+1) == j+2 && (j+2 == a.n() || !a.next(j+2) || !a.toks[j+2].word || a.verbAt(j+2)) {
			return finish(j+2, j, and)
		}
		// "Phòng Kế hoạch - Tài chính": two fields joined by a dash.
		if a.is(j, "-") && j > e && a.next(j+1) && a.toks[j+1].capital && !a.startsOther(j+1) && !a.personAt(j+1) && a.placeHead(j+1) < 0 {
			if c := a.capRun(j+1, 2); c > j+1 {
				j = c
				continue
			}
		}
		// "dịch COVID-19", "Covid-19", "HIV/AIDS": a disease's name
		// inside a body's.
		if (t.upper || t.capital && a.is(j+1, "-") && j+2 < a.n() && a.toks[j+2].digits && a.attached(j+1)) && j > e && !a.startsOther(j) && a.org(j) < 0 {
			j++
			for a.is(j, "-", "/") && j+1 < a.n() && a.attached(j) && (a.toks[j+1].digits || a.toks[j+1].upper) {
				j += 2
			}
			continue
		}
		// "… đầu tư xây dựng các công trình giao thông tỉnh Lào Cai":
		// "các" inside a name that something closes.
		if a.is(j, "các") && j > e && a.lowerWord(j+1) && a.admin(j+1) < 0 {
			if stop < 0 {
				stop, stopAnd = j, and
			}
			j++
			continue
		}
		if !t.word || t.capital || t.upper || t.digits || addressWords[a.w(j)] || !a.is(j, "và") && a.verbAt(j) || (joiners[a.w(j)] && !a.is(j, "và", "về")) || a.is(j, "những") || a.has(gazetteer.Title, j) && !a.is(j, "đại") || innerGeneric[a.key(j, min(j+2, a.n()))] {
			break
		}
		if a.adverbOne(j) {
			break
		}
		// "Đoàn Bộ Quốc phòng | về Hà Nội": "về" before a place is going
		// there, not what the body deals with; "quyết định của Bộ trưởng
		// Bộ Công an | về việc bổ nhiệm đại tá …" is what a decision is
		// about; a rank in lower case starts the next person.
		// "Công ty Xây dựng Lũng Lô | về Bộ Quốc phòng": so is "về"
		// before a body, where a unit passes to.
		if a.is(j, "về") {
			if p, _ := a.place(j + 1); p > j+1 || a.is(j+1, "việc") || a.org(j+1) > j+1 {
				break
			}
		}
		if a.startsKind(j, gazetteer.Rank) {
			break
		}
		// "Cơ quan Cảnh sát điều tra | phối hợp Công an quận Thanh Xuân":
		// working with another body is the sentence's.
		if j+2 < a.n() && jointVerbs[a.key(j, j+2)] && a.next(j+2) && (a.is(j+2, "với") || a.org(j+2) > j+2) {
			break
		}
		// "Viện Quan hệ Quốc tế về Quốc phòng": what the body deals
		// with, in capitals, if it starts nothing of its own.
		if a.is(j, "về") && a.next(j+1) && a.toks[j+1].capital && !a.startsOther(j+1) && !a.personAt(j+1) && a.placeHead(j+1) < 0 {
			if p, _ := a.placeName(j + 1); p < 0 {
				if c := a.capRun(j+1, 3); c > j+1 && a.org(c) < 0 {
					return finish(c, c, and)
				}
			}
		}
		if a.is(j, "và") {
			// "Phòng chống thiên tai và Tìm kiếm cứu nạn": a second field
			// in capitals, if it starts nothing of its own.
			// ("… Bộ Quốc phòng | và Chỉ thị số 5": a document starts
			// nothing the body holds.)
			if a.next(j+1) && a.toks[j+1].capital && !a.startsOther(j+1) && !a.personAt(j+1) && a.placeHead(j+1) < 0 && !a.documentAt(j+1) && a.org(j+1) <= j+1 {
				if p, _ := a.placeName(j + 1); p < 0 {
					// "Đảng ủy và Chỉ huy Sư đoàn 309" joins two bodies.
					if c := a.capRun(j+1, 3); c > j+1 && a.org(c) < 0 {
						and, j = true, c
						continue
					}
				}
			}
			if !a.next(j+1) || !a.toks[j+1].word || a.toks[j+1].capital || a.toks[j+1].upper || a.verbAt(j+1) {
				break
			}
			// "… và đoàn đại biểu cấp cao …": a body's head of two words
			// or more starts a body of its own; so does a head of one
			// before a body's name ("… và đoàn Bộ Y tế").
			if h, _ := a.longest(gazetteer.OrgHead, j+1); h > j+2 || h == j+2 && a.next(h) && h < a.n() && a.toks[h].capital && a.org(h) > h {
				break
			}
			and = true
		}
		j++
		words++
	}
	return finish(e, j, and)
}

// objectFields are a body's fields, folded, that name an action whose
// object follows: "Quản lý thị trường", "Điều tra chống buôn lậu".
var objectFields = map[string]bool{
	"quản lý": true, "điều tra": true, "kiểm soát": true, "phòng chống": true, "đấu tranh": true,
	"phòng ngừa": true, "giám sát": true, "bảo vệ": true, "khai thác": true, "bảo tồn": true,
}

// brand says whether the listed name [i, e) is a company's or bank's
// trade name ("Vietcombank", "DongA Bank", "Petrovietnam"), which news
// follows with the branch's place.
func (a *analysis) brand(i, e int) bool {
	k := a.key(i, e)
	return strings.HasSuffix(k, "bank") || brandNames[k]
}

// brandNames are the listed trade names that end in no "bank".
var brandNames = map[string]bool{"petrovietnam": true, "petrolimex": true, "vnpt": true, "viettel": true, "vinacomin": true, "pv gas": true}

// lowerForces are the named forces that news also writes in lower case
// and that still name them ("cán bộ, chiến sĩ bộ đội biên phòng").
var lowerForces = map[string]bool{
	"bộ đội biên phòng": true, "công an nhân dân": true, "quân đội nhân dân": true,
	"dân quân tự vệ": true, "cảnh sát biển": true,
	// The investigating agencies, in whatever case news writes them.
	"cơ quan cảnh sát điều tra": true, "cơ quan an ninh điều tra": true,
	// The national teams.
	"đội tuyển việt nam": true, "đội tuyển bóng đá quốc gia việt nam": true, "đội tuyển bóng đá nữ việt nam": true,
	"đội tuyển bóng đá nam việt nam": true, "đội tuyển nữ việt nam": true, "tuyển việt nam": true,
}

// namedAfter are the last words of head nouns whose bodies are named
// after people: "Trường THPT …", "Bệnh viện …", "Đại học …".
var namedAfter = map[string]bool{
	"thpt": true, "thcs": true, "học": true, "viện": true, "bv": true, "trường": true,
	"non": true, "trú": true, "ptdtnt": true, "ptdtbt": true,
}

// innerGeneric are the generic nouns that end a name's lower-case tail
// wherever they stand in it: "Ban Giám hiệu | nhà trường", "Bộ Quốc
// phòng | ba nước Việt Nam - Lào - Campuchia".
var innerGeneric = map[string]bool{
	"nhà trường": true, "địa phương": true, "đơn vị": true, "cơ quan": true,
	"hai nước": true, "ba nước": true, "các nước": true, "hai bên": true, "ba bên": true,
	// "giao cho Hội An | nhiệm vụ …", "Thành ủy | nhân kỷ niệm …": a
	// task given, an occasion.
	"nhiệm vụ": true, "nhân dịp": true, "nhân kỷ": true, "nhân ngày": true,
}

// genericTail are lower-case words after a head noun that make it a
// common noun, not a name: "Đoàn công tác …", "Ban cán bộ …".
var genericTail = map[string]bool{
	"công tác": true, "nhà trường": true, "đơn vị": true, "địa phương": true, "cơ quan": true, "cán bộ": true, "chiến sĩ": true, "lãnh đạo": true,
}

// unknownCaps says whether tokens [s, e) are capitalized words that no
// list knows: no body, head, name tail, place or title starts there.
func (a *analysis) unknownCaps(s, e int) bool {
	// "UBND H.Tân Hưng", "UBND TX.Hoài Nhơn": a place's administrative
	// word written short.
	if a.admin(s) > s {
		return false
	}
	// "Ban Thường vụ Đảng ủy NHPT": one unknown abbreviation is the
	// body's code, no person's name.
	if e == s+1 && a.toks[s].upper && !a.toks[s].shout && a.toks[s].ke-a.toks[s].ks >= 2 {
		return false
	}
	for k := s; k < e; k++ {
		if t := a.toks[k]; t.word && !t.capital || t.digits || a.hasAny(knownKinds, k) {
			return false
		}
	}
	return true
}

// knownKinds are the list kinds unknownCaps looks for.
var knownKinds = uint16(1)<<gazetteer.Org.Index() | 1<<gazetteer.OrgHead.Index() | 1<<gazetteer.NameTail.Index() |
	1<<gazetteer.Province.Index() | 1<<gazetteer.Country.Index() | 1<<gazetteer.Region.Index() | 1<<gazetteer.Title.Index()

// titleEndsAt says whether a title ends just before token i.
func (a *analysis) titleEndsAt(i int) bool {
	for s := i - 1; s >= 0 && s >= i-4; s-- {
		if e, _ := a.longest(gazetteer.Title, s); e == i {
			return true
		}
	}
	return false
}

// titleThrough says whether a title starting at or before j (within
// its head, one or two words back) runs through the word at j.
func (a *analysis) titleThrough(j int) bool {
	return a.titleStartThrough(j) >= 0
}

// capitalTitleThrough says whether a capitalized title runs through the
// word at j ("Trưởng ban | Tuyên giáo").
func (a *analysis) capitalTitleThrough(j int) bool {
	s := a.titleStartThrough(j)
	return s >= 0 && a.toks[s].capital
}

// titleStartThrough returns where a title that runs through the word at
// j starts, one or two words back, or -1.
func (a *analysis) titleStartThrough(j int) int {
	for s := j - 1; s >= 0 && s >= j-2; s-- {
		if e, _ := a.longest(gazetteer.Title, s); e > j {
			return s
		}
	}
	return -1
}

// joinsPair says whether tokens [s, e) hold a comma that joins a listed
// pair of words ("phòng, chống"), the mark of an official name.
func (a *analysis) joinsPair(s, e int) bool {
	for k := s; k+1 < e; k++ {
		if a.is(k, ",") && rules.JoinedAt(a.keyText, a.toks[k].ks, a.toks[k+1].ks) {
			return true
		}
	}
	return false
}

// tailCloser returns the end of what closes an official name at j, or
// -1: a place or a bare administrative word ("… cứu nạn tỉnh"), the
// words "Trung ương" and "quốc gia", a numbered area ("khu vực II"), a
// number after "số", or the body the named one belongs to.
func (a *analysis) tailCloser(j int) int {
	// Most tail words close nothing: a closer starts capitalized, with
	// an administrative or place word, or with one of four words.
	if t := a.toks[j]; !t.capital && !t.upper && !t.digits && t.kw == kwNone && !a.is(j, "khu", "trung", "quốc", "số", "miền") {
		return -1
	}
	if k := a.admin(j); k > 0 && (!a.next(k) || !a.toks[k].capital || a.personAt(k)) {
		// ("TP. Hồ Chí Minh": the dot's abbreviation, then the city.)
		if p, _ := a.placeName(k); p <= k {
			if a.toks[j].kw != kwTP {
				return a.adminList(k)
			}
			if q, _ := a.place(j); q <= k {
				return a.adminList(k)
			}
		}
	}
	if p, ent := a.place(j); p > j {
		if ent != nil && ent.Kind == gazetteer.Country {
			p = a.countriesPaired(p) // "… song phương Việt Nam-Trung Quốc"
		}
		return p
	}
	// "Trung tâm Điều dưỡng thương binh | Thuận Thành": a listed
	// district, bare, that ends the clause.
	if u := a.unitAny(j, false); u > j && a.toks[j].capital && !a.personAt(j) && (u == a.n() || !a.next(u) || !a.toks[u].word) {
		return u
	}
	if a.is(j, "trung", "quốc") && a.is(j+1, "ương", "gia") && a.next(j+1) {
		return j + 2
	}
	if c := a.central(j); c > j {
		return c
	}
	if a.is(j, "khu") && a.is(j+1, "vực") && a.next(j+2) && (a.toks[j+2].digits || a.toks[j+2].roman) {
		return a.areaPlace(j + 3)
	}
	// "Bệnh viện Đa khoa khu vực Lệ Thủy", "Đội Cảnh sát PCCC-CNCH khu
	// vực Đức Linh": the area a regional body covers, by its name.
	if a.is(j, "khu") && a.is(j+1, "vực") && a.next(j+1) && a.next(j+2) && a.toks[j+2].capital && !a.personAt(j+2) && a.org(j+2) < 0 {
		c := a.capRun(j+2, 4)
		if p, _ := a.place(j + 2); p > c {
			c = p
		}
		return c
	}
	// "số 6", but not a document's number ("số 48/2019/QH14").
	if a.is(j, "số") && a.next(j+1) && a.toks[j+1].digits && !a.is(j+2, "/") {
		return j + 2
	}
	// "Lữ đoàn Trinh sát đặc nhiệm 74", "Trung đoàn Tên lửa 238": a
	// unit's number ends its name, unless a counted noun follows it.
	if t := a.toks[j]; t.digits && j > 0 && a.toks[j-1].word && !a.toks[j-1].digits && !a.is(j-1, "năm", "tháng", "ngày", "khoá", "lần", "thứ", "kỳ", "đợt") && t.ke-t.ks < 4 &&
		(j+1 >= a.n() || !a.lowerWord(j+1) || a.verbAt(j+1)) && !a.is(j+1, "/", "-") && !(a.is(j+1, ".") && j+2 < a.n() && a.attached(j+2)) {
		return j + 1
	}
	// The parent body: one with a number or a place in its name
	// ("Trung đoàn 18", "Công an huyện Diễn Châu", "Tập đoàn Điện lực
	// Việt Nam"), not a force named at large ("xây dựng lực lượng Công
	// an nhân dân").
	if a.toks[j].capital || a.toks[j].upper {
		if o := a.org(j); o > j && (a.qualified(j, o) || a.ministry(j, o)) {
			return o
		}
	}
	return -1
}

// ministry says whether tokens [s, e) are exactly a listed ministry
// ("Bộ Công an", "Bộ Y tế"), a parent that closes a lower-case tail
// though it holds no number or place: "Viện Khoa học hình sự Bộ Công an".
func (a *analysis) ministry(s, e int) bool {
	if !a.is(s, "bộ") || !a.toks[s].capital {
		return false
	}
	o, _ := a.longest(gazetteer.Org, s)
	return o == e
}

// qualified says whether tokens [s, e) hold a number or a place, or end
// in an administrative word ("Quốc hội tỉnh").
func (a *analysis) qualified(s, e int) bool {
	if e-1 > s && a.toks[e-1].kw == kwAdmin {
		return true
	}
	for k := s; k < e; k++ {
		if a.toks[k].digits || a.toks[k].roman && k > s {
			return true
		}
		if p, _ := a.placeName(k); p > k && p <= e {
			return true
		}
		// "Công an huyện Diễn Châu": a district or commune after its noun.
		if a.toks[k].kw == kwAdmin {
			if p, _ := a.place(k); p > k+1 && p <= e {
				return true
			}
		}
	}
	return false
}

// areaPlace returns the end of the place a numbered area covers after
// its number ending at e ("khu vực 4 - Mèo Vạc"), or e.
func (a *analysis) areaPlace(e int) int {
	// ("Quân khu 7-Trung tướng Phạm Văn Dỹ": a rank, a title or a full
	// name after the dash is the holder's.)
	if a.is(e, "-") && a.next(e+1) && a.toks[e+1].capital && a.toks[e+1].kw != kwAnh && a.org(e+1) < 0 && !a.startsKind(e+1, gazetteer.Rank, gazetteer.Title) && !(a.startsName(e+1) && a.nameEnd(e+1) >= e+4) {
		if p, _ := a.placeName(e + 1); p > e+1 {
			return p
		}
		// ("khu vực 3-Lạc Sơn": written tight, the dash joins a place
		// that could be a name.)
		if p := a.capRun(e+1, 3); p > e+1 && (!a.startsName(e+1) || a.attached(e) && a.attached(e+1)) {
			return p
		}
	}
	return e
}

// numberList returns the end of further numbers of the same length
// listed after a unit's number ending at e ("Trung đoàn 261, 263",
// "hai Tiểu đoàn 452, 453"): units of one kind named at once. A number
// that counts what follows it ("Trung đoàn 18, 3 đại đội") is not one.
func (a *analysis) numberList(e int) int {
	width := len(a.w(e - 1))
	// ("5,3" written tight is a decimal.)
	for a.is(e, ",") && e+1 < a.n() && a.next(e+1) && !a.attached(e+1) && a.toks[e+1].digits && len(a.w(e+1)) == width {
		if k := e + 2; k < a.n() && a.next(k) && (a.countedAfter(k) || a.toks[k].digits || a.is(k, "năm", "tháng", "ngày")) {
			break
		}
		e += 2
	}
	return e
}

// codeList returns the end of further codes of the same letters and
// number length listed after a unit's code [j, e) ("Nhà máy Z111,
// Z125"), or e.
func (a *analysis) codeList(j, e int) int {
	for a.is(e, ",") && e+1 < a.n() && a.next(e+1) && a.code(e+1) == e+3 && a.w(e+1) == a.w(j) && len(a.w(e+2)) == len(a.w(j+1)) {
		e += 3
	}
	return e
}

// anyJoiner says whether a word in [s, e) links names or counts things
// ("các", "những"), which no official name's tail holds.
func (a *analysis) anyJoiner(s, e int) bool {
	for k := s; k < e; k++ {
		if joiners[a.w(k)] || a.w(k) == "những" {
			return true
		}
	}
	return false
}

// numbered returns the end of a unit's kind written in lower case and
// its number after a capitalized head noun ("Đội rà phá số 3", "Tổ
// công tác số 2", "Đội số 5"), or -1.
func (a *analysis) numbered(j int) int {
	k := j
	for k-j < 5 && a.next(k) {
		t := a.toks[k]
		if w := a.w(k); !t.word || t.capital || t.upper || t.digits || w == "số" || joiners[w] || clauseWords[w] {
			break
		}
		k++
	}
	if a.is(k, "số") && a.next(k+1) && (a.toks[k+1].digits || a.toks[k+1].roman) {
		return k + 2
	}
	// "Phi đội trực thăng EC-225": a squadron's kind, then its
	// aircraft's code.
	if k > j && k < a.n() && a.next(k) {
		if c := a.code(k); c > k && a.is(k+1, "-") {
			return c
		}
	}
	return -1
}

// surnameHead says whether the organization [i, e) is rather a person's
// name: a one-word head that is also a surname ("Đoàn", a delegation)
// followed by nothing but plain capitalized words, as in "Thứ trưởng
// Đoàn Minh Khôi"; "Đoàn Kinh tế - Quốc phòng 327" and "Đoàn Việt Nam"
// stay organizations.
func (a *analysis) surnameHead(i, e int) bool {
	if e-i > 4 || !a.has(gazetteer.Surname, i) || a.lens[i*gazetteer.NumKinds+gazetteer.OrgHead.Index()] != 1 || a.nameEnd(i) != e {
		return false
	}
	for k := i + 1; k < e; k++ {
		if a.startsKind(k, gazetteer.Org, gazetteer.OrgHead, gazetteer.NameTail, gazetteer.Province, gazetteer.Country, gazetteer.Region) {
			return false
		}
	}
	return true
}

// placeHeads are the folded head nouns of units named after the place
// they sit in: "Đồn Biên phòng Lìa", "Trạm Y tế Sơn Thủy". Schools are
// not: most are named after people, flowers or their own brand ("Trường
// THPT Quang Trung", "Trường Mầm non Họa Mi"); one named after its
// commune is found by the commune's list.
var placeHeads = map[string]bool{
	"đồn biên phòng": true, "trạm biên phòng": true, "trạm kiểm soát biên phòng": true,
	"đồn": true, "đồn công an": true, "trạm y tế": true,
}

// namedPlace returns the start of the place an organization [s, e) is
// named after, or -1: one to four capitalized words after a place head
// that name no listed place (those are found on their own), person or
// body.
func (a *analysis) namedPlace(s, e int) int {
	h, _ := a.longest(gazetteer.OrgHead, s)
	if h <= s || h >= e || e-h > 4 || !placeHeads[a.key(s, h)] {
		return -1
	}
	for k := h; k < e; k++ {
		if t := a.toks[k]; !t.word || !t.capital || t.upper || t.digits {
			return -1
		}
	}
	if p, _ := a.placeName(h); p > h || a.startsName(h) || a.startsOther(h) {
		return -1
	}
	return h
}

// caseFits says whether the text [i, e) may be the listed name ent: when
// the list capitalizes a later word, the text must capitalize one too.
// "Bộ Xây dựng" is a ministry, but in "lãnh đạo Bộ xây dựng lực lượng"
// the verb follows "Bộ" (the ministry); "Đảng cộng sản Việt Nam" stays.
func (a *analysis) caseFits(ent *gazetteer.Entry, i, e int) bool {
	if ent == nil || ent.Abbrev {
		return true
	}
	for k := i + 1; k < e; k++ {
		if a.toks[k].capital || a.toks[k].upper {
			return true
		}
	}
	// A name whose head has two words or more ("Kiểm toán Nhà nước",
	// "Ngân hàng Chính sách xã hội") is still the body written all small
	// after its first word: a verb does not follow such a head as it
	// follows "Bộ".
	k := laterCapital(ent)
	return k < 0 || k >= 2
}

// smallAfterFirst says whether a listed name writes every word after its
// first in lower case ("Hải quân").
func smallAfterFirst(ent *gazetteer.Entry) bool {
	return laterCapital(ent) < 0
}

// laterCapital returns the index of the first word after a listed name's
// first that holds a capital ("Kiểm toán Nhà nước": 2), or -1.
func laterCapital(ent *gazetteer.Entry) int {
	k := 0
	for _, r := range ent.Text {
		if r == ' ' {
			k++
		} else if k > 0 && unicode.IsUpper(r) {
			return k
		}
	}
	return -1
}

// bareLevel returns the end of an administrative word at e written small
// with no place's name after it, the reader's own ("Hội Cựu Công an nhân
// dân (CAND) tỉnh"), or -1.
func (a *analysis) bareLevel(e int) int {
	if k := a.admin(e); k > 0 && a.next(e) && a.toks[e].kw == kwAdmin && !a.toks[e].capital && (k >= a.n() || !a.next(k) || !a.toks[k].capital && !a.toks[k].upper) {
		return k
	}
	return -1
}

// adverbOne says whether "một" at j starts an adverb ("… ASEAN | một lần
// nữa khẳng định") rather than "một thành viên", a company's form: it
// ends a name's lower-case tail.
func (a *analysis) adverbOne(j int) bool {
	return a.is(j, "một") && !a.is(j+1, "thành")
}

// startsName says whether a person's name (a listed surname and more
// capitalized words) starts at i.
func (a *analysis) startsName(i int) bool {
	if e, _ := a.longest(gazetteer.Surname, i); e > i && a.toks[i].capital {
		return a.nameEnd(i) >= i+2
	}
	// "Phương Thị Thanh": a woman's middle name "Thị" tells a surname
	// the list lacks.
	// ("Cảng Thị Vải" is a port: not after a head noun.)
	if a.is(i+1, "thị") && a.toks[i].capital && !a.toks[i].upper && a.toks[i+1].capital && a.next(i+1) && i+2 < a.n() && a.toks[i+2].capital && syllable.Valid(a.w(i)) && !a.startsOther(i) && a.placeHead(i) < 0 {
		return a.nameEnd(i) >= i+3
	}
	return false
}

// startsKind says whether an entry of one of kinds starts at i.
func (a *analysis) startsKind(i int, kinds ...gazetteer.Kind) bool {
	for _, k := range kinds {
		if a.has(k, i) {
			return true
		}
	}
	return false
}

// capRunAny is capRun that also runs through titles: the name of an
// office's unit may contain one ("Phòng Tùy viên Quốc phòng").
func (a *analysis) capRunAny(i, max int) int {
	j := i
	joins := 0 // dashes and the second syllables of compounds, which max does not count
	for j < a.n() && j-i-joins < max && (j == i || a.next(j)) {
		t := a.toks[j]
		// "PC04": a code's digits written onto its letters.
		if t.digits && j > i && a.attached(j) && a.toks[j-1].upper {
			j++
			continue
		}
		// "Kế hoạch - Tổng hợp": two fields joined by a dash.
		// "Trung-Hạ Lào", "Sài Gòn-Chợ Lớn": a dash written tight joins
		// two parts of one name, whatever the second looks like.
		tight := a.is(j, "-") && j > i && j+1 < a.n() && a.attached(j) && a.attached(j+1)
		if a.is(j, "-") && j > i && a.next(j+1) && (a.toks[j+1].capital || a.toks[j+1].upper) && (tight || !a.startsOther(j+1) && !a.personAt(j+1)) {
			j, joins = j+1, joins+1
			if tight {
				j++ // the word after a tight dash is the name's
			}
			continue
		}
		if !(t.capital || t.upper) || j > i && (a.startsKind(j, gazetteer.Rank, gazetteer.NonName) || a.personAt(j) || a.foreignName(j) > j) {
			break
		}
		if e, _ := a.longest(gazetteer.NameTail, j); e > j+1 {
			j = e
			continue
		}
		if e, _ := a.longest(gazetteer.Title, j); e > j+1 {
			j = e
			continue
		}
		// "Trưởng phòng Tài nguyên Môi trường": a compound whose second
		// syllable is lower case, before another capitalized word.
		if t.capital && !a.has(gazetteer.OrgHead, j) {
			if r := a.compoundRun(j, false); r > j {
				j, joins = r, joins+1
				continue
			}
			if a.compoundTail(j) {
				j, joins = j+2, joins+1
				continue
			}
		}
		// "Bộ trưởng Quốc phòng Mỹ | James Mattis": a country ends the
		// unit's name; a name after it is a person's.
		if c, _ := a.longest(gazetteer.Country, j); c > j && j > i && t.capital {
			return c
		}
		j++
	}
	return j
}

// properHead says whether the head noun at [s, e) holds an abbreviation
// or ends in a capitalized word after a lower-case one.
func (a *analysis) properHead(s, e int) bool {
	for k := s + 1; k < e; k++ {
		if a.toks[k].upper {
			return true
		}
		// A department that lists its fields names itself: "Sở Giáo
		// dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch".
		if a.is(k, "và") && k+1 < e && a.toks[k+1].capital {
			return true
		}
	}
	// "Phòng Tham mưu", "Cục Chính trị": a unit's staff department
	// written bare is named by its field, the parent understood; not
	// "Phòng Kỹ thuật | hình sự", a field that goes on in lower case.
	if e-s >= 3 && a.toks[s+1].capital && staffFields[a.key(s+1, e)] && a.is(s, "phòng", "ban", "cục") && !a.lowerWord(e) {
		return true
	}
	return e-s >= 3 && a.toks[e-1].capital && !a.toks[e-2].capital
}

// staffFields are the fields of a unit's staff departments, folded.
var staffFields = map[string]bool{
	"tham mưu": true, "chính trị": true, "hậu cần": true, "kỹ thuật": true, "hậu cần - kỹ thuật": true,
}

// joiners are lower-case words that link two names rather than continue
// one: "Campuchia và Bộ Quốc phòng Lào" is two organizations.
var joiners = map[string]bool{
	"và": true, "của": true, "với": true, "cho": true, "tại": true, "ở": true, "thuộc": true,
	"trong": true, "các": true, "cùng": true, "hoặc": true, "hay": true, "là": true, "do": true,
	"từ": true, "đến": true, "về": true, "theo": true, "gồm": true, "có": true, "được": true, "đã": true,
	"nhiều": true, "mọi": true, "mỗi": true, "qua": true, "sang": true, "tới": true,
	"để": true, "vào": true, "nhằm": true, "mà": true,
}

// jointVerbs are folded verbs of two syllables for working with another
// body, which end a name's lower-case tail before that body.
var jointVerbs = map[string]bool{
	"phối hợp": true, "hợp tác": true, "hỗ trợ": true, "giúp đỡ": true, "kết nghĩa": true, "làm việc": true, "ký kết": true,
}

// delegationOf says whether [i, k) names a National Assembly
// delegation and the term at k is followed by the province it comes
// from ("khóa XIII của tỉnh Bình Thuận").
func (a *analysis) delegationOf(i, k int) bool {
	key := a.key(i, k)
	return (strings.HasSuffix(key, "đại biểu quốc hội") || strings.HasSuffix(key, "đbqh")) && a.termThenProvince(k) > 0
}

// termThenProvince returns where the administrative word starts that
// follows a legislature's term at k ("khóa XIII | của | tỉnh Bình
// Thuận"), or -1.
func (a *analysis) termThenProvince(k int) int {
	if !a.is(k, "khóa", "khoá") || k+1 >= a.n() || !a.next(k+1) || !a.toks[k+1].roman && !a.toks[k+1].digits {
		return -1
	}
	j := k + 2
	if a.is(j, "của") && a.next(j+1) {
		j++
	}
	if !a.next(j) || a.admin(j) < 0 {
		return -1
	}
	return j
}

// groupBrand returns the end of a business group's name at i: one to
// three capitalized words, then "Group", "Holdings" or "Corporation"
// ("TrungNam Group", "T&T Group"), or -1.
func (a *analysis) groupBrand(i int) int {
	if !a.groupWords || !a.toks[i].capital && !a.toks[i].upper || i > 0 && a.next(i) && (a.toks[i-1].capital || a.toks[i-1].upper) && a.toks[i-1].word {
		return -1
	}
	for k := i + 1; k < a.n() && k <= i+3 && a.next(k); k++ {
		if a.toks[k].kw == kwGroup && a.toks[k].capital {
			return k + 1
		}
		if !a.toks[k].capital && !a.toks[k].upper && !a.is(k, "&") {
			return -1
		}
	}
	return -1
}

// serviceEnd returns the end of an armed service named at i, as a rank
// may be qualified by ("Không quân", "Hải quân", "Công an nhân dân"), or
// -1.
func (a *analysis) serviceEnd(i int) int {
	if i+1 >= a.n() || !a.toks[i].capital || !a.next(i+1) {
		return -1
	}
	switch a.key(i, i+2) {
	case "không quân", "hải quân", "lục quân", "phòng không":
		return i + 2
	case "công an":
		if a.is(i+2, "nhân") && a.is(i+3, "dân") && a.next(i+3) {
			return i + 4
		}
	}
	return -1
}

// rankEndsAt says whether a listed rank ends just before token i.
func (a *analysis) rankEndsAt(i int) bool {
	if !a.next(i) {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		if e, _ := a.longest(gazetteer.Rank, k); e == i {
			return true
		}
	}
	return false
}

// fieldOverShortHead says whether a listed field of two syllables
// starts at k over a head noun of one ("Phòng | chống" but not "Ngân
// hàng").
func (a *analysis) fieldOverShortHead(k int) bool {
	h, _ := a.longest(gazetteer.OrgHead, k)
	return h <= k+1 && a.listedWord(k)
}

// listedWord says whether the capitalized word at j and the lower-case
// syllable after it make a listed word of two syllables ("Điều hành").
func (a *analysis) listedWord(j int) bool {
	if !a.toks[j].capital || a.toks[j].upper || !a.next(j+1) || j+1 >= a.n() || a.toks[j+1].capital || a.toks[j+1].upper {
		return false
	}
	return a.lists != nil && a.lists.Lookup(gazetteer.Word, a.key(j, j+2)) != nil
}

// compoundTail says whether the lower-case word after the capitalized one
// at j is the rest of its compound inside a name: the name goes on after
// it ("Chỉ huy BĐBP", "Tổ chức Trung ương"), or it ends there, at
// punctuation or an administrative word ("Hội nghị tỉnh").
func (a *analysis) compoundTail(j int) bool {
	// "Bộ GTVT | đối với": an abbreviation has no second syllable.
	if j+1 >= a.n() || !a.next(j+1) || a.toks[j].upper {
		return false
	}
	// "Trung đoàn Pháo | phòng không 224": a listed field of two words
	// or more starts after the word, which stands alone.
	if e, _ := a.longest(gazetteer.NameTail, j+1); e > j+2 && !a.toks[j+1].capital {
		return false
	}
	// "ĐH Quốc gia Hà Nội | làm Quyền Bộ trưởng": the last word of a
	// listed place of two words or more is no compound's head.
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if p, _ := a.placeName(k); p == j+1 {
			return false
		}
	}
	t := a.toks[j+1]
	if !t.word || t.capital || t.upper || t.digits || joiners[a.w(j+1)] || a.admin(j+1) > 0 {
		return false
	}
	// "sân bay Nội Bài | hôm qua", "UBND TP. | khi đó": a word of time
	// is the sentence's.
	if a.is(j+1, "hôm", "khi", "lúc", "sáng", "chiều", "tối", "trưa", "đêm") {
		return false
	}
	k := j + 2
	// "… xã Tân Lập họp.": a verb ending the clause is no part of a
	// name; "Ban Kiểm tra | 5 đồng chí": nor is a count after it.
	if k >= a.n() || !a.next(k) || !a.toks[k].word || a.toks[k].digits && a.countedAfter(k+1) {
		return !clauseWords[a.w(j+1)]
	}
	// "Cục Kiểm lâm và Cục …", "Viện Dinh dưỡng cho biết": the
	// compound's second syllable, then a word that joins or goes on with
	// the sentence.
	// A lower-case field after "và" is the name's tail's to take
	// ("Trung tâm Huấn luyện và thi đấu thể thao").
	// So does a particle that goes on with the sentence ("Chi cục Thủy
	// sản để thành lập …", "Viện Sốt rét sẽ …").
	if !a.toks[k].capital && (joiners[a.w(k)] || sentenceParticles[a.w(k)] || a.is(k, "đang", "bị", "nhằm")) && (!a.is(k, "và") || a.next(k+1) && a.toks[k+1].capital) &&
		!clauseWords[a.w(j+1)] && !nameVerbs[a.w(j+1)] && !sentenceParticles[a.w(j+1)] && !a.verbAt(j+1) {
		return true
	}
	if a.admin(k) > 0 {
		return true
	}
	// "Viện Nghiên cứu châu Phi": a region written small.
	if a.is(k, "châu") {
		if p, ent := a.placeName(k); p > k && ent != nil && ent.Kind == gazetteer.Region {
			return true
		}
	}
	// "Hợp tác quốc tế": a listed lower-case tail goes on after it.
	if e, _ := a.longest(gazetteer.NameTail, k); e > k && !a.toks[k].capital {
		return true
	}
	// "Đồn Biên phòng Lìa mang Tết ấm": a verb of giving or visiting
	// between two names ends the first.
	if nameVerbs[a.w(j+1)] {
		return false
	}
	// "Trường Đại học Bách khoa | đạt giải", "Ban Tuyên giáo | tổ
	// chức": a listed word's second syllable, then the sentence's verb.
	if !joiners[a.w(k)] && a.verbAt(k) && a.listedWord(j) {
		return true
	}
	return (a.toks[k].capital || a.toks[k].upper) && !a.startsKind(k, gazetteer.Rank, gazetteer.Title)
}

// steeredSubject returns the end of "về" at v and the subject after it
// that names a steering committee, up to punctuation or a word that
// goes on the sentence; a comma only inside a listed pair ("phòng,
// chống"). Or -1.
func (a *analysis) steeredSubject(v int) int {
	end := -1
	for j := v + 1; j < a.n() && j < v+18 && a.next(j); j++ {
		t := a.toks[j]
		switch {
		case a.is(j, ",") && j+1 < a.n() && rules.JoinedAt(a.keyText, t.ks, a.toks[j+1].ks):
			continue
		case a.is(j, "-") && a.attached(j) && j+1 < a.n() && a.attached(j+1):
			continue
		case !t.word:
			return end
		case !t.capital && !t.upper && subjectEnds[a.w(j)]:
			return end
		}
		end = j + 1
	}
	return end
}

// subjectEnds are the words that end a steering committee's subject and
// go on the sentence: "… thiên tai | cho thấy", "… đặc biệt | do Thủ
// tướng …".
var subjectEnds = map[string]bool{
	"do": true, "cùng": true, "là": true, "đã": true, "được": true, "cho": true, "và": true,
	"thuộc": true, "vốn": true, "sẽ": true, "đang": true, "với": true, "theo": true, "từ": true,
	"đến": true, "nhằm": true, "để": true, "trong": true, "khi": true, "thì": true, "mà": true,
	"nên": true, "vì": true, "nhưng": true, "gồm": true, "có": true, "đề": true, "chỉ": true,
	"họp": true, "tổ": true, "yêu": true, "vừa": true, "ban": true, "báo": true, "về": true,
}

// ownedCommittee returns the end of a committee's field of one to five
// words at h, with no verb or link among them, and "của" and the body
// that owns it ("kinh tế | của Quốc hội"), or -1.
func (a *analysis) ownedCommittee(h int) int {
	for k := h; k < a.n() && k < h+6 && a.next(k); k++ {
		if a.is(k, "của") && k > h && a.next(k+1) && a.toks[k+1].capital {
			return a.owningBody(k + 1)
		}
		t := a.toks[k]
		if t.upper || t.digits || !t.word {
			return -1
		}
		// The body closes the run, so a syllable that opens a verb
		// elsewhere ("đại | biểu") goes on it unless it is one here.
		if w := a.w(k); !t.capital && (joiners[w] || sentenceParticles[w] || addressWords[w] || nameVerbs[w] || a.admin(k) > 0 || a.verbAt(k)) {
			return -1
		}
	}
	return -1
}

// vietnameseWords says whether every word in [s, e) is a Vietnamese
// syllable.
func (a *analysis) vietnameseWords(s, e int) bool {
	for k := s; k < e; k++ {
		if a.toks[k].word && !a.toks[k].upper && !syllable.Valid(a.w(k)) {
			return false
		}
	}
	return true
}

// vietnameseCount counts the Vietnamese syllables in [s, e).
func (a *analysis) vietnameseCount(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if a.toks[k].word && syllable.Valid(a.w(k)) {
			n++
		}
	}
	return n
}

// owningBody returns the end of a body that owns committees, boards and
// working groups at i ("Quốc hội", "Chính phủ", "Đảng", "Bộ Chính
// trị"), or -1.
func (a *analysis) owningBody(i int) int {
	switch {
	case a.is(i, "quốc") && a.is(i+1, "hội"), a.is(i, "chính") && a.is(i+1, "phủ"):
		return i + 2
	case a.is(i, "bộ") && a.is(i+1, "chính") && a.is(i+2, "trị"):
		return i + 3
	case a.is(i, "đảng") && (!a.next(i+1) || !a.toks[i+1].capital):
		return i + 1
	}
	return -1
}

// compoundRun returns where a capitalized compound whose later words are
// lower case ends, when lower-case words run from it to a capitalized
// word the name goes on with ("Bảo | đảm an toàn | Hàng hải", when
// anyCapital), to the state's or the centre's level ("Hội đồng Chức |
// danh giáo sư | Nhà nước") or to a region that closes it ("Hàng | hải
// | miền Nam"); or -1. No verb or linking word may come between.
func (a *analysis) compoundRun(j int, anyCapital bool) int {
	if j+2 >= a.n() || !a.compoundWord(j+1) {
		return -1
	}
	m := j + 2
	for m < a.n() && m < j+6 && a.compoundWord(m) {
		if p, ent := a.placeName(m); p > m && ent != nil && ent.Kind == gazetteer.Region {
			break
		}
		m++
	}
	if m >= a.n() || !a.next(m) {
		return -1
	}
	e := -1
	switch p, ent := a.placeName(m); {
	case p > m && ent != nil && ent.Kind == gazetteer.Region:
		e = p
	case m > j+2 && a.personAt(m) && a.nameEnd(m) >= m+3:
		// "Viện trưởng Viện Địa | lý nhân văn | Nguyễn Song Tùng": the
		// holder's name after the body closes it.
		e = m
	case m == j+2 || !a.toks[m].capital || a.toks[m].upper || a.toks[m].roman || a.startsKind(m, gazetteer.Rank, gazetteer.Title) || a.personAt(m):
		// nothing closes the name
	case a.is(m, "nhà") && a.is(m+1, "nước") || a.is(m, "trung") && a.is(m+1, "ương") || a.is(m, "quốc") && a.is(m+1, "gia"):
		e = m + 2
	case anyCapital:
		e = m
	}
	// The costlier check last.
	if e < 0 || a.endsListedPlace(j) {
		return -1
	}
	return e
}

// compoundWord says whether token k is a lower-case word a compound's
// name may run through: no verb, link, ordinal, word of place or word of
// where.
func (a *analysis) compoundWord(k int) bool {
	t := a.toks[k]
	if !a.next(k) || !t.word || t.capital || t.upper || t.digits || t.kw == kwVillage {
		return false
	}
	w := a.w(k)
	return !lowerFacilities[w] && !ordinalWords[w] && !nearWords[w] && !joiners[w] && !clauseWords[w] && !nameVerbs[w] && !sentenceParticles[w] && !addressWords[w] && !a.verbAt(k) && a.admin(k) < 0
}

// endsListedPlace says whether token j is the last word of a listed
// place or unit ("khu vực 3 - Phú Lộc | rộn ràng Lễ …"), which heads no
// compound.
func (a *analysis) endsListedPlace(j int) bool {
	for k := j; k >= 0 && k >= j-3; k-- {
		if p, _ := a.placeName(k); p == j+1 || a.unitAny(k, false) == j+1 {
			return true
		}
	}
	return false
}

// nearWords say where something lies, and go on no name: "đường Lê
// Duẩn | gần hồ Hòn Cỏ".
var nearWords = map[string]bool{"gần": true, "trên": true, "dưới": true, "cạnh": true, "bên": true, "giữa": true, "sau": true, "trước": true, "ngoài": true, "nằm": true}

// ordinalWords count a congress, a term or a year, and go on no name.
var ordinalWords = map[string]bool{"lần": true, "thứ": true, "khóa": true, "khoá": true, "nhiệm": true, "kỳ": true, "năm": true}

// countedAfter says whether a counted noun, written small, starts at j.
func (a *analysis) countedAfter(j int) bool {
	if !a.next(j) || a.toks[j].capital || a.toks[j].upper {
		return false
	}
	return rules.CountNounAt(a.keyText, a.toks[j].ks)
}

// sentenceParticles are lower-case words that go on with the sentence,
// never a name's second syllable: "Hà Tĩnh | thì …".
var sentenceParticles = map[string]bool{
	"thì": true, "mà": true, "nên": true, "vì": true, "để": true, "nhưng": true, "rồi": true,
	"cũng": true, "vẫn": true, "đều": true, "còn": true, "sẽ": true, "chưa": true, "không": true,
}

// nameVerbs are verbs that news puts between a unit and a capitalized
// object ("… mang Tết", "… thăm Trường …") and that never end a
// capitalized compound inside a name.
var nameVerbs = map[string]bool{
	"mang": true, "giúp": true, "trao": true, "tặng": true, "đón": true, "thăm": true,
	"gặp": true, "dự": true, "nhận": true, "gửi": true, "chúc": true, "hỗ": true,
	"dâng": true, "viếng": true, "thắp": true,
}

// bracketedCodeAfter returns the end of up to eight lower-case words
// followed by an abbreviation or code in brackets ("(PC04)", "(EC)"), or
// -1.
func (a *analysis) bracketedCodeAfter(e int) int {
	j := e
	for j < a.n() && j-e < 8 && a.next(j) && a.toks[j].word && !a.toks[j].digits {
		if a.toks[j].capital {
			// "… bom mìn quốc gia Việt Nam (VNMAC)": a place may stand
			// among the lower-case words.
			p, _ := a.placeName(j)
			if p <= j || j == e {
				break
			}
			j = p
			continue
		}
		j++
	}
	if !a.is(j, "(") || !a.next(j) || j+2 >= a.n() || !a.toks[j+1].upper {
		return -1
	}
	k := j + 2
	if k < a.n() && a.toks[k].digits {
		k++
	}
	if !a.is(k, ")") {
		return -1
	}
	return k + 1
}

// codeWider says whether the abbreviation in brackets at e stands for
// more than the name [s, e) before it, whose initials it ends with:
// "đại biểu Quốc hội (ĐBQH)" abbreviates the delegates, not the body.
func (a *analysis) codeWider(s, e int) bool {
	var initials []rune
	for k := s; k < e; k++ {
		if a.toks[k].word && !a.toks[k].upper {
			r, _ := utf8.DecodeRuneInString(a.w(k))
			initials = append(initials, r)
		}
	}
	code := []rune(a.w(e + 1))
	return len(initials) > 0 && len(code) > len(initials) && slices.Equal(code[len(code)-len(initials):], initials)
}

// codeInBrackets returns the end of an abbreviation in brackets at j
// ("(BTL)", "(SQLQ 1)", "(PCCC-CNCH)", "(NN&PTNT)", "(C03)"), or -1.
func (a *analysis) codeInBrackets(j int) int {
	if !a.is(j, "(") || !a.next(j) || !a.next(j+1) {
		return -1
	}
	// "(C03)": a ministry department's code, one letter onto digits.
	if m := a.ministryCode(j + 1); m > j+1 && a.is(m, ")") {
		return m + 1
	}
	// "(E22)", "(K63)": a unit's code, one letter onto digits.
	if j+3 < a.n() && a.toks[j+1].capital && a.toks[j+1].ke-a.toks[j+1].ks == 1 && a.toks[j+2].digits && a.attached(j+2) && a.is(j+3, ")") {
		return j + 4
	}
	// "(Viettel)", "(Viettel Global)", "(Jabes)": a brand that is no
	// Vietnamese word, one or two capitalized words.
	if b := a.brandEnd(j + 1); b > j+1 && a.is(b, ")") {
		return b + 1
	}
	if !a.toks[j+1].upper {
		return -1
	}
	k := j + 2
	for k+1 < a.n() && a.is(k, "-", "&") && a.attached(k) && a.toks[k+1].upper {
		k += 2
	}
	if k < a.n() && a.toks[k].digits && a.next(k) {
		k++
	}
	if !a.is(k, ")") {
		return -1
	}
	return k + 1
}

// brandEnd returns the end of a brand name at i: one or two capitalized
// words, not in capitals and none a Vietnamese syllable, that start no
// listed place ("Viettel", "Viettel Global"); or -1.
func (a *analysis) brandEnd(i int) int {
	k := i
	for k < a.n() && k < i+2 && a.next(k) && a.foreignPlaceWord(k) {
		k++
	}
	if k == i {
		return -1
	}
	if p, _ := a.placeName(i); p > i {
		return -1
	}
	return k
}

// ministryCode returns the end of a Ministry of Public Security
// department's code at i ("C45", "A70", "C03"): C or A written onto two
// digits, not part of a longer code ("A70/QĐ"), and with another body or
// "thuộc" next to it, as lists of units give them; or -1.
func (a *analysis) ministryCode(i int) int {
	if i+1 >= a.n() || a.toks[i].ke-a.toks[i].ks != 1 || !a.toks[i].capital || !a.is(i, "c", "a") || !a.toks[i+1].digits || !a.attached(i+1) || a.toks[i+1].ke-a.toks[i+1].ks != 2 {
		return -1
	}
	e := i + 2
	if e < a.n() && a.attached(e) && (a.toks[e].word || a.is(e, "/", "-") || a.is(e, ".") && e+1 < a.n() && a.attached(e+1)) {
		return -1
	}
	if !a.is(i-1, "thuộc", ",", "-", "–", "và", "(") {
		return -1
	}
	return e
}

// eventAfterHoi are the words that make "hội" an event or a place:
// hội nghị, hội thảo, hội thao, hội diễn, hội trường, hội chợ, hội đàm.
var eventAfterHoi = map[string]bool{
	"nghị": true, "thảo": true, "thao": true, "diễn": true, "trường": true, "chợ": true, "đàm": true, "khoẻ": true, "khỏe": true, "ngộ": true,
}

// massBody are the first words of the Front's and the mass
// organizations' listed names, which have a branch in every province.
var massBody = map[string]bool{
	"mttq": true, "ubmttq": true, "mặt": true, "hội": true, "đoàn": true, "công": true, "liên": true, "ccb": true,
}

// ownedByArmy says whether "Quân đội", capitalized and ending the name,
// follows at e.
func (a *analysis) ownedByArmy(e int) bool {
	if e+1 >= a.n() || !a.next(e) || !a.next(e+1) || !a.toks[e].capital || !a.is(e, "quân") || !a.is(e+1, "đội") {
		return false
	}
	return e+2 >= a.n() || !a.next(e+2) || !a.toks[e+2].capital && !a.toks[e+2].upper && !a.toks[e+2].digits
}

// code returns the end of a unit's code at j, capital letters with
// digits attached ("Nhà máy X51", "Nhà giàn DK1/6", "Tàu HQ-561"), or -1.
func (a *analysis) code(j int) int {
	if j+1 >= a.n() || a.toks[j].digits || !a.toks[j].word || !(a.toks[j].upper || a.toks[j].capital && a.toks[j].ke-a.toks[j].ks == 1) || a.toks[j].ke-a.toks[j].ks > 4 {
		return -1
	}
	e := j + 1
	if a.is(e, "-") && a.attached(e) {
		e++
	}
	if e >= a.n() || !a.toks[e].digits || !a.attached(e) {
		return -1
	}
	e++
	for e+1 < a.n() && a.is(e, "/", "-") && a.attached(e) && a.attached(e+1) && a.toks[e+1].digits {
		e += 2
	}
	return e
}

// attached says whether token j follows token j-1 with no space between.
func (a *analysis) attached(j int) bool {
	return j > 0 && a.toks[j].ks == a.toks[j-1].ke
}

// lowerInitial says whether s begins with a lower-case letter.
func lowerInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// draftingBoard returns the end of a drafting or editing board named by
// the law it drafts, at i ("Ban soạn thảo Luật BPVN", "Ban Soạn thảo Dự
// án Luật Phòng thủ dân sự"), or -1. Alone the board names none.
func (a *analysis) draftingBoard(i int) int {
	if !a.is(i, "ban", "tổ") || !a.toks[i].capital || !(a.is(i+1, "soạn") && a.is(i+2, "thảo") || a.is(i+1, "biên") && a.is(i+2, "tập")) || !a.next(i+1) || !a.next(i+2) {
		return -1
	}
	k := i + 3
	if a.is(k, "dự") && a.is(k+1, "án", "thảo") && a.next(k) && a.next(k+1) {
		k += 2
	}
	if a.is(k, "bộ") && a.is(k+1, "luật") {
		k++
	} else if a.is(k, "pháp") && a.is(k+1, "lệnh") {
		k++
	}
	if !a.is(k, "luật", "lệnh") || !a.next(k) || !a.next(k+1) || k+1 >= a.n() || !(a.toks[k+1].capital || a.toks[k+1].upper) {
		return -1
	}
	e := a.capRun(k+1, 6)
	if e <= k+1 {
		return -1
	}
	return max(e, a.lowerTail(e, false))
}

// numberLetter returns the end of the letter written onto the number
// that ends a name at e ("Bệnh viện Quân y 7B", "tổ dân phố 9A"), or e.
func (a *analysis) numberLetter(e int) int {
	// "Bệnh viện dã chiến 2.2", "Xí nghiệp 76.1": a unit numbered under
	// its parent's number, written tight with a dot.
	if e > 0 && e+1 < a.n() && a.toks[e-1].digits && a.is(e, ".") && a.attached(e) && a.attached(e+1) && a.toks[e+1].digits && a.toks[e+1].ke-a.toks[e+1].ks <= 2 && (e+2 == a.n() || !a.attached(e+2) || !a.toks[e+2].word && !a.is(e+2, ".")) {
		return e + 2
	}
	if e > 0 && e < a.n() && a.toks[e-1].digits && a.attached(e) && a.toks[e].word && a.toks[e].capital && a.toks[e].ke-a.toks[e].ks == 1 && (e+1 == a.n() || !a.attached(e+1) || !a.toks[e+1].word) {
		return e + 1
	}
	return e
}

// zoneNamed returns the end of a defence zone's command [i, e) that
// goes on with the place it is named after ("Ban chỉ huy Phòng thủ khu
// vực (PTKV) 4 Tương Dương", "Ban chỉ huy PTKV 5-Anh Sơn"), or e.
func (a *analysis) zoneNamed(i, e int) int {
	if e < i+2 || e >= a.n() || !a.toks[e-1].digits {
		return e
	}
	k := a.key(i, e)
	if !strings.Contains(k, "phòng thủ khu vực") && !strings.Contains(k, "ptkv") {
		return e
	}
	j := e
	if a.is(j, "-") && j+1 < a.n() {
		j++
	}
	if !a.toks[j].capital || !a.next(j) && j == e {
		return e
	}
	// A district's or commune's name, which lists hold only after their
	// noun elsewhere.
	if p, _ := a.placeName(j); p > j {
		return p
	}
	best := e
	if a.lists != nil {
		a.unitHits = a.lists.MatchAt(a.keyText, a.raw, j, a.unitHits[:0])
		for _, h := range a.unitHits {
			if (h.Entry.Kind == gazetteer.District || h.Entry.Kind == gazetteer.Commune) && h.End > best && a.toks[h.End-1].capital && !a.breaks(h.Start, h.End) {
				best = h.End
			}
		}
	}
	return best
}

// dayMonthName returns the end of a body's number that goes on as a day
// and month ("Bệnh viện 19-8", "Bệnh viện 30-4": named after a date),
// or e.
func (a *analysis) dayMonthName(e int) int {
	if e < 2 || e+1 >= a.n() || !a.toks[e-1].digits || !a.is(e, "-") || !a.attached(e) || !a.attached(e+1) || !a.toks[e+1].digits {
		return e
	}
	d, _ := strconv.Atoi(a.w(e - 1))
	m, _ := strconv.Atoi(a.w(e + 1))
	if d < 1 || d > 31 || m < 1 || m > 12 || e+2 < a.n() && a.attached(e+2) && a.is(e+2, "-", "/", ".") {
		return e
	}
	return e + 2
}

// portalOf returns the end of a body's web portal named with the body
// at i ("Cổng thông tin điện tử Chính phủ", "Cổng thông tin điện tử của
// Công an tỉnh Bình Thuận"), which news cites as a source, or -1.
func (a *analysis) portalOf(i int) int {
	if !a.is(i, "cổng") || !a.toks[i].capital || !a.is(i+1, "thông") || !a.is(i+2, "tin") || !a.is(i+3, "điện") || !a.is(i+4, "tử") {
		return -1
	}
	k := i + 5
	if a.is(k, "của") && a.next(k) {
		k++
	}
	if k >= a.n() || !a.next(k) {
		return -1
	}
	if o := a.org(k); o > k {
		return o
	}
	return -1
}
