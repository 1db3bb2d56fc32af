package server

import (
	"bufio"
	"fmt"
	"net/http"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vnextract/vnextract/pipeline"
)

// The metrics are few and fixed, so they are written by hand in the
// Prometheus text format (version 0.0.4) rather than with a client
// library and its dependencies.

// latencyBuckets are the upper bounds, in seconds, of the latency
// histograms: a short document takes about a millisecond.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

// faultKinds are the labels of vnextract_errors_total, all written even
// at zero so that rate() queries have a series from the start.
var faultKinds = []string{"bad_request", "busy", "client_gone", "internal", "method", "not_found", "timeout", "too_large"}

var statuses = []string{pipeline.StatusOK, pipeline.StatusWarn, pipeline.StatusError}

type metrics struct {
	mu       sync.Mutex
	docs     map[string]uint64
	bytes    uint64
	faults   map[string]uint64
	requests map[[2]string]uint64 // handler, status code
	reqDur   map[string]*histogram
	docDur   histogram
	inFlight atomic.Int64
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

func (h *histogram) observe(v float64) {
	if h.counts == nil {
		h.counts = make([]uint64, len(latencyBuckets)+1)
	}
	i := sort.SearchFloat64s(latencyBuckets, v) // first bound >= v
	h.counts[i]++
	h.sum += v
	h.n++
}

func newMetrics() *metrics {
	return &metrics{docs: map[string]uint64{}, faults: map[string]uint64{},
		requests: map[[2]string]uint64{}, reqDur: map[string]*histogram{}}
}

// document counts one answered document; took < 0 leaves it out of the
// extraction latency (batch documents are timed by their request).
func (m *metrics) document(d *pipeline.Document, took time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs[d.Status]++
	m.bytes += uint64(d.Bytes)
	if took >= 0 {
		m.docDur.observe(took.Seconds())
	}
}

func (m *metrics) fault(kind string) {
	m.mu.Lock()
	m.faults[kind]++
	m.mu.Unlock()
}

func (m *metrics) request(handler string, code int, took time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{handler, strconv.Itoa(code)}]++
	h := m.reqDur[handler]
	if h == nil {
		h = &histogram{}
		m.reqDur[handler] = h
	}
	h.observe(took.Seconds())
}

// writeMetrics answers GET /metrics.
func (s *Server) writeMetrics(w http.ResponseWriter, r *http.Request) error {
	if err := query(r); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	bw := bufio.NewWriter(w)
	s.metrics.write(bw)
	return bw.Flush()
}

func (m *metrics) write(w *bufio.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	header := func(name, typ, help string) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
	}
	header("vnextract_documents_total", "counter", "Documents answered, by status (ok, warning, error).")
	for _, st := range statuses {
		fmt.Fprintf(w, "vnextract_documents_total{status=%q} %d\n", st, m.docs[st])
	}
	header("vnextract_input_bytes_total", "counter", "Bytes of the documents answered, as received.")
	fmt.Fprintf(w, "vnextract_input_bytes_total %d\n", m.bytes)
	header("vnextract_errors_total", "counter", "Failed requests and batch reads, by kind.")
	for _, k := range faultKinds {
		fmt.Fprintf(w, "vnextract_errors_total{kind=%q} %d\n", k, m.faults[k])
	}
	header("vnextract_in_flight_requests", "gauge", "Requests to /v1/ being answered now.")
	fmt.Fprintf(w, "vnextract_in_flight_requests %d\n", m.inFlight.Load())
	header("vnextract_goroutines", "gauge", "Goroutines in the server process.")
	fmt.Fprintf(w, "vnextract_goroutines %d\n", runtime.NumGoroutine())

	header("vnextract_http_requests_total", "counter", "HTTP requests answered, by endpoint and status code.")
	keys := make([][2]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Fprintf(w, "vnextract_http_requests_total{handler=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
	}

	header("vnextract_http_request_duration_seconds", "histogram", "Time from a request's headers to the end of its answer, by endpoint.")
	handlers := make([]string, 0, len(m.reqDur))
	for h := range m.reqDur {
		handlers = append(handlers, h)
	}
	sort.Strings(handlers)
	for _, h := range handlers {
		writeHistogram(w, "vnextract_http_request_duration_seconds", fmt.Sprintf("handler=%q,", h), m.reqDur[h])
	}
	header("vnextract_extract_duration_seconds", "histogram", "Extraction time of one /v1/extract document, without network and queueing.")
	writeHistogram(w, "vnextract_extract_duration_seconds", "", &m.docDur)
}

func writeHistogram(w *bufio.Writer, name, labels string, h *histogram) {
	var cum uint64
	for i, le := range latencyBuckets {
		if h.counts != nil {
			cum += h.counts[i]
		}
		fmt.Fprintf(w, "%s_bucket{%sle=%q} %d\n", name, labels, strconv.FormatFloat(le, 'g', -1, 64), cum)
	}
	fmt.Fprintf(w, "%s_bucket{%sle=\"+Inf\"} %d\n", name, labels, h.n)
	trim := labels
	if trim != "" {
		trim = "{" + trim[:len(trim)-1] + "}"
	}
	fmt.Fprintf(w, "%s_sum%s %s\n", name, trim, strconv.FormatFloat(h.sum, 'g', -1, 64))
	fmt.Fprintf(w, "%s_count%s %d\n", name, trim, h.n)
}
