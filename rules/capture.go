package rules

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// capturer reads the capture groups of a match whose span is known
// already (the automaton found it). It walks the same program Go's
// regexp compiles, depth first in priority order, marking each
// (instruction, position) it has left behind so that no pair is tried
// twice: time and memory stay linear in the program times the span,
// like regexp's own backtracker. Unlike regexp it stops at the first
// path that reads the whole span, which is the path regexp reports for
// the longest match (its preferred one among those of that length), and
// it works in memory the caller keeps, so a call allocates nothing.
type capturer struct {
	prog *syntax.Prog
	ncap int // offsets regexp reports: 2 per group, group 0 included
	// first[pc] holds the bytes that the next rune read from pc can
	// start with, and empty[pc] whether pc can reach Match reading none:
	// a path that cannot go on with the text is cut before it is tried,
	// which skips most branches of a long alternation at once.
	first []byteSet
	empty []bool
	// choices holds, for each alternation a path can enter, the
	// instructions its choices lead to in order of preference.
	choices [][]uint32 // by pc; nil for other instructions
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) has(c byte) bool { return b[c/64]&(1<<(c%64)) != 0 }
func (b *byteSet) add(c byte)      { b[c/64] |= 1 << (c % 64) }

func newCapturer(re *regexp.Regexp) *capturer {
	prog := compileProg(re)
	if prog == nil {
		return nil
	}
	c := &capturer{prog: prog, ncap: 2 * (re.NumSubexp() + 1)}
	c.firstBytes()
	c.choicesOf()
	return c
}

// choicesOf fills choices for every alternation that is not private: an
// alternation is private when one other alternation leads to it and
// nothing else does, so a path reaches it only through that one, once
// per position. A list goes down through private alternations and
// stops at any other instruction, other alternations included, which a
// path then enters and marks tried as usual: which instructions are
// tried, and in which order, is what a step-by-step walk would do.
func (c *capturer) choicesOf() {
	insts := c.prog.Inst
	isAlt := func(pc uint32) bool {
		op := insts[pc].Op
		return op == syntax.InstAlt || op == syntax.InstAltMatch
	}
	refs := make([]int, len(insts))
	fromAlt := make([]bool, len(insts))
	refs[c.prog.Start]++
	for pc := range insts {
		switch in := &insts[pc]; in.Op {
		case syntax.InstMatch, syntax.InstFail:
		case syntax.InstAlt, syntax.InstAltMatch:
			refs[in.Out]++
			refs[in.Arg]++
			fromAlt[in.Out], fromAlt[in.Arg] = true, true
		default:
			refs[in.Out]++
		}
	}
	private := func(pc uint32) bool { return isAlt(pc) && refs[pc] == 1 && fromAlt[pc] }
	c.choices = make([][]uint32, len(insts))
	for pc := range insts {
		if !isAlt(uint32(pc)) || private(uint32(pc)) {
			continue
		}
		var ls []uint32
		var walk func(pc uint32)
		walk = func(pc uint32) {
			if private(pc) {
				walk(insts[pc].Out)
				walk(insts[pc].Arg)
				return
			}
			ls = append(ls, pc)
		}
		walk(insts[pc].Out)
		walk(insts[pc].Arg)
		c.choices[pc] = append(make([]uint32, 0, len(ls)), ls...) // not nil, even empty
	}
}

// firstBytes computes first and empty, going over the program until
// nothing changes (loops make one pass not enough).
func (c *capturer) firstBytes() {
	insts := c.prog.Inst
	c.first = make([]byteSet, len(insts))
	c.empty = make([]bool, len(insts))
	for pc := range insts {
		in := &insts[pc]
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1:
			var lead [256]bool
			rs := in.Rune
			if len(rs) == 1 {
				rs = []rune{rs[0], rs[0]}
				if in.Op == syntax.InstRune && syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
					for f := unicode.SimpleFold(rs[0]); f != in.Rune[0]; f = unicode.SimpleFold(f) {
						rs = append(rs, f, f)
					}
				}
			}
			addLeadBytes(&lead, rs)
			if lead[0xEF] {
				// U+FFFD also stands for any byte that is not UTF-8.
				for b := 0x80; b < 256; b++ {
					lead[b] = true
				}
			}
			for b, ok := range lead {
				if ok {
					c.first[pc].add(byte(b))
				}
			}
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			c.first[pc] = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		case syntax.InstMatch:
			c.empty[pc] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for pc := range insts {
			in := &insts[pc]
			var f byteSet
			var e bool
			switch in.Op {
			case syntax.InstAlt, syntax.InstAltMatch:
				f, e = c.first[in.Out], c.empty[in.Out] || c.empty[in.Arg]
				for i := range f {
					f[i] |= c.first[in.Arg][i]
				}
			case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
				// An assertion is taken to pass: that only cuts less.
				f, e = c.first[in.Out], c.empty[in.Out]
			default:
				continue
			}
			if f != c.first[pc] || e != c.empty[pc] {
				c.first[pc], c.empty[pc], changed = f, e, true
			}
		}
	}
}

// viable says whether a path at pc, pos in s may still match all of s.
func (c *capturer) viable(s string, pc uint32, pos int) bool {
	if pos < len(s) {
		return c.first[pc].has(s[pos])
	}
	return c.empty[pc]
}

// capScratch is the memory a capturer works in, reused across calls.
type capScratch struct {
	visited []uint32 // bit (pc*(len(s)+1) + pos): (pc, pos) was tried
	jobs    []capJob
	caps    []int
}

// capJob is a step left for later: a path to enter at pc, pos, or
// (restore) a capture register to put back to pos once the path through
// the capture at pc failed.
type capJob struct {
	pc      uint32
	restore bool
	pos     int
}

// submatch appends to dst the group offsets (pairs, relative to s, -1
// when a group took no part) of the match of the whole of s, and
// reports whether there is one.
func (c *capturer) submatch(dst []int, s string, sc *capScratch) ([]int, bool) {
	width := len(s) + 1
	n := (len(c.prog.Inst)*width + 31) / 32
	if cap(sc.visited) < n {
		sc.visited = make([]uint32, n)
	}
	sc.visited = sc.visited[:n]
	clear(sc.visited)
	// A group the program lost when simplified ("(x){0}") stays -1;
	// the program alone would give too few registers for it.
	ncaps := max(c.prog.NumCap, c.ncap, 2)
	caps := slices.Grow(sc.caps[:0], ncaps)[:ncaps]
	for i := range caps {
		caps[i] = -1
	}
	sc.caps = caps
	caps[0] = 0
	sc.jobs = append(sc.jobs[:0], capJob{pc: uint32(c.prog.Start)})
	for len(sc.jobs) > 0 {
		j := sc.jobs[len(sc.jobs)-1]
		sc.jobs = sc.jobs[:len(sc.jobs)-1]
		pc, pos := j.pc, j.pos
		if j.restore {
			caps[c.prog.Inst[pc].Arg] = pos // the path through it failed
			continue
		}
		if !c.viable(s, pc, pos) || !sc.visit(pc, pos, width) {
			continue
		}
		// Follow one path until it fails; the jobs hold the rest.
		for {
			in := &c.prog.Inst[pc]
			ok := true
			switch in.Op {
			case syntax.InstFail:
				ok = false
			case syntax.InstAlt, syntax.InstAltMatch:
				// Go on with the first choice that can read the text
				// and leave the others, in order, for later: what
				// trying the alternatives one by one would do, without
				// stepping through each.
				ls := c.choices[pc]
				if ls == nil {
					return dst, false // not reached: see choicesOf
				}
				next := -1
				for i := len(ls) - 1; i >= 0; i-- {
					if c.viable(s, ls[i], pos) {
						if next >= 0 {
							sc.jobs = append(sc.jobs, capJob{pc: ls[next], pos: pos})
						}
						next = i
					}
				}
				if ok = next >= 0; ok {
					pc = ls[next]
				}
			case syntax.InstRune:
				r, w := runeAt(s, pos)
				ok = in.MatchRune(r)
				pc, pos = in.Out, pos+w
			case syntax.InstRune1:
				r, w := runeAt(s, pos)
				ok = r == in.Rune[0]
				pc, pos = in.Out, pos+w
			case syntax.InstRuneAny:
				r, w := runeAt(s, pos)
				ok = r >= 0
				pc, pos = in.Out, pos+w
			case syntax.InstRuneAnyNotNL:
				r, w := runeAt(s, pos)
				ok = r >= 0 && r != '\n'
				pc, pos = in.Out, pos+w
			case syntax.InstCapture:
				if int(in.Arg) < len(caps) {
					sc.jobs = append(sc.jobs, capJob{pc: pc, restore: true, pos: caps[in.Arg]})
					caps[in.Arg] = pos
				}
				pc = in.Out
			case syntax.InstEmptyWidth:
				want := syntax.EmptyOp(in.Arg)
				ok = emptyContext(s, pos)&want == want
				pc = in.Out
			case syntax.InstNop:
				pc = in.Out
			case syntax.InstMatch:
				if pos == len(s) {
					caps[1] = pos
					return append(dst, caps[:c.ncap]...), true
				}
				ok = false
			}
			if !ok || !c.viable(s, pc, pos) || !sc.visit(pc, pos, width) {
				break
			}
		}
	}
	return dst, false
}

// visit marks (pc, pos) tried and says whether it was new.
func (sc *capScratch) visit(pc uint32, pos, width int) bool {
	k := uint(pc)*uint(width) + uint(pos)
	w, bit := k/32, uint32(1)<<(k%32)
	if sc.visited[w]&bit != 0 {
		return false
	}
	sc.visited[w] |= bit
	return true
}

// runeAt decodes the rune at s[pos] as regexp does; at the end of s it
// returns -1, which no rune instruction accepts.
func runeAt(s string, pos int) (rune, int) {
	if pos >= len(s) {
		return -1, 0
	}
	if c := s[pos]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[pos:])
}

// emptyContext returns the empty-width assertions that hold at pos in s,
// as regexp computes them.
func emptyContext(s string, pos int) syntax.EmptyOp {
	r1, r2 := rune(-1), rune(-1)
	if pos > 0 && pos <= len(s) {
		r1, _ = utf8.DecodeLastRuneInString(s[:pos])
	}
	if pos < len(s) {
		r2, _ = utf8.DecodeRuneInString(s[pos:])
	}
	return syntax.EmptyOpContext(r1, r2)
}
