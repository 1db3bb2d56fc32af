package input

import "testing"

func TestMatchAny(t *testing.T) {
	tests := []struct {
		glob, name string
		want       bool
	}{
		{"*.txt", "a.txt", true},
		{"*.txt", "a.docx", false},
		{"*.txt,*.docx,*.html,*.htm", "báo cáo.docx", true},
		{"*.txt, *.html", "trang.html", true},
		{"*.txt,*.docx", "ảnh.png", false},
	}
	for _, tt := range tests {
		if got := matchAny(tt.glob, tt.name); got != tt.want {
			t.Errorf("matchAny(%q, %q) = %v, want %v", tt.glob, tt.name, got, tt.want)
		}
	}
}
