package recognize

import (
	"strings"
	"testing"
)

// TestJoinFields holds joinFields to strings.Join(strings.Fields(s), " "),
// on its short cut and off it.
func TestJoinFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "Quân khu 7", " Quân  khu 7 ", "Sư đoàn\t5", "Bộ\u00a0Quốc phòng", "Vùng\u20032", "a\u1680b",
		"Lữ đoàn 126 ", "Đồn Biên phòng Lìa", "x\u3000y", "\xe1", "ỹ ỹ", "a\u0085b", "a\nb",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := joinFields([]byte(s)); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}
