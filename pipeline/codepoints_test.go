package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCodePointsAnyOrder asks for offsets in random order across many
// checkpoints, on text mixing 1-, 2- and 3-byte runes and a stray byte.
func TestCodePointsAnyOrder(t *testing.T) {
	text := strings.Repeat("Thượng tướng Phan Văn Giang – Bộ trưởng \xff ", 2000)
	c := newCodePoints(text, utf8.ValidString(text))
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		b := r.IntN(len(text) + 1)
		for b < len(text) && !utf8.RuneStart(text[b]) {
			b++
		}
		if got, want := c.at(b), utf8.RuneCountInString(text[:b]); got != want {
			t.Fatalf("at(%d) = %d, want %d", b, got, want)
		}
	}
}

// TestCountRunes checks the word-at-a-time count against package utf8
// for every prefix and suffix of text with 1- to 4-byte runes, so each
// alignment of the eight-byte loop and its tail is met.
func TestCountRunes(t *testing.T) {
	text := "Đại tá Nguyễn Văn Ánh, Chính ủy – 𝔄 Sư đoàn 5 “Đồng Nai” ễ"
	for i := 0; i <= len(text); i++ {
		if i < len(text) && !utf8.RuneStart(text[i]) {
			continue
		}
		for _, s := range []string{text[:i], text[i:]} {
			if got, want := countRunes(s), utf8.RuneCountInString(s); got != want {
				t.Fatalf("countRunes(%q) = %d, want %d", s, got, want)
			}
		}
	}
	valid := strings.Repeat("Thượng tướng Phan Văn Giang – Bộ trưởng ", 300)
	c := newCodePoints(valid, true)
	// Backwards, so every answer goes back to a checkpoint.
	for b := len(valid); b >= 0; b -= 97 {
		if b < len(valid) && !utf8.RuneStart(valid[b]) {
			continue
		}
		if got, want := c.at(b), utf8.RuneCountInString(valid[:b]); got != want {
			t.Fatalf("at(%d) = %d, want %d", b, got, want)
		}
	}
}
