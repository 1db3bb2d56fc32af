package rules

import (
	"testing"
	"unicode/utf8"
)

// TestWordAt checks wordAt against wordEnd for every rune and for bytes
// that are not UTF-8.
func TestWordAt(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := wordAt(s, 0), wordEnd(s, 0) > 0; got != want {
			t.Fatalf("wordAt(%q) = %v, wordEnd says %v", s, got, want)
		}
	}
	for r := rune(0); r <= 0x2FFFF; r++ {
		if utf8.ValidRune(r) {
			check(string(r) + "a")
		}
	}
	for b := 0x80; b < 0x100; b++ {
		check(string([]byte{byte(b)}))
		check(string([]byte{byte(b), 0x80}))
		check(string([]byte{byte(b), 0xBA, 0x80}))
	}
	check("")
}
