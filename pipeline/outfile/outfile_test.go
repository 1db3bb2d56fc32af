//go:build unix

package outfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

func write(t *testing.T, path, s string) error {
	t.Helper()
	f, err := Create(path)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(f, s); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestNewFileHonoursUmask(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	p := filepath.Join(t.TempDir(), "r.json")
	if err := write(t, p, "x"); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644 (0666 less umask 022)", st.Mode().Perm())
	}
	syscall.Umask(0o077)
	p2 := filepath.Join(filepath.Dir(p), "r2.json")
	write(t, p2, "x")
	if st, _ := os.Stat(p2); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 under umask 077", st.Mode().Perm())
	}
}

func TestExistingFileKeepsMode(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.json")
	os.WriteFile(p, []byte("old"), 0o644)
	os.Chmod(p, 0o664)
	if err := write(t, p, "new"); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o664 {
		t.Errorf("mode %v, want the old 0664", st.Mode().Perm())
	}
	if got := read(t, p); got != "new" {
		t.Errorf("content %q", got)
	}
}

func TestAbortLeavesOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.json")
	os.WriteFile(p, []byte("old"), 0o644)
	f, err := Create(p)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "half")
	f.Abort()
	if got := read(t, p); got != "old" {
		t.Errorf("content %q, want the old file", got)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("temporary file left: %v", es)
	}
}

func TestSymlinkWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.json")
	os.WriteFile(target, []byte("old"), 0o640)
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink("real.json", link); err != nil {
		t.Fatal(err)
	}
	if err := write(t, link, "new"); err != nil {
		t.Fatal(err)
	}
	lst, _ := os.Lstat(link)
	if lst.Mode()&fs.ModeSymlink == 0 {
		t.Fatal("the symlink was replaced by a file")
	}
	if got := read(t, target); got != "new" {
		t.Errorf("target holds %q", got)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o640 {
		t.Errorf("target mode %v, want 0640", st.Mode().Perm())
	}
}

func TestDanglingSymlinkCreatesTarget(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "link.json")
	os.Symlink("real.json", link)
	if err := write(t, link, "new"); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "real.json")); got != "new" {
		t.Errorf("target holds %q", got)
	}
}

func TestFIFOWrittenDirectly(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got := make(chan string)
	go func() {
		r, err := os.Open(p)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(r)
		r.Close()
		got <- string(b)
	}()
	if err := write(t, p, "through the pipe"); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "through the pipe" {
		t.Errorf("reader got %q", s)
	}
	st, err := os.Lstat(p)
	if err != nil || st.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", st.Mode(), err)
	}
}

func TestDeviceWrittenDirectly(t *testing.T) {
	// Only opened for writing, never renamed over: the test must not
	// be able to harm the real device even when it fails. /dev/zero
	// discards writes too, should /dev/null not be a device here.
	dev := ""
	for _, d := range []string{os.DevNull, "/dev/zero"} {
		if st, err := os.Stat(d); err == nil && st.Mode()&fs.ModeDevice != 0 {
			dev = d
			break
		}
	}
	if dev == "" {
		t.Skip("no device that discards writes here")
	}
	f, err := Create(dev)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Direct() || f.tmp != "" {
		f.Abort() // removes the temporary file; never Commit here
		t.Fatalf("%s would be replaced by a temporary file", dev)
	}
	if _, err := io.WriteString(f, "discarded"); err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(dev); st.Mode()&fs.ModeDevice == 0 {
		t.Fatalf("%s is no longer a device", dev)
	}
}

func TestProcFDWrittenDirectly(t *testing.T) {
	// /dev/fd/N as bash's >(…) gives it: a pipe behind a /proc link.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	path := "/dev/fd/" + strconv.Itoa(int(w.Fd()))
	if _, err := os.Stat(path); err != nil {
		w.Close()
		t.Skip("no /dev/fd here")
	}
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Direct() {
		t.Fatal("a pipe behind /dev/fd would be renamed over")
	}
	io.WriteString(f, "ok")
	f.Commit()
	w.Close()
	if b, _ := io.ReadAll(r); string(b) != "ok" {
		t.Errorf("read %q", b)
	}
}

func TestProcFDRegularFileAppends(t *testing.T) {
	// /dev/stdout redirected with >> to a log: the log must survive.
	p := filepath.Join(t.TempDir(), "log")
	os.WriteFile(p, []byte("before\n"), 0o644)
	fh, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	path := "/dev/fd/" + strconv.Itoa(int(fh.Fd()))
	if _, err := os.Stat(path); err != nil {
		t.Skip("no /dev/fd here")
	}
	if err := write(t, path, "after\n"); err != nil {
		t.Fatal(err)
	}
	if got := read(t, p); got != "before\nafter\n" {
		t.Errorf("log holds %q", got)
	}
}

func TestDirectoryRefused(t *testing.T) {
	if _, err := Create(t.TempDir()); err == nil {
		t.Fatal("a directory was accepted as a file destination")
	}
}

func TestCreateDirHonoursUmaskAndKeepsOthers(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	base := t.TempDir()
	out := filepath.Join(base, "csv")
	d, err := CreateDir(out)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(d.Path(), "a.csv"), []byte("1"), 0o666)
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(out); st.Mode().Perm() != 0o755 {
		t.Errorf("directory mode %v, want 0755", st.Mode().Perm())
	}
	os.WriteFile(filepath.Join(out, "keep.txt"), []byte("mine"), 0o644)
	os.Chmod(filepath.Join(out, "a.csv"), 0o640)
	d, _ = CreateDir(out)
	os.WriteFile(filepath.Join(d.Path(), "a.csv"), []byte("2"), 0o666)
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(out, "a.csv")); got != "2" {
		t.Errorf("a.csv holds %q", got)
	}
	if st, _ := os.Stat(filepath.Join(out, "a.csv")); st.Mode().Perm() != 0o640 {
		t.Errorf("a.csv mode %v, want the old 0640", st.Mode().Perm())
	}
	if got := read(t, filepath.Join(out, "keep.txt")); got != "mine" {
		t.Errorf("keep.txt holds %q", got)
	}
	if es, _ := os.ReadDir(base); len(es) != 1 {
		t.Errorf("temporary directory left: %v", es)
	}
}

// A full disk is an error, never silent; /dev/full stands for one. As
// for /dev/null, the device is only opened, never renamed over.
func TestDeviceFull(t *testing.T) {
	const full = "/dev/full"
	if st, err := os.Stat(full); err != nil || st.Mode()&fs.ModeDevice == 0 {
		t.Skipf("no %s device here", full)
	}
	f, err := Create(full)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Direct() {
		f.Abort()
		t.Fatalf("%s would be replaced by a temporary file", full)
	}
	_, err = io.WriteString(f, "x")
	if cerr := f.Commit(); err == nil {
		err = cerr
	}
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("writing %s: %v, want ENOSPC", full, err)
	}
}

// Root rewriting a user's report leaves it the user's.
func TestExistingFileKeepsOwner(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("only root can give a file to another user")
	}
	p := filepath.Join(t.TempDir(), "r.json")
	os.WriteFile(p, []byte("old"), 0o644)
	if err := os.Chown(p, 65534, 65534); err != nil {
		t.Skip("cannot chown here:", err)
	}
	if err := write(t, p, "new"); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if s := st.Sys().(*syscall.Stat_t); s.Uid != 65534 || s.Gid != 65534 {
		t.Errorf("owner %d:%d, want 65534:65534", s.Uid, s.Gid)
	}
}
