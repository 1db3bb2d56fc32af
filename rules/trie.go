package rules

// wordTrie finds, at a word start, the rules whose trigger words and
// literal prefixes fit the text there, in one walk over the text's bytes
// (digits shaped, see shapeDigits) instead of a map lookup of the word
// and a search of each rule's prefixes.
//
// It is built as a tree of nodes and then laid out flat, in depth-first
// order: a node's first child comes right after it and the node holds
// that child's byte, so a walk down a chain of single letters (most of
// the nodes) reads the nodes alone, in order. Every word that mayFit
// lets through walks it, so its layout shows in the time of Apply.
type wordTrie struct {
	nodes []trieNode // nodes[0] is the root
	// The edges of node n after its first are edgeBytes and edgeTo at
	// [n.edges, n.edges+n.nEdges-1), sorted by byte.
	edgeBytes []byte
	edgeTo    []int32
	accepts   []trieAccept // of node n: [n.accept, n.accept+n.nAccept)
	// root holds the root's children by byte, 0 for none.
	root [256]int32
	// firstWords has the bit of the hash of each entry's first word set.
	// Every entry holds a whole first word, so a word of the text whose
	// bit is clear fits no rule: most words are turned away by one bit
	// test, with no walk through the nodes.
	firstWords [1 << firstWordBits / 64]uint64
}

type trieNode struct {
	edges, accept   int32
	nEdges, nAccept int32
	first           byte // the byte to the first child, node n+1
}

// trieAccept is a rule whose prefix ends at a node. A rule triggered by a
// word alone (whole) fits only when the text's word ends there too; a
// longer prefix holds the end of its first word already.
type trieAccept struct {
	rule  int
	whole bool
}

// trieBuild is a node of the trie while it is built.
type trieBuild struct {
	bytes  []byte // sorted
	kids   []*trieBuild
	accept []trieAccept
}

func newWordTrie(rs []*rule) *wordTrie {
	root := &trieBuild{}
	var first []string
	for i, r := range rs {
		for w, ps := range r.find.trigger().words {
			first = append(first, w)
			if len(ps) == 0 {
				root.insert(w, trieAccept{rule: i, whole: true})
				continue
			}
			for _, p := range prefixFree(ps) {
				root.insert(p, trieAccept{rule: i})
			}
		}
	}
	t := root.flat()
	for _, w := range first {
		h := wordHash(w)
		t.firstWords[h/64] |= 1 << (h % 64)
	}
	return t
}

// wordHash hashes a word, digits shaped, from its length and its first,
// middle and last bytes: a few loads and one multiplication, quicker
// than any walk, and precise enough to turn away most words.
func wordHash(w string) uint32 {
	if w == "" {
		return 0
	}
	x := uint32(shaped[w[0]]) | uint32(shaped[w[len(w)/2]])<<8 |
		uint32(shaped[w[len(w)-1]])<<16 | uint32(len(w))<<24
	return x * 0x9E3779B1 >> (32 - firstWordBits)
}

// shaped maps a byte to itself, and digits to '0' (see shapeDigits).
var shaped = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := '1'; c <= '9'; c++ {
		t[c] = '0'
	}
	return t
}()

// firstWordBits is log2 of the bits in wordTrie.firstWords: 2 KB, a few
// hundred trigger words, few false hits.
const firstWordBits = 14

// flat lays out the trie below n.
func (n *trieBuild) flat() *wordTrie {
	t := &wordTrie{}
	t.flatten(n)
	for b := range 256 {
		if c := t.child(0, byte(b)); c > 0 {
			t.root[b] = c
		}
	}
	return t
}

func (n *trieBuild) insert(s string, a trieAccept) {
	for i := 0; i < len(s); i++ {
		n = n.child(s[i])
	}
	n.accept = append(n.accept, a)
}

// child returns the child on byte b, adding it when there is none.
func (n *trieBuild) child(b byte) *trieBuild {
	i := 0
	for i < len(n.bytes) && n.bytes[i] < b {
		i++
	}
	if i < len(n.bytes) && n.bytes[i] == b {
		return n.kids[i]
	}
	k := &trieBuild{}
	n.bytes = append(n.bytes[:i], append([]byte{b}, n.bytes[i:]...)...)
	n.kids = append(n.kids[:i], append([]*trieBuild{k}, n.kids[i:]...)...)
	return k
}

// flatten appends n and the nodes below it in depth-first order and
// returns n's index.
func (t *wordTrie) flatten(n *trieBuild) int32 {
	at := int32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{
		accept: int32(len(t.accepts)), nAccept: int32(len(n.accept)),
		nEdges: int32(len(n.bytes)),
	})
	t.accepts = append(t.accepts, n.accept...)
	kids := make([]int32, len(n.kids))
	for i, k := range n.kids {
		kids[i] = t.flatten(k)
	}
	if len(kids) > 0 {
		t.nodes[at].first = n.bytes[0]
		t.nodes[at].edges = int32(len(t.edgeBytes))
		t.edgeBytes = append(t.edgeBytes, n.bytes[1:]...)
		t.edgeTo = append(t.edgeTo, kids[1:]...)
	}
	return at
}

// child returns the node after node n on byte b, or -1.
func (t *wordTrie) child(n int32, b byte) int32 {
	node := &t.nodes[n]
	switch {
	case node.nEdges == 0 || b < node.first:
		return -1
	case b == node.first:
		return n + 1
	}
	lo := int(node.edges)
	for i, c := range t.edgeBytes[lo : lo+int(node.nEdges)-1] {
		if c >= b {
			if c == b {
				return t.edgeTo[lo+i]
			}
			break
		}
	}
	return -1
}

// mayFit says whether a rule may fit at the word w; when it says no,
// appendFits would find none. It is small enough to be inlined, so most
// words cost no call.
func (t *wordTrie) mayFit(w string) bool {
	h := wordHash(w)
	return t.firstWords[h/64]&(1<<(h%64)) != 0
}

// appendFits appends to dst the rules that fit the text at key offset p,
// where a word ending at end starts, in rule order.
func (t *wordTrie) appendFits(dst []int, key string, p, end int) []int {
	start := len(dst)
	c := key[p]
	if '1' <= c && c <= '9' {
		c = '0'
	}
	n := t.root[c]
	if n == 0 {
		return dst
	}
	for i := p + 1; ; i++ {
		node := &t.nodes[n]
		if node.nAccept > 0 {
			for _, a := range t.accepts[node.accept : node.accept+node.nAccept] {
				if !a.whole || i == end {
					dst = append(dst, a.rule)
				}
			}
		}
		if i == len(key) {
			break
		}
		c := key[i]
		if '1' <= c && c <= '9' {
			c = '0'
		}
		if n = t.child(n, c); n < 0 {
			break
		}
	}
	// Rules run in the order of the set, so that candidates come in the
	// same order however rules are found; the few fits are nearly sorted.
	fits := dst[start:]
	for i := 1; i < len(fits); i++ {
		for j := i; j > 0 && fits[j] < fits[j-1]; j-- {
			fits[j], fits[j-1] = fits[j-1], fits[j]
		}
	}
	return dst
}

// newPhraseTrie builds the trie of a word list for phraseAt. It keeps
// only the phrases phraseAt can find: up to three words of word runes,
// one space apart.
func newPhraseTrie(list map[string]bool) *wordTrie {
	root := &trieBuild{}
	for w := range list {
		if phraseWords(w) {
			root.insert(w, trieAccept{whole: true})
		}
	}
	return root.flat()
}

// phraseWords says whether s is up to three words one space apart, which
// is what stopAt compares: the same steps run on s alone reach its end.
func phraseWords(s string) bool {
	e := 0
	for range 3 {
		if e = wordEnd(s, e); e == len(s) {
			return true
		}
		if e+1 >= len(s) || s[e] != ' ' {
			return false
		}
		e++
	}
	return false
}

// phraseAt says whether a phrase of a trie built by newPhraseTrie starts
// at key offset p and ends where a word does. The phrase's bytes already
// say that its words are whole up to its last one.
func (t *wordTrie) phraseAt(key string, p int) bool {
	if p < 0 || p >= len(key) {
		return false
	}
	n := t.root[key[p]]
	if n == 0 {
		return false
	}
	for i := p + 1; ; i++ {
		node := &t.nodes[n]
		if node.nAccept > 0 && !wordAt(key, i) {
			return true
		}
		if i == len(key) {
			return false
		}
		if n = t.child(n, key[i]); n < 0 {
			return false
		}
	}
}
