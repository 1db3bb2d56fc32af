package pipeline

import ()

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
func (a *analysis) persons(rankEnd map[int]int, posAt map[int]positionAt, inOrg []bool) []personFact {
	n := a.n()
	byStart := map[int]int{}
	var out []personFact
	add := func(s, rank int) {
		e := a.nameEnd(s)
		if e < 0 {
			return
		}
		if k, ok := byStart[s]; ok {
			if rank >= 0 {
				out[k].rank = rank
			}
			return
		}
		byStart[s] = len(out)
		out = append(out, personFact{name: span{typ: Person, s: s, e: e, rule: "person"}, rank: rank})
	}
	posEnd := map[int]positionAt{}
	for _, p := range posAt {
		posEnd[p.e] = p
	}
	for i := 0; i < n; i++ {
		// After a rank, past honorifics: "Trung tướng, PGS, TS Trần Việt Khoa".
		if r, ok := rankEnd[i]; ok && a.next(i) {
			if j := a.skipHonorifics(i); a.next(j) {
				add(j, r)
			}
		}
		// Right after a position: "Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý".
		if _, ok := posEnd[i]; ok && a.next(i) && a.startsName(i) {
			add(i, -1)
		}
		switch a.toks[i].w {
		case "chí": // đồng chí
			if a.is(i-1, "đồng") {
				j := i + 1
				if a.is(j, ":") {
					j++
				}
				if a.next(j) {
					add(j, -1)
				}
			}
		case "ông", "bà":
			if a.next(i+1) && a.startsName(i+1) {
				add(i+1, -1)
			}
		case "ảnh":
			if a.is(i+1, ":") && a.next(i+2) {
				add(i+2, -1)
			}
		case ";", ":":
			// A list item: "…; Mai Văn Chính, Ủy viên Trung ương Đảng".
			j := i + 1
			if e := a.nameEnd(j); e > j && a.next(j) && (a.is(e, ",", "-")) {
				k := e + 1
				if a.is(k, "nguyên") {
					k++
				}
				if _, ok := posAt[k]; ok {
					add(j, -1)
				}
			}
		}
	}
	// Surname-led names standing alone: three words or more.
	for i := 0; i < n; i++ {
		if _, ok := byStart[i]; ok || inOrg[i] {
			continue
		}
		if !a.startsName(i) || i > 0 && noPersonBefore[a.toks[i-1].w] {
			continue
		}
		if e := a.nameEnd(i); e-i >= 3 && !a.covered(i, e, posAt) {
			add(i, -1)
			i = e - 1
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

// covered says whether [s, e) overlaps a position.
func (a *analysis) covered(s, e int, posAt map[int]positionAt) bool {
	for _, p := range posAt {
		if s < p.e && p.s < e {
			return true
		}
	}
	return false
}

func sortFacts(ps []personFact) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].name.s < ps[j-1].name.s; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// link gives each person mention the positions the text attaches to it:
// the position right before the name, the chain after it ("A, Bí thư
// Đảng ủy, Chính ủy Quân khu 7"), one announced later in the clause
// ("… bổ nhiệm làm Chỉ huy trưởng …"), a list header ("các Phó Chủ nhiệm
// Tổng cục Chính trị: A; B; C"), and later references by title alone
// when exactly one person fits.
func (a *analysis) link(f *found, posAt map[int]positionAt) {
	used := map[int]bool{}
	posEnd := map[int]positionAt{}
	for _, p := range posAt {
		posEnd[p.e] = p
	}
	rankStart := map[int]bool{}
	for _, sp := range f.spans {
		if sp.typ == Rank {
			rankStart[sp.s] = true
		}
	}
	nameStart := map[int]bool{}
	for _, p := range f.persons {
		nameStart[p.name.s] = true
	}
	for k := range f.persons {
		p := &f.persons[k]
		p.former = map[int]bool{}
		take := func(pa positionAt, former bool) {
			p.positions = append(p.positions, pa.span)
			if former {
				p.former[pa.span] = true
			}
			used[pa.span] = true
		}
		if pa, ok := posEnd[p.name.s]; ok {
			take(pa, false)
		}
		// The chain after the name.
		j := p.name.e
		if a.is(j, ",", "-", ":") && a.next(j+1) {
			j = a.chain(j+1, posAt, take)
		}
		// Positions announced later in the same clause.
		for steps := 0; j < a.n() && steps < 20 && a.next(j); steps++ {
			if a.is(j, ";", ".", "?", "!") || rankStart[j] || nameStart[j] {
				break
			}
			if a.is(j, "làm", "chức", "vị") {
				if _, ok := posAt[j+1]; ok {
					j = a.chain(j+1, posAt, take)
					continue
				}
			}
			j++
		}
	}
	// List headers: a position followed by ':' goes to every person who
	// heads an item of the list, up to the end of the sentence.
	for _, pa := range posAt {
		if !a.is(pa.e, ":") {
			continue
		}
		for k := range f.persons {
			p := &f.persons[k]
			if p.name.s <= pa.e || a.sentOf[p.name.s] != a.sentOf[pa.e] || !a.headsItem(p, pa.e, f) {
				continue
			}
			p.positions = append(p.positions, pa.span)
			used[pa.span] = true
		}
	}
	a.resolveReferences(f, posAt, used)
	a.promotions(f)
}

// promotions gives the new rank to persons named without one in a
// sentence that announces a promotion ("… được nâng quân hàm từ Đại tá
// lên Thiếu tướng …: A, B, C"): the rank after "lên".
func (a *analysis) promotions(f *found) {
	promoted := map[int]int{} // sentence → rank span
	for k, sp := range f.spans {
		if sp.typ == Rank && a.is(sp.s-1, "lên") {
			promoted[a.sentOf[sp.s]] = k
		}
	}
	for k := range f.persons {
		p := &f.persons[k]
		if r, ok := promoted[a.sentOf[p.name.s]]; ok && (p.rank < 0 || f.spans[p.rank].s < f.spans[r].s && f.spans[r].s < p.name.s) {
			p.rank = r
		}
	}
}

// chain takes the positions that follow one another from j, separated
// by commas, each maybe "nguyên" (former); it returns where it stopped.
func (a *analysis) chain(j int, posAt map[int]positionAt, take func(positionAt, bool)) int {
	for j < a.n() && a.next(j) {
		former := false
		k := j
		if a.is(k, "nguyên") {
			former, k = true, k+1
		}
		pa, ok := posAt[k]
		if !ok {
			return j
		}
		take(pa, former)
		j = pa.e
		if a.is(j, ",") && a.next(j+1) {
			if _, ok := posAt[j+1]; ok {
				j++
				continue
			}
			if a.is(j+1, "nguyên") {
				j++
				continue
			}
		}
		return j
	}
	return j
}

// headsItem says whether person p stands at the head of a list item that
// starts after the list header ending at hdr: only a rank lies between
// the item's ':' or ';' and the name.
func (a *analysis) headsItem(p *personFact, hdr int, f *found) bool {
	s := p.name.s
	if p.rank >= 0 {
		s = f.spans[p.rank].s
	}
	return s > hdr && a.is(s-1, ":", ";")
}

// resolveReferences attaches a position named without a holder ("Đồng
// chí Phó Chính ủy yêu cầu …") to the one person it can mean: the only
// one already holding a position that starts with it, or, when it opens
// a sentence, the person last named in the sentence before if they have
// no position yet.
func (a *analysis) resolveReferences(f *found, posAt map[int]positionAt, used map[int]bool) {
	var starts []int
	for s := range posAt {
		starts = append(starts, s)
	}
	sortInts(starts)
	for _, s := range starts {
		pa := posAt[s]
		if used[pa.span] {
			continue
		}
		title := a.key(pa.s, pa.e)
		holder := -1
		for k := range f.persons {
			p := &f.persons[k]
			if p.name.s > pa.s {
				continue
			}
			for _, ps := range p.positions {
				sp := f.spans[ps]
				if hasPrefixWords(a.key(sp.s, sp.e), title) {
					if holder >= 0 && a.key(f.persons[holder].name.s, f.persons[holder].name.e) != a.key(p.name.s, p.name.e) {
						holder = -2
					} else if holder != -2 {
						holder = k
					}
					break
				}
			}
		}
		opens := s == 0 || a.sentOf[s-1] != a.sentOf[s] || a.is(s-1, "chí") && a.is(s-2, "đồng")
		if holder == -1 && opens {
			// The person last named in the previous sentence.
			prev := a.sentOf[s] - 1
			for k := len(f.persons) - 1; k >= 0; k-- {
				p := &f.persons[k]
				if p.name.s < s && a.sentOf[p.name.s] == prev {
					if len(p.positions) == 0 {
						holder = k
					}
					break
				}
			}
		}
		if holder >= 0 {
			f.persons[holder].positions = append(f.persons[holder].positions, pa.span)
			used[pa.span] = true
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

func hasPrefixWords(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix && (len(s) == len(prefix) || s[len(prefix)] == ' ')
}

func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}
