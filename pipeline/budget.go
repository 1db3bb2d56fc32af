package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
)

// costFactor and costBase estimate what a document takes while it is
// processed: a multiple of its size (its bytes, its text, its mentions,
// its report) and one window's tables.
const (
	costFactor = 16
	costBase   = 16 << 20
)

// cost is the memory Stream reserves for in while it is in flight.
func cost(in Input) int64 {
	if in.Err != nil {
		return 0
	}
	return costFactor*int64(len(in.Data)+len(in.Text)) + costBase
}

// MaxWorkers is the most workers a pipeline runs: more than a few per
// CPU only adds memory, since every worker holds a document.
func MaxWorkers() int { return 4 * runtime.GOMAXPROCS(0) }

// WithMaxMemory bounds the memory of the documents Batch and Stream
// have in flight at once (read, being processed, or waiting to be
// emitted in order), counted as 16 times a document's size plus 16 MiB.
// A document that would pass the bound waits until others are done; one
// over it alone runs by itself. The default is half the memory of the
// machine or of its cgroup (see SystemMemory).
func WithMaxMemory(n int64) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("pipeline: max memory must be positive, got %d", n)
		}
		c.maxMemory = n
		return nil
	}
}

// SystemMemory is the memory this process may use: the machine's
// (MemTotal in /proc/meminfo) or its cgroup's limit when lower, or 0
// when neither can be read.
func SystemMemory() int64 {
	total := memTotal("/proc/meminfo")
	for _, path := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		// "max", or a huge number, when there is no limit.
		if n, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil && n > 0 && (total == 0 || n < total) {
			total = n
		}
	}
	return total
}

// memTotal reads MemTotal (in kB) from a meminfo file, or 0.
func memTotal(path string) int64 {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}

// defaultMaxMemory is half of SystemMemory, or 4 GiB when it is unknown.
func defaultMaxMemory() int64 {
	if m := SystemMemory(); m > 0 {
		return m / 2
	}
	return 4 << 30
}

// WithGCLimit makes Batch and Stream keep the Go runtime's soft memory
// limit (debug.SetMemoryLimit) at what the documents in flight are
// estimated to need plus 64 MiB, so that garbage, however high GOGC
// is, cannot take the process far past that estimate. The limit is the
// process's, so this suits a program that runs one pipeline at a time,
// as the command does; it is off by default.
func WithGCLimit() Option {
	return func(c *config) error {
		c.gcLimit = true
		return nil
	}
}

// gcBase is what WithGCLimit allows beyond the documents in flight: the
// lists, rules and runtime.
const gcBase = 64 << 20

// budget hands out memory to documents in flight. A document is always
// let in when none is in flight, so one larger than the whole budget
// still runs, alone.
type budget struct {
	mu       sync.Mutex
	total    int64
	free     int64
	inFlight int
	wake     chan struct{} // closed when memory is given back
	gcLimit  bool          // keep the runtime's soft limit at the use
}

func newBudget(total int64, gcLimit bool) *budget {
	return &budget{total: total, free: total, wake: make(chan struct{}), gcLimit: gcLimit}
}

// setLimit sets the runtime's soft memory limit to the memory in use;
// b.mu is held.
func (b *budget) setLimit() {
	if b.gcLimit {
		debug.SetMemoryLimit(b.total - b.free + gcBase)
	}
}

// acquire waits until n bytes are free, or ctx ends (false).
func (b *budget) acquire(ctx context.Context, n int64) bool {
	for {
		b.mu.Lock()
		if b.inFlight == 0 || n <= b.free {
			b.free -= n
			b.inFlight++
			b.setLimit()
			b.mu.Unlock()
			return true
		}
		wake := b.wake
		b.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return false
		}
	}
}

// release gives back n bytes acquired for one document.
func (b *budget) release(n int64) {
	b.mu.Lock()
	b.free += n
	b.inFlight--
	b.setLimit()
	close(b.wake)
	b.wake = make(chan struct{})
	b.mu.Unlock()
}
