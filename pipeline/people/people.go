// Package people turns the rosters of many documents into one record per
// real person: the ranks and posts the batch gives them, each dated by the
// documents that say so, the documents they appear in and the people they
// appear with.
//
// Records are built from a stream of pipeline.Document values (a Builder
// takes them one at a time and keeps only compact facts, never the
// documents), so the same code serves a run of "vnextract extract", the
// reduce step "vnextract people" over JSON Lines reports, and a library
// caller.
//
// Mentions merge on the folded full name. Namesakes are kept apart when
// their facts cannot belong to one career:
//
//   - a police rank and an army rank (the service is read from the posts
//     the same document gives the person, and from navy rank names);
//   - a rank that goes down in time;
//   - a climb faster than the promotion rules allow (data/promotion.txt:
//     each rank between two seen ones must be held its minimum time);
//   - posts in unrelated units on the same day (units of the armed
//     forces or police, neither containing the other).
//
// A mention that passes these tests against more than one record joins
// the one that shares a unit with it, then the one nearest in time, then
// the one with most documents, then the oldest. A weak mention (the name
// with no rank and no post: nothing to compare) follows the same rule:
// it joins the name's only record, or the nearest of several, and starts
// a record only when the name has none. Explain gives the reasons record by
// record.
package people

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/fold"
)

// TopPeople is how many co-occurring people a record lists.
const TopPeople = 10

// Person is one real person across the batch.
type Person struct {
	// ID is stable across runs over the same batch: a hash of the folded
	// name and the person's first document.
	ID string `json:"id"`
	// Name is the full name as written in the person's first document.
	Name string `json:"name"`
	// Rank is the latest dated rank; when no rank is dated, the highest
	// undated one; nil when no document gives one.
	Rank *string `json:"rank"`
	// Ranks are the ranks seen, dated ones in time order, then undated
	// ones from the lowest.
	Ranks []Fact `json:"ranks"`
	// Positions are the posts seen, ordered as Ranks.
	Positions []Fact `json:"positions"`
	// Documents are the ids of the documents naming the person, in input
	// order.
	Documents []string `json:"documents"`
	// People are the persons named in the most documents together with
	// this one, most first, at most TopPeople.
	People []Link `json:"people"`

	// Places are the 1-based input positions of Documents (the HTML
	// report's document anchors) and the code point offsets of each
	// mention there.
	Places []Place `json:"-"`
	// Key is the folded name records were merged on.
	Key string `json:"-"`
}

// Fact is a rank or a post with the dates and documents that give it.
type Fact struct {
	// Text is the rank, or the post as written with its organization.
	Text string `json:"text"`
	// Organization is a post's organization: the canonical name when the
	// report gives one, else as written.
	Organization string `json:"organization,omitempty"`
	// Former is set for a post the documents call "nguyên" (former).
	Former bool `json:"former,omitempty"`
	// First and Last are the earliest and latest document dates giving
	// the fact, as those documents give them ("2022-01-27", "2022-01" or
	// "2022"); both are absent when no such document is dated.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// Documents are the ids of the documents giving it, in input order.
	Documents []string `json:"documents"`

	lo, hi span
	grade  int8
	order  int32
	docs   []int32
}

// Link names a co-occurring person.
type Link struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Documents int    `json:"documents"`
}

// Place is where a person is named in one document.
type Place struct {
	// Document is the 1-based position of the document in the input.
	Document int
	// Mentions are code point offsets of the name in that document.
	Mentions []int
}

// Builder gathers the persons of a stream of documents. Its memory grows
// with the distinct names, ranks and posts and with one small record per
// person per document, never with the documents' text or mentions. The
// zero value is not ready: use New.
type Builder struct {
	lad    *ladders
	n      int32 // documents added
	docs   []docRef
	names  map[string][]obs
	ranks  intern
	posts  intern
	postOf []post // by post id
	spells intern // names as written
	dates  intern // document dates as given
	offs   []int32
	// postIDs holds the posts of every observation, so that one needs no
	// slice of its own: memory per person and document is what bounds a
	// reduce over millions of documents.
	postIDs []int32
	orgs    map[string]*orgEntry // by folded canonical name
	// resolved are the records as of the resolvedAt-th document, kept so
	// that people and organizations resolve once.
	resolved   []personRef
	resolvedAt int32
}

// docRef is a document that named someone.
type docRef struct {
	id   string
	n    int32 // 1-based input position
	date int32 // in Builder.dates
}

// obs is one person of one document's roster: what that document says.
type obs struct {
	doc     int32 // index in Builder.docs
	when    span
	spell   int32 // name as written
	rank    int32 // -1 for none
	grade   int8  // -1 for none or off the ladders
	service Service
	posts   [2]int32 // range of Builder.postIDs: the posts, by id
	offs    [2]int32 // range of Builder.offs: the mention offsets
	seq     int32    // order within the name, for stable sorting
	rec     int32    // the record it was placed in, once resolved
}

// post is one distinct post.
type post struct {
	title, org string
	former     bool
	unit       string // padded folded unit, "" when not a unit
	umbrella   bool
	service    Service
}

// intern numbers distinct strings.
type intern struct {
	ids  map[string]int32
	strs []string
}

func (t *intern) id(s string) int32 {
	if id, ok := t.ids[s]; ok {
		return id
	}
	if t.ids == nil {
		t.ids = map[string]int32{}
	}
	id := int32(len(t.strs))
	t.ids[s] = id
	t.strs = append(t.strs, s)
	return id
}

// New returns an empty Builder.
func New() *Builder {
	return &Builder{lad: defaultLadders, names: map[string][]obs{}}
}

// Key is the folded form of a name that records merge on.
func Key(name string) string { return strings.Join(strings.Fields(fold.String(name)), " ") }

// Add takes the roster of one document. Every document counts toward the
// input positions of Places, those that failed or name nobody too.
func (b *Builder) Add(d *pipeline.Document) {
	b.n++
	// A document is kept (its id and date) only when it names someone or
	// some organization.
	di := int32(-1)
	index := func() int32 {
		if di < 0 {
			di = int32(len(b.docs))
			b.docs = append(b.docs, docRef{id: d.ID, n: b.n, date: b.dates.id(d.Date)})
		}
		return di
	}
	b.addOrgs(d, index)
	if len(d.Persons) == 0 {
		return
	}
	index()
	when := parseDate(d.Date)
	for i := range d.Persons {
		p := &d.Persons[i]
		key := Key(p.Name)
		if key == "" {
			continue
		}
		o := obs{doc: di, when: when, spell: b.spells.id(p.Name), rank: -1, grade: -1}
		if r := strings.TrimSpace(p.RankText()); r != "" {
			o.rank = b.ranks.id(r)
			var navy bool
			o.grade, navy = b.lad.rankOf(r)
			if navy {
				o.service = Army
			}
		}
		var seen [3]bool
		o.posts[0] = int32(len(b.postIDs))
		for _, off := range p.Positions {
			id := b.postID(d, off)
			b.postIDs = append(b.postIDs, id)
			seen[b.postOf[id].service] = true
		}
		o.posts[1] = int32(len(b.postIDs))
		// Posts place a rank in a service only when they agree.
		if o.grade >= 0 && o.service == Unknown && seen[Army] != seen[Police] {
			o.service = Army
			if seen[Police] {
				o.service = Police
			}
		}
		o.offs[0] = int32(len(b.offs))
		for _, m := range p.Mentions {
			b.offs = append(b.offs, int32(m))
		}
		o.offs[1] = int32(len(b.offs))
		list := b.names[key]
		o.seq = int32(len(list))
		b.names[key] = append(list, o)
	}
}

// postID interns a post, reading its organization's canonical name from
// the document's organization mentions inside the post.
func (b *Builder) postID(d *pipeline.Document, off pipeline.Office) int32 {
	org := off.Organization
	if org != "" {
		i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= off.Start })
		for ; i < len(d.Mentions) && d.Mentions[i].Start < off.Start+len([]rune(off.Title)); i++ {
			m := &d.Mentions[i]
			if m.Type == pipeline.Organization && m.Text == off.Organization && m.Canonical != "" {
				org = m.Canonical
				break
			}
		}
	}
	k := fold.String(off.Title) + "\x00" + fold.String(org)
	if off.Former {
		k += "\x00former"
	}
	id := b.posts.id(k)
	if int(id) < len(b.postOf) {
		return id
	}
	p := post{title: off.Title, org: org, former: off.Former}
	padded := words(fold.String(off.Title + " " + org))
	p.service = serviceOf(padded)
	if org != "" && !off.Former {
		u := words(fold.String(org))
		if unit, umb := isUnit(u); unit {
			p.unit, p.umbrella = u, umb
		}
	}
	b.postOf = append(b.postOf, p)
	return id
}

// postsOf are the ids of o's posts.
func (b *Builder) postsOf(o *obs) []int32 { return b.postIDs[o.posts[0]:o.posts[1]] }

// date is the date of document i as the input gave it.
func (b *Builder) date(i int32) string { return b.dates.strs[b.docs[i].date] }

// personID is the stable id of a record: its folded name and first
// document.
func personID(key, firstDoc string) string {
	h := sha256.Sum256([]byte(key + "\x00" + firstDoc))
	return "p" + hex.EncodeToString(h[:6])
}
