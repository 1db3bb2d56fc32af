package recognize

import (
	"github.com/vnextract/vnextract/gazetteer"
	"github.com/vnextract/vnextract/pipeline/syllable"
)

// nameEnd returns the end of a person's name at i: two to five
// capitalized words (or words in capitals, as in photo credits), or -1.
func (a *analysis) nameEnd(i int) int {
	if i >= a.n() || !a.toks[i].word || a.toks[i].digits || !a.toks[i].capital {
		return -1
	}
	// Memoized: the recognizer asks of the same token from many places.
	if m := a.nameMemo[i]; m != unknown {
		return int(m)
	}
	a.nameMemo[i] = -1 // guards against cycles while computing
	e := a.nameEndAt(i)
	a.nameMemo[i] = int32(e)
	return e
}

// nameEndAt computes nameEnd.
func (a *analysis) nameEndAt(i int) int {
	caps := a.toks[i].upper
	if !a.toks[i].capital {
		return -1
	}
	// "Ông" is a rare surname but a common honorific: "Ông Ksor Thuăn"
	// opening a sentence is Mr Ksor Thuăn.
	if a.w(i) == "ông" && a.nameEnd(i+1) > 0 && a.next(i+1) {
		return -1
	}
	// "… tỉnh Bình Dương, Bà Rịa Vũng Tàu": a listed place that starts
	// with a word of address names no one after it.
	if i > 0 && a.next(i) && addressWords[a.w(i-1)] {
		if p, _ := a.longest(gazetteer.Province, i-1); p > i {
			return -1
		}
	}
	// "Trường ĐH Y Hà Nội": after a school's word "Y" is medicine, not
	// an Ê Đê name's opening.
	if i > 0 && a.w(i) == "y" && schoolWords[a.w(i-1)] && a.next(i) {
		return -1
	}
	// "cửa khẩu Chi Ma-Ái Điểm": a surname a tight dash joins to the
	// next word is one half of a place's paired name; Vietnamese names
	// are not written with dashes.
	if i+2 < a.n() && a.is(i+1, "-") && a.attached(i+1) && a.attached(i+2) && a.toks[i+2].capital && a.has(gazetteer.Surname, i) && syllable.Valid(a.w(i+2)) {
		return -1
	}
	// "Khu" (zone) is no surname: "Khu Sài Gòn-Chợ Lớn, Quân khu ủy
	// viên" names a wartime zone.
	if a.w(i) == "khu" {
		return -1
	}
	// "Hàn-Mỹ-Nhật": countries paired by dashes are no foreign name.
	if a.countryPaired(i) {
		return -1
	}
	// A region or country of two words or more starts no name: "… Ấn
	// Độ-Thái Bình Dương Randall Schreiber".
	if e, _ := a.longest(gazetteer.Region, i); e >= i+2 {
		return -1
	}
	if e, _ := a.longest(gazetteer.Country, i); e >= i+2 {
		return -1
	}
	if caps && !a.capsNameMayStart(i) {
		return -1
	}
	// "ảnh: A.N", "T.Nam", "N.V.Q": a name shortened to its initials
	// names no one the reader can find.
	if a.toks[i].ke-a.toks[i].ks == 1 && a.is(i+1, ".") && a.attached(i+1) {
		return -1
	}
	j := i
	// A hyphenated word counts once: "Ạ-nu-phạp Tu-na-lôm" is two.
	joined := 0
	for j < a.n() && j-i-2*joined < 6 && (j == i || a.next(j)) {
		t := a.toks[j]
		// "H' Hoà Byă": the Ê Đê prefix H' keeps its apostrophe.
		if a.is(j, "'") && j > i && a.w(j-1) == "h" && j+1 < a.n() && a.toks[j+1].capital {
			j++
			continue
		}
		// "Chung Suk-hwan", "Daniel J.Kritenbrink": a foreign name's
		// hyphen or initial's dot, written onto its words.
		// A title written onto the name starts the post instead: "Lê
		// Xuân Hòa-Giám đốc Công an tỉnh", "Nguyễn Ngọc Lương-Phó Bí
		// thư Tỉnh ủy".
		if a.is(j, "-", ".") && j > i && j+1 < a.n() && a.attached(j) && a.attached(j+1) && a.toks[j+1].word && !a.toks[j+1].digits && (a.is(j, "-") || a.toks[j-1].ke-a.toks[j-1].ks == 1) && !a.startsKind(j+1, gazetteer.Title, gazetteer.Rank) &&
			!(a.is(j+1, "phó", "quyền") && a.startsKind(j+2, gazetteer.Title)) &&
			// "Tạ Minh Châu-nguyên Phó Trưởng ban": "former", written
			// small, starts the post (a transliterated Lao name's parts
			// may be small: "Xay-xổm-phỏn").
			!(!a.toks[j+1].capital && a.is(j+1, "nguyên", "cựu", "tân")) &&
			// "Quân Trang-TTXVN": an agency in capitals after a credit's
			// name written small.
			!(a.toks[j+1].upper && !caps && a.toks[j+1].ke-a.toks[j+1].ks > 2) {
			j += 2
			joined++
			continue
		}
		// "Harry B. Harris": a middle initial with its dot, then a space,
		// in a foreign name ("Nguyễn Văn T. Sau đó" ends at the initial).
		if j > i && t.capital && t.ke-t.ks == 1 && a.is(j+1, ".") && a.attached(j+1) && j+2 < a.n() && a.next(j+2) && a.toks[j+2].capital && !a.toks[j+2].upper && !syllable.Valid(a.w(i)) {
			j += 2
			continue
		}
		// "Nguyễn thị Xuyên": the middle name "Thị" written small.
		if j == i+1 && !caps && !t.capital && a.is(j, "thị") && a.has(gazetteer.Surname, i) && j+1 < a.n() && a.next(j+1) && a.toks[j+1].capital && !a.toks[j+1].upper {
			j++
			continue
		}
		if !t.word || t.digits || !t.capital || t.upper != caps && t.ke-t.ks > 1 {
			break
		}
		// "Lê Bộ Lĩnh": a head noun that names no body here is a middle
		// name, or the given name before a dash ("Hà Ban - Ủy viên …").
		// "Nguyễn Trường Nhật Phượng": "Trường" after a surname is a
		// middle name when only plain capitalized words follow it.
		if j > i && a.endsName(j) && !(j == i+1 && a.is(j, "bộ", "ban") && a.org(j) < 0 && (a.next(j+1) && a.toks[j+1].capital && !a.toks[j+1].upper || a.is(j+1, "-", "–", "("))) && !(j == i+1 && a.is(j, "trường") && a.middleTruong(i)) {
			break
		}
		// "Nguyễn Văn Linh | Quách Thị Hương": a surname and a middle
		// name start a second person's name.
		if j >= i+2 && a.has(gazetteer.Surname, j) && a.is(j+1, "thị", "văn") && a.next(j+1) && a.toks[j+1].capital {
			break
		}
		// In capitals case tells nothing: a verb or a linking word ends
		// the name ("PHẠM ĐÌNH NGHĨA GIỮ CHỨC …"), and a name does not
		// start with one ("BẾ MẠC KỲ HỌP …").
		// "PHẠM MINH TUYÊN,", "LÊ THỊ THU.": a name's last word before
		// punctuation is no verb, whatever it spells.
		lastWord := j > i+1 && (j+1 >= a.n() || !a.next(j+1) || !a.toks[j+1].word)
		if caps && (a.verbAt(j) && !lastWord || joiners[a.w(j)]) {
			if j == i {
				return -1
			}
			break
		}
		// A head noun that is also a surname ("Đoàn", "Hà") may start a
		// name; the callers decide by context which reading wins.
		if j == i && a.startsOther(j) && !(a.startsKind(j, gazetteer.Surname) && !a.startsKind(j, gazetteer.Rank, gazetteer.Title, gazetteer.NonName)) {
			break
		}
		j++
	}
	// "Shri Rajnath": after a foreign honorific one name is enough.
	if j-i < 2 && !(j == i+1 && i > 0 && a.honoredAt(i)) {
		return -1
	}
	// "tại Ma-ni-la, Phi-líp-pin": a listed place written with hyphens
	// is no foreign person's name.
	if p, _ := a.placeName(i); p == j && a.is(i+1, "-") {
		return -1
	}
	// "tuyến Hà Nội-Hải Phòng": two listed places joined by a dash.
	if p, _ := a.placeName(i); p > i && p < j && a.is(p, "-") {
		if q, _ := a.placeName(p + 1); q == j {
			return -1
		}
	}
	return j
}

// middleTruong says whether "Trường" after the surname at i is a middle
// name: plain capitalized words follow it, none starting a body, a
// place or a name's tail.
func (a *analysis) middleTruong(i int) bool {
	k := i + 2
	if !a.has(gazetteer.Surname, i) || k >= a.n() || !a.next(k) || !a.toks[k].capital || a.toks[k].upper {
		return false
	}
	return !a.startsKind(k, gazetteer.Org, gazetteer.OrgHead, gazetteer.NameTail, gazetteer.Province, gazetteer.Region)
}

// schoolWords end a school's or a field's name before its subject:
// "Trường ĐH", "Đại học", "Học viện", "Cao đẳng", "khoa", "ngành".
var schoolWords = map[string]bool{"đh": true, "học": true, "viện": true, "đẳng": true, "cđ": true, "khoa": true, "ngành": true, "trường": true}

// capsNameMayStart says whether a name in capitals may start at token i:
// inside a heading in capitals, a surname-like word after another word
// in capitals goes on the heading ("QUÁ TRÌNH CÔNG TÁC", "TRÌNH" a
// surname), unless that word ends a rank, a title, an honorific or a
// body's name ("ĐẠI TƯỚNG VÕ NGUYÊN GIÁP", "ĐỒNG CHÍ LÊ KHẢ PHIÊU").
func (a *analysis) capsNameMayStart(i int) bool {
	if i == 0 || !a.next(i) || !a.toks[i-1].word || !a.toks[i-1].upper || a.toks[i-1].digits || joiners[a.w(i-1)] || a.is(i-1, "chí", "ông", "bà", "anh", "chị", "cụ") {
		return true
	}
	for s := max(0, i-6); s < i; s++ {
		for _, h := range a.hitsAt(s) {
			if h.End == i && a.fits(h) {
				switch h.Entry.Kind {
				case gazetteer.Rank, gazetteer.Title, gazetteer.NonName, gazetteer.Org, gazetteer.OrgHead:
					return true
				}
			}
		}
	}
	return false
}

// skipHonorifics steps over what may stand between a rank and a name:
// commas, academic and honorary titles ("PGS, TS", "Anh hùng LLVT nhân
// dân") and the force a foreign officer belongs to.
func (a *analysis) skipHonorifics(j int) int {
	for steps := 0; j < a.n() && steps < 8 && a.next(j); steps++ {
		if a.is(j, ",") {
			j++
			continue
		}
		e, _ := a.longest(gazetteer.NonName, j)
		if a.nameEnd(j) < 0 {
			e = max(e, a.org(j))
		}
		if e > j {
			j = e
			continue
		}
		break
	}
	return j
}

// noPersonBefore lists folded words after which a surname-led run is a
// place, an award or a street, not a person ("Huân chương Hồ Chí Minh",
// "TP Hồ Chí Minh").
var noPersonBefore = map[string]bool{
	"chương": true, "tp": true, "phố": true, "đường": true, "lăng": true, "tưởng": true,
	"sản": true, "bay": true, "cầu": true, "trường": true, "tỉnh": true, "huyện": true, "xã": true,
	"quận": true, "phường": true, "khu": true, "viện": true, "hiệu": true, "mang": true, "tên": true,
	"núi": true, "đèo": true, "mũi": true,
}

// namesNoPerson says whether the word before token i makes the
// surname-led run at i a place, an award or a street's name rather than
// a person's. "trường" (a school) does, but not as the end of a common
// noun: "môi trường Phan Xuân Dũng" is a body's field, then its head.
func (a *analysis) namesNoPerson(i int) bool {
	if i == 0 {
		return false
	}
	// "số 5 Trần Thánh Tông": a house number, then its street; "Giải
	// thưởng Nguyễn Phan Vinh": a prize named after a person.
	// "tại 17-19 Ngô Đức Kế": a range of house numbers, or one after
	// "tại", "ở".
	if a.toks[i-1].digits && (a.is(i-2, "số", "tại", "ở") || a.is(i-2, "-", "/") && i >= 3 && a.toks[i-3].digits && a.is(i-4, "số", "tại", "ở", ",")) ||
		a.is(i-1, "thưởng") && a.is(i-2, "giải") {
		return true
	}
	if !noPersonBefore[a.w(i-1)] {
		return false
	}
	return !(a.is(i-1, "trường") && a.is(i-2, "môi", "thị", "chiến", "hiện", "lập", "công", "thương"))
}

// endsName says whether the capitalized word at i, inside a name, starts
// something else instead: a rank, a title, a non-name word, or an
// organization of three words or more ("Trần Việt Khoa" keeps "Khoa",
// a head noun, but "… Quân khu 7" ends the name).
func (a *analysis) endsName(i int) bool {
	// "Mai Văn Ninh | Phó Bí thư Tỉnh ủy": a deputy's title.
	if a.is(i, "phó") && a.has(gazetteer.Title, i+1) {
		return true
	}
	for _, h := range a.hitsAt(i) {
		if !a.fits(h) {
			continue
		}
		switch h.Entry.Kind {
		case gazetteer.Rank, gazetteer.Title, gazetteer.NonName:
			return true
		case gazetteer.Org:
			// "Vũ Hải Quân, Thứ trưởng …": a two-word body written small
			// after its first word ("Hải quân"), here all capitalized at
			// the end of the run, is a given name.
			if h.End-h.Start == 2 && a.toks[h.Start+1].capital && (h.Entry.Abbrev || smallAfterFirst(h.Entry)) && (h.End >= a.n() || !a.next(h.End) || !a.toks[h.End].capital) {
				continue
			}
			if h.End-h.Start >= 2 {
				return true
			}
		}
	}
	return a.org(i) >= i+3
}

// foreignName returns the end of a foreign person's name at i, or -1:
// two to four capitalized words, one of them no Vietnamese syllable
// ("James Mattis", "Rodrigo Duterte", "Kim Jong Un"), that start no
// listed place or body and hold no abbreviation. Vietnamese names need a
// listed surname; foreign ones are told by their spelling instead.
func (a *analysis) foreignName(i int) int {
	e := a.nameEnd(i)
	if e < i+2 || a.words(i, e) > 4 || a.toks[i].shout {
		return -1
	}
	foreign := false
	for k := i; k < e; k++ {
		t := a.toks[k]
		if !t.word {
			continue
		}
		if t.upper {
			return -1
		}
		foreign = foreign || !syllable.Valid(a.w(k))
	}
	if !foreign || a.org(i) > i {
		return -1
	}
	if p, _ := a.placeName(i); p > i {
		return -1
	}
	return e
}

// foreignSurname says whether token i, alone, is the last word of a
// foreign name given in full in the document: "Bộ trưởng Mattis" after
// "James Mattis". The names are collected on first use; few documents
// ask.
func (a *analysis) foreignSurname(i int) bool {
	t := a.toks[i]
	if !t.word || !t.capital || t.upper || t.digits || a.next(i+1) && a.toks[i+1].capital || syllable.Valid(a.w(i)) {
		return false
	}
	if a.foreignLast == nil {
		a.foreignLast = map[string]bool{}
		for k := 0; k < a.n(); k++ {
			if !a.toks[k].capital {
				continue
			}
			if e := a.foreignName(k); e > k {
				a.foreignLast[a.w(e-1)] = true
				k = e - 1
			}
		}
	}
	return a.foreignLast[a.w(i)]
}

// givenNameRef says whether token i, alone, is the given name of one
// Vietnamese full name in the document, as a post before it refers to
// that person again: "Bộ trưởng Hà" after "Bộ trưởng Bộ TN-MT Trần Hồng
// Hà". The names are collected on first use.
func (a *analysis) givenNameRef(i int) bool {
	t := a.toks[i]
	if !t.word || !t.capital || t.upper || t.digits {
		return false
	}
	// The clause goes on after it: "Bộ trưởng Hà | trả lời", "…, Bộ
	// trưởng Hà.", where "Bộ trưởng Quốc | phòng" names the ministry.
	if k := i + 1; k < a.n() && a.next(k) && a.toks[k].word && !a.verbAt(k) && !joiners[a.w(k)] {
		return false
	}
	if a.givenNames == nil {
		a.givenNames = map[string]int{}
		for k := 0; k < a.n(); k++ {
			if !a.toks[k].capital || a.toks[k].upper || !a.startsName(k) {
				continue
			}
			if e := a.nameEnd(k); e >= k+3 && e <= k+4 {
				a.givenNames[a.w(e-1)]++
				k = e - 1
			}
		}
	}
	return a.givenNames[a.w(i)] == 1
}

// honoredAt says whether a foreign honorific ends just before token i.
func (a *analysis) honoredAt(i int) bool {
	for h := i - 1; h >= 0 && h >= i-3; h-- {
		if a.toks[h].kw == kwHonor {
			return a.honorEnd(h) == i
		}
	}
	return false
}
