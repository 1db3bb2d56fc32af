package server

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/vnextract/vnextract/pipeline"
)

// dial opens a raw connection to ts, for clients that misbehave in ways
// net/http's client will not.
func dial(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func header(path string, length int) string {
	return fmt.Sprintf("POST %s HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", path, length)
}

// waitFor polls cond until it holds, or fails the test after 5 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// A client that hangs up in the middle of its body costs the server a
// counted error and nothing else: the handler ends, and the next
// request is answered.
func TestClientDisconnectsMidBody(t *testing.T) {
	s, ts := start(t, Config{})
	addr := ts.Listener.Addr().String()
	for _, path := range []string{"/v1/extract", "/v1/batch"} {
		before := faults(s, "client_gone")
		c := dial(t, addr)
		fmt.Fprint(c, header(path, 100000))
		fmt.Fprint(c, `{"id":"a","text":"Đại tá Trần Văn B."}`+"\n"+`{"id":"b","te`)
		waitFor(t, path+" to start", func() bool { return s.metrics.inFlight.Load() == 1 })
		c.Close()
		waitIdle(t, s)
		if faults(s, "client_gone") == before {
			t.Errorf("%s: a client gone mid-body was not counted", path)
		}
	}
	resp, got := post(t, ts.URL+"/v1/extract", "text/plain", []byte("Đại tá Trần Văn B."))
	if resp.StatusCode != 200 {
		t.Errorf("after the disconnects: %d %s", resp.StatusCode, got)
	}
}

// Slowloris: a client that sends its headers a little at a time is cut
// off after ReadHeaderTimeout, holding no handler.
func TestSlowHeaders(t *testing.T) {
	s, ts := start(t, Config{ReadHeaderTimeout: 200 * time.Millisecond})
	c := dial(t, ts.Listener.Addr().String())
	begin := time.Now()
	fmt.Fprint(c, "POST /v1/extract HTTP/1.1\r\nHost: test\r\n")
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	go func() {
		// Dribble one header byte every 50 ms: each keeps the
		// connection busy but never finishes the request.
		for i := 0; i < 100; i++ {
			if _, err := c.Write([]byte("X")); err != nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	_, err := io.ReadAll(c)
	// A reset is a close too: the server cuts the connection while the
	// client is still writing its headers.
	if errors.Is(err, syscall.ECONNRESET) {
		err = nil
	}
	if took := time.Since(begin); err != nil || took > 2*time.Second {
		t.Errorf("connection closed after %s (%v), want about 200ms", took, err)
	}
	if n := s.metrics.inFlight.Load(); n != 0 {
		t.Errorf("%d requests in flight from headers never finished", n)
	}
}

// A body that stalls is cut off after Timeout: 408 for /v1/extract; for
// /v1/batch the documents so far are answered and a last one says why
// the stream stopped.
func TestSlowBody(t *testing.T) {
	s, ts := start(t, Config{Timeout: 300 * time.Millisecond})
	addr := ts.Listener.Addr().String()

	c := dial(t, addr)
	fmt.Fprint(c, header("/v1/extract", 1000))
	fmt.Fprint(c, "Đại tá")
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(b), "longer than the server's limit of 300ms") {
		t.Errorf("stalled extract: %d %s", resp.StatusCode, b)
	}

	c = dial(t, addr)
	fmt.Fprint(c, header("/v1/batch", 100000))
	fmt.Fprint(c, `{"id":"a","text":"Đại tá Trần Văn B."}`+"\n")
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err = http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if resp.StatusCode != 200 || len(lines) != 2 || !strings.HasPrefix(lines[0], `{"id":"a"`) ||
		!strings.Contains(lines[1], `"error":"no line arrived for 300ms; the batch stops here"`) {
		t.Errorf("stalled batch: %d\n%s", resp.StatusCode, b)
	}
	waitIdle(t, s)
	if faults(s, "timeout") != 2 {
		t.Errorf("timeouts counted: %d, want 2", faults(s, "timeout"))
	}
}

// Beyond MaxInFlight, requests are refused at once with 429 and
// Retry-After; health and metrics are still answered.
func TestBusy(t *testing.T) {
	s, ts := start(t, Config{MaxInFlight: 1})
	c := dial(t, ts.Listener.Addr().String())
	fmt.Fprint(c, header("/v1/extract", 1000))
	fmt.Fprint(c, "Đại tá")
	waitFor(t, "the first request", func() bool { return s.metrics.inFlight.Load() == 1 })

	resp, got := post(t, ts.URL+"/v1/extract", "text/plain", []byte("Đại tá Trần Văn B."))
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "1" || !strings.Contains(got, "retry after a second") {
		t.Errorf("over the limit: %d Retry-After %q %s", resp.StatusCode, resp.Header.Get("Retry-After"), got)
	}
	if r, err := http.Get(ts.URL + "/healthz"); err != nil || r.StatusCode != 200 {
		t.Errorf("healthz while busy: %v %v", r, err)
	} else {
		r.Body.Close()
	}
	c.Close()
	waitIdle(t, s)
	if resp, got := post(t, ts.URL+"/v1/extract", "text/plain", []byte("Đại tá Trần Văn B.")); resp.StatusCode != 200 {
		t.Errorf("after the slot freed: %d %s", resp.StatusCode, got)
	}
}

// On shutdown the server stops accepting connections, but a request in
// flight is answered in full.
func TestGracefulShutdown(t *testing.T) {
	s, err := New(testPipeline, Config{})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, l) }()

	doc := "Đại tá Trần Văn B dự họp."
	c := dial(t, l.Addr().String())
	fmt.Fprint(c, header("/v1/extract?id=late", len(doc)))
	fmt.Fprint(c, doc[:5])
	waitFor(t, "the request", func() bool { return s.metrics.inFlight.Load() == 1 })
	cancel()
	waitFor(t, "the listener to close", func() bool {
		c2, err := net.DialTimeout("tcp", l.Addr().String(), time.Second)
		if err == nil {
			c2.Close()
		}
		return err != nil
	})
	fmt.Fprint(c, doc[5:])
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.HasPrefix(string(b), `{"id":"late"`) {
		t.Errorf("request in flight at shutdown: %d %s", resp.StatusCode, b)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve after a clean shutdown: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after shutdown")
	}
}

// The load test: 2,000 requests over loopback, 32 at a time, every one
// answered 200 with the library's document. The p99 latency is logged,
// not asserted: the machine is shared.
func TestLoad(t *testing.T) {
	s, ts := start(t, Config{})
	docs := testDocs(t)
	names := sortedKeys(docs)
	wants := map[string]string{}
	for _, n := range names {
		wants[n] = want(t, pipeline.Input{ID: n, Source: "http", Data: docs[n]})
	}
	const total, parallel = 2000, 32
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: parallel}, Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	lat := make([]time.Duration, total)
	errs := make(chan error, total)
	jobs := make(chan int)
	var wg sync.WaitGroup
	begin := time.Now()
	for w := 0; w < parallel; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				name := names[i%len(names)]
				t0 := time.Now()
				resp, err := client.Post(ts.URL+"/v1/extract?id="+name, "text/plain", strings.NewReader(string(docs[name])))
				if err != nil {
					errs <- err
					continue
				}
				b, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				lat[i] = time.Since(t0)
				switch {
				case err != nil:
					errs <- err
				case resp.StatusCode != 200:
					errs <- fmt.Errorf("request %d: %d %s", i, resp.StatusCode, b)
				case string(b) != wants[name]:
					errs <- fmt.Errorf("request %d (%s): answer differs from the library's", i, name)
				}
			}
		}()
	}
	for i := 0; i < total; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(begin)
	close(errs)
	n := 0
	for err := range errs {
		if n++; n <= 5 {
			t.Error(err)
		}
	}
	if n > 0 {
		t.Fatalf("%d of %d requests failed", n, total)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	t.Logf("%d requests, %d at a time: %.0f requests/s; latency p50 %s, p99 %s, max %s",
		total, parallel, total/elapsed.Seconds(), lat[total/2].Round(time.Microsecond),
		lat[total*99/100].Round(time.Microsecond), lat[total-1].Round(time.Microsecond))
	waitIdle(t, s)
	s.metrics.mu.Lock()
	defer s.metrics.mu.Unlock()
	if got := s.metrics.docs["ok"] + s.metrics.docs["warning"]; got != total {
		t.Errorf("metrics count %d documents, want %d", got, total)
	}
}

// /metrics is valid Prometheus text: every sample after its TYPE,
// histogram buckets cumulative up to +Inf = _count; and it counts.
func TestMetrics(t *testing.T) {
	_, ts := start(t, Config{})
	post(t, ts.URL+"/v1/extract", "text/plain", []byte("Đại tá Trần Văn B."))
	post(t, ts.URL+"/v1/extract", "application/json", []byte("{"))
	post(t, ts.URL+"/v1/batch", "", []byte(`{"text":"Đại tá Trần Văn B."}`+"\n"+`{"text":""}`))
	http.Get(ts.URL + "/v1/extract")
	resp, err := http.Get(ts.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q", ct)
	}
	samples := checkExposition(t, string(b))
	for name, want := range map[string]float64{
		`vnextract_documents_total{status="ok"}`:                                          2,
		`vnextract_documents_total{status="error"}`:                                       1,
		`vnextract_input_bytes_total`:                                                     2 * float64(len("Đại tá Trần Văn B.")),
		`vnextract_errors_total{kind="bad_request"}`:                                      1,
		`vnextract_errors_total{kind="method"}`:                                           1,
		`vnextract_http_requests_total{handler="/v1/extract",code="200"}`:                 1,
		`vnextract_http_requests_total{handler="/v1/extract",code="400"}`:                 1,
		`vnextract_http_requests_total{handler="/v1/batch",code="200"}`:                   1,
		`vnextract_http_request_duration_seconds_count{handler="/v1/batch"}`:              1,
		`vnextract_extract_duration_seconds_count`:                                        1,
		`vnextract_http_request_duration_seconds_bucket{handler="/v1/extract",le="+Inf"}`: 3,
	} {
		if got, ok := samples[name]; !ok || got != want {
			t.Errorf("%s = %v (present %v), want %v", name, got, ok, want)
		}
	}
}

var (
	sampleLine = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-z_]+="[^"]*",?)*\})? (\S+)$`)
	typeLine   = regexp.MustCompile(`^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram)$`)
)

// checkExposition checks the text format and returns the samples.
func checkExposition(t *testing.T, text string) map[string]float64 {
	t.Helper()
	types := map[string]string{}
	samples := map[string]float64{}
	lastBucket := map[string]float64{}
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if m := typeLine.FindStringSubmatch(l); m != nil {
			types[m[1]] = m[2]
			continue
		}
		if strings.HasPrefix(l, "# HELP ") {
			continue
		}
		m := sampleLine.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not a sample line: %q", l)
			continue
		}
		v, err := strconv.ParseFloat(m[4], 64)
		if err != nil {
			t.Errorf("bad value in %q", l)
		}
		base := m[1]
		for _, suf := range []string{"_bucket", "_sum", "_count"} {
			if b := strings.TrimSuffix(base, suf); b != base && types[b] == "histogram" {
				base = b
			}
		}
		if types[base] == "" {
			t.Errorf("sample before its TYPE: %q", l)
		}
		samples[m[1]+m[2]] = v
		if strings.HasSuffix(m[1], "_bucket") {
			series := regexp.MustCompile(`le="[^"]*"`).ReplaceAllString(m[2], "")
			if v < lastBucket[series] {
				t.Errorf("buckets not cumulative at %q", l)
			}
			lastBucket[series] = v
		}
		if strings.HasSuffix(m[1], "_count") && types[base] == "histogram" {
			series := m[2]
			inf := "{le=\"+Inf\"}"
			if series != "" {
				inf = strings.TrimSuffix(series, "}") + ",le=\"+Inf\"}"
			}
			if got := samples[base+"_bucket"+inf]; got != v {
				t.Errorf("%s: +Inf bucket %v, count %v", l, got, v)
			}
		}
	}
	return samples
}
