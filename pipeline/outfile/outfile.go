// Package outfile opens the destination of a report without ever
// destroying what is there. A regular file, or a path that does not
// exist yet, is written under a temporary name beside it and renamed
// over it on Commit, so a failed run leaves the old file intact. A
// symlink is written through: the file it points to is replaced, the
// link stays. Anything else (a device such as /dev/null, a FIFO, a
// terminal, /dev/stdout, a shell's process substitution /dev/fd/N) is
// opened and written directly, since renaming over it would replace the
// device or pipe itself with a regular file.
//
// New files get mode 0666 less the umask, as a shell redirection would
// give them; a replaced file keeps its mode, and its owner where the
// process may set it.
package outfile

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrIsDir is returned when a file destination names a directory.
var ErrIsDir = errors.New("outfile: is a directory")

// File is a destination being written.
type File struct {
	f      *os.File
	tmp    string // the temporary name, "" when written directly
	final  string // where the temporary file is renamed to
	direct bool
	done   bool
}

// Create opens path for writing a whole new content.
func Create(path string) (*File, error) {
	lst, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return renamed(path, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("outfile: %w", err)
	}
	st := lst
	if lst.Mode()&fs.ModeSymlink != 0 {
		st, err = os.Stat(path)
		if err != nil {
			// A dangling link: create the file it names, keeping the link.
			return direct(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC)
		}
		if st.Mode().IsRegular() {
			if throughProc(path) {
				// /dev/stdout redirected to a file: the shell opened it
				// (truncating for >, not for >>); append so neither is
				// overwritten.
				return direct(path, os.O_WRONLY|os.O_APPEND)
			}
			real, err := filepath.EvalSymlinks(path)
			if err != nil {
				return nil, fmt.Errorf("outfile: %w", err)
			}
			return renamed(real, st)
		}
	}
	switch {
	case st.IsDir():
		return nil, fmt.Errorf("%w: %s; name a file", ErrIsDir, path)
	case st.Mode().IsRegular():
		return renamed(path, st)
	}
	return direct(path, os.O_WRONLY)
}

// throughProc says whether path is, or leads through symlinks to, a
// /proc or /dev/fd name: a descriptor the shell opened for this process.
func throughProc(path string) bool {
	p := path
	for range 40 { // the kernel's own limit on links followed
		if strings.HasPrefix(p, "/proc/") || strings.HasPrefix(p, "/dev/fd/") {
			return true
		}
		fi, err := os.Lstat(p)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return false
		}
		t, err := os.Readlink(p)
		if err != nil {
			return false
		}
		if !filepath.IsAbs(t) {
			t = filepath.Join(filepath.Dir(p), t)
		}
		p = t
	}
	return false
}

func direct(path string, flag int) (*File, error) {
	f, err := os.OpenFile(path, flag, 0o666)
	if err != nil {
		return nil, fmt.Errorf("outfile: %w", err)
	}
	return &File{f: f, final: path, direct: true}, nil
}

// renamed opens a temporary file beside path. old describes the file
// it will replace, or is nil for a new path: its mode is then copied
// exactly, umask or not, and its owner where the process may.
func renamed(path string, old fs.FileInfo) (*File, error) {
	perm := fs.FileMode(0o666)
	if old != nil {
		perm = old.Mode().Perm()
	}
	f, err := createTemp(filepath.Dir(path), "."+filepath.Base(path)+".", ".tmp", perm)
	if err != nil {
		return nil, fmt.Errorf("outfile: %w", err)
	}
	if old != nil {
		keepOwner(f, old)
		if err := f.Chmod(perm); err != nil { // after Chown, which may clear set-id bits
			f.Close()
			os.Remove(f.Name())
			return nil, fmt.Errorf("outfile: %w", err)
		}
	}
	return &File{f: f, tmp: f.Name(), final: path}, nil
}

// createTemp is os.CreateTemp with a mode: the kernel applies the umask
// to it, which os.CreateTemp's fixed 0600 never lets show.
func createTemp(dir, prefix, suffix string, perm fs.FileMode) (*os.File, error) {
	for range 1000 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64(), 36)+suffix)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("cannot create a temporary file in %s", dir)
}

// Write writes to the destination (or its temporary file).
func (o *File) Write(p []byte) (int, error) { return o.f.Write(p) }

// Direct says whether the destination is written in place, so what was
// written before a failure has already reached it.
func (o *File) Direct() bool { return o.direct }

// Name is the destination's path.
func (o *File) Name() string { return o.final }

// Commit closes the file and moves it into place.
func (o *File) Commit() error {
	if o.done {
		return nil
	}
	o.done = true
	if err := o.f.Close(); err != nil {
		o.removeTemp()
		return fmt.Errorf("outfile: %w", err)
	}
	if o.tmp == "" {
		return nil
	}
	if err := os.Rename(o.tmp, o.final); err != nil {
		o.removeTemp()
		return fmt.Errorf("outfile: %w", err)
	}
	return nil
}

// Abort closes the file and removes the temporary file; the destination
// is left as it was, unless it is written directly.
func (o *File) Abort() {
	if o.done {
		return
	}
	o.done = true
	o.f.Close()
	o.removeTemp()
}

func (o *File) removeTemp() {
	if o.tmp != "" {
		os.Remove(o.tmp)
	}
}

// Dir is a directory destination whose files are written into a
// temporary directory beside it and moved into place on Commit.
type Dir struct {
	tmp, final string
	exists     bool
	done       bool
}

// CreateDir prepares path, a directory that may exist, for new files.
// Files of the same name already there are replaced on Commit (keeping
// their mode); other files are left alone.
func CreateDir(path string) (*Dir, error) {
	final := filepath.Clean(path)
	exists := false
	if st, err := os.Stat(final); err == nil {
		if !st.IsDir() {
			return nil, fmt.Errorf("outfile: %s is not a directory", path)
		}
		exists = true
		// Through a symlink, the temporary directory must sit beside the
		// real one: a rename cannot cross file systems.
		if final, err = filepath.EvalSymlinks(final); err != nil {
			return nil, fmt.Errorf("outfile: %w", err)
		}
	}
	var tmp string
	for range 1000 {
		tmp = filepath.Join(filepath.Dir(final), "."+filepath.Base(final)+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		err := os.Mkdir(tmp, 0o777) // the umask applies
		if err == nil {
			break
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("outfile: %w", err)
		}
	}
	return &Dir{tmp: tmp, final: final, exists: exists}, nil
}

// Path is the temporary directory to write the files into.
func (d *Dir) Path() string { return d.tmp }

// Commit moves the files into place.
func (d *Dir) Commit() error {
	if d.done {
		return nil
	}
	d.done = true
	defer os.RemoveAll(d.tmp)
	if !d.exists {
		if err := os.Rename(d.tmp, d.final); err != nil {
			return fmt.Errorf("outfile: %w", err)
		}
		return nil
	}
	entries, err := os.ReadDir(d.tmp)
	if err != nil {
		return fmt.Errorf("outfile: %w", err)
	}
	for _, e := range entries {
		from, to := filepath.Join(d.tmp, e.Name()), filepath.Join(d.final, e.Name())
		if st, err := os.Stat(to); err == nil && st.Mode().IsRegular() {
			os.Chmod(from, st.Mode().Perm())
		}
		if err := os.Rename(from, to); err != nil {
			return fmt.Errorf("outfile: %w", err)
		}
	}
	return nil
}

// Abort removes the temporary directory.
func (d *Dir) Abort() {
	if !d.done {
		d.done = true
		os.RemoveAll(d.tmp)
	}
}
