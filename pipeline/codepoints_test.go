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
	c := newCodePoints(text)
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
