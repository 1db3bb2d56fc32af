//go:build unix

package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Finding 1: -o on a FIFO writes into the pipe instead of replacing it.
func TestOutputFIFO(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte(sampleDoc), 0o644)
	fifo := filepath.Join(dir, "out.pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got := make(chan string, 1)
	go func() {
		r, err := os.Open(fifo)
		if err != nil {
			got <- ""
			return
		}
		b, _ := io.ReadAll(r)
		r.Close()
		got <- string(b)
	}()
	code, _, stderr := cli(t, "", "extract", "--quiet", "--format", "jsonl", "-o", fifo, in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	select {
	case s := <-got:
		if !strings.Contains(s, `"id":"a.txt"`) {
			t.Errorf("the reader got %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the reader of the FIFO got nothing")
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v", err)
	}
}

// Finding 1: a symlink is written through; modes follow the umask or the
// replaced file.
func TestOutputSymlinkAndModes(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte(sampleDoc), 0o644)
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)

	fresh := filepath.Join(dir, "new.json")
	if code, _, stderr := cli(t, "", "extract", "--quiet", "-o", fresh, in); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if st, _ := os.Stat(fresh); st.Mode().Perm() != 0o644 {
		t.Errorf("new report mode %v, want 0644 under umask 022", st.Mode().Perm())
	}

	target := filepath.Join(dir, "target.json")
	os.WriteFile(target, []byte("old"), 0o644)
	os.Chmod(target, 0o664)
	link := filepath.Join(dir, "link.json")
	os.Symlink("target.json", link)
	if code, _, stderr := cli(t, "", "extract", "--quiet", "-o", link, in); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if st, _ := os.Lstat(link); st.Mode()&fs.ModeSymlink == 0 {
		t.Error("the symlink was replaced by a file")
	}
	b, _ := os.ReadFile(target)
	if !strings.Contains(string(b), `"a.txt"`) {
		t.Errorf("the link's target was not written: %.80q", b)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o664 {
		t.Errorf("replaced report mode %v, want the old 0664", st.Mode().Perm())
	}
}

// Findings 5 and 10: a FIFO in an input folder is reported, not waited
// on; upper-case extensions match; ids are relative paths.
func TestWalkFIFOAndCase(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a"), 0o755)
	os.MkdirAll(filepath.Join(dir, "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "report.txt"), []byte(sampleDoc), 0o644)
	os.WriteFile(filepath.Join(dir, "b", "report.txt"), []byte(sampleDoc), 0o644)
	os.WriteFile(filepath.Join(dir, "BAOCAO.TXT"), []byte(sampleDoc), 0o644)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan struct{})
	var code int
	var stdout, stderr string
	go func() {
		code, stdout, stderr = cli(t, "", "extract", "--format", "jsonl", dir)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("a FIFO in the input folder hung the run")
	}
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	var got []string
	for _, d := range jsonlDocs(t, stdout) {
		got = append(got, d.ID+":"+d.Status)
	}
	want := "[BAOCAO.TXT:ok a/report.txt:ok b/report.txt:ok pipe.txt:error]"
	if fmt.Sprint(got) != want {
		t.Errorf("documents %v, want %s", got, want)
	}
	if !strings.Contains(stderr, "vnextract: pipe.txt: ") || !strings.Contains(stderr, "FIFO") {
		t.Errorf("stderr does not name the failed document and why:\n%s", stderr)
	}
}
