package vnbeam

import (
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
