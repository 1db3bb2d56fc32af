package recognize

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/gazetteer"
	"golang.org/x/text/unicode/norm"
)

// found is the recognizer's result for one document.
type found struct {
	spans   []span // ranks, organizations, locations, positions, persons
	persons []personFact
	// inOrg says which tokens lie inside an organization, after its first.
	inOrg []bool
	// rankEnd[e] is the span of the rank ending just before token e, or -1.
	rankEnd []int32
}

// positionAt is a position found at a token: [s, e) with the title part
// ending at title.
type positionAt struct {
	s, e, title int
	span        int // index in found.spans
}

// recognize runs the recognizer over the document's tokens: ranks,
// organizations, locations and positions first, each on its own, then
// persons (which need them) and the links between persons and the rest.
func (a *analysis) recognize() found {
	f := found{spans: a.mem.spans[:0]}
	defer func() { a.mem.spans = f.spans }()
	for i := range a.orgMemo {
		a.orgMemo[i] = unknown
		a.orgFull[i] = unknown
		a.nameMemo[i] = unknown
	}
	rankEnd := a.ranks(&f)
	f.rankEnd = rankEnd
	inOrg := a.organizations(&f)
	f.inOrg = inOrg
	a.locations(&f)
	posAt := a.positions(&f, inOrg)
	a.titlesInVenues(&f)
	a.titlesNamingMeetings(&f)
	f.persons = a.persons(&f, rankEnd, posAt, inOrg)
	for k := range f.persons {
		f.spans = append(f.spans, f.persons[k].name)
	}
	// A place or unit word inside a person's name is part of the name.
	// Spans are blanked, not removed: positions refer to them by index.
	inName := a.mem.bools(a.n())
	for _, p := range f.persons {
		for k := p.name.s; k < p.name.e; k++ {
			inName[k] = true
		}
	}
	for k, sp := range f.spans {
		if (sp.typ == Location || sp.typ == Organization) && anyIn(inName, sp.s, sp.e) {
			if a.chart.on {
				a.lose("persons", sp.typ, sp.s, sp.e, sp.rule, "inside a person's name", f.spans, a.spanOver(&f, Person, sp.s))
			}
			f.spans[k].typ = ""
		}
	}
	a.link(&f, posAt)
	a.mergeShortNames(&f, len(f.spans)-len(f.persons))
	return f
}

// mergeShortNames folds a mention by the last two words of a name given
// in full elsewhere ("Bộ trưởng Kim Tiến" after "Bộ trưởng Y tế Nguyễn
// Thị Kim Tiến") into that person, when exactly one full name
// ends so: its posts and rank go to the full name, and the short name is
// no person of its own. base is the index in f.spans of the first
// person's name.
func (a *analysis) mergeShortNames(f *found, base int) {
	merged := false
	for k := range f.persons {
		p := &f.persons[k]
		// Two words of a Vietnamese name, or a foreign surname alone
		// ("Bộ trưởng Mattis").
		short := p.name.e - p.name.s
		if short > 2 || a.words(p.name.s, p.name.e) != short {
			continue
		}
		tail := a.key(p.name.s, p.name.e)
		full := -1
		for q := range f.persons {
			// ("Thủ tướng Ấn Độ Modi" in a headline, the full name
			// after: either order.)
			if q == k {
				continue
			}
			n := f.persons[q].name
			if a.words(n.s, n.e) <= short || n.e-n.s <= short || a.key(n.e-short, n.e) != tail {
				continue
			}
			if full >= 0 && a.key(f.persons[full].name.s, f.persons[full].name.e) != a.key(n.s, n.e) {
				full = -2
				break
			}
			full = q
		}
		if full < 0 {
			// A surname alone is no person's name to report, unless an
			// honorific gives it ("Shri Rajnath") or the accused is
			// named so ("bị cáo Thongvang").
			if short == 1 && !a.honoredAt(p.name.s) && p.name.rule != "person.named" {
				f.spans[base+k].typ = ""
				p.name.typ = ""
				merged = true
			}
			continue
		}
		fp := &f.persons[full]
		for _, ps := range p.positions {
			if !slices.Contains(fp.positions, ps) {
				fp.positions = append(fp.positions, ps)
			}
		}
		if fp.rank < 0 {
			fp.rank = p.rank
		}
		f.spans[base+k].typ = ""
		p.name.typ = ""
		merged = true
	}
	if merged {
		f.persons = slices.DeleteFunc(f.persons, func(p personFact) bool { return p.name.typ == "" })
	}
}

// ranks adds every rank, in any case ("thiếu tướng Trương Ngọc Hơi"),
// and returns, for each token, the span of the rank ending just before
// it, or -1.
func (a *analysis) ranks(f *found) []int32 {
	rankEnd := a.mem.int32s(a.n() + 1)
	for i := range rankEnd {
		rankEnd[i] = -1
	}
	for i := 0; i < a.n(); i++ {
		if e, ent := a.longest(gazetteer.Rank, i); e > i {
			rankEnd[e] = int32(len(f.spans))
			f.spans = append(f.spans, span{typ: Rank, s: i, e: e, rule: ent.ID(), canon: ent.Canonical})
			i = e - 1
			continue
		}
		// "Tướng Valery Gerasimov", "tướng Xu Qiling", "Tướng Mỹ
		// Alexus Grynkewich": a foreign general, whose grade the news
		// leaves out.
		// ("Thủ tướng Narendra Modi" is a head of government.)
		if a.is(i, "tướng") && !a.is(i-1, "thủ", "tể") && a.foreignGeneral(i) {
			rankEnd[i+1] = int32(len(f.spans))
			f.spans = append(f.spans, span{typ: Rank, s: i, e: i + 1, rule: "rank.general", canon: "Tướng"})
		}
	}
	return rankEnd
}

// foreignGeneral says whether "tướng" at g names a foreign general: his
// name follows, or his country and then his name, or his surname alone
// once the text has given it in full.
func (a *analysis) foreignGeneral(g int) bool {
	s := g + 1
	if c := a.generalsCountry(g); c > 0 {
		s = c
	}
	return s < a.n() && a.next(s) && a.toks[s].capital && (a.foreignName(s) > s || a.foreignSurname(s))
}

// organizations adds the longest organization names, left to right, and
// returns which tokens lie inside one (after its first).
func (a *analysis) organizations(f *found) []bool {
	n := a.n()
	inOrg := a.mem.bools(n + 1)
	var defined []string // abbreviations bodies were given in brackets
	for i := 0; i < n; {
		e := a.org(i)
		// "Kiểm toán Nhà nước (KTNN) … KTNN khu vực IV": an
		// abbreviation given in brackets names the body alone later.
		rule := ""
		if e <= i && len(defined) > 0 {
			e, rule = a.definedAbbreviation(i, defined), "organization.defined"
		}
		// "lực lượng CSGT", "2 CSGT bị thương": the traffic police as a
		// force, named alone (inside a unit's name it is the unit's
		// field: "Đội CSGT Công an quận …").
		if e <= i && a.is(i, "csgt") && a.toks[i].upper {
			e, rule = i+1, "organization.force"
			// "CSGT Công an tỉnh Kon Tum", "CSGT huyện Quảng Xương": the
			// force of a police named by its place, or of a place.
			if a.next(e) && e < n && a.is(e, "công") && a.is(e+1, "an") {
				if o := a.org(e); o > e+2 {
					e = o
				}
			} else if a.next(e) && a.admin(e) > 0 {
				if p, _ := a.place(e); p > e+1 {
					e = p
				}
			}
		}
		// "lực lượng Cảnh sát giao thông", "trung tá cảnh sát giao
		// thông": the force in words, in either case (a name or a field
		// after it makes a unit: "Cảnh sát giao thông Trạm Suối Sâu",
		// "… giao thông đường bộ").
		if e <= i {
			// "phòng Cảnh sát giao thông": a unit's head written small.
			k := i
			if a.is(i, "phòng", "đội", "trạm") && !a.toks[i].capital && a.next(i+1) {
				k++
			}
			if a.is(k, "cảnh") && a.is(k+1, "sát") && a.is(k+2, "giao") && a.is(k+3, "thông") && a.next(k+1) && a.next(k+2) && a.next(k+3) && !(k+4 < n && a.next(k+4) && (a.toks[k+4].capital || a.is(k+4, "đường"))) {
				e, rule = k+4, "organization.force"
			}
		}
		if e <= i {
			// "Ban Chỉ đạo | điều hành …": a head noun that nothing
			// after it makes a name.
			if a.chart.on {
				if h, ent := a.longest(gazetteer.OrgHead, i); h > i && ent != nil && (a.toks[i].capital || a.toks[i].upper) {
					a.lose("organizations", Organization, i, h, ent.ID(), "a head noun that nothing after it names (no number, place, capitalized name or body)", nil, -1)
				}
			}
			i++
			continue
		}
		// "Thường trực Ban Bí thư Trần Cẩm Tú": a listed title that
		// starts with the standing body's word is a post, and the body
		// is what follows it.
		if a.is(i, "thường") && a.is(i+1, "trực") && a.has(gazetteer.Title, i) {
			a.lose("organizations", Organization, i, e, a.orgRule(i), "a listed post starts here (Thường trực …)", nil, -1)
			i += 2
			continue
		}
		// "Trung ương" alone names no body the golds list ("văn kiện
		// của Trung ương", "Hội nghị T.Ư 8"); inside a name it does.
		switch {
		case a.credit(i, e):
			a.lose("organizations", Organization, i, e, a.orgRule(i), "credits the news source", nil, -1)
		case a.is(i-1, "hùng") && a.is(i-2, "anh") && (a.key(i, e) == "lực lượng vũ trang nhân dân" || a.is(i, "llvt")):
			// "Anh hùng Lực lượng vũ trang nhân dân": a title of honour.
			a.lose("organizations", Organization, i, e, a.orgRule(i), "names a title of honour (Anh hùng …)", nil, -1)
		case e == i+2 && a.is(i, "ban", "bộ") && a.is(i+1, "chqs"):
			// "Ban CHQS", "Bộ CHQS": a military command of no level or
			// place is a kind of body, not one.
			a.lose("organizations", Organization, i, e, a.orgRule(i), "a command of no level or place", nil, -1)
		case a.bareCentral(i, e):
			a.lose("organizations", Organization, i, e, a.orgRule(i), "Trung ương alone names no body", nil, -1)
		case a.congressBodyAt(i):
			// "bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại
			// biểu": a congress's own bodies, which the golds leave out.
			a.lose("organizations", Organization, i, e, a.orgRule(i), "a congress's own body", nil, -1)
		default:
			// "Hội đồng Bầu cử quốc gia (HĐBC QG)": an abbreviation of
			// two or three words that spells the name.
			if a.is(e, "(") && a.next(e) {
				c := e + 1
				for c < a.n() && c < e+4 && a.toks[c].upper && a.next(c) {
					c++
				}
				if c > e+2 && a.is(c, ")") && a.initialsOf(i, e, e+1, c) {
					e = c + 1
				}
			}
			if c := a.bracketedAbbreviation(i, e); c != "" && len(defined) < 64 {
				defined = append(defined, c)
			} else if c := a.acronymEnding(i, e); c != "" && len(defined) < 64 {
				defined = append(defined, c)
			}
			if rule == "" {
				rule = a.orgRule(i)
			}
			f.spans = append(f.spans, span{typ: Organization, s: i, e: e, rule: rule, canon: a.canonicalName(i, e)})
			for k := i + 1; k < e; k++ {
				inOrg[k] = true
			}
			// The names that start inside the longest one lose to it.
			if a.chart.on {
				for k := i + 1; k < e; k++ {
					if o := a.org(k); o > k {
						a.lose("organizations", Organization, k, o, a.orgRule(k), "starts inside a longer organization, taken left to right", f.spans, len(f.spans)-1)
					}
				}
			}
		}
		i = e
	}
	return inOrg
}

// congressBodyAt says whether one of the bodies a congress elects to run
// itself starts at i: "Ban Thẩm tra tư cách đại biểu", "Đoàn Thư ký".
func (a *analysis) congressBodyAt(i int) bool {
	if a.is(i, "đoàn") && a.is(i+1, "thư") && a.is(i+2, "ký") {
		return !a.next(i+3) || i+3 >= a.n() || !a.toks[i+3].capital
	}
	return a.is(i, "ban") && a.is(i+1, "thẩm", "kiểm") && a.is(i+2, "tra") && a.is(i+3, "tư") && a.is(i+4, "cách")
}

// bracketedAbbreviation returns the key of the abbreviation in brackets
// inside the name [s, e), "(KTNN)", "(HĐBC QG)": one to three words in
// capitals; or "".
func (a *analysis) bracketedAbbreviation(s, e int) string {
	// "… (KTNN) khu vực IV": the brackets may stand before the name's
	// last words.
	for e > s+2 && !a.is(e-1, ")") {
		e--
	}
	if !a.is(e-1, ")") {
		return ""
	}
	for k := e - 2; k > s && k >= e-4; k-- {
		if a.is(k, "(") {
			if k == e-2 || !a.initialsOf(s, k, k+1, e-1) {
				// "Tổng Công ty Đầu tư và Kinh doanh vốn Nhà nước
				// (SCIC)": one word in English initials names the body
				// too, unless it spells the name's last words, a field
				// or a class of people ("Hội Cựu chiến binh (CCB)").
				// (Nor a place: "Bệnh viện Lê Văn Thịnh (TPHCM)".)
				if p, _ := a.placeName(k + 1); k == e-3 && p < 0 && a.toks[k+1].ke-a.toks[k+1].ks >= 3 && !a.toks[k+1].digits && !a.initialsOfTail(s, k, k+1) {
					return a.key(k+1, e-1)
				}
				return ""
			}
			return a.key(k+1, e-1)
		}
		if !a.toks[k].upper {
			return ""
		}
	}
	return ""
}

// initialsOf says whether the abbreviation [cs, ce) spells the initials
// of every word of the name [s, e): "Kiểm toán Nhà nước (KTNN)", not a
// part of it ("Bộ Tư lệnh Cảnh sát Cơ động (CSCĐ)") or something else
// ("Hội Cựu chiến binh (CCB)").
func (a *analysis) initialsOf(s, e, cs, ce int) bool {
	// The code's letters, read one by one across its words, against the
	// name's words' first letters; nothing is allocated.
	k, rest := cs, ""
	next := func() (rune, bool) {
		for rest == "" {
			if k >= ce {
				return 0, false
			}
			rest, k = a.w(k), k+1
		}
		r, n := utf8.DecodeRuneInString(rest)
		rest = rest[n:]
		return baseLetter(r), true
	}
	for j := s; j < e; j++ {
		if !a.toks[j].word {
			continue
		}
		r, _ := utf8.DecodeRuneInString(a.w(j))
		if c, ok := next(); !ok || c != baseLetter(r) {
			return false
		}
	}
	_, more := next()
	return !more
}

// acronymEnding returns the key of the acronym that ends the name [s,
// e) after its head noun, "Tổng công ty TCSG", "Hội đồng quản trị VIMC":
// one word in capitals, three letters or more, that no list knows; or
// "". The text may then name the body by it alone.
func (a *analysis) acronymEnding(s, e int) string {
	k := e - 1
	if k <= s || !a.toks[k].upper || a.toks[k].digits || a.toks[k].ke-a.toks[k].ks < 3 || a.attached(k) || !a.has(gazetteer.OrgHead, s) {
		return ""
	}
	// (No list knows it.)
	if len(a.hitsAt(k)) > 0 {
		return ""
	}
	if hs, _ := a.longest(gazetteer.OrgHead, s); hs < k || !companyHeads[a.key(s, hs)] {
		return ""
	}
	return a.key(k, e)
}

// companyHeads are the head nouns of companies and their boards, which
// an acronym names ("Tập đoàn VNPT"); after other heads an acronym is a
// field or a class of people ("Hội NNCĐDC", "Đoàn VĐV").
var companyHeads = map[string]bool{
	"công ty": true, "tổng công ty": true, "tập đoàn": true, "ngân hàng": true,
	"hđqt": true, "hội đồng quản trị": true, "hđtv": true, "hội đồng thành viên": true,
}

// initialsOfTail says whether the abbreviation at c spells the initials
// of the last words of the name [s, e).
func (a *analysis) initialsOfTail(s, e, c int) bool {
	for b := e - 1; b > s; b-- {
		if a.initialsOf(b, e, c, c+1) {
			return true
		}
	}
	return false
}

// baseLetter returns r without its tone and vowel marks, in lower case;
// "đ" stays, as abbreviations write it.
func baseLetter(r rune) rune {
	if r == 'đ' || r == 'Đ' {
		return 'đ'
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		r, _ = utf8.DecodeRune(d)
	}
	return unicode.ToLower(r)
}

// definedAbbreviation returns the end of an abbreviation at i that the
// document gave a body in brackets before, with the numbered area of a
// regional office ("KTNN khu vực IV"); or -1.
func (a *analysis) definedAbbreviation(i int, defined []string) int {
	// "825/BC-UBTVQH15": inside a document's code it names no body.
	if !a.toks[i].upper || a.is(i-1, "(") || a.attached(i) {
		return -1
	}
	for _, d := range defined {
		for e := i + 1; e <= i+3 && e <= a.n(); e++ {
			if a.key(i, e) != d || e < a.n() && a.next(e) && a.toks[e].upper || a.attached(e) {
				continue
			}

			// "TAQS Khu vực Quân khu 9", "KTNN khu vực IV": a regional
			// office by its area.
			if a.is(e, "khu") && a.is(e+1, "vực") && a.next(e) && a.next(e+2) {
				if o := a.org(e + 2); o > e+2 {
					return o
				}
				return max(e, a.tailCloser(e))
			}
			// "Đồn Biên phòng (ĐBP) Mỹ Thạnh Tây … ĐBP Mỹ Thạnh Tây": a
			// head noun's abbreviation, with the name after it.
			return max(e, a.unitNameAfter(e))
		}
	}
	return -1
}

// unitLevels rank the head nouns of bodies from the ministry down, so
// that a unit and the body above it joined by a dash read as one name;
// a head not listed has no level (-1).
var unitLevels = map[string]int{
	"bộ": 0, "chính phủ": 0,
	"tổng cục": 1, "quân khu": 1, "quân chủng": 1, "quân đoàn": 1, "binh chủng": 1, "bộ tư lệnh": 1, "bộ đội": 1,
	"bđbp": 1, "bộ chỉ huy": 1, "bộ chqs": 1, "công an": 1, "ubnd": 1, "ủy ban": 1, "uỷ ban": 1,
	"cục": 2, "sư đoàn": 2, "vụ": 2, "viện": 2, "trường": 2, "bệnh viện": 2, "trung tâm": 2, "đoàn": 2,
	"lữ đoàn": 2, "văn phòng": 2, "thanh tra": 2, "cơ quan": 2, "đảng ủy": 2, "đảng uỷ": 2,
	"phòng": 3, "trung đoàn": 3, "đội": 3, "ban": 3, "đồn": 3, "hải đội": 3, "tiểu đoàn": 3,
}

// unitLevel returns the level of the body whose name starts at i, by its
// head noun of two words or one, or -1.
func (a *analysis) unitLevel(i int) int {
	if i+1 < a.n() && a.next(i+1) {
		if l, ok := unitLevels[a.key(i, i+2)]; ok {
			return l
		}
	}
	if l, ok := unitLevels[a.w(i)]; ok {
		return l
	}
	return -1
}

// spanOver returns the index in f.spans of the span of type typ that
// holds token i, or -1. Only explain asks, so a scan will do.
func (a *analysis) spanOver(f *found, typ Type, i int) int {
	for k, sp := range f.spans {
		if sp.typ == typ && sp.s <= i && i < sp.e {
			return k
		}
	}
	return -1
}

// bareCentral says whether the organization [i, e) is "Trung ương"
// alone, written out or short.
func (a *analysis) bareCentral(i, e int) bool {
	// A document number's issuer ("05-CT/TW") stays a candidate, for the
	// law to take in and explain to show.
	if a.is(i-1, "/", "-") {
		return false
	}
	return e-i <= 3 && a.central(i) == e || e == i+2 && a.is(i, "trung") && a.is(i+1, "ương")
}

// credit says whether the organization [i, e) credits the news source
// rather than naming a body: an abbreviation, "(QĐND)" or "(Theo TTXVN)"
// ending a line, "(BBP) -", "(VOV5) -" or "CAND -" opening one, or the
// name alone on its line; or a paper named in full in "(Theo Công An
// Nhân Dân)" ending a line.
func (a *analysis) credit(i, e int) bool {
	// "Ảnh: Báo Quân đội nhân dân", "Nguồn tin: Báo Tiền Phong": a photo's
	// or a story's source, whatever its length.
	if a.is(i-1, ":") && i >= 2 && (a.toks[i-2].kw == kwAnh || a.is(i-2, "nguồn") || a.is(i-2, "tin") && a.is(i-3, "nguồn")) {
		return true
	}
	// "(Theo AFP, Reuters, Tripoli Post)" ending a line: every source
	// of the list.
	if a.is(i-1, ",") {
		for k := i - 2; k >= 0 && k >= i-16 && !a.toks[k+1].brk; k-- {
			if a.is(k, ")") {
				break
			}
			if a.is(k, "(") {
				if a.is(k+1, "theo", "nguồn") {
					for c := e; c < a.n() && c <= e+12; c++ {
						if a.is(c, ")") {
							return c+1 >= a.n() || a.toks[c+1].brk
						}
					}
				}
				break
			}
		}
	}
	// "HÀ NỘI (Sputnik) - Ngày 3/4": a dateline's agency.
	if a.is(i-1, "(") && a.is(e, ")") && a.is(e+1, "-", "–") && a.datelineBefore(i-1) {
		return true
	}
	if e > i+1 {
		// "(QK7 Online) - …": a site opening a line.
		if a.is(e, "online") && a.is(e+1, ")") && a.is(i-1, "(") && (i == 1 || a.toks[i-1].brk) {
			return true
		}
		// "(Theo Công An Nhân Dân)" ending a line; "(Báo Quảng Ngãi)-"
		// opening one.
		return a.is(e, ")") && (a.is(i-1, "theo") && a.is(i-2, "(") && (e+1 >= a.n() || a.toks[e+1].brk) ||
			a.is(i-1, "(") && (i == 1 || a.toks[i-1].brk) && a.is(e+1, "-", "–"))
	}
	if !a.toks[i].upper {
		return false
	}
	// "(VOV5)": a channel's number written onto its name; last is the
	// name's last token.
	last := i
	if i+1 < a.n() && a.toks[i+1].digits && a.attached(i+1) && a.is(i+2, ")") {
		last = i + 1
	}
	lineStart := func(k int) bool { return k == 0 || a.toks[k].brk }
	lineEnd := func(k int) bool { return k+1 >= a.n() || a.toks[k+1].brk }
	// "Nguồn: TTXVN", "Nguồn QĐND", "Theo TTXVN, …": where the news
	// came from.
	if k := i - 1; a.is(k, "nguồn") || a.is(k, ":") && a.is(k-1, "nguồn") || a.is(k, "theo") && a.is(i+1, ",") {
		return true
	}
	// "(Ảnh: Trọng Đức/TTXVN)", "(TTXVN/Vietnam+)": an agency written
	// onto a slash in a credit.
	// A document number's issuer ("05-CT/TW") follows a code instead.
	if a.is(i-1, "/") && a.attached(i) && i >= 2 && a.toks[i-2].word && !a.toks[i-2].upper && !a.toks[i-2].digits || a.is(i+1, "/") && a.attached(i+1) && a.is(i-1, "(") {
		return true
	}
	// "Ảnh: Quân Trang-TTXVN": an agency written onto a tight dash
	// after a photographer's name, at the line's end.
	if a.is(i-1, "-") && a.attached(i) && a.attached(i-1) && i >= 2 && a.toks[i-2].capital && !a.toks[i-2].upper && (last+1 >= a.n() || a.toks[last+1].brk) {
		return true
	}
	// "VOV.VN - …", "VTV.vn- …", "QĐND Online - …": a site's name
	// opening a line.
	// ("(QK7 Online) - …": in brackets.)
	if (lineStart(i) || a.is(i-1, "(") && lineStart(i-1)) && (a.is(i+1, ".") && a.attached(i+1) && a.is(i+2, "vn") && a.attached(i+2) || a.is(i+1, "online")) {
		return true
	}
	// "Ảnh: Ngọc Minh – TTXVN": an agency after a spaced dash that ends
	// a photo credit's line.
	if a.is(i-1, "-", "–") && lineEnd(last) && i >= 2 && a.toks[i-2].capital {
		for k := i - 2; k >= 0 && k >= i-8 && !a.toks[k+1].brk; k-- {
			if a.toks[k].kw == kwAnh && a.is(k+1, ":") {
				return true
			}
		}
	}
	open := i
	if a.is(i-1, "theo") {
		open = i - 1
	}
	if a.is(open-1, "(") && a.is(last+1, ")") {
		return lineEnd(last+1) || lineStart(open-1) || open < i
	}
	if lineStart(open) {
		return lineEnd(i) || a.is(i+1, "-") && a.next(i+1)
	}
	return open < i && lineEnd(i)
}

// datelineBefore says whether the words before token k, from the
// line's start, are a dateline's place in capitals ("HÀ NỘI").
func (a *analysis) datelineBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if !a.toks[j].upper {
			return false
		}
		if j == 0 || a.toks[j].brk {
			return true
		}
	}
	return false
}

// locations adds places, also inside organizations ("Bộ CHQS tỉnh Cà
// Mau"), and the rest of a list of places of one kind ("các xã Bình
// Thạnh, Bình Đông và Bình Hải").
func (a *analysis) locations(f *found) {
	inUnits := a.unitPlaces[:0] // indexes in f.spans of places found in units
	defer func() { a.unitPlaces = inUnits }()
	add := func(s, e int, ent *gazetteer.Entry, rule string) {
		// "nước Cộng hòa xã hội chủ nghĩa Việt Nam": a country's formal
		// name keeps its "nước", as the golds write it.
		// So does "nước CHDCND Lào", "nước Vương quốc Campuchia"; not
		// the "nước" of "Chủ tịch nước" or "Nhà nước", which is theirs.
		// Inside a body's name a short form is named bare ("Đại sứ quán
		// nước CHDCND Lào": the spec's gold).
		if ent != nil && ent.Kind == gazetteer.Country && formalCountry(ent) && a.is(s-1, "nước") && a.next(s) && !a.is(s-2, "tịch", "nhà") && (a.is(s, "cộng") || !f.inOrg[s-1]) {
			s--
		}
		sp := span{typ: Location, s: s, e: e, rule: rule}
		if ent != nil {
			sp.rule, sp.canon = ent.ID(), ent.Canonical
		}
		// A listed place a unit is named after is found twice, in the
		// unit and on its own: one mention, named by its list entry.
		for _, u := range inUnits {
			if f.spans[u].s == s && f.spans[u].e == e {
				f.spans[u] = sp
				return
			}
		}
		if rule == "location.unit" {
			inUnits = append(inUnits, len(f.spans))
		}
		// "các xã: …, Trường Sinh, …": an item of a list of places is
		// a place, though its first word heads bodies too.
		if rule == "location.list" {
			for k := range f.spans {
				if f.spans[k].typ == Organization && f.spans[k].s == s && f.spans[k].e == e {
					f.spans[k] = sp
					return
				}
			}
		}
		f.spans = append(f.spans, sp)
	}
	// "Lìa" in "Đồn Biên phòng Lìa": the place a unit is named after;
	// "Thạch Thành" in "Công an Thạch Thành": a listed district or
	// commune named bare.
	for _, sp := range f.spans {
		if sp.typ != Organization {
			continue
		}
		if h := a.namedPlace(sp.s, sp.e); h > 0 {
			add(h, sp.e, nil, "location.unit")
			continue
		}
		// A company's name past its first words is a brand ("Công ty CP
		// Đầu tư và Xây dựng Hưng Thành Đạt"), not where it is.
		reach := sp.s + 8
		if a.companyAt(sp.s) || a.companyAt(sp.s+1) {
			reach = sp.s + 4
			if !a.is(sp.s, "công") && !a.is(sp.s+1, "công") {
				reach = sp.s // "Doanh nghiệp tư nhân Trường Thành", "DNTN …"
			}
		}
		for h := sp.s + 1; h < sp.e && h <= reach; h++ {
			// The organization's end closes the unit, whatever follows
			// ("Huyện ủy Mường Lát | Hà Văn Lợi").
			// The cheap tests first: this runs over every body's words.
			if a.toks[h].capital && !a.toks[h].upper && a.unitListed(h, true) == sp.e && a.admin(h-1) < 0 && !namedAfter[a.w(h-1)] && !a.personAt(h) && !a.nameThrough(h, sp.e) {
				add(h, sp.e, nil, "location.unit")
				break
			}
		}
	}
	listAt := -1
	for i := 0; i < a.n(); {
		// "tại các xã, thị trấn: Cẩm Giang, Thạnh Đức (mỗi xã 1 căn), …":
		// plural administrative words and a colon before a list of
		// names, each a place.
		// So do a number's: "tại ba xã: Đồng Thịnh, Định Biên, Lam Vỹ",
		// "4 phường ven biển của quận Sơn Trà, gồm: Thọ Quang, …".
		// (A place between the word and the colon is read first.)
		if i == listAt {
			i, listAt = a.placesListed(i, add), -1
			continue
		}
		// (The cheap tests first: this runs for every token.)
		if i+1 < a.n() && (a.toks[i+1].kw == kwAdmin || a.toks[i+1].kw == kwThi) && a.next(i+1) && (a.toks[i].digits || smallNumbers[a.w(i)]) {
			if k := a.admin(i + 1); k > 0 {
				k = a.adminList(k)
				if c := a.listColon(k); c == k {
					i = a.placesListed(c+1, add)
					continue
				} else if c > 0 {
					listAt = c + 1
				}
			}
		}
		if a.is(i, "các") {
			if k := a.admin(i + 1); k > 0 {
				if k = a.adminList(k); a.is(k, ":") && a.next(k+1) {
					i = a.placesListed(k+1, add)
					continue
				}
			}
			// "các chùa: Săng Ke; Phothisach; Som Rông", "các bản: …".
			if k := a.placeHead(i + 1); k > 0 && a.admin(i+1) < 0 && a.is(k, ":") && a.next(k+1) {
				i = a.placesListed(k+1, add)
				continue
			}
		}
		e, ent := a.place(i)
		// "Hóc Môn - Đức Hòa": a listed district or commune longer than
		// the country it starts with.
		if ent != nil && ent.Kind == gazetteer.Country && e == i+1 && a.next(e) && e < a.n() && a.toks[e].capital && !a.toks[e].upper {
			if u := a.unitAny(i, true); u > e && !a.personAt(e) {
				e, ent = u, nil
			}
		}
		// "ở Nguyên Bình", "các huyện Cẩm Lệ, Hải Châu": a listed district
		// named bare, that starts its run of capitalized words and reads
		// as no person's name.
		if e <= i && a.toks[i].capital && (i == 0 || !a.next(i) || !a.toks[i-1].capital || !a.toks[i-1].word || a.is(i-1, "tại", "ở")) {
			u := a.unitAny(i, false)
			// "bản Tân Lập (Lóng Luông)": a listed commune in brackets,
			// alone or before its district, as news gives where a place
			// lies.
			if u <= i && a.is(i-1, "(") {
				if c := a.unitAny(i, true); c > i && a.is(c, ")", ",") {
					u = c
				}
			}
			// "quê ở Tĩnh Gia – Thanh Hóa", "xã Trường Lâm, Tĩnh Gia,
			// Thanh Hóa": or anywhere before the province it lies in.
			if u <= i && i > 0 && a.is(i-1, "ở", "tại", ",", "(") && a.provinceWithin(i+1, i+5) {
				if c := a.unitAny(i, true); c > i && a.is(c, ",", "-", "–") && a.next(c+1) && a.provinceAt(c+1) {
					u = c
				}
			}
			if u > i && !a.personAt(i) && !a.startsName(i) && !a.startsOther(i) {
				e = u
			}
		}
		// "biên giới Việt - Trung", "Hàn-Mỹ-Nhật": a country written
		// short, in a pair joined by a dash.
		if e <= i && a.countryPaired(i) {
			e = i + 1
		}
		if e <= i {
			i++
			continue
		}
		// "Ngô Đức Kế", "Lê Đức Thọ": a country's name between a surname
		// and another capitalized word is a middle name (a street's, where
		// no person was taken).
		if i > 0 && ent != nil && ent.Kind == gazetteer.Country && a.next(i) && a.next(e) && a.toks[i-1].capital && a.toks[e].capital && !a.toks[e].upper && a.has(gazetteer.Surname, i-1) {
			i = e
			continue
		}
		// "sông Tam Điệp", "đê Tam Điệp": a river or a dike named after
		// a place is no place (the spec leaves rivers out).
		if i > 0 && a.next(i) && waterworks[a.w(i-1)] && !a.toks[i-1].capital {
			i = e
			continue
		}
		// "vùng Tây Nguyên", "vùng Đồng bằng sông Hồng": a region keeps
		// the word that calls it one (not "tiểu vùng", "các vùng").
		if ent != nil && ent.Kind == gazetteer.Region && i > 0 && a.is(i-1, "vùng") && !a.toks[i-1].capital && a.next(i) && !a.is(i-2, "tiểu", "các") {
			add(i-1, e, nil, "location.region")
			i = e
			continue
		}
		// "miền nam Lebanon", "miền Nam nước Nga": a part of a country
		// named with the country is one place.
		if ent != nil && ent.Kind == gazetteer.Region && a.is(i, "miền") && e == i+2 && a.next(e) {
			k := e
			if a.is(k, "nước") && a.next(k+1) {
				k++
			}
			if c, ce := a.placeName(k); c > k && ce != nil && ce.Kind == gazetteer.Country && a.toks[k].capital {
				e, ent = c, nil
			}
		}
		// "về hướng Đông Bắc", "phía Tây bắc", "gió mùa Đông Bắc",
		// "Tây Tây Bắc": a listed region named by the compass alone is a
		// direction after these.
		if ent != nil && ent.Kind == gazetteer.Region && a.next(i) && a.compassOnly(i, e) && (a.is(i-1, "hướng", "phía", "mùa") || a.compassOnly(i-1, i)) {
			i = e
			continue
		}
		// "các tỉnh Quảng Ngãi, Gia Lai": a plural administrative word
		// belongs to the whole list, each place is its name alone.
		// So does a plural village or island word: "các đảo Sinh Tồn, Gạc
		// Ma".
		plural := -1
		if a.is(i-1, "các") {
			if plural = a.admin(i); plural < 0 && a.toks[i].kw == kwVillage && a.next(i+1) {
				plural = i + 1
			}
		}
		if plural > 0 {
			add(plural, e, ent, "location.list")
		} else if j := a.admin(i); a.toks[i].kw == kwThu && j > 0 && j < e && f.inOrg[i] {
			// "Bộ Tư lệnh Thủ đô Hà Nội": inside a body's name the place
			// is the city; "Thủ đô" is the command's.
			add(j, e, ent, "location.admin")
		} else if fe := a.facility(i); fe > i && e > fe {
			add(i, e, ent, "location.venue")
			a.facilityNoBody(f, i, fe)
		} else {
			add(i, e, ent, "location.admin")
		}
		if plural > 0 {
			for a.is(e, ",", "và") && a.next(e+1) && a.toks[e+1].capital && !a.startsOther(e+1) {
				pe, pent := a.placeName(e + 1)
				// "Đức Huệ": a listed commune longer than the country it
				// starts with.
				if u := a.unitAny(e+1, true); u > pe {
					pe, pent = u, nil
				}
				if pent == nil {
					pe = max(pe, a.capRun(e+1, 4))
				}
				// A full name of three words or more ends the list;
				// two are a place's ("các xã Điền Hương, Điền Môn": Điền
				// is a surname too).
				if a.startsName(e+1) && (a.nameEnd(e+1) > pe || pent == nil && a.nameEnd(e+1)-(e+1) >= 3) {
					break
				}
				if pe <= e+1 {
					break
				}
				add(e+1, pe, pent, "location.list")
				e = pe
			}
		}
		i = e
	}
	a.foreignPlacesAgain(f, add)
}

// foreignPlacesAgain adds the foreign places the text first names with
// their administrative word ("tỉnh Chungcheongnam") wherever it names
// them bare ("Tỉnh trưởng Chungcheongnam", "doanh nghiệp
// Chungcheongnam"): one word no Vietnamese syllable spells, which no
// list holds.
func (a *analysis) foreignPlacesAgain(f *found, add func(s, e int, ent *gazetteer.Entry, rule string)) {
	var known []string
	for _, sp := range f.spans {
		if sp.typ == Location && sp.rule == "location.admin" && sp.e-sp.s >= 2 && a.admin(sp.s) == sp.e-1 && a.foreignPlaceWord(sp.e-1) {
			known = append(known, a.w(sp.e-1))
		}
	}
	if len(known) == 0 {
		return
	}
	for k := 0; k < a.n(); k++ {
		// (Not where its administrative word names it already.)
		if !a.foreignPlaceWord(k) || !slices.Contains(known, a.w(k)) || a.attached(k) || k > 0 && a.admin(k-1) == k || k > 1 && a.admin(k-2) == k {
			continue
		}
		// Not a word of a longer name, unless a foreign name follows.
		if a.next(k+1) && k+1 < a.n() && a.toks[k+1].capital && a.foreignName(k+1) < 0 || a.next(k) && k > 0 && a.toks[k-1].capital && a.foreignName(k-1) > k {
			continue
		}
		add(k, k+1, nil, "location.known")
	}
}

// nameThrough says whether a person's name starts just before token h
// and ends at e: "Minh Đức" in "Trường PTTH chuyên ban Võ Minh Đức" is
// the end of a namesake's name, no commune.
func (a *analysis) nameThrough(h, e int) bool {
	for k := h - 1; k >= 0 && k >= h-2; k-- {
		if a.startsName(k) && a.nameEnd(k) == e {
			return true
		}
	}
	return false
}

// provinceWithin says whether a comma or dash and a listed province
// stand in [s, e) on the line: the cheap test before reading a unit.
func (a *analysis) provinceWithin(s, e int) bool {
	for k := s; k < e && k+1 < a.n() && a.next(k+1); k++ {
		if a.is(k, ",", "-", "–") && a.provinceAt(k+1) {
			return true
		}
	}
	return false
}

// provinceAt says whether a listed province's name starts at j.
func (a *analysis) provinceAt(j int) bool {
	p, ent := a.placeName(j)
	return p > j && ent != nil && ent.Kind == gazetteer.Province
}

// listColon returns the colon that opens the list a counted plural
// administrative word ending at k announces, right after it or after a
// few lower-case words and "gồm" ("4 phường ven biển của quận Sơn Trà,
// gồm:"), or -1.
func (a *analysis) listColon(k int) int {
	if a.is(k, ":") && a.next(k+1) {
		return k
	}
	for j := k; j < a.n() && j < k+10 && a.next(j); j++ {
		if a.is(j, "gồm", "là") && a.is(j+1, ":") && a.next(j+2) {
			return j + 1
		}
		if a.is(j, ".", ";", ":", "(") || a.toks[j].digits {
			return -1
		}
	}
	return -1
}

// placesListed adds the places of a list after "các xã:" from j: names,
// or places with their own administrative word ("thị trấn Gò Dầu"),
// joined by commas, semicolons or "và", each maybe followed by an aside
// in brackets. It returns where the list ends.
func (a *analysis) placesListed(j int, add func(s, e int, ent *gazetteer.Entry, rule string)) int {
	for items := 0; j < a.n() && items < 40 && a.next(j); items++ {
		if a.admin(j) > 0 {
			e, ent := a.place(j)
			if e <= j {
				return j
			}
			add(j, e, ent, "location.admin")
			j = e
		} else {
			// "… Phủ Lương, Trường Sinh, …": a listed commune may start
			// with a head noun.
			u := a.unitAny(j, true)
			if !a.toks[j].capital || a.toks[j].upper || a.startsOther(j) && u <= j {
				return j
			}
			e, ent := a.placeName(j)
			if u > e {
				e, ent = u, nil
			}
			if e <= j {
				e = a.capRun(j, 4)
			}
			if e <= j {
				return j
			}
			add(j, e, ent, "location.list")
			j = e
		}
		if a.is(j, "(") {
			// "xã Hải Thái (huyện Gio Linh)", "(trụ sở tại xã Thèn
			// Sin)": the aside may name where the place lies.
			for j < a.n() && a.next(j) && !a.is(j, ")") {
				if a.admin(j) > 0 {
					if e, ent := a.place(j); e > j {
						add(j, e, ent, "location.admin")
						j = e
						continue
					}
				}
				j++
			}
			j++
		}
		if !a.is(j, ",", ";", "và") || !a.next(j+1) {
			return j
		}
		j++
	}
	return j
}

// titlesNamingMeetings blanks the titles that name a meeting of their
// holders: "Hội nghị (hẹp) Bộ trưởng Quốc phòng ASEAN" is a meeting,
// and no one's post.
func (a *analysis) titlesNamingMeetings(f *found) {
	for k, sp := range f.spans {
		if sp.typ != Position {
			continue
		}
		h := sp.s - 1
		if a.is(h, "hẹp") {
			h--
		} else if a.is(h, "niên") && a.is(h-1, "thường") {
			h -= 2
		}
		if a.is(h, "nghị") && a.is(h-1, "hội") && !a.toks[sp.s].upper {
			if a.chart.on {
				a.lose("positions", sp.typ, sp.s, sp.e, sp.rule, "names a meeting (Hội nghị …)", nil, -1)
			}
			f.spans[k].typ = ""
		}
	}
}

// titlesInVenues blanks the titles inside a venue's name: the "Chủ
// tịch" of "Tượng đài Chủ tịch Hồ Chí Minh" is no one's post here.
func (a *analysis) titlesInVenues(f *found) {
	for _, v := range f.spans {
		if v.typ != Location || v.rule != "location.venue" {
			continue
		}
		for k, sp := range f.spans {
			if sp.typ == Position && sp.s > v.s && sp.e <= v.e {
				if a.chart.on {
					a.lose("positions", sp.typ, sp.s, sp.e, sp.rule, "inside a venue's name", f.spans, a.spanOver(f, Location, v.s))
				}
				f.spans[k].typ = ""
			}
		}
	}
}

// facilityNoBody blanks the organizations that a facility's type noun
// [s, te) starts or holds: "Nhà máy thủy điện Rào Trăng 3" is a place,
// and the "trường" of "Hội trường Viện kiểm sát …" is no school.
func (a *analysis) facilityNoBody(f *found, s, te int) {
	for k, sp := range f.spans {
		if sp.typ == Organization && sp.s >= s && sp.s < te {
			// The body the venue is named with stays: "Viện kiểm sát …".
			if sp.s > s && a.org(te) == sp.e {
				f.spans[k].s = te
				continue
			}
			if a.chart.on {
				a.lose("locations", sp.typ, sp.s, sp.e, sp.rule, "a facility's type noun", f.spans, a.spanOver(f, Location, s))
			}
			f.spans[k].typ = ""
		}
	}
}

// shortCountries are the first syllables that stand for a country in a
// pair joined by a dash: "Việt - Trung", "Hàn-Mỹ-Nhật", "Việt-Xô".
var shortCountries = map[string]bool{
	"việt": true, "trung": true, "hàn": true, "nhật": true, "ấn": true, "thái": true,
	"xô": true, "mỹ": true, "lào": true, "nga": true, "pháp": true, "anh": true,
	"úc": true, "đức": true, "triều": true, "miên": true, "cu": true,
}

// shortCompounds are words a short country's syllable starts, in which
// it is no country: "Lê Việt - Trung tâm …".
var shortCompounds = map[string]bool{
	"trung tâm": true, "trung ương": true, "trung đoàn": true, "trung đội": true, "trung tướng": true,
	"trung tá": true, "trung úy": true, "trung uý": true, "trung học": true, "trung cấp": true,
	"trung thu": true, "trung bộ": true, "trung du": true, "trung tuần": true, "trung sĩ": true,
	"thái bình": true, "nhật bản": true, "hàn quốc": true, "ấn độ": true, "anh hùng": true,
}

// countryPaired says whether token i is a country written short
// ("Việt", "Trung") that a dash joins to another country, short or
// whole, with no other capitalized word around the pair.
func (a *analysis) countryPaired(i int) bool {
	if !a.toks[i].capital || a.toks[i].upper || !shortCountries[a.w(i)] {
		return false
	}
	country := func(k int) bool {
		if k < 0 || k >= a.n() || !a.toks[k].capital {
			return false
		}
		if c, _ := a.longest(gazetteer.Country, k); c > k {
			return true
		}
		return shortCountries[a.w(k)] && !(k+1 < a.n() && a.next(k+1) && (a.toks[k+1].capital || shortCompounds[a.key(k, k+2)]))
	}
	dash := func(k int) bool { return k+1 < a.n() && a.is(k, "-", "–") && a.attached(k) == a.attached(k+1) }
	if i > 0 && a.next(i) && a.toks[i-1].capital && a.toks[i-1].word {
		return false
	}
	if i+1 < a.n() && a.next(i+1) && (a.toks[i+1].capital && a.toks[i+1].word || shortCompounds[a.key(i, i+2)]) {
		return false
	}
	return dash(i+1) && country(i+2) || i >= 2 && dash(i-1) && country(i-2)
}

// formalCountry says whether a listed country name is its state's formal
// name ("Cộng hòa …", "CHDCND Lào", "Vương quốc Anh", "Liên bang Nga").
func formalCountry(ent *gazetteer.Entry) bool {
	for _, p := range []string{"Cộng hòa ", "CH", "Vương quốc ", "Liên bang "} {
		if strings.HasPrefix(ent.Text, p) {
			return true
		}
	}
	return false
}

// compassOnly says whether [s, e) is only points of the compass
// ("Đông Bắc", "Tây").
func (a *analysis) compassOnly(s, e int) bool {
	if s < 0 || s >= e {
		return false
	}
	for k := s; k < e; k++ {
		if !a.is(k, "đông", "tây", "nam", "bắc") {
			return false
		}
	}
	return true
}

// waterworks are the lower-case nouns whose named rivers, streams,
// canals and dikes are not places.
var waterworks = map[string]bool{"sông": true, "suối": true, "kênh": true, "rạch": true, "đê": true}

// positions adds each title with the organization attached to it, outside
// organization names, and returns them indexed by token.
func (a *analysis) positions(f *found, inOrg []bool) *positionIndex {
	posAt := newPositionIndex(a.mem, a.n())
	for i := 0; i < a.n(); i++ {
		if inOrg[i] {
			// "Ban Chỉ huy Quân sự": a title word inside a body's name.
			if a.chart.on {
				if e, _, rule, _ := a.position(i); e > i {
					a.lose("positions", Position, i, e, rule, "inside an organization's name", f.spans, a.spanOver(f, Organization, i))
				}
			}
			continue
		}
		// "cơ quan Bộ Tư lệnh", "Đảng ủy, Bộ Tư lệnh": a command's bare
		// head noun, which names no body, holds no title either.
		if i > 0 && a.toks[i-1].capital && a.next(i) && a.is(i-1, "bộ") && a.is(i, "tư") && a.is(i+1, "lệnh") {
			continue
		}
		if e, te, rule, body := a.position(i); e > i {
			// "Phó Tư lệnh kiêm Tham mưu trưởng Quân khu 7": "kiêm"
			// without a comma joins one position (the spec's call), and
			// so does a dash: "Bí thư Đảng ủy-Chính ủy Quân khu 7".
			for a.is(e, "kiêm", "-", "–") && a.next(e) && a.next(e+1) {
				e2, _, _, _ := a.position(e + 1)
				if e2 <= e+1 {
					break
				}
				e = e2
			}
			posAt.add(positionAt{s: i, e: e, title: te, span: len(f.spans)})
			a.mem.positions = posAt.list
			f.spans = append(f.spans, span{typ: Position, s: i, e: e, rule: rule, title: te})
			// A bare head ("Trưởng | Ban Chỉ đạo") names no body.
			if body >= 0 && !a.orgWithin(inOrg, body, e) && !a.hitEnds(gazetteer.OrgHead, body, e) {
				f.spans = append(f.spans, span{typ: Organization, s: body, e: e, rule: "organization.in-position", canon: a.canonicalName(body, e)})
			}
			i = e - 1
		}
	}
	return posAt
}

// hitEnds says whether a hit of kind spans tokens [s, e) exactly.
func (a *analysis) hitEnds(kind gazetteer.Kind, s, e int) bool {
	for _, h := range a.hitsAt(s) {
		if h.Entry.Kind == kind && h.End == e && a.fits(h) {
			return true
		}
	}
	return false
}

// orgWithin says whether an organization found overlaps tokens [s, e):
// one goes on into them (inOrg) or starts among them.
func (a *analysis) orgWithin(inOrg []bool, s, e int) bool {
	for k := s; k < e; k++ {
		// "Trung ương" alone is no organization (see organizations).
		if o := a.org(k); inOrg[k] || o > k && !a.bareCentral(k, o) {
			return true
		}
	}
	return false
}

// positionIndex holds a document's positions in text order and finds
// them by start or end token. Positions never overlap, so each token
// starts and ends at most one.
type positionIndex struct {
	list []positionAt
	// byStart[i] and byEnd[i] are 1 + the index in list of the position
	// starting or ending at token i, 0 for none.
	byStart, byEnd []int32
}

func newPositionIndex(mem *arena, n int) *positionIndex {
	return &positionIndex{byStart: mem.int32s(n + 1), byEnd: mem.int32s(n + 1), list: mem.positions[:0]}
}

func (x *positionIndex) add(p positionAt) {
	x.list = append(x.list, p)
	x.byStart[p.s] = int32(len(x.list))
	x.byEnd[p.e] = int32(len(x.list))
}

// at returns the position starting at token i.
func (x *positionIndex) at(i int) (positionAt, bool) {
	if i < 0 || i >= len(x.byStart) || x.byStart[i] == 0 {
		return positionAt{}, false
	}
	return x.list[x.byStart[i]-1], true
}

// endingAt returns the position ending just before token i.
func (x *positionIndex) endingAt(i int) (positionAt, bool) {
	if i < 0 || i >= len(x.byEnd) || x.byEnd[i] == 0 {
		return positionAt{}, false
	}
	return x.list[x.byEnd[i]-1], true
}

// anyIn says whether any of flags[s:e] is set.
func anyIn(flags []bool, s, e int) bool {
	for k := s; k < e; k++ {
		if flags[k] {
			return true
		}
	}
	return false
}

// orgRule names what made the organization at i.
func (a *analysis) orgRule(i int) string {
	if e, ent := a.longest(gazetteer.Org, i); e > i {
		return ent.ID()
	}
	if e, ent := a.longest(gazetteer.OrgHead, i); e > i {
		return ent.ID()
	}
	if a.ministryCode(i) > i {
		return "organization.code"
	}
	if a.groupBrand(i) > i {
		return "organization.group"
	}
	return "organization"
}

// position returns the end of a position at i, the end of its title part
// and the rule that made it, or -1; body is where an unlisted body named
// in it starts ("Trưởng | phòng Khoa học Quân sự …", "Chủ nhiệm | UB
// các vấn đề xã hội"), which no list gives as an organization, or -1.
func (a *analysis) position(i int) (end, titleEnd int, rule string, body int) {
	start := i
	// "Phó …", "Quyền Bộ trưởng" (acting), and both: "Quyền Phó trợ lý
	// Ngoại trưởng".
	if a.is(i, "quyền") && a.next(i+1) {
		i++
	}
	// "phụ trách Chủ tịch kiêm phụ trách Tổng Giám đốc …": in charge as
	// the holder, before a capitalized title.
	if a.is(i, "phụ") && a.is(i+1, "trách") && a.next(i+2) && a.toks[i+2].capital && a.has(gazetteer.Title, i+2) {
		i += 2
	}
	// "đồng Chủ tịch Ủy ban Liên Chính phủ …": a co-chair (not the end
	// of "Hội đồng").
	if a.is(i, "đồng") && !a.is(i-1, "hội") && a.next(i+1) && a.toks[i+1].capital && a.has(gazetteer.Title, i+1) {
		i++
	}
	// A deputy's office listed whole ("Phó phòng", "Phó Tư lệnh về
	// Chính trị") keeps its "Phó".
	if a.is(i, "phó") && a.next(i+1) && !a.has(gazetteer.Title, i) {
		i++
	}
	// Most words start no title: answer them before any other lookup.
	if !a.has(gazetteer.Title, i) {
		return -1, -1, "", -1
	}
	// "Chủ tịch kiêm Tổng giám đốc (TGĐ) Tập đoàn": an abbreviation in
	// brackets spells the title before it.
	if i == start && a.toks[i].upper && a.is(i-1, "(") && a.is(i+1, ")") {
		return -1, -1, "", -1
	}
	// "Trung Quốc Vương Hộ Ninh": no title starts inside a place's name.
	if i == start && i > 0 && a.toks[i-1].capital && a.next(i) {
		if p, _ := a.placeName(i - 1); p > i {
			return -1, -1, "", -1
		}
	}
	// "Phủ Chủ tịch" is the palace, "Đoàn Chủ tịch" a congress's
	// presidium: no one's post.
	if i == start && a.is(i, "chủ") && a.is(i+1, "tịch") && a.is(i-1, "phủ", "đoàn") && i > 0 && a.toks[i-1].capital && a.next(i) {
		return -1, -1, "", -1
	}
	// "giữ chức vụ Trưởng Ban …": "vụ" closes "chức vụ", and the title
	// starts after it ("Vụ trưởng" is written capitalized).
	if i == start && a.is(i, "vụ") && !a.toks[i].capital && a.is(i-1, "chức", "nhiệm") {
		return -1, -1, "", -1
	}
	end, titleEnd, body = -1, -1, -1
	// "phó Bí thư": a deputy written small before a capitalized title.
	capital := a.toks[start].capital || a.toks[start].upper || a.is(start, "phó", "đồng") && start+1 < a.n() && a.toks[start+1].capital || a.is(start, "phụ") && a.toks[i].capital
	// "Đại sứ" is not a title inside "Đại sứ quán".
	headEnd, _ := a.longest(gazetteer.OrgHead, i)
	if o, _ := a.longest(gazetteer.Org, i); o > headEnd {
		headEnd = o
	}
	for _, h := range a.hitsAt(i) {
		if h.Entry.Kind != gazetteer.Title || !a.fits(h) || h.End < headEnd {
			continue
		}
		// "Đại biểu Quốc hội bấm nút …": the deputies as the clause's
		// subject are the assembly's members, no one's post.
		if a.key(start, h.End) == "đại biểu quốc hội" && (start == 0 || !a.next(start) || a.is(start-1, ":")) && a.next(h.End) && a.lowerWord(h.End) && !a.is(h.End, "khóa", "khoá") {
			continue
		}
		// A title that is also a body's name ("Thường vụ Quân ủy Trung
		// ương") is a post only in a chain of posts; "Thay mặt Thường
		// vụ Quân ủy Trung ương" names the body.
		if o, _ := a.longest(gazetteer.Org, i); o == h.End && !a.is(start-1, ",", "kiêm", "-", "–") {
			continue
		}
		// "các vị đại biểu Hội đồng nhân dân tỉnh", "các thành viên
		// Đảng ủy": a deputy or a member in lower case is one of the
		// audience, not a post.
		// Unless the members head a list of names: "Các thành viên Tổ
		// công tác gồm: Thứ trưởng …".
		// Nor the member of a governing body taken into it or named
		// one by one: "bổ sung thành viên UBND tỉnh", "các thành viên
		// Chính phủ thảo luận" (a team's or a delegation's members are
		// still the audience).
		if !capital && (a.is(start, "đại") && a.is(start+1, "biểu") || a.is(start, "thành") && a.is(start+1, "viên") && !a.memberOfGoverningBody(start, h.End)) && !a.membersListed(h.End) {
			continue
		}
		// A title ending in a head noun may share it with the body:
		// "Phó trưởng | Ban Tổ chức Trung ương", "Trưởng | Công an huyện
		// Con Cuông".
		if shared, o := a.sharedHead(h); shared > 0 {
			if o > end {
				end, titleEnd, rule, body = o, shared, h.Entry.ID(), -1
			}
			continue
		}
		t := h.End
		// "Phó bí thư thường trực", "Phó Tư lệnh thứ nhất", "Ủy viên
		// chuyên trách Ủy ban Kiểm tra".
		if a.next(t) && (a.is(t, "thường") && a.is(t+1, "trực") || a.is(t, "thứ") && a.is(t+1, "nhất") || a.is(t, "chuyên") && a.is(t+1, "trách")) {
			t += 2
		}
		// "Phó Giám đốc phụ trách Sở GD&ĐT", "Phó Giám đốc phụ trách, bác
		// sĩ …": a deputy in charge of the body, or in charge alone.
		if a.is(t, "phụ") && a.is(t+1, "trách") && a.next(t+1) && !a.toks[t].capital {
			// ("Phó Giám đốc phụ trách | giữ chức vụ …": a verb after.)
			if t+2 >= a.n() || !a.next(t+2) || !a.toks[t+2].word || a.personAt(t+2) || a.org(t+2) > t+2 || a.is(t+2, "giữ", "được", "làm", "nay") {
				t += 2
			}
		}
		// "Phó Trung đoàn trưởng về Chính trị": a deputy's branch of
		// command is part of the title; written small it needs no "về"
		// ("Phó Trung đoàn trưởng quân huấn").
		if a.is(start, "phó") && a.next(t) {
			b := t
			if a.is(t, "về") {
				b++
			}
			if (b > t || !a.toks[t].capital && !a.toks[t].upper) && a.next(b) && deputyBranches[a.key(b, min(b+2, a.n()))] {
				t = b + 2
			}
		}
		e, unit := -1, -1
		// (An honorific starts the holder's name: "Thủ tướng | Samdech
		// Techo Hun Sen".)
		if a.next(t) && a.toks[t].kw != kwHonor {
			// "Trợ lý Bộ trưởng Quốc phòng": an aide's title names the
			// office served.
			if (a.toks[t].capital || a.toks[t].upper) && aideTitles[a.key(h.Start, h.End)] {
				if pe, _, _, _ := a.position(t); pe > t {
					e = pe
				}
			}
			if e > 0 {
				// the office served is the body
			} else if c := a.countryNamed(t); c > t {
				// "Đại sứ đặc mệnh toàn quyền nước Cộng hòa Nhân dân
				// Trung Hoa", "Đại sứ Nhà nước Palestine".
				e = c
			} else if c, ent := a.placeName(t); c > t && ent != nil && (ent.Kind == gazetteer.Country || ent.Kind == gazetteer.Region && c > t+2 || ent.Kind == gazetteer.Province && governorTitles[a.key(h.Start, h.End)]) && a.toks[t].capital {
				// ("Phó tỉnh trưởng Svay Rieng": or the province a
				// governor heads.)
				// ("Tư lệnh Ấn Độ-Thái Bình Dương": or the region.)
				// "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
				// "Bộ trưởng Quốc phòng Trung Quốc": the country served.
				e = c
			} else if o := a.org(t); o > t {
				e = o
			} else if c := a.committeeNamed(t); c > t {
				// "Bí thư tỉnh ủy Đồng Nai", "Phó bí thư huyện ủy".
				e = c
			} else if p, _ := a.place(t); p > t && (a.admin(t) > 0 || a.is(t, "đảo", "chùa", "đền", "đình") && !a.toks[t].capital) {
				// "Bí thư quận Hồng Bàng": the Party or state post of a
				// place named by its administrative word; "Chỉ huy trưởng
				// đảo Trường Sa", of an island; "Trụ trì chùa Âng", of a
				// pagoda.
				e = p
			} else if fe := a.facility(t); fe > t && a.toks[t].capital && p > fe {
				// "Giám đốc Khu di tích lịch sử Đền Hùng", "Giám đốc Nhà
				// máy thủy điện Hòa Bình": the site the holder runs.
				e = p
			} else if b, _ := a.longest(gazetteer.OrgHead, t); b > t && a.toks[t].capital && !(a.startsName(t) && a.nameEnd(t) > b) && !a.fieldAt(t, b) {
				// A bare head names the speaker's own body: "Tư lệnh Quân
				// khu"; a unit named in lower case after it must end the
				// clause: "Đội trưởng Đội điều tra tổng hợp, …".
				e = a.lowerTail(b, true)
				if e > b {
					unit = t
				}
			} else if a.toks[t].capital && !a.startsName(t) && (a.nameEnd(t) < 0 || a.foreignPlaceWord(t) && a.nameParts(t+1, a.foreignName(t+1)) >= 2) && !a.foreignSurname(t) && !a.givenNameRef(t) && !a.startsKind(t, gazetteer.Rank, gazetteer.NonName) && !(a.is(t, "kỳ", "phiên") && a.is(t+1, "họp")) && !headOfState[a.key(i, h.End)] {
				// "Trưởng phòng Tùy viên Quốc phòng", "Trưởng phòng Kế
				// hoạch - Tài chính", "Giám đốc Chính sách quốc phòng
				// thuộc …": a unit not listed, with its lower-case tail.
				// A session ("Chủ tọa Kỳ họp") is no unit.
				// A country closes the name: "Bộ trưởng Quốc phòng Mỹ |
				// trong gần ba thập kỷ qua".
				r := a.enumerated(a.capRunAny(t, 4))
				// "Bộ trưởng Quốc phòng | Błaszczak", "Bộ trưởng Ngoại
				// giao | Sergei Lavrov": a foreign name ends the run.
				// So does an honorific: "Bộ trưởng Hoàng cung | Samdech …".
				for k := t + 1; k < r; k++ {
					if a.toks[k].kw == kwHonor || a.foreignSurname(k) || a.foreignName(k) > k {
						r = k
						break
					}
				}
				// "Trợ lý Chính trị | Tiểu đoàn Huấn luyện": a body that
				// starts inside the run and goes past it is the parent.
				for k := t + 1; k < r; k++ {
					if a.org(k) > r {
						r = k
						break
					}
				}
				if a.endsWithCountry(t, r) {
					e = r
				} else {
					e = a.unitTail(r)
				}
				// "Trưởng phòng Tham mưu": the title's head noun heads
				// the unit's name too; with none ("Bộ trưởng Quốc
				// phòng") the words name a ministry short, no body.
				if h.End-1 > start && a.hitEnds(gazetteer.OrgHead, h.End-1, h.End) {
					unit = h.End - 1
				}
				// "Phó phòng Nghiệp vụ Phòng Quản lý thể dục thể thao":
				// the unit's parent body right after it.
				if o := a.org(e); o > e && a.next(e) && e > t {
					e = o
				}
			}
		}
		// "Người phát ngôn của Bộ Công an", "Phó Tổng Giám đốc của
		// Viettel": a capitalized title and the body it serves after
		// "của".
		if e < 0 && capital && a.is(t, "của") && a.next(t+1) && a.toks[t+1].capital {
			if o := a.org(t + 1); o > t+1 {
				e = o
			}
		}
		// "Thuyền trưởng tàu BP 02.04.03", "thuyền trưởng Tàu Shun
		// Cheng": a captain of a ship named by its code or name.
		// "thuyền trưởng tàu cá (mang số hiệu) QNg-91369 TS": a fishing
		// boat by its registration.
		if e < 0 && shipTitles[a.key(i, h.End)] && a.is(t, "tàu") && a.next(t) {
			k := t + 1
			if a.is(k, "cá") && a.next(k+1) {
				k++
			}
			if a.is(k, "mang") && a.is(k+1, "số") && a.is(k+2, "hiệu") && a.next(k+3) {
				k += 3
			} else if a.is(k, "số") && a.is(k+1, "hiệu") && a.next(k+2) {
				k += 2
			}
			if se := a.shipName(k); se > k && (k == t+1 || a.digitsIn(k, se)) {
				e = se
			}
		}
		if e < 0 {
			// A lower-case title alone is a common noun, but for the
			// roles of a delegation and a session ("trưởng đoàn", "chủ
			// tọa"), which news writes in lower case.
			e = t
			if !capital && !lowerRoles[a.key(start, h.End)] {
				// "Hai phó giám đốc công an tỉnh là Đại tá A và …": an
				// office counted before the list of its holders.
				ce := a.countedOffice(start, t)
				// "các kiểm sát viên Trần Thị Liên, Phạm Văn Hiền và …":
				// an office held by the names listed right after it.
				if ce < 0 && a.is(start-1, "các") && a.next(start) && a.next(t) && a.startsName(t) {
					ce = t
				}
				if ce < 0 {
					continue
				}
				e = ce
			}
			// "Phó Chính ủy trung đoàn": the speaker's own unit, by its
			// echelon in lower case, named no further.
			if u, _ := a.longest(gazetteer.OrgHead, t); u >= t+2 && a.next(t) && a.lowerWord(t) && !(a.next(u) && (a.toks[u].capital || a.toks[u].upper || a.toks[u].digits)) {
				e = u
			}
			// "Đại sứ Ấn Độ": the country an envoy represents.
			if c, _ := a.longest(gazetteer.Country, t); c > t && a.next(t) && a.toks[t].capital {
				e = c
			}
			// "Trưởng phòng 2, Cục XIV": a title ending in a unit's head
			// noun, and the unit's number.
			if t == h.End && t < a.n() && a.next(t) && a.toks[t].digits && a.hitEnds(gazetteer.OrgHead, h.End-1, h.End) && !a.countedAfter(t+1) {
				if !(a.next(t+1) && t+1 < a.n() && a.toks[t+1].word) {
					e = t + 1
				} else if o := a.org(t + 1); o > t+1 && a.toks[t+1].capital {
					e = o // "Trưởng phòng 1 Thanh tra tỉnh Lai Châu": and the body it is of
				}
			}
			// "Chủ tịch xã", "Bí thư huyện": the office at a level named
			// by its bare administrative word.
			// "Chủ tịch tỉnh Nguyễn Văn Bình": so before the holder's
			// name, which no list holds as a place.
			if ad := a.admin(t); ad > t && capital && a.next(t) && !a.is(ad, "đoàn", "ủy", "uỷ", "đội") && (!(ad < a.n() && a.next(ad) && (a.toks[ad].capital || a.toks[ad].upper || a.toks[ad].digits)) || a.has(gazetteer.Surname, ad) && a.nameEnd(ad) >= ad+2 && a.unitAny(ad, true) <= ad) {
				if p, _ := a.placeName(ad); p <= ad {
					e = ad
				}
			}
			// "Bí thư An Giang": a province's Party committee named by
			// the province alone; "Chủ tịch Đà Nẵng" its government (not
			// "Chủ tịch Hồ Chí Minh", the President).
			if k := a.key(start, h.End); (k == "bí thư" || k == "phó bí thư" || (k == "chủ tịch" || k == "phó chủ tịch") && !a.is(t, "hồ")) && capital && a.next(t) && a.toks[t].capital {
				if p, _ := a.longest(gazetteer.Province, t); p > t {
					e = p
				}
			}
		}
		// "Đại sứ đặc mệnh toàn quyền của Việt Nam tại Trung Quốc": whose
		// envoy, with "của", before where.
		if a.is(e, "của") && a.next(e+1) {
			if c, _ := a.longest(gazetteer.Country, e+1); c > e+1 && a.is(c, "tại") {
				e = c
			}
		}
		// "… Ấn Độ tại Việt Nam": where a foreign post is held.
		// "Tổng Lãnh sự Việt Nam tại Vancouver": a foreign city no list
		// holds; "Trưởng Cơ quan đại diện Việt Nam ở nước ngoài".
		if a.is(e, "tại") && a.next(e+1) && a.endsWithCountry(t, e) {
			if p, _ := a.placeName(e + 1); p > e+1 {
				e = p
			} else if a.foreignPlaceWord(e+1) && !a.personAt(e+1) && a.foreignName(e+1) < 0 {
				e += 2
			}
		} else if a.is(e, "tại") && a.next(e+1) && e > t && (a.toks[e-1].upper || a.is(e-1, ")") && a.toks[e-2].upper) {
			// "Giám đốc Quốc gia Ngân hàng Thế giới (WB) tại Việt Nam",
			// "Trưởng đại diện UNICEF tại Việt Nam": the country an
			// international body's office serves.
			if p, ent := a.placeName(e + 1); p > e+1 && ent != nil && ent.Kind == gazetteer.Country {
				e = p
			}
		} else if a.is(e, "ở") && a.is(e+1, "nước") && a.is(e+2, "ngoài") && a.next(e+2) && a.endsWithCountry(t, e) {
			e += 3
		}
		// The longest position wins; on a tie, the shorter title (so the
		// longer organization: "Ủy viên | Thường vụ Quân ủy Trung ương").
		if e > end || e == end && t < titleEnd {
			end, titleEnd, rule, body = e, t, h.Entry.ID(), unit
		}
	}
	if end < 0 {
		return -1, -1, "", -1
	}
	return end, titleEnd, rule, body
}

// fieldAt says whether the head noun [t, b) is the first word of a
// longer field instead: "Khoa" in "Phòng Khoa học Quân sự".
func (a *analysis) fieldAt(t, b int) bool {
	e, _ := a.longest(gazetteer.NameTail, t)
	return e > b
}

// headIsField says whether the head noun at t is the first word of a
// longer field instead: "Khoa" in "Khoa học".
func (a *analysis) headIsField(t int) bool {
	b, _ := a.longest(gazetteer.OrgHead, t)
	return b > t && a.fieldAt(t, b)
}

// sharedHead returns where the body starts inside the title h when the
// title's last words are the head noun of an organization that goes on
// past the title, and the organization's end; 0, 0 when there is none.
func (a *analysis) sharedHead(h gazetteer.Hit) (int, int) {
	for k := h.Start + 1; k < h.End; k++ {
		if !a.toks[k].capital && !a.toks[k].upper && !a.toks[h.Start].capital {
			continue
		}
		if o := a.org(k); o > h.End {
			return k, o
		}
		// "Trưởng | Ban chỉ đạo": a bare head that goes on past the
		// title names the holder's own body.
		// The title's own words must end in that head: "Chính ủy | Ban
		// Chỉ huy" is no "Chính | Ủy ban".
		// Only where the clause goes on: a word after it names the body
		// further, which the caller reads ("Trưởng ban | Dân vận Trung
		// ương", "Trưởng phòng | Tham mưu tác chiến").
		if b, _ := a.longest(gazetteer.OrgHead, k); b > h.End && a.toks[h.Start].capital && a.hitEnds(gazetteer.OrgHead, k, h.End) && (!a.next(b) || !a.toks[b].word || a.verbAt(b)) {
			return k, b
		}
	}
	return 0, 0
}

// unitTail extends an unlisted unit's name at e through lower-case words
// up to what closes a name, or to where the clause goes on: punctuation,
// a verb, or a word linking it to its parent ("… quốc phòng thuộc Bộ
// Quốc phòng").
func (a *analysis) unitTail(e int) int {
	// "Trưởng phòng Giáo dục và Đào tạo | huyện Mường Chà": the place
	// the unit serves, by its administrative word.
	if a.next(e) && a.admin(e) > 0 {
		if p, _ := a.place(e); p > e {
			return p
		}
	}
	closed, open := a.tails(e)
	if closed > e {
		return closed
	}
	if open > e {
		return open
	}
	j := e
	for j < a.n() && j-e < 8 && a.lowerWord(j) {
		j++
	}
	if j > e && a.next(j) && joiners[a.w(j)] && !a.is(j, "và") {
		return j
	}
	return a.lowerTail(e, false)
}

// countedOffice returns the end of a lower-case office at [start, t)
// that a number before announces and "là" or "gồm" then lists the
// holders of ("Hai phó giám đốc công an tỉnh là Đại tá A và Thượng tá
// B"): the title and up to five lower-case words of its body; or -1.
func (a *analysis) countedOffice(start, t int) int {
	if start == 0 || !a.next(start) || !(a.toks[start-1].digits || smallNumbers[a.w(start-1)]) {
		return -1
	}
	// "cùng 5 Phó Chủ tịch, gồm bà A và các ông B, C".
	if a.is(t, ",") && a.is(t+1, "gồm") && a.namesListedAfter(t+1) {
		return t + 1
	}
	for e := t; e < a.n() && e-t <= 5 && a.next(e); e++ {
		if a.is(e, "là", "gồm") {
			if a.namesListedAfter(e) {
				return e
			}
			return -1
		}
		if !a.lowerWord(e) || a.verbAt(e) {
			return -1
		}
	}
	return -1
}

// membersListed says whether the body named at t, after members written
// in lower case, is followed by "gồm" or "là" and the list of its
// members' names.
func (a *analysis) membersListed(t int) bool {
	if !a.next(t) || !a.toks[t].capital {
		return false
	}
	if u, _ := a.longest(gazetteer.OrgHead, t); u <= t && a.org(t) <= t {
		return false
	}
	o := t + 1
	for ; o < a.n() && o-t <= 6 && a.next(o) && a.toks[o].word && !a.is(o, "gồm", "là"); o++ {
	}
	if a.is(o, ",") {
		o++
	}
	return a.is(o, "gồm", "là") && a.namesListedAfter(o)
}

// governingBodies are the bodies whose members hold a post by being
// members: a government, a people's committee, a steering committee, a
// council, a working group.
var governingBodies = map[string]bool{
	"chính phủ": true, "ubnd": true, "ủy ban nhân": true, "ban chỉ": true,
	"hội đồng": true, "hđqt": true, "hđtv": true, "tổ công": true, "trung ương": true,
}

// memberOfGoverningBody says whether the lower-case "thành viên" at
// start, its title ending at t, is a post: the body after it governs,
// or the member is made or counted one ("làm", "bổ sung", "từng").
func (a *analysis) memberOfGoverningBody(start, t int) bool {
	if !a.next(t) || !a.toks[t].capital && !a.toks[t].upper {
		return false
	}
	if a.is(start-1, "làm", "sung", "từng") {
		return true
	}
	return governingBodies[a.key(t, min(t+1, a.n()))] || governingBodies[a.key(t, min(t+2, a.n()))]
}

// namesListedAfter says whether a list of names starts after the "gồm"
// or "là" at o, maybe past a colon ("5 thứ trưởng là: thượng tướng A"):
// a capitalized word, a rank or a word of address.
func (a *analysis) namesListedAfter(o int) bool {
	k := o + 1
	if a.is(k, ":") {
		k++
	}
	return a.next(k) && (a.toks[k].capital || a.toks[k].upper || a.startsKind(k, gazetteer.Rank) || a.is(k, "ông", "bà", "các", "đồng"))
}

// shipTitles are a ship's officers, whose post names the ship.
var shipTitles = map[string]bool{"thuyền trưởng": true, "thuyền phó": true, "máy trưởng": true, "hạm trưởng": true}

// shipName returns the end of a ship's code or name at j ("BP 02.04.03",
// "CM 95205-TS", "Shun Cheng"), or -1: capitalized words, codes and
// numbers, up to six tokens.
func (a *analysis) shipName(j int) int {
	e := j
	for e < a.n() && e-j < 8 && (e == j || a.next(e) || a.attached(e)) {
		t := a.toks[e]
		switch {
		case t.upper || t.digits || t.capital && !a.personAt(e):
		case a.is(e, ".", "-") && a.attached(e) && e+1 < a.n() && a.attached(e+1) && (a.toks[e+1].digits || a.toks[e+1].upper):
		default:
			if e > j {
				return e
			}
			return -1
		}
		e++
	}
	if e > j {
		return e
	}
	return -1
}

// smallNumbers are the numbers news spells out before a counted office.
var smallNumbers = map[string]bool{
	"hai": true, "ba": true, "bốn": true, "năm": true, "sáu": true, "bảy": true, "tám": true, "chín": true, "mười": true,
}

// lowerRoles are titles news writes in lower case that still name a
// post: the roles of a delegation and of a session's chair.
var lowerRoles = map[string]bool{"trưởng đoàn": true, "phó trưởng đoàn": true, "chủ tọa": true, "chủ toạ": true, "cơ trưởng": true, "thuyền trưởng": true}

// headOfState are titles that head no unit: the capitalized words after
// them are the holder's name ("Ngoại trưởng Marc Knapper") unless a
// country (read above) names where the post is held.
var headOfState = map[string]bool{"tổng thống": true, "ngoại trưởng": true, "quốc vương": true, "nhà vua": true, "thái tử": true, "hoàng thái tử": true, "hoàng đế": true, "nữ hoàng": true, "thiên hoàng": true, "nhật hoàng": true}

// aideTitles are titles whose office is another's: "Trợ lý Bộ trưởng".
// deputyBranches are the branches of command a deputy may be named for.
var deputyBranches = map[string]bool{"chính trị": true, "quân sự": true, "kỹ thuật": true, "hậu cần": true, "tham mưu": true, "quân huấn": true, "nghiệp vụ": true}

var aideTitles = map[string]bool{"trợ lý": true, "thư ký": true, "phó trợ lý": true}

// governorTitles head a province or city abroad, which follows them
// bare: "Phó tỉnh trưởng Svay Rieng", "Thống đốc Okinawa".
var governorTitles = map[string]bool{"tỉnh trưởng": true, "phó tỉnh trưởng": true, "thống đốc": true, "phó thống đốc": true, "thị trưởng": true, "phó thị trưởng": true}

// lowerTail extends the name of an unlisted unit through the lower-case
// words official names often end in ("Phòng Cảnh sát điều tra tội phạm
// về ma túy"), but only when the run ends where a clause would: at
// punctuation, a line end, or a verb or linking word; otherwise the words
// are the sentence going on, and e stays. strict accepts only
// punctuation, a line end or a person's name.
func (a *analysis) lowerTail(e int, strict bool) int {
	j := e
	for j < a.n() && j-e < 8 && a.next(j) {
		t := a.toks[j]
		// "vấn đề" goes on a name where "đề nghị" ends it: the pairs
		// decide, not the first word alone.
		if !t.word || t.capital || t.upper || t.digits || a.verbAt(j) || addressWords[a.w(j)] || a.startsKind(j, gazetteer.Rank) || innerGeneric[a.key(j, min(j+2, a.n()))] || clauseJoiners[a.w(j)] || a.adverbOne(j) {
			break
		}
		j++
	}
	if j == e {
		return e
	}
	// "Chủ nhiệm UB các vấn đề xã hội | Trương Thị Mai": the official
	// whom the title and body name closes the body's name.
	// "Đội trưởng Đội vũ trang | đồng thời là …", "… | kiêm …": a second
	// post links to the first as a clause would.
	// "Ban Quản lý dự án lưới điện | thuộc EVNNPC": the parent after
	// "thuộc" closes the name too.
	if j == a.n() || !a.next(j) || !a.toks[j].word || a.personAt(j) || a.foreignName(j) > j || !strict && (a.verbAt(j) || a.org(j) > j) || a.is(j, "thuộc") && j+1 < a.n() && (a.toks[j+1].capital || a.toks[j+1].upper) ||
		a.is(j, "đồng") && a.is(j+1, "thời") || a.is(j, "kiêm") {
		return j
	}
	return e
}

// clauseJoiners start what is said of a body, never its name: "Hội đồng
// trường | theo quy định", "… | mà Bộ Y tế giao", "… | để …".
var clauseJoiners = map[string]bool{"theo": true, "mà": true, "để": true, "nhằm": true}

// addressWords stand before a name in address ("ông Nguyễn Văn A",
// "đồng chí …") and so belong to no body's name.
var addressWords = map[string]bool{"ông": true, "bà": true, "đồng": true, "anh": true, "chị": true}

// clauseWords end the lower-case tail of a unit's name: verbs that follow
// an official's title in news ("… cho biết", "… chủ trì") and words that
// link it to what comes next.
var clauseWords = map[string]bool{
	"cho": true, "phát": true, "nhấn": true, "chủ": true, "yêu": true, "đề": true, "khẳng": true,
	"báo": true, "trao": true, "tặng": true, "dự": true, "chúc": true, "ghi": true, "đánh": true,
	"thông": true, "chia": true, "kiểm": true, "đọc": true, "công": true, "trình": true, "tham": true,
	"đến": true, "tới": true, "và": true, "cùng": true, "đã": true, "đang": true, "sẽ": true,
	"được": true, "là": true, "có": true, "của": true, "tại": true, "với": true, "nhận": true,
	"làm": true, "giữ": true, "nói": true, "gửi": true, "đón": true, "thăm": true, "trực": true,
	"hội": true, "phụ": true, "tiếp": true, "họp": true, "ký": true, "khai": true, "bế": true, "tổ": true,
	"dẫn": true, "chỉ": true, "nghe": true, "gặp": true, "đi": true, "lãnh": true, "quyết": true,
	"gồm": true, "bao": true, "triển": true, "giao": true, "biểu": true, "thuộc": true, "thực": true,
	"xác": true, "kết": true, "giải": true,
}

// verbAt says whether the lower-case word at j starts a predicate or
// links a clause rather than going on a name: "cho biết", "đã", "tổ
// chức", "kiểm tra"; "phát triển", "kiểm soát", "giao thông" go on.
func (a *analysis) verbAt(j int) bool {
	w := a.w(j)
	// "Ban chỉ đạo": the body, where "… chỉ đạo" elsewhere is the verb.
	if w == "chỉ" && a.is(j-1, "ban") && a.is(j+1, "đạo") {
		return false
	}
	// "Đoàn ngoại giao", "công nghệ thông tin": the second half of a
	// noun.
	if w == "giao" && a.is(j-1, "ngoại") || w == "thông" && a.is(j-1, "nghệ") {
		return false
	}
	// "bầu cử", "ứng cử", "tuyển cử": nouns, where "cử" alone is sending.
	if w == "cử" && a.is(j-1, "bầu", "ứng", "tuyển") {
		return false
	}
	if seconds, ok := nounPairs[w]; ok && j+1 < a.n() && seconds[a.w(j+1)] {
		return false
	}
	// "Bộ Quốc phòng điều Sư đoàn 320 …", "điều động": sending, where
	// "điều tra", "điều hành" go on a name.
	if w == "điều" {
		return a.is(j+1, "động") || j+1 < a.n() && (a.toks[j+1].capital || a.toks[j+1].upper)
	}
	// "Công an tỉnh mới triệt phá", "Bộ Khoa học và Công nghệ mới":
	// just now, or new, said of the body; "nông thôn mới", "đô thị
	// mới", "chiến sĩ mới" go on a name.
	if w == "mới" {
		return !a.is(j-1, "thôn", "thị", "sĩ")
	}
	// "… do Bộ trưởng Công an | quy định": laying down, where "ắc quy"
	// and "quy hoạch" go on a name ("theo quy định": the rules).
	if w == "quy" {
		return a.is(j+1, "định") && !a.is(j-1, "theo")
	}
	if clauseWords[w] {
		if seconds, ok := verbPairs[w]; ok {
			return j+1 < a.n() && seconds[a.w(j+1)]
		}
		return true
	}
	return predicateWords[w]
}

// verbPairs narrow the clause words that also begin nouns in official
// names to the pairs in which they are verbs.
var verbPairs = map[string]map[string]bool{
	"phát":  {"biểu": true, "động": true, "hiện": true, "huy": true},
	"biểu":  {"dương": true, "quyết": true, "thị": true},
	"bao":   {"gồm": true},
	"triển": {"khai": true},              // not "phát triển"
	"thực":  {"hiện": true, "thi": true}, // not "thực phẩm", "thực tập"
	"xác":   {"định": true, "minh": true, "nhận": true},
	"kiểm":  {"tra": true},
	"thông": {"báo": true, "qua": true, "tin": true},
	"công":  {"bố": true},
	"trình": {"bày": true},
	"tham":  {"dự": true, "gia": true, "quan": true},
	"chủ":   {"trì": true},
	"hội":   {"đàm": true, "ý": true, "kiến": true, "phòng": true},
	"phụ":   {"trách": true},
	"tổ":    {"chức": true},
	"chỉ":   {"đạo": true, "rõ": true, "định": true, "thị": true},
	"lãnh":  {"đạo": true},
	"quyết": {"định": true},
	"đề":    {"nghị": true, "xuất": true, "ra": true, "cập": true},
	"báo":   {"cáo": true},
	"đánh":  {"giá": true},
	"chia":  {"sẻ": true},
	"khai":  {"mạc": true, "giảng": true},
	"bế":    {"mạc": true, "giảng": true},
	"trực":  {"tiếp": true},
	"kết":   {"luận": true, "thúc": true}, // not "kết nghĩa", "kết nối"
	"giải":  {"thể": true, "quyết": true}, // not "giải phóng", "giải cứu"
}

// nounPairs are the pairs in which a clause word begins a noun: "dự
// án" (a project), "dự thảo" (a draft), "trình độ".
var nounPairs = map[string]map[string]bool{
	"dự":     {"án": true, "thảo": true, "toán": true, "báo": true, "bị": true, "trữ": true, "khuyết": true, "kiến": true, "phòng": true},
	"trình":  {"độ": true},
	"đi":     {"bộ": true},
	"đồng":   {"chí": true, "bào": true},
	"bầu":    {"cử": true},
	"thương": {"binh": true, "bệnh": true},
	"tiến":   {"bộ": true, "độ": true, "sĩ": true},
	"giao":   {"thông": true, "dịch": true, "lưu": true, "nhận": true, "tiếp": true, "hữu": true, "liên": true, "thương": true},
}

// predicateWords are further words that begin a predicate after a
// body's name in news: "… bắt giữ", "… vừa tổ chức", "… tiếp nhận".
var predicateWords = map[string]bool{
	"bắt": true, "triệt": true, "vừa": true, "cũng": true, "luôn": true,
	"tuyên": true, "ra": true, "đưa": true, "hỗ": true,
	"tiến": true, "lấy": true, "thu": true, "giúp": true, "mang": true,
	"nêu": true, "chào": true, "phải": true, "cần": true, "nên": true, "không": true, "chưa": true, "vẫn": true,
	"đồng": true, "xin": true, "mời": true, "trả": true, "ban": true, "bàn": true, "bầu": true,
	"đạt": true, "nghỉ": true, "cử": true, "xem": true,
}

// countryNamed returns the end of a country named with "nước" or "Nhà
// nước" at t ("nước Cộng hòa Nhân dân Trung Hoa"), or by a republic's
// formal name no list holds, or -1.
func (a *analysis) countryNamed(t int) int {
	k := t
	if a.is(k, "nhà") && a.is(k+1, "nước") && a.next(k+1) {
		k++
	}
	if !a.is(k, "nước") || !a.next(k+1) || !a.toks[k+1].capital {
		// "Tổng thống Cộng hòa Nicaragua": a republic no list holds,
		// named without "nước".
		if c, _ := a.republic(t); c > t {
			return c
		}
		return -1
	}
	if c, ent := a.placeName(k + 1); c > k+1 && ent != nil && ent.Kind == gazetteer.Country {
		return c
	}
	if c, _ := a.republic(k + 1); c > k+1 {
		return c
	}
	return -1
}

// endsWithCountry says whether tokens [s, e) end with a country's name.
func (a *analysis) endsWithCountry(s, e int) bool {
	return a.endsWithKind(s, e, gazetteer.Country)
}

// endsWithKind says whether a listed place of the kind ends tokens [s,
// e), starting at most four tokens back.
func (a *analysis) endsWithKind(s, e int, kind gazetteer.Kind) bool {
	for k := e - 1; k >= s && k >= e-4; k-- {
		if c, ent := a.placeName(k); c == e && ent != nil && ent.Kind == kind {
			return true
		}
	}
	return false
}

// canonicalName writes an organization's name with listed abbreviations
// and variants expanded and Roman unit numbers in digits, so that "QK7",
// "Quân khu VII" and "Quân khu 7" compare equal; "" when nothing changes.
func (a *analysis) canonicalName(s, e int) string {
	src := a.source
	// The name is built in a buffer kept across calls, and becomes a
	// string only when it differs from the text.
	b := a.mem.text[:0]
	defer func() { a.mem.text = b }()
	changed, lastExpanded := false, false
	for k := s; k < e; {
		if k > s {
			gap := src[a.toks[k-1].se:a.toks[k].ss]
			if gap == "" && lastExpanded {
				gap = " "
			}
			b = append(b, gap...)
		}
		// A bracketed abbreviation repeats the name: "Bộ Tư lệnh (BTL)".
		if a.is(k, "(") && k+2 < e && a.toks[k+1].upper && a.is(k+2, ")") {
			k += 3
			changed = true
			continue
		}
		end, ent := -1, (*gazetteer.Entry)(nil)
		for _, h := range a.hitsAt(k) {
			if (h.Entry.Kind == gazetteer.Org || h.Entry.Kind == gazetteer.OrgHead) && h.End <= e && h.End > end && a.fits(h) {
				end, ent = h.End, h.Entry
			}
		}
		lastExpanded = false
		switch {
		case ent != nil && ent.CanonicalKey() != a.key(k, end):
			b = append(b, ent.Canonical...)
			changed, lastExpanded = true, true
			k = end
		case a.toks[k].roman && k > s && !a.toks[k].digits && !(k+1 < e && a.attached(k+1) && a.toks[k+1].digits):
			b = strconv.AppendInt(b, int64(romanValue(a.w(k))), 10)
			changed = true
			k++
		default:
			b = append(b, src[a.toks[k].ss:a.toks[k].se]...)
			k++
		}
	}
	if !changed {
		return ""
	}
	return joinFields(b)
}

// joinFields is strings.Join(strings.Fields(b), " ") in one pass and
// one allocation.
func joinFields(b []byte) string {
	if singleSpaced(b) {
		return string(b)
	}
	var out strings.Builder
	out.Grow(len(b))
	space := false
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if unicode.IsSpace(r) {
			space = true
		} else {
			if space && out.Len() > 0 {
				out.WriteByte(' ')
			}
			space = false
			out.Write(b[:size])
		}
		b = b[size:]
	}
	return out.String()
}

// singleSpaced says whether b has no white space but single ASCII spaces
// between words, so that joinFields would give it back as it is. Bytes
// that may begin a Unicode space (U+0085, U+00A0, U+1680, U+2000 …,
// U+3000) send it the long way.
func singleSpaced(b []byte) bool {
	for i, c := range b {
		switch {
		case c == ' ':
			if i == 0 || i == len(b)-1 || b[i-1] == ' ' {
				return false
			}
		case c < 0x20, c == 0xC2, c == 0xE2, c == 0xE3:
			return false
		case c == 0xE1 && (i+1 == len(b) || b[i+1] != 0xBA && b[i+1] != 0xBB):
			return false
		}
	}
	return true
}

// romanDigit is the value of a lower-case Roman digit.
func romanDigit(c byte) int {
	switch c {
	case 'i':
		return 1
	case 'v':
		return 5
	case 'x':
		return 10
	}
	return 0
}

// romanValue reads a lower-case Roman numeral that isRoman accepted.
func romanValue(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		v := romanDigit(s[i])
		if i+1 < len(s) && romanDigit(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// digitsIn says whether a number is among tokens [s, e): a boat's
// registration ("QNg-91369 TS") has one, a country's name none.
func (a *analysis) digitsIn(s, e int) bool {
	for k := s; k < e; k++ {
		if a.toks[k].digits {
			return true
		}
	}
	return false
}
