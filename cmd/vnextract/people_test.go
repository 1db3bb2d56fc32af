package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// peopleInput is a made-up batch with dates given per line.
const peopleInput = `{"id": "a", "date": "2018-04-10", "text": "Đại tá Lê Quang Minh, Tham mưu trưởng Quân khu 7, dự hội nghị cùng Thượng tá Võ Văn Hải."}
{"id": "b", "date": "2022-04-10", "text": "Thiếu tướng Lê Quang Minh, Phó Tư lệnh Quân khu 7, phát biểu chỉ đạo."}
{"id": "c", "date": "2023-01-05", "text": "Thiếu tướng Lê Quang Minh dự lễ ra quân huấn luyện."}
{"id": "d", "date": "2020-03-01", "text": "Đại úy Trần Văn Nam, Đội trưởng Đội Cảnh sát hình sự Công an huyện Ba Vì, cho biết."}
{"id": "e", "date": "2021-03-01", "text": "Thiếu tướng Trần Văn Nam, Phó Tư lệnh Quân khu 1, kiểm tra huấn luyện."}
{"id": "f", "text": "Thượng tá Võ Văn Hải phát biểu."}
`

// TestPeopleEqualsExtract: the reduce step over a JSON Lines report
// builds the people the JSON report of the same batch holds.
func TestPeopleEqualsExtract(t *testing.T) {
	code, full, stderr := cli(t, peopleInput, "extract", "--quiet", "--input", "jsonl", "-")
	if code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	code, lines, stderr := cli(t, peopleInput, "extract", "--quiet", "--input", "jsonl", "--format", "jsonl", "-")
	if code != exitOK {
		t.Fatalf("extract jsonl: exit %d: %s", code, stderr)
	}
	dir := t.TempDir()
	// Split over two files, as two machines would write them.
	ls := strings.SplitAfter(lines, "\n")
	os.WriteFile(filepath.Join(dir, "1.jsonl"), []byte(strings.Join(ls[:3], "")), 0o644)
	os.WriteFile(filepath.Join(dir, "2.jsonl"), []byte(strings.Join(ls[3:], "")), 0o644)
	code, reduced, stderr := cli(t, "", "people", filepath.Join(dir, "1.jsonl"), filepath.Join(dir, "2.jsonl"))
	if code != exitOK {
		t.Fatalf("people: exit %d: %s", code, stderr)
	}
	var a, b struct {
		People        []map[string]any `json:"people"`
		Organizations []map[string]any `json:"organizations"`
		Summary       map[string]any   `json:"summary"`
	}
	if err := json.Unmarshal([]byte(full), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(reduced), &b); err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a.People)
	jb, _ := json.Marshal(b.People)
	if string(ja) != string(jb) {
		t.Errorf("people differ:\nextract %s\npeople  %s", ja, jb)
	}
	oa, _ := json.Marshal(a.Organizations)
	ob, _ := json.Marshal(b.Organizations)
	if string(oa) != string(ob) || !strings.Contains(string(oa), `"post":"Phó Tư lệnh Quân khu 7"`) {
		t.Errorf("organizations differ or have no holders:\nextract %s\npeople  %s", oa, ob)
	}
	if len(a.People) != 4 || b.Summary["documents"] != 6.0 {
		t.Errorf("%d people, summary %v; want 4 people (Lê Quang Minh, two Trần Văn Nam, Võ Văn Hải) and 6 documents", len(a.People), b.Summary)
	}
	for _, p := range a.People {
		if p["name"] == "Lê Quang Minh" {
			if p["rank"] != "Thiếu tướng" || len(p["documents"].([]any)) != 3 {
				t.Errorf("Lê Quang Minh: %v", p)
			}
		}
	}
	// jsonl: one record per line.
	code, out, _ := cli(t, lines, "people", "--format", "jsonl", "-")
	if code != exitOK || strings.Count(out, "\n") != 4 {
		t.Errorf("--format jsonl: exit %d, %q", code, out)
	}
}

func TestPeopleExplain(t *testing.T) {
	_, lines, _ := cli(t, peopleInput, "extract", "--quiet", "--input", "jsonl", "--format", "jsonl", "-")
	code, out, stderr := cli(t, lines, "people", "--explain", "trần văn nam", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"2 mentions, 2 records", "d (2020-03-01) Đại úy", "starts record 2", "not record 1: an army rank (Thiếu tướng"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain lacks %q:\n%s", want, out)
		}
	}
	if _, out, _ := cli(t, lines, "people", "--explain", "Không Có Ai", "-"); !strings.Contains(out, "no person of that name") {
		t.Errorf("unknown name: %s", out)
	}
}

func TestPeopleBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"id": "a", "persons": [{"name": "Lê Văn An", "rank": "Đại tá", "positions": []}]}`+"\nnot json\n{}\n"), 0o644)
	code, out, stderr := cli(t, "", "people", bad)
	if code != exitFailed || !strings.Contains(stderr, "bad.jsonl:2: not a report document") || !strings.Contains(stderr, "bad.jsonl:3:") || !strings.Contains(out, "Lê Văn An") {
		t.Errorf("exit %d, stderr %q, out %q", code, stderr, out)
	}
	text := filepath.Join(dir, "text.jsonl")
	os.WriteFile(text, []byte(strings.Repeat("Đại tá Nguyễn Văn An dự lễ.\n", 50)), 0o644)
	if code, _, stderr := cli(t, "", "people", text); code != exitFailed || strings.Count(stderr, "\n") != 11 || !strings.Contains(stderr, "40 more lines skipped") {
		t.Errorf("text file: exit %d, %q", code, stderr)
	}
	whole := filepath.Join(dir, "whole.json")
	os.WriteFile(whole, []byte("{\n\"schema\": \"vnextract.report/1\"\n}\n"), 0o644)
	if code, _, stderr := cli(t, "", "people", whole); code != exitUsage || !strings.Contains(stderr, "--format jsonl") {
		t.Errorf("whole report: exit %d, %q", code, stderr)
	}
	if code, _, stderr := cli(t, "", "people", filepath.Join(dir, "missing.jsonl")); code != exitUsage || !strings.Contains(stderr, "missing.jsonl") {
		t.Errorf("missing: exit %d, %q", code, stderr)
	}
	if code, _, _ := cli(t, "", "people"); code != exitUsage {
		t.Errorf("no input: exit %d", code)
	}
	if code, _, _ := cli(t, "", "people", "--format", "xml", bad); code != exitUsage {
		t.Errorf("bad format: exit %d", code)
	}
	out2 := filepath.Join(dir, "out.json")
	if code, _, _ := cli(t, "", "people", "-o", out2, bad); code != exitFailed {
		t.Errorf("-o: exit %d", code)
	}
	if data, err := os.ReadFile(out2); err != nil || !strings.Contains(string(data), "vnextract.people/1") {
		t.Errorf("-o file: %v %q", err, data)
	}
}
