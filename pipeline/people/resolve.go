package people

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// record is one person being resolved among the holders of a name.
type record struct {
	members []int // indices into the name's observations
	service Service
	// serviceBy is the member that placed the record in its service.
	serviceBy int
	// ranked are the dated members with a graded rank, pooled by grade
	// and month: what the rank tests compare with. Pooling bounds the
	// work for a name in thousands of documents; it only makes the tests
	// more lenient within a month.
	ranked []pooled
	seen   map[[2]int32]int
	// byDay are, for each single day, the members with a unit in one of
	// their posts, one per distinct set of posts: what the same-day test
	// compares with.
	byDay map[int32][]int
	// units are the record's distinct posts in a unit, for the shared-unit
	// preference.
	units    []*post
	unitSeen map[int32]bool
	// when spans the dates of the dated members, for the nearest-in-time
	// preference.
	when span
	docs map[int32]bool
}

// pooled is the dated members of one grade within one month.
type pooled struct {
	grade int8
	when  span // from the earliest start to the latest end
	by    int  // a member, to cite
}

// resolver splits the observations of one name into records.
type resolver struct {
	b    *Builder
	os   []obs
	recs []*record
	log  *[]Step // nil unless explaining
}

// Step is one decision of the resolution of a name, for Explain.
type Step struct {
	// Document and Date say which roster entry was placed.
	Document, Date string
	// Facts is what that entry says: rank and posts.
	Facts string
	// Record is the 1-based record, among those of the name, it went to.
	Record int
	// New is set when the entry started that record.
	New bool
	// Why gives the reasons: the rule that chose the record and, for each
	// record it could not join, the facts that conflict.
	Why []string
}

func (s Step) String() string {
	date := s.Date
	if date == "" {
		date = "undated"
	}
	verb := "joins"
	if s.New {
		verb = "starts"
	}
	return fmt.Sprintf("%s (%s) %s: %s record %d; %s", s.Document, date, s.Facts, verb, s.Record, strings.Join(s.Why, "; "))
}

// order sorts observations for resolution: dated ones in time order, then
// undated ones, each in input order.
func order(os []obs) []int {
	idx := make([]int, len(os))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		x, y := &os[a], &os[b]
		if x.when.ok != y.when.ok {
			if x.when.ok {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(x.when.lo, y.when.lo), cmp.Compare(x.when.hi, y.when.hi), cmp.Compare(x.doc, y.doc), cmp.Compare(x.seq, y.seq))
	})
	return idx
}

// weak says whether an observation has nothing to compare: no rank and
// no post.
func (o *obs) weak() bool { return o.rank < 0 && o.posts[1] == o.posts[0] }

// resolve places every observation in a record: first those with a rank
// or a post, in time order, then the weak ones.
func (r *resolver) resolve() {
	idx := order(r.os)
	for pass := 0; pass < 2; pass++ {
		for _, i := range idx {
			if r.os[i].weak() != (pass == 1) {
				continue
			}
			r.place(i)
		}
	}
}

// place puts observation i in the best record it can join, or a new one.
func (r *resolver) place(i int) {
	o := &r.os[i]
	var why []string
	best, bestScore := -1, score{}
	for k, rec := range r.recs {
		if reason := r.conflict(o, rec); reason != "" {
			why = append(why, fmt.Sprintf("not record %d: %s", k+1, reason))
			continue
		}
		if s := r.score(o, rec, k); best < 0 || s.better(bestScore) {
			best, bestScore = k, s
		}
	}
	isNew := best < 0
	if isNew {
		r.recs = append(r.recs, &record{seen: map[[2]int32]int{}, docs: map[int32]bool{}, byDay: map[int32][]int{}, unitSeen: map[int32]bool{}})
		best = len(r.recs) - 1
		if len(r.recs) == 1 {
			why = append(why, "first mention of the name")
		}
	} else {
		why = append([]string{bestScore.reason(o, len(r.recs))}, why...)
	}
	r.join(i, r.recs[best])
	if r.log != nil {
		*r.log = append(*r.log, Step{Document: r.b.docs[o.doc].id, Date: r.b.date(o.doc), Facts: r.facts(o), Record: best + 1, New: isNew, Why: why})
	}
}

func (r *resolver) join(i int, rec *record) {
	o := &r.os[i]
	rec.members = append(rec.members, i)
	rec.docs[o.doc] = true
	if o.grade >= 0 && o.service != Unknown && rec.service == Unknown {
		rec.service, rec.serviceBy = o.service, i
	}
	if o.grade >= 0 && o.when.ok {
		k := [2]int32{int32(o.grade), o.when.lo / 31}
		if at, ok := rec.seen[k]; ok {
			w := &rec.ranked[at].when
			w.lo, w.hi = min(w.lo, o.when.lo), max(w.hi, o.when.hi)
		} else {
			rec.seen[k] = len(rec.ranked)
			rec.ranked = append(rec.ranked, pooled{grade: o.grade, when: o.when, by: i})
		}
	}
	if o.when.ok {
		if !rec.when.ok {
			rec.when = o.when
		}
		rec.when.lo, rec.when.hi = min(rec.when.lo, o.when.lo), max(rec.when.hi, o.when.hi)
	}
	ids := r.b.postsOf(o)
	for _, id := range ids {
		if p := &r.b.postOf[id]; p.unit != "" && !rec.unitSeen[id] {
			rec.unitSeen[id] = true
			rec.units = append(rec.units, p)
		}
	}
	if len(r.units(o)) > 0 && o.when.ok && o.when.lo == o.when.hi {
		for _, j := range rec.byDay[o.when.lo] {
			if slices.Equal(r.b.postsOf(&r.os[j]), ids) {
				return
			}
		}
		rec.byDay[o.when.lo] = append(rec.byDay[o.when.lo], i)
	}
}

// conflict says why o cannot be the person of rec, or "".
func (r *resolver) conflict(o *obs, rec *record) string {
	if o.grade >= 0 && o.service != Unknown && rec.service != Unknown && o.service != rec.service {
		return fmt.Sprintf("%s %s rank (%s) and %s %s rank (%s)", article(o.service), o.service, r.cite(o), article(rec.service), rec.service, r.cite(&r.os[rec.serviceBy]))
	}
	if o.grade >= 0 && o.when.ok {
		svc := o.service
		if svc == Unknown {
			svc = rec.service
		}
		self := pooled{grade: o.grade, when: o.when}
		for k := range rec.ranked {
			x := &rec.ranked[k]
			early, late := x, &self
			if o.when.before(x.when) {
				early, late = &self, x
			} else if !x.when.before(o.when) {
				continue // the same time: two ranks may be the day of a promotion
			}
			cite := func(p *pooled) string {
				if p == &self {
					return r.cite(o)
				}
				return r.cite(&r.os[p.by])
			}
			if late.grade < early.grade {
				return fmt.Sprintf("the rank goes down: %s, then %s", cite(early), cite(late))
			}
			if need := r.b.lad.minYears(svc, early.grade, late.grade); need > 0 && maxYears(early.when, late.when) < need {
				return fmt.Sprintf("a climb faster than the promotion rules allow: %s, then %s, where the ranks between need %s years (promotion.txt)",
					cite(early), cite(late), trimFloat(need))
			}
		}
	}
	if us := r.units(o); len(us) > 0 {
		for _, j := range rec.byDay[o.when.lo] {
			x := &r.os[j]
			if !x.when.sameDay(o.when) || related(us, r.units(x)) {
				continue
			}
			return fmt.Sprintf("posts in unrelated units on the same day: %s and %s", r.cite(x), r.cite(o))
		}
	}
	return ""
}

func article(s Service) string {
	if s == Army {
		return "an"
	}
	return "a"
}

// score ranks the records an observation could join.
type score struct {
	unit    bool  // shares a unit with it
	dated   bool  // both have dates, so gap means something
	gap     int32 // days between o and the span of the record's dates
	docs    int
	k       int
	records int
}

func (r *resolver) score(o *obs, rec *record, k int) score {
	s := score{docs: len(rec.docs), k: k, gap: -1}
	s.unit = related(r.units(o), rec.units)
	if o.when.ok && rec.when.ok {
		s.gap, s.dated = gap(o.when, rec.when), true
	}
	return s
}

// better is the documented order for namesakes: a shared unit, then
// nearest in time, then most documents, then the oldest record.
func (s score) better(t score) bool {
	if s.unit != t.unit {
		return s.unit
	}
	if s.dated && t.dated && s.gap != t.gap {
		return s.gap < t.gap
	}
	if s.dated != t.dated {
		return s.dated
	}
	if s.docs != t.docs {
		return s.docs > t.docs
	}
	return s.k < t.k
}

func (s score) reason(o *obs, records int) string {
	base := "no conflicting fact"
	if o.weak() {
		base = "a weak match (the name alone, nothing to compare)"
	}
	var which string
	switch {
	case records == 1:
		which = "the name's only record"
	case s.unit:
		which = "of the records it could join, the one sharing a unit"
	case s.dated:
		which = "of the records it could join, the nearest in time"
	default:
		which = "of the records it could join, the one with most documents (then the oldest)"
	}
	if records == 1 && s.unit {
		which += ", which shares a unit"
	}
	return base + "; " + which
}

// units are the padded units of o's current posts.
func (r *resolver) units(o *obs) []*post {
	var us []*post
	for _, id := range r.b.postsOf(o) {
		if p := &r.b.postOf[id]; p.unit != "" {
			us = append(us, p)
		}
	}
	return us
}

// related says whether some unit of a is the same as, inside or around
// some unit of b, or is one that holds every unit.
func related(a, b []*post) bool {
	for _, x := range a {
		for _, y := range b {
			if x.umbrella || y.umbrella || strings.Contains(x.unit, y.unit) || strings.Contains(y.unit, x.unit) {
				return true
			}
		}
	}
	return false
}

// cite names an observation's document, date and facts for a reason.
func (r *resolver) cite(o *obs) string {
	d := r.b.docs[o.doc]
	date := r.b.date(o.doc)
	if date == "" {
		date = "undated"
	}
	return fmt.Sprintf("%s in %s (%s)", r.facts(o), d.id, date)
}

// facts is what an observation says, briefly.
func (r *resolver) facts(o *obs) string {
	var parts []string
	if o.rank >= 0 {
		parts = append(parts, r.b.ranks.strs[o.rank])
	}
	for _, id := range r.b.postsOf(o) {
		p := &r.b.postOf[id]
		t := p.title
		if p.former {
			t = "nguyên " + t
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return "name only"
	}
	return strings.Join(parts, ", ")
}

func trimFloat(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.1f", f), "0"), ".")
}

// personRef is a resolved record before its Person is built.
type personRef struct {
	key   string
	rec   int32 // the record's number among the name's
	first int32 // index in Builder.docs of its first document
	id    string
	name  string
	with  [][2]int32 // co-occurring: person index and documents shared
}

// resolveAll places every observation of every name in a record and
// returns the records in output order: by folded name, then by first
// document. It keeps only small references; Each builds the records.
func (b *Builder) resolveAll() []personRef {
	if b.resolved != nil && b.resolvedAt == b.n {
		return b.resolved
	}
	defer func() { b.resolvedAt = b.n }()
	keys := make([]string, 0, len(b.names))
	for k := range b.names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var refs []personRef
	for _, k := range keys {
		os := b.names[k]
		r := &resolver{b: b, os: os}
		r.resolve()
		first := len(refs)
		for n, rec := range r.recs {
			f := int32(-1)
			for _, i := range rec.members {
				if f < 0 || os[i].doc < f {
					f = os[i].doc
				}
			}
			refs = append(refs, personRef{key: k, rec: int32(n), first: f})
		}
		// Records of one name: the one named first comes first.
		slices.SortStableFunc(refs[first:], func(x, y personRef) int { return cmp.Compare(x.first, y.first) })
		for n, rec := range r.recs {
			for _, i := range rec.members {
				os[i].rec = int32(n)
			}
		}
		for i := first; i < len(refs); i++ {
			ref := &refs[i]
			ref.id = personID(k, b.docs[ref.first].id)
			for j := range os {
				if os[j].rec == ref.rec && os[j].doc == ref.first {
					ref.name = b.spells.strs[os[j].spell]
					break
				}
			}
		}
	}
	b.cooccur(refs)
	b.resolved = refs
	return refs
}

// cooccur finds, for each record, the records named in the same
// documents, most shared first, at most TopPeople. It sorts flat pairs
// rather than counting in a map, which would cost many times the memory.
func (b *Builder) cooccur(refs []personRef) {
	index := map[string]int32{} // key → index of its first record
	for i := len(refs) - 1; i >= 0; i-- {
		index[refs[i].key] = int32(i)
	}
	// The records of a name follow its first, in output order, not in
	// record-number order: map record numbers to places.
	var at []uint64 // document << 32 | person
	for k, os := range b.names {
		base := index[k]
		place := map[int32]int32{}
		for i := base; int(i) < len(refs) && refs[i].key == k; i++ {
			place[refs[i].rec] = i
		}
		for j := range os {
			at = append(at, uint64(os[j].doc)<<32|uint64(place[os[j].rec]))
		}
	}
	slices.Sort(at)
	at = slices.Compact(at)
	var pairs []uint64 // person << 32 | other
	for lo := 0; lo < len(at); {
		hi := lo + 1
		for hi < len(at) && at[hi]>>32 == at[lo]>>32 {
			hi++
		}
		for i := lo; i < hi; i++ {
			for j := i + 1; j < hi; j++ {
				p, q := at[i]&0xffffffff, at[j]&0xffffffff
				pairs = append(pairs, p<<32|q, q<<32|p)
			}
		}
		lo = hi
	}
	at = nil
	slices.Sort(pairs)
	for lo := 0; lo < len(pairs); {
		hi := lo + 1
		for hi < len(pairs) && pairs[hi] == pairs[lo] {
			hi++
		}
		p, q := int32(pairs[lo]>>32), int32(pairs[lo]&0xffffffff)
		refs[p].with = append(refs[p].with, [2]int32{q, int32(hi - lo)})
		lo = hi
	}
	for i := range refs {
		w := refs[i].with
		slices.SortFunc(w, func(x, y [2]int32) int { return cmp.Or(cmp.Compare(y[1], x[1]), cmp.Compare(x[0], y[0])) })
		refs[i].with = slices.Clip(w[:min(len(w), TopPeople)])
	}
}

// Each resolves what was added and calls fn with each record in order:
// by folded name, then by first appearance. Only one record is built at
// a time, so a caller that writes them out holds one. It stops at fn's
// first error.
func (b *Builder) Each(fn func(p *Person) error) error {
	refs := b.resolveAll()
	for i := range refs {
		ref := &refs[i]
		os := b.names[ref.key]
		var members []int
		for j := range os {
			if os[j].rec == ref.rec {
				members = append(members, j)
			}
		}
		p := b.person(ref.key, os, members)
		p.ID, p.Name = ref.id, ref.name
		p.People = make([]Link, len(ref.with))
		for k, w := range ref.with {
			p.People[k] = Link{ID: refs[w[0]].id, Name: refs[w[0]].name, Documents: int(w[1])}
		}
		if err := fn(&p); err != nil {
			return err
		}
	}
	return nil
}

// People resolves what was added into records, in the order of Each. It
// may be called again after more Adds.
func (b *Builder) People() []Person {
	var out []Person
	b.Each(func(p *Person) error {
		out = append(out, *p)
		return nil
	})
	return out
}

// person builds the output record of the members, observations of os.
func (b *Builder) person(key string, os []obs, ms []int) Person {
	slices.SortFunc(ms, func(x, y int) int {
		return cmp.Or(cmp.Compare(os[x].doc, os[y].doc), cmp.Compare(os[x].seq, os[y].seq))
	})
	p := Person{Key: key, Ranks: []Fact{}, Positions: []Fact{}}
	ranks := map[string]*Fact{}
	posts := map[int32]*Fact{}
	var rankList, postList []*Fact
	n := int32(0)
	add := func(f *Fact, o *obs) {
		if len(f.docs) == 0 || f.docs[len(f.docs)-1] != o.doc {
			f.docs = append(f.docs, o.doc)
		}
		if o.when.ok {
			d := b.date(o.doc)
			if !f.lo.ok || o.when.lo < f.lo.lo {
				f.lo, f.First = o.when, d
			}
			if !f.hi.ok || o.when.hi > f.hi.hi {
				f.hi, f.Last = o.when, d
			}
		}
	}
	for _, i := range ms {
		o := &os[i]
		if len(p.Places) == 0 || p.Places[len(p.Places)-1].Document != int(b.docs[o.doc].n) {
			p.Documents = append(p.Documents, b.docs[o.doc].id)
			p.Places = append(p.Places, Place{Document: int(b.docs[o.doc].n)})
		}
		pl := &p.Places[len(p.Places)-1]
		for _, off := range b.offs[o.offs[0]:o.offs[1]] {
			pl.Mentions = append(pl.Mentions, int(off))
		}
		if o.rank >= 0 {
			text := b.ranks.strs[o.rank]
			k := fold.String(text)
			f := ranks[k]
			if f == nil {
				f = &Fact{Text: text, grade: o.grade, order: n}
				n++
				ranks[k] = f
				rankList = append(rankList, f)
			} else if startsLower(f.Text) && !startsLower(text) {
				f.Text = text // a rank written at a sentence start reads better
			}
			add(f, o)
		}
		for _, id := range b.postsOf(o) {
			f := posts[id]
			if f == nil {
				pp := &b.postOf[id]
				f = &Fact{Text: pp.title, Organization: pp.org, Former: pp.former, grade: -1, order: n}
				n++
				posts[id] = f
				postList = append(postList, f)
			}
			add(f, o)
		}
	}
	p.Ranks = b.facts(rankList, true)
	p.Positions = b.facts(postList, false)
	if len(p.Ranks) > 0 {
		cur := p.Ranks[len(p.Ranks)-1] // undated ones last, highest last
		var latest *Fact
		for i := range p.Ranks {
			f := &p.Ranks[i]
			if f.hi.ok && (latest == nil || f.hi.hi > latest.hi.hi || f.hi.hi == latest.hi.hi && f.grade > latest.grade) {
				latest = f
			}
		}
		if latest != nil {
			cur = *latest
		}
		p.Rank = &cur.Text
	}
	return p
}

// facts orders facts: dated ones by first date (then last date, then
// grade), then undated ones by grade (ranks) or first appearance, and
// fills in their document ids.
func (b *Builder) facts(list []*Fact, byGrade bool) []Fact {
	slices.SortStableFunc(list, func(x, y *Fact) int {
		if x.lo.ok != y.lo.ok {
			if x.lo.ok {
				return -1
			}
			return 1
		}
		if x.lo.ok {
			if c := cmp.Or(cmp.Compare(x.lo.lo, y.lo.lo), cmp.Compare(x.hi.hi, y.hi.hi)); c != 0 {
				return c
			}
		}
		if byGrade {
			if c := cmp.Compare(x.grade, y.grade); c != 0 {
				return c
			}
		}
		return cmp.Compare(x.order, y.order)
	})
	out := make([]Fact, len(list))
	for i, f := range list {
		f.Documents = make([]string, len(f.docs))
		for j, d := range f.docs {
			f.Documents[j] = b.docs[d].id
		}
		out[i] = *f
	}
	return out
}

func startsLower(s string) bool {
	for _, r := range s {
		return r != []rune(strings.ToUpper(string(r)))[0]
	}
	return false
}

// Explain resolves the holders of name again, saying at each roster
// entry which record it went to and why it could not join the others.
func (b *Builder) Explain(name string) []Step {
	os := b.names[Key(name)]
	if len(os) == 0 {
		return nil
	}
	steps := []Step{}
	r := &resolver{b: b, os: os, log: &steps}
	r.resolve()
	return steps
}
