package server

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/report"
)

// batch answers POST /v1/batch: a JSON Lines body of {"id", "text",
// "date"} objects, answered as JSON Lines, one report document per
// input line in input order, each written as soon as it and those
// before it are done. The body is read while answers are written (full
// duplex), and only a few documents per worker are held at once, so a
// client can send a million lines with bounded memory on both sides.
//
// Every line is accounted for: a line that is not a valid request
// becomes a document with status "error" saying why, and the batch goes
// on. A line over the size limit, a body that breaks off, or one that
// stalls for longer than Timeout ends the batch with one last error
// document saying so.
func (s *Server) batch(w http.ResponseWriter, r *http.Request) error {
	if err := query(r); err != nil {
		return err
	}
	if _, err := isJSON(r.Header.Get("Content-Type")); err != nil {
		return err
	}
	rc := http.NewResponseController(w)
	// Without full duplex, an HTTP/1 server reads the whole body before
	// the first byte of the answer, and memory would grow with it.
	_ = rc.EnableFullDuplex()

	sc := bufio.NewScanner(&idleReader{r: r.Body, rc: rc, timeout: s.cfg.Timeout})
	sc.Buffer(make([]byte, 0, 64<<10), int(min(s.cfg.MaxBodyBytes, pipeline.MaxDocBytes))+1)

	var (
		mu    sync.Mutex
		dates = map[int]string{} // given dates of documents not yet emitted
		line  int                // lines read
		n     int                // documents handed to the pipeline
		ended bool
		// faulted is set when reading the body failed and was counted,
		// so the failed answer that follows is not counted again.
		faulted atomic.Bool
	)
	next := func() (pipeline.Input, bool) {
		if ended {
			return pipeline.Input{}, false
		}
		for sc.Scan() {
			line++
			raw := sc.Bytes()
			if len(bytes.TrimSpace(raw)) == 0 {
				continue
			}
			src := fmt.Sprintf("batch:%d", line)
			in := pipeline.Input{ID: src, Source: src}
			req, err := decodeRequest(raw, fmt.Sprintf("line %d", line))
			if req.ID != "" {
				in.ID = req.ID
			}
			if err != nil {
				in.Err = err
			} else {
				in.Text = req.Text
				if req.Date != "" {
					mu.Lock()
					dates[n] = req.Date
					mu.Unlock()
				}
			}
			n++
			return in, true
		}
		ended = true
		err := sc.Err()
		if err == nil {
			return pipeline.Input{}, false
		}
		faulted.Store(true)
		line++
		src := fmt.Sprintf("batch:%d", line)
		var msg string
		switch {
		case errors.Is(err, bufio.ErrTooLong):
			s.metrics.fault("too_large")
			msg = fmt.Sprintf("line %d is longer than the server's limit of %d bytes (vnextract serve --max-body); the batch stops here", line, s.cfg.MaxBodyBytes)
		case errors.Is(err, os.ErrDeadlineExceeded):
			s.metrics.fault("timeout")
			msg = fmt.Sprintf("no line arrived for %s; the batch stops here", s.cfg.Timeout)
		default:
			s.metrics.fault("client_gone")
			msg = fmt.Sprintf("the request body broke off at line %d (%v); the batch stops here", line, err)
		}
		return pipeline.Input{ID: src, Source: src, Err: errors.New(msg)}, true
	}

	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	var buf []byte
	emit := func(i int, d pipeline.Document) error {
		mu.Lock()
		date, ok := dates[i]
		delete(dates, i)
		mu.Unlock()
		if ok && d.Date == "" {
			d.Date = date
		}
		s.metrics.document(&d, -1)
		b, err := report.AppendDocument(buf[:0], &d)
		if err != nil {
			// Only a NaN or infinite value can fail; the line still
			// answers for its document.
			d = pipeline.Document{ID: d.ID, Source: d.Source, Status: pipeline.StatusError, Error: err.Error(),
				Warnings: []string{}, Mentions: []pipeline.Mention{}, Persons: []pipeline.PersonRecord{}}
			b, _ = report.AppendDocument(buf[:0], &d)
		}
		b = append(b, '\n')
		if cap(b) <= 1<<20 {
			buf = b
		}
		_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.Timeout))
		if _, err := w.Write(b); err != nil {
			return err
		}
		return rc.Flush()
	}
	// net/http cancels the request's context when a read of the body
	// fails, but the documents read so far and the one saying why the
	// body ended are still to be answered: only a failed write (the
	// client is gone) stops the stream.
	ctx := context.WithoutCancel(r.Context())
	if err := s.p.Stream(ctx, next, emit); err != nil && !faulted.Load() {
		// The answer has begun, so there is no status left to give:
		// the client went away or stopped reading.
		s.metrics.fault("client_gone")
	}
	return nil
}

// idleReader gives every read of a body its own deadline, so a body may
// stream for as long as it keeps moving but not stall.
type idleReader struct {
	r       io.Reader
	rc      *http.ResponseController
	timeout time.Duration
}

func (ir *idleReader) Read(p []byte) (int, error) {
	_ = ir.rc.SetReadDeadline(time.Now().Add(ir.timeout))
	return ir.r.Read(p)
}
