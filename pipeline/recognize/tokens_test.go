package recognize

import (
	"slices"
	"testing"
	"unicode"

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

// TestReadCase checks the case flags read through the letter tables
// against package unicode, for words of every letter up to U+2000 and
// for broken sequences.
func TestReadCase(t *testing.T) {
	want := func(src string) (capital, upper bool) {
		letters, uppers := 0, 0
		for j, r := range src {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
					capital = capital || j == 0
				}
			}
		}
		return capital, letters >= 2 && uppers == letters
	}
	check := func(src string) {
		t.Helper()
		var tk tok
		readCase(&tk, "a", src)
		if c, u := want(src); tk.capital != c || tk.upper != u {
			t.Fatalf("readCase(%q): capital %v upper %v, want %v %v", src, tk.capital, tk.upper, c, u)
		}
	}
	for r := rune(0x80); r < 0x2000; r++ {
		s := string(r)
		check(s)
		check(s + s)
		check(s + "a")
		check("A" + s)
		check(s[:len(s)-1] + "A")
	}
	for _, s := range []string{"\xc3", "\xc3A", "\xe1\xba", "\xe1\xbaA", "\xe1\xbc\x80", "\xc6\xff", "\xc6"} {
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
