package gazetteer

import "math/bits"

// trie finds entries in token sequences. Match runs it over every token
// of every document, so it is laid out for that walk rather than for
// building: each token is turned into a word id once, with one hash at
// most, and the nodes are then stepped by id through flat slices, with
// no further hashing and no pointers to chase.
type trie struct {
	// words numbers every token that occurs in some entry, from 1; a
	// token it lacks matches nothing, at any depth.
	words wordTable
	// short holds the ids of one-byte tokens (punctuation, digits,
	// single letters) so that they are found without hashing.
	short [256]int32
	// first is the root's child per word id, 0 for none: the root has a
	// child for most words, so a dense table beats searching.
	first []int32
	// nodes[0] is the root; a node's children are edges[lo:hi], sorted
	// by word, and its entries are entries[elo:ehi].
	nodes   []trieNode
	edges   []trieEdge
	entries []*Entry
}

type trieNode struct{ lo, hi, elo, ehi int32 }

type trieEdge struct{ word, node int32 }

// buildNode is the trie while it is being built: maps are handy there,
// and build flattens them into a trie.
type buildNode struct {
	next    map[string]*buildNode
	entries []*Entry
}

// newTrie builds the trie of entries; keys holds their folded texts.
func newTrie(entries []*Entry, keys []string) trie {
	var t trie
	ids := map[string]int32{}
	root := &buildNode{}
	var toks []Token
	for i, e := range entries {
		key := keys[i]
		n := root
		toks = Tokenize(key, toks[:0])
		for _, tok := range toks {
			w := key[tok.Start:tok.End]
			if _, ok := ids[w]; !ok {
				id := int32(len(ids) + 1)
				ids[w] = id
				if len(w) == 1 {
					t.short[w[0]] = id
				}
			}
			if n.next == nil {
				n.next = map[string]*buildNode{}
			}
			c := n.next[w]
			if c == nil {
				c = &buildNode{}
				n.next[w] = c
			}
			n = c
		}
		n.entries = append(n.entries, e)
	}
	t.words = newWordTable(ids)
	t.first = make([]int32, len(ids)+1)
	t.nodes = []trieNode{{}}
	// Breadth first, so that each node's children are added together
	// and their edges are one contiguous, sorted run.
	queue := []*buildNode{root}
	for q := 0; q < len(queue); q++ {
		b := queue[q]
		lo := int32(len(t.edges))
		for w, c := range b.next {
			id := int32(len(t.nodes))
			elo := int32(len(t.entries))
			t.entries = append(t.entries, c.entries...)
			t.nodes = append(t.nodes, trieNode{elo: elo, ehi: int32(len(t.entries))})
			queue = append(queue, c)
			if q == 0 {
				t.first[ids[w]] = id
			} else {
				t.edges = append(t.edges, trieEdge{word: ids[w], node: id})
			}
		}
		if q > 0 {
			edges := t.edges[lo:]
			sortEdges(edges)
			t.nodes[q].lo, t.nodes[q].hi = lo, int32(len(t.edges))
		}
	}
	return t
}

// sortEdges sorts a node's edges by word; nodes have few children.
func sortEdges(e []trieEdge) {
	for i := 1; i < len(e); i++ {
		for j := i; j > 0 && e[j].word < e[j-1].word; j-- {
			e[j], e[j-1] = e[j-1], e[j]
		}
	}
}

// word returns the id of token w, or 0 when no entry has it.
func (t *trie) word(w string) int32 {
	if len(w) == 1 {
		return t.short[w[0]]
	}
	return t.words.find(w)
}

// child returns the child of node n, not the root, for word id w, or 0
// for none.
func (t *trie) child(n, w int32) int32 {
	nd := &t.nodes[n]
	edges := t.edges[nd.lo:nd.hi]
	// Most nodes have a handful of children: a scan is quickest.
	if len(edges) <= 8 {
		for _, e := range edges {
			if e.word == w {
				return e.node
			}
		}
		return 0
	}
	lo, hi := 0, len(edges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if edges[m].word < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(edges) && edges[lo].word == w {
		return edges[lo].node
	}
	return 0
}

// ringSize bounds how many word ids Match keeps; entries longer than
// this many tokens still match, their tail tokens just get hashed again.
const ringSize = 32

// match appends the hits of every entry in key, tokenized as toks.
func (t *trie) match(key string, toks []Token, dst []Hit) []Hit {
	if len(t.nodes) == 0 {
		return dst
	}
	// ids[j%ringSize] is the word id of token j for j in [i, known):
	// each token is hashed once however many walks pass over it.
	var ids [ringSize]int32
	known := 0
	for i := range toks {
		if known < i {
			known = i
		}
		n := int32(0)
		for j := i; j < len(toks); j++ {
			var w int32
			switch {
			case j < known:
				w = ids[j%ringSize]
			case j-i < ringSize:
				w = t.word(key[toks[j].Start:toks[j].End])
				ids[j%ringSize] = w
				known = j + 1
			default:
				w = t.word(key[toks[j].Start:toks[j].End])
			}
			if w == 0 {
				break
			}
			if j == i {
				n = t.first[w]
			} else {
				n = t.child(n, w)
			}
			if n == 0 {
				break
			}
			nd := &t.nodes[n]
			for _, e := range t.entries[nd.elo:nd.ehi] {
				dst = append(dst, Hit{Start: i, End: j + 1, Entry: e})
			}
		}
	}
	return dst
}

// wordTable maps tokens to word ids. It is a map[string]int32 cut down
// to what Match needs, since Go's map took more than half of Match's
// time: an open-addressing table whose slots hold only a hash and an id,
// small enough to stay in cache, and a hash that reads a token in at
// most two loads when it is 16 bytes or shorter, as nearly every
// Vietnamese syllable is.
type wordTable struct {
	slots []wordSlot // a power of two, at most half full
	words []wordKey  // words[id] is word id
}

type wordSlot struct {
	hash uint32
	id   int32 // 0: empty
}

// wordKey is a token as wordBits reads it; for tokens of 16 bytes or
// fewer a, b and the length determine the token, so no string compare is
// needed.
type wordKey struct {
	a, b uint64
	text string
}

func newWordTable(ids map[string]int32) wordTable {
	size := 16
	for size < 2*len(ids) {
		size *= 2
	}
	t := wordTable{slots: make([]wordSlot, size), words: make([]wordKey, len(ids)+1)}
	mask := uint32(size - 1)
	for w, id := range ids {
		a, b := wordBits(w)
		t.words[id] = wordKey{a: a, b: b, text: w}
		h := mix(a, b, len(w))
		i := h & mask
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{hash: h, id: id}
	}
	return t
}

// find returns the id of w, or 0 when the table lacks it.
func (t *wordTable) find(w string) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	a, b := wordBits(w)
	h := mix(a, b, len(w))
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.hash != h {
			continue
		}
		k := &t.words[s.id]
		if k.a == a && k.b == b && len(k.text) == len(w) && (len(w) <= 16 || k.text == w) {
			return s.id
		}
	}
}

// wordBits reads w into two words: its first and last eight bytes, or
// first and last four, or its first, middle and last byte, so that for w
// of up to 16 bytes they and len(w) say exactly what w is. Longer tokens
// also fold the bytes in between into a.
func wordBits(w string) (a, b uint64) {
	n := len(w)
	switch {
	case n > 16:
		b = load64(w[n-8:])
		for ; len(w) > 8; w = w[8:] {
			a = (a ^ load64(w)) * mulA
			a ^= a >> 29
		}
		return a, b
	case n >= 8:
		return load64(w), load64(w[n-8:])
	case n >= 4:
		return uint64(load32(w)), uint64(load32(w[n-4:]))
	case n > 0:
		return uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1]), 0
	}
	return 0, 0
}

const (
	mulA = 0x9E3779B97F4A7C15 // 2^64 / golden ratio
	mulB = 0xD6E8FEB86659FD93
)

// mix hashes what wordBits read into a slot hash.
func mix(a, b uint64, n int) uint32 {
	hi, lo := bits.Mul64(a^mulA, b^mulB^uint64(n))
	return uint32(hi ^ lo)
}

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
