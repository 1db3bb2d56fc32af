package rules

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// dfa is a deterministic automaton for an anchored regular expression,
// built once when a rule is loaded. It answers the two questions the
// engine asks most, without allocating: does the pattern match at the
// start of a text, and where does its longest match there end. Go's
// regexp answers them too, through a backtracker that clears a bit set
// the size of the program times the input on every call; the automaton
// reads each rune once. Like RE2 it takes time linear in the input.
//
// Capture groups are left to regexp, run on the exact span once the
// automaton has found it.
type dfa struct {
	// Runes map to classes that every instruction treats alike: direct
	// tables for ASCII and the Vietnamese letters, else a search of
	// the interval starts los.
	ascii  [utf8.RuneSelf]uint16
	latin  []uint16 // U+0080–U+024F
	viet   []uint16 // U+1E00–U+1EFF
	los    []rune
	cls    []uint16
	nclass int

	// next[st+class] is the entry for the state after state st (a
	// state is its offset in next, state number times nclass) on a rune
	// of class: the next state shifted left by two, or'ed with its
	// flags, so that a step needs neither a multiplication nor another
	// table to tell where it is and whether it matched. State 0 is dead,
	// and an entry of 0 leads there.
	next  []int32
	start int32 // entry of the start state
}

const (
	accBit    = 1 << iota // the state has matched
	accEndBit             // the state matches if the text ends here
	flagBits  = 2
)

// entry packs state number n and its flags.
func (d *dfa) entry(n int, acc, accEnd bool) int32 {
	e := int32(n*d.nclass) << flagBits
	if acc {
		e |= accBit
	}
	if acc || accEnd {
		e |= accEndBit
	}
	return e
}

const (
	latinLo, latinHi = 0x80, 0x250
	vietLo, vietHi   = 0x1E00, 0x1F00
	// maxDFA bounds the transition table; a pattern that needs more
	// keeps using regexp alone.
	maxDFA = 1 << 16
)

// compileProg parses and compiles re as regexp.Compile does, so that
// instruction order, and with it which path is preferred, is the same;
// nil if it cannot.
func compileProg(re *regexp.Regexp) *syntax.Prog {
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(parsed.Simplify())
	if err != nil {
		return nil
	}
	return prog
}

// newDFA builds the automaton for re, which must be anchored at the
// start (\A), or returns nil when re uses what the automaton does not
// model (line or word assertions) or would be too large.
func newDFA(re *regexp.Regexp) *dfa {
	prog := compileProg(re)
	if prog == nil {
		return nil
	}
	b := &dfaBuilder{prog: prog, seen: make([]bool, len(prog.Inst)), index: map[string]int32{}}
	d := &dfa{}
	b.classes(d)
	b.state(nil, false) // dead
	startSet := b.closure(nil, uint32(prog.Start), true)
	if b.unsupported {
		return nil
	}
	d.start = b.state(startSet, true)
	for i := 1; i < len(b.sets); i++ {
		if len(b.sets)*d.nclass > maxDFA {
			return nil
		}
		for c := range d.nclass {
			var set []uint32
			for _, pc := range b.sets[i] {
				in := &prog.Inst[pc]
				if isRuneInst(in.Op) && matchInst(in, b.reps[c]) {
					set = b.closure(set, in.Out, false)
				}
			}
			b.next = append(b.next, b.state(set, false))
		}
	}
	if b.unsupported {
		return nil
	}
	// The dead state has no transitions of its own in b.next: prepend.
	next := append(make([]int32, d.nclass), b.next...)
	d.next = make([]int32, len(next))
	for i, n := range next {
		d.next[i] = d.entry(int(n), b.acc[n], b.accEnd[n])
	}
	d.start = d.entry(int(d.start), b.acc[d.start], b.accEnd[d.start])
	return d
}

type dfaBuilder struct {
	prog        *syntax.Prog
	seen        []bool
	reps        []rune // a representative rune per class
	sets        [][]uint32
	index       map[string]int32
	next        []int32
	acc, accEnd []bool
	unsupported bool
}

func isRuneInst(op syntax.InstOp) bool {
	return op == syntax.InstRune || op == syntax.InstRune1 || op == syntax.InstRuneAny || op == syntax.InstRuneAnyNotNL
}

// matchInst says whether a rune instruction accepts r, as regexp does.
func matchInst(in *syntax.Inst, r rune) bool {
	switch in.Op {
	case syntax.InstRune1:
		return r == in.Rune[0]
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return in.MatchRune(r)
}

// classes splits the runes into intervals at every bound an instruction
// tests and gives intervals that all instructions treat alike one class.
func (b *dfaBuilder) classes(d *dfa) {
	bounds := []rune{0, '\n', '\n' + 1, latinLo, latinHi, vietLo, vietHi}
	var insts []*syntax.Inst
	for i := range b.prog.Inst {
		in := &b.prog.Inst[i]
		if !isRuneInst(in.Op) {
			continue
		}
		insts = append(insts, in)
		rs := in.Rune
		if in.Op == syntax.InstRune && len(rs) == 1 && syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(rs[0]); f != rs[0]; f = unicode.SimpleFold(f) {
				bounds = append(bounds, f, f+1)
			}
		}
		if len(rs) == 1 {
			bounds = append(bounds, rs[0], rs[0]+1)
			continue
		}
		for j := 0; j+1 < len(rs); j += 2 {
			bounds = append(bounds, rs[j], rs[j+1]+1)
		}
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	for len(bounds) > 0 && bounds[len(bounds)-1] > unicode.MaxRune {
		bounds = bounds[:len(bounds)-1]
	}
	ids := map[string]uint16{}
	sig := make([]byte, len(insts))
	for _, lo := range bounds {
		for j, in := range insts {
			sig[j] = 0
			if matchInst(in, lo) {
				sig[j] = 1
			}
		}
		c, ok := ids[string(sig)]
		if !ok {
			c = uint16(len(ids))
			ids[string(sig)] = c
			b.reps = append(b.reps, lo)
		}
		if n := len(d.cls); n > 0 && d.cls[n-1] == c {
			continue // same class as the interval before: merge
		}
		d.los = append(d.los, lo)
		d.cls = append(d.cls, c)
	}
	d.nclass = len(ids)
	for r := range rune(utf8.RuneSelf) {
		d.ascii[r] = d.search(r)
	}
	d.latin = make([]uint16, latinHi-latinLo)
	for r := rune(latinLo); r < latinHi; r++ {
		d.latin[r-latinLo] = d.search(r)
	}
	d.viet = make([]uint16, vietHi-vietLo)
	for r := rune(vietLo); r < vietHi; r++ {
		d.viet[r-vietLo] = d.search(r)
	}
}

// closure adds to set the instructions reachable from pc without reading
// a rune: rune instructions, Match, and end-of-text assertions, which
// wait for the end. atBegin says no rune has been read yet.
func (b *dfaBuilder) closure(set []uint32, pc uint32, atBegin bool) []uint32 {
	clear(b.seen)
	for _, p := range set {
		b.seen[p] = true
	}
	return b.add(set, pc, atBegin, false)
}

func (b *dfaBuilder) add(set []uint32, pc uint32, atBegin, atEnd bool) []uint32 {
	if b.seen[pc] {
		return set
	}
	b.seen[pc] = true
	in := &b.prog.Inst[pc]
	switch in.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		set = b.add(set, in.Out, atBegin, atEnd)
		return b.add(set, in.Arg, atBegin, atEnd)
	case syntax.InstCapture, syntax.InstNop:
		return b.add(set, in.Out, atBegin, atEnd)
	case syntax.InstEmptyWidth:
		op := syntax.EmptyOp(in.Arg)
		if op&^(syntax.EmptyBeginText|syntax.EmptyEndText) != 0 {
			b.unsupported = true
			return set
		}
		if op&syntax.EmptyBeginText != 0 && !atBegin {
			return set
		}
		if op&syntax.EmptyEndText != 0 && !atEnd {
			return append(set, pc) // decided when the text ends
		}
		return b.add(set, in.Out, atBegin, atEnd)
	case syntax.InstFail:
		return set
	}
	return append(set, pc) // rune instructions and Match
}

// state returns the number of the state for set, adding it when new.
func (b *dfaBuilder) state(set []uint32, start bool) int32 {
	slices.Sort(set)
	key := make([]byte, 0, 1+4*len(set))
	if start {
		key = append(key, 1)
	} else {
		key = append(key, 0)
	}
	for _, pc := range set {
		key = append(key, byte(pc), byte(pc>>8), byte(pc>>16), byte(pc>>24))
	}
	if i, ok := b.index[string(key)]; ok {
		return i
	}
	i := int32(len(b.sets))
	b.index[string(key)] = i
	b.sets = append(b.sets, set)
	acc, accEnd := false, false
	clear(b.seen)
	for _, pc := range set {
		switch b.prog.Inst[pc].Op {
		case syntax.InstMatch:
			acc = true
		case syntax.InstEmptyWidth:
			for _, q := range b.add(nil, pc, start, true) {
				if b.prog.Inst[q].Op == syntax.InstMatch {
					accEnd = true
				}
			}
		}
	}
	b.acc = append(b.acc, acc)
	b.accEnd = append(b.accEnd, acc || accEnd)
	return i
}

// search finds the class of r among the intervals.
func (d *dfa) search(r rune) uint16 {
	i, found := slices.BinarySearch(d.los, r)
	if !found {
		i--
	}
	return d.cls[i]
}

func (d *dfa) class(r rune) int {
	switch {
	case r < utf8.RuneSelf:
		return int(d.ascii[r])
	case r < latinHi:
		return int(d.latin[r-latinLo])
	case vietLo <= r && r < vietHi:
		return int(d.viet[r-vietLo])
	}
	return int(d.search(r))
}

// longest returns the end of the longest match at the start of s, or -1.
func (d *dfa) longest(s string) int {
	e, last := d.start, -1
	if e&accBit != 0 {
		last = 0
	}
	for i := 0; i < len(s); {
		n := 1
		if c := s[i]; c < utf8.RuneSelf {
			e = d.next[e>>flagBits+int32(d.ascii[c])]
		} else {
			e, n = d.step(e, s, i)
		}
		if e == 0 {
			return last
		}
		i += n
		if e&accBit != 0 {
			last = i
		}
	}
	if e&accEndBit != 0 {
		last = len(s)
	}
	return last
}

// step reads the rune at s[i] from the state of entry e and returns the
// next entry and the rune's length. Callers read ASCII bytes
// themselves, which is most steps, and call step for the others.
func (d *dfa) step(e int32, s string, i int) (int32, int) {
	st := int(e >> flagBits)
	// The two- and three-byte forms of Vietnamese letters (as in
	// wordEnd) are decoded here, straight into their tables.
	switch c := s[i]; {
	case 0xC3 <= c && c <= 0xC6 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
		return d.next[st+int(d.latin[r-latinLo])], 2
	case c == 0xE1 && i+2 < len(s) && (s[i+1] == 0xBA || s[i+1] == 0xBB) && s[i+2]&0xC0 == 0x80:
		r := 0x1000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		return d.next[st+int(d.viet[r-vietLo])], 3
	}
	r, n := rune(s[i]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(s[i:])
	}
	return d.next[st+d.class(r)], n
}

// matches says whether a match starts at the start of s.
func (d *dfa) matches(s string) bool {
	e := d.start
	for i := 0; i < len(s); {
		if e&accBit != 0 {
			return true
		}
		n := 1
		if c := s[i]; c < utf8.RuneSelf {
			e = d.next[e>>flagBits+int32(d.ascii[c])]
		} else {
			e, n = d.step(e, s, i)
		}
		if e == 0 {
			return false
		}
		i += n
	}
	return e&accEndBit != 0
}

// matchesReversed says whether a match starts at the start of the runes
// of s read from last to first. ok is false when it met a byte that is
// not UTF-8 before it could tell: reversed byte by byte, such bytes may
// make runes that s does not hold, and the caller decides on the
// reversed bytes instead.
func (d *dfa) matchesReversed(s string) (matched, ok bool) {
	e := d.start
	for i := len(s); i > 0; {
		if e&accBit != 0 {
			return true, true
		}
		var r rune
		n := 1
		switch c := s[i-1]; {
		case c < utf8.RuneSelf:
			r = rune(c)
		case c&0xC0 == 0x80 && i >= 2 && 0xC3 <= s[i-2] && s[i-2] <= 0xC6:
			// A Vietnamese letter's two- or three-byte form, as in step.
			r, n = rune(s[i-2]&0x1F)<<6|rune(c&0x3F), 2
		case c&0xC0 == 0x80 && i >= 3 && s[i-3] == 0xE1 && (s[i-2] == 0xBA || s[i-2] == 0xBB):
			r, n = 0x1000|rune(s[i-2]&0x3F)<<6|rune(c&0x3F), 3
		default:
			if r, n = utf8.DecodeLastRuneInString(s[:i]); r == utf8.RuneError && n == 1 {
				return false, false
			}
		}
		e = d.next[int(e>>flagBits)+d.class(r)]
		if e == 0 {
			return false, true
		}
		i -= n
	}
	return e&accEndBit != 0, true
}
