package main

// CLI-level tests of issue 11: the tool never destroys a file and never
// drops a document silently.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

const sampleDoc = "Đại tá Nguyễn Văn An, Chính ủy Sư đoàn 308, dự lễ.\n"

// errWriter fails every write as a full disk does.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// Finding 7: a report that cannot be written (disk full) is the run's
// failure, exit 3, not "some documents failed".
func TestDiskFullExits3(t *testing.T) {
	var errb strings.Builder
	code := run([]string{"extract", "--quiet", docsDir}, strings.NewReader(""), errWriter{}, &errb)
	if code != exitRun {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitRun, errb.String())
	}
	if !strings.Contains(errb.String(), "no space left") || !strings.Contains(errb.String(), "the report on stdout is incomplete") {
		t.Errorf("stderr does not say why and what became of the report: %s", errb.String())
	}
}

// Finding 2: --emit-text into the input folder would overwrite a.txt
// with a.html's text; the run is refused before anything is written.
func TestEmitTextRefusesCollision(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(sampleDoc), 0o644)
	os.WriteFile(filepath.Join(dir, "a.html"), []byte("<p>Thiếu tướng Trần Văn B</p>"), 0o644)
	out := filepath.Join(t.TempDir(), "r.json")
	code, _, stderr := cli(t, "", "extract", "--quiet", "--emit-text", dir, "-o", out, dir)
	if code != exitUsage {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitUsage, stderr)
	}
	if !strings.Contains(stderr, "a.html") || !strings.Contains(stderr, "a.txt") {
		t.Errorf("stderr does not name both documents: %s", stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a.txt")); string(b) != sampleDoc {
		t.Errorf("a.txt was overwritten: %q", b)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a report was written: %v", err)
	}
}

// Finding 2: texts keep the folders of their ids, and the same file name
// in two folders gives two texts.
func TestEmitTextKeepsFolders(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"a", "b"} {
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
		os.WriteFile(filepath.Join(dir, sub, "report.txt"), []byte(sub+": "+sampleDoc), 0o644)
	}
	texts := filepath.Join(t.TempDir(), "texts")
	code, _, stderr := cli(t, "", "extract", "--quiet", "--emit-text", texts, "-o", filepath.Join(t.TempDir(), "r.json"), dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, sub := range []string{"a", "b"} {
		b, err := os.ReadFile(filepath.Join(texts, sub, "report.txt"))
		if err != nil || !strings.HasPrefix(string(b), sub+": ") {
			t.Errorf("%s/report.txt: %q %v", sub, b, err)
		}
	}
}

// Finding 2: JSON Lines ids that would share a text file ("d1" twice,
// "." and "..") are never written over each other or outside the
// directory; the document says its text was not written.
func TestEmitTextJSONLIDs(t *testing.T) {
	texts := t.TempDir()
	in := `{"id": "d1", "text": "Đại tá A."}
{"id": "d1", "text": "Đại tá B."}
{"id": "..", "text": "Đại tá C."}
{"id": "../escape", "text": "Đại tá D."}
`
	code, stdout, stderr := cli(t, in, "extract", "--quiet", "--input", "jsonl", "--format", "jsonl", "--emit-text", texts, "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	docs := jsonlDocs(t, stdout)
	if len(docs) != 4 || docs[1].Status != "warning" || !strings.Contains(strings.Join(docs[1].Warnings, " "), "text not written") {
		t.Fatalf("the second d1 does not say its text was not written: %+v", docs)
	}
	if b, _ := os.ReadFile(filepath.Join(texts, "d1.txt")); string(b) != "Đại tá A." {
		t.Errorf("d1.txt holds %q", b)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(texts), "escape.txt")); err == nil {
		t.Error("an id climbed out of the --emit-text directory")
	}
}

// Finding 5: a second run over the same folder does not read back the
// HTML report the first one wrote there.
func TestOwnReportNotReadBack(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(sampleDoc), 0o644)
	report := filepath.Join(dir, "report.html")
	for run := 1; run <= 2; run++ {
		code, _, stderr := cli(t, "", "extract", "--format", "html", "-o", report, dir)
		if code != exitOK || !strings.Contains(stderr, "vnextract: 1 documents") {
			t.Fatalf("run %d: exit %d: %s", run, code, stderr)
		}
	}
	// Another run, with the report elsewhere, still leaves it out.
	code, stdout, _ := cli(t, "", "extract", "--format", "jsonl", dir)
	if docs := jsonlDocs(t, stdout); code != exitOK || len(docs) != 1 {
		t.Errorf("exit %d, %d documents; want the report left out", code, len(docs))
	}
}

// Finding 11: each failed document is named on stderr with its reason,
// capped on huge runs; --quiet silences them.
func TestFailuresOnStderr(t *testing.T) {
	code, _, stderr := cli(t, "", "extract", "--format", "jsonl", filepath.Join(badDir, "empty.txt"), docsDir)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if !strings.Contains(stderr, "vnextract: empty.txt: ") || !strings.Contains(stderr, "empty") {
		t.Errorf("stderr does not name the failed document:\n%s", stderr)
	}
	_, _, stderr = cli(t, "", "extract", "--quiet", "--format", "jsonl", filepath.Join(badDir, "empty.txt"))
	if stderr != "" {
		t.Errorf("--quiet printed:\n%s", stderr)
	}
	var lines strings.Builder
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&lines, "{\"id\": \"e%d\", \"text\": \"\"}\n", i)
	}
	_, _, stderr = cli(t, lines.String(), "extract", "--input", "jsonl", "--format", "jsonl", "-")
	if n := strings.Count(stderr, "empty or missing"); n != maxFailureLines {
		t.Errorf("%d failure lines, want %d", n, maxFailureLines)
	}
	if !strings.Contains(stderr, "and 30 more failed documents") {
		t.Errorf("no count of the rest:\n%s", stderr)
	}
}

// Finding 12: --format csv -o x.csv would make a directory named x.csv.
func TestCSVFileNameRefused(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.csv")
	code, _, stderr := cli(t, "", "extract", "--format", "csv", "-o", out, docsDir)
	if code != exitUsage || !strings.Contains(stderr, "name a directory") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("x.csv was made")
	}
}

// Finding 12: sha256 and bytes describe the input file, as docs/report.md
// says, also for an HTML file whose text is what gets analysed.
func TestSHA256OfInputFile(t *testing.T) {
	dir := t.TempDir()
	page := []byte("<html><body><p>" + sampleDoc + "</p></body></html>")
	path := filepath.Join(dir, "a.html")
	os.WriteFile(path, page, 0o644)
	code, stdout, stderr := cli(t, "", "extract", "--quiet", "--format", "jsonl", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d struct {
		SHA256 string `json:"sha256"`
		Bytes  int    `json:"bytes"`
	}
	json.Unmarshal([]byte(stdout), &d)
	sum := sha256.Sum256(page)
	if d.SHA256 != hex.EncodeToString(sum[:]) || d.Bytes != len(page) {
		t.Errorf("sha256 %s bytes %d, want the file's %x and %d", d.SHA256, d.Bytes, sum, len(page))
	}
}

// Finding 12: --format xlsx without -o on a terminal is refused rather
// than dumping binary on the screen.
func TestXLSXToTerminalRefused(t *testing.T) {
	defer func(f func(io.Writer) bool) { stdoutIsTerminal = f }(stdoutIsTerminal)
	stdoutIsTerminal = func(io.Writer) bool { return true }
	code, stdout, stderr := cli(t, "", "extract", "--format", "xlsx", docsDir)
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "-o report.xlsx") {
		t.Errorf("exit %d, %d bytes out, stderr %s", code, len(stdout), stderr)
	}
	// Redirected, it is written.
	stdoutIsTerminal = func(io.Writer) bool { return false }
	if code, stdout, _ := cli(t, "", "extract", "--quiet", "--format", "xlsx", docsDir); code != exitOK || !strings.HasPrefix(stdout, "PK") {
		t.Errorf("exit %d, output %.4q", code, stdout)
	}
}

// Finding 1: -o naming an input would replace the document with its
// report.
func TestOutputIsInputRefused(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte(sampleDoc), 0o644)
	for _, args := range [][]string{{in}, {dir}} {
		code, _, stderr := cli(t, "", append([]string{"extract", "-o", in}, args...)...)
		if code != exitUsage || !strings.Contains(stderr, "is an input") {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
		if b, _ := os.ReadFile(in); string(b) != sampleDoc {
			t.Fatalf("%v: the input was replaced", args)
		}
	}
}
