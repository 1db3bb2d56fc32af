package rules

// wordTrie finds, at a word start, the rules whose trigger words and
// literal prefixes fit the text there, in one walk over the text's bytes
// (digits shaped, see shapeDigits) instead of a map lookup of the word
// and a search of each rule's prefixes.
type wordTrie struct {
	nodes []trieNode // nodes[0] is the root
	// root holds the root's children by byte, 0 for none: every word
	// start looks there, and most go no further.
	root [256]int32
}

type trieNode struct {
	edges  []trieEdge // sorted by byte
	accept []trieAccept
}

type trieEdge struct {
	b  byte
	to int32
}

// trieAccept is a rule whose prefix ends at a node. A rule triggered by a
// word alone (whole) fits only when the text's word ends there too; a
// longer prefix holds the end of its first word already.
type trieAccept struct {
	rule  int
	whole bool
}

func newWordTrie(rs []*rule) *wordTrie {
	t := &wordTrie{nodes: make([]trieNode, 1)}
	for i, r := range rs {
		for w, ps := range r.find.trigger().words {
			if len(ps) == 0 {
				t.insert(w, trieAccept{rule: i, whole: true})
				continue
			}
			for _, p := range prefixFree(ps) {
				t.insert(p, trieAccept{rule: i})
			}
		}
	}
	return t
}

func (t *wordTrie) insert(s string, a trieAccept) {
	n := int32(0)
	for i := 0; i < len(s); i++ {
		n = t.child(n, s[i], true)
	}
	t.nodes[n].accept = append(t.nodes[n].accept, a)
	for _, e := range t.nodes[0].edges {
		t.root[e.b] = e.to
	}
}

// child returns the node after n on byte b, or -1; add makes it.
func (t *wordTrie) child(n int32, b byte, add bool) int32 {
	edges := t.nodes[n].edges
	for i, e := range edges {
		if e.b == b {
			return e.to
		}
		if e.b > b {
			if !add {
				return -1
			}
			c := int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{})
			edges = append(edges[:i], append([]trieEdge{{b, c}}, edges[i:]...)...)
			t.nodes[n].edges = edges
			return c
		}
	}
	if !add {
		return -1
	}
	c := int32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{})
	t.nodes[n].edges = append(edges, trieEdge{b, c})
	return c
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
		for _, a := range t.nodes[n].accept {
			if !a.whole || i == end {
				dst = append(dst, a.rule)
			}
		}
		if i == len(key) {
			break
		}
		c := key[i]
		if '1' <= c && c <= '9' {
			c = '0'
		}
		if n = t.child(n, c, false); n < 0 {
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
