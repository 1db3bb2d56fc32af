package vnbeam

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/people"
	"github.com/vnextract/vnextract/pipeline/report"
)

func init() {
	register.Combiner3[Roster, string, string](&peopleFn{})
	beam.RegisterType(reflect.TypeFor[Roster]())
	beam.RegisterType(reflect.TypeFor[RosterDoc]())
}

// People reduces the records of Extract to one record per real person and
// per organization across every document, as "vnextract people --format
// json" does over the command's JSON Lines report: its output is one
// element, that JSON document, with tool as its "tool".
//
// It is a Combine, so each worker first shrinks the records it holds to
// what the reduce reads (the roster and the organization mentions, a few
// hundred bytes a document), and one worker resolves the people at the
// end: deciding whether two mentions of a name are one person needs all
// of that name's mentions, and a person's co-workers need everyone.
// Documents are taken in the command's input order (by file, then by
// line), which Beam does not keep, so that ids and "first document"
// come out as the command gives them. An empty input gives no element.
func People(s beam.Scope, records beam.PCollection, tool string) beam.PCollection {
	return beam.Combine(s.Scope("vnextract.People"), &peopleFn{Tool: tool}, records)
}

// Roster is People's accumulator: the shrunk records gathered so far.
type Roster struct {
	Docs []RosterDoc
}

// RosterDoc is one record reduced to what the people reduce reads, with
// its place in the input.
type RosterDoc struct {
	// Path and Line place the document in the command's input order:
	// a JSON Lines document's file and line, or a text file (Line 0).
	Path string
	Line int
	// JSON is the record with only its roster and organization mentions.
	JSON []byte
}

type peopleFn struct {
	Tool string `json:"tool"`
}

func (fn *peopleFn) CreateAccumulator() Roster { return Roster{} }

func (fn *peopleFn) AddInput(r Roster, record string) Roster {
	d, err := shrink(record)
	if err != nil {
		// Not a record of Extract: skipped and not counted, as the
		// command's people skips a line that is no report document.
		return r
	}
	r.Docs = append(r.Docs, d)
	return r
}

func (fn *peopleFn) MergeAccumulators(a, b Roster) Roster {
	a.Docs = append(a.Docs, b.Docs...)
	return a
}

func (fn *peopleFn) ExtractOutput(r Roster) (string, error) {
	slices.SortFunc(r.Docs, func(x, y RosterDoc) int {
		return cmp.Or(cmp.Compare(x.Path, y.Path), cmp.Compare(x.Line, y.Line))
	})
	b := people.New()
	for _, rd := range r.Docs {
		var d pipeline.Document
		if err := json.Unmarshal(rd.JSON, &d); err != nil {
			return "", fmt.Errorf("people: %s:%d: %w", rd.Path, rd.Line, err)
		}
		b.Add(&d)
	}
	var out bytes.Buffer
	if err := report.WritePeople(&out, "json", fn.Tool, b, len(r.Docs)); err != nil {
		return "", err
	}
	return strings.TrimSuffix(out.String(), "\n"), nil
}

// shrink parses one Extract record and keeps what people.Builder reads:
// the id, date, roster, and the organization mentions (whose canonical
// names the posts take). Everything else a record holds (other
// mentions, warnings, digests) would only weigh on the reducing worker.
func shrink(record string) (RosterDoc, error) {
	var d pipeline.Document
	if err := json.Unmarshal([]byte(record), &d); err != nil {
		return RosterDoc{}, err
	}
	if d.ID == "" {
		return RosterDoc{}, fmt.Errorf(`no "id"`)
	}
	orgs := d.Mentions[:0]
	for _, m := range d.Mentions {
		if m.Type == pipeline.Organization {
			orgs = append(orgs, m)
		}
	}
	slim := pipeline.Document{ID: d.ID, Source: d.Source, Date: d.Date, Status: d.Status, Mentions: orgs, Persons: d.Persons}
	b, err := json.Marshal(&slim)
	if err != nil {
		return RosterDoc{}, err
	}
	path, line := splitSource(d.Source)
	return RosterDoc{Path: path, Line: line, JSON: b}, nil
}

// splitSource splits a JSON Lines document's source, "PATH:LINE", so that
// line 10 sorts after line 9; a file's source is its path.
func splitSource(src string) (string, int) {
	if i := strings.LastIndexByte(src, ':'); i >= 0 {
		if n, err := strconv.Atoi(src[i+1:]); err == nil && n > 0 {
			return src[:i], n
		}
	}
	return src, 0
}
