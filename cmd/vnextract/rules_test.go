package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles creates a directory holding the given files.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestUserRulesAddWithoutRecompiling adds a list and a rule from a
// directory and checks that their mentions appear, named after the
// user's files.
func TestUserRulesAddWithoutRecompiling(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"companies.txt": "# Defence companies.\n@kind org\nGAET\tTổng công ty Kinh tế kỹ thuật công nghiệp quốc phòng\n",
		"mung.yaml": `# Dates written with "mùng"
rules:
  - id: date.mung
    kind: pattern
    type: date
    priority: 60
    pattern: 'mùng (?P<d>\d{1,2}) tháng (?P<m>\d{1,2})'
    value: date
    example: ["mùng 5 tháng 8"]
`,
	})
	text := "Ngày mùng 5 tháng 8, đoàn công tác thăm GAET."
	code, out, stderr := cli(t, text, "extract", "--quiet", "--format", "jsonl", "--rules", dir, "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`"text":"GAET"`, `"rule":"companies.txt:3"`, `"canonical":"Tổng công ty Kinh tế kỹ thuật công nghiệp quốc phòng"`, `"rule":"date.mung"`, `"iso":"--08-05"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	// Without the directory the built-in lists do not know the centre.
	_, out, _ = cli(t, text, "extract", "--quiet", "--format", "jsonl", "-")
	if strings.Contains(out, "companies.txt") {
		t.Errorf("user list leaked into a run without --rules")
	}
}

// TestBrokenUserFilesNameFileAndLine checks that a mistake in a user's
// list or rule file stops the run with exit 2 and says where it is.
func TestBrokenUserFilesNameFileAndLine(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"list without @kind", map[string]string{"x.txt": "# header\nBộ Tư lệnh Tác chiến\n"}, "x.txt:2"},
		{"list with unknown kind", map[string]string{"x.txt": "# header\n@kind weapon\nT-90\n"}, "x.txt:2"},
		{"rule with unknown key", map[string]string{"r.yaml": "rules:\n  - id: a.b\n    kind: pattern\n    type: date\n    patern: 'x'\n"}, "r.yaml:5"},
		{"rule with a bad regex", map[string]string{"r.yaml": "rules:\n  - id: a.b\n    kind: pattern\n    type: date\n    pattern: '(x'\n"}, "r.yaml:5"},
		{"empty directory", map[string]string{"notes.md": "nothing here"}, "no lists"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			code, _, stderr := cli(t, "Đại tá Nguyễn Văn An", "extract", "--rules", dir, "-")
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr does not name %q:\n%s", tt.want, stderr)
			}
		})
	}
}
