package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// progress draws documents done, throughput and time left on stderr when
// it is a terminal; otherwise it stays silent so logs stay clean.
type progress struct {
	w            io.Writer
	on           bool
	total, n     int
	bytes        int64
	start, drawn time.Time
}

func newProgress(w io.Writer, total int, quiet bool) *progress {
	on := false
	if f, ok := w.(*os.File); ok && !quiet {
		on = term.IsTerminal(int(f.Fd()))
	}
	return &progress{w: w, on: on, total: total, start: time.Now()}
}

func (p *progress) done(bytes int) {
	p.n++
	p.bytes += int64(bytes)
	if !p.on || time.Since(p.drawn) < 100*time.Millisecond {
		return
	}
	p.drawn = time.Now()
	p.draw()
}

func (p *progress) draw() {
	el := time.Since(p.start).Seconds()
	mbs := float64(p.bytes) / 1e6 / max(el, 1e-9)
	if p.total > 0 {
		eta := time.Duration(float64(p.total-p.n) * el / float64(max(p.n, 1)) * float64(time.Second)).Round(time.Second)
		width := 30
		fill := width * p.n / p.total
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = '.'
			if i < fill {
				bar[i] = '#'
			}
		}
		fmt.Fprintf(p.w, "\r[%s] %d/%d documents  %.1f MB/s  ETA %s ", bar, p.n, p.total, mbs, eta)
		return
	}
	fmt.Fprintf(p.w, "\r%d documents  %.1f MB/s ", p.n, mbs)
}

func (p *progress) finish() {
	if p.on && p.n > 0 {
		p.draw()
		fmt.Fprintln(p.w)
	}
}
