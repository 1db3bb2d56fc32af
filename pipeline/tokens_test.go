package pipeline

import (
	"testing"
	"unicode"
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
