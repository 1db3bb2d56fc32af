package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
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

// The binary, sent SIGTERM with a request half received, stops taking
// connections, answers that request in full, and exits 0.
func TestServeSIGTERM(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on Windows")
	}
	bin := binary(t)
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stderr)
	var url string
	for url == "" && lines.Scan() {
		if m := regexp.MustCompile(`serving on http://([0-9.:]+)`).FindStringSubmatch(lines.Text()); m != nil {
			url = m[1]
		}
	}
	if url == "" {
		t.Fatal("the server announced no address")
	}
	rest := make(chan string, 1)
	go func() {
		var b strings.Builder
		for lines.Scan() {
			b.WriteString(lines.Text() + "\n")
		}
		rest <- b.String()
	}()

	doc := "Đại tá Trần Văn B dự họp."
	c, err := net.Dial("tcp", url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "POST /v1/extract?id=late HTTP/1.1\r\nHost: test\r\nContent-Length: %d\r\n\r\n%s", len(doc), doc[:5])
	inFlight := func() bool {
		resp, err := http.Get("http://" + url + "/metrics")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return strings.Contains(string(b), "\nvnextract_in_flight_requests 1\n")
	}
	for deadline := time.Now().Add(10 * time.Second); !inFlight(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the request never arrived")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		c2, err := net.Dial("tcp", url)
		if err != nil {
			break
		}
		c2.Close()
		if time.Now().After(deadline) {
			t.Fatal("still accepting connections after SIGTERM")
		}
	}
	fmt.Fprint(c, doc[5:])
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.HasPrefix(string(b), `{"id":"late"`) {
		t.Errorf("request in flight at SIGTERM: %d %s", resp.StatusCode, b)
	}
	// Wait closes the pipe, so stderr is read to its end first.
	if out := <-rest; !strings.Contains(out, "stopped after") {
		t.Errorf("stderr after SIGTERM: %q", out)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit after SIGTERM: %v", err)
	}
}
