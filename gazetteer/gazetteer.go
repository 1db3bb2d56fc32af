// Package gazetteer loads vnextract's word lists (ranks, office titles,
// organizations, places, surnames …) and finds their entries in folded
// text.
//
// A list is a UTF-8 text file: a comment header (lines starting with
// '#') saying what it holds and where its facts come from, one directive
// line "@kind KIND", then one entry per line, optionally followed by a
// TAB and the entry's canonical form. The defaults are embedded; a user
// directory adds lists in the same format without recompiling.
//
// District and commune lists are different in one way: their names
// ("Quang Trung", "Hòa Bình", "3") are as often ordinary words or a
// person's name, so they count only after an administrative noun ("xã",
// "phường", "huyện" …). Their entries are kept out of Match; MatchAt finds
// them at the token after such a noun, and each entry says with Nouns
// which nouns it takes. Such a list groups its entries under
// "@nouns NOUN, NOUN" lines.
package gazetteer

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/fold"
	"golang.org/x/text/unicode/norm"
)

// Kind says what a list's entries are.
type Kind string

// The kinds a list may declare.
const (
	Rank     Kind = "rank"     // military, police and militia ranks
	Title    Kind = "title"    // office titles (chức vụ)
	Org      Kind = "org"      // names that are organizations on their own
	OrgHead  Kind = "orghead"  // type nouns that name a body with a qualifier
	Province Kind = "province" // provinces and cities
	Country  Kind = "country"  // countries
	Region   Kind = "region"   // regions and seas
	Surname  Kind = "surname"  // family names
	NonName  Kind = "nonname"  // capitalized words that are never part of a name
	NameTail Kind = "nametail" // lower-case words that continue an official name
	District Kind = "district" // districts, named only after their noun (huyện, quận …)
	Commune  Kind = "commune"  // communes and wards, named only after their noun (xã, phường …)
	Word     Kind = "word"     // words of two syllables a name may capitalize only the first of
)

// NumKinds is the number of kinds; Index numbers them from 0.
const NumKinds = 13

// Index numbers the kind from 0 to NumKinds-1, or -1 for an unknown
// kind, so callers can keep per-kind tables in arrays.
func (k Kind) Index() int {
	switch k {
	case Rank:
		return 0
	case Title:
		return 1
	case Org:
		return 2
	case OrgHead:
		return 3
	case Province:
		return 4
	case Country:
		return 5
	case Region:
		return 6
	case Surname:
		return 7
	case NonName:
		return 8
	case NameTail:
		return 9
	case District:
		return 10
	case Commune:
		return 11
	case Word:
		return 12
	}
	return -1
}

var kinds = map[Kind]bool{Rank: true, Title: true, Org: true, OrgHead: true, Province: true,
	Country: true, Region: true, Surname: true, NonName: true, NameTail: true,
	District: true, Commune: true, Word: true}

// Qualified says whether the kind's names count only after an
// administrative noun: those entries are found by MatchAt, not Match.
func (k Kind) Qualified() bool { return k == District || k == Commune }

// LookupOnly says whether the kind's entries are found only by Lookup,
// never matched in text: common words ("điều hành") would add a hit at
// every other word of a report and slow every stage that reads hits.
func (k Kind) LookupOnly() bool { return k == Word }

// ErrFormat is wrapped by every error about a malformed list file.
var ErrFormat = errors.New("gazetteer: malformed list")

//go:embed data/*.txt
var defaultFS embed.FS

// Entry is one line of a list.
type Entry struct {
	Text      string // as written in the list
	Canonical string // the canonical form, or Text when the line gives none
	Kind      Kind
	File      string // list file name
	Line      int    // 1-based line in File
	// Abbrev is set for entries written in capitals ("UBND", "TƯ"): they
	// match only text in capitals, so "TƯ" never matches "Tư lệnh".
	Abbrev bool
	// Nouns are the administrative nouns, in lower case, that a district
	// or commune entry takes ("xã", "phường"); nil for other kinds.
	Nouns []string

	id string // "file:line", made once at load
	// key and canonKey are Text and Canonical folded, made once at load.
	key, canonKey string
	// kindIndex is Kind.Index(), kept so hot loops need no string switch.
	kindIndex int8
	// nounKeys holds Nouns folded.
	nounKeys []string
}

// TakesNoun says whether the entry takes the administrative noun whose
// folded text is key ("xã", "thị trấn").
func (e *Entry) TakesNoun(key string) bool {
	for _, k := range e.nounKeys {
		if k == key {
			return true
		}
	}
	return false
}

// KindIndex is e.Kind.Index(), without comparing strings.
func (e *Entry) KindIndex() int { return int(e.kindIndex) }

// CanonicalKey is the entry's canonical form folded (see package fold),
// for comparing it with text without folding it again.
func (e *Entry) CanonicalKey() string { return e.canonKey }

// ID names the entry for reports: "file:line".
func (e *Entry) ID() string { return e.id }

// Lists is a compiled set of lists. It is immutable and safe for
// concurrent use.
type Lists struct {
	entries []*Entry
	// trie finds the entries in token sequences; see trie.go. It holds
	// no entry of a qualified kind: those are in after, for MatchAt.
	trie  trie
	after trie
	// byKey holds every entry's folded text per kind, for lookups of a
	// phrase already cut out of the text.
	byKey map[Kind]map[string]*Entry
}

// Default returns the embedded lists.
func Default() (*Lists, error) {
	sub, err := fs.Sub(defaultFS, "data")
	if err != nil {
		return nil, err
	}
	return Load(sub)
}

// Load reads every *.txt file at the top of fsys as a list.
func Load(fsys fs.FS) (*Lists, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	l := &Lists{byKey: map[Kind]map[string]*Entry{}}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		entries, err := parse(path.Base(name), string(data))
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			l.add(e)
		}
	}
	l.build()
	return l, nil
}

// Merge returns lists holding the entries of l and then of other, so a
// user's lists add to the defaults.
func (l *Lists) Merge(other *Lists) *Lists {
	m := &Lists{byKey: map[Kind]map[string]*Entry{}}
	for _, e := range l.entries {
		m.add(e)
	}
	for _, e := range other.entries {
		m.add(e)
	}
	m.build()
	return m
}

// build makes the tries once all entries are in: one for Match, one
// for MatchAt's qualified kinds.
func (l *Lists) build() {
	entries := make([]*Entry, 0, len(l.entries))
	var after []*Entry
	for _, e := range l.entries {
		if e.Kind.LookupOnly() {
			continue
		}
		if e.Kind.Qualified() {
			after = append(after, e)
		} else {
			entries = append(entries, e)
		}
	}
	l.trie, l.after = newTrie(entries), newTrie(after)
}

// Len is the number of entries.
func (l *Lists) Len() int { return len(l.entries) }

func parse(file, data string) ([]*Entry, error) {
	var (
		kind Kind
		// Sized for a line per entry; the entries are allocated as one
		// block, since the commune list alone holds thousands.
		lines   = strings.Count(data, "\n") + 1
		entries = make([]*Entry, 0, lines)
		block   = make([]Entry, 0, lines)
		seen    = make(map[string]int, lines)
		// nouns and nounKeys are those of the last @nouns line; the
		// entries under it share the slices.
		nouns, nounKeys []string
	)
	errAt := func(line int, format string, args ...any) error {
		return fmt.Errorf("%w: %s:%d: %s", ErrFormat, file, line, fmt.Sprintf(format, args...))
	}
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		switch {
		case !utf8.ValidString(line):
			return nil, errAt(n, "not UTF-8; save the list as UTF-8")
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "@nouns"):
			if !kind.Qualified() {
				return nil, errAt(n, "@nouns is for district and commune lists; put \"@kind district\" or \"@kind commune\" before it")
			}
			var err string
			nouns, nounKeys, err = parseNouns(strings.TrimPrefix(line, "@nouns"))
			if err != "" {
				return nil, errAt(n, "%s", err)
			}
			continue
		case strings.HasPrefix(line, "@"):
			f := strings.Fields(line)
			if len(f) != 2 || f[0] != "@kind" {
				return nil, errAt(n, "unknown directive %q; the only one is \"@kind KIND\"", line)
			}
			if kind != "" {
				return nil, errAt(n, "second @kind line; a file holds one kind")
			}
			kind = Kind(f[1])
			if !kinds[kind] {
				return nil, errAt(n, "unknown kind %q; use one of %s", f[1], kindNames())
			}
			continue
		}
		if kind == "" {
			return nil, errAt(n, "entry before the @kind line; start the file with \"@kind KIND\"")
		}
		if kind.Qualified() && nouns == nil {
			return nil, errAt(n, "entry before a @nouns line; a %s list says which nouns its names take, as \"@nouns xã, phường\"", kind)
		}
		text, canon, _ := strings.Cut(line, "\t")
		text, canon = norm.NFC.String(strings.TrimSpace(text)), norm.NFC.String(strings.TrimSpace(canon))
		if text == "" || strings.Contains(canon, "\t") {
			return nil, errAt(n, "an entry is TEXT or TEXT<TAB>CANONICAL")
		}
		if canon == "" {
			canon = text
		}
		key := fold.String(text)
		if prev, dup := seen[key]; dup {
			return nil, errAt(n, "%q repeats line %d", text, prev)
		}
		seen[key] = n
		canonKey := key
		if canon != text {
			canonKey = fold.String(canon)
		}
		block = append(block, Entry{Text: text, Canonical: canon, Kind: kind, File: file, Line: n, Abbrev: isAbbrev(text), Nouns: nouns, nounKeys: nounKeys, id: file + ":" + strconv.Itoa(n), key: key, canonKey: canonKey, kindIndex: int8(kind.Index())})
		entries = append(entries, &block[len(block)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %s: %w", file, err)
	}
	if kind == "" {
		return nil, errAt(1, "no @kind line")
	}
	return entries, nil
}

// parseNouns reads the list after "@nouns": lower-case nouns parted by
// commas. It returns them as written and folded, or what is wrong.
func parseNouns(s string) (nouns, keys []string, problem string) {
	if s != "" && s[0] != ' ' && s[0] != '\t' {
		return nil, nil, "unknown directive; the line is \"@nouns NOUN, NOUN\""
	}
	for _, f := range strings.Split(s, ",") {
		f = norm.NFC.String(strings.Join(strings.Fields(f), " "))
		if f == "" {
			return nil, nil, "empty noun; the line is \"@nouns NOUN, NOUN\", as \"@nouns xã, phường\""
		}
		if f != strings.ToLower(f) {
			return nil, nil, fmt.Sprintf("noun %q has capitals; write nouns in lower case", f)
		}
		nouns, keys = append(nouns, f), append(keys, fold.String(f))
	}
	return nouns, keys, ""
}

func kindNames() string {
	var ks []string
	for k := range kinds {
		ks = append(ks, string(k))
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// add adds e to the entries and to byKey; the trie is built once all
// are in.
func (l *Lists) add(e *Entry) {
	l.entries = append(l.entries, e)
	key := e.key
	if l.byKey[e.Kind] == nil {
		l.byKey[e.Kind] = map[string]*Entry{}
	}
	if _, ok := l.byKey[e.Kind][key]; !ok {
		l.byKey[e.Kind][key] = e
	}
}

// Lookup returns the entry of the given kind whose folded text is key.
func (l *Lists) Lookup(kind Kind, key string) *Entry {
	return l.byKey[kind][key]
}

// Token is a word or a punctuation mark of a folded key, by byte offsets.
type Token struct{ Start, End int }

// Tokenize splits a folded key into tokens: runs of letters, marks and
// digits, and single other non-space characters, so that "tp.hcm" and
// "tp. hcm" give the same tokens. It appends to dst.
func Tokenize(key string, dst []Token) []Token {
	// One loop, with the word's end found in line and bytes told by one
	// table, since the calls of a loop a word cost as much as the work.
	for i := 0; i < len(key); {
		c := key[i]
		j := i + 1 // the end of the token's first rune
		switch byteClass[c] {
		case blank:
			i++
			continue
		case other, apostrophe:
			dst = append(dst, Token{i, j})
			i = j
			continue
		case letter, digitClass:
		default:
			n := wordRuneLen(key, i)
			if n == 0 {
				_, n = utf8.DecodeRuneInString(key[i:])
				dst = append(dst, Token{i, i + n})
				i += n
				continue
			}
			j = i + n
		}
		// "QK7" is "QK" and "7": letters and digits meet at a token
		// boundary, so abbreviations keep matching before numbers.
		if byteClass[c] == digitClass {
			j = digitsEnd(key, j)
			// An apostrophe inside a word belongs to it (H'Hen, Ê'đê),
			// and after it letters follow, as in a word.
			if j+1 >= len(key) || key[j] != '\'' || !isWordRuneAt(key, j+1) {
				dst = append(dst, Token{i, j})
				i = j
				continue
			}
			j++
		}
	letters:
		for j < len(key) {
			c := key[j]
			switch byteClass[c] {
			case letter:
				j++
			case lead2:
				// U+00C0–U+023F are letters, but for × and ÷.
				if j+1 >= len(key) || key[j+1]&0xC0 != 0x80 || c == 0xC3 && (key[j+1] == 0x97 || key[j+1] == 0xB7) {
					break letters
				}
				j += 2
			case leadE1:
				// ạ … ỹ, U+1EA0–U+1EF9, most of Vietnamese's letters.
				if j+2 < len(key) {
					if c1, c2 := key[j+1], key[j+2]; c1 == 0xBA && c2 >= 0xA0 && c2 <= 0xBF || c1 == 0xBB && c2 >= 0x80 && c2 <= 0xB9 {
						j += 3
						continue
					}
				}
				n := wordRuneLen(key, j)
				if n == 0 {
					break letters
				}
				j += n
			case apostrophe:
				// After an apostrophe a digit starts a new token, as
				// after a letter.
				if j+1 >= len(key) || !isWordRuneAt(key, j+1) {
					break letters
				}
				j++
			case leadOther:
				n := wordRuneLen(key, j)
				if n == 0 {
					break letters
				}
				j += n
			default:
				break letters
			}
		}
		dst = append(dst, Token{i, j})
		i = j
	}
	return dst
}

// The classes of bytes for Tokenize.
const (
	other = iota
	blank
	letter
	digitClass
	apostrophe
	lead2     // lead byte of U+00C0–U+023F, letters but for × and ÷
	leadE1    // lead byte of U+1000–U+1FFF, Vietnamese's ạ … ỹ among them
	leadOther // any other byte of 0x80 or more: wordRuneLen decides
)

var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c == '\n':
			t[c] = blank
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = letter
		case '0' <= c && c <= '9':
			t[c] = digitClass
		case c == '\'':
			t[c] = apostrophe
		case 0xC3 <= c && c <= 0xC8:
			t[c] = lead2
		case c == 0xE1:
			t[c] = leadE1
		case c >= utf8.RuneSelf:
			t[c] = leadOther
		}
	}
	return t
}()

// digitsEnd returns the end of the run of ASCII digits from key[j] on.
func digitsEnd(key string, j int) int {
	for j < len(key) && byteClass[key[j]] == digitClass {
		j++
	}
	return j
}

// wordRuneLen returns the length of the rune at key[i], which is not
// ASCII, when it continues a word, and 0 when it does not. Vietnamese
// letters are told by their bytes, without decoding.
func wordRuneLen(key string, i int) int {
	c := key[i]
	if c >= 0xC3 && c <= 0xC8 && i+1 < len(key) && key[i+1]&0xC0 == 0x80 {
		// U+00C0–U+023F are letters, but for × and ÷.
		if c == 0xC3 && (key[i+1] == 0x97 || key[i+1] == 0xB7) {
			return 0
		}
		return 2
	}
	if c == 0xE1 && i+2 < len(key) {
		// ạ … ỹ, U+1EA0–U+1EF9.
		if c1, c2 := key[i+1], key[i+2]; c1 == 0xBA && c2 >= 0xA0 && c2 <= 0xBF || c1 == 0xBB && c2 >= 0x80 && c2 <= 0xB9 {
			return 3
		}
	}
	r, n := utf8.DecodeRuneInString(key[i:])
	if isWordRune(r) {
		return n
	}
	return 0
}

// isWordRuneAt says whether the rune at key[i] continues a word.
func isWordRuneAt(key string, i int) bool {
	if c := key[i]; c < utf8.RuneSelf {
		return byteClass[c] == letter || byteClass[c] == digitClass
	}
	return wordRuneLen(key, i) > 0
}

// Hit is an entry found in a token sequence: tokens [Start, End).
type Hit struct {
	Start, End int
	Entry      *Entry
}

// Match appends to dst every entry that occurs in key, tokenized as
// toks, as token ranges; hits come in order of start, shorter first.
// Entries of a qualified kind (district, commune) are not among them; see
// MatchAt.
func (l *Lists) Match(key string, toks []Token, dst []Hit) []Hit {
	return l.trie.match(key, toks, dst)
}

// MatchAt appends to dst the district and commune entries that start at
// token i of key, shorter first. Call it at the token after an
// administrative noun ("xã Hội Sơn": at "Hội"), and keep the hits whose
// entry TakesNoun that noun.
func (l *Lists) MatchAt(key string, toks []Token, i int, dst []Hit) []Hit {
	return l.after.matchAt(key, toks, i, dst)
}

// isAbbrev says whether every letter of s is upper case and there are two
// or more.
func isAbbrev(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
