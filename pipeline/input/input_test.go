package input

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/vnextract/vnextract/pipeline"
)

// tree writes files (path → content) under a new temporary directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// summary renders inputs as "ID:ok" or "ID:err" for comparison.
func summary(ins []pipeline.Input) []string {
	var out []string
	for _, in := range ins {
		s := "ok"
		if in.Err != nil {
			s = "err"
		}
		out = append(out, in.ID+":"+s)
	}
	return out
}

func TestFiles(t *testing.T) {
	dir := tree(t, map[string]string{
		"b.txt":       "b",
		"a.txt":       "a",
		"notes.md":    "m",
		"sub/c.txt":   "c",
		"sub/d.TXT":   "d",
		"sub/x/e.txt": "e",
		"empty/.keep": "",
	})
	tests := []struct {
		name  string
		paths []string
		glob  string
		want  []string
	}{
		{"directory, sorted by path, ids relative to it, any case", []string{dir}, "*.txt", []string{"a.txt:ok", "b.txt:ok", "sub/c.txt:ok", "sub/d.TXT:ok", "sub/x/e.txt:ok"}},
		{"upper-case glob", []string{dir}, "*.MD", []string{"notes.md:ok"}},
		{"other glob", []string{dir}, "*.md", []string{"notes.md:ok"}},
		{"file named directly ignores the glob", []string{filepath.Join(dir, "notes.md")}, "*.txt", []string{"notes.md:ok"}},
		{"stdin", []string{"-"}, "*.txt", []string{"-:ok"}},
		{"missing path", []string{filepath.Join(dir, "none.txt")}, "*.txt", []string{"none.txt:err"}},
		{"directory with no match", []string{filepath.Join(dir, "empty")}, "*.txt", []string{"empty:err"}},
		{"order of arguments kept", []string{filepath.Join(dir, "sub"), filepath.Join(dir, "a.txt")}, "*.txt", []string{"c.txt:ok", "d.TXT:ok", "x/e.txt:ok", "a.txt:ok"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(Files(tt.paths, tt.glob))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Files = %v, want %v", got, tt.want)
			}
		})
	}
	empty := Files([]string{filepath.Join(dir, "empty")}, "*.txt")
	if !errors.Is(empty[0].Err, ErrNoMatch) || !strings.Contains(empty[0].Err.Error(), "--glob") {
		t.Errorf("empty directory: err %v, want ErrNoMatch mentioning --glob", empty[0].Err)
	}
}

func TestFilesSymlinks(t *testing.T) {
	dir := tree(t, map[string]string{"sub/a.txt": "a", "target.txt": "t"})
	links := map[string]string{
		"sub/loop":     "..",          // a directory cycle
		"self.txt":     "self.txt",    // a link to itself
		"dangling.txt": "missing.txt", // a link to nothing
		"link.txt":     "target.txt",  // a link to a file: followed
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	got := Files([]string{dir}, "*.txt")
	want := []string{"dangling.txt:err", "link.txt:ok", "self.txt:err", "sub/a.txt:ok", "sub/loop:err", "target.txt:ok"}
	if fmt.Sprint(summary(got)) != fmt.Sprint(want) {
		t.Errorf("Files = %v, want %v", summary(got), want)
	}
	for _, in := range got {
		if in.ID == "sub/loop" && !strings.Contains(in.Err.Error(), "not followed") {
			t.Errorf("loop: %v; want it to say the link is not followed", in.Err)
		}
	}
}

// Two report.txt in different folders must not share an id (finding 10).
func TestFilesIDsDiffer(t *testing.T) {
	dir := tree(t, map[string]string{"a/report.txt": "a", "b/report.txt": "b", "BAOCAO.TXT": "c", "Report.DOCX": "d"})
	got := summary(Files([]string{dir}, "*.txt,*.docx"))
	want := []string{"BAOCAO.TXT:ok", "Report.DOCX:ok", "a/report.txt:ok", "b/report.txt:ok"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Files = %v, want %v", got, want)
	}
}

// A run's own outputs and an earlier HTML report are not read back as
// documents (finding 5).
func TestFilesSkipsOwnOutputs(t *testing.T) {
	dir := tree(t, map[string]string{
		"a.html":      "<p>Đại tá</p>",
		"report.html": "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"vnextract v1\">",
		"out/r.json":  "{}",
		"old/r.json":  "{\n\"schema\": \"vnextract.report/1\",\n\"tool\": \"vnextract v1\",",
		"texts/a.txt": "x",
		"keep/b.txt":  "b",
	})
	got := summary(Files([]string{dir}, "*.html,*.txt,*.json", filepath.Join(dir, "out", "r.json"), filepath.Join(dir, "texts")))
	want := []string{"a.html:ok", "keep/b.txt:ok"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Files = %v, want %v", got, want)
	}
}

func TestRead(t *testing.T) {
	dir := tree(t, map[string]string{"a.txt": "0123456789"})
	path := filepath.Join(dir, "a.txt")
	tests := []struct {
		name  string
		in    pipeline.Input
		limit int
		want  string
		err   string
	}{
		{"whole file", pipeline.Input{ID: "a", Source: path}, 100, "0123456789", ""},
		{"one byte past the limit", pipeline.Input{ID: "a", Source: path}, 4, "01234", ""},
		{"stdin", pipeline.Input{ID: "-", Source: "-"}, 100, "from stdin", ""},
		{"missing", pipeline.Input{ID: "b", Source: filepath.Join(dir, "b.txt")}, 100, "", "no such file"},
		{"directory", pipeline.Input{ID: "d", Source: dir}, 100, "", "is a directory"},
		{"earlier error kept", pipeline.Input{ID: "e", Source: path, Err: errors.New("kept")}, 100, "", "kept"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Read(tt.in, strings.NewReader("from stdin"), tt.limit)
			if tt.err != "" {
				if got.Err == nil || !strings.Contains(got.Err.Error(), tt.err) {
					t.Errorf("err %v, want %q", got.Err, tt.err)
				}
				return
			}
			if got.Err != nil || string(got.Data) != tt.want {
				t.Errorf("Read = %q, %v; want %q", got.Data, got.Err, tt.want)
			}
		})
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their permissions")
	}
	dir := tree(t, map[string]string{"secret.txt": "s", "locked/a.txt": "a"})
	if err := os.Chmod(filepath.Join(dir, "secret.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	files := Files([]string{dir}, "*.txt")
	if got, want := summary(files), []string{"locked:err", "secret.txt:ok"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Files = %v, want %v", got, want)
	}
	in := Read(files[len(files)-1], nil, 100)
	if in.Err == nil || !strings.Contains(in.Err.Error(), "permission denied") {
		t.Errorf("Read of an unreadable file: %v", in.Err)
	}
}

func TestJSONL(t *testing.T) {
	// A line is read when a text under the limit could fill it escaped
	// (6×100 bytes + 64 KiB here); the pipeline then applies the limit
	// to the decoded text. A longer line is one error, and reading goes on.
	long := strings.Repeat("x", 70_000)
	src := strings.Join([]string{
		`{"id": "a", "text": "Đại tá Nguyễn Văn An"}`,
		``,
		`   `,
		`not json`,
		`{"text": "không có id"}`,
		`{"id": "e", "text": ""}`,
		`{"id": "f"}`,
		`["id", "text"]`,
		`{"id": 7, "text": "số"}`,
		`{"id": "i", "text": "dòng\r\nmới", "extra": true}`,
		`{"id": "long", "text": "` + long + `"}`,
		`{"id": "after", "text": "sau"}`,
	}, "\n")
	j := NewJSONL(strings.NewReader(src), "in.jsonl", 100)
	type rec struct{ id, source, text, err string }
	var got []rec
	for {
		in, ok := j.Next()
		if !ok {
			break
		}
		r := rec{id: in.ID, source: in.Source, text: in.Text}
		if in.Err != nil {
			r.err = in.Err.Error()
		}
		got = append(got, r)
	}
	want := []rec{
		{"a", "in.jsonl:1", "Đại tá Nguyễn Văn An", ""},
		{"in.jsonl:4", "in.jsonl:4", "", "not a JSON object"},
		{"in.jsonl:5", "in.jsonl:5", "không có id", ""},
		{"e", "in.jsonl:6", "", "empty or missing \"text\""},
		{"f", "in.jsonl:7", "", "empty or missing \"text\""},
		{"in.jsonl:8", "in.jsonl:8", "", "not a JSON object"},
		{"in.jsonl:9", "in.jsonl:9", "", `"id" must be a string, not a number`},
		{"i", "in.jsonl:10", "dòng\r\nmới", ""},
		{"in.jsonl:11", "in.jsonl:11", "", "line longer than 66136 bytes"},
		{"after", "in.jsonl:12", "sau", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.id != w.id || g.source != w.source || g.text != w.text || (w.err == "") != (g.err == "") || !strings.Contains(g.err, w.err) {
			t.Errorf("record %d = %+v, want %+v", i, g, w)
		}
	}
	if _, ok := j.Next(); ok {
		t.Error("Next after the last line went on")
	}
}

// pyDumps writes v as Python's json.dumps does by default: every
// character outside ASCII as \uXXXX.
func pyDumps(v string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range v {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r > 0x7e:
			for _, u := range utf16.Encode([]rune{r}) {
				fmt.Fprintf(&b, "\\u%04x", u)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// TestJSONLEscapedLimit: the limit counts the decoded text, so a text
// just under it is read however it is escaped, and a line no such text
// could fill is one error record; the lines after either are read.
func TestJSONLEscapedLimit(t *testing.T) {
	const limit = 30_000
	// "Đại tá " is 11 bytes of UTF-8 and 27 escaped.
	under := strings.Repeat("Đại tá ", limit/len("Đại tá "))
	huge := strings.Repeat("\x01", limit+lineSlack/escapeRatio)
	src := strings.Join([]string{
		`{"id": "under", "text": ` + pyDumps(under) + `}`,
		`{"id": "huge", "text": ` + pyDumps(huge) + `}`,
		`{"id": "next", "text": ` + pyDumps("Thượng tá Lê Văn Bình") + `}`,
	}, "\n")
	if n := len(strings.SplitN(src, "\n", 2)[0]); n < 2*limit {
		t.Fatalf("the escaped line is %d bytes; the test wants it well over the limit", n)
	}
	j := NewJSONL(strings.NewReader(src), "-", limit)
	var got []string
	for in, ok := j.Next(); ok; in, ok = j.Next() {
		s := in.ID + "@" + in.Source
		if in.Err != nil {
			s += " error"
		} else if len(in.Text) > limit {
			s += " over"
		}
		got = append(got, s)
	}
	want := []string{"under@-:1", "-:2@-:2 error", "next@-:3"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("records = %v, want %v", got, want)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "Đại tá Nguyễn Văn An"}` + "\n" + `not json` + "\n"))
	f.Add([]byte("\n\n{\"text\": \"x\"}\r\n{\"id\": 1}"))
	f.Add([]byte(`{"id": "\u0000", "text": "\ud800"}`))
	f.Add([]byte("\xff\xfe{\"id\":\"b\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		read := func() []string {
			j := NewJSONL(bytes.NewReader(data), "f", 256)
			var out []string
			for n := 0; ; n++ {
				in, ok := j.Next()
				if !ok {
					break
				}
				if n > len(data)+1 {
					t.Fatalf("more records than lines")
				}
				if in.Source == "" || in.ID == "" {
					t.Fatalf("record %d has no source or id: %+v", n, in)
				}
				if in.Err == nil && in.Text == "" {
					t.Fatalf("record %d has neither text nor error", n)
				}
				out = append(out, fmt.Sprintf("%s|%s|%q|%v", in.ID, in.Source, in.Text, in.Err))
			}
			return out
		}
		a, b := read(), read()
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatalf("two reads differ")
		}
	})
}

// JSON Lines errors are in plain words, without Go's names (finding 11).
func TestJSONLErrorsPlain(t *testing.T) {
	in := `{"id": 3, "text": "a"}
{"id": "b", "text": ["x"]}
[1, 2]
{"id": "c", "text": "c"
`
	j := NewJSONL(strings.NewReader(in), "f.jsonl", 1<<20)
	want := []string{
		`input: f.jsonl:1: "id" must be a string, not a number`,
		`input: f.jsonl:2: "text" must be a string, not an array`,
		`input: f.jsonl:3: not a JSON object {"id", "text"} but an array`,
		`input: f.jsonl:4: not a JSON object {"id", "text"}: `,
	}
	for i, w := range want {
		got, ok := j.Next()
		if !ok || got.Err == nil {
			t.Fatalf("line %d: no error", i+1)
		}
		if msg := got.Err.Error(); !strings.HasPrefix(msg, w) || strings.Contains(msg, "Go ") || strings.Contains(msg, "Line.") {
			t.Errorf("line %d: %q, want %q…", i+1, msg, w)
		}
	}
}

func TestJSONLDate(t *testing.T) {
	src := `{"id": "a", "text": "Đại tá Nguyễn Văn An", "date": "2024-05-01"}` + "\n" + `{"id": "b", "text": "Không ngày"}`
	j := NewJSONL(strings.NewReader(src), "in.jsonl", 100)
	for _, want := range []string{"2024-05-01", ""} {
		in, ok := j.Next()
		if !ok || in.Date != want {
			t.Errorf("%s: date %q, want %q", in.ID, in.Date, want)
		}
	}
}
