package recognize

import (
	"slices"
	"strings"

	"github.com/vnextract/vnextract/gazetteer"
	"github.com/vnextract/vnextract/pipeline/syllable"
)

// personFact is one mention of a person with what the text says of them
// there.
type personFact struct {
	name      span
	rank      int   // index into found.spans, or -1
	positions []int // indexes into found.spans
	former    map[int]bool
}

// persons finds person names: after a rank, after a position, after
// "đồng chí"/"ông"/"bà", at the head of a list item followed by a title,
// in photo credits, and surname-led names of three or more words.
func (a *analysis) persons(f *found, rankEnd []int32, posAt *positionIndex, inOrg []bool) []personFact {
	n := a.n()
	// byStart[i] is 1 + the index in out of the name starting at i.
	byStart := a.mem.int32s(n + 1)
	out := a.mem.facts[:0]
	defer func() { a.mem.facts = out }()
	// "phường Lâm Viên-Đà Lạt": inside a listed place named with its
	// administrative word no name starts, but after a rank.
	midPlace := a.mem.bools(n)
	for _, sp := range f.spans {
		if sp.typ == Location && a.placeHead(sp.s) > sp.s && (!strings.HasPrefix(sp.rule, "location.") || sp.rule == "location.venue") {
			for k := sp.s + 1; k < sp.e; k++ {
				midPlace[k] = true
			}
		}
	}
	add := func(s, rank int) {
		if midPlace[s] && rank < 0 {
			return
		}
		// "Shri Rajnath": the honorific is no part of the name.
		if h := a.honorEnd(s); h > s {
			if !a.next(h) || a.nameEnd(h) <= h {
				return
			}
			s = h
		}
		e := a.nameEnd(s)
		if e < 0 {
			return
		}
		// "Hoàng Thị T.", "Nguyễn Xuân H.": a name the paper withholds,
		// its given name cut to the initial, names no one to find.
		if e-s >= 2 && a.toks[e-1].ke-a.toks[e-1].ks == 1 && a.toks[e-1].capital {
			return
		}
		if k := byStart[s]; k > 0 {
			if rank >= 0 {
				out[k-1].rank = rank
			}
			return
		}
		out = append(out, personFact{name: span{typ: Person, s: s, e: e, rule: "person"}, rank: rank})
		byStart[s] = int32(len(out))
	}
	// addWriter adds a writer's name [s, e) that the byline's shape
	// gives, though no surname opens it ("MINH THANH").
	// (A name read through the dash, as Lao names are written, is cut
	// back to the first writer's.)
	addWriter := func(s, e int) {
		if k := byStart[s]; k > 0 {
			out[k-1].name.e = min(out[k-1].name.e, e)
			return
		}
		out = append(out, personFact{name: span{typ: Person, s: s, e: e, rule: "person.byline"}, rank: -1})
		byStart[s] = int32(len(out))
	}
	// Few documents say what a post is "phụ trách" (in charge of); the
	// names after it are looked for only in those.
	inCharge := false
	for i := 1; i < n && !inCharge; i++ {
		inCharge = a.is(i, "trách") && a.is(i-1, "phụ")
	}
	inPos := a.mem.bools(n)
	for _, p := range posAt.list {
		for k := p.s; k < p.e; k++ {
			inPos[k] = true
		}
	}
	for i := 0; i < n; i++ {
		// After a rank, past honorifics: "Trung tướng, PGS, TS Trần Việt Khoa".
		if r := rankEnd[i]; r >= 0 && a.next(i) {
			j := a.skipHonorifics(i)
			// "Tướng Mỹ | Alexus Grynkewich": past the general's country.
			if c := a.generalsCountry(i - 1); c > i {
				j = c
			}
			if a.next(j) {
				// "Trung tướng Không quân Jeffrey Kruse": past the
				// service that qualifies the rank.
				if s := a.serviceEnd(j); s > j && a.next(s) && s < n && a.toks[s].capital && (a.startsName(s) || a.foreignName(s) > s) {
					j = s
				}
				add(j, int(r))
			}
			// "các đồng chí Thượng tướng: Lê Chiêm, Trần Đơn và Bế Xuân
			// Trường": a rank over a list gives every name its rank.
			if a.is(i, ":") {
				for j := i + 1; j < n && a.next(j); {
					e := a.nameEnd(j)
					if e <= j {
						break
					}
					add(j, int(r))
					if !a.is(e, ",", "và") || !a.next(e+1) {
						break
					}
					j = e + 1
				}
			}
		}
		// "Anh hùng Lao động Phạm Tuân", "Anh hùng LLVTND Phạm Tuân": a
		// hero's title gives the name after it, two words or more.
		if a.is(i, "anh") && a.is(i+1, "hùng") && a.toks[i].capital && a.next(i+1) {
			if k := a.heroTitleEnd(i + 2); k > i+2 && k < n && a.next(k) && !inOrg[k] && a.startsName(k) && !a.namesNoPerson(k) {
				add(k, -1)
			}
		}
		// "Bùi Chỉnh (SN 1980, …)": a name of two words with a birth
		// year in brackets after it.
		if a.toks[i].capital && !a.toks[i].upper && a.has(gazetteer.Surname, i) && a.is(i+2, "(") && (a.is(i+3, "sn") || a.is(i+3, "sinh") && a.is(i+4, "năm")) && a.nameEnd(i) == i+2 && !a.placeExactly(i, i+2) {
			add(i, -1)
		} else if a.toks[i].capital && !a.toks[i].upper && i > 0 && a.next(i) && a.sentOf[i-1] == a.sentOf[i] && (a.toks[i-1].word && !a.toks[i-1].capital && !a.toks[i-1].upper || a.is(i-1, ",", "(", ":")) {
			// "… và Sisavanh Yongyaerlor (SN 1988, …)": a foreign name
			// too, of up to four words, that no place or body reads,
			// inside a sentence (its first word may be any word's).
			// (The bracket is looked for first: reading a name costs more.)
			b := i + 2
			for b < i+5 && b < n && a.next(b) && !a.is(b, "(") {
				b++
			}
			if a.is(b, "(") && (a.is(b+1, "sn") || a.is(b+1, "sinh") && a.is(b+2, "năm")) {
				if e := a.nameEnd(i); e == b && !a.placeExactly(i, e) && a.org(i) < e {
					add(i, -1)
				}
			}
		}
		// Right after a position: "Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý",
		// or any name that the clause ends after: "Đại sứ Ấn Độ tại
		// Việt Nam Vikram Nair,".
		if _, ok := posAt.endingAt(i); ok && a.next(i) {
			if a.startsName(i) && a.nameEnd(i) > i || a.foreignName(i) > i {
				add(i, -1)
			} else if (a.foreignSurname(i) || a.givenNameRef(i)) && byStart[i] == 0 {
				// "Bộ trưởng Mattis": merged into the full name later.
				out = append(out, personFact{name: span{typ: Person, s: i, e: i + 1, rule: "person"}, rank: -1})
				byStart[i] = int32(len(out))
			} else if e := a.nameEnd(i); e > i && a.words(i, e) <= 3 && (e == n || !a.next(e) || a.is(e, ",", ".", ";", "(") || a.verbAt(e)) && !a.placeExactly(i, e) {
				add(i, -1)
			}
		}
		// A foreign name set off by a comma after a post: "Đại sứ Ấn Độ
		// tại Manila, Shambhu Kumaran". (A Vietnamese one is found by its
		// surname anywhere.)
		if a.is(i, ",") && a.next(i+1) && i+1 < n && a.toks[i+1].capital && !a.is(i+1, "tướng") {
			if _, ok := posAt.endingAt(i); ok && a.foreignName(i+1) > i+1 {
				add(i+1, -1)
			}
		}
		// A foreign name in a list, a spaced dash, then its post:
		// "gồm có Wang Haijiang – Tư lệnh Chiến khu Tây Bộ; Lin
		// Xiangyang – Tư lệnh …".
		if i > 0 && i < n && a.toks[i].capital && a.next(i) && a.is(i-1, ":", ";", ",", "có", "gồm", "và") && a.dashWithin(i+2, i+5) && !a.is(i, "ngài", "ông", "bà") {
			if e := a.foreignName(i); e > i && a.spacedDash(e) && a.next(e+1) {
				if _, ok := posAt.at(e + 1); ok {
					add(i, -1)
				}
			}
		}
		if a.is(i, "tướng") && a.next(i+1) {
			if !a.toks[i].capital {
				// "thế chỗ tướng Xu Qiling": a general named small.
				if a.foreignName(i+1) > i+1 {
					add(i+1, -1)
				}
			} else if c := a.generalsCountry(i); c > 0 && a.next(c) && a.foreignName(c) > c {
				// A general by his country: "Tướng Mỹ Alexus
				// Grynkewich".
				add(c, int(rankEnd[i+1]))
			}
		}
		// After what a post is in charge of: "Trợ lý Bộ trưởng Quốc
		// phòng phụ trách an ninh khu vực Ấn Độ-Thái Bình Dương Randall
		// Schreiber làm trưởng đoàn".
		if inCharge && a.toks[i].capital && a.next(i) && !a.insideListed(i, 3, gazetteer.Region, gazetteer.Country, gazetteer.Province) {
			if _, ok := a.inChargeBefore(i, posAt); ok {
				if e := a.nameEnd(i); e > i && a.words(i, e) <= 3 && (e == n || !a.next(e) || a.is(e, ",", ".", ";", "(") || a.verbAt(e)) && !a.placeExactly(i, e) {
					add(i, -1)
				}
			}
		}
		// After the body a post belongs to: "Trưởng phòng Chính sách
		// quốc phòng thuộc Bộ Quốc phòng Chung Suk-hwan dẫn đầu".
		if _, ok := a.postOfBody(i, posAt, inOrg); ok && a.next(i) {
			if e := a.nameEnd(i); e > i && a.words(i, e) <= 3 && (e == n || !a.next(e) || a.is(e, ",", ".", ";", "(") || a.verbAt(e)) {
				add(i, -1)
			}
		}
		// "Hòa thượng Sơn Cang", "Thượng tọa Thạch Oai", "Linh mục
		// Nguyễn Văn Khải": a cleric named after the rank of the
		// clergy, which stays out of the name.
		if a.toks[i].kw == kwClergy {
			if c := a.clergyEnd(i - 1); c > 0 && a.next(c) && c < n && a.toks[c].capital {
				if e := a.nameEnd(c); e > c && !a.startsOther(c) {
					add(c, -1)
				}
			}
		}
		switch a.toks[i].kw {
		case kwChi: // đồng chí
			if a.is(i-1, "đồng") {
				j := i + 1
				if a.is(j, ":") {
					j++
				}
				if a.next(j) {
					add(j, -1)
				}
			}
		case kwC: // "Đ/c", the written short form of đồng chí
			// ("Đ/c Đại tá …" gives no name here; the rank takes it.)
			if a.is(i-1, "/") && a.is(i-2, "đ") && a.next(i+1) {
				add(i+1, -1)
			}
		case kwOng, kwBa, kwNgai:
			// A Vietnamese name, or any name the text then gives a title:
			// "ông Rajnath Singh, Bộ trưởng Quốc phòng Ấn Độ".
			// "ngài" is said of persons only: "ngài Ran-dít Ra-ê đã ký".
			// A name spelled as no Vietnamese one is: "ông Mariusz
			// Błaszczak vừa ký".
			// "ông Giang Thanh Khoa": a rare surname, told by the
			// common middle name after it.
			if e := a.nameEnd(i + 1); e > i+1 && a.next(i+1) && (a.startsName(i+1) || a.is(e, ",", "-", "(") || a.toks[i].kw == kwNgai && !a.toks[i+1].upper || a.foreignName(i+1) == e || a.rareSurnameName(i+1, e)) {
				add(i+1, -1)
			}
		case kwHonor:
			// "Dato' Seri Mohamed Khaled Bin Nordin", "Shri Rajnath": the
			// honorific stays out of the name.
			if e := a.honorEnd(i); e > i && a.next(e) && a.toks[e].capital && a.nameEnd(e) > e {
				add(e, -1)
			}
		case kwAnh:
			c := i + 1
			// "Ảnh minh họa: Nguyễn Dương": an illustration's credit.
			if a.is(c, "minh") && a.is(c+1, "họa", "hoạ") && a.next(c+1) {
				c += 2
			}
			// "Ảnh VGP/Nhật Bắc", "(ảnh Mai Đào/gialai.gov.vn)": no
			// colon, but an agency or a site joined by a slash.
			slashed := !a.is(c, ":") && a.next(c) && c+2 < a.n() && (a.toks[c].upper && a.is(c+1, "/") && a.toks[c+2].capital && !a.toks[c+2].upper ||
				a.toks[c].capital && !a.toks[c].upper && a.nameEnd(c) > c && a.is(a.nameEnd(c), "/"))
			if a.is(c, ":") && a.next(c+1) || slashed {
				if !slashed {
					c++
				}
				// "Ảnh: VGP/Nhật Bắc": the agency, then the photographer.
				if a.toks[c].upper && a.is(c+1, "/") && a.next(c+2) && a.toks[c+2].capital && !a.toks[c+2].upper {
					add(c+2, -1)
				} else {
					add(c, -1)
				}
			} else if a.toks[i].capital && a.next(i+1) && a.toks[i+1].capital && !a.toks[i+1].upper {
				// "… bị thu giữ. Ảnh Nguyễn Hạnh": a credit with no colon
				// ending its line.
				if e := a.nameEnd(i + 1); e > i+1 && !a.next(e) && (i == 0 || a.is(i-1, ".", "-", "(") || !a.next(i)) {
					add(i+1, -1)
				}
			}
		case kwNamed, kwVenue:
			// "bị cáo Thongvang", "bị can Tongleng Lo", "đối tượng: Y Sa",
			// "một người đàn ông tên Xông Chia": the accused and the
			// named, whatever their surname. One word is a name only
			// when it is spelled as no Vietnamese syllable is (a given
			// name alone, "tên Hùng", names no one to find, nor does an
			// initial, "bị cáo Q", "N.V.Q").
			if !a.namedBefore(i) {
				break
			}
			c := i + 1
			if a.is(c, ":") {
				c++
			}
			if !a.next(c) {
				break
			}
			// After "bị cáo", "bị can" or "tên" the words are a name
			// whatever follows; after "đối tượng" the clause must end
			// there ("đối tượng Công an …" names a body). A list goes
			// on by commas and "và": "bị cáo Tongleng Lo và Thongvang".
			sure := !a.is(i, "tượng")
			for item := 0; item < 8 && c < n && a.toks[c].capital && !a.toks[c].upper && !midPlace[c]; item++ {
				e := a.nameEnd(c)
				if e > c {
					if a.words(c, e) > 4 || !(sure || a.startsName(c) || a.foreignName(c) == e || e == n || a.is(e, ",", "(", ".", ";", "và") || a.verbAt(e)) || a.placeExactly(c, e) || a.org(c) >= e {
						break
					}
					add(c, -1)
				} else if a.toks[c].word && !a.toks[c].digits && a.toks[c].ke-a.toks[c].ks >= 3 && !(a.is(c+1, ".", "/") && a.attached(c+1)) && !syllable.Valid(a.w(c)) && (sure || c+1 == n || !a.next(c+1) || a.is(c+1, "và") || a.verbAt(c+1)) && !a.startsKind(c, gazetteer.Province, gazetteer.Country, gazetteer.Region) && a.org(c) < 0 {
					e = c + 1
					if byStart[c] == 0 {
						out = append(out, personFact{name: span{typ: Person, s: c, e: e, rule: "person.named"}, rank: -1})
						byStart[c] = int32(len(out))
					}
				} else {
					break
				}
				if e >= n || !a.is(e, ",", "và") || !a.next(e+1) {
					break
				}
				c = e + 1
			}
		case kwList:
			// The names a list header introduces: "các Phó Chủ tịch UBND
			// tỉnh Quảng Nam: A, B và Alăng Thị Bhriu".
			if a.is(i, ":") && a.afterHeader(i, posAt) {
				for j := i + 1; j < n && a.next(j); {
					if e, _ := a.longest(gazetteer.Rank, j); e > j {
						j = e
					}
					e := a.nameEnd(j)
					// "Chủ tịch UBND 5 tỉnh: Thái Nguyên, Bắc Ninh": a
					// list of places, not of people.
					if e <= j || !a.next(j) || a.placeExactly(j, e) {
						break
					}
					add(j, -1)
					if !a.is(e, ",", "và") || !a.next(e+1) {
						break
					}
					j = e + 1
				}
			}
			// A list item: "…; Mai Văn Chính, Ủy viên Trung ương Đảng".
			j := i + 1
			if e := a.nameEnd(j); e > j && a.next(j) && (a.is(e, ",", "-")) {
				k := e + 1
				if a.is(k, "nguyên", "cựu") {
					k++
				}
				if _, ok := posAt.at(k); ok {
					add(j, -1)
				}
			}
		}
	}
	// Bylines: a name alone on its line ("Quế Chi", "Hoài Thu| 30/08/2024"),
	// or after "Tác giả:", "Nguồn tin:"; and aliases ("tên thường gọi
	// Hai Nghĩa", "bí danh …").
	lastLine := a.lastLineStart()
	for i := 0; i < n; i++ {
		if i > 0 && !a.toks[i].brk {
			if a.toks[i].capital && a.is(i-1, "gọi", "danh") && a.is(i-2, "thường", "bí") {
				if e := a.nameEnd(i); e > i && a.next(i) {
					add(i, -1)
				}
			}
			continue
		}
		// "MINH THANH - MINH NHÂN", "Trung Thực – Nguyễn Lân", "Tin,
		// ảnh: HOÀNG THÀNH-XUÂN CƯỜNG": two writers on the last line.
		if i == lastLine {
			if s1, e1, s2, e2 := a.writerPair(i); s1 >= 0 {
				addWriter(s1, e1)
				addWriter(s2, e2)
				continue
			}
		}
		if j := a.bylineName(i); j >= 0 {
			add(j, -1)
			// "LÊ MINH - TUẤN LÂM": two writers.
			if e := a.nameEnd(j); e > j && a.is(e, "-") && a.next(e+1) && a.capsName(e+1) == a.n() {
				add(e+1, -1)
			}
		}
	}
	// "… tại Trung tâm văn hóa điện ảnh tỉnh Hà Tĩnh PHẠM ĐỨC": a
	// caption's photographer in capitals at the end of its line.
	for i := 1; i < n; i++ {
		if a.toks[i].upper && a.next(i) && (a.toks[i-1].word && !a.toks[i-1].upper || a.is(i-1, ")")) && a.captionCredit(i) {
			add(i, -1)
		}
	}
	// Nicknames in quotes after the word that gives them ("Phạm Minh
	// Cường (tức Cường "Quắt")", "còn gọi Út "Trọc""), and wherever the
	// text repeats them ("Giang hồ Cường "Quắt" bị khởi tố").
	var nicknames []string
	quoted := strings.IndexByte(a.keyText, '"') >= 0 // few texts quote at all
	for i := 1; i < n && quoted; i++ {
		if a.is(i-1, "tức", "gọi", "danh") {
			if e := a.nicknameEnd(i); e > i {
				nicknames = append(nicknames, a.key(i, e))
			}
		}
	}
	for i := 0; i < n && len(nicknames) > 0; i++ {
		if e := a.nicknameEnd(i); e > i && byStart[i] == 0 && slices.Contains(nicknames, a.key(i, e)) {
			out = append(out, personFact{name: span{typ: Person, s: i, e: e, rule: "person"}, rank: -1})
			byStart[i] = int32(len(out))
			i = e - 1
		}
	}
	// Surname-led names standing alone: three words or more.
	for i := 0; i < n; i++ {
		// An organization's first word is its head noun, not a surname:
		// "Đoàn Thanh niên".
		// In a headline in capitals nothing but a trigger marks a name.
		if byStart[i] > 0 || inOrg[i] || a.toks[i].shout || a.org(i) > i {
			continue
		}
		// No name starts inside a place's name: "Dương" in "Thái Bình
		// Dương Randall Schreiber".
		if !a.startsName(i) || a.namesNoPerson(i) || a.insideListed(i, 3, gazetteer.Region, gazetteer.Country, gazetteer.Province) {
			continue
		}
		// "tại Hà Nội | Lễ công bố": a province of two words, then a
		// capitalized noun, is no name of three.
		if p, ent := a.placeName(i); p >= i+2 && ent != nil && ent.Kind == gazetteer.Province {
			continue
		}
		if e := a.nameEnd(i); e-i >= 3 && !anyIn(inPos, i, e) {
			add(i, -1)
			i = e - 1
		}
	}
	// A list of names goes on after a name a trigger found: "Các ông
	// Nguyễn Đức Chính, Nguyễn Hữu Dũng, Mai Thức trúng cử …", where a
	// two-word name alone would not count.
	for k := 0; k < len(out); k++ {
		e := out[k].name.e
		if !a.is(e, ",", "và") || !a.next(e) || !a.next(e+1) || byStart[e+1] > 0 || inOrg[e+1] || !a.startsName(e+1) || a.namesNoPerson(e+1) {
			continue
		}
		if ne := a.nameEnd(e + 1); ne > e+1 && a.words(e+1, ne) <= 3 && (ne == n || !a.next(ne) || !a.toks[ne].capital) && !a.placeExactly(e+1, ne) && !anyIn(inPos, e+1, ne) {
			add(e+1, -1)
		}
	}
	// A name's first word cannot begin inside an earlier name.
	sortFacts(out)
	kept := out[:0]
	last := -1
	for _, p := range out {
		if p.name.s < last {
			continue
		}
		kept = append(kept, p)
		last = p.name.e
	}
	return kept
}

// heroTitleEnd returns the end of what a hero's title is of at k ("lực
// lượng vũ trang nhân dân", "LLVTND", "Lao động"), or -1.
func (a *analysis) heroTitleEnd(k int) int {
	switch {
	case a.key(k, min(k+5, a.n())) == "lực lượng vũ trang nhân dân":
		return k + 5
	case a.is(k, "llvtnd", "llvt"):
		return k + 1
	case a.is(k, "lao") && a.is(k+1, "động") && a.next(k+1):
		return k + 2
	}
	return -1
}

func sortFacts(ps []personFact) {
	slices.SortStableFunc(ps, func(x, y personFact) int { return x.name.s - y.name.s })
}

// link gives each person mention the positions the text attaches to it:
// the position right before the name, the chain after it ("A, Bí thư
// Đảng ủy, Chính ủy Quân khu 7"), one announced later in the clause
// ("… bổ nhiệm làm Chỉ huy trưởng …"), a list header ("các Phó Chủ nhiệm
// Tổng cục Chính trị: A; B; C"), and later references by title alone
// when exactly one person fits.
func (a *analysis) link(f *found, posAt *positionIndex) {
	// used[k] says span k went to a person.
	used := a.mem.bools(len(f.spans))
	// A rank or a name starting at a token ends the clause before it.
	otherStart := a.mem.bools(a.n() + 1)
	for _, sp := range f.spans {
		if sp.typ == Rank {
			otherStart[sp.s] = true
		}
	}
	for _, p := range f.persons {
		otherStart[p.name.s] = true
		if a.honoredAt(p.name.s) {
			otherStart[a.pastAddress(p.name.s)] = true // "Shri Rajnath"
		}
	}
	a.titledNameEnd = a.mem.bools(a.n() + 1)
	for _, p := range f.persons {
		if _, ok := posAt.endingAt(a.pastAddress(p.name.s)); ok {
			a.titledNameEnd[p.name.e] = true
		}
	}
	// "Chủ tịch HĐND tỉnh Điện Biên khóa XV đối với ông Lò Văn Phương":
	// a post approved or ended "for" the person named after it, before
	// anyone named earlier takes it as the next item of a list.
	for k := range f.persons {
		p := &f.persons[k]
		if pa, ok := a.postFor(p.name.s, posAt); ok {
			takeFree(p, pa, used)
		}
	}
	// "truy thăng cấp bậc hàm từ Trung tá lên Thượng tá đối với ông
	// Đặng Anh Quân": the rank given "for" the person named after it.
	for k := range f.persons {
		p := &f.persons[k]
		j := a.pastAddress(p.name.s)
		if !a.is(j-1, "với") || !a.is(j-2, "đối") {
			continue
		}
		for r := 0; r < len(f.spans) && f.spans[r].typ == Rank; r++ {
			if f.spans[r].e == j-2 {
				p.rank = r
			}
		}
	}
	// "ông Trần Văn Sơn, Đại tá, Chỉ huy trưởng …": a rank written
	// after the name, between commas, is the person's.
	// "Phan Hữu Tuấn, cựu trung tướng, cựu Phó tổng cục trưởng …",
	// "Trần Văn Đồng (sinh năm 1957, cựu đại tá, …)", "Trần Thị Minh Thu
	// (48 tuổi, nguyên trung tá Phòng …)": a former rank, after an age or
	// a birth year too.
	for k := range f.persons {
		p := &f.persons[k]
		if p.rank >= 0 || !a.is(p.name.e, ",", "(") {
			continue
		}
		if r, former := a.rankAfterName(f, p.name.e); r >= 0 && (a.is(f.spans[r].e, ",") || former && !a.personAt(f.spans[r].e)) {
			p.rank = r
		}
	}
	// acc[k] is what person k takes from its clause; one allocation for
	// all persons.
	acc := make([]linkAcc, len(f.persons))
	for k := range f.persons {
		p := &f.persons[k]
		take := func(pa positionAt, former bool) {
			p.positions = append(p.positions, pa.span)
			if former {
				if p.former == nil {
					p.former = map[int]bool{}
				}
				p.former[pa.span] = true
			}
			used[pa.span] = true
		}
		if pa, ok := a.postOfBody(p.name.s, posAt, f.inOrg); ok && !used[pa.span] {
			take(pa, false)
		}
		if pa, ok := a.inChargeBefore(p.name.s, posAt); ok && !used[pa.span] {
			take(pa, false)
		}
		pa, ok := posAt.endingAt(a.pastAddress(p.name.s))
		if !ok {
			// "Hiệu trưởng Trường Đại học Y Hà Nội GS.TS Nguyễn Hữu
			// Tường", "Giám đốc Trung tâm, bác sĩ Phạm Thị Thu Hà": the
			// post, then a degree or profession before the name.
			if h := a.pastHonorifics(a.pastAddress(p.name.s)); h < p.name.s {
				if pa, ok = posAt.endingAt(h); ok && used[pa.span] {
					ok = false
				}
			}
		}
		if ok {
			take(pa, false)
			// "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh
			// Phan Việt Cường": the posts before, joined by commas.
			a.chainBefore(pa.s, posAt, used, take)
		}
		// "Tư lệnh Quân khu 4 Trung tướng Hồ Sỹ Phong": the office, then
		// the rank and name with no comma between.
		if p.rank >= 0 && f.spans[p.rank].e == p.name.s {
			if pa, ok := posAt.endingAt(f.spans[p.rank].s); ok && !used[pa.span] && a.next(f.spans[p.rank].s) {
				take(pa, false)
			}
		}
		// "Tư lệnh Quân khu 9, Trung tướng A": the office, a comma, then
		// the rank and name, unless someone before already holds it;
		// "Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội, Đại tướng A":
		// with the posts before it, joined by commas.
		if p.rank >= 0 {
			// "…; Bí thư Đảng ủy, Phó Tổng Giám đốc – Thiếu tướng A": or a
			// spaced dash.
			if rs := f.spans[p.rank].s; a.is(rs-1, ",") || a.spacedDash(rs-1) {
				if pa, ok := posAt.endingAt(rs - 1); ok && !used[pa.span] && (f.spans[p.rank].e == p.name.s || a.serviceEnd(f.spans[p.rank].e) == p.name.s || a.generalsCountry(rs) == p.name.s) {
					a.rankedChain(pa, posAt, used, take)
				}
			}
		}
		// "Trưởng Công an xã Lộc An, Nguyễn Xuân Phong yêu cầu …": the
		// office, a comma, then the name, which gives no post of its own
		// after it; a post someone named before holds is theirs.
		// "Tổng thư ký NATO, ông Anders Fogh Rasmussen, …": with words of
		// address too, or a spaced dash before them: "Đại sứ Mỹ tại Ba
		// Lan - ông Georgette Mosbacher", "Phó Chủ tịch UBND tỉnh - Phạm
		// Tấn Hòa đã đón".
		if at := a.pastAddress(p.name.s); p.rank < 0 && (a.is(at-1, ",") || a.is(at-1, "-") && !a.attached(at-1) && !a.attached(at)) {
			if pa, ok := posAt.endingAt(at - 1); ok && !used[pa.span] && (a.opensClause(pa.s) || a.is(at-1, "-") || a.is(pa.s-1, "và", "cùng", "với")) {
				if _, own := posAt.at(a.skipAside(p.name.e) + 1); !(own && a.is(a.skipAside(p.name.e), ",", "-", "(")) {
					take(pa, false)
				}
			}
		}
		// The chain after the name, also in brackets: "A (Phó Chỉ huy
		// trưởng Bộ CHQS tỉnh)".
		j := a.skipAside(p.name.e)
		// "Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng, Bộ trưởng, Chủ nhiệm Ủy
		// ban Dân tộc Hầu A Lềnh": after a name given its post before
		// it, a chain of posts that runs into the next name is that
		// name's (chainBefore gives it).
		intoNext := len(p.positions) > 0 && a.is(j, ",") && otherStart[a.chainEnd(j+1, posAt)]
		// ("| Phó Bí thư …": a table's next cell.)
		if a.is(j, ",", "-", ":", "(", "|") && a.next(j+1) && !intoNext {
			before := len(p.positions)
			if j2 := a.chainUntil(j+1, posAt, otherStart, take); j2 > j+1 {
				j, acc[k].after, acc[k].afterEnd = j2, p.positions[before:], j2
			}
		} else if j > p.name.e && a.is(j-1, ")") && a.next(j) && a.postStarts(j, posAt) {
			// "Nguyễn Tấn Đức (54 tuổi) cựu Chánh tòa …": the posts right
			// after an aside in brackets.
			before := len(p.positions)
			if j2 := a.chainUntil(j, posAt, otherStart, take); j2 > j {
				j, acc[k].after, acc[k].afterEnd = j2, p.positions[before:], j2
			}
		} else if pa, ok := posAt.at(j); ok && j == p.name.e && a.next(j) && a.toks[j].capital && !used[pa.span] && !otherStart[a.chainEnd(j, posAt)] {
			// "đồng chí Hà Trung Kiên Uỷ viên Ban Thường vụ Tỉnh uỷ, …":
			// the comma left out.
			j = a.chain(j, posAt, take)
		}
		// Positions announced later in the same clause.
		for steps := 0; j < a.n() && steps < 40 && a.next(j); steps++ {
			// Most words are none of those looked for below.
			if a.toks[j].kw != kwList && a.toks[j].kw != kwClause && !otherStart[j] {
				// "… được Đại tướng A trao quyết định bổ nhiệm làm Phó
				// Tổng Giám đốc": who hands over or signs a decision
				// holds none of the posts it gives.
				if a.is(j, "trao", "ký") && !a.is(j-1, "được") {
					break
				}
				j++
				continue
			}
			// "Đồng chí A, sinh ngày …; quê quán: …; trú tại …; nguyên
			// …": the fields of a notice between the name and the posts
			// do not count against the distance.
			if a.is(j, ";") && bioFields[a.key(j+1, min(j+3, a.n()))] {
				steps = 0
				j++
				continue
			}
			// "…, quê quán …; Ủy viên Trung ương Đảng khóa XI, XII; Đại
			// biểu Quốc hội khóa XIV.", "từng giữ các chức vụ: A, Sở Y
			// tế; B; C": a biography's posts after a semicolon or the
			// colon of "chức vụ:", none of them followed by another
			// holder.
			if a.is(j, ";") || a.is(j, ":") && a.is(j-1, "vụ", "vị") {
				// The item's posts may end in their own holder: "A; Ủy
				// viên Trung ương, Bộ trưởng Tài chính B". A former post
				// keeps its "nguyên": "cương vị: nguyên Phó tổng cục
				// trưởng …".
				k := j + 1
				if a.is(k, "nguyên", "cựu") {
					k++
				}
				// "A; Thứ trưởng Công an, Trung tướng B": the holder
				// may follow past a comma, with a rank.
				end := a.chainEnd(j+1, posAt)
				if pa, ok := posAt.at(k); ok && !used[pa.span] && !otherStart[end] && !(a.is(end, ",") && otherStart[end+1]) && !(a.spacedDash(end) && otherStart[end+1]) {
					j = a.chain(j+1, posAt, take)
					// A long career runs on item after item; the
					// distance counts from the last post taken.
					steps = 0
					continue
				}
			}
			// "…; ông từng đảm nhiệm các cương vị: …": the subject goes on
			// as a pronoun after the semicolon.
			if a.is(j, ";") && a.is(j+1, "ông", "bà") && !a.toks[j+1].capital && !otherStart[j+2] {
				j++
				continue
			}
			// "sinh ngày 26.12.1949": a dot inside a date ends nothing.
			inNumber := a.is(j, ".") && j > 0 && a.toks[j-1].digits && j+1 < a.n() && a.toks[j+1].digits && a.attached(j) && a.attached(j+1)
			if a.is(j, ";", ".", "?", "!") && !inNumber || otherStart[j] {
				break
			}
			// "…, nguyên Giám đốc Công an tỉnh": a former post after a
			// comma describes the subject.
			if a.is(j, ",") && a.is(j+1, "nguyên", "cựu") {
				if _, ok := posAt.at(j + 2); ok {
					j = a.chain(j+1, posAt, take)
					continue
				}
			}
			// "Đồng chí A là Phó bí thư Đảng ủy": the post right after
			// "là", when no other holder ends it.
			if a.is(j, "là") {
				if pa, ok := posAt.at(j + 1); ok && !used[pa.span] && !otherStart[a.chainEnd(j+1, posAt)] {
					j = a.chain(j+1, posAt, take)
					continue
				}
			}
			// "… làm Chủ tịch", "giữ chức …", "giữ chức danh …", "tái đắc cử Chủ tịch HĐND
			// tỉnh", "được bầu Phó Chủ tịch".
			// "… tham gia Ủy viên Ban Chỉ đạo", "giữ vai trò Phó Trưởng
			// ban": membership and roles too.
			if a.is(j, "chức") && a.is(j+1, "danh") {
				j++ // (a word the scan above would step over)
			}
			if a.is(j, "làm", "chức", "vị", "vụ") || a.is(j, "danh") && a.is(j-1, "chức") || a.is(j, "cử") && a.is(j-1, "đắc", "trúng") || a.is(j, "bầu") && a.is(j-1, "được") || a.is(j, "gia") && a.is(j-1, "tham") || a.is(j, "trò") && a.is(j-1, "vai") {
				// "đảm nhận cương vị tân Chủ tịch HĐQT": a new holder's.
				if a.is(j+1, "tân") && a.next(j+2) {
					j++
				}
				if _, ok := posAt.at(j + 1); ok {
					before := len(p.positions)
					j = a.chain(j+1, posAt, take)
					acc[k].clause = append(acc[k].clause, p.positions[before:]...)
					continue
				}
			}
			j++
		}
	}
	// Names listed together share what the clause gives the last of them:
	// "các đồng chí A, B được bầu giữ chức Phó Bí thư Tỉnh ủy".
	// Each may name its own posts first: "Bà Lê Thị Thìn, Ủy viên Ban
	// Thường vụ Tỉnh ủy và ông Ngô Văn Tuấn, Giám đốc Sở Xây dựng được
	// bầu giữ chức vụ Phó Chủ tịch UBND tỉnh".
	for k := len(f.persons) - 1; k > 0; k-- {
		prev, cur := &f.persons[k-1], &f.persons[k]
		end := a.photoAside(prev.name.e)
		if len(acc[k-1].after) > 0 {
			end = acc[k-1].afterEnd
		} else if len(prev.positions) > 0 {
			continue
		}
		if len(acc[k].clause) == 0 || len(acc[k-1].clause) > 0 || a.pastAddress(cur.name.s)-end != 1 || !a.is(end, ",", "và") {
			continue
		}
		prev.positions = append(prev.positions, acc[k].clause...)
		acc[k-1].clause = acc[k].clause
	}
	// A list item of several names before their posts: "…; ông Lò Minh
	// Hùng, ông Nguyễn Quốc Khánh, ông Phạm Văn Thủy, Tỉnh ủy viên, Phó
	// chủ tịch UBND tỉnh; …" gives each of them the posts. The item
	// must open after ':' or ';' and close at ';' or the sentence's end,
	// so a name in running text keeps only its own posts.
	for k := len(f.persons) - 1; k > 0; k-- {
		if len(acc[k].after) == 0 || !a.closesItem(acc[k].afterEnd) {
			continue
		}
		first := k
		for first > 0 && len(acc[first-1].after) == 0 && a.is(f.persons[first-1].name.e, ",") &&
			a.pastAddress(f.persons[first].name.s) == f.persons[first-1].name.e+1 && f.persons[first].rank < 0 {
			first--
		}
		if first == k || f.persons[first].rank >= 0 || !a.is(a.pastAddress(f.persons[first].name.s)-1, ":", ";") {
			continue
		}
		for g := first; g < k; g++ {
			for _, sp := range acc[k].after {
				if !slices.Contains(f.persons[g].positions, sp) {
					f.persons[g].positions = append(f.persons[g].positions, sp)
				}
			}
		}
		k = first
	}
	// List headers: a position followed by ':' goes to every person who
	// heads an item of the list, or follows such a person after a comma
	// or "và", up to the end of the sentence.
	for _, pa := range posAt.list {
		// "các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: …": every
		// post of a chain that ends in the colon heads the list.
		// (A post opening a line starts no chain: chain reads on within a line.)
		colon := a.headerColon(max(pa.e, a.chainEnd(pa.s, posAt)))
		if colon < 0 {
			colon = a.pluralHeaderEnd(a.chainStart(pa.s, posAt), max(pa.e, a.chainEnd(pa.s, posAt)))
		}
		if colon < 0 {
			continue
		}
		a.headList(f, posAt, pa, colon, otherStart, used)
	}
	// "giao tạm thời nhiệm vụ Phó Bí thư Thường trực ĐUQS cho Đại tá A",
	// "nhiệm vụ Chính ủy … được giao tạm thời cho Đại tá B": a post
	// handed over goes to the one it is handed to.
	// "bổ nhiệm Chủ tịch HĐTV cho ông Nguyễn Quốc Khánh", "trao quyết
	// định bổ nhiệm giữ chức vụ Thứ trưởng Bộ Công an cho hai thiếu
	// tướng: A, …; B, …": so is a post appointed to, and not to the one
	// who hands the decision over.
	for _, pa := range posAt.list {
		appointed := a.appointedPost(pa.s)
		// "Chức Chủ tịch HĐND tỉnh được giao cho ông A": an office given.
		office := a.is(pa.s-1, "chức") || a.is(pa.s-1, "vụ", "danh") && a.is(pa.s-2, "chức")
		if !(a.is(pa.s-1, "vụ") && a.is(pa.s-2, "nhiệm")) && !appointed && !(a.is(pa.s-1, "hạn") && a.is(pa.s-2, "quyền")) && !office {
			continue
		}
		for j := pa.e; j < a.n() && j-pa.e <= 6 && a.next(j) && !a.is(j, ",", ";", ".", ":"); j++ {
			if !a.is(j, "cho") || office && !appointed && !a.is(j-1, "giao") {
				continue
			}
			if colon := a.namedGroupColon(f, j+1); colon > 0 {
				a.headList(f, posAt, pa, colon, otherStart, used)
			} else {
				a.giveTo(f, j+1, pa)
			}
			if appointed {
				a.dropFromEarlier(f, pa)
			}
			// "Đại tá A giao lại trách nhiệm, quyền hạn X cho B": the
			// one who hands it over held it.
			if g := a.giver(pa.s, f); g >= 0 && !slices.Contains(f.persons[g].positions, pa.span) {
				f.persons[g].positions = append(f.persons[g].positions, pa.span)
			}
			break
		}
	}
	// "miễn nhiệm chức Phó Chủ tịch UBND tỉnh của ông A", "bầu chức danh
	// Ủy viên UBND TP đối với ông A - Giám đốc Sở X, bà B - …, và ông C":
	// an office a vote gives or takes is theirs who are named after
	// "đối với", "với" or "của", each with their own posts.
	for _, pa := range posAt.list {
		if !a.votedOffice(pa.s) {
			continue
		}
		// ("miễn nhiệm chức vụ chủ tịch UBND tỉnh, đồng thời cho thôi làm
		// nhiệm vụ đại biểu HĐND tỉnh … đối với ông A": "đối với" may
		// close a longer clause, up to the sentence's end.)
		comma := false
		for j := pa.e; j < a.n() && j-pa.e <= 30 && a.next(j) && !a.is(j, ";", ".", ":"); j++ {
			comma = comma || a.is(j, ",")
			near := j-pa.e <= 6 && !comma
			if !(near && a.is(j, "với", "của") || a.is(j, "với") && a.is(j-1, "đối")) {
				continue
			}
			// The first named right after the word, past "các" and words
			// of address or a rank.
			k, ok := a.personStarting(f, j+1)
			if !ok && a.is(j+1, "các") {
				k, ok = a.personStarting(f, j+2)
			}
			for ok {
				if !slices.Contains(f.persons[k].positions, pa.span) {
					f.persons[k].positions = append(f.persons[k].positions, pa.span)
				}
				end := a.photoAside(f.persons[k].name.e)
				if len(acc[k].after) > 0 {
					end = acc[k].afterEnd
				}
				if a.is(end, ")") {
					end++ // "ông A-Giám đốc Sở Công thương), bà B"
				}
				if a.is(end, ",") && a.is(end+1, "và") {
					end++
				}
				k++
				ok = k < len(f.persons) && a.listedAfter(&f.persons[k], end, f, nil)
			}
			break
		}
	}
	// "Đại tá A, Chính ủy Bộ CHQS tỉnh đã bàn giao chức vụ cho Đại tá B":
	// the post the giver's name carries passes to the one named after
	// "cho".
	for _, pa := range posAt.list {
		if !used[pa.span] {
			continue
		}
		j := pa.e
		for a.is(j, "đã", "vừa", "đang", "sẽ") {
			j++
		}
		if a.is(j, "bàn") && a.is(j+1, "giao") && a.is(j+2, "chức") && a.is(j+3, "vụ") && a.is(j+4, "cho") {
			a.giveTo(f, j+5, pa)
		}
	}
	// A plural title over the names after it: "các Phó Chủ tịch HĐND
	// tỉnh Trần Xuân Vinh, Nguyễn Công Thanh".
	// ("các đồng chí Phó Chủ tịch …", "các ông Phó Chủ tịch …": the
	// plural address before the title too.)
	for _, pa := range posAt.list {
		plural := a.is(pa.s-1, "các", "hai", "ba", "bốn", "năm") ||
			a.is(pa.s-1, "chí") && a.is(pa.s-2, "đồng") && a.is(pa.s-3, "các") ||
			a.is(pa.s-1, "ông", "bà", "vị") && a.is(pa.s-2, "các")
		if !plural {
			continue
		}
		k, _ := slices.BinarySearchFunc(f.persons, pa.e, func(p personFact, s int) int { return p.name.s - s })
		if k >= len(f.persons) || f.persons[k].name.s != pa.e {
			continue
		}
		for k++; k < len(f.persons) && a.listedAfter(&f.persons[k], f.persons[k-1].name.e, f, nil); k++ {
			if !slices.Contains(f.persons[k].positions, pa.span) {
				f.persons[k].positions = append(f.persons[k].positions, pa.span)
			}
		}
	}
	// A shared title after the list: "A, B và C, đều là Tỉnh ủy viên".
	for _, pa := range posAt.list {
		if !a.is(pa.s-1, "là") || !a.is(pa.s-2, "đều", "cùng") {
			continue
		}
		end := pa.s - 2
		if a.is(end-1, ",") {
			end--
		}
		k, _ := slices.BinarySearchFunc(f.persons, end, func(p personFact, s int) int { return p.name.e - s })
		if k >= len(f.persons) || f.persons[k].name.e != end {
			continue
		}
		for ; k >= 0; k-- {
			p := &f.persons[k]
			p.positions = append(p.positions, pa.span)
			used[pa.span] = true
			if k == 0 || !a.listedAfter(p, f.persons[k-1].name.e, f, nil) {
				break
			}
		}
	}
	a.postIsPerson(f, posAt, used)
	a.electionLists(f, posAt)
	a.careerSections(f, posAt, used)
	a.careerLists(f, posAt, used)
	a.pronounPosts(f, posAt, used)
	a.shortNames(f, posAt, used)
	a.resolveReferences(f, posAt, used)
	a.promotions(f)
	// Posts in the order the text gives them.
	for k := range f.persons {
		slices.SortStableFunc(f.persons[k].positions, func(x, y int) int { return f.spans[x].s - f.spans[y].s })
	}
	a.dropUnheldRoles(f, posAt)
}

// dropUnheldRoles removes the crew roles written in lower case that no
// person holds: "thuyền trưởng Nguyễn Ngọc Minh" is a post, "đưa thuyền
// trưởng vào đảo" names no one's.
func (a *analysis) dropUnheldRoles(f *found, posAt *positionIndex) {
	for _, pa := range posAt.list {
		if !heldRoles[a.key(pa.s, pa.e)] || a.toks[pa.s].capital {
			continue
		}
		held := false
		for k := range f.persons {
			held = held || slices.Contains(f.persons[k].positions, pa.span)
		}
		if !held {
			f.spans[pa.span].typ = ""
		}
	}
}

// heldRoles are the lower-case roles that are posts only when held.
var heldRoles = map[string]bool{"thuyền trưởng": true}

// linkAcc is what link gathers for one person: the positions from later
// in the clause, those right after the name, and where the latter end.
type linkAcc struct {
	clause, after []int
	afterEnd      int
}

// bylineName returns where the author's name starts on the line that
// starts at token i, or -1: two to four capitalized words alone on the
// line, maybe after a label ("Tác giả bài viết:", "Nguồn tin:") or
// before a bar and the time ("Hoài Thu| 30/08/2024 21:05"), that name
// no place, body, office or rank.
func (a *analysis) bylineName(i int) int {
	if a.capsByline(i) {
		return i
	}
	j := i
	for k := i; k < a.n() && k-i < 6 && (k == i || a.next(k)); k++ {
		if a.is(k, ":") {
			if !a.is(i, "tác", "nguồn", "bài", "theo") {
				return -1
			}
			j = k + 1
			break
		}
	}
	// "CTV Thu Trang", "PV Minh Anh": a reporter's label.
	if j == i && a.is(i, "ctv", "pv", "btv") && a.toks[i].upper && a.next(i+1) {
		j = i + 1
	}
	if j >= a.n() || !a.next(j) && j != i {
		return -1
	}
	e := j
	// Letters alone ("A A", a page's font-size buttons) are no name.
	for e < a.n() && e-j < 4 && (e == j || a.next(e) && !a.bylineTail(e)) && a.toks[e].word && a.toks[e].capital && !a.toks[e].upper && !a.toks[e].digits && a.toks[e].ke-a.toks[e].ks > 1 {
		e++
	}
	if e-j < 2 || e < a.n() && a.next(e) && !a.bylineTail(e) {
		return -1
	}
	// "Đức Anh", a given name of two words that are countries too; a
	// place's whole name is no byline ("Hà Nội").
	if a.startsOther(j) && !a.countryWord(j) || a.has(gazetteer.Surname, j) && a.nameEnd(j) < e && a.nameEnd(j) > 0 {
		return -1
	}
	for k := j; k < e; k++ {
		if p, _ := a.placeName(k); p > k && !(p == k+1 && a.countryWord(k) && e-j >= 2) || a.org(k) > k || a.startsKind(k, gazetteer.Rank, gazetteer.Title) {
			return -1
		}
	}
	if p, _ := a.placeName(j); p == e {
		return -1
	}
	if a.nameEnd(j) != e {
		return -1
	}
	return j
}

// lastLineStart returns the first token of the line that holds the
// document's last word, or -1.
func (a *analysis) lastLineStart() int {
	k := a.n() - 1
	for k >= 0 && !a.toks[k].word {
		k--
	}
	for k > 0 && !a.toks[k].brk {
		k--
	}
	return k
}

// writerPair finds two writers' names joined by a dash that fill the
// line at token i (the caller asks of the document's last line only):
// "MINH THANH - MINH NHÂN",
// "Thùy Linh - Đức Phương", after a label ("Tin, ảnh: HOÀNG THÀNH-XUÂN
// CƯỜNG"). Each name is two or three capitalized syllables and no
// listed place or body. It returns -1s when there is none.
func (a *analysis) writerPair(i int) (s1, e1, s2, e2 int) {
	none := func() (int, int, int, int) { return -1, -1, -1, -1 }
	j := i
	for k := i; k < a.n() && k-i < 4 && (k == i || a.next(k)); k++ {
		if a.is(k, ":") {
			if !a.is(i, "tin", "ảnh", "bài", "nhóm") {
				return none()
			}
			j = k + 1
			break
		}
	}
	run := func(s int) int {
		e := s
		for e < a.n() && e-s < 3 && (e == s || a.next(e)) && a.toks[e].word && (a.toks[e].capital || a.toks[e].upper) && !a.toks[e].digits && syllable.Valid(a.w(e)) {
			if e > s && a.attached(e) {
				break
			}
			e++
		}
		if e-s < 2 {
			return -1
		}
		if p, _ := a.placeName(s); p >= e || a.org(s) >= e || a.startsKind(s, gazetteer.Rank, gazetteer.Title) {
			return -1
		}
		return e
	}
	if j >= a.n() {
		return none()
	}
	e := run(j)
	if e < 0 || !a.is(e, "-", "–") || e+1 >= a.n() {
		return none()
	}
	f := run(e + 1)
	if f < 0 {
		return none()
	}
	for k := f; k < a.n() && (k == f || !a.toks[k].brk); k++ {
		if a.toks[k].word {
			return none()
		}
	}
	return j, e, e + 1, f
}

// bylineTail says whether what follows a writer's name at e on its line
// is a byline's: a page's "|", the paper's code ("Hiền Phương/HNM"), the
// date after a dash ("Minh Anh - 10/10/2023", "Quán Chi - Thứ Hai,
// 25/07/2022"), or the agency in brackets ending the line ("Minh Khánh
// (TTXVN)").
func (a *analysis) bylineTail(e int) bool {
	switch {
	case a.is(e, "|"):
		return true
	case a.is(e, "/"):
		return e+1 < a.n() && a.toks[e+1].upper && (e+2 >= a.n() || !a.next(e+2) || a.is(e+2, "|"))
	case a.is(e, "-"):
		return e+1 < a.n() && a.next(e+1) && (a.toks[e+1].digits || a.is(e+1, "thứ", "chủ"))
	case a.is(e, "("):
		return e+2 < a.n() && a.next(e+1) && a.toks[e+1].upper && a.is(e+2, ")") && (e+3 >= a.n() || !a.next(e+3))
	case a.toks[e].digits:
		// "Quốc Định 04/10/2022": the date the writer filed.
		return e+4 < a.n() && len(a.w(e)) <= 2 && a.is(e+1, "/") && a.toks[e+2].digits && len(a.w(e+2)) <= 2 && a.is(e+3, "/") && a.toks[e+4].digits && len(a.w(e+4)) == 4
	case a.toks[e].capital && (a.is(e, "thứ") || a.is(e, "chủ") && a.is(e+1, "nhật")):
		// "Gia Bình Thứ bảy, ngày 01/10/2022": and the weekday.
		return true
	}
	return false
}

// countryWord says whether token k alone names a country ("Đức",
// "Anh"), as given names often spell.
func (a *analysis) countryWord(k int) bool {
	p, en := a.placeName(k)
	return p == k+1 && en != nil && en.Kind == gazetteer.Country
}

// capsName returns the end of a name in capitals at i, two or three
// Vietnamese syllables ("TUẤN LÂM"), or -1.
func (a *analysis) capsName(i int) int {
	e := i
	for e < a.n() && (e == i || a.next(e)) && a.toks[e].word && a.toks[e].upper && syllable.Valid(a.w(e)) {
		e++
	}
	if e-i < 2 || e-i > 3 {
		return -1
	}
	return e
}

// capsByline says whether the line at token i is the document's last and
// holds a byline in capitals ("ĐOÀN CA", "LÊ THOA"): two or three
// Vietnamese syllables in capitals, the first a surname, alone.
func (a *analysis) capsByline(i int) bool {
	e := a.capsName(i)
	if e < 0 {
		return false
	}
	// "QUANG VINH", "ANH PHƯƠNG": a pen name, with no surname too, when
	// the line names no listed place or body as a whole ("HÀ NỘI").
	if p, _ := a.placeName(i); p >= e || !a.has(gazetteer.Surname, i) && (a.org(i) >= e || a.startsKind(i, gazetteer.Rank, gazetteer.Title)) {
		return false
	}
	// "LÊ MINH - TUẤN LÂM": a second writer after a dash.
	if a.is(e, "-") && a.next(e+1) && a.capsName(e+1) > e+1 {
		e = a.capsName(e + 1)
	}
	if e < a.n() && a.next(e) {
		return false
	}
	// Nothing but punctuation after it: the last word is the line's.
	for k := a.n() - 1; k >= e; k-- {
		if a.toks[k].word {
			return false
		}
	}
	return true
}

// captionCredit says whether a name in capitals that opens with a
// surname starts at i and ends its line, after words that are not in
// capitals: a photographer credited at a caption's end.
func (a *analysis) captionCredit(i int) bool {
	e := a.capsName(i)
	if e < 0 || e < a.n() && a.next(e) && !a.is(e, ".") || !a.has(gazetteer.Surname, i) {
		return false
	}
	p, _ := a.placeName(i)
	return p < e && a.org(i) < e
}

// insideListed says whether token i lies inside a listed name of one of
// kinds that starts at most back tokens before it.
func (a *analysis) insideListed(i, back int, kinds ...gazetteer.Kind) bool {
	for s := i - 1; s >= 0 && s >= i-back; s-- {
		for _, h := range a.hitsAt(s) {
			if h.End > i && slices.Contains(kinds, h.Entry.Kind) && a.fits(h) {
				return true
			}
		}
	}
	return false
}

// words counts the words in tokens [s, e), leaving out the hyphens and
// dots written inside a name.
func (a *analysis) words(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if a.toks[k].word {
			n++
		}
	}
	return n
}

// nameParts counts the words of a name in [s, e), a hyphenated word as
// one ("Park Noh-wan" has two).
func (a *analysis) nameParts(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if a.toks[k].word && !(a.is(k-1, "-") && a.attached(k-1) && a.attached(k)) {
			n++
		}
	}
	return n
}

// shortNames gives the posts that a later mention by given name alone
// states ("Ông Tuấn là Thứ trưởng thứ 5 của Bộ Y tế") to the person named
// in full before whose name ends with it, when exactly one does.
func (a *analysis) shortNames(f *found, posAt *positionIndex, used []bool) {
	for i := 1; i+1 < a.n(); i++ {
		holder := a.shortHolder(i, f)
		if holder < 0 {
			continue
		}
		for j := i + 2; j < a.n() && j < i+10 && a.next(j); j++ {
			if a.is(j, ".", ";", "?", "!") {
				break
			}
			if !a.is(j, "là", "làm", "chức", "vụ") {
				continue
			}
			// "Ông Mẫn từng là Ủy viên …; Bí thư …": the whole chain.
			if pa, ok := posAt.at(j + 1); ok && !used[pa.span] {
				a.chain(j+1, posAt, func(pa positionAt, _ bool) { takeFree(&f.persons[holder], pa, used) })
				break
			}
			// "chị Trang đã lần lượt kinh qua các chức vụ: A; B, C; D":
			// a career listed after the colon, item by item.
			if a.is(j, "vụ") && a.is(j+1, ":") {
				for k := j + 2; k < a.n() && a.next(k); {
					e := a.chain(k, posAt, func(pa positionAt, _ bool) { takeFree(&f.persons[holder], pa, used) })
					if e == k || !a.is(e, ";") || a.otherStartsAt(e+1, f) {
						break
					}
					k = e + 1
				}
				break
			}
		}
	}
}

// otherStartsAt says whether a person's name (or its rank) starts at
// token k: a list item that names its own holder.
func (a *analysis) otherStartsAt(k int, f *found) bool {
	// Persons are in text order; only those whose name starts within a
	// few tokens of k can.
	first, _ := slices.BinarySearchFunc(f.persons, k, func(p personFact, s int) int { return p.name.s - s })
	for p := first; p < len(f.persons) && f.persons[p].name.s <= k+4; p++ {
		s := f.persons[p].name.s
		if f.persons[p].rank >= 0 {
			s = f.spans[f.persons[p].rank].s
		}
		if a.pastAddress(s) == k || s == k {
			return true
		}
	}
	return false
}

// shortHolder returns the index of the person that "ông" or "bà" (or a
// rank) at token i and a given name after it refer to ("ông Mẫn" after
// "Trần Thanh Mẫn", "Đại tá Luyện" after "Hoàng Đình Luyện"), or
// -1 when none or more than one person named before has that name.
func (a *analysis) shortHolder(i int, f *found) int {
	// The cheap tests first: this runs at every token.
	if !a.next(i+1) || !a.toks[i+1].capital {
		return -1
	}
	// ("anh Triết", "chị Trang": younger officials, by the same rule.)
	if k := a.toks[i].kw; k != kwOng && k != kwBa && !rankEndingAt(f, i+1) && !a.is(i, "anh", "chị") || a.nameEnd(i+1) > 0 {
		return -1
	}
	given := a.w(i + 1)
	holder := -1
	for k := range f.persons {
		p := &f.persons[k]
		if p.name.s >= i {
			break
		}
		if p.name.e-p.name.s >= 2 && a.w(p.name.e-1) == given {
			if holder >= 0 && a.key(f.persons[holder].name.s, f.persons[holder].name.e) != a.key(p.name.s, p.name.e) {
				return -1
			}
			holder = k
		}
	}
	return holder
}

// postOfBody returns the position that the organization ending just
// before token i belongs to: "<post> thuộc|của <body> | i", or false.
func (a *analysis) postOfBody(i int, posAt *positionIndex, inOrg []bool) (positionAt, bool) {
	if i < 2 || inOrg == nil || !inOrg[i-1] || inOrg[i] {
		return positionAt{}, false
	}
	s := i - 1
	for s > 0 && inOrg[s] {
		s--
	}
	if !a.is(s-1, "thuộc", "của") {
		return positionAt{}, false
	}
	return posAt.endingAt(s - 1)
}

// honorEnd returns the end of a foreign honorific at i, written with a
// capital ("Dato'", "Dato' Seri", "Datuk Seri", "Shri"), or -1.
func (a *analysis) honorEnd(i int) int {
	if i >= a.n() || a.toks[i].kw != kwHonor || !a.toks[i].capital {
		return -1
	}
	e := i + 1
	if a.is(e, "'", "’") && a.attached(e) {
		e++
	}
	if a.is(e, "seri", "sri") && a.toks[e].capital && a.next(e) && !a.is(i, "shri") {
		e++
	}
	// "Samdech Akka Moha Ponhea Chakrei Heng Samrin", "Samdech
	// Chaufea Veang Kong Sam Ol": a Khmer honorific's titles.
	// "Preah Bat Samdech Preah Boromneath Norodom Sihamoni": a king's.
	if a.is(i, "samdech", "preah") {
		for e < a.n() && a.next(e) && a.toks[e].capital && (khmerHonorWords[a.w(e)] || a.is(e, "samdech", "preah")) {
			e++
		}
	}
	return e
}

// khmerHonorWords are the words of the Cambodian titles that follow
// "Samdech".
var khmerHonorWords = map[string]bool{
	"bat": true, "boromneath": true, "mahamontrei": true,
	"techo": true, "akka": true, "moha": true, "sena": true, "padei": true, "ponhea": true,
	"chakrei": true, "chaufea": true, "veang": true, "krala": true, "hom": true, "thamma": true,
	"pothisal": true, "bovor": true, "thipadei": true, "pichey": true, "vibol": true, "pheakdei": true,
}

// nicknameEnd returns the end of a nickname at i, a given name and one
// or two capitalized words in quotes ("Cường "Quắt"", "Út "Trọc""), or
// -1.
func (a *analysis) nicknameEnd(i int) int {
	if i+3 >= a.n() || !a.toks[i].word || !a.toks[i].capital || a.toks[i].upper || a.toks[i].digits || !a.is(i+1, "\"") || !a.next(i+1) || a.attached(i+1) {
		return -1
	}
	if !a.attached(i + 2) {
		return -1
	}
	k := i + 2
	for k < a.n() && k < i+4 && a.toks[k].word && a.toks[k].capital && !a.toks[k].digits && a.next(k) {
		k++
	}
	if k == i+2 || !a.is(k, "\"") || !a.attached(k) {
		return -1
	}
	return k + 1
}

// pastAddress returns where the words of address before the name at s
// start ("Trưởng phòng Tham mưu ông | Lê Văn Tám", "… đồng chí | A"),
// or s when there are none.
func (a *analysis) pastAddress(s int) int {
	// "Bộ trưởng Quốc phòng Malaysia Dato' Seri …": past a foreign
	// honorific.
	if a.honoredAt(s) {
		for h := s - 1; ; h-- {
			if a.toks[h].kw == kwHonor {
				// "Preah Bat Samdech | Preah Boromneath …": from the
				// honorific's first word.
				first := h
				for k := h - 1; k >= 0 && a.next(k+1) && a.toks[k].capital && (a.toks[k].kw == kwHonor || khmerHonorWords[a.w(k)]); k-- {
					if a.toks[k].kw == kwHonor && a.honorEnd(k) == s {
						first = k
					}
				}
				return first
			}
		}
	}
	switch {
	case a.is(s-1, "ông", "bà", "ngài") && a.next(s):
		// "và các ông B, C": the plural address before a list.
		if a.is(s-2, "các") && a.next(s-1) {
			return s - 2
		}
		return s - 1
	case a.is(s-1, "chí") && a.is(s-2, "đồng") && a.next(s) && a.next(s-1):
		return s - 2
	// "anh Trần Bảo Lâm", "chị Nguyễn Thanh Thảo": written small, not
	// the country "Anh".
	case a.is(s-1, "anh", "chị") && !a.toks[s-1].capital && a.next(s) && a.next(s-1):
		return s - 1
	}
	// "Trụ trì chùa Âng, Hòa thượng Thạch Sok Xane": a cleric's rank.
	if s >= 2 && a.toks[s-1].kw == kwClergy && a.clergyEnd(s-2) == s {
		return s - 2
	}
	// "Tướng Mỹ Alexus Grynkewich": a general named by his country.
	for g := max(0, s-4); g < s-1; g++ {
		if a.generalsCountry(g) == s {
			return g
		}
	}
	return s
}

// generalsCountry returns the end of the country named after "Tướng" at
// g ("Tướng Mỹ"), or -1.
func (a *analysis) generalsCountry(g int) int {
	if !a.is(g, "tướng") || !a.toks[g].capital || !a.next(g+1) {
		return -1
	}
	if c, _ := a.longest(gazetteer.Country, g+1); c > g+1 {
		return c
	}
	return -1
}

// clergyEnd returns the end of a clergy's rank at i ("Hòa thượng",
// "Thượng tọa", "Đại đức", "Ni sư", "Linh mục", "Mục sư"), or -1.
func (a *analysis) clergyEnd(i int) int {
	if i < 0 || i+1 >= a.n() || !a.next(i+1) || a.toks[i+1].kw != kwClergy {
		return -1
	}
	var ok bool
	switch a.w(i) {
	case "hòa", "hoà":
		ok = a.is(i+1, "thượng")
	case "thượng":
		ok = a.is(i+1, "tọa", "toạ")
	case "đại":
		ok = a.is(i+1, "đức")
	case "ni", "mục":
		ok = a.is(i+1, "sư")
	case "linh":
		ok = a.is(i+1, "mục")
	}
	if ok {
		return i + 2
	}
	return -1
}

// pastHonorifics returns where the degrees and professions written
// right before token s start ("GS.TS", ", bác sĩ"), with a comma before
// them, or s when there are none.
func (a *analysis) pastHonorifics(s int) int {
	j := s
	for steps := 0; steps < 3; steps++ {
		// The longest entry that ends at j: "GS.TS" before "TS".
		k := max(0, j-4)
		for ; k < j; k++ {
			if e, _ := a.longest(gazetteer.NonName, k); e == j && a.next(j) {
				break
			}
		}
		if k == j {
			break
		}
		j = k
	}
	if j < s && a.is(j-1, ",") && a.next(j) {
		j--
	}
	return j
}

// chainBefore takes the unheld positions that precede the one starting
// at s, each followed by a comma (or "kiêm"), back to the start of the
// clause: a position after a name ("A, Bộ trưởng …,") is A's.
func (a *analysis) chainBefore(s int, posAt *positionIndex, used []bool, take func(positionAt, bool)) {
	for steps := 0; steps < 8 && s > 0 && a.next(s) && a.is(s-1, ",", "kiêm"); steps++ {
		pa, ok := posAt.endingAt(s - 1)
		if !ok || used[pa.span] || !a.next(s-1) {
			return
		}
		k := pa.s
		if a.is(k-1, "nguyên", "cựu") {
			k--
		}
		if !a.opensClause(k) && !a.is(k-1, ",", "kiêm") {
			// What stands before the chain must not be a name that
			// the chain describes.
			// "Phiên họp do Ủy viên Trung ương Đảng, Chủ nhiệm …": the
			// chain names who chairs or hosts.
			// "Quyết định giao Ủy viên Bộ Chính trị, Thủ tướng A làm
			// Trưởng ban": the one a task is assigned to.
			// "hội kiến Tổng Bí thư, Chủ tịch nước A", "có mặt …",
			// "bên cạnh …": the one met or present.
			if !a.is(k-1, "có", "là", "gồm", "các", "chí", "cùng", "và", "với", "của", "do", "bởi", "giao") &&
				!a.is(k-1, "mặt", "kiến", "đàm", "gặp", "cạnh", "đón", "thăm", "viếng") {
				return
			}
			// "thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A": the
			// office that delegates is someone else's.
			if a.is(k-1, "của") && a.is(k-2, "quyền") {
				return
			}
		}
		// A name or something else before the comma ends the chain; a
		// name given its post before it is a list's item, and the chain
		// after it the next item's: "Bộ trưởng Bộ TT&TT Nguyễn Mạnh
		// Hùng, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh".
		if a.is(k-1, ",") {
			if _, isPos := posAt.endingAt(k - 1); !isPos && !(a.titledNameEnd != nil && a.titledNameEnd[k-1]) && !a.venueClauseBefore(k-1) && !a.timeClauseBefore(k-1) {
				return
			}
		}
		take(pa, k < pa.s)
		s = k
	}
}

// venueClauseBefore says whether the comma at c closes a clause that
// says where ("Chiều 8/8, tại Phủ Chủ tịch, Tổng Bí thư …"): "tại" or
// "ở" and a few words, so a chain after it opens its clause.
func (a *analysis) venueClauseBefore(c int) bool {
	for k := c - 1; k >= 0 && k >= c-7 && a.next(k+1); k-- {
		if a.is(k, "tại", "ở") {
			return k < c-1
		}
		if !a.toks[k].word {
			return false
		}
	}
	return false
}

// timeWords open a clause that says when: "Ngày 1-3,", "Sáng nay,",
// "Chiều 15/7,", "Cùng ngày,".
var timeWords = map[string]bool{
	"ngày": true, "sáng": true, "chiều": true, "tối": true, "trưa": true,
	"đêm": true, "hôm": true, "cùng": true, "sau": true, "tiếp": true,
	"trước": true, "đầu": true, "cuối": true, "giữa": true, "vào": true,
	"tháng": true, "năm": true, "dịp": true,
}

// timeClauseBefore says whether the comma at c closes a short clause
// that says when ("Ngày 1-3, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội
// …"), so a chain after it opens its clause.
func (a *analysis) timeClauseBefore(c int) bool {
	k := c - 1
	for ; k >= 0 && k >= c-7 && a.next(k+1) && !a.is(k, ",", ";", ":"); k-- {
		if a.sentOf[k] != a.sentOf[c] {
			break
		}
		if a.toks[k].word && k < c-1 && a.toks[k].capital && !timeWords[a.w(k)] {
			return false
		}
	}
	s := k + 1
	if s >= c || !a.opensClause(s) {
		return false
	}
	return timeWords[a.w(s)]
}

// postStarts says whether a post starts at j, maybe after "nguyên" or
// "cựu".
func (a *analysis) postStarts(j int, posAt *positionIndex) bool {
	if a.is(j, "nguyên", "cựu") {
		j++
	}
	_, ok := posAt.at(j)
	return ok
}

// rankedChain gives the post pa, written before a comma and a rank and
// name, to that person, with the posts joined to it by commas before,
// when the chain opens its clause or a list ("có", "gồm", "cùng",
// "với", "do"): a name before it would be their holder.
func (a *analysis) rankedChain(pa positionAt, posAt *positionIndex, used []bool, take func(positionAt, bool)) {
	type held struct {
		pa     positionAt
		former bool
	}
	var chain []held
	start := pa.s
	a.chainBefore(pa.s, posAt, used, func(q positionAt, former bool) {
		chain = append(chain, held{q, former})
		start = q.s
		if former {
			start-- // "nguyên"
		}
	})
	if !a.opensClause(start) && !a.is(start-1, "có", "gồm", "cùng", "với", "do", "bởi") {
		return
	}
	take(pa, false)
	for _, h := range chain {
		take(h.pa, h.former)
	}
}

// promotions gives the new rank to the persons a sentence promotes:
// "… nâng quân hàm từ Đại tá lên Thiếu tướng …: A, B" (persons named
// without a rank, and those after the new rank), "thăng quân hàm Chuẩn
// Đô đốc cho Đại tá A" (those after it), "A … được thăng quân hàm Đại
// tá" (the person named last before it).
func (a *analysis) promotions(f *found) {
	for r, sp := range f.spans {
		if sp.typ != Rank {
			continue
		}
		up := a.is(sp.s-1, "lên")
		granted := a.is(sp.s-1, "hàm") || a.is(sp.s-1, "thăng") || a.is(sp.s-1, "cấp") && a.is(sp.s-2, "lên")
		if !up && !granted {
			continue
		}
		sent := a.sentOf[sp.s]
		passive := false
		for k := sp.s - 1; k >= 0 && k >= sp.s-4; k-- {
			if a.is(k, "được") {
				passive = true
			}
		}
		if passive {
			last := -1
			for k := range f.persons {
				if p := f.persons[k]; p.name.s < sp.s && a.sentOf[p.name.s] == sent {
					last = k
				}
			}
			if last >= 0 {
				f.persons[last].rank = r
			}
			continue
		}
		for k := range f.persons {
			p := &f.persons[k]
			if a.sentOf[p.name.s] != sent {
				continue
			}
			if p.name.s > sp.e || up && p.rank < 0 {
				p.rank = r
			}
		}
	}
}

// homeInBrackets returns the end of the brackets closing after a
// place name at j ("Cao Bằng)", "Ninh Bình)"), or -1.
func (a *analysis) homeInBrackets(j int) int {
	p, _ := a.placeName(j)
	if p <= j {
		if p, _ = a.place(j); p <= j {
			return -1
		}
	}
	if !a.is(p, ")") || !a.next(p) {
		return -1
	}
	return p + 1
}

// photoAside returns the end of the brackets at j that say where a
// photo shows the person ("(thứ 3 từ phải sang)", "(bên trái)",
// "(giữa)", "(đứng)"), or j.
func (a *analysis) photoAside(j int) int {
	if !a.is(j, "(") {
		return j
	}
	side := false
	for k := j + 1; k < a.n() && k-j <= 8 && a.next(k); k++ {
		switch {
		case a.is(k, ")"):
			if side {
				return k + 1
			}
			return j
		case a.is(k, "trái", "phải", "giữa", "đứng", "ngồi"):
			side = true
		case a.toks[k].capital && k > j+1 || a.toks[k].upper:
			return j
		}
	}
	return j
}

// rankAfterName returns the rank written after the name ending at e, past
// a comma or a bracket, an age or a birth year and "cựu" or "nguyên"
// (former), and whether the rank is former; or -1.
func (a *analysis) rankAfterName(f *found, e int) (int, bool) {
	k := e + 1
	if j := a.ageOrBirth(k); j > k {
		if !a.is(j, ",") {
			return -1, false
		}
		k = j + 1
	} else if a.is(e, "(") {
		return -1, false
	}
	former := a.is(k, "cựu", "nguyên")
	if former {
		k++
	}
	return rankAt(f, k), former
}

// ageOrBirth returns the end of an age ("72 tuổi") or a birth year ("sinh
// năm 1975", "SN 1964") at k, or k.
func (a *analysis) ageOrBirth(k int) int {
	switch {
	case k+1 < a.n() && a.toks[k].digits && a.is(k+1, "tuổi") && a.next(k+1):
		return k + 2
	case a.is(k, "sinh") && a.is(k+1, "năm") && k+2 < a.n() && a.toks[k+2].digits && a.next(k+2):
		return k + 3
	case a.is(k, "sn") && k+1 < a.n() && a.toks[k+1].digits && a.next(k+1):
		return k + 2
	}
	return k
}

// skipAside steps over what the text says of a person between the name
// and the posts: an age (", 72 tuổi", "(42 tuổi)") or a birth year
// (", sinh năm 1975", "(SN 1964, …")
// ("sinh năm 1972"). It returns j when there is none.
func (a *analysis) skipAside(j int) int {
	if e := a.photoAside(j); e > j {
		return e
	}
	k := j
	if a.is(k, ",", "(") && a.next(k+1) {
		k++
	}
	switch aside := a.ageOrBirth(k); {
	case aside > k:
		k = aside
		// "(sinh năm 1957, cựu đại tá, phó tổng giám đốc …)": a former
		// rank between commas after it.
		if a.is(k, ",") && a.is(k+1, "cựu", "nguyên") {
			if e := a.rankBetweenCommas(k + 1); e > 0 {
				k = e
			}
		}
	case a.is(j, ","):
		// "ông Trần Văn Sơn, Đại tá, Chỉ huy trưởng …", "Phan Hữu
		// Tuấn, cựu trung tướng, cựu Phó tổng cục trưởng …": the rank
		// after the name, then the posts.
		if e := a.rankBetweenCommas(k); e > 0 {
			return e
		}
		return j
	default:
		return j
	}
	if a.is(j, "(") {
		// "A (SN 1964, Phó giám đốc)": the posts go on inside the
		// brackets after the comma; "A (55 tuổi, Cao Bằng), Phó Tư
		// lệnh …": a home province does not, and the brackets close.
		if a.is(k, ",") {
			if c := a.homeInBrackets(k + 1); c > k {
				return c
			}
			return k
		}
		if !a.is(k, ")") {
			return j
		}
		k++
	}
	return k
}

// rankBetweenCommas returns the comma that ends a rank at k, "cựu" or
// "nguyên" (former) maybe before it ("cựu trung tướng,"), or -1.
func (a *analysis) rankBetweenCommas(k int) int {
	if a.is(k, "cựu", "nguyên") {
		k++
	}
	if !a.startsKind(k, gazetteer.Rank) || !a.next(k) {
		return -1
	}
	if e, _ := a.longest(gazetteer.Rank, k); a.is(e, ",") {
		return e
	}
	return -1
}

// chain takes the positions that follow one another from j, separated
// by commas or "kiêm" (concurrently), each maybe "nguyên" (former); it
// returns where it stopped.
func (a *analysis) chain(j int, posAt *positionIndex, take func(positionAt, bool)) int {
	return a.chainUntil(j, posAt, nil, take)
}

// chainUntil is chain that stops before a position ending where held is
// set: "A, Chủ nhiệm Văn phòng Quốc hội Nguyễn Hạnh Phúc" names the
// office's holder right after it, and A does not hold it.
func (a *analysis) chainUntil(j int, posAt *positionIndex, held []bool, take func(positionAt, bool)) int {
	for j < a.n() && a.next(j) {
		former := false
		k := j
		if a.is(k, "nguyên", "cựu") {
			former, k = true, k+1
		}
		pa, ok := posAt.at(k)
		if !ok || held != nil && held[pa.e] {
			return j
		}
		take(pa, former)
		j = pa.e
		// "Phó Bí thư Tỉnh ủy khóa XVI, Chủ tịch UBND tỉnh": the post's
		// term, then the next post.
		// "Ủy viên Trung ương Đảng khóa XI, XII, XIII; Bí thư …": a list
		// of terms.
		// "Uỷ viên Trung ương Đảng các khoá XII, XIII": the same, after
		// "các".
		if a.is(j, "các") && a.is(j+1, "khóa", "khoá") && a.termNumber(j+2) {
			j++
		}
		if a.is(j, "khóa", "khoá") && a.termNumber(j+1) {
			j += 2
			for a.is(j, ",", "và") && a.termNumber(j+1) {
				j += 2
			}
		}
		// "Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021; …": a term in years.
		j = a.pastYearTerm(j)
		// "…, Chính ủy …" and "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh";
		// a semicolon between posts, but not before a post whose holder
		// is named right after it.
		if a.is(j, ",", "kiêm", ";") && a.next(j+1) {
			// ("; Ủy viên Trung ương Đảng, …, Chủ tịch UBND TP HCM
			// Nguyễn Thành Phong": nor before a chain that ends in one.)
			if pa, ok := posAt.at(j + 1); ok && !(a.is(j, ";") && (a.holderAfter(pa.e) || held != nil && held[a.chainEnd(j+1, posAt)])) {
				j++
				continue
			}
		}
		// "(cựu Giám đốc Sở KH-ĐT và cựu Giám đốc Sở TN-MT)": another
		// former post after "và".
		if a.is(j, "và") && a.is(j+1, "nguyên", "cựu") && a.next(j+1) {
			if _, ok := posAt.at(j + 2); ok {
				j++
				continue
			}
			if a.is(j+1, "nguyên", "cựu") {
				j++
				continue
			}
		}
		// "Trưởng phòng 1 Thanh tra tỉnh (Trưởng đoàn thanh tra)": a
		// role in brackets after the post, alone there.
		if a.is(j, "(") && a.next(j+1) {
			if pa, ok := posAt.at(j + 1); ok && a.is(pa.e, ")") {
				take(pa, false)
				j = pa.e + 1
				continue
			}
		}
		return j
	}
	return j
}

// holderAfter says whether a post's holder is named right after its end
// e: "Bí thư Tỉnh ủy Lê Quang Tùng", or past a comma and a rank, "Thứ
// trưởng Công an, Trung tướng Lê Quốc Hùng".
func (a *analysis) holderAfter(e int) bool {
	if a.personAt(e) {
		return true
	}
	if !a.is(e, ",") || !a.next(e+1) {
		return false
	}
	r, _ := a.longest(gazetteer.Rank, e+1)
	return r > e+1 && a.next(r) && a.nameEnd(r) > r
}

// termNumber says whether token i is a term's number on the same line:
// "XIII", "8".
func (a *analysis) termNumber(i int) bool {
	return i < a.n() && (a.toks[i].digits || a.toks[i].roman) && a.next(i)
}

// pastYearTerm returns the end of a term in years at j ("nhiệm kỳ
// 2016-2021", "nhiệm kỳ 2021 - 2026"), or j when there is none.
func (a *analysis) pastYearTerm(j int) int {
	if !a.is(j, "nhiệm") || !a.is(j+1, "kỳ") || j+2 >= a.n() || !a.toks[j+2].digits || !a.next(j+2) {
		return j
	}
	k := j + 3
	if a.is(k, "-", "–") && k+1 < a.n() && a.toks[k+1].digits && a.next(k+1) {
		k += 2
	}
	return k
}

// chainEnd is where the chain of positions at j ends, taking none.
func (a *analysis) chainEnd(j int, posAt *positionIndex) int {
	return a.chain(j, posAt, func(positionAt, bool) {})
}

// afterHeader says whether the ':' at i ends a list header: a position,
// maybe followed by a few lower-case words.
func (a *analysis) afterHeader(i int, posAt *positionIndex) bool {
	for k := i; k >= 0 && i-k <= 5; k-- {
		if _, ok := posAt.endingAt(k); ok {
			return a.headerColon(k) == i
		}
	}
	return false
}

// headerColon returns the ':' that makes the position ending at e a
// list header, right after it or after a few lower-case words ("…
// Quảng Bình qua các thời kỳ:"), or -1.
func (a *analysis) headerColon(e int) int {
	for j := e; j < a.n() && j-e <= 12 && a.next(j); j++ {
		if a.is(j, ":") {
			return j
		}
		// "6 Ủy viên Trung ương Đảng khóa XII công tác trong Quân đội,
		// gồm:": a body where the holders serve, and a comma before the
		// list's "gồm".
		if j > e && (a.toks[j].capital || a.toks[j].upper) {
			if o := a.org(j); o > j {
				j = o - 1
				continue
			}
			if r := a.capRunAny(j, 4); r > j && a.is(j-1, "trong", "tại", "ở", "của", "thuộc") {
				j = r - 1
				continue
			}
		}
		if a.is(j, ",") && (a.is(j+1, "gồm") || a.is(j+1, "bao") && a.is(j+2, "gồm")) {
			continue
		}
		// "Các Phó bí thư Tỉnh ủy … cũng do Bộ Chính trị chỉ định, gồm:":
		// who named the holders.
		if a.is(j, "cũng") && a.is(j+1, "do") {
			continue
		}
		if a.is(j, "do") && a.next(j+1) {
			if o := a.org(j + 1); o > j+1 {
				k := o
				if a.is(k, "chỉ") && a.is(k+1, "định") || a.is(k, "bổ") && a.is(k+1, "nhiệm") || a.is(k, "phê") && a.is(k+1, "chuẩn") || a.is(k, "giới") && a.is(k+1, "thiệu") {
					k += 2
				} else if a.is(k, "bầu", "cử") {
					k++
				}
				if a.is(k, ",") && a.is(k+1, "gồm") || a.is(k, ":") || a.is(k, "gồm") {
					j = k - 1
					continue
				}
			}
		}
		// "Ủy viên UBND tỉnh nhiệm kỳ 2011 - 2016 đối với ông A, …; ông
		// B, …": the post approved for each person listed.
		if a.is(j, "với") && a.is(j-1, "đối") {
			if a.is(j+1, ":") {
				return j + 1
			}
			return j
		}
		if a.toks[j].digits || a.toks[j].roman || a.is(j, "-", "khóa", "khoá", "nhiệm", "kỳ", "đối") || a.is(j, "mới") && a.is(j-1, "kỳ", "khóa", "khoá") {
			continue
		}
		// "7 Phó giám đốc gồm đại tá A, …", "2 tân Phó Giám đốc là A và
		// B": the list right after the post, with no colon.
		// ("5 Phó Chủ tịch, gồm bà A và các ông B, C": after a comma.)
		if (j == e || a.is(j, "gồm") && a.is(j-1, ",")) && a.is(j, "gồm", "là") && a.next(j+1) && (a.toks[j+1].capital || a.toks[j+1].upper || a.startsKind(j+1, gazetteer.Rank) || a.is(j+1, "ông", "bà", "các")) {
			return j
		}
		// "… gồm các ông:", "… bao gồm:" introduce the list.
		// "Tổ phó Tổ công tác là: …": so does "là" right before the
		// colon.
		// ("Chủ tọa kỳ họp gồm …": "họp" names the sitting here.)
		if t := a.toks[j]; !t.word || t.capital || t.upper || a.verbAt(j) && !a.is(j, "gồm", "bao") && !(a.is(j, "là") && a.is(j+1, ":")) && !(a.is(j, "họp") && a.is(j-1, "kỳ", "phiên", "cuộc")) {
			return -1
		}
	}
	return -1
}

// chainStart returns where the chain of posts joined by commas that the
// post at s ends starts.
func (a *analysis) chainStart(s int, posAt *positionIndex) int {
	for a.is(s-1, ",") {
		pa, ok := posAt.endingAt(s - 1)
		if !ok {
			break
		}
		s = pa.s
	}
	return s
}

// pluralHeaderEnd returns the "gồm" or "là" that makes the posts [s, e),
// named in the plural ("các", "những"), a list header after a clause in
// lower case ("Các ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng có
// mặt tại hội nghị gồm Thượng tướng A, …"), or -1.
func (a *analysis) pluralHeaderEnd(s, e int) int {
	if a.is(s-1, "tân", "mới") {
		s--
	}
	// "Hai Phó Chủ tịch HĐND tỉnh trúng cử là ông A và ông B": a count
	// makes the post plural too.
	if !a.is(s-1, "các", "những") && !(s > 0 && a.toks[s-1].digits) && !a.is(s-1, "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười") {
		// "bầu bổ sung Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với
		// các ông: A, …": the people it is given to make it plural.
		return a.givenToListed(e)
	}
	// "các kiểm sát viên A, B và C": the names right after the post.
	if a.next(e) && a.startsName(e) {
		return e - 1
	}
	// "các Phó Chủ tịch UBND TP mới, nhiệm kỳ 2021 - 2026 do Thủ tướng
	// Chính phủ chỉ định gồm:": the term, and who named them.
	inTerm, by := false, false
	for j := e; j < a.n() && j-e <= 16 && a.next(j); j++ {
		// "bổ nhiệm 10 Thứ trưởng cho các ông, bà: A, B", "6 Phó Tổng
		// Biên tập Báo X, trong đó có ông A, ông B": the list may follow
		// a colon or "trong đó có".
		if a.is(j, ":") && j > e && j+1 < a.n() {
			return j
		}
		if a.is(j, ",") {
			if a.is(j+1, "bà", "ông") && a.next(j+1) {
				continue
			}
			if a.is(j+1, "trong") && a.is(j+2, "đó") && a.is(j+3, "có") && a.next(j+4) {
				return j + 3
			}
			if a.is(j+1, "nhiệm") && a.is(j+2, "kỳ") {
				continue
			}
			return -1
		}
		if a.is(j, "nhiệm") && a.is(j+1, "kỳ") {
			inTerm = true
		} else if a.is(j, "do") {
			by, inTerm = true, false
		}
		if t := a.toks[j]; !(inTerm && (t.digits || a.is(j, "-", "–"))) && !(by && (t.capital || t.upper)) && (!t.word || t.capital || t.upper || t.digits) {
			return -1
		}
		if a.is(j, "gồm", "là") && a.next(j+1) && (a.toks[j+1].capital || a.startsKind(j+1, gazetteer.Rank) || a.is(j+1, "ông", "bà", "đồng")) {
			return j
		}
	}
	return -1
}

// givenToListed returns the colon after "đối với các ông:" or "cho các
// bà:" that follows the post ending at e, past its term, or -1.
func (a *analysis) givenToListed(e int) int {
	j := e
	if a.is(j, ",") && a.is(j+1, "nhiệm") && a.is(j+2, "kỳ") {
		j += 3
		for j < a.n() && j-e <= 8 && a.next(j) && (a.toks[j].digits || a.is(j, "-", "–")) {
			j++
		}
	}
	switch {
	case a.is(j, "đối") && a.is(j+1, "với"):
		j += 2
	case a.is(j, "cho"):
		j++
	default:
		return -1
	}
	if !a.is(j, "các") || !a.is(j+1, "ông", "bà", "đồng") {
		return -1
	}
	for k := j + 2; k < a.n() && k <= j+5 && a.next(k); k++ {
		if a.is(k, ":") {
			return k
		}
		if !a.toks[k].word && !a.is(k, ",") {
			return -1
		}
	}
	return -1
}

// listedAfter says whether person p follows, after a comma or "và",
// the name ending at prevEnd, with maybe a rank, degrees or words of
// address between: "A, Đại tá B và C"; with posAt, also the item's own
// post.
func (a *analysis) listedAfter(p *personFact, prevEnd int, f *found, posAt *positionIndex) bool {
	if prevEnd < 0 {
		return false
	}
	// "Ông A (bên trái) và ông B được bầu …"
	prevEnd = a.photoAside(prevEnd)
	s := a.pastDegrees(p.name.s, prevEnd)
	if p.rank >= 0 && f.spans[p.rank].e == s {
		s = f.spans[p.rank].s
	}
	// "…, ông Nguyễn Quốc Khánh", "…, Trưởng Ban Tuyên giáo Trung ương
	// Võ Văn Thưởng": words of address, or the item's own post.
	if s2 := a.pastAddress(s); s2 > prevEnd {
		s = s2
	}
	if posAt != nil {
		if pa, ok := posAt.endingAt(s); ok && pa.s > prevEnd {
			s = pa.s
		}
	}
	return s == prevEnd+1 && a.is(prevEnd, ",", "và")
}

// pastDegrees returns where the academic degrees before the name at s
// start ("TS. | Đỗ Thị Xuân Dung", "PGS.TS. | Huỳnh Văn Chương"), not
// going back to floor; s when there are none.
func (a *analysis) pastDegrees(s, floor int) int {
	for k := 0; k < 4 && s-1 > floor; k++ {
		switch {
		case a.has(gazetteer.NonName, s-1):
			s--
		case a.is(s-1, ".", ",") && s-2 > floor && a.has(gazetteer.NonName, s-2):
			s -= 2 // "PGS.TS.", "PGS, TS"
		default:
			return s
		}
	}
	return s
}

// headsItem says whether person p stands at the head of a list item that
// starts after the list header ending at hdr: only a rank lies between
// the item's ':' or ';' and the name.
func (a *analysis) headsItem(p *personFact, hdr int, f *found, posAt *positionIndex) bool {
	s := p.name.s
	// (A rank before the header, "cho hai thiếu tướng: A", is no item's.)
	if p.rank >= 0 && f.spans[p.rank].s > hdr {
		s = f.spans[p.rank].s
	}
	// "…; Ông Đỗ Văn Chiến, …", "…; Bà …", "…; đồng chí …", "…: anh
	// Trần Bảo Lâm": words of address.
	s = a.pastAddress(s)
	if a.is(s-1, "các") { // "gồm các ông A, B"
		s--
	}
	// "… là PGS.TS. Huỳnh Văn Chương": degrees before the name.
	s = a.pastDegrees(s, hdr)
	// "…: Trưởng Ban Tổ chức Trung ương Phạm Minh Chính, …": an item's
	// own post before the name; "…: Tổng Thư ký Quốc hội, Chủ nhiệm Văn
	// phòng Quốc hội B; Phó Chủ tịch Quốc hội, Thượng tướng C": its
	// own posts, joined by commas.
	for {
		if pa, ok := posAt.endingAt(s); ok && pa.s > hdr {
			s = pa.s
		} else if pa, ok := posAt.endingAt(s - 1); ok && pa.s > hdr && a.is(s-1, ",") {
			s = pa.s
		} else {
			break
		}
	}
	// "…; và bà Phùng Thị Hồng Hà, …": the last item after "; và".
	if a.is(s-1, "và") && a.is(s-2, ";") && s-2 > hdr {
		s--
	}
	if s-1 == hdr {
		if _, ok := posAt.endingAt(hdr + 1); ok {
			return true // a plural post right before the names
		}
	}
	return s > hdr && (a.is(s-1, ":", ";") || s-1 == hdr && a.is(hdr, "gồm", "là", "với", "có"))
}

// headList gives the post pa to every person who heads an item of the
// list that opens at the colon (or "gồm") at colon, or follows such a
// person after a comma or "và", up to the end of the sentence.
func (a *analysis) headList(f *found, posAt *positionIndex, pa positionAt, colon int, otherStart, used []bool) {
	// Persons are in text order: those after the header, in its
	// sentence, follow one another.
	sent := a.sentOf[colon]
	// "… gồm:" closing its line: the items follow a line each, each
	// closed by ";".
	lines := a.is(colon, ":") && colon+1 < a.n() && a.toks[colon+1].brk
	first, _ := slices.BinarySearchFunc(f.persons, colon+1, func(p personFact, s int) int { return p.name.s - s })
	prevEnd, prevPostFirst := -1, false
	for k := first; k < len(f.persons); k++ {
		p := &f.persons[k]
		if a.sentOf[p.name.s] != sent {
			if !lines || !a.headsItem(p, colon, f, posAt) {
				break
			}
			sent = a.sentOf[p.name.s]
		}
		// An item that names its own post first ("Trưởng Ban … A")
		// goes on a list of such items only: "… C - Chủ nhiệm …
		// và Tổng Kiểm toán Nhà nước D" adds D after the list.
		_, postFirst := posAt.endingAt(a.pastAddress(a.pastDegrees(p.name.s, colon)))
		heads := a.headsItem(p, colon, f, posAt)
		// ("…: A, Thứ trưởng Bộ Quốc phòng, Bí thư Tỉnh ủy B": after a
		// comma, an item that names its post first is still one.)
		if !heads && !(a.listedAfter(p, prevEnd, f, posAt) && (postFirst == prevPostFirst || a.is(prevEnd, ","))) {
			prevEnd = -1
			continue
		}
		if !slices.Contains(p.positions, pa.span) {
			p.positions = append(p.positions, pa.span)
		}
		used[pa.span] = true
		prevEnd, prevPostFirst = a.itemEnd(p.name.e, posAt, otherStart), postFirst
	}
}

// appointedPost says whether the post at s is named as what someone is
// appointed to: "bổ nhiệm | Chủ tịch HĐTV", "bổ nhiệm giữ chức vụ |
// Thứ trưởng", "quyết định bổ nhiệm chức danh | Phó Tư lệnh".
func (a *analysis) appointedPost(s int) bool {
	j, _ := a.beforeOffice(s)
	return a.is(j-1, "nhiệm") && a.is(j-2, "bổ")
}

// beforeOffice steps back from the post at s over the office's word
// ("chức", "chức vụ", "chức danh") and a verb of holding ("giữ",
// "làm"), and says where the words before start and whether the office's
// word was there.
func (a *analysis) beforeOffice(s int) (int, bool) {
	j, office := s, true
	if a.is(j-1, "vụ", "danh") && a.is(j-2, "chức") {
		j -= 2
	} else if a.is(j-1, "chức") {
		j--
	} else {
		office = false
	}
	if a.is(j-1, "giữ", "làm") {
		j--
	}
	return j, office
}

// votedOffice says whether the post at s is an office a vote or a
// decision gives or takes: "bầu chức danh …", "miễn nhiệm chức …",
// "thôi giữ chức vụ …".
func (a *analysis) votedOffice(s int) bool {
	j, office := a.beforeOffice(s)
	return office && (a.is(j-1, "bầu", "thôi") || a.is(j-1, "nhiệm") && a.is(j-2, "miễn", "bãi"))
}

// namedGroupColon returns where the colon is that opens the list of
// those a post is given to, after "cho" at s: "cho hai thiếu tướng: A,
// …", "cho các đồng chí: …"; or -1.
func (a *analysis) namedGroupColon(f *found, s int) int {
	j := s
	if s >= a.n() || !a.is(j, "các", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười") && !a.toks[j].digits {
		return -1
	}
	j++
	if r := rankAt(f, j); r >= 0 {
		j = f.spans[r].e
	} else if a.is(j, "đồng") && a.is(j+1, "chí") {
		j += 2
	} else if a.is(j, "ông", "bà", "cán", "sĩ", "sỹ") {
		j++
		if a.is(j, "bộ", "quan") {
			j++
		}
	}
	if a.is(j, ":") {
		return j
	}
	return -1
}

// dropFromEarlier takes the post pa back from anyone named before it in
// its sentence: one who appoints hands the post over and holds none.
func (a *analysis) dropFromEarlier(f *found, pa positionAt) {
	for k := range f.persons {
		p := &f.persons[k]
		if p.name.s >= pa.s {
			break
		}
		if a.sentOf[p.name.s] != a.sentOf[pa.s] {
			continue
		}
		p.positions = slices.DeleteFunc(p.positions, func(sp int) bool { return sp == pa.span })
	}
}

// giveTo gives the post pa to the person whose mention (rank or words
// of address included) starts at token s, if one does.
func (a *analysis) giveTo(f *found, s int, pa positionAt) {
	k, ok := a.personStarting(f, s)
	if ok && !slices.Contains(f.persons[k].positions, pa.span) {
		f.persons[k].positions = append(f.persons[k].positions, pa.span)
	}
}

// personStarting returns the person whose mention starts at token s,
// with the rank or words of address before the name.
func (a *analysis) personStarting(f *found, s int) (int, bool) {
	return slices.BinarySearchFunc(f.persons, s, func(p personFact, s int) int {
		if p.rank >= 0 {
			return f.spans[p.rank].s - s
		}
		return a.pastAddress(p.name.s) - s
	})
}

// giver returns the person who hands over the post starting at s: the
// last named before it in its sentence, followed by "giao" (lại); or -1.
func (a *analysis) giver(s int, f *found) int {
	k, _ := slices.BinarySearchFunc(f.persons, s, func(p personFact, s int) int { return p.name.s - s })
	if k--; k < 0 || a.sentOf[f.persons[k].name.s] != a.sentOf[s] {
		return -1
	}
	if e := f.persons[k].name.e; a.is(e, "giao") || a.is(e, "bàn") && a.is(e+1, "giao") {
		return k
	}
	return -1
}

// rankEndingAt says whether a rank ends just before token e.
func rankEndingAt(f *found, e int) bool {
	return e < len(f.rankEnd) && f.rankEnd[e] >= 0
}

// rankAt returns the index in f.spans of the rank starting at token i,
// or -1. Ranks come first in f.spans, in text order.
func rankAt(f *found, i int) int {
	n := 0
	for n < len(f.spans) && f.spans[n].typ == Rank {
		n++
	}
	k, ok := slices.BinarySearchFunc(f.spans[:n], i, func(sp span, i int) int { return sp.s - i })
	if !ok {
		return -1
	}
	return k
}

// inChargeBefore returns the position whose "phụ trách …" (in charge
// of) clause ends just before token s, with no punctuation in it and up
// to 12 tokens long.
func (a *analysis) inChargeBefore(s int, posAt *positionIndex) (positionAt, bool) {
	for k := s - 1; k > 1 && s-k <= 12; k-- {
		if !a.next(k+1) || !a.toks[k].word && !a.is(k, "-") {
			return positionAt{}, false
		}
		if a.is(k, "trách") && a.is(k-1, "phụ") {
			return posAt.endingAt(k - 1)
		}
	}
	return positionAt{}, false
}

// postFor returns the position that "đối với" gives the person whose
// name starts at s ("… khóa XV đối với ông Lò Văn Phương"), past the
// term of the post, if any.
func (a *analysis) postFor(s int, posAt *positionIndex) (positionAt, bool) {
	j := a.pastAddress(s)
	if !a.is(j-1, "với") || !a.is(j-2, "đối") {
		return positionAt{}, false
	}
	for k, n := j-2, 0; k > 0 && n < 12; k, n = k-1, n+1 {
		if pa, ok := posAt.endingAt(k); ok {
			return pa, true
		}
		if t := a.toks[k-1]; !t.digits && !isRoman(a.w(k-1)) && !a.is(k-1, "khóa", "khoá", "nhiệm", "kỳ", "-", ",") {
			break
		}
	}
	return positionAt{}, false
}

// closesItem says whether the list item whose posts end at j ends there,
// maybe after the posts' term ("nhiệm kỳ 2011 - 2016"): at ';', at the
// sentence's end or at the line's.
func (a *analysis) closesItem(j int) bool {
	for k := j; k < a.n() && k-j <= 6; k++ {
		if !a.next(k) || a.is(k, ";", ".") {
			return true
		}
		if !(a.toks[k].digits || a.toks[k].roman || a.is(k, "-", "–", "khóa", "khoá", "nhiệm", "kỳ")) {
			return false
		}
	}
	return false
}

// itemEnd returns where the list item of the person whose name ends at e
// ends: past the posts the item gives after the name ("A - Chủ nhiệm Ủy
// ban Đối ngoại, B - …"), or e.
func (a *analysis) itemEnd(e int, posAt *positionIndex, held []bool) int {
	j := a.skipAside(e)
	if !a.is(j, "-", "–", ",", "(") || !a.next(j+1) {
		return e
	}
	if _, ok := posAt.at(j + 1); !ok {
		return e
	}
	// "A, Trưởng Ban … B": a post that ends at the next name is the next
	// item's; "A, Thứ trưởng Bộ Quốc phòng, Bí thư Tỉnh ủy B": so is the
	// last of a chain, and A's item ends at the comma before it.
	k := a.chainUntil(j+1, posAt, held, func(positionAt, bool) {})
	if k == j+1 {
		return e
	}
	if held[a.chainEnd(k, posAt)] && a.is(k-1, ",") {
		return k - 1
	}
	if a.is(j, "(") && a.is(k, ")") {
		k++
	}
	return k
}

// resolveReferences attaches a position named without a holder ("Đồng
// chí Phó Chính ủy yêu cầu …") to the one person it can mean: the only
// one named before it who holds a position that starts with it, or, when
// it opens a sentence, the person last named in the sentence before if
// they have no position yet. One pass in text order keeps it linear.
func (a *analysis) resolveReferences(f *found, posAt *positionIndex, used []bool) {
	// holders maps each word prefix of a held position to the person
	// holding it, or -2 when two different names do.
	// Only a position no one holds yet needs the holders' index.
	if !slices.ContainsFunc(posAt.list, func(pa positionAt) bool { return !used[pa.span] }) {
		return
	}
	holders := a.mem.holders()
	// lastInSent[s] is 1 + the person last named in sentence s so far.
	lastInSent := a.mem.int32s(a.sentOf[a.n()-1] + 2)
	next := 0
	for _, pa := range posAt.list {
		s := pa.s
		for ; next < len(f.persons) && f.persons[next].name.s <= s; next++ {
			p := &f.persons[next]
			lastInSent[a.sentOf[p.name.s]] = int32(next + 1)
			for _, ps := range p.positions {
				sp := f.spans[ps]
				a.addPrefixes(holders, a.key(sp.s, sp.e), next, f)
			}
		}
		if used[pa.span] {
			continue
		}
		holder, ok := holders[a.key(pa.s, pa.e)]
		if !ok {
			holder = a.extendedHolder(f, pa, holders)
		}
		opens := s == 0 || a.sentOf[s-1] != a.sentOf[s] || a.is(s-1, "chí") && a.is(s-2, "đồng")
		if holder == -1 && opens {
			if k := int(lastInSent[max(a.sentOf[s]-1, 0)]) - 1; a.sentOf[s] > 0 && k >= 0 && len(f.persons[k].positions) == 0 {
				holder = k
			}
		}
		if holder >= 0 {
			f.persons[holder].positions = append(f.persons[holder].positions, pa.span)
			used[pa.span] = true
			a.addPrefixes(holders, a.key(pa.s, pa.e), holder, f)
		}
	}
}

// extendedHolder returns the one person who holds a shorter form of the
// unheld position pa, the same title and body without the qualifier
// ("Bí thư Đảng ủy" for a later "Bí thư Đảng ủy Quân khu"), or -1.
func (a *analysis) extendedHolder(f *found, pa positionAt, holders map[string]int) int {
	for k := pa.e - 1; k > pa.title; k-- {
		prefix := a.key(pa.s, k)
		h, ok := holders[prefix]
		if !ok {
			continue
		}
		if h < 0 {
			return -1
		}
		for _, ps := range f.persons[h].positions {
			if sp := f.spans[ps]; sp.title < sp.e && a.key(sp.s, sp.e) == prefix {
				return h
			}
		}
		return -1
	}
	return -1
}

// addPrefixes records person k as a holder of every word prefix of the
// folded position pos.
func (a *analysis) addPrefixes(holders map[string]int, pos string, k int, f *found) {
	name := a.key(f.persons[k].name.s, f.persons[k].name.e)
	for i := 0; i <= len(pos); i++ {
		if i < len(pos) && pos[i] != ' ' {
			continue
		}
		prefix := pos[:i]
		if h, ok := holders[prefix]; !ok {
			holders[prefix] = k
		} else if h >= 0 && a.key(f.persons[h].name.s, f.persons[h].name.e) != name {
			holders[prefix] = -2
		}
	}
}

// key is the folded text of tokens [s, e).
func (a *analysis) key(s, e int) string {
	if s >= e {
		return ""
	}
	return a.keyText[a.toks[s].ks:a.toks[e-1].ke]
}

// dashWithin says whether a spaced dash stands in [s, e) on the line.
func (a *analysis) dashWithin(s, e int) bool {
	for k := s; k < e && k < a.n() && a.next(k); k++ {
		if a.spacedDash(k) {
			return true
		}
	}
	return false
}

// spacedDash says whether token i is a dash with spaces around it, as
// between a post and its holder ("Phó Tổng Giám đốc – Thiếu tướng A");
// a dash written tight joins the words of one name ("Lào-Việt").
func (a *analysis) spacedDash(i int) bool {
	return a.is(i, "-", "–") && !a.attached(i) && i+1 < a.n() && !a.attached(i+1)
}

// opensClause says whether token i begins a clause: the sentence starts
// there or punctuation comes before it, not a word such as "của" or
// "Thay mặt" that makes what follows someone else's office.
func (a *analysis) opensClause(i int) bool {
	return i == 0 || a.toks[i].brk || a.sentOf[i-1] != a.sentOf[i] || a.is(i-1, ",", ";", ":", "(", "-")
}

// careerSections gives the posts of a biography's dated lines to the
// person its heading names: "Quá trình công tác của Đại tướng Lê Đức
// Anh:", "Những chức vụ ông Trần Thanh Mẫn đã trải qua:", then lines
// such as "Từ 1/1951 – 1975: Tham mưu phó Bộ Tư lệnh Nam Bộ, …" or a
// date line "● 4-1979 – 6-1979:" whose posts follow on the next line.
// The heading names no one else; it ends with the name or a colon, or
// its career words lead straight to the name ("Dưới đây là QUÁ TRÌNH
// CÔNG TÁC của đồng chí X qua từng giai đoạn."). The section ends at the
// first line that starts with neither a period nor a list mark, or names
// a person.
func (a *analysis) careerSections(f *found, posAt *positionIndex, used []bool) {
	// The start of each token's line, found once: a paragraph dense in
	// names must not be walked again for each name.
	if len(f.persons) == 0 {
		return
	}
	lineStart, lineEnd := a.mem.int32s(a.n()), a.mem.int32s(a.n())
	for i := range lineStart {
		if i > 0 && !a.toks[i].brk {
			lineStart[i] = lineStart[i-1]
		} else {
			lineStart[i] = int32(i)
		}
	}
	for i := a.n() - 1; i >= 0; i-- {
		if i+1 < a.n() && !a.toks[i+1].brk {
			lineEnd[i] = lineEnd[i+1]
		} else {
			lineEnd[i] = int32(i + 1)
		}
	}
	for k := range f.persons {
		p := &f.persons[k]
		e := p.name.e
		endsLine := !a.next(e)
		aliasAfter := a.is(e, "(")
		start := int(lineStart[p.name.s])
		line := int(lineEnd[e-1])
		if (endsLine || aliasAfter) && a.noticeHead(start, p, f) {
			a.noticeParagraph(p, line, posAt, used)
			continue
		}
		// A heading names one person on its line.
		if k > 0 && f.persons[k-1].name.e > start || k+1 < len(f.persons) && f.persons[k+1].name.s < line {
			continue
		}
		words := a.careerHeading(start, p.name.s)
		if words < 0 {
			continue
		}
		near := p.name.s-words <= 4 // "… công tác của đồng chí | X"
		if !endsLine && !a.is(line-1, ":") && !near {
			continue
		}
		next, latest := k+1, -1
		for line < a.n() && a.opensCareerLine(line) {
			end := a.lineEnd(line)
			if a.is(end-1, ":") && end < a.n() && !a.opensCareerLine(end) {
				end = a.lineEnd(end) // the date line's posts
			}
			for next < len(f.persons) && f.persons[next].name.s < line {
				next++
			}
			if next < len(f.persons) && f.persons[next].name.s < end {
				break
			}
			a.takeLine(p, line, end, posAt, used)
			if r := lastRank(f, line, end); r >= 0 {
				latest = r
			}
			line = end
		}
		// A biography's latest rank is its subject's: "● 8-2023: Được
		// thăng quân hàm Thượng tướng."
		if p.rank < 0 && latest >= 0 {
			p.rank = latest
		}
	}
}

// lastRank returns the index in f.spans of the last rank in tokens
// [s, e), or -1.
func lastRank(f *found, s, e int) int {
	last := -1
	for k, r := range f.spans {
		if r.typ == Rank && r.s >= s && r.e <= e && (last < 0 || r.s > f.spans[last].s) {
			last = k
		}
	}
	return last
}

// postIsPerson gives a post the person a copula names after it: "Người
// ngồi vào ghế Chủ tịch PVN là ông Trần Sỹ Thanh", "Trưởng đoàn là Đại
// tá Lê Văn An".
func (a *analysis) postIsPerson(f *found, posAt *positionIndex, used []bool) {
	for k := range f.persons {
		p := &f.persons[k]
		s := a.pastAddress(p.name.s)
		if p.rank >= 0 && f.spans[p.rank].e <= s {
			s = min(s, f.spans[p.rank].s)
		}
		if !a.is(s-1, "là") || !a.next(s) || !a.next(s-1) {
			continue
		}
		if pa, ok := posAt.endingAt(s - 1); ok {
			takeFree(p, pa, used)
		}
	}
}

// careerLists gives a person the posts listed after "nhiều cương vị",
// "các chức vụ" in the same sentence: "ông Vương Quốc Tuấn đã trải qua
// nhiều cương vị như Bí thư Tỉnh Đoàn Bắc Ninh, Bí thư Thành ủy Bắc
// Ninh, …", or, with no one named before, to the person the sentence
// names after the list: "Qua các cương vị Tư lệnh Quân đoàn 3, cục
// trưởng Cục Quân lực rồi Hiệu trưởng …, Trung tướng Khuất Duy Tiến".
// The list ends at the sentence's end or the next rank or name.
func (a *analysis) careerLists(f *found, posAt *positionIndex, used []bool) {
	for i := 1; i+1 < a.n(); i++ {
		listed := a.is(i, "cương", "chức") && a.is(i+1, "vị", "vụ") && a.is(i-1, "các", "nhiều", "những")
		// "… Đồng Sĩ Nguyên …, từng công tác ở Tổng cục Chính trị, Tổng
		// tham mưu phó …; Chính ủy Quân khu 4; …": a career after "từng".
		held := a.is(i, "từng") && a.is(i+1, "giữ", "làm", "công", "đảm", "là", "kinh", "trải")
		if !listed && !held {
			continue
		}
		sent := a.sentOf[i]
		holder, end := -1, a.n()
		for k := range f.persons {
			s := f.persons[k].name.s
			if a.sentOf[s] != sent {
				continue
			}
			if s < i {
				holder = k
				continue
			}
			end = s // and clauseEnd stops at the holder's rank
			if holder < 0 {
				holder = k
			}
			break
		}
		// "Ông Thanh đã kinh qua nhiều chức vụ …": a person named short.
		for j := i - 1; holder < 0 && j >= 0 && a.sentOf[j] == sent; j-- {
			holder = a.shortHolder(j, f)
		}
		// "Đồng chí từng là …", "Ông từng giữ …": the person named last,
		// referred to by the word of address alone.
		if holder < 0 && (a.is(i-1, "chí") && a.is(i-2, "đồng") && a.opensClause(i-2) || a.is(i-1, "ông", "bà") && a.opensClause(i-1)) {
			for k := range f.persons {
				if f.persons[k].name.s < i {
					holder = k
				}
			}
		}
		if holder < 0 {
			continue
		}
		a.takeLine(&f.persons[holder], i+2, a.clauseEnd(i, end, f), posAt, used)
	}
}

// clauseEnd returns where the clause from token i ends: at end, the
// end of i's sentence, or the next rank, whichever comes first.
func (a *analysis) clauseEnd(i, end int, f *found) int {
	for j := i + 1; j < end; j++ {
		if a.sentOf[j] != a.sentOf[i] {
			end = j
		}
	}
	for _, r := range f.spans {
		if r.typ == Rank && r.s > i && r.s < end {
			end = r.s
		}
	}
	return end
}

// pronounPosts gives the person named last the posts of a clause whose
// subject is a bare "ông" or "bà", as biographies go on: "Ông Lê Huy Ngọ
// sinh năm 1938 … Từ tháng 6/1977 đến tháng 9/1983, ông là Ủy viên Ban
// Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Vĩnh Phú." The clause ends
// at its sentence's end or the next rank or name.
func (a *analysis) pronounPosts(f *found, posAt *positionIndex, used []bool) {
	k := -1 // the last person named before token i
	for i := 1; i+1 < a.n(); i++ {
		for k+1 < len(f.persons) && f.persons[k+1].name.s < i {
			k++
		}
		// "…, đồng chí làm Bí thư Tỉnh ủy Sóc Trăng", "bầu đồng chí làm
		// Ủy viên …": "đồng chí" alone before what the subject did.
		comrade := a.toks[i+1].kw == kwChi && a.is(i, "đồng") && !a.toks[i].capital && !a.is(i-1, "các", "những") && a.next(i+2) &&
			a.is(i+2, "làm", "giữ", "được", "là", "tái", "trúng", "từng", "đảm")
		if comrade && k >= 0 && f.persons[k].name.e <= i {
			end := a.n()
			if k+1 < len(f.persons) {
				end = f.persons[k+1].name.s
			}
			a.takeLine(&f.persons[k], i+2, a.clauseEnd(i, end, f), posAt, used)
			continue
		}
		if k < 0 || !a.is(i, "ông", "bà") || !a.opensClause(i) || !a.next(i+1) || !a.toks[i+1].word || a.toks[i+1].capital || a.toks[i+1].upper || f.persons[k].name.e > i {
			continue
		}
		end := a.n()
		if k+1 < len(f.persons) {
			end = f.persons[k+1].name.s
		}
		end = a.clauseEnd(i, end, f)
		// "ông được Thủ tướng trao tặng …": the post after "được" is the
		// giver's.
		for j := i + 1; j < end; j++ {
			if _, ok := posAt.at(j + 1); ok && a.is(j, "được", "bị", "do") {
				end = j
				break
			}
		}
		a.takeLine(&f.persons[k], i+1, end, posAt, used)
	}
}

// careerHeading returns where the words that announce a biography end
// in tokens [s, e), or -1: "Quá trình công tác của …", "Tóm tắt tiểu sử
// đồng chí …", "Những chức vụ ông … đã trải qua".
func (a *analysis) careerHeading(s, e int) int {
	for i := s; i+1 < e; i++ {
		switch {
		case a.is(i, "quá") && a.is(i+1, "trình") && a.is(i+2, "công", "hoạt"):
			return i + 4
		case a.is(i, "tiểu") && a.is(i+1, "sử"):
			return i + 2
		case a.is(i, "chức", "cương") && a.is(i+1, "vụ", "vị") && i > s && a.is(i-1, "những", "các"):
			return i + 2
		}
	}
	return -1
}

// opensCareerLine says whether the line starting at token i starts like an
// item of a career: a period ("Từ 1937 – 1945:", "Năm 1975", "Tháng
// 3/1980", "10/1948") or a list mark.
func (a *analysis) opensCareerLine(i int) bool {
	w := a.w(i)
	return a.is(i, "từ", "năm", "tháng", "-", "–", "+", "•", "●", "*") || w != "" && w[0] >= '0' && w[0] <= '9'
}

// placeExactly says whether tokens [s, e) are a listed place's name and
// nothing more: "Tỉnh ủy viên Thủ Dầu Một," names the province's city, not
// a person.
func (a *analysis) placeExactly(s, e int) bool {
	pe, _ := a.placeName(s)
	return pe == e
}

// noticeHead says whether person p, whom the caller found last on its
// line (or before an alias in brackets), stands alone on the line
// starting at token start, as an obituary notice names the deceased
// ("Đồng chí TRƯƠNG VĨNH TRỌNG"): only "đồng chí", "ông", "bà" or the
// rank before the name.
func (a *analysis) noticeHead(start int, p *personFact, f *found) bool {
	for i := start; i < p.name.s; i++ {
		inRank := p.rank >= 0 && i >= f.spans[p.rank].s && i < f.spans[p.rank].e
		if !inRank && !a.is(i, "đồng", "chí", "ông", "bà") {
			return false
		}
	}
	return true
}

// noticeParagraph gives person p the posts of the paragraph that follows
// a notice's heading line and opens with the birth ("Sinh ngày 11-11-1942;
// quê quán …; Ủy viên Bộ Chính trị khóa X; …"), after at most two lines
// in brackets (an alias).
func (a *analysis) noticeParagraph(p *personFact, line int, posAt *positionIndex, used []bool) {
	for skipped := 0; line < a.n(); skipped++ {
		end := a.lineEnd(line)
		if a.is(line, "(") && skipped < 2 {
			line = end
			continue
		}
		if !a.is(line, "sinh") || !a.is(line+1, "ngày", "năm") {
			return
		}
		a.takeLine(p, line, end, posAt, used)
		return
	}
}

// lineEnd returns the first token after i that starts a line, or n.
func (a *analysis) lineEnd(i int) int {
	j := i + 1
	for a.next(j) {
		j++
	}
	return j
}

// takeLine gives person p the positions in tokens [line, end) that no one
// holds yet.
func (a *analysis) takeLine(p *personFact, line, end int, posAt *positionIndex, used []bool) {
	for _, pa := range posAt.list {
		if pa.s >= line && pa.e <= end {
			takeFree(p, pa, used)
		}
	}
}

// bioFields open the fields of an obituary or a biography that come
// between a name and the posts: "quê quán", "trú tại", "thường trú".
var bioFields = map[string]bool{
	"quê quán": true, "trú tại": true, "thường trú": true, "nơi ở": true, "tham gia": true, "vào đảng": true,
	"sinh ngày": true, "sinh năm": true, "nhập ngũ": true, "chỗ ở": true, "nguyên quán": true,
}

// electionLists gives the post of a results heading to each person
// who opens one of the lines after it: "Về kết quả bầu Ủy viên Ủy ban
// Thường vụ Quốc hội:", then "Đồng chí Hà Ngọc Chiến: được 487 phiếu …"
// line by line, up to a line that opens with no one.
func (a *analysis) electionLists(f *found, posAt *positionIndex) {
	for i := 1; i+1 < a.n(); i++ {
		if !a.is(i, ":") || a.next(i+1) {
			continue
		}
		var post positionAt
		found := false
		for j := i - 1; j > 0 && j >= i-20 && a.next(j+1); j-- {
			if !a.is(j, "bầu") {
				continue
			}
			if pa, ok := posAt.at(j + 1); ok && pa.e <= i && pa.e >= i-3 {
				post, found = pa, true
			}
			break
		}
		if !found {
			continue
		}
		for line := i + 1; line < a.n(); {
			s := line
			if a.is(s, "-", "+", "*", "•") {
				s++
			}
			if a.is(s, "đồng") && a.is(s+1, "chí") {
				s += 2
			} else if a.is(s, "ông", "bà") {
				s++
			}
			if r, _ := a.longest(gazetteer.Rank, s); r > s {
				s = r
			}
			k, ok := slices.BinarySearchFunc(f.persons, s, func(p personFact, s int) int { return p.name.s - s })
			if !ok {
				break
			}
			if !slices.Contains(f.persons[k].positions, post.span) {
				f.persons[k].positions = append(f.persons[k].positions, post.span)
			}
			line = a.lineEnd(s)
		}
	}
}

// takeFree gives person p the position pa unless someone holds it.
func takeFree(p *personFact, pa positionAt, used []bool) {
	if !used[pa.span] {
		p.positions = append(p.positions, pa.span)
		used[pa.span] = true
	}
}

// namedWords are the nouns before "tên" that introduce a person by name:
// "một người đàn ông tên …", "đối tượng tên …", "người bạn có tên …".
var namedWords = map[string]bool{"người": true, "ông": true, "bà": true, "bạn": true, "tượng": true, "niên": true, "nữ": true, "gã": true, "có": true}

// namedBefore says whether the keyword at i, with the word before it,
// introduces a person's name: "bị cáo", "bị can", "đối tượng", or "tên"
// after a person's noun.
func (a *analysis) namedBefore(i int) bool {
	switch a.w(i) {
	case "cáo", "can":
		return a.is(i-1, "bị") && a.next(i-1)
	case "tượng":
		return a.is(i-1, "đối") && a.next(i-1)
	case "tên":
		return i > 0 && namedWords[a.w(i-1)] && a.next(i-1)
	}
	return false
}

// commonMiddleNames are the middle names (tên đệm) most Vietnamese names
// carry; after one, a capitalized word is a given name.
var commonMiddleNames = map[string]bool{"văn": true, "thị": true, "hữu": true, "đình": true, "xuân": true, "thanh": true, "minh": true, "ngọc": true, "quốc": true, "công": true, "đức": true, "bá": true, "trọng": true, "duy": true, "quang": true}

// rareSurnameName says whether the name [s, e) after a word of address
// is Vietnamese though its surname is not listed: three or four words,
// the second a common middle name, none in capitals.
func (a *analysis) rareSurnameName(s, e int) bool {
	if e-s < 3 || e-s > 4 || !commonMiddleNames[a.w(s+1)] {
		return false
	}
	for k := s; k < e; k++ {
		if a.toks[k].upper || !a.toks[k].word {
			return false
		}
	}
	return true
}
