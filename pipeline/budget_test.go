package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// TestStreamMemoryBudget: with a budget smaller than one document,
// documents are read one at a time, each after the one before is
// emitted, whatever the number of workers; with room for all, they are
// read ahead.
func TestStreamMemoryBudget(t *testing.T) {
	for _, tt := range []struct {
		name    string
		memory  int64
		maxRead int // most documents read and not yet emitted
	}{
		{"budget for one", 1, 2}, // one in flight, the next read and waiting
		{"room for all", 1 << 40, 17},
	} {
		p, err := New(WithWorkers(4), WithMaxMemory(tt.memory))
		if err != nil {
			t.Fatal(err)
		}
		read, emitted, most := 0, 0, 0
		const n = 40
		err = p.Stream(context.Background(), func() (Input, bool) {
			if read == n {
				return Input{}, false
			}
			read++
			most = max(most, read-emitted)
			return Input{ID: "d", Text: "Đại tá Nguyễn Văn An, Chính ủy Sư đoàn 312."}, true
		}, func(i int, d Document) error {
			emitted++
			return nil
		})
		if err != nil || emitted != n {
			t.Fatalf("%s: %d emitted, err %v", tt.name, emitted, err)
		}
		if most > tt.maxRead || tt.memory == 1 && most != tt.maxRead {
			t.Errorf("%s: up to %d documents read ahead of the emitted ones, want at most %d", tt.name, most, tt.maxRead)
		}
	}
}

func TestWorkersCapped(t *testing.T) {
	p, err := New(WithWorkers(1_000_000))
	if err != nil {
		t.Fatal(err)
	}
	if p.Workers() != MaxWorkers() {
		t.Errorf("Workers() = %d, want MaxWorkers() = %d", p.Workers(), MaxWorkers())
	}
}

func TestMemTotal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "meminfo")
	os.WriteFile(path, []byte("MemTotal:       16318412 kB\nMemFree:         1000 kB\n"), 0o644)
	if got := memTotal(path); got != 16318412<<10 {
		t.Errorf("memTotal = %d", got)
	}
	if got := memTotal(filepath.Join(t.TempDir(), "none")); got != 0 {
		t.Errorf("memTotal of a missing file = %d", got)
	}
	if SystemMemory() < 0 {
		t.Error("SystemMemory is negative")
	}
}

// TestGCLimit: with WithGCLimit, the runtime's soft memory limit
// follows the documents in flight while a stream runs, and is given back
// when it ends.
func TestGCLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	p, err := New(WithWorkers(1), WithGCLimit())
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Đại tá Nguyễn Văn An. ", 1000)
	var during int64
	err = p.Stream(context.Background(), func() (Input, bool) {
		if during != 0 {
			return Input{}, false
		}
		during = -1
		return Input{ID: "a", Text: text}, true
	}, func(int, Document) error {
		during = debug.SetMemoryLimit(-1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := cost(Input{Text: text}) + gcBase; during != want {
		t.Errorf("limit while the document was in flight = %d, want %d", during, want)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("limit after the stream = %d, want the one before, %d", after, before)
	}
}
