package pipeline

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/gazetteer"
	"github.com/vnextract/vnextract/pipeline/fold"
)

// TestLetterShortcuts checks isLetter and isUpper against package unicode
// over the ranges they answer directly.
func TestLetterShortcuts(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v", r, isLetter(r))
		}
		if isUpper(r) != unicode.IsUpper(r) {
			t.Fatalf("isUpper(%U) = %v", r, isUpper(r))
		}
	}
}

// TestDecodeLetter checks the in-line decoding of Vietnamese letters
// against package utf8 for every rune up to U+2000 and for truncated and
// broken sequences.
func TestDecodeLetter(t *testing.T) {
	check := func(s string) {
		t.Helper()
		r, n := decodeLetter(s, 0)
		if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
			t.Fatalf("decodeLetter(%q) = %U, %d; want %U, %d", s, r, n, wr, wn)
		}
	}
	for r := rune(0x80); r < 0x2000; r++ {
		s := string(r)
		check(s + "a")
		check(s[:len(s)-1])
	}
	for _, s := range []string{"\xc3", "\xc3A", "\xe1\xba", "\xe1\xbaA", "\xe1\xbc\x80", "\xc6\xff"} {
		check(s)
	}
}

// TestShouting checks that only lines of four or more words, all in
// capitals, are marked as headlines.
func TestShouting(t *testing.T) {
	text := "HỘI NGHỊ ĐẢNG ỦY QUÂN KHU 7\nĐại tá Nguyễn Văn An\nTIN VẮN QĐND\nSƯ ĐOÀN 5 A B"
	ft := fold.New(text)
	toks := tokenize(ft, gazetteer.Tokenize(ft.Key, nil), nil)
	var got []string
	for _, tk := range toks {
		if tk.shout {
			got = append(got, text[tk.ss:tk.se])
		}
	}
	want := []string{"HỘI", "NGHỊ", "ĐẢNG", "ỦY", "QUÂN", "KHU", "7", "SƯ", "ĐOÀN", "5", "A", "B"}
	if !slices.Equal(got, want) {
		t.Fatalf("shouting tokens = %q, want %q", got, want)
	}
}
