package rules

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/fold"
)

func TestParseWords(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		used string // the words read; "" when refused
	}{
		{"ba", 3, "ba"},
		{"mười", 10, "mười"},
		{"mười lăm", 15, "mười lăm"},
		{"hai mươi", 20, "hai mươi"},
		{"hai mươi tư", 24, "hai mươi tư"},
		{"hai mươi mốt", 21, "hai mươi mốt"},
		{"ba mươi lăm", 35, "ba mươi lăm"},
		{"một trăm linh năm", 105, "một trăm linh năm"},
		{"hai trăm ba mươi", 230, "hai trăm ba mươi"},
		{"ba nghìn", 3000, "ba nghìn"},
		{"một triệu hai trăm nghìn", 1200000, "một triệu hai trăm nghìn"},
		{"hai tỷ năm trăm triệu", 2500000000, "hai tỷ năm trăm triệu"},
		{"một nghìn tỷ", 1e12, "một nghìn tỷ"},
		{"hai chục", 20, "hai chục"},
		{"năm năm", 5, "năm"},                // five years
		{"hai mươi năm", 20, "hai mươi"},     // twenty years
		{"mười năm", 10, "mười"},             // ten years
		{"hai nghìn năm", 2000, "hai nghìn"}, // two thousand years
		{"một trăm linh", 100, "một trăm"},
		{"hai ba", 2, "hai"},
		{"tư", 0, ""},
		{"mươi", 0, ""},
		{"nghìn", 0, ""},
	}
	for _, tt := range tests {
		x, used, ok := parseWords(tt.in)
		if got := tt.in[:used]; !ok && tt.used != "" || ok && (x != tt.want || got != tt.used) {
			t.Errorf("parseWords(%q) = %v, %q, %v; want %v, %q", tt.in, x, got, ok, tt.want, tt.used)
		}
	}
}

func TestParseDigits(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"19", 19, true},
		{"1.200", 1200, true},
		{"22.000", 22000, true},
		{"1.234.567", 1234567, true},
		{"368,7", 368.7, true},
		{"1.234,5", 1234.5, true},
		{"12.5", 0, false},
		{"1.2345", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		x, ok := parseDigits(tt.in)
		if ok != tt.ok || x != tt.want {
			t.Errorf("parseDigits(%q) = %v, %v; want %v, %v", tt.in, x, ok, tt.want, tt.ok)
		}
	}
}

func TestISODate(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
		ok      bool
	}{
		{2022, 1, 27, "2022-01-27", true},
		{2022, 1, 0, "2022-01", true},
		{2022, 0, 0, "2022", true},
		{0, 1, 27, "--01-27", true},
		{0, 5, 0, "--05", true},
		{2024, 2, 30, "", false},
		{2024, 13, 1, "", false},
		{0, 0, 5, "", false},
		{999, 1, 1, "", false},
	}
	for _, tt := range tests {
		got, ok := isoDate(tt.y, tt.m, tt.d)
		if got != tt.want || ok != tt.ok {
			t.Errorf("isoDate(%d, %d, %d) = %q, %v; want %q, %v", tt.y, tt.m, tt.d, got, ok, tt.want, tt.ok)
		}
	}
}

// parseDigitsRef is parseDigits as a regular expression and strconv say
// it, to check the hand-written one against.
func parseDigitsRef(s string) (float64, bool) {
	if !regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$`).MatchString(s) {
		return 0, false
	}
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Replace(s, ",", ".", 1)
	x, err := strconv.ParseFloat(s, 64)
	return x, err == nil && !math.IsInf(x, 0)
}

func FuzzParseDigits(f *testing.F) {
	for _, s := range []string{"1.200", "368,7", "1.234,5", "12.5", "123456789012345678", "999999999999999,9", "1.234.567.890.123.456", ",5", "1,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, ok := parseDigits(s)
		wx, wok := parseDigitsRef(s)
		if ok != wok || x != wx {
			t.Fatalf("parseDigits(%q) = %v, %v; want %v, %v", s, x, ok, wx, wok)
		}
	})
}

// stopAtRef is stopAt as a map lookup of the first one, two and three
// words, to check the trie against.
func stopAtRef(list map[string]bool, key string, p int) bool {
	e := p
	for range 3 {
		e = wordEnd(key, e)
		if list[key[p:e]] {
			return true
		}
		if e+1 >= len(key) || key[e] != ' ' {
			return false
		}
		e++
	}
	return false
}

func TestStopAt(t *testing.T) {
	list := map[string]bool{"và": true, "trong đó": true, "a b c": true, "a b c d": true, "x  y": true, "(z": true, "v.v": true, "tp.": true, "đ": true}
	for _, name := range []string{"data/unit-stop.txt", "data/name-stop.txt", "data/law-words.txt"} {
		for w := range wordList(name) {
			list[w] = true
		}
	}
	trie := newPhraseTrie(list)
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"và trong đó, a b c d và x  y (z v.v tp. đ đà vàng trong đóa a b c",
		"trong",
		"a b c",
		fold.New(string(news)).Key,
	} {
		for p := range len(s) + 1 {
			if got, want := stopAt(trie, s, p), stopAtRef(list, s, p); got != want {
				t.Errorf("stopAt(%q, %d) = %v, want %v", s[p:min(len(s), p+20)], p, got, want)
			}
		}
	}
}

// TestISODateAll checks isoDate against the concatenation it replaced
// on every month and day around the valid ranges.
func TestISODateAll(t *testing.T) {
	two := func(n int) string {
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	}
	ref := func(y, m, d int) (string, bool) {
		if y < 0 || m < 0 || d < 0 || y == 0 && m == 0 ||
			y != 0 && (y < 1000 || y > 2999) || m > 12 || d != 0 && m == 0 ||
			d > 0 && d > monthDays[m] {
			return "", false
		}
		switch {
		case d > 0 && y > 0:
			return strconv.Itoa(y) + "-" + two(m) + "-" + two(d), true
		case d > 0:
			return "--" + two(m) + "-" + two(d), true
		case m > 0 && y > 0:
			return strconv.Itoa(y) + "-" + two(m), true
		case m > 0:
			return "--" + two(m), true
		}
		return strconv.Itoa(y), true
	}
	for _, y := range []int{-1, 0, 999, 1000, 2024, 2999, 3000} {
		for m := -1; m <= 13; m++ {
			for d := -1; d <= 32; d++ {
				got, ok := isoDate(y, m, d)
				want, wok := ref(y, m, d)
				if got != want || ok != wok {
					t.Errorf("isoDate(%d, %d, %d) = %q, %v; want %q, %v", y, m, d, got, ok, want, wok)
				}
			}
		}
	}
}
