package fold

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Thiếu tướng Trần Ngọc Tuấn", "thiếu tướng trần ngọc tuấn"},
		{"HÒA BÌNH", "hoà bình"},
		{"hòa", "hoà"},
		{"hoà", "hoà"},
		{"Thủy quân", "thuỷ quân"},
		{"khỏe", "khoẻ"},
		{"Quý", "quý"},
		{"Đại  tá\u00a0Dương", "đại tá dương"},
		{"Nông Ðức Mạnh, ðảng", "nông đức mạnh, đảng"},
		{"Luật Dân quân – Tự vệ", "luật dân quân - tự vệ"},
		{"“Dân vận khéo”", "\"dân vận khéo\""},
		{"a\u200bb", "ab"},
		{"line one \r\n  line two", "line one\nline two"},
		{"  lead", "lead"},
		{"trail  ", "trail"},
		{norm.NFD.String("Phó Chính ủy Quân khu II"), "phó chính uỷ quân khu ii"},
		{norm.NFD.String("Hòa"), "hoà"},
	}
	for _, tt := range tests {
		if got := New(tt.in).Key; got != tt.want {
			t.Errorf("New(%q).Key = %q, want %q", tt.in, got, tt.want)
		}
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSpanMapsBack finds key phrases and checks that the mapped source
// spans hold exactly the phrase as written.
func TestSpanMapsBack(t *testing.T) {
	tests := []struct {
		src, phrase, want string
	}{
		{"Đồng chí Phó Chính ủy yêu cầu", "phó chính uỷ", "Phó Chính ủy"},
		{"xây dựng hòa bình", "hoà bình", "hòa bình"},
		{"Luật Dân quân – Tự vệ; Luật", "luật dân quân - tự vệ", "Luật Dân quân – Tự vệ"},
		{"nhiệm kỳ 2021  –  2026.", "nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2021  –  2026"},
		{"x Thủy\u200b quân y", "thuỷ quân", "Thủy\u200b quân"},
		{"x Thủy\u200b y", "thuỷ", "Thủy"},
		{norm.NFD.String("ở Hòa Bình nhé"), "hoà bình", norm.NFD.String("Hòa Bình")},
		{"một\r\nhai", "hai", "hai"},
		{"\ufeffBộ đội", "bộ đội", "Bộ đội"},
		{"  \u200bBộ", "bộ", "Bộ"},
	}
	for _, tt := range tests {
		ft := New(tt.src)
		k := strings.Index(ft.Key, tt.phrase)
		if k < 0 {
			t.Fatalf("%q not in key %q", tt.phrase, ft.Key)
		}
		s, e := ft.Span(k, k+len(tt.phrase))
		if got := tt.src[s:e]; got != tt.want {
			t.Errorf("span of %q in %q = %q [%d,%d), want %q", tt.phrase, tt.src, got, s, e, tt.want)
		}
	}
}

func TestLinearAcrossText(t *testing.T) {
	src := "Cục Chính trị Quân khu II: Hội nghị"
	ft := New(src)
	if len(ft.segs) != 1 {
		t.Errorf("NFC text with single spaces gave %d segments, want 1", len(ft.segs))
	}
	for i := 0; i <= len(ft.Key); i++ {
		if got := ft.ToSource(i); got != i {
			t.Fatalf("ToSource(%d) = %d", i, got)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Thiếu tướng Hòa", norm.NFD.String("thủy  –  khỏe"), "a\u200b\r\n b", "\xff\xfe", "ò", "úy",
		"ĐẠI TÁ Thủy Ỏe ọa ỦY ũy ụ\u0301 a \u0300b ẞ Ÿ\u00ad \u00a0x «y»", "Ọ\xe1\xbb ầ\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		ft := New(src)
		if !utf8.ValidString(ft.Key) && utf8.ValidString(src) {
			t.Fatalf("key of valid input is invalid UTF-8: %q", ft.Key)
		}
		if String(src) != ft.Key {
			t.Fatalf("String and New disagree on %q", src)
		}
		last := 0
		for k := 0; k <= len(ft.Key); k++ {
			s := ft.ToSource(k)
			if s < last || s > len(src) {
				t.Fatalf("ToSource(%d) = %d not monotonic in [0,%d] (prev %d); src %q key %q", k, s, len(src), last, src, ft.Key)
			}
			last = s
			e := ft.ToSourceEnd(k)
			if e < 0 || e > len(src) {
				t.Fatalf("ToSourceEnd(%d) = %d out of range", k, e)
			}
		}
		if New(src).Key != ft.Key {
			t.Fatal("not deterministic")
		}
		// A cursor answers as the Text does, in increasing order and
		// in any other.
		c := ft.Cursor()
		for _, k := range []int{0, 1, len(ft.Key) / 2, len(ft.Key) + 1, 2, len(ft.Key) - 1, -1} {
			for _, e := range []int{k, k + 1, k + 7} {
				s1, e1 := ft.Span(k, e)
				if s0, e0 := ft.ToSource(k), max(ft.ToSourceEnd(e), ft.ToSource(k)); s1 != s0 || e1 != e0 {
					t.Fatalf("Span(%d, %d) = %d, %d; ToSource, ToSourceEnd give %d, %d", k, e, s1, e1, s0, e0)
				}
				if s2, e2 := c.Span(k, e); s1 != s2 || e1 != e2 {
					t.Fatalf("cursor Span(%d, %d) = %d, %d; Text.Span %d, %d", k, e, s2, e2, s1, e1)
				}
			}
		}
		// In increasing order, as tokens come: the cursor's shortcut
		// inside one segment must agree with the search.
		c2 := ft.Cursor()
		for k := 0; k < len(ft.Key); k++ {
			for d := 1; d <= 3; d++ {
				s1, e1 := ft.Span(k, k+d)
				if s2, e2 := c2.Span(k, k+d); s1 != s2 || e1 != e2 {
					t.Fatalf("cursor Span(%d, %d) in order = %d, %d; Text.Span %d, %d", k, k+d, s2, e2, s1, e1)
				}
			}
		}
		for k := 0; k <= len(ft.Key); k++ {
			if a, b := c.ToSource(k), ft.ToSource(k); a != b {
				t.Fatalf("cursor ToSource(%d) = %d, Text %d", k, a, b)
			}
			if a, b := c.ToSourceEnd(k), ft.ToSourceEnd(k); a != b {
				t.Fatalf("cursor ToSourceEnd(%d) = %d, Text %d", k, a, b)
			}
		}
		// The bulk path folds and maps exactly as the general one.
		f := folder{src: src, track: true, slow: true}
		f.run()
		slow := &Text{Source: src, Key: string(f.key), segs: f.segs}
		if slow.Key != ft.Key {
			t.Fatalf("key %q, general path %q", ft.Key, slow.Key)
		}
		for k := -1; k <= len(ft.Key)+1; k++ {
			if a, b := ft.ToSource(k), slow.ToSource(k); a != b {
				t.Fatalf("ToSource(%d) = %d, general path %d; src %q", k, a, b, src)
			}
			if a, b := ft.ToSourceEnd(k), slow.ToSourceEnd(k); a != b {
				t.Fatalf("ToSourceEnd(%d) = %d, general path %d; src %q", k, a, b, src)
			}
		}
	})
}

// TestToLowerAgreesWithUnicode checks the shortcut against the standard
// library for every rune it answers directly.
func TestToLowerAgreesWithUnicode(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		want := unicode.ToLower(r)
		if r == 'Ð' || r == 'ð' {
			want = 'đ' // eth read as the Vietnamese letter (see toLower)
		}
		if got := toLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestBulkAgreesWithGeneral folds every character the bulk path has a
// table entry for, between neighbours that make it hand over to the
// general path (tone-taking vowels, marks, spaces), both ways, and
// compares the keys and maps.
func TestBulkAgreesWithGeneral(t *testing.T) {
	var runes []rune
	for r := rune(0x20); r < 0x300; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		runes = append(runes, r)
	}
	before := []string{"", "Q", " ", "ò", "x "}
	after := []string{"", "a", "A", "e", "y", "Y", " ", "  ", "\u0301", "x", "ạ", "\u200b", " \u0300", "a\u0301", "\n"}
	for _, r := range runes {
		for _, b := range before {
			for _, a := range after {
				src := b + string(r) + a
				fast := New(src)
				f := folder{src: src, key: nil, track: true, slow: true}
				f.run()
				if string(f.key) != fast.Key {
					t.Fatalf("%q: key %q, general path %q", src, fast.Key, f.key)
				}
				slow := &Text{Source: src, Key: string(f.key), segs: f.segs}
				for k := 0; k <= len(fast.Key); k++ {
					if fast.ToSource(k) != slow.ToSource(k) || fast.ToSourceEnd(k) != slow.ToSourceEnd(k) {
						t.Fatalf("%q: offset %d maps differently", src, k)
					}
				}
			}
		}
	}
}

// TestRefold checks that a Text refolded over its own memory answers as
// a new one, for a longer and a shorter text than the last.
func TestRefold(t *testing.T) {
	texts := []string{
		"Thượng tướng Phan Văn Giang – Bộ trưởng Bộ Quốc phòng",
		strings.Repeat("Hòa BÌNH  “thuỷ”\u200b\r\n", 50),
		"ĐẠI TÁ",
		"",
		"Quân khu 7",
	}
	var ft Text
	for _, src := range texts {
		ft.Refold(src)
		want := New(src)
		if ft.Key != want.Key || ft.Source != src {
			t.Fatalf("Refold(%q): key %q, want %q", src, ft.Key, want.Key)
		}
		for k := 0; k <= len(want.Key); k++ {
			if a, b := ft.ToSource(k), want.ToSource(k); a != b {
				t.Fatalf("Refold(%q): ToSource(%d) = %d, want %d", src, k, a, b)
			}
		}
	}
}
