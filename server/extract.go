package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/report"
)

// Request is the JSON form of a document sent to /v1/extract, and one
// line of a /v1/batch body.
type Request struct {
	// ID names the document in the answer.
	ID string `json:"id"`
	// Text is the document, already decoded (JSON strings are Unicode).
	Text string `json:"text"`
	// Date is the document's own date (publication date) as ISO
	// "YYYY-MM-DD", "YYYY-MM" or "YYYY"; it fills the answer's "date"
	// when the text gives none near its top.
	Date string `json:"date"`
}

var isoDate = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// decodeRequest reads one JSON request strictly: an unknown field is
// an error, so that nothing a client sends (a "path", a "rules"
// folder) is silently ignored, let alone obeyed. where names the input
// in messages ("body", "line 3").
func decodeRequest(data []byte, where string) (Request, error) {
	var req Request
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, badRequest("%s: %s", where, jsonProblem(err, data))
	}
	if dec.More() {
		return req, badRequest("%s: more than one JSON value; send one object {\"id\", \"text\", \"date\"} (several documents go to /v1/batch, one per line)", where)
	}
	if req.Text == "" {
		return req, badRequest("%s: \"text\" is missing or empty; send {\"id\": \"…\", \"text\": \"…\"}", where)
	}
	if req.Date != "" && !isoDate.MatchString(req.Date) {
		return req, badRequest("%s: \"date\" %q is not an ISO date; use YYYY-MM-DD, YYYY-MM or YYYY", where, req.Date)
	}
	return req, nil
}

// jsonProblem says what is wrong with a JSON request in words a client
// can act on.
func jsonProblem(err error, data []byte) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("not valid JSON at byte %d (%v); send one object {\"id\", \"text\", \"date\"}", se.Offset, se)
	case errors.As(err, &te):
		if te.Field == "" {
			return fmt.Sprintf("expected a JSON object {\"id\", \"text\", \"date\"}, got a JSON %s", te.Value)
		}
		return fmt.Sprintf("field %q must be a string, not a JSON %s", te.Field, te.Value)
	case errors.Is(err, io.EOF):
		return "empty; send one object {\"id\", \"text\", \"date\"}"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Sprintf("the JSON ends early after %d bytes; send one complete object {\"id\", \"text\", \"date\"}", len(data))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.TrimPrefix(err.Error(), "json: unknown field ")
		return fmt.Sprintf("unknown field %s: a document has only \"id\", \"text\" and \"date\" (the server reads nothing but the request)", field)
	}
	return err.Error()
}

// extract answers POST /v1/extract: one document in, one report
// document out (200, or 422 when the document could not be processed,
// with the reason in its "error"). ?explain=1 adds "trace".
func (s *Server) extract(w http.ResponseWriter, r *http.Request) error {
	if err := query(r, "explain", "id"); err != nil {
		return err
	}
	explain, err := flag(r, "explain")
	if err != nil {
		return err
	}
	asJSON, err := isJSON(r.Header.Get("Content-Type"))
	if err != nil {
		return err
	}
	if r.ContentLength > s.cfg.MaxBodyBytes {
		return &http.MaxBytesError{Limit: s.cfg.MaxBodyBytes}
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	rc := http.NewResponseController(w)
	deadline := time.Now().Add(s.cfg.Timeout)
	_ = rc.SetReadDeadline(deadline)
	_ = rc.SetWriteDeadline(deadline)

	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		return err
	}
	in := pipeline.Input{ID: r.URL.Query().Get("id"), Source: "http"}
	var date string
	if asJSON {
		req, err := decodeRequest(body, "body")
		if err != nil {
			return err
		}
		if in.ID == "" {
			in.ID = req.ID
		}
		in.Text, date = req.Text, req.Date
	} else {
		in.Data = body
	}
	if in.ID == "" {
		in.ID = "request"
	}

	select {
	case s.work <- struct{}{}:
	case <-ctx.Done():
		w.Header().Set("Retry-After", "1")
		return &apiError{http.StatusServiceUnavailable, "timeout",
			fmt.Sprintf("no worker was free within the server's limit of %s; retry later", s.cfg.Timeout)}
	}
	start := time.Now()
	doc, trace, err := s.run(ctx, in, explain)
	<-s.work
	if err != nil {
		return err
	}
	s.metrics.document(&doc, time.Since(start))
	if doc.Date == "" {
		doc.Date = date
	}
	b, err := report.AppendDocument(make([]byte, 0, 4096), &doc)
	if err != nil {
		return &apiError{http.StatusInternalServerError, "internal", err.Error()}
	}
	if explain {
		b = appendTrace(b, &doc, trace)
	}
	w.Header().Set("Content-Type", "application/json")
	status := http.StatusOK
	if doc.Status == pipeline.StatusError {
		status = http.StatusUnprocessableEntity
	}
	w.WriteHeader(status)
	_, err = w.Write(append(b, '\n'))
	return err
}

// run extracts one document, turning a panic into a 500 so that no
// input takes the server down.
func (s *Server) run(ctx context.Context, in pipeline.Input, explain bool) (doc pipeline.Document, tr pipeline.Trace, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &apiError{http.StatusInternalServerError, "internal",
				fmt.Sprintf("internal error (please report it with this document): %v", r)}
		}
	}()
	if explain {
		doc, tr = s.p.Explain(ctx, in)
	} else {
		doc = s.p.Extract(ctx, in)
	}
	return doc, tr, nil
}

// traceItem is a pipeline.TraceItem as the service writes it.
type traceItem struct {
	Kind      string `json:"kind"`
	Text      string `json:"text"`
	ByteStart int    `json:"byte_start"`
	ByteEnd   int    `json:"byte_end"`
	Sentence  int    `json:"sentence"`
	Rule      string `json:"rule"`
	Reason    string `json:"reason,omitempty"`
}

// trace is the "trace" of an explained document: what "vnextract
// explain" prints, as data.
type trace struct {
	// Sentences are the sentences as code point spans [start, end).
	Sentences [][2]int `json:"sentences"`
	// Hits are the gazetteer entries found in the text.
	Hits []traceItem `json:"hits"`
	// Dropped are candidates removed in favour of others, with why.
	Dropped []traceItem `json:"dropped"`
}

// appendTrace adds "trace" as the last key of the encoded document b,
// so an explained answer is still a report document with one key more.
func appendTrace(b []byte, doc *pipeline.Document, tr pipeline.Trace) []byte {
	conv := func(items []pipeline.TraceItem) []traceItem {
		out := make([]traceItem, len(items))
		for i, t := range items {
			out[i] = traceItem{t.Kind, t.Text, t.ByteStart, t.ByteEnd, t.Sentence, t.Rule, t.Reason}
		}
		return out
	}
	t := trace{Sentences: doc.SentenceSpans, Hits: conv(tr.Hits), Dropped: conv(tr.Dropped)}
	if t.Sentences == nil {
		t.Sentences = [][2]int{}
	}
	tb, err := json.Marshal(t)
	if err != nil || len(b) == 0 || b[len(b)-1] != '}' {
		return b
	}
	b = append(b[:len(b)-1], `,"trace":`...)
	b = append(b, tb...)
	return append(b, '}')
}
