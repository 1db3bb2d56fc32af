// Package report writes vnextract's results: a JSON report, JSON Lines,
// and (in sibling files) spreadsheet and HTML views. Every writer takes
// documents one at a time, in order, so a batch never has to be held in
// memory.
package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/people"
)

// SchemaVersion names the report layout documented in docs/report.md.
const SchemaVersion = "vnextract.report/1"

// Writer receives documents in order and finishes the report on Close.
type Writer interface {
	// Write adds one document.
	Write(d *pipeline.Document) error
	// Close writes what follows the last document and flushes. It does
	// not close the underlying io.Writer.
	Close(s Summary) error
}

// Summary describes a finished run.
type Summary struct {
	Documents int            `json:"documents"`
	Failed    int            `json:"failed"`
	Warned    int            `json:"warned"`
	Mentions  map[string]int `json:"mentions"`
	Persons   int            `json:"persons"`
	Started   time.Time      `json:"started"`
	Elapsed   float64        `json:"elapsed_seconds"`
	// Interrupted is set when the run was stopped before every input was read.
	Interrupted bool `json:"interrupted,omitempty"`
}

// NewSummary starts a summary clock.
func NewSummary() Summary {
	return Summary{Mentions: map[string]int{}, Started: time.Now()}
}

// Add counts one document.
func (s *Summary) Add(d *pipeline.Document) {
	s.Documents++
	switch d.Status {
	case pipeline.StatusError:
		s.Failed++
	case pipeline.StatusWarn:
		s.Warned++
	}
	for i := range d.Mentions {
		s.Mentions[string(d.Mentions[i].Type)]++
	}
	s.Persons += len(d.Persons)
}

// JSON writes one JSON object: {"schema", "tool", "documents": [...],
// "summary"}. Documents stream out as they come; only the current one is
// held.
type JSON struct {
	w     *bufio.Writer
	n     int
	tool  string
	begun bool
	buf   []byte // the current document, reused
	// people gathers the persons for the top-level "people".
	people *people.Builder
}

// NewJSON returns a writer of the whole-report JSON format.
func NewJSON(w io.Writer, tool string) *JSON {
	return &JSON{w: bufio.NewWriterSize(w, 64<<10), tool: tool, people: people.New()}
}

func (j *JSON) begin() error {
	if j.begun {
		return nil
	}
	j.begun = true
	tool, _ := json.Marshal(j.tool)
	_, err := fmt.Fprintf(j.w, "{\n\"schema\": %q,\n\"tool\": %s,\n\"documents\": [\n", SchemaVersion, tool)
	return err
}

// Write implements Writer.
func (j *JSON) Write(d *pipeline.Document) error {
	if err := j.begin(); err != nil {
		return err
	}
	if j.n > 0 {
		if _, err := j.w.WriteString(",\n"); err != nil {
			return err
		}
	}
	j.n++
	j.people.Add(d)
	b, err := encodeDocument(j.buf[:0], d, j.flush)
	if err != nil {
		return fmt.Errorf("report: %s: %w", d.ID, err)
	}
	j.buf = keepSmall(b)
	_, err = j.w.Write(b)
	return err
}

// Close implements Writer.
func (j *JSON) Close(s Summary) error {
	if err := j.begin(); err != nil {
		return err
	}
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if _, err := j.w.WriteString("\n],\n"); err != nil {
		return err
	}
	if _, err := writePeopleJSON(j.w, j.people); err != nil {
		return err
	}
	if err := writeOrgsJSON(j.w, j.people); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(j.w, "\"summary\": %s\n}\n", b); err != nil {
		return err
	}
	return j.w.Flush()
}

// JSONL writes one document per line and flushes after each, so a
// consumer reading a pipe (Hadoop Streaming, Spark's pipe) sees every
// document as soon as it is done.
type JSONL struct {
	w   *bufio.Writer
	buf []byte // the current line, reused
}

// NewJSONL returns a JSON Lines writer.
func NewJSONL(w io.Writer) *JSONL { return &JSONL{w: bufio.NewWriterSize(w, 64<<10)} }

// Write implements Writer.
func (j *JSONL) Write(d *pipeline.Document) error {
	b, err := encodeDocument(j.buf[:0], d, j.flush)
	if err != nil {
		return fmt.Errorf("report: %s: %w", d.ID, err)
	}
	b = append(b, '\n')
	j.buf = keepSmall(b)
	if _, err := j.w.Write(b); err != nil {
		return err
	}
	return j.w.Flush()
}

// Close implements Writer.
func (j *JSONL) Close(Summary) error { return j.w.Flush() }

func (j *JSONL) flush(b []byte) error {
	_, err := j.w.Write(b)
	return err
}

func (j *JSON) flush(b []byte) error {
	_, err := j.w.Write(b)
	return err
}

// keepSmall returns b to be reused for the next document, or nil when a
// huge document made it too large to hold on to.
func keepSmall(b []byte) []byte {
	if cap(b) > 1<<20 {
		return nil
	}
	return b
}
