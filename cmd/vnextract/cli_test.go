package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

//go:generate go run ../../testdata/gen.go ../../testdata

const (
	docsDir   = "../../testdata/docs"
	legacyDir = "../../testdata/docs-legacy"
	badDir    = "../../testdata/bad"
)

// cli runs the command in-process and returns its exit code and output.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// reportDoc is the part of a report document the tests look at.
type reportDoc struct {
	ID       string   `json:"id"`
	Source   string   `json:"source"`
	Encoding string   `json:"encoding"`
	Status   string   `json:"status"`
	Error    string   `json:"error"`
	Warnings []string `json:"warnings"`
	Mentions []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	} `json:"mentions"`
}

// jsonlDocs parses JSON Lines output.
func jsonlDocs(t *testing.T, out string) []reportDoc {
	t.Helper()
	var docs []reportDoc
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var d reportDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, sc.Text())
		}
		docs = append(docs, d)
	}
	return docs
}

// jsonReport parses the whole-report JSON format.
func jsonReport(t *testing.T, out string) (docs []reportDoc, summary map[string]any) {
	t.Helper()
	var r struct {
		Schema    string         `json:"schema"`
		Documents []reportDoc    `json:"documents"`
		Summary   map[string]any `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("report is not JSON: %v\n%.500s", err, out)
	}
	if r.Schema == "" {
		t.Error("report has no schema version")
	}
	return r.Documents, r.Summary
}

func TestHelp(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		inStdout bool
		want     []string
	}{
		{[]string{"--help"}, exitOK, true, []string{"vnextract extract [flags] PATH...", "Exit status: 0"}},
		{[]string{"help"}, exitOK, true, []string{"Usage:"}},
		{nil, exitUsage, false, []string{"Usage:"}},
		{[]string{"extract", "--help"}, exitOK, false, []string{"Usage: vnextract extract", "Examples:", "--input jsonl --format jsonl -", "-workers", "-max-doc-bytes"}},
		{[]string{"extract", "-h"}, exitOK, false, []string{"Usage: vnextract extract"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := cli(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			got := stderr
			if tt.inStdout {
				got = stdout
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("help lacks %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"unknown flag", []string{"extract", "--no-such-flag", docsDir}, "flag provided but not defined"},
		{"no input", []string{"extract"}, "no input"},
		{"bad format", []string{"extract", "--format", "yaml", docsDir}, "unknown format"},
		{"bad encoding", []string{"extract", "--encoding", "koi8", docsDir}, "unknown encoding"},
		{"bad input kind", []string{"extract", "--input", "xml", docsDir}, "unknown --input"},
		{"zero workers", []string{"extract", "--workers", "0", docsDir}, "workers"},
		{"missing jsonl file", []string{"extract", "--input", "jsonl", filepath.Join(t.TempDir(), "none.jsonl")}, "no such file"},
		{"output is a directory", []string{"extract", "-o", t.TempDir(), docsDir}, "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := cli(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, stderr)
			}
			if stdout != "" {
				t.Errorf("a usage error wrote a report:\n%.300s", stdout)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(docsDir, "01-su-doan-huan-luyen.txt"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cli(t, string(data), "extract", "--format", "jsonl", "--quiet", "-")
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	docs := jsonlDocs(t, stdout)
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	d := docs[0]
	if d.ID != "-" || d.Source != "-" || d.Status != "ok" || d.Encoding != "utf-8" {
		t.Errorf("got id %q source %q status %q encoding %q, want -, -, ok, utf-8", d.ID, d.Source, d.Status, d.Encoding)
	}
	if !hasMention(d, "rank", "Thiếu tướng") || !hasMention(d, "date", "Ngày 5-1-2026") {
		t.Errorf("mentions lack the rank Thiếu tướng or the date Ngày 5-1-2026: %+v", d.Mentions)
	}
	if stderr != "" {
		t.Errorf("--quiet wrote to stderr: %s", stderr)
	}
}

func hasMention(d reportDoc, typ, text string) bool {
	for _, m := range d.Mentions {
		if m.Type == typ && m.Text == text {
			return true
		}
	}
	return false
}

func TestJSONLStdin(t *testing.T) {
	in := `{"id": "a", "text": "Ngày 3-2-2026, Đại tá Nguyễn Văn An dự lễ."}` + "\n" +
		"\n" + // blank lines are skipped
		`{"id": "b", "text": "Thượng tá Lê Văn Bình, Chính ủy Lữ đoàn 172."}` + "\n" +
		`{"text": "Trung tá Võ Văn Cường."}` + "\n"
	code, stdout, stderr := cli(t, in, "extract", "--input", "jsonl", "--format", "jsonl", "--quiet", "-")
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	docs := jsonlDocs(t, stdout)
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID+"@"+d.Source)
	}
	want := []string{"a@-:1", "b@-:3", "-:4@-:4"}
	if fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Errorf("ids@sources = %v, want %v", ids, want)
	}
	if len(docs) == 3 && !hasMention(docs[0], "rank", "Đại tá") {
		t.Errorf("document a lacks the rank Đại tá: %+v", docs[0].Mentions)
	}
}

// stripTiming removes the summary's clock fields, the only part of a
// report that may differ between runs.
func stripTiming(t *testing.T, out string) string {
	t.Helper()
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	s, ok := r["summary"].(map[string]any)
	if !ok {
		t.Fatalf("report has no summary")
	}
	for _, k := range []string{"started", "elapsed_seconds"} {
		if _, ok := s[k]; !ok {
			t.Errorf("summary lacks %q", k)
		}
		delete(s, k)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	// The documents must be byte-identical as written, not only equal
	// after a round trip.
	i := strings.Index(out, "\"summary\"")
	return out[:i] + "\"summary\": " + string(b) + "}"
}

func TestDeterministic(t *testing.T) {
	var outs []string
	for i := 0; i < 2; i++ {
		code, stdout, stderr := cli(t, "", "extract", "--quiet", docsDir, legacyDir)
		if code != exitOK {
			t.Fatalf("exit %d; stderr:\n%s", code, stderr)
		}
		outs = append(outs, stripTiming(t, stdout))
	}
	if outs[0] != outs[1] {
		t.Error("two runs over the same input differ")
	}
	docs, _ := jsonReport(t, outs[0])
	if len(docs) != 9 {
		t.Errorf("got %d documents, want 9 (6 docs + 3 legacy)", len(docs))
	}
}

func TestWorkersSameOutput(t *testing.T) {
	var outs []string
	for _, w := range []string{"1", "2", "7"} {
		code, stdout, stderr := cli(t, "", "extract", "--quiet", "--format", "jsonl", "--workers", w, docsDir, legacyDir, badDir)
		if code != exitFailed {
			t.Fatalf("--workers %s: exit %d, want 1 (testdata/bad holds failing files); stderr:\n%s", w, code, stderr)
		}
		outs = append(outs, stdout)
	}
	for i := 1; i < len(outs); i++ {
		if outs[i] != outs[0] {
			t.Errorf("output with worker count #%d differs from --workers 1", i)
		}
	}
}

func TestOutputFileAtomic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r.json")
	if err := os.WriteFile(out, []byte("old report"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cli(t, "", "extract", "-o", out, docsDir)
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("-o FILE also wrote to stdout: %.200s", stdout)
	}
	if !strings.Contains(stderr, "6 documents (0 failed") || !strings.Contains(stderr, "r.json") {
		t.Errorf("summary line missing or wrong:\n%s", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	docs, summary := jsonReport(t, string(data))
	if len(docs) != 6 || summary["documents"] != 6.0 {
		t.Errorf("report holds %d documents, summary says %v; want 6", len(docs), summary["documents"])
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %v, want only r.json (a temporary file was left)", names)
	}
}

// TestBadInputs runs each bad fixture together with a good document and
// checks that the bad one is reported and the good one still processed.
func TestBadInputs(t *testing.T) {
	good := filepath.Join(docsDir, "01-su-doan-huan-luyen.txt")
	tests := []struct {
		name    string
		file    string
		code    int
		status  string
		message string // in the error, or in a warning
	}{
		{"empty file", "empty.txt", exitFailed, "error", "input is empty"},
		{"binary with NUL bytes", "binary-nul.txt", exitFailed, "error", "binary"},
		{"image", "image.png", exitFailed, "error", "binary"},
		{"invalid UTF-8 in the middle", "invalid-utf8.txt", exitOK, "warning", "invalid UTF-8 at byte 40"},
		{"UTF-16 without BOM", "utf16le-nobom.txt", exitOK, "warning", "UTF-16LE"},
		{"missing file", "no-such-file.txt", exitFailed, "error", "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := cli(t, "", "extract", "--quiet", "--format", "jsonl", filepath.Join(badDir, tt.file), good)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			docs := jsonlDocs(t, stdout)
			if len(docs) != 2 {
				t.Fatalf("got %d documents, want 2", len(docs))
			}
			checkBad(t, docs[0], tt.file, tt.status, tt.message)
			if docs[1].Status != "ok" || len(docs[1].Mentions) == 0 {
				t.Errorf("the good document after it: status %q, %d mentions", docs[1].Status, len(docs[1].Mentions))
			}
		})
	}
}

func checkBad(t *testing.T, d reportDoc, id, status, message string) {
	t.Helper()
	if d.ID != id || d.Status != status {
		t.Errorf("got id %q status %q, want %q %q", d.ID, d.Status, id, status)
	}
	text := d.Error
	if status != "error" {
		text = strings.Join(d.Warnings, "\n")
	}
	if !strings.Contains(text, message) {
		t.Errorf("%s: error %q, warnings %q; want %q", d.ID, d.Error, d.Warnings, message)
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their permissions")
	}
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte("Đại tá Nguyễn Văn An."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(secret, 0); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := cli(t, "", "extract", "--quiet", "--format", "jsonl", dir, docsDir)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	docs := jsonlDocs(t, stdout)
	if len(docs) != 7 {
		t.Fatalf("got %d documents, want 7", len(docs))
	}
	checkBad(t, docs[0], "secret.txt", "error", "permission denied")
}

func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(docsDir, "02-bien-phong-tuan-tra.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "a.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	// sub/loop -> .. and self.txt -> self.txt: a directory cycle and a
	// link that never resolves.
	if err := os.Symlink("..", filepath.Join(sub, "loop")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := os.Symlink("self.txt", filepath.Join(dir, "self.txt")); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var code int
	var stdout string
	go func() {
		defer close(done)
		code, stdout, _ = cli(t, "", "extract", "--quiet", "--format", "jsonl", dir)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("a symlink loop trapped the directory walk")
	}
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	docs := jsonlDocs(t, stdout)
	var got []string
	for _, d := range docs {
		got = append(got, d.ID+":"+d.Status)
	}
	want := []string{"self.txt:error", "sub/a.txt:ok", "sub/loop:error"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("documents %v, want %v", got, want)
	}
	for _, d := range docs {
		if d.ID == "sub/loop" && !strings.Contains(d.Error, "symlink to a directory") {
			t.Errorf("loop: error %q does not say it is a symlink to a directory", d.Error)
		}
	}
}

func TestMixedEncodings(t *testing.T) {
	code, stdout, stderr := cli(t, "", "extract", "--quiet", "--format", "jsonl", legacyDir, filepath.Join(badDir, "utf16le-nobom.txt"), filepath.Join(docsDir, "01-su-doan-huan-luyen.txt"))
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	docs := jsonlDocs(t, stdout)
	var got []string
	for _, d := range docs {
		got = append(got, d.Encoding)
	}
	want := []string{"tcvn3", "vni", "windows-1258", "utf-16le", "utf-8"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("encodings %v, want %v", got, want)
	}
	// The TCVN3 copy of document 01 must give what the UTF-8 original
	// gives.
	if len(docs) == 5 && fmt.Sprint(docs[0].Mentions) != fmt.Sprint(docs[4].Mentions) {
		t.Errorf("TCVN3 copy gives other mentions than the UTF-8 original:\n%v\n%v", docs[0].Mentions, docs[4].Mentions)
	}
}

func TestJSONLNotJSON(t *testing.T) {
	code, stdout, stderr := cli(t, "", "extract", "--quiet", "--input", "jsonl", "--format", "jsonl", filepath.Join(badDir, "not-json.jsonl"))
	if code != exitFailed {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitFailed, stderr)
	}
	docs := jsonlDocs(t, stdout)
	if len(docs) != 3 {
		t.Fatalf("got %d documents, want 3", len(docs))
	}
	if docs[0].ID != "a" || docs[0].Status != "ok" || docs[2].ID != "c" || docs[2].Status != "ok" {
		t.Errorf("the good lines: %q %q, %q %q; want a ok, c ok", docs[0].ID, docs[0].Status, docs[2].ID, docs[2].Status)
	}
	checkBad(t, docs[1], "../../testdata/bad/not-json.jsonl:2", "error", "not a JSON object")
}

func TestMaxDocBytes(t *testing.T) {
	code, stdout, _ := cli(t, "", "extract", "--quiet", "--format", "jsonl", "--max-doc-bytes", "1000", docsDir)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	docs := jsonlDocs(t, stdout)
	if len(docs) != 6 {
		t.Fatalf("got %d documents, want 6", len(docs))
	}
	// 05 is 1019 bytes... every document is over 1000 bytes.
	for _, d := range docs {
		if d.Status != "error" || !strings.Contains(d.Error, "too large") || !strings.Contains(d.Error, "--max-doc-bytes") {
			t.Errorf("%s: status %q error %q, want a too-large error naming --max-doc-bytes", d.ID, d.Status, d.Error)
		}
	}
}

// buildBinary compiles vnextract once per test binary.
var buildBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "vnextract-test")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "vnextract")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and drives the binary; skipped in -short mode")
	}
	bin, err := buildBinary()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bin, err := buildBinary(); err == nil && bin != "" {
		os.RemoveAll(filepath.Dir(bin))
	}
	os.Exit(code)
}

// TestStreamingPipe drives the binary as a cluster-job mapper: JSON Lines
// in on a pipe, JSON Lines out, every id back exactly once.
func TestStreamingPipe(t *testing.T) {
	bin := binary(t)
	const n = 100_000
	cmd := exec.Command(bin, "extract", "--input", "jsonl", "--format", "jsonl", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		w := bufio.NewWriter(stdin)
		for i := 0; i < n; i++ {
			fmt.Fprintf(w, `{"id": "d%d", "text": "Ngày %d-1-2026, Đại tá Lê Văn %d dự lễ."}`+"\n", i, i%28+1, i)
		}
		w.Flush()
		stdin.Close()
	}()
	seen := make([]int, n)
	sc := bufio.NewScanner(stdout)
	lines := 0
	for sc.Scan() {
		lines++
		var d struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("line %d is not JSON: %v", lines, err)
		}
		var i int
		if _, err := fmt.Sscanf(d.ID, "d%d", &i); err != nil || i < 0 || i >= n {
			t.Fatalf("line %d: unexpected id %q", lines, d.ID)
		}
		if i != lines-1 {
			t.Fatalf("line %d holds %q: output is out of input order", lines, d.ID)
		}
		seen[i]++
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("vnextract: %v\n%s", err, stderr.String())
	}
	for i, c := range seen {
		if c != 1 {
			t.Fatalf("id d%d came back %d times", i, c)
		}
	}
	if !strings.Contains(stderr.String(), fmt.Sprintf("%d documents (0 failed", n)) {
		t.Errorf("summary: %s", stderr.String())
	}
}

// TestInterrupt stops a run writing -o FILE with SIGINT: the exit code
// is 1, stderr counts the finished documents and FILE is not created.
func TestInterrupt(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to another process on Windows")
	}
	bin := binary(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(docsDir, "03-hoi-nghi-dang-uy.txt"))
	if err != nil {
		t.Fatal(err)
	}
	quoted, _ := json.Marshal(string(text))
	w := bufio.NewWriter(f)
	for i := 0; i < 50_000; i++ { // about 60 MB: many seconds of work
		fmt.Fprintf(w, `{"id": "d%d", "text": %s}`+"\n", i, quoted)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	outDir := filepath.Join(dir, "out")
	if err := os.Mkdir(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(outDir, "r.json")
	cmd := exec.Command(bin, "extract", "--input", "jsonl", "-o", out, in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Started means the temporary report has received documents.
	deadline := time.Now().Add(30 * time.Second)
	for {
		tmps, _ := filepath.Glob(filepath.Join(outDir, ".r.json.*.tmp"))
		if len(tmps) == 1 {
			if st, err := os.Stat(tmps[0]); err == nil && st.Size() > 0 {
				break
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the run wrote nothing in 30s")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case <-waited:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the run did not stop within 30s of SIGINT")
	}
	if code := cmd.ProcessState.ExitCode(); code != exitRun {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitRun, stderr.String())
	}
	var n int
	if _, err := fmt.Sscanf(stderr.String()[strings.Index(stderr.String(), "interrupted"):], "interrupted after %d documents", &n); err != nil || n <= 0 || n >= 50_000 {
		t.Errorf("stderr does not say how many documents were finished (got %d, %v):\n%s", n, err, stderr.String())
	}
	entries, _ := os.ReadDir(outDir)
	if len(entries) != 0 {
		t.Errorf("the output directory holds %d files after the interrupt; want none", len(entries))
	}
}

// startStreaming starts a streaming run, JSON Lines on a pipe, that has
// written its first document and waits for more on stdin; its stdin is
// closed and the process killed when the test ends.
func startStreaming(t *testing.T) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(binary(t), "extract", "--input", "jsonl", "--format", "jsonl", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &bytes.Buffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); stdin.Close() })
	fmt.Fprintln(stdin, `{"id": "a", "text": "Đại tá Nguyễn Văn An dự lễ."}`)
	// Wait for the first document to come out, so the run has started.
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || !strings.Contains(line, `"id":"a"`) {
		t.Fatalf("first line %q, %v", line, err)
	}
	go io.Copy(io.Discard, stdout)
	return cmd, stderr
}

// TestInterruptWhileReadingStdin interrupts a streaming run whose input
// pipe stays open: the run must stop rather than wait for more input.
func TestInterruptWhileReadingStdin(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to another process on Windows")
	}
	cmd, stderr := startStreaming(t)
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case <-waited:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-waited
		t.Fatal("SIGINT did not stop a run waiting on standard input")
	}
	if code := cmd.ProcessState.ExitCode(); code != exitRun {
		t.Errorf("exit %d, want %d", code, exitRun)
	}
	// The first document already went out: the run must not claim that
	// nothing was written (finding 7).
	if !strings.Contains(stderr.String(), "interrupted after 1 documents; the report on stdout is incomplete") || strings.Contains(stderr.String(), "no report written") {
		t.Errorf("stderr:\n%s", stderr.String())
	}
}

func TestJSONLInputIsDirectory(t *testing.T) {
	code, stdout, stderr := cli(t, "", "extract", "--input", "jsonl", "--format", "jsonl", docsDir)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	docs := jsonlDocs(t, stdout)
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	checkBad(t, docs[0], docsDir+":1", "error", "is a directory")
	if strings.Contains(docs[0].Error, "longer than") {
		t.Errorf("error blames the line length: %s", docs[0].Error)
	}
	if !strings.Contains(stderr, "1 documents (1 failed, 0 with warnings), 0 persons; no mentions;") {
		t.Errorf("summary: %s", stderr)
	}
}
