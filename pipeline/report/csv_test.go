package report

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCSVGolden(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	out, err := Create("csv", dir, nil, "test")
	if err != nil {
		t.Fatal(err)
	}
	docs := fixtureDocs(t)
	sum := NewSummary()
	for i := range docs {
		sum.Add(&docs[i])
		if err := out.Write(&docs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := out.Close(sum); err != nil {
		t.Fatal(err)
	}
	for _, s := range sheets {
		name := CSVFileName(s.name)
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), bom+strings.Join(s.headers, ",")+"\r\n") {
			t.Errorf("%s: does not start with the BOM and header", name)
		}
		golden(t, "golden/csv/"+name, data)
	}
	mentions, _ := os.ReadFile(filepath.Join(dir, "mentions.csv"))
	for _, want := range []string{`"'=HYPERLINK(""http://x"")"`, ",'-tổ 5,", ",'@an,"} {
		if !strings.Contains(string(mentions), want) {
			t.Errorf("mentions.csv lacks guarded cell %s", want)
		}
	}
	// A second run into the same directory replaces the files and leaves no temporary directory.
	out, err = Create("csv", dir, nil, "test")
	if err != nil {
		t.Fatal(err)
	}
	if err := out.Close(NewSummary()); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Dir(dir))
	if len(entries) != 1 {
		t.Errorf("%d entries beside the output, want 1", len(entries))
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "mentions.csv")); strings.Count(string(data), "\n") != 1 {
		t.Errorf("mentions.csv not replaced: %d lines", strings.Count(string(data), "\n"))
	}
}

func TestCreateCSVNeedsDirectory(t *testing.T) {
	if _, err := Create("csv", "-", nil, "test"); err == nil {
		t.Error("csv to stdout: no error")
	}
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o644)
	if _, err := Create("csv", f, nil, "test"); err == nil {
		t.Error("csv into a file: no error")
	}
}

// Finding 12: fields with ; are quoted, a lone CR is kept, control
// characters and invalid bytes become U+FFFD as in JSON.
func TestCSVField(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a;b", `"a;b"`},
		{"a,b", `"a,b"`},
		{`say "x"`, `"say ""x"""`},
		{"line\rCR", "\"line\rCR\""},
		{"line\r\nCRLF", "\"line\r\nCRLF\""},
		{"esc\x1b[31m", "esc\uFFFD[31m"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"nul\x00 del\x7f c1\u0085", "nul\uFFFD del\uFFFD c1\uFFFD"},
		{"tab\tkept", "tab\tkept"},
		{" lead", `" lead"`},
		{"Quân khu 2", "Quân khu 2"},
	}
	for _, tt := range tests {
		if got := string(appendCSVField(nil, tt.in)); got != tt.want {
			t.Errorf("field %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzCSVField checks that any text, written as a field, reads back
// with encoding/csv as its cleaned self, and never splits the record.
func FuzzCSVField(f *testing.F) {
	for _, s := range []string{"", "a;b", "x\ry", "q\"\"", " lead", "esc\x1b", "bad\xff", "a\r\nb", "\n", ",", "Quân khu 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line := appendCSVField(nil, s)
		line = append(append(line, ",end"...), '\r', '\n')
		recs, err := csv.NewReader(bytes.NewReader(line)).ReadAll()
		if err != nil {
			t.Fatalf("%q written as %q: %v", s, line, err)
		}
		want := strings.ReplaceAll(cleanText(s), "\r\n", "\n") // the reader drops CR before LF
		if len(recs) != 1 || len(recs[0]) != 2 || recs[0][0] != want || recs[0][1] != "end" {
			t.Fatalf("%q written as %q reads back as %q", s, line, recs)
		}
	})
}
