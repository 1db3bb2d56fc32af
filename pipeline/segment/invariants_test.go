package segment

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkSentences fails t unless sents are in bounds, ordered, non-empty,
// non-overlapping, trimmed of white space, and together cover every
// non-space byte of text.
func checkSentences(t testing.TB, text string, sents []Span) {
	t.Helper()
	covered := make([]bool, len(text))
	prev := 0
	for i, s := range sents {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d %v out of order or bounds (prev end %d, len %d) in %q", i, s, prev, len(text), text)
		}
		if n := skipSpace(text, s.Start, s.End); n != s.Start {
			t.Fatalf("sentence %d %v starts with space in %q", i, s, text)
		}
		if r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End]); n > 1 || r != utf8.RuneError {
			if isSpace(r) {
				t.Fatalf("sentence %d %v ends with space in %q", i, s, text)
			}
		}
		for j := s.Start; j < s.End; j++ {
			covered[j] = true
		}
		prev = s.End
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r == utf8.RuneError && n == 1 || !isSpace(r)) && !covered[i] {
			t.Fatalf("non-space byte %d (%q) of %q is in no sentence %v", i, text[i:i+n], text, sents)
		}
		i += n
	}
}

// checkTokens fails t unless toks are in span, ordered, non-empty,
// non-overlapping, of a known kind, neither start nor end with white space,
// and cover every non-space byte of the span.
func checkTokens(t testing.TB, text string, span Span, toks []Token) {
	t.Helper()
	lo, hi := max(span.Start, 0), min(span.End, len(text))
	if lo > hi {
		lo = hi
	}
	prev := lo
	covered := make([]bool, len(text))
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > hi {
			t.Fatalf("token %d %+v out of order or span [%d,%d) in %q", i, tk, lo, hi, text)
		}
		if tk.Kind < Word || tk.Kind > Symbol {
			t.Fatalf("token %d %+v has unknown kind", i, tk)
		}
		if skipSpace(text, tk.Start, tk.End) != tk.Start {
			t.Fatalf("token %d %+v starts with space in %q", i, tk, text)
		}
		for j := tk.Start; j < tk.End; j++ {
			covered[j] = true
		}
		prev = tk.End
	}
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if (r == utf8.RuneError && n == 1 || !isSpace(r)) && !covered[i] {
			t.Fatalf("non-space byte %d (%q) of %q is in no token", i, text[i:i+n], text)
		}
		i += n
	}
}

// trickyPieces are fragments that exercise the segmenters' special cases;
// random strings are built from them.
var trickyPieces = []string{
	"Quân", "khu", "Đ", "đ", "ệ", "e\u0323\u0302", "A", "v", "c", "TP", "TS", "PGS", "Th", "S", "Q", "HCM", "QĐ", "BQP", "Covid",
	"1", "2021", "234", "7", ".", ".", "...", "…", "!", "?", ",", "/", "-", "–", "%", ":", ";",
	" ", " ", "  ", "\n", "\r\n", "\n\n", "\t", "\u00a0", "\u2028", "\u0301", "\u200d",
	"“", "”", "\"", "'", "(", ")", "[", "]", "«", "»", "🇻🇳", "👍🏻", "\xff", "\xe1\xbb", "\x00",
}

func randomText(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(40); n > 0; n-- {
		b.WriteString(trickyPieces[r.IntN(len(trickyPieces))])
	}
	return b.String()
}

func TestSentencesCoverNonSpace(t *testing.T) {
	doc, err := os.ReadFile("testdata/tin-quan-su.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkSentences(t, string(doc), Sentences(string(doc)))
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		text := randomText(r)
		checkSentences(t, text, Sentences(text))
	}
}

func TestTokensCoverNonSpace(t *testing.T) {
	doc, err := os.ReadFile("testdata/tin-quan-su.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkTokens(t, string(doc), Span{0, len(doc)}, Tokens(string(doc)))
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		text := randomText(r)
		checkTokens(t, text, Span{0, len(text)}, Tokens(text))
		for _, s := range Sentences(text) {
			checkTokens(t, text, s, AppendTokens(nil, text, s))
		}
	}
}
