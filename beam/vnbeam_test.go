package vnbeam

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// The tests run on Prism, Beam's in-process runner (ptest's default).
func TestMain(m *testing.M) {
	// Beam's loopback runner leaves an empty file in the temporary
	// directory for every job; the tests' jobs leave theirs here.
	tmp, err := os.MkdirTemp("", "vnbeam-test-")
	if err == nil {
		os.Setenv("TMPDIR", tmp)
	}
	code := ptest.MainRet(m)
	if tmp != "" {
		os.RemoveAll(tmp)
	}
	os.Exit(code)
}

// cli builds the real vnextract command once (through the replace
// directive, from this checkout) and runs it.
var cliPath string

func cli(t *testing.T, args ...string) string {
	t.Helper()
	if cliPath == "" {
		gobin, err := exec.LookPath("go")
		if err != nil {
			t.Skip("no go command to build vnextract with")
		}
		bin := filepath.Join(os.TempDir(), fmt.Sprintf("vnextract-beamtest-%d", os.Getpid()))
		build := exec.Command(gobin, "build", "-buildvcs=false", "-o", bin, "./cmd/vnextract")
		build.Dir = ".." // in the library's own module, with its go.sum
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("building vnextract: %v\n%s", err, out)
		}
		cliPath = bin
	}
	cmd := exec.Command(cliPath, args...)
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 1) {
		// Exit 1 means some documents failed, which the tests want.
		t.Fatalf("vnextract %s: %v\n%s", strings.Join(args, " "), err, ee.Stderr)
	}
	return string(out)
}

// runBeam runs read → Extract → Write on Prism and returns the records.
func runBeam(t *testing.T, read func(s beam.Scope) beam.PCollection) []string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.jsonl")
	p, s := beam.NewPipelineWithRoot()
	Write(s, out, Extract(s, read(s), Options{}))
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return lines(string(b))
}

func lines(s string) []string {
	ls := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(ls) == 1 && ls[0] == "" {
		return nil
	}
	return ls
}

// same compares Beam's records with the command's, record for record;
// Beam keeps no order, so both are sorted first.
func same(t *testing.T, got, want []string) {
	t.Helper()
	slices.Sort(got)
	slices.Sort(want)
	if len(got) != len(want) {
		t.Fatalf("Beam wrote %d records, vnextract extract %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("record %d differs:\n beam %s\n  cli %s", i, got[i], want[i])
		}
	}
}

// Every sample document, in every encoding, and a bad one: Beam's
// records are the command's.
func TestTextFilesSameAsCLI(t *testing.T) {
	for _, dir := range []string{"../testdata/docs", "../testdata/docs-legacy", "../testdata/bad"} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			glob := dir + "/*.txt"
			got := runBeam(t, func(s beam.Scope) beam.PCollection { return ReadText(s, glob, Options{}) })
			files, _ := filepath.Glob(glob)
			want := lines(cli(t, append([]string{"extract", "--quiet", "--format", "jsonl"}, files...)...))
			if len(want) == 0 {
				t.Fatal("the command wrote nothing")
			}
			same(t, got, want)
		})
	}
}

// JSON Lines input, with a line that is not JSON and one without an id:
// the same records as "vnextract extract --input jsonl".
func TestJSONLSameAsCLI(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	files, _ := filepath.Glob("../testdata/docs/*.txt")
	for i, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		q := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(string(text))
		if i == 1 {
			b.WriteString(`{"text":"` + q + `"}` + "\n")
			continue
		}
		b.WriteString(`{"id":"` + filepath.Base(f) + `","text":"` + q + `"}` + "\n")
	}
	b.WriteString("not json\n\n{\"id\":\"empty\",\"text\":\"\"}\n")
	for i, part := range []string{b.String()[:len(b.String())/2], b.String()[len(b.String())/2:]} {
		// Two files, the first cut mid-line: each is read on its own.
		if err := os.WriteFile(filepath.Join(dir, "part"+string(rune('0'+i))+".jsonl"), []byte(part), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	glob := filepath.Join(dir, "*.jsonl")
	got := runBeam(t, func(s beam.Scope) beam.PCollection { return ReadJSONL(s, glob, Options{}) })
	parts, _ := filepath.Glob(glob)
	want := lines(cli(t, append([]string{"extract", "--quiet", "--input", "jsonl", "--format", "jsonl"}, parts...)...))
	if len(want) < len(files)+2 {
		t.Fatalf("the command wrote %d records", len(want))
	}
	same(t, got, want)
}

// A glob that matches nothing fails the job instead of writing an empty
// report.
func TestEmptyGlobFails(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	Write(s, filepath.Join(t.TempDir(), "out.jsonl"), Extract(s, ReadText(s, filepath.Join(t.TempDir(), "*.txt"), Options{}), Options{}))
	if err := ptest.Run(p); err == nil || !strings.Contains(err.Error(), "no files matching pattern") {
		t.Errorf("empty glob: %v", err)
	}
}

// jsonlOf writes the files as one JSON Lines file of {"id","text"} lines.
func jsonlOf(t *testing.T, path string, files []string) {
	t.Helper()
	var b strings.Builder
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		q := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(string(text))
		b.WriteString(`{"id":"` + filepath.Base(f) + `","text":"` + q + `"}` + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// withoutTool drops the "tool" line, which names the program.
func withoutTool(s string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(l, `"tool": `) {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// The people combine over Beam's records is "vnextract people" over the
// command's report, byte for byte but the tool's name: the same people,
// merged and split alike, with the same ids, first documents and
// co-workers, though Beam hands the combine its records in any order.
// The documents span two JSON Lines files of more than ten lines each,
// so that input order is by file, then by line number, not by text.
func TestPeopleSameAsCLI(t *testing.T) {
	var files []string
	for _, dir := range []string{"docs", "eval", "eval2", "eval3"} {
		fs, _ := filepath.Glob("../testdata/" + dir + "/*.txt")
		files = append(files, fs...)
	}
	if len(files) < 30 {
		t.Fatalf("only %d sample documents", len(files))
	}
	dir := t.TempDir()
	half := len(files) / 2
	jsonlOf(t, filepath.Join(dir, "b.jsonl"), files[:half])
	jsonlOf(t, filepath.Join(dir, "a.jsonl"), files[half:])

	outDir := t.TempDir()
	glob := filepath.Join(dir, "*.jsonl")
	p, s := beam.NewPipelineWithRoot()
	people := People(s, Extract(s, ReadJSONL(s, glob, Options{}), Options{}), "test")
	Write(s, filepath.Join(outDir, "people.json"), people)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	got, err := os.ReadFile(filepath.Join(outDir, "people.json"))
	if err != nil {
		t.Fatal(err)
	}

	parts, _ := filepath.Glob(glob)
	report := filepath.Join(outDir, "report.jsonl")
	if err := os.WriteFile(report, []byte(cli(t, append([]string{"extract", "--quiet", "--input", "jsonl", "--format", "jsonl"}, parts...)...)), 0o644); err != nil {
		t.Fatal(err)
	}
	want := cli(t, "people", "--format", "json", report)
	if !strings.Contains(want, fmt.Sprintf(`"summary": {"documents": %d,`, len(files))) {
		t.Fatalf("vnextract people did not count %d documents:\n%s", len(files), want[max(0, len(want)-200):])
	}
	// The batch must hold someone named in several documents, or the
	// test would not see the merge.
	var rec struct {
		People []struct{ Documents []string }
	}
	if err := json.Unmarshal([]byte(want), &rec); err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(rec.People, func(p struct{ Documents []string }) bool { return len(p.Documents) > 1 }) {
		t.Fatal("nobody is named in two documents; the sample no longer tests merging")
	}
	if g, w := withoutTool(strings.TrimSpace(string(got))), withoutTool(strings.TrimSpace(want)); g != w {
		gl, wl := strings.Split(g, "\n"), strings.Split(w, "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("line %d differs:\n beam %.300s\n  cli %.300s", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("beam wrote %d lines, vnextract people %d", len(gl), len(wl))
	}
}

// A record that is not one of Extract's is skipped, not counted; a JSON
// Lines source sorts by its line number.
func TestShrink(t *testing.T) {
	if _, err := shrink("not json"); err == nil {
		t.Error("shrink took a line that is not JSON")
	}
	if _, err := shrink(`{"source":"x"}`); err == nil {
		t.Error("shrink took a record with no id")
	}
	rd, err := shrink(`{"id":"d","source":"a/b.jsonl:12","status":"ok","mentions":[{"type":"organization","text":"Bộ Quốc phòng","start":0,"end":13},{"type":"location","text":"Hà Nội","start":20,"end":26}],"persons":[]}`)
	if err != nil {
		t.Fatal(err)
	}
	if rd.Path != "a/b.jsonl" || rd.Line != 12 {
		t.Errorf("source split into %q, %d", rd.Path, rd.Line)
	}
	if strings.Contains(string(rd.JSON), "Hà Nội") || !strings.Contains(string(rd.JSON), "Bộ Quốc phòng") {
		t.Errorf("shrunk record %s should keep the organization and drop the place", rd.JSON)
	}
	for src, want := range map[string]int{"x.txt": 0, "c:/x.txt": 0, "x.jsonl:0": 0, "x.jsonl:9": 9} {
		if _, n := splitSource(src); n != want {
			t.Errorf("splitSource(%q) line %d, want %d", src, n, want)
		}
	}
}
