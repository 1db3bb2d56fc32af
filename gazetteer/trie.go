package gazetteer

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

// newTrie builds the trie of entries. It first numbers the nodes in the
// order the entries reach them, with one map from (node, word) to child
// and the children and entries of a node chained through slices, so that
// building costs no allocation per node; then it lays them out breadth
// first.
func newTrie(entries []*Entry) trie {
	var t trie
	ids := map[string]int32{}
	type step struct{ node, word int32 }
	child := make(map[step]int32, 2*len(entries))
	// For build node n: word[n] is the word of its edge from its parent,
	// kids[n] its first child and next[n] its next sibling (0: none);
	// ents[n] is its first entry and entNext[i] the next after entry i
	// (-1: none), so that entries keep their order.
	word, kids, next := []int32{0}, []int32{0}, []int32{0}
	ents, entLast := []int32{-1}, []int32{-1}
	entNext := make([]int32, len(entries))
	var toks []Token
	for i, e := range entries {
		key := e.key
		n := int32(0)
		toks = Tokenize(key, toks[:0])
		for _, tok := range toks {
			w := key[tok.Start:tok.End]
			id, ok := ids[w]
			if !ok {
				id = int32(len(ids) + 1)
				ids[w] = id
				if len(w) == 1 {
					t.short[w[0]] = id
				}
			}
			c, ok := child[step{n, id}]
			if !ok {
				c = int32(len(word))
				child[step{n, id}] = c
				word, kids, next = append(word, id), append(kids, 0), append(next, kids[n])
				ents, entLast = append(ents, -1), append(entLast, -1)
				kids[n] = c
			}
			n = c
		}
		entNext[i] = -1
		if ents[n] < 0 {
			ents[n] = int32(i)
		} else {
			entNext[entLast[n]] = int32(i)
		}
		entLast[n] = int32(i)
	}
	t.words = newWordTable(ids)
	t.first = make([]int32, len(ids)+1)
	t.nodes = make([]trieNode, 1, len(word))
	t.edges = make([]trieEdge, 0, len(word))
	t.entries = make([]*Entry, 0, len(entries))
	// Breadth first, so that each node's children are added together
	// and their edges are one contiguous, sorted run.
	queue := make([]int32, 1, len(word))
	for q := 0; q < len(queue); q++ {
		b := queue[q]
		lo := int32(len(t.edges))
		for c := kids[b]; c != 0; c = next[c] {
			id := int32(len(t.nodes))
			elo := int32(len(t.entries))
			for i := ents[c]; i >= 0; i = entNext[i] {
				t.entries = append(t.entries, entries[i])
			}
			t.nodes = append(t.nodes, trieNode{elo: elo, ehi: int32(len(t.entries))})
			queue = append(queue, c)
			if q == 0 {
				t.first[word[c]] = id
			} else {
				t.edges = append(t.edges, trieEdge{word: word[c], node: id})
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
		var w int32
		if i < known {
			w = ids[i%ringSize]
		} else {
			w = t.word(key[toks[i].Start:toks[i].End])
			ids[i%ringSize] = w
			known = i + 1
		}
		// A token that no entry has starts no walk.
		if w == 0 {
			continue
		}
		n := t.first[w]
		for j := i; n != 0; {
			nd := &t.nodes[n]
			for _, e := range t.entries[nd.elo:nd.ehi] {
				dst = append(dst, Hit{Start: i, End: j + 1, Entry: e})
			}
			// A leaf ends the walk without looking at the next token.
			if j++; nd.lo == nd.hi || j == len(toks) {
				break
			}
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
			n = t.child(n, w)
		}
	}
	return dst
}

// matchAt appends the hits of the entries that start at token i.
func (t *trie) matchAt(key string, toks []Token, i int, dst []Hit) []Hit {
	if len(t.nodes) == 0 || i < 0 || i >= len(toks) {
		return dst
	}
	w := t.word(key[toks[i].Start:toks[i].End])
	if w == 0 {
		return dst
	}
	for j, n := i, t.first[w]; n != 0; {
		nd := &t.nodes[n]
		for _, e := range t.entries[nd.elo:nd.ehi] {
			dst = append(dst, Hit{Start: i, End: j + 1, Entry: e})
		}
		if j++; nd.lo == nd.hi || j == len(toks) {
			break
		}
		if w = t.word(key[toks[j].Start:toks[j].End]); w == 0 {
			break
		}
		n = t.child(n, w)
	}
	return dst
}

// wordTable maps tokens to word ids. It is a map[string]int32 cut down
// to what Match needs, since Go's map took more than half of Match's
// time: an open-addressing table small enough to stay in cache, whose
// slots hold a token's bytes themselves when it is 8 bytes or shorter,
// as nearly every Vietnamese syllable is, so that one load of one slot
// finds a token and no string compare is needed.
type wordTable struct {
	slots []wordSlot // a power of two, at most half full
	shift uint8      // 64 - log2(len(slots))
	texts []string   // texts[id] is the token of word id
}

type wordSlot struct {
	key uint64 // wordKey of the token
	id  int32  // 0: empty
	n   int32  // the token's length
}

func newWordTable(ids map[string]int32) wordTable {
	size, shift := 16, uint8(60)
	for size < 2*len(ids) {
		size, shift = 2*size, shift-1
	}
	t := wordTable{slots: make([]wordSlot, size), shift: shift, texts: make([]string, len(ids)+1)}
	mask := size - 1
	for w, id := range ids {
		t.texts[id] = w
		k, n := wordKey(w), int32(len(w))
		i := t.slot(k, n)
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{key: k, id: id, n: n}
	}
	return t
}

// slot is where the search for a token with key k and length n starts:
// a multiplicative hash, of which the top bits are the best mixed.
func (t *wordTable) slot(k uint64, n int32) int {
	return int(((k ^ uint64(n)*mulB) * mulA) >> t.shift)
}

// find returns the id of w, or 0 when the table lacks it.
func (t *wordTable) find(w string) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	k, n := wordKey(w), int32(len(w))
	mask := len(t.slots) - 1
	for i := t.slot(k, n); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.key == k && s.n == n && (n <= 8 || t.texts[s.id] == w) {
			return s.id
		}
	}
}

// wordKey reads w into one word: for w of up to 8 bytes it and len(w)
// say exactly what w is (its eight bytes, or its first and last four,
// or its first, middle and last byte). Longer tokens are hashed.
func wordKey(w string) uint64 {
	n := len(w)
	switch {
	case n > 8:
		k := load64(w[n-8:])
		for ; len(w) > 8; w = w[8:] {
			k = (k ^ load64(w)) * mulA
			k ^= k >> 29
		}
		return k
	case n == 8:
		return load64(w)
	case n >= 4:
		return uint64(load32(w)) | uint64(load32(w[n-4:]))<<32
	case n > 0:
		return uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	return 0
}

const (
	mulA = 0x9E3779B97F4A7C15 // 2^64 / golden ratio
	mulB = 0xD6E8FEB86659FD93
)

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
