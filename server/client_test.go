package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/report"
)

// python3 returns the system's python3, or skips the test.
func python3(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; the Python client is not tested")
	}
	return py
}

// asData decodes one JSON document so that two encodings of it compare
// equal whatever their key order or number spelling.
func asData(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("not a JSON document: %v: %.200s", err, b)
	}
	return m
}

func libraryDoc(t *testing.T, in pipeline.Input) map[string]any {
	t.Helper()
	d := testPipeline.Extract(context.Background(), in)
	b, err := report.AppendDocument(nil, &d)
	if err != nil {
		t.Fatal(err)
	}
	return asData(t, b)
}

// examples/client.py, run by the system's python3 against a live
// server, gives the library's documents for files in every encoding
// (one request each) and for a JSON Lines batch, and turns refusals
// into ServiceError with the server's message.
func TestPythonClient(t *testing.T) {
	py := python3(t)
	_, ts := start(t, Config{})
	client, err := filepath.Abs("../examples/client.py")
	if err != nil {
		t.Fatal(err)
	}
	docs := testDocs(t)
	names := sortedKeys(docs)
	var files []string
	for _, n := range names {
		for _, dir := range []string{"../testdata/docs", "../testdata/docs-legacy"} {
			if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
				files = append(files, filepath.Join(dir, n))
			}
		}
	}
	runPy := func(args ...string) []byte {
		t.Helper()
		cmd := exec.Command(py, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("python3 %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
		}
		return out
	}
	lines := func(out []byte) [][]byte {
		var ls [][]byte
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			ls = append(ls, append([]byte(nil), sc.Bytes()...))
		}
		return ls
	}

	got := lines(runPy(append([]string{client, "--url", ts.URL}, files...)...))
	if len(got) != len(names) {
		t.Fatalf("%d documents for %d files", len(got), len(names))
	}
	var batch bytes.Buffer
	for i, n := range names {
		if w := libraryDoc(t, pipeline.Input{ID: n, Source: "http", Data: docs[n]}); !reflect.DeepEqual(asData(t, got[i]), w) {
			t.Errorf("%s: the Python client's document differs from the library's:\n got %s", n, got[i])
		}
		text := testPipeline.Extract(context.Background(), pipeline.Input{Data: docs[n]}).Text
		line, _ := json.Marshal(Request{ID: n, Text: text, Date: "2026-01"})
		batch.Write(append(line, '\n'))
	}

	jsonl := filepath.Join(t.TempDir(), "docs.jsonl")
	if err := os.WriteFile(jsonl, batch.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got = lines(runPy(client, "--url", ts.URL, "--batch", jsonl))
	if len(got) != len(names) {
		t.Fatalf("batch: %d documents for %d lines", len(got), len(names))
	}
	for i, l := range bytes.Split(bytes.TrimSpace(batch.Bytes()), []byte("\n")) {
		var req Request
		json.Unmarshal(l, &req)
		w := libraryDoc(t, pipeline.Input{ID: req.ID, Source: "batch:" + itoa(i+1), Text: req.Text})
		if w["date"] == nil {
			w["date"] = "2026-01"
		}
		if g := asData(t, got[i]); !reflect.DeepEqual(g, w) {
			t.Errorf("batch %s: differs from the library's:\n got %s", req.ID, got[i])
		}
	}

	script := `
import sys
sys.path.insert(0, sys.argv[1])
from client import Client, ServiceError
c = Client(sys.argv[2])
d = c.extract("Đại tá Trần Văn B dự họp.", id="x", date="2025-02-03", explain=True)
assert d["id"] == "x" and d["date"] == "2025-02-03" and d["trace"]["hits"], d
try:
    c.extract("")
    raise SystemExit("an empty text was accepted")
except ServiceError as e:
    assert e.status == 400 and '"text" is missing or empty' in e.message, e
docs = list(c.batch({"id": str(i), "text": "Thượng tá Lê Văn C số %d." % i} for i in range(500)))
assert [d["id"] for d in docs] == [str(i) for i in range(500)], "batch out of order"
print("ok")
`
	if out := runPy("-c", script, filepath.Dir(client), ts.URL); string(out) != "ok\n" {
		t.Errorf("client script: %s", out)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
