//go:build unix

package input

import (
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A FIFO in an input folder is reported, never opened: opening it would
// wait for a writer forever (finding 5).
func TestFilesFIFOReported(t *testing.T) {
	dir := tree(t, map[string]string{"a.txt": "a"})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got := Files([]string{dir}, "*.txt")
	if fmt.Sprint(summary(got)) != "[a.txt:ok pipe.txt:err]" {
		t.Fatalf("Files = %v", summary(got))
	}
	if !strings.Contains(got[1].Err.Error(), "FIFO") {
		t.Errorf("error %v does not name the FIFO", got[1].Err)
	}
}
