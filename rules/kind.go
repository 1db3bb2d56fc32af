package rules

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// A kind turns the kind-specific keys of a rule into a finder.
type kind struct {
	keys    []string // keys this kind adds to commonKeys
	compile func(f *fields) (finder, error)
}

// kinds is the registry of rule kinds by the name a rule file gives as
// "kind:". It is a plain value so that what exists is visible in one
// place; a new kind is a new entry.
var kinds = map[string]kind{
	"pattern": {keys: []string{"pattern", "span"}, compile: compilePattern},
}

func kindNames() []string { return slices.Sorted(maps.Keys(kinds)) }

// A finder proposes the mention a rule finds at one key position. The
// engine (rule.run) then applies the rule's filters and value parser.
type finder interface {
	// trigger tells at which key positions match may succeed.
	trigger() trigger
	// match reports where the match starting at key offset p ends.
	match(key string, p int) (end int, ok bool)
	// submatch appends to dst the offsets of all groups (pairs,
	// absolute, -1 when unset) of the match key[p:end] that match
	// reported, working in sc.
	submatch(dst []int, key string, p, end int, sc *capScratch) []int
	// spanGroup is the group whose span is the mention; 0 is the whole
	// match.
	spanGroup() int
	// group returns the indexes in groups of the groups with a name
	// (a pattern may reuse a name in alternatives).
	group(name string) []int
}

// trigger is where a finder can match: at a key word in words, where the
// text goes on with one of the word's literal prefixes when it has any;
// or at a token whose first byte is set in bytes.
type trigger struct {
	words map[string][]string
	bytes [256]bool
}

// window bounds how far past its start a match may reach. Matching on a
// bounded window keeps each attempt cheap (Go's backtracker handles short
// inputs) whatever the document's length.
const window = 128

// patternFinder is the "pattern" kind: a Go regexp run on the folded key.
// Go's regexp is RE2: matching takes time linear in the input whatever
// the pattern, so a user's rule file cannot make extraction hang.
type patternFinder struct {
	re     *regexp.Regexp
	dfa    *dfa         // finds where re matches; nil: re does it alone
	cap    *capturer    // reads groups; nil: re does
	span   int          // group whose span is the mention; 0 is the whole match
	names  []namedGroup // in order of first appearance
	trig   trigger
	maxLen int // bytes a match can span at most, up to window
}

func compilePattern(f *fields) (finder, error) {
	src, ok := f.str("pattern")
	if !ok {
		return nil, errors.New("a pattern rule needs \"pattern:\", a regular expression over the folded text")
	}
	if err := checkPattern(src, true); err != nil {
		f.errorf(f.vals["pattern"], "pattern: %v", err)
		return nil, nil
	}
	// Anchored: the engine tries the pattern only at token starts.
	_, err := regexp.Compile(src) // to report errors on what was written
	if err != nil {
		f.errorf(f.vals["pattern"], "pattern is not a valid RE2 regular expression: %s", unwrapRegexpError(err))
		return nil, nil
	}
	re, err := regexp.Compile(`\A(?:` + src + `)`)
	if err != nil {
		f.errorf(f.vals["pattern"], "pattern is not a valid RE2 regular expression: %s", unwrapRegexpError(err))
		return nil, nil
	}
	re.Longest()
	pf := &patternFinder{re: re, dfa: newDFA(re), cap: newCapturer(re)}
	for i, n := range re.SubexpNames() {
		if n == "" {
			continue
		}
		j := slices.IndexFunc(pf.names, func(g namedGroup) bool { return g.name == n })
		if j < 0 {
			pf.names = append(pf.names, namedGroup{name: n})
			j = len(pf.names) - 1
		}
		pf.names[j].index = append(pf.names[j].index, i)
	}
	if g, ok := f.str("span"); ok {
		pf.span = re.SubexpIndex(g)
		if pf.span < 0 {
			f.errorf(f.vals["span"], "span names group %q, which the pattern does not have; write (?P<%s>...) around the mention", g, g)
			return nil, nil
		}
	}
	parsed, _ := syntax.Parse(src, syntax.Perl)
	pf.trig = triggerOf(parsed.Simplify())
	pf.maxLen = min(window, maxLength(parsed))
	return pf, nil
}

func (p *patternFinder) trigger() trigger { return p.trig }

// namedGroup is the indexes of the groups of a pattern with one name.
type namedGroup struct {
	name  string
	index []int
}

// group looks in a list rather than a map: value parsers ask for a few
// names of a pattern's few groups on every hit, and comparing short
// strings is quicker than hashing them.
func (p *patternFinder) group(name string) []int {
	for i := range p.names {
		if p.names[i].name == name {
			return p.names[i].index
		}
	}
	return nil
}

func (p *patternFinder) spanGroup() int { return p.span }

// match finds the longest match at key offset at that ends on a word
// boundary: a match that ends inside a word ("9 tỉ" in "9 tỉnh") is tried
// again on the text before that word.
func (p *patternFinder) match(key string, at int) (int, bool) {
	end := min(len(key), at+p.maxLen)
	for range 4 {
		var n int
		if p.dfa != nil {
			n = p.dfa.longest(key[at:end])
		} else if loc := p.re.FindStringIndex(key[at:end]); loc != nil {
			n = loc[1]
		} else {
			n = -1
		}
		if n < 0 {
			return 0, false
		}
		if boundary(key, at+n) {
			return at + n, true
		}
		if end = wordStart(key, at+n); end <= at {
			return 0, false
		}
	}
	return 0, false
}

// submatch reads the groups of exactly the span match found: the
// longest match there is that span, with the same groups, and the run is
// short.
func (p *patternFinder) submatch(dst []int, key string, at, end int, sc *capScratch) []int {
	start := len(dst)
	ok := false
	if p.cap != nil {
		dst, ok = p.cap.submatch(dst, key[at:end], sc)
	}
	if !ok {
		// Not reached: the capturer reads every span match finds.
		loc := p.re.FindStringSubmatchIndex(key[at:end])
		if loc == nil {
			return dst
		}
		dst = append(dst, loc...)
	}
	for i, v := range dst[start:] {
		if v >= 0 {
			dst[start+i] = v + at
		}
	}
	return dst
}

// checkPattern rejects what would silently never match on the key:
// upper-case letters, old-style tone marks, anchors in a main pattern
// (matches are tried at token starts), and \b, which is ASCII-only.
// MaxProgram is the most instructions a rule's pattern may compile to,
// far above the embedded rules' largest (about 300).
const MaxProgram = 5000

func checkPattern(src string, main bool) error {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil // regexp.Compile reports it with the same message
	}
	// Matching time grows with the program: a pattern listing thousands
	// of words would be tried at every word of every document.
	if prog, err := syntax.Compile(re.Simplify()); err == nil && len(prog.Inst) > MaxProgram {
		return fmt.Errorf("the pattern compiles to %d instructions, more than %d; put a long list of words in a list file (*.txt), which is matched all at once", len(prog.Inst), MaxProgram)
	}
	var problem error
	var walk func(*syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		switch re.Op {
		case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
			problem = errors.New(`\b and \B only know ASCII letters; the engine already keeps mentions to whole words`)
		case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
			if main {
				problem = errors.New("anchors (^ $ \\A \\z) are not allowed: a pattern is tried at the start of each word; use not_before/not_after for context")
			}
		case syntax.OpLiteral:
			if re.Flags&syntax.FoldCase == 0 {
				for _, r := range re.Rune {
					if unicode.IsUpper(r) {
						problem = fmt.Errorf("upper-case %q never matches: the text is matched in lower case", string(r))
					}
				}
			}
		}
		for _, s := range re.Sub {
			walk(s)
		}
	}
	walk(re)
	if problem != nil {
		return problem
	}
	for _, w := range letterRuns(src) {
		if k := fold.String(w); k != w && strings.ToLower(w) == w {
			return fmt.Errorf("%q never matches: the text is matched with new-style tone marks; write %q", w, k)
		}
	}
	return nil
}

// letterRuns returns the runs of letters in s that hold a non-ASCII letter,
// the only ones whose tone placement can differ from the key's.
func letterRuns(s string) []string {
	var out []string
	start, ascii := -1, true
	for i, r := range s + " " {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start, ascii = i, true
			}
			if r >= utf8.RuneSelf {
				ascii = false
			}
			continue
		}
		if start >= 0 && !ascii {
			out = append(out, s[start:i])
		}
		start = -1
	}
	return out
}

// triggerOf works out where a pattern can start: for each way it can
// begin, a finite set of first words when it begins with literal words,
// else the set of first bytes.
func triggerOf(re *syntax.Regexp) trigger {
	var t trigger
	prefixes := map[string]map[string]bool{} // word -> prefixes; empty: any
	for _, alt := range alternatives(flatten(re)) {
		if ps := firstWords(alt); ps != nil {
			for _, s := range ps {
				w := s[:wordEnd(s, 0)]
				if prefixes[w] == nil {
					prefixes[w] = map[string]bool{}
				}
				prefixes[w][s] = true
			}
			continue
		}
		rs, nullable := firstRunes(alt)
		if nullable {
			rs = []rune{0, unicode.MaxRune}
		}
		addLeadBytes(&t.bytes, rs)
	}
	if len(prefixes) > 0 {
		t.words = map[string][]string{}
	}
	for w, ps := range prefixes {
		if ps[w] {
			t.words[w] = nil // the word alone may match: nothing more to check
			continue
		}
		t.words[w] = slices.Sorted(maps.Keys(ps))
	}
	return t
}

// addLeadBytes marks the first UTF-8 bytes of the rune ranges rs.
func addLeadBytes(bytes *[256]bool, rs []rune) {
	for i := 0; i+1 < len(rs); i += 2 {
		lo, hi := rs[i], min(rs[i+1], unicode.MaxRune)
		if lo < utf8.RuneSelf {
			for b := lo; b <= min(hi, utf8.RuneSelf-1); b++ {
				bytes[b] = true
			}
			lo = utf8.RuneSelf
		}
		if lo > hi {
			continue
		}
		// UTF-8 keeps rune order, so the lead bytes of a range are a range.
		var a, b [4]byte
		utf8.EncodeRune(a[:], lo)
		utf8.EncodeRune(b[:], hi)
		for c := int(a[0]); c <= int(b[0]); c++ {
			bytes[c] = true
		}
	}
}

// flatten drops capture groups and merges nested concatenations, so that
// the top level shows what a match is a sequence of.
func flatten(re *syntax.Regexp) *syntax.Regexp {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		return re
	}
	out := &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags}
	for _, s := range re.Sub {
		if s = flatten(s); s.Op == syntax.OpConcat {
			out.Sub = append(out.Sub, s.Sub...)
		} else {
			out.Sub = append(out.Sub, s)
		}
	}
	return out
}

// maxAlts bounds how many ways of beginning alternatives lists.
const maxAlts = 64

// alternatives splits re by its leading choice ("a|b", "a?") into
// patterns that together match what re matches.
func alternatives(re *syntax.Regexp) []*syntax.Regexp {
	var first *syntax.Regexp
	var rest []*syntax.Regexp
	if re.Op == syntax.OpConcat && len(re.Sub) > 0 {
		first, rest = flatten(re.Sub[0]), re.Sub[1:]
	} else {
		first = re
	}
	var heads []*syntax.Regexp
	switch first.Op {
	case syntax.OpAlternate:
		heads = first.Sub
	case syntax.OpQuest:
		heads = []*syntax.Regexp{first.Sub[0], {Op: syntax.OpEmptyMatch}}
	default:
		return []*syntax.Regexp{re}
	}
	if len(heads) > maxAlts {
		return []*syntax.Regexp{re}
	}
	out := make([]*syntax.Regexp, 0, len(heads))
	for _, h := range heads {
		sub := append([]*syntax.Regexp{h}, rest...)
		out = append(out, flatten(&syntax.Regexp{Op: syntax.OpConcat, Sub: sub}))
	}
	return out
}

// maxLits bounds the literal sets firstWords builds.
const maxLits = 256

// firstWords returns literal prefixes of the matches of re, each holding
// at least a whole first word, or nil when that is not a small finite set.
// A prefix that is just a word means the match may go on in any way.
func firstWords(re *syntax.Regexp) []string {
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		subs = re.Sub
	}
	acc, complete := []string{""}, true
	for i, s := range subs {
		ls, full, ok := lits(s)
		if !ok {
			complete = startsNonWord(subs[i:])
			break
		}
		if len(acc)*len(ls) > maxLits {
			complete = false // what is known so far is a prefix
			break
		}
		next := make([]string, 0, len(acc)*len(ls))
		for _, a := range acc {
			for _, b := range ls {
				next = append(next, a+b)
			}
		}
		acc = next
		if !full {
			complete = false
			break
		}
	}
	for _, s := range acc {
		w := s[:wordEnd(s, 0)]
		if w == "" || (w == s && !complete) {
			return nil // starts with punctuation, or the word may go on
		}
	}
	return acc
}

// maxLength returns the most bytes a match of re can span, or window when
// that is unbounded or longer.
func maxLength(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
			if re.Flags&syntax.FoldCase != 0 {
				n += 2 // a case fold may be longer in UTF-8
			}
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return utf8.RuneLen(min(re.Rune[len(re.Rune)-1], unicode.MaxRune))
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxLength(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return window
		}
		return min(window, re.Max*maxLength(re.Sub[0]))
	case syntax.OpStar, syntax.OpPlus:
		return window
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n = min(window, n+maxLength(s))
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			n = max(n, maxLength(s))
		}
		return n
	}
	return 0
}

// startsNonWord says whether what subs match, in sequence, is empty or
// begins with a rune that is not part of a word.
func startsNonWord(subs []*syntax.Regexp) bool {
	for _, s := range subs {
		rs, nullable := firstRunes(s)
		for i := 0; i+1 < len(rs); i += 2 {
			if rs[i+1]-rs[i] > 64 {
				return false
			}
			for r := rs[i]; r <= rs[i+1]; r++ {
				if isWordRune(r) {
					return false
				}
			}
		}
		if !nullable {
			return true
		}
	}
	return true
}

// lits returns strings that every match of re begins with. full says re
// matches exactly those strings; ok is false when no such set is known.
func lits(re *syntax.Regexp) (ls []string, full, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		return []string{shapeDigits(string(re.Rune))}, true, true
	case syntax.OpEmptyMatch:
		return []string{""}, true, true
	case syntax.OpCapture:
		return lits(re.Sub[0])
	case syntax.OpCharClass:
		set := map[string]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if '0' <= lo && hi <= '9' {
				set["0"] = true // all digits look alike to triggers
				continue
			}
			if hi-lo > 16 || len(set) > 16 {
				return nil, false, false
			}
			for r := lo; r <= hi; r++ {
				set[shapeDigits(string(r))] = true
			}
		}
		return slices.Sorted(maps.Keys(set)), true, true
	case syntax.OpAlternate:
		full = true
		for _, s := range re.Sub {
			sl, sf, sok := lits(s)
			if !sok || len(ls)+len(sl) > maxLits {
				return nil, false, false
			}
			ls, full = append(ls, sl...), full && sf
		}
		return ls, full, true
	case syntax.OpQuest:
		sl, sf, sok := lits(re.Sub[0])
		if !sok {
			return nil, false, false
		}
		return append(sl, ""), sf, true
	case syntax.OpConcat:
		acc := []string{""}
		for _, s := range re.Sub {
			sl, sf, sok := lits(s)
			if !sok {
				return acc, false, !slices.Contains(acc, "")
			}
			if len(acc)*len(sl) > maxLits {
				return acc, false, !slices.Contains(acc, "")
			}
			next := make([]string, 0, len(acc)*len(sl))
			for _, a := range acc {
				for _, b := range sl {
					next = append(next, a+b)
				}
			}
			acc = next
			if !sf {
				return acc, false, true
			}
		}
		return acc, true, true
	case syntax.OpPlus, syntax.OpRepeat:
		if re.Op == syntax.OpRepeat && re.Min == 0 {
			return nil, false, false
		}
		sl, _, sok := lits(re.Sub[0])
		return sl, false, sok
	}
	return nil, false, false
}

// firstRunes returns the rune ranges (pairs lo, hi) a match can begin
// with, and whether re can match the empty string.
func firstRunes(re *syntax.Regexp) (rs []rune, nullable bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true
		}
		r := re.Rune[0]
		rs = []rune{r, r}
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				rs = append(rs, f, f)
			}
		}
		return rs, false
	case syntax.OpCharClass:
		return re.Rune, false
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return []rune{0, unicode.MaxRune}, false
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		rs, _ = firstRunes(re.Sub[0])
		return rs, true
	case syntax.OpRepeat:
		rs, nullable = firstRunes(re.Sub[0])
		return rs, nullable || re.Min == 0
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			srs, sn := firstRunes(s)
			rs, nullable = append(rs, srs...), nullable || sn
		}
		return rs, nullable
	case syntax.OpConcat:
		for _, s := range re.Sub {
			srs, sn := firstRunes(s)
			rs = append(rs, srs...)
			if !sn {
				return rs, false
			}
		}
		return rs, true
	}
	// Empty matches and assertions consume nothing.
	return nil, true
}

// reversePattern turns a pattern into one that, anchored at the start,
// matches the reversed text of what the original matches at the end.
func reversePattern(src string) string {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return src // regexp.Compile reports it
	}
	return `\A(?:` + reverseSyntax(re).String() + `)`
}

func reverseSyntax(re *syntax.Regexp) *syntax.Regexp {
	switch re.Op {
	case syntax.OpLiteral:
		slices.Reverse(re.Rune)
	case syntax.OpConcat:
		slices.Reverse(re.Sub)
	case syntax.OpBeginText:
		re.Op = syntax.OpEndText
	case syntax.OpEndText:
		re.Op = syntax.OpBeginText
	case syntax.OpBeginLine:
		re.Op = syntax.OpEndLine
	case syntax.OpEndLine:
		re.Op = syntax.OpBeginLine
	}
	for _, s := range re.Sub {
		reverseSyntax(s)
	}
	return re
}

// shapeDigits replaces every ASCII digit with '0'. Triggers compare
// text shaped this way, so that "\d{1,2}/" is the finite prefix set
// {"0/", "00/"} rather than a hundred strings.
func shapeDigits(s string) string {
	if strings.IndexAny(s, "123456789") < 0 {
		return s
	}
	return string(appendShaped(nil, s))
}

func appendShaped(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if '1' <= c && c <= '9' {
			c = '0'
		}
		dst = append(dst, c)
	}
	return dst
}
