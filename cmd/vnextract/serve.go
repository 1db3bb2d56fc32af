package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"runtime"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/server"
)

const serveHelp = `Usage: vnextract serve [flags]

Runs vnextract as an HTTP/JSON service, for tools that are not Go
(Python notebooks, R, dashboards). It listens on 127.0.0.1:8080 unless
--addr says otherwise, and stops on Ctrl-C or SIGTERM after the requests
in flight have finished.

  POST /v1/extract      one document: the body is the text (any supported
                        encoding), or JSON {"id", "text", "date"} with
                        Content-Type: application/json; the answer is one
                        report document (docs/report.md); ?explain=1 adds
                        "trace", what "vnextract explain" shows
  POST /v1/batch        JSON Lines of {"id", "text", "date"} in, report
                        documents out as JSON Lines, in order, as they finish
  GET  /healthz         "ok" (503 while shutting down)
  GET  /v1/version      tool and report schema versions
  GET  /metrics         Prometheus metrics: documents, bytes, errors, latency

Requests cannot name files or rule folders on the server; --rules is read
once, at start. More than --max-in-flight requests at once are answered
429 with Retry-After. docs/serve.md has the details, docs/openapi.yaml the
API, examples/client.py a Python client.

Examples:
  vnextract serve
  vnextract serve --addr 127.0.0.1:9000 --rules myrules/
  curl -s --data-binary @report.txt -H 'Content-Type: text/plain' localhost:8080/v1/extract
  curl -s -H 'Content-Type: application/json' -d '{"id":"a","text":"Đại tá Trần Văn B"}' localhost:8080/v1/extract
  curl -s -T docs.jsonl -H 'Content-Type: application/x-ndjson' localhost:8080/v1/batch

Flags:
`

func runServe(ctx context.Context, args []string, stderr io.Writer) int {
	fs := newFlagSet("serve", serveHelp, stderr)
	// Only the pipeline's flags of "extract": documents come in requests.
	var f extractFlags
	fs.StringVar(&f.rules, "rules", "", "directory of extra lists (*.txt) and rules (*.yaml) added to the built-in ones, read once at start")
	fs.StringVar(&f.encoding, "encoding", "", "force the encoding of text bodies instead of detecting it (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni)")
	fs.IntVar(&f.workers, "workers", runtime.NumCPU(), "documents extracted at once")
	fs.IntVar(&f.maxDocBytes, "max-doc-bytes", pipeline.DefaultMaxDocBytes, "largest document processed; larger ones are answered as errors")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on, HOST:PORT (0.0.0.0:8080 for every interface: there is no authentication)")
	maxBody := fs.Int64("max-body", server.DefaultMaxBodyBytes, "largest /v1/extract body and /v1/batch line, in bytes; larger ones are answered 413")
	timeout := fs.Duration("timeout", server.DefaultTimeout, "limit on one /v1/extract request, and on each wait inside a /v1/batch stream")
	inFlight := fs.Int("max-in-flight", server.DefaultMaxInFlight, "requests answered at once; more are refused with 429 and Retry-After")
	grace := fs.Duration("grace", server.DefaultShutdownGrace, "on SIGTERM or Ctrl-C, how long requests in flight may take to finish")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 0 {
		fmt.Fprintf(stderr, "vnextract serve: unexpected argument %q; documents come in requests, not on the command line\n", fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	p, err := f.pipeline()
	if err != nil {
		return exitCode(err, stderr)
	}
	srv, err := server.New(p, server.Config{
		Version:       "vnextract " + version,
		MaxBodyBytes:  *maxBody,
		Timeout:       *timeout,
		MaxInFlight:   *inFlight,
		ShutdownGrace: *grace,
		ErrorLog:      log.New(stderr, "vnextract serve: ", 0),
	})
	if err != nil {
		return exitCode(err, stderr)
	}
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		return exitCode(usageError{fmt.Errorf("serve: %w", err)}, stderr)
	}
	fmt.Fprintf(stderr, "vnextract: serving on http://%s (rules fixed at start; Ctrl-C or SIGTERM to stop)\n", l.Addr())
	if host, _, _ := net.SplitHostPort(l.Addr().String()); !net.ParseIP(host).IsLoopback() {
		fmt.Fprintf(stderr, "vnextract: warning: %s is reachable from other machines and there is no authentication\n", host)
	}
	start := time.Now()
	err = srv.Serve(ctx, l)
	fmt.Fprintf(stderr, "vnextract: stopped after %s\n", time.Since(start).Round(time.Second))
	return exitCode(err, stderr)
}
