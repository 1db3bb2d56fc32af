// Command vnextract-beam runs vnextract's extraction as an Apache Beam
// job: it reads the files matching --input through Beam's file systems
// (local paths, gs://, s3://) and writes one JSON Lines report record per
// document to --output, each byte for byte what "vnextract extract
// --format jsonl" writes for it (in no particular order).
//
//	vnextract-beam --input 'testdata/docs/*.txt' --output out.jsonl
//	vnextract-beam --input 'gs://bucket/corpus/*.jsonl' --output gs://bucket/entities.jsonl \
//	    --people gs://bucket/people.json \
//	    --runner dataflow --project P --region R --staging_location gs://bucket/staging
//
// The runner is chosen with --runner (prism, in process, by default;
// dataflow, flink, spark, or universal with --endpoint).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	vnbeam "github.com/vnextract/vnextract/beam"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/buildinfo"
)

var (
	inputGlob   = flag.String("input", "", "files to read, a glob on any Beam file system: 'corpus/*.txt', 'gs://bucket/docs/*.jsonl' (required)")
	output      = flag.String("output", "", "the JSON Lines file to write, one report record per document (required)")
	inputKind   = flag.String("input_kind", "auto", "text (each file one document, any supported encoding, .docx, .html), jsonl ({\"id\",\"text\"} per line), or auto: jsonl for *.jsonl globs, text otherwise")
	encoding    = flag.String("encoding", "", "force the input encoding instead of detecting it (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni)")
	peopleOut   = flag.String("people", "", "also write the people and organizations across all documents to this JSON file, as \"vnextract people --format json\" does over the report")
	maxDocBytes = flag.Int("max_doc_bytes", pipeline.DefaultMaxDocBytes, "largest document processed; larger ones are reported as errors")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: vnextract-beam --input GLOB --output FILE [--runner R] [runner flags]\n\n"+
			"Runs vnextract's extraction as an Apache Beam job; see \"On Apache Beam\" in the README for Dataflow and Flink.\n\nFlags:\n")
		flag.PrintDefaults()
	}
	// As in vnextract: each document's garbage dies young and the live
	// heap stays small, so collecting less often buys throughput.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	flag.Parse()
	beam.Init()
	if *inputGlob == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "vnextract-beam: --input and --output are required")
		flag.Usage()
		os.Exit(2)
	}
	kind := *inputKind
	if kind == "auto" {
		kind = "text"
		if strings.HasSuffix(*inputGlob, ".jsonl") || strings.HasSuffix(*inputGlob, ".jsonl.gz") {
			kind = "jsonl"
		}
	}
	o := vnbeam.Options{Encoding: *encoding, MaxDocBytes: *maxDocBytes}
	if _, err := pipeline.New(pipeline.WithEncoding(o.Encoding), pipeline.WithMaxDocBytes(*maxDocBytes)); err != nil {
		fmt.Fprintln(os.Stderr, "vnextract-beam:", err)
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	var docs beam.PCollection
	switch kind {
	case "text":
		docs = vnbeam.ReadText(s, *inputGlob, o)
	case "jsonl":
		docs = vnbeam.ReadJSONL(s, *inputGlob, o)
	default:
		fmt.Fprintf(os.Stderr, "vnextract-beam: unknown --input_kind %q; use text, jsonl or auto\n", kind)
		os.Exit(2)
	}
	records := vnbeam.Extract(s, docs, o)
	vnbeam.Write(s, *output, records)
	if *peopleOut != "" {
		vnbeam.Write(s.Scope("people"), *peopleOut, vnbeam.People(s, records, "vnextract-beam "+buildinfo.Version("")))
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "vnextract-beam:", err)
		os.Exit(1)
	}
}
