package rules

import (
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// randomKey folds random text made of the words of testdata/news.txt,
// numbers and the punctuation dates and counts are written with.
func randomKey(t *testing.T, r *rand.Rand, words int) *fold.Text {
	t.Helper()
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	vocab := strings.Fields(string(data))
	extra := []string{"-", "/", ".", ",", ":", "(", ")", "%", "\n", "5-9/1", "27/1/2022", "1.234,5", "15:30", "2021-2026", "\xff", "Ba", "năm", "tháng"}
	var b strings.Builder
	for range words {
		switch r.IntN(4) {
		case 0:
			b.WriteString(strconv.Itoa(r.IntN(3000)))
		case 1:
			b.WriteString(extra[r.IntN(len(extra))])
		default:
			b.WriteString(vocab[r.IntN(len(vocab))])
		}
		if r.IntN(6) != 0 {
			b.WriteByte(' ')
		}
	}
	return fold.New(b.String())
}

// TestDFAAgreesWithRegexp checks each automaton against the regexp it
// was built from, at every token start of random text.
func TestDFAAgreesWithRegexp(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 11))
	key := randomKey(t, r, 3000).Key
	for _, ru := range set.rules {
		pf := ru.find.(*patternFinder)
		if pf.dfa == nil {
			t.Errorf("%s: no automaton for its pattern", ru.id)
			continue
		}
		for p := 0; p < len(key); p++ {
			if p > 0 && !boundary(key, p) || !utf8RuneStart(key, p) {
				continue
			}
			w := key[p:min(len(key), p+pf.maxLen)]
			want := -1
			if loc := pf.re.FindStringIndex(w); loc != nil {
				want = loc[1]
			}
			if got := pf.dfa.longest(w); got != want {
				t.Fatalf("%s: pattern at %q: automaton ends at %d, regexp at %d", ru.id, w, got, want)
			}
			if ru.notAfterDFA != nil {
				w := key[p:runeStart(key, min(len(key), p+ru.after))]
				if got, want := ru.notAfterDFA.matches(w), ru.notAfter.MatchString(w); got != want {
					t.Fatalf("%s: not_after on %q: automaton %v, regexp %v", ru.id, w, got, want)
				}
			}
			if ru.notBeforeDFA != nil {
				w := key[runeStart(key, max(0, p-ru.before)):p]
				want := ru.notBefore.Match(reverseRunes(nil, w))
				if got, ok := ru.notBeforeDFA.matchesReversed(w); ok && got != want {
					t.Fatalf("%s: not_before on %q: automaton %v, regexp %v", ru.id, w, got, want)
				}
			}
		}
	}
}

func utf8RuneStart(s string, p int) bool { return p == len(s) || s[p]&0xC0 != 0x80 }

// TestTriggersLoseNothing checks that Apply, which tries a rule only where
// its trigger fits, finds what trying every rule at every token finds.
func TestTriggersLoseNothing(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 5))
	for range 20 {
		txt := randomKey(t, r, 500)
		got := set.Apply(txt, nil)
		sc := new(scratch)
		d := &doc{Text: txt, cur: txt.Cursor()}
		key := txt.Key
		for p := 0; p < len(key); {
			end := wordEnd(key, p)
			if end == p {
				_, n := decodeRune(key, p)
				if key[p] != ' ' && key[p] != '\n' {
					for _, ru := range set.rules {
						ru.run(d, p, sc)
					}
				}
				p += n
				continue
			}
			for _, ru := range set.rules {
				ru.run(d, p, sc)
			}
			p = end
		}
		want := resolve(sc, nil)
		for i := range want {
			want[i].Start, want[i].End = txt.Span(want[i].Start, want[i].End)
		}
		slices.SortFunc(want, compareMatch)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("on %q:\n got %v\nwant %v", txt.Source, got, want)
		}
	}
}

// TestDFAStepForms checks the automaton's quick reading of the two- and
// three-byte forms of Vietnamese letters, both ways, against decoding
// each rune.
func TestDFAStepForms(t *testing.T) {
	d := newDFA(regexp.MustCompile(`\A(?:[a-zà-ỹđ]|[ă-ơ]x)`))
	if d == nil || d.start&accBit != 0 {
		t.Fatal("bad test automaton")
	}
	for r := rune(utf8.RuneSelf); r < 0x2000; r++ {
		s := string(r)
		want := d.next[int(d.start>>flagBits)+d.class(r)]
		if got, n := d.step(d.start, s+"a", 0); got != want || n != len(s) {
			t.Fatalf("step(%q) = %d, %d; want %d, %d", s, got, n, want, len(s))
		}
		if got, ok := d.matchesReversed(s); !ok || got != (want&accEndBit != 0) {
			t.Fatalf("matchesReversed(%q) = %v, %v", s, got, ok)
		}
	}
}
