// Package server serves a vnextract pipeline over HTTP/JSON, for tools
// that are not written in Go (notebooks, dashboards, other services):
//
//	POST /v1/extract   one document (a text body in any supported encoding,
//	                   or JSON {"id", "text", "date"}) → one report document
//	POST /v1/batch     JSON Lines in → JSON Lines out, in order, streamed
//	GET  /healthz      200 while serving, 503 while shutting down
//	GET  /v1/version   the tool and report schema versions
//	GET  /metrics      Prometheus text format
//
// Documents are written by the same encoder as the JSON and JSON Lines
// reports (report.AppendDocument), so a response line is byte for byte a
// line of "vnextract extract --format jsonl".
//
// The service only ever reads what a request carries: no request field
// names a file, a directory or a rules folder, and unknown fields and
// query parameters are refused. The pipeline, and with it any user
// rules, is fixed when the Server is built.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/report"
)

// Defaults for the zero fields of Config.
const (
	DefaultMaxBodyBytes      = 8 << 20
	DefaultTimeout           = 30 * time.Second
	DefaultMaxInFlight       = 64
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultIdleTimeout       = 60 * time.Second
	DefaultShutdownGrace     = 30 * time.Second
)

// Config tunes a Server. Zero fields take the defaults above.
type Config struct {
	// Version is what /v1/version reports as the tool's version.
	Version string
	// MaxBodyBytes bounds a /v1/extract body and each line of a
	// /v1/batch body; beyond it the answer is 413 (for a batch, the
	// line's document reports the error and the stream ends).
	MaxBodyBytes int64
	// Timeout bounds a /v1/extract request from its first body byte to
	// its answer. In /v1/batch it bounds each wait: for the next line
	// of the body, and for the client to take the next result, so a
	// batch may run for hours as long as it keeps moving.
	Timeout time.Duration
	// MaxInFlight is how many /v1/ requests are served at once; beyond
	// it requests are answered 429 with Retry-After.
	MaxInFlight int
	// ReadHeaderTimeout bounds reading a request's headers, against
	// clients that open connections and send them slowly (slowloris).
	ReadHeaderTimeout time.Duration
	// IdleTimeout closes kept-alive connections idle for this long.
	IdleTimeout time.Duration
	// ShutdownGrace is how long Serve lets in-flight requests finish
	// after its context ends before closing their connections.
	ShutdownGrace time.Duration
	// ErrorLog receives the HTTP server's own errors; nil discards them.
	ErrorLog *log.Logger
}

func (c *Config) fill() {
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = DefaultMaxInFlight
	}
	if c.ReadHeaderTimeout <= 0 {
		c.ReadHeaderTimeout = DefaultReadHeaderTimeout
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.ShutdownGrace <= 0 {
		c.ShutdownGrace = DefaultShutdownGrace
	}
	if c.ErrorLog == nil {
		c.ErrorLog = log.New(discard{}, "", 0)
	}
}

type discard struct{}

func (discard) Write(b []byte) (int, error) { return len(b), nil }

// Server answers the service's requests. It is an http.Handler; Serve
// runs it on a listener with the timeouts of its Config.
type Server struct {
	p   *pipeline.Pipeline
	cfg Config
	// slots bounds requests in flight; a request that finds none free
	// is refused at once (429) rather than queued.
	slots chan struct{}
	// work bounds documents being extracted for /v1/extract to the
	// pipeline's workers, so a burst of requests queues for the CPU
	// instead of all running at once.
	work     chan struct{}
	routes   map[string]route
	metrics  *metrics
	draining atomic.Bool
}

// route is one endpoint: the method it takes and its handler.
type route struct {
	method string
	limit  bool // counts against MaxInFlight
	h      func(http.ResponseWriter, *http.Request) error
}

// New returns a Server over p, which it uses for every request.
func New(p *pipeline.Pipeline, cfg Config) (*Server, error) {
	if p == nil {
		return nil, errors.New("server: no pipeline")
	}
	cfg.fill()
	s := &Server{
		p:       p,
		cfg:     cfg,
		slots:   make(chan struct{}, cfg.MaxInFlight),
		work:    make(chan struct{}, p.Workers()),
		metrics: newMetrics(),
	}
	s.routes = map[string]route{
		"/v1/extract": {http.MethodPost, true, s.extract},
		"/v1/batch":   {http.MethodPost, true, s.batch},
		"/healthz":    {http.MethodGet, false, s.healthz},
		"/v1/version": {http.MethodGet, false, s.version},
		"/metrics":    {http.MethodGet, false, s.writeMetrics},
	}
	return s, nil
}

// HTTPServer returns an http.Server for s listening on addr, with the
// header, idle and write timeouts of its Config. Request bodies get no
// server-wide read timeout: each handler sets its own deadlines, since a
// batch may legitimately stream for a long time.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          s.cfg.ErrorLog,
	}
}

// Serve answers requests on l until ctx ends, then shuts down
// gracefully: it stops accepting connections, /healthz turns 503, and
// requests in flight have ShutdownGrace to finish before their
// connections are closed. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	hs := s.HTTPServer(l.Addr().String())
	done := make(chan error, 1)
	go func() { done <- hs.Serve(l) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	s.draining.Store(true)
	grace, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownGrace)
	defer cancel()
	err := hs.Shutdown(grace)
	if err != nil {
		hs.Close()
		err = fmt.Errorf("server: requests still running after %s were cut off: %w", s.cfg.ShutdownGrace, err)
	}
	if serr := <-done; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	return err
}

// ServeHTTP routes a request, enforces the in-flight limit and records
// the request in the metrics.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rt, ok := s.routes[r.URL.Path]
	name := r.URL.Path
	if !ok {
		name = "other" // unknown paths share one label, so metrics stay bounded
	}
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		s.metrics.request(name, sw.status(), time.Since(start))
	}()
	switch {
	case !ok:
		s.fail(sw, http.StatusNotFound, "not_found", fmt.Sprintf("no endpoint %s; see /v1/extract, /v1/batch, /v1/version, /healthz, /metrics", r.URL.Path))
		return
	case r.Method != rt.method && !(rt.method == http.MethodGet && r.Method == http.MethodHead):
		sw.Header().Set("Allow", rt.method)
		s.fail(sw, http.StatusMethodNotAllowed, "method", fmt.Sprintf("%s takes %s, not %s", r.URL.Path, rt.method, r.Method))
		return
	}
	if rt.limit {
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
		default:
			sw.Header().Set("Retry-After", "1")
			s.fail(sw, http.StatusTooManyRequests, "busy", fmt.Sprintf("the server is answering %d requests already; retry after a second", s.cfg.MaxInFlight))
			return
		}
		s.metrics.inFlight.Add(1)
		defer s.metrics.inFlight.Add(-1)
	}
	if err := rt.h(sw, r); err != nil {
		s.answerError(sw, err)
	}
}

// apiError is a failure answered with an HTTP status and a message.
type apiError struct {
	status int
	kind   string // the metrics label: bad_request, too_large, …
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{http.StatusBadRequest, "bad_request", fmt.Sprintf(format, args...)}
}

// answerError turns a handler's error into its answer. A read that
// failed because the client went away or was too slow is told apart
// from the client's own mistakes.
func (s *Server) answerError(w http.ResponseWriter, err error) {
	// The request's own write deadline may be what just ran out; the
	// short error answer gets a few seconds of its own.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(5 * time.Second))
	var ae *apiError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
		s.fail(w, ae.status, ae.kind, ae.msg)
	case errors.As(err, &mbe):
		s.fail(w, http.StatusRequestEntityTooLarge, "too_large",
			fmt.Sprintf("the body is over the server's limit of %d bytes (vnextract serve --max-body); send large collections line by line to /v1/batch", mbe.Limit))
	case errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded):
		s.fail(w, http.StatusRequestTimeout, "timeout", fmt.Sprintf("the request took longer than the server's limit of %s", s.cfg.Timeout))
	default:
		// The body could not be read to its end: the client hung up or
		// the connection broke. The answer is likely never seen.
		s.fail(w, http.StatusBadRequest, "client_gone", "the request body ended early: "+err.Error())
	}
}

// fail writes a JSON error answer and counts it.
func (s *Server) fail(w http.ResponseWriter, status int, kind, msg string) {
	s.metrics.fault(kind)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	b, _ := json.Marshal(struct {
		Error  string `json:"error"`
		Status int    `json:"status"`
	}{msg, status})
	w.Write(append(b, '\n'))
}

// query checks that a request names no query parameter outside allowed,
// so that a misspelt or unsupported option is an error, not ignored.
func query(r *http.Request, allowed ...string) error {
	for k := range r.URL.Query() {
		found := false
		for _, a := range allowed {
			found = found || k == a
		}
		if !found {
			if len(allowed) == 0 {
				return badRequest("unknown query parameter %q: %s takes none", k, r.URL.Path)
			}
			return badRequest("unknown query parameter %q: %s takes only %v", k, r.URL.Path, allowed)
		}
	}
	return nil
}

// flag reads a boolean query parameter: absent, "", 0, 1, true, false.
func flag(r *http.Request, name string) (bool, error) {
	v, ok := r.URL.Query()[name]
	if !ok {
		return false, nil
	}
	if len(v) == 0 || v[0] == "" {
		return true, nil
	}
	b, err := strconv.ParseBool(v[0])
	if err != nil {
		return false, badRequest("query parameter %s=%q: use 1 or 0", name, v[0])
	}
	return b, nil
}

// isJSON says whether a Content-Type names JSON.
func isJSON(contentType string) (bool, error) {
	if contentType == "" {
		return false, nil
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false, badRequest("Content-Type %q cannot be read: %v", contentType, err)
	}
	switch {
	case mt == "application/json" || len(mt) > 5 && mt[len(mt)-5:] == "+json":
		return true, nil
	case mt == "multipart/form-data":
		return false, &apiError{http.StatusUnsupportedMediaType, "bad_request",
			"multipart uploads are not read; send the document itself as the body (text/plain) or as JSON {\"id\", \"text\", \"date\"}"}
	}
	return false, nil
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if s.draining.Load() {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "shutting down")
		return nil
	}
	fmt.Fprintln(w, "ok")
	return nil
}

// Version is the answer of /v1/version.
type Version struct {
	// Tool is the vnextract version, as "vnextract version" prints it.
	Tool string `json:"version"`
	// Schema is the report layout of the documents (docs/report.md).
	Schema string `json:"schema"`
	// Go is the Go release the server was built with.
	Go string `json:"go"`
}

func (s *Server) version(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	b, _ := json.Marshal(Version{Tool: s.cfg.Version, Schema: report.SchemaVersion, Go: runtime.Version()})
	_, err := w.Write(append(b, '\n'))
	return err
}

// statusWriter remembers the status a handler answered with. Unwrap
// lets http.ResponseController reach the connection underneath (for
// deadlines, flushing and full duplex).
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}
