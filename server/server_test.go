package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/report"
	"gopkg.in/yaml.v3"
)

var testPipeline = func() *pipeline.Pipeline {
	p, err := pipeline.New(pipeline.WithWorkers(2))
	if err != nil {
		panic(err)
	}
	return p
}()

// start runs a Server on a loopback httptest server with the real
// http.Server settings (header timeout and so on) of HTTPServer.
func start(t *testing.T, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	s, err := New(testPipeline, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(s)
	ts.Config = s.HTTPServer("")
	ts.Start()
	t.Cleanup(ts.Close)
	return s, ts
}

// testDocs are the sample documents, in every encoding the tests have.
func testDocs(t *testing.T) map[string][]byte {
	t.Helper()
	docs := map[string][]byte{}
	for _, dir := range []string{"../testdata/docs", "../testdata/docs-legacy"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no documents in %s: %v", dir, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs[filepath.Base(f)] = b
		}
	}
	return docs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// want is what the library gives for in, encoded as the reports encode it.
func want(t *testing.T, in pipeline.Input) string {
	t.Helper()
	d := testPipeline.Extract(context.Background(), in)
	b, err := report.AppendDocument(nil, &d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

func post(t *testing.T, url, contentType string, body []byte) (*http.Response, string) {
	t.Helper()
	resp, err := http.Post(url, contentType, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// The service answers, for every sample document, byte for byte what
// the library's Extract gives and the reports write: sent as raw bytes
// in its own encoding, as JSON, and as a line of a batch.
func TestSameAsLibrary(t *testing.T) {
	_, ts := start(t, Config{})
	docs := testDocs(t)
	var batch bytes.Buffer
	var batchWant strings.Builder
	for i, name := range sortedKeys(docs) {
		raw := docs[name]
		t.Run(name, func(t *testing.T) {
			resp, got := post(t, ts.URL+"/v1/extract?id="+name, "text/plain", raw)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, got)
			}
			if w := want(t, pipeline.Input{ID: name, Source: "http", Data: raw}); got != w {
				t.Errorf("text body:\n got %s\nwant %s", got, w)
			}
			if !strings.Contains(got, `"mentions":[{`) {
				t.Errorf("no mentions in %s", got)
			}
		})
		// JSON carries decoded text, so legacy encodings go as UTF-8.
		text := testPipeline.Extract(context.Background(), pipeline.Input{Data: raw}).Text
		req, _ := json.Marshal(Request{ID: name, Text: text})
		resp, got := post(t, ts.URL+"/v1/extract", "application/json", req)
		if w := want(t, pipeline.Input{ID: name, Source: "http", Text: text}); resp.StatusCode != 200 || got != w {
			t.Errorf("%s as JSON: status %d\n got %s\nwant %s", name, resp.StatusCode, got, w)
		}
		batch.Write(append(req, '\n'))
		src := fmt.Sprintf("batch:%d", i+1)
		batchWant.WriteString(want(t, pipeline.Input{ID: name, Source: src, Text: text}))
	}
	resp, got := post(t, ts.URL+"/v1/batch", "application/x-ndjson", batch.Bytes())
	if resp.StatusCode != 200 || got != batchWant.String() {
		t.Errorf("batch: status %d\n got %s\nwant %s", resp.StatusCode, got, batchWant.String())
	}
}

// A batch answers every line, in order, bad ones with their error; the
// given date fills a document's date only when its text has none.
func TestBatchLines(t *testing.T) {
	_, ts := start(t, Config{})
	body := strings.Join([]string{
		`{"id":"a","text":"Đại tá Trần Văn B dự họp.","date":"2025-03-01"}`,
		`not json`,
		``,
		`{"id":"c","text":""}`,
		`{"text":"Ngày 5-1-2026, Thượng tá Lê Văn C báo cáo.","date":"2024"}`,
		`{"id":"e","text":"x","path":"/etc/passwd"}`,
		`{"id":"f","text":"x","date":"5/1/2026"}`,
		`["a"]`,
	}, "\n")
	resp, got := post(t, ts.URL+"/v1/batch", "application/x-ndjson", []byte(body))
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	type line struct {
		ID, Source, Status, Error, Date string
	}
	var lines []line
	for _, l := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		var d line
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("answer line is not JSON: %v: %s", err, l)
		}
		lines = append(lines, d)
	}
	wants := []struct{ id, status, date, errPart string }{
		{"a", "ok", "2025-03-01", ""},
		{"batch:2", "error", "", "line 2: not valid JSON"},
		{"c", "error", "", `line 4: "text" is missing or empty`},
		{"batch:5", "ok", "2026-01-05", ""},
		{"e", "error", "", `line 6: unknown field "path"`},
		{"f", "error", "", `line 7: "date" "5/1/2026" is not an ISO date`},
		{"batch:8", "error", "", "line 8: expected a JSON object"},
	}
	if len(lines) != len(wants) {
		t.Fatalf("%d answer lines for %d documents:\n%s", len(lines), len(wants), got)
	}
	for i, w := range wants {
		l := lines[i]
		if l.ID != w.id || l.Status != w.status || l.Date != w.date || !strings.Contains(l.Error, w.errPart) || (w.errPart == "") != (l.Error == "") {
			t.Errorf("line %d: got %+v, want %+v", i, l, w)
		}
	}
}

// Answers stream: the first document comes back before the client has
// sent the second line.
func TestBatchStreams(t *testing.T) {
	_, ts := start(t, Config{})
	pr, pw := io.Pipe()
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/v1/batch", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	type result struct {
		resp *http.Response
		err  error
	}
	done := make(chan result, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		done <- result{resp, err}
	}()
	var resp *http.Response
	var rd *bufio.Reader
	for i := 0; i < 3; i++ {
		fmt.Fprintf(pw, "{\"id\":\"d%d\",\"text\":\"Đại tá Trần Văn B số %d.\"}\n", i, i)
		if i == 0 {
			r := <-done
			if r.err != nil {
				t.Fatal(r.err)
			}
			resp, rd = r.resp, bufio.NewReader(r.resp.Body)
			defer resp.Body.Close()
		}
		l, err := rd.ReadString('\n')
		if err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if !strings.HasPrefix(l, fmt.Sprintf(`{"id":"d%d"`, i)) {
			t.Fatalf("line %d: %s", i, l)
		}
	}
	pw.Close()
	if rest, _ := io.ReadAll(rd); len(rest) != 0 {
		t.Errorf("more after the last document: %q", rest)
	}
}

func TestExplain(t *testing.T) {
	_, ts := start(t, Config{})
	text := "Thượng tá Lê Văn C, Chính ủy Sư đoàn 9, dự họp ngày 5-1-2026."
	resp, got := post(t, ts.URL+"/v1/extract?explain=1&id=x", "text/plain", []byte(text))
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, got)
	}
	plain := want(t, pipeline.Input{ID: "x", Source: "http", Data: []byte(text)})
	if !strings.HasPrefix(got, strings.TrimSuffix(plain, "}\n")+`,"trace":{"sentences":[[0,`) {
		t.Errorf("an explained answer is the document plus a trace:\n got %s\nwant %s", got, plain)
	}
	var d struct {
		Trace trace `json:"trace"`
	}
	if err := json.Unmarshal([]byte(got), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Trace.Hits) == 0 || d.Trace.Hits[0].Rule == "" {
		t.Errorf("trace without list hits: %+v", d.Trace)
	}
}

// Every mistake a client can make is answered with its status and a
// message that says what to send instead.
func TestClientMistakes(t *testing.T) {
	_, ts := start(t, Config{MaxBodyBytes: 1000})
	big := bytes.Repeat([]byte("Đại tá "), 200)
	for _, c := range []struct {
		name, method, path, contentType string
		body                            []byte
		chunked                         bool
		status                          int
		msg                             string
	}{
		{"wrong method", "GET", "/v1/extract", "", nil, false, 405, "/v1/extract takes POST, not GET"},
		{"wrong method on GET route", "DELETE", "/healthz", "", nil, false, 405, "takes GET"},
		{"unknown path", "GET", "/v1/files", "", nil, false, 404, "no endpoint /v1/files"},
		{"bad JSON", "POST", "/v1/extract", "application/json", []byte(`{"id": "a", "text": }`), false, 400, "not valid JSON at byte 21"},
		{"JSON cut short", "POST", "/v1/extract", "application/json", []byte(`{"id": "a", "text": "x`), false, 400, "the JSON ends early"},
		{"empty JSON", "POST", "/v1/extract", "application/json", nil, false, 400, "body: empty"},
		{"two JSON values", "POST", "/v1/extract", "application/json", []byte(`{"text":"a"} {"text":"b"}`), false, 400, "more than one JSON value"},
		{"text not a string", "POST", "/v1/extract", "application/json", []byte(`{"text": 5}`), false, 400, `field "text" must be a string`},
		{"no text", "POST", "/v1/extract", "application/json", []byte(`{"id": "a"}`), false, 400, `"text" is missing or empty`},
		{"names a file", "POST", "/v1/extract", "application/json", []byte(`{"text": "a", "file": "/etc/passwd"}`), false, 400, `unknown field "file"`},
		{"names a rules folder", "POST", "/v1/extract?rules=/tmp", "text/plain", []byte("a"), false, 400, `unknown query parameter "rules"`},
		{"batch takes no parameters", "POST", "/v1/batch?rules=/tmp", "", []byte("{}"), false, 400, `unknown query parameter "rules": /v1/batch takes none`},
		{"bad explain", "POST", "/v1/extract?explain=yes", "text/plain", []byte("a"), false, 400, "explain=\"yes\": use 1 or 0"},
		{"bad date", "POST", "/v1/extract", "application/json", []byte(`{"text": "a", "date": "2025-13-01"}`), false, 400, "not an ISO date"},
		{"bad content type", "POST", "/v1/extract", "application/json; =", []byte(`{}`), false, 400, "Content-Type"},
		{"multipart", "POST", "/v1/extract", "multipart/form-data; boundary=x", []byte("--x--"), false, 415, "multipart uploads are not read"},
		{"oversize", "POST", "/v1/extract", "text/plain", big, false, 413, "over the server's limit of 1000 bytes"},
		{"oversize chunked", "POST", "/v1/extract", "text/plain", big, true, 413, "over the server's limit of 1000 bytes"},
		{"empty text body", "POST", "/v1/extract", "text/plain", nil, false, 422, "decode: input is empty"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var body io.Reader = bytes.NewReader(c.body)
			if c.chunked {
				body = io.MultiReader(body) // hides the length: sent chunked
			}
			req, _ := http.NewRequest(c.method, ts.URL+c.path, body)
			if c.contentType != "" {
				req.Header.Set("Content-Type", c.contentType)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			var e struct{ Error string }
			if json.Unmarshal(b, &e) == nil && e.Error != "" {
				b = []byte(e.Error)
			}
			if resp.StatusCode != c.status || !strings.Contains(string(b), c.msg) {
				t.Errorf("got %d %s, want %d with %q", resp.StatusCode, b, c.status, c.msg)
			}
			if c.status == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without Allow")
			}
			if c.status < 422 && resp.Header.Get("Content-Type") != "application/json" {
				t.Errorf("error answered as %q, not JSON", resp.Header.Get("Content-Type"))
			}
		})
	}
}

func TestHealthVersion(t *testing.T) {
	s, ts := start(t, Config{Version: "vnextract 9.9"})
	for path, want := range map[string]string{
		"/healthz":    "ok\n",
		"/v1/version": `{"version":"vnextract 9.9","schema":"` + report.SchemaVersion + `","go":"go`,
	} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.HasPrefix(string(b), want) {
			t.Errorf("%s: %d %s, want %s", path, resp.StatusCode, b, want)
		}
	}
	s.draining.Store(true)
	resp, err := http.Get(ts.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 503 {
		t.Errorf("healthz while draining: %d, want 503", resp.StatusCode)
	}
}

// waitIdle waits until no /v1/ request is in flight: a handler whose
// client went away must still end.
func waitIdle(t *testing.T, s *Server) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for s.metrics.inFlight.Load() != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d requests still in flight", s.metrics.inFlight.Load())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func faults(s *Server, kind string) uint64 {
	s.metrics.mu.Lock()
	defer s.metrics.mu.Unlock()
	return s.metrics.faults[kind]
}

// docs/openapi.yaml describes every endpoint the server has, and the
// request fields it takes.
func TestOpenAPI(t *testing.T) {
	b, err := os.ReadFile("../docs/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		Paths      map[string]map[string]any `yaml:"paths"`
		Components struct {
			Schemas map[string]struct {
				Properties map[string]any `yaml:"properties"`
			} `yaml:"schemas"`
		} `yaml:"components"`
	}
	if err := yaml.Unmarshal(b, &spec); err != nil {
		t.Fatalf("docs/openapi.yaml: %v", err)
	}
	s, _ := New(testPipeline, Config{})
	for path, rt := range s.routes {
		if _, ok := spec.Paths[path][strings.ToLower(rt.method)]; !ok {
			t.Errorf("docs/openapi.yaml lacks %s %s", rt.method, path)
		}
	}
	if len(spec.Paths) != len(s.routes) {
		t.Errorf("docs/openapi.yaml has %d paths, the server %d", len(spec.Paths), len(s.routes))
	}
	fields := reflect.TypeFor[Request]()
	props := spec.Components.Schemas["Request"].Properties
	for i := 0; i < fields.NumField(); i++ {
		if _, ok := props[fields.Field(i).Tag.Get("json")]; !ok {
			t.Errorf("docs/openapi.yaml's Request lacks %s", fields.Field(i).Tag.Get("json"))
		}
	}
	if len(props) != fields.NumField() {
		t.Errorf("docs/openapi.yaml's Request has %d fields, the server's %d", len(props), fields.NumField())
	}
}
