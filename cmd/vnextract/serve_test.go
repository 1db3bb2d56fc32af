package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe to read while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// "vnextract serve" serves until its context ends (SIGTERM or Ctrl-C in
// the command), then exits 0.
func TestServeCommand(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	code := make(chan int, 1)
	go func() { code <- runServe(ctx, []string{"--addr", "127.0.0.1:0", "--workers", "1"}, &stderr) }()
	addr := regexp.MustCompile(`serving on (http://[0-9.:]+)`)
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == ""; time.Sleep(10 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			url = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no address announced: %s", stderr.String())
		}
	}
	resp, err := http.Post(url+"/v1/extract?id=a", "text/plain", strings.NewReader("Đại tá Trần Văn B dự họp."))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"type":"rank","text":"Đại tá"`) {
		t.Errorf("extract: %d %s", resp.StatusCode, b)
	}
	cancel()
	select {
	case c := <-code:
		if c != exitOK {
			t.Errorf("exit %d after shutdown: %s", c, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if strings.Contains(stderr.String(), "warning") {
		t.Errorf("a loopback address drew a warning: %s", stderr.String())
	}
}

func TestServeUsage(t *testing.T) {
	code, _, stderr := cli(t, "", "serve", "--help")
	for _, want := range []string{"POST /v1/extract", "POST /v1/batch", "/metrics", "127.0.0.1:8080", "-max-in-flight", "429", "docs/serve.md"} {
		if code != exitOK || !strings.Contains(stderr, want) {
			t.Errorf("serve --help (exit %d) lacks %q", code, want)
		}
	}
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"serve", "report.txt"}, "documents come in requests"},
		{[]string{"serve", "--rules", "no/such/dir"}, "rules directory"},
		{[]string{"serve", "--addr", "nonsense"}, "serve: listen tcp"},
	} {
		code, _, stderr := cli(t, "", c.args...)
		if code != exitUsage || !strings.Contains(stderr, c.msg) {
			t.Errorf("%v: exit %d, %q; want 2 with %q", c.args, code, stderr, c.msg)
		}
	}
	if _, out, _ := cli(t, "", "help"); !strings.Contains(out, "vnextract serve") {
		t.Error("help does not list serve")
	}
}
