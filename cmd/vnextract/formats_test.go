package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

const testDocs = "../../testdata/docs"

func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func TestExtractXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.xlsx")
	_, stderr, code := runCLI(t, "extract", "--quiet", "--format", "xlsx", "-o", path, testDocs)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "Documents,Persons,Mentions,Counts,Organizations,Errors,People,Timeline" {
		t.Errorf("sheets = %s", got)
	}
	docs, _ := f.GetRows("Documents")
	files, _ := filepath.Glob(filepath.Join(testDocs, "*.txt"))
	if len(docs) != len(files)+1 {
		t.Errorf("Documents has %d rows, want %d documents and a header", len(docs), len(files))
	}
	mentions, _ := f.GetRows("Mentions")
	if len(mentions) < 10 {
		t.Errorf("Mentions has only %d rows", len(mentions))
	}
}

func TestExtractCSVAndHTML(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "csv")
	if _, stderr, code := runCLI(t, "extract", "--quiet", "--format", "csv", "-o", dir, testDocs); code != exitOK {
		t.Fatalf("csv: exit %d: %s", code, stderr)
	}
	for _, name := range []string{"documents.csv", "persons.csv", "mentions.csv", "counts.csv", "organizations.csv", "errors.csv", "people.csv", "timeline.csv"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.HasPrefix(data, []byte("\uFEFF")) {
			t.Errorf("%s: %v, BOM %v", name, err, bytes.HasPrefix(data, []byte("\uFEFF")))
		}
	}
	if _, stderr, code := runCLI(t, "extract", "--quiet", "--format", "csv", testDocs); code != exitUsage || !strings.Contains(stderr, "-o DIR") {
		t.Errorf("csv to stdout: exit %d, %s", code, stderr)
	}
	page, stderr, code := runCLI(t, "extract", "--quiet", "--format", "html", testDocs)
	if code != exitOK || !strings.Contains(page, `<mark class="e-person"`) || !strings.HasSuffix(page, "</html>\n") {
		t.Errorf("html: exit %d, %d bytes, %s", code, len(page), stderr)
	}
}

// TestWordAndHTMLInputs checks that offsets in the report index the text
// --emit-text writes for .docx and .html inputs.
func TestWordAndHTMLInputs(t *testing.T) {
	dir := t.TempDir()
	para := "Thiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 2, dự hội nghị ngày 15/12/2023 tại Phú Thọ."
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>Tin Quân khu 2</w:t></w:r></w:p><w:p><w:r><w:t>` + para + `</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	os.WriteFile(filepath.Join(in, "tin.docx"), buf.Bytes(), 0o644)
	os.WriteFile(filepath.Join(in, "trang.html"), []byte("<html><head><title>x</title><script>var a='Đại tá';</script></head><body><h1>Tin Quân khu 2</h1><p>"+para+"</p></body></html>"), 0o644)
	texts := filepath.Join(dir, "text")
	out, stderr, code := runCLI(t, "extract", "--quiet", "--glob", "*", "--emit-text", texts, in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Documents []struct {
			ID       string
			Mentions []struct {
				Type       string
				Text       string
				Start, End int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Documents) != 2 {
		t.Fatalf("%d documents, want 2", len(rep.Documents))
	}
	for _, d := range rep.Documents {
		text, err := os.ReadFile(filepath.Join(texts, strings.TrimSuffix(d.ID, filepath.Ext(d.ID))+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if want := "Tin Quân khu 2\n" + para + "\n"; string(text) != want {
			t.Errorf("%s: emitted text %q, want %q", d.ID, text, want)
		}
		runes := []rune(string(text))
		persons := 0
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(runes) || string(runes[m.Start:m.End]) != m.Text {
				t.Errorf("%s: mention %q at [%d,%d) does not index the emitted text", d.ID, m.Text, m.Start, m.End)
			}
			if m.Type == "person" {
				persons++
			}
		}
		if persons != 1 {
			t.Errorf("%s: %d persons found, want 1", d.ID, persons)
		}
	}
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold")
	os.Mkdir(gold, 0o755)
	os.WriteFile(filepath.Join(gold, "a.json"), []byte(`{"entities": {"rank": ["Đại tá"], "person": ["Trần Thị Lan", "Lê Văn C"]},
	  "persons": [{"name": "Trần Thị Lan", "rank": "Đại tá", "positions": []}]}`), 0o644)
	rep := filepath.Join(dir, "r.jsonl")
	os.WriteFile(rep, []byte(`{"id": "a.txt", "mentions": [{"type": "rank", "text": "Đại tá"}, {"type": "person", "text": "Trần Thị Lan"}, {"type": "date", "text": "2023"}], "persons": [{"name": "Trần Thị Lan", "rank": "Đại tá", "positions": []}]}`+"\n"), 0o644)
	out, stderr, code := runCLI(t, "eval", "--gold", gold, "--report", rep, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Types map[string]struct {
			Precision, Recall, F1 float64
			TP, FP, FN            int
		}
		Overall struct {
			TP, FP, FN int
		}
		Documents []struct {
			ID     string
			Misses []struct{ Type, Value string }
			Extras []struct{ Type, Value string }
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if p := res.Types["person"]; p.TP != 1 || p.FN != 1 || p.Recall != 0.5 || p.Precision != 1 {
		t.Errorf("person = %+v", p)
	}
	if o := res.Overall; o.TP != 2 || o.FP != 1 || o.FN != 1 {
		t.Errorf("overall = %+v", o)
	}
	if d := res.Documents[0]; d.ID != "a" || len(d.Misses) != 1 || d.Misses[0].Value != "Lê Văn C" || d.Extras[0].Value != "2023" {
		t.Errorf("document = %+v", d)
	}
	text, _, code := runCLI(t, "eval", "--gold", gold, "--report", rep)
	if code != exitOK || !strings.Contains(text, "- miss  person") || !strings.Contains(text, "ALL entities") {
		t.Errorf("text output (exit %d):\n%s", code, text)
	}
	if _, _, code := runCLI(t, "eval", "--report", rep); code != exitUsage {
		t.Errorf("no --gold: exit %d, want %d", code, exitUsage)
	}
}
