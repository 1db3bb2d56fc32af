package report

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

func TestTextName(t *testing.T) {
	tests := map[string]string{
		"a/report.docx":  "a/report.txt",
		"báo cáo.html":   "báo cáo.txt",
		"d1":             "d1.txt",
		".":              "_..txt",
		"..":             "_...txt",
		"in.jsonl:4":     "in.jsonl:4.txt",
		"../../etc/x":    "_../_../etc/x.txt",
		"/abs/x.txt":     "_/abs/x.txt",
		`a\b`:            "a_b.txt",
		".hidden":        ".hidden.txt",
		"in.jsonl:3":     "in.jsonl:3.txt",
		"a//b.txt":       "a/_/b.txt",
		"trailing/":      "trailing/_.txt",
		"name.tar.gz":    "name.tar.txt",
		"dot.":           "dot..txt",
		"x\x00y.txt":     "x_y.txt",
		"Report.DOCX":    "Report.txt",
		"a/b/c/deep.htm": "a/b/c/deep.txt",
	}
	for id, want := range tests {
		if got := filepath.ToSlash(TextName(id)); got != want {
			t.Errorf("TextName(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestTextPlan(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("x"), 0o644)
	tests := []struct {
		name string
		ids  []string
		ok   bool
	}{
		{"distinct", []string{"a.html", "b.docx", "sub/a.html"}, false},
		{"same stem", []string{"a.html", "a.docx"}, true},
		{"case only", []string{"Report.txt", "report.html"}, true},
		{"same id twice", []string{"d1", "d1"}, true},
		{"would overwrite an input", []string{"a.html"}, true},
	}
	for _, tt := range tests {
		var ins []pipeline.Input
		for _, id := range tt.ids {
			ins = append(ins, pipeline.Input{ID: id, Source: id})
		}
		var inputs []string
		if tt.name == "would overwrite an input" {
			inputs = []string{in}
		}
		_, err := NewTextPlan(dir, inputs).Plan(ins)
		if tt.ok != (err != nil) || err != nil && !errors.Is(err, ErrTextCollision) {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}
