package pipeline

import (
	"github.com/vnextract/vnextract/gazetteer"
)

// nameEnd returns the end of a person's name at i: two to five
// capitalized words (or words in capitals, as in photo credits), or -1.
func (a *analysis) nameEnd(i int) int {
	if i >= a.n() || !a.toks[i].word || a.toks[i].digits {
		return -1
	}
	caps := a.toks[i].upper
	if !a.toks[i].capital {
		return -1
	}
	j := i
	for j < a.n() && j-i < 5 && (j == i || a.next(j)) {
		t := a.toks[j]
		if !t.word || t.digits || !t.capital || t.upper != caps && len(t.w) > 1 {
			break
		}
		if a.startsOther(j) {
			break
		}
		if j > i {
			// A place or organization right after a name ends it.
			if e, _ := a.placeName(j); e > j && !caps && j-i >= 2 {
				break
			}
		}
		j++
	}
	if j-i < 2 {
		return -1
	}
	return j
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
		if e, _ := a.longest(gazetteer.NonName, j); e > j {
			j = e
			continue
		}
		if a.nameEnd(j) < 0 {
			if e := a.org(j); e > j {
				j = e
				continue
			}
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
	"quận": true, "phường": true, "viện": true, "hiệu": true, "mang": true, "tên": true,
}
