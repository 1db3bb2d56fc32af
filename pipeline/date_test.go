package pipeline

import (
	"context"
	"strings"
	"testing"
)

// An input's date wins over the text's own; one that is not a date is
// left out with a warning.
func TestInputDate(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Hà Nội, ngày 3-2-2026. Đại tá Nguyễn Văn An dự lễ."
	for _, tt := range []struct{ in, want, warn string }{
		{"", "2026-02-03", ""},
		{"2019-05", "2019-05", ""},
		{"2019", "2019", ""},
		{"3/2/2019", "2026-02-03", "input date \"3/2/2019\""},
		{"2019-02-30", "2026-02-03", "is not YYYY"},
	} {
		d := p.Extract(context.Background(), Input{ID: "a", Text: text, Date: tt.in})
		if d.Date != tt.want {
			t.Errorf("date %q: document date %q, want %q", tt.in, d.Date, tt.want)
		}
		if w := strings.Join(d.Warnings, "; "); (tt.warn == "") != (w == "") || !strings.Contains(w, tt.warn) {
			t.Errorf("date %q: warnings %q, want %q", tt.in, w, tt.warn)
		}
	}
}
