package pipeline

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// MaxRuleFile is the largest list or rule file loaded: the embedded
// lists are a few hundred kilobytes in all.
const MaxRuleFile = 16 << 20

// ruleFS is a user's rules directory as the loaders read it: a file
// must be a regular file (a symlink to one is fine) no larger than
// MaxRuleFile. A FIFO would block the run, and a link to /dev/zero
// would never end, so neither is opened.
type ruleFS struct {
	dir  string
	fsys fs.FS
}

func newRuleFS(dir string) ruleFS { return ruleFS{dir: dir, fsys: os.DirFS(dir)} }

func (r ruleFS) Open(name string) (fs.File, error) {
	if name != "." {
		st, err := fs.Stat(r.fsys, name)
		if err != nil {
			return nil, err
		}
		path := filepath.Join(r.dir, filepath.FromSlash(name))
		switch {
		case !st.Mode().IsRegular():
			return nil, fmt.Errorf("pipeline: rules: %s is not a regular file (%s); lists and rules must be files", path, st.Mode().Type())
		case st.Size() > MaxRuleFile:
			return nil, fmt.Errorf("pipeline: rules: %s is %d bytes, more than the %d a list or rule file may have", path, st.Size(), MaxRuleFile)
		}
	}
	f, err := r.fsys.Open(name)
	if err != nil || name == "." {
		return f, err
	}
	return &capFile{File: f, name: name, left: MaxRuleFile}, nil
}

// capFile stops reading a file that grows past its cap after it was
// checked (a regular file of /proc reports no size at all).
type capFile struct {
	fs.File
	name string
	left int64
}

func (f *capFile) Read(p []byte) (int, error) {
	if f.left <= 0 {
		return 0, fmt.Errorf("pipeline: rules: %s is longer than the %d bytes a list or rule file may have", f.name, MaxRuleFile)
	}
	if int64(len(p)) > f.left {
		p = p[:f.left]
	}
	n, err := f.File.Read(p)
	f.left -= int64(n)
	return n, err
}

func (r ruleFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(r.fsys, name) }
