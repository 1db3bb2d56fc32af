package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestRulesNotRegular: a rules directory entry that is a FIFO or a
// symlink to a device is an error naming it, at once, never a hang or
// an endless read.
func TestRulesNotRegular(t *testing.T) {
	tests := []struct {
		name string
		make func(path string) error
	}{
		{"zero.txt", func(path string) error { return os.Symlink("/dev/zero", path) }},
		{"pipe.yaml", func(path string) error { return syscall.Mkfifo(path, 0o600) }},
		{"pipe.txt", func(path string) error { return syscall.Mkfifo(path, 0o600) }},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "units.txt"), []byte("@kind org\nĐoàn Kinh tế 99\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := tt.make(filepath.Join(dir, tt.name)); err != nil {
			t.Skipf("cannot make %s: %v", tt.name, err)
		}
		done := make(chan error, 1)
		go func() {
			_, err := New(WithRules(dir))
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), tt.name) || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s: err = %v, want one naming it as not a regular file", tt.name, err)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: New still loading after 20s", tt.name)
		}
	}
}
