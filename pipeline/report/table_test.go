package report

import (
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

func TestGuardText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+2", "'=1+2"}, {"+84 912", "'+84 912"}, {"-tổ 5", "'-tổ 5"}, {"@an", "'@an"},
		{"\tx", "'\tx"}, {"\rx", "'\rx"}, {"Quân khu 2", "Quân khu 2"}, {"", ""}, {"a=b", "a=b"},
	}
	for _, tt := range tests {
		if got := guardText(tt.in); got != tt.want {
			t.Errorf("guardText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutCell(t *testing.T) {
	tests := []struct {
		name string
		in   string
		cut  bool
	}{
		{"at the limit", strings.Repeat("ệ", maxCellChars), false},
		{"one over", strings.Repeat("ệ", maxCellChars+1), true},
		{"astral pairs count twice", strings.Repeat("𝐀", maxCellChars/2+1), true},
		{"astral under", strings.Repeat("𝐀", maxCellChars/2), false},
	}
	for _, tt := range tests {
		got := cutCell(tt.in)
		if (got != tt.in) != tt.cut {
			t.Errorf("%s: cut = %v, want %v", tt.name, got != tt.in, tt.cut)
		}
		if tt.cut && (utf16Len(got) > maxCellChars || !strings.HasSuffix(got, cutMarker)) {
			t.Errorf("%s: %d units, marker %v", tt.name, utf16Len(got), strings.HasSuffix(got, cutMarker))
		}
	}
}

func TestContext(t *testing.T) {
	text := "Ngày 15/12/2023, tại Phú Thọ,\nĐại tá Trần Thị Lan phát biểu."
	m := at(t, text, "Trần Thị Lan", pipeline.Person, "", 0)
	if got, want := context(text, &m), "Ngày 15/12/2023, tại Phú Thọ, Đại tá [Trần Thị Lan] phát biểu."; got != want {
		t.Errorf("context = %q, want %q", got, want)
	}
	for _, bad := range [][2]int{{-1, 3}, {5, 3}, {0, 1000}, {3, 4}} {
		m := pipeline.Mention{ByteStart: bad[0], ByteEnd: bad[1]}
		if got := context(text, &m); got != "" {
			t.Errorf("context with offsets %v = %q, want empty", bad, got)
		}
	}
}
