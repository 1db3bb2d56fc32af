// Package vnbeam runs vnextract as an Apache Beam pipeline, so that a
// corpus too large for one machine runs on Dataflow, Flink or Spark. It
// lives in its own module (beam/) so that the library's users do not
// pull in Beam's dependencies.
//
// ReadText and ReadJSONL turn files matched through Beam's file systems
// (local, gs://, s3://) into a PCollection of Doc; Extract turns that
// into a PCollection of report records, each a line of
// "vnextract extract --format jsonl" byte for byte. Beam does not keep
// order, so records come out in any order; each names its source.
// People reduces the records to the people and organizations across all
// documents, as "vnextract people" does.
package vnbeam

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"reflect"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // plain paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/input"
	"github.com/vnextract/vnextract/pipeline/report"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Doc), error](&readTextFn{})
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Doc), error](&readJSONLFn{})
	register.DoFn3x1[context.Context, Doc, func(string), error](&extractFn{})
	register.Emitter1[Doc]()
	register.Emitter1[string]()
	beam.RegisterType(reflect.TypeFor[Doc]())
}

// Doc is one input document on its way through a Beam pipeline: a
// pipeline.Input that Beam can encode.
type Doc struct {
	// ID names the document: the file's base name, or a JSON Lines id.
	ID string
	// Source is the file path, or "PATH:LINE" for a JSON Lines line.
	Source string
	// Data is a file's bytes, in any supported encoding.
	Data []byte
	// Text is already-decoded text (a JSON Lines line's "text").
	Text string
	// Err says why the document could not be read; it is reported with it.
	Err string
}

// Options are the pipeline options of vnextract extract that apply on
// Beam workers. User rules (--rules) do not: a worker has no access to
// the submitting machine's folders.
type Options struct {
	// Encoding forces the input encoding; "" detects it per document.
	Encoding string
	// MaxDocBytes is the largest document processed; 0 is the default.
	MaxDocBytes int
}

func (o Options) limit() int {
	if o.MaxDocBytes > 0 {
		return o.MaxDocBytes
	}
	return pipeline.DefaultMaxDocBytes
}

// ReadText reads every file matching glob as one document (text in any
// supported encoding, Word .docx or HTML), as "vnextract extract" reads
// files: the ID is the base name, the Source the matched path. A glob
// that matches nothing fails the job, as it is surely a mistake.
func ReadText(s beam.Scope, glob string, o Options) beam.PCollection {
	s = s.Scope("vnextract.ReadText")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow()), fileio.ReadUncompressed(), fileio.ReadDirectorySkip())
	return beam.ParDo(s, &readTextFn{MaxDocBytes: o.limit()}, files)
}

// ReadJSONL reads every file matching glob as JSON Lines of {"id",
// "text"} objects, one document per line, as "vnextract extract --input
// jsonl" does: a line without an id is named PATH:LINE, and a bad line
// becomes a document with its error. The documents are reshuffled so
// that the lines of one big file spread over the workers.
func ReadJSONL(s beam.Scope, glob string, o Options) beam.PCollection {
	s = s.Scope("vnextract.ReadJSONL")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow()), fileio.ReadAutoCompression(), fileio.ReadDirectorySkip())
	return beam.Reshuffle(s, beam.ParDo(s, &readJSONLFn{MaxDocBytes: o.limit()}, files))
}

// Extract turns a PCollection of Doc into a PCollection of strings, each
// one document of the report as "vnextract extract --format jsonl"
// writes it (without the newline). A document that fails is a record
// with status "error", never a failed bundle.
func Extract(s beam.Scope, docs beam.PCollection, o Options) beam.PCollection {
	s = s.Scope("vnextract.Extract")
	return beam.ParDo(s, &extractFn{Encoding: o.Encoding, MaxDocBytes: o.limit()}, docs)
}

// Write writes records to one JSON Lines file, filename, on any Beam
// file system.
func Write(s beam.Scope, filename string, records beam.PCollection) {
	textio.Write(s.Scope("vnextract.Write"), filename, records)
}

type readTextFn struct {
	MaxDocBytes int `json:"max_doc_bytes"`
}

func (fn *readTextFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Doc)) error {
	p := f.Metadata.Path
	d := Doc{ID: path.Base(p), Source: p}
	in := pipeline.Input{ID: d.ID, Source: p}
	rc, err := f.Open(ctx)
	if err == nil {
		// One byte past the limit, as the command reads, so the
		// pipeline reports an oversize file the same way.
		in.Data, err = io.ReadAll(io.LimitReader(rc, int64(fn.MaxDocBytes)+1))
		rc.Close()
	}
	if err != nil {
		d.Err = fmt.Sprintf("input: %s: %v", p, err)
		emit(d)
		return nil
	}
	in = input.Convert(in, fn.MaxDocBytes)
	d.Data = in.Data
	if in.Err != nil {
		d.Err = in.Err.Error()
	}
	emit(d)
	return nil
}

type readJSONLFn struct {
	MaxDocBytes int `json:"max_doc_bytes"`
}

func (fn *readJSONLFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Doc)) error {
	p := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		emit(Doc{ID: path.Base(p), Source: p, Err: fmt.Sprintf("input: %s: %v", p, err)})
		return nil
	}
	defer rc.Close()
	r := input.NewJSONL(rc, p, fn.MaxDocBytes)
	for {
		in, ok := r.Next()
		if !ok {
			return nil
		}
		d := Doc{ID: in.ID, Source: in.Source, Text: in.Text}
		if in.Err != nil {
			d.Err = in.Err.Error()
		}
		emit(d)
	}
}

type extractFn struct {
	Encoding    string `json:"encoding"`
	MaxDocBytes int    `json:"max_doc_bytes"`

	p   *pipeline.Pipeline
	buf []byte
}

// pipelines are built once per process and options: building one loads
// and compiles every list and rule, and all DoFn instances of a worker
// can share it (a Pipeline is safe for concurrent use).
var pipelines struct {
	sync.Mutex
	m map[Options]*pipeline.Pipeline
}

func (fn *extractFn) Setup() error {
	key := Options{Encoding: fn.Encoding, MaxDocBytes: fn.MaxDocBytes}
	pipelines.Lock()
	defer pipelines.Unlock()
	if p, ok := pipelines.m[key]; ok {
		fn.p = p
		return nil
	}
	p, err := pipeline.New(pipeline.WithEncoding(fn.Encoding), pipeline.WithMaxDocBytes(fn.MaxDocBytes), pipeline.WithWorkers(1))
	if err != nil {
		return err
	}
	if pipelines.m == nil {
		pipelines.m = map[Options]*pipeline.Pipeline{}
	}
	pipelines.m[key] = p
	fn.p = p
	return nil
}

func (fn *extractFn) ProcessElement(ctx context.Context, d Doc, emit func(string)) error {
	in := pipeline.Input{ID: d.ID, Source: d.Source, Data: d.Data, Text: d.Text}
	if d.Err != "" {
		in.Err = errors.New(d.Err)
	}
	doc := fn.safeExtract(ctx, in)
	b, err := report.AppendDocument(fn.buf[:0], &doc)
	if err != nil {
		doc = failed(in, fmt.Errorf("report: %s: %w", in.ID, err))
		b, _ = report.AppendDocument(fn.buf[:0], &doc)
	}
	if cap(b) <= 1<<20 {
		fn.buf = b
	}
	emit(string(b))
	return nil
}

// safeExtract reports a panic as the document's error, as the command's
// worker pool does, so that one bad input cannot fail a bundle over and
// over until the job dies.
func (fn *extractFn) safeExtract(ctx context.Context, in pipeline.Input) (d pipeline.Document) {
	defer func() {
		if r := recover(); r != nil {
			d = failed(in, fmt.Errorf("internal error (please report it with this document): %v", r))
		}
	}()
	return fn.p.Extract(ctx, in)
}

func failed(in pipeline.Input, err error) pipeline.Document {
	return pipeline.Document{ID: in.ID, Source: in.Source, Status: pipeline.StatusError, Error: err.Error(),
		Warnings: []string{}, Mentions: []pipeline.Mention{}, Persons: []pipeline.PersonRecord{}}
}
