// Package pipeline is vnextract's library entry point: it turns the bytes
// of Vietnamese military and political reports into mentions of ranks,
// persons, positions, organizations, locations, counts, dates, terms and
// laws, and a roster that links each person to the rank and positions the
// text gives them.
//
// Text flows one way through small stages: decode (package decode) →
// fold into a match key with an offset map (package fold) → split
// sentences and tokens (package segment) → match gazetteers (package
// gazetteer) → apply rules (package rules) → build entities → link
// persons. Every mention keeps offsets into the decoded text.
//
// A Pipeline is built once with New and is safe for concurrent use;
// Extract handles one document, Batch and Stream many with a bounded
// pool of workers.
package pipeline

import "github.com/vnextract/vnextract/pipeline/recognize"

// Type is an entity type, as named in the report.
type Type string

// The entity types, in report order: the recognizer's, then the rules'.
const (
	Rank              = Type(recognize.Rank)
	Person            = Type(recognize.Person)
	Position          = Type(recognize.Position)
	Organization      = Type(recognize.Organization)
	Location          = Type(recognize.Location)
	Count        Type = "count"
	Date         Type = "date"
	Term         Type = "term"
	Law          Type = "law"
)

// Types lists every entity type in report order.
var Types = []Type{Rank, Person, Position, Organization, Location, Count, Date, Term, Law}

// Mention is one entity found in a document.
type Mention struct {
	Type Type `json:"type"`
	// Text is the exact substring of the decoded document at [Start, End).
	Text string `json:"text"`
	// Start and End are offsets in Unicode code points into the decoded
	// text, half-open.
	Start int `json:"start"`
	End   int `json:"end"`
	// ByteStart and ByteEnd are the same span in UTF-8 bytes of the
	// decoded text.
	ByteStart int `json:"byte_start"`
	ByteEnd   int `json:"byte_end"`
	// Sentence is the 0-based index of the sentence holding Start.
	Sentence int `json:"sentence"`
	// Rule names what produced the mention: a rule id or a list
	// entry as "file:line".
	Rule string `json:"rule"`

	// Value is a count's number, scale words applied.
	Value *float64 `json:"value,omitempty"`
	// Approx is a count's approximate word ("hàng trăm") when the text
	// gives no number.
	Approx string `json:"approx,omitempty"`
	// Unit is a count's counted noun as written.
	Unit string `json:"unit,omitempty"`
	// Canonical is an organization's or place's canonical name, or a law's
	// normalized number.
	Canonical string `json:"canonical,omitempty"`
	// ISO is a date's value: "2022-01-27", "2022-01", "2022" or "--01-27".
	ISO string `json:"iso,omitempty"`
	// From and To bound a date range or a term (years for terms).
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Number is a term's legislature or congress number ("XV").
	Number string `json:"number,omitempty"`
}

// Office is a position a person holds or held.
type Office struct {
	// Title is the position as written, with its organization when the
	// text attaches one ("Phó Chính ủy Quân khu II").
	Title string `json:"title"`
	// Organization is the attached organization as written, if any.
	Organization string `json:"organization,omitempty"`
	// Former is set when the text says "nguyên" (former).
	Former bool `json:"former,omitempty"`
	// Start is the code point offset of the position mention that gave it.
	Start int `json:"start"`
}

// PersonRecord is one person of a document's roster.
type PersonRecord struct {
	// Name is the full name as first written.
	Name string `json:"name"`
	// Rank is the rank the text gives the person now (after a promotion,
	// the new one), or nil.
	Rank *string `json:"rank"`
	// Positions lists every distinct position the text gives the person.
	Positions []Office `json:"positions"`
	// Mentions are the code point offsets of each mention of the name.
	Mentions []int `json:"mentions"`
	// Sentence is the index of the first sentence naming the person.
	Sentence int `json:"sentence"`
}

// RankText is the person's rank, or "" when the text gives none.
func (p *PersonRecord) RankText() string {
	if p.Rank == nil {
		return ""
	}
	return *p.Rank
}

// Titles lists the person's positions as written; with markFormer, a
// former one reads "nguyên …" as the text says it.
func (p *PersonRecord) Titles(markFormer bool) []string {
	titles := make([]string, 0, len(p.Positions))
	for _, o := range p.Positions {
		if markFormer && o.Former {
			titles = append(titles, "nguyên "+o.Title)
		} else {
			titles = append(titles, o.Title)
		}
	}
	return titles
}

// Status of a document in a report.
const (
	StatusOK    = "ok"      // processed with no warnings
	StatusWarn  = "warning" // processed; see Warnings
	StatusError = "error"   // not processed; see Error
)

// Document is the result for one input document.
type Document struct {
	// ID names the document: the file name, or the id of a JSON Lines input.
	ID string `json:"id"`
	// Source is the path or "-" the document was read from.
	Source string `json:"source"`
	// Encoding is the input encoding, detected or given.
	Encoding string `json:"encoding,omitempty"`
	// SHA256 is the hex digest of the input file's bytes (of the UTF-8
	// text for a JSON Lines document).
	SHA256 string `json:"sha256"`
	// Bytes is the input file's size in bytes (the UTF-8 text's for a
	// JSON Lines document).
	Bytes int `json:"bytes"`
	// Length is the decoded text's length in code points.
	Length int `json:"length"`
	// Sentences is the number of sentences.
	Sentences int `json:"sentences"`
	// Date is the document's own date (ISO): the input's, when it gives
	// one, else the one the text gives near its top.
	Date string `json:"date,omitempty"`
	// Status is "ok", "warning" or "error".
	Status string `json:"status"`
	// Error says why a document could not be processed.
	Error string `json:"error,omitempty"`
	// Warnings are problems that did not stop processing.
	Warnings []string `json:"warnings"`
	// Mentions are sorted by Start, then End, then Type.
	Mentions []Mention `json:"mentions"`
	// Persons is the roster, in order of first mention.
	Persons []PersonRecord `json:"persons"`

	// Text is the decoded text; reports that show context use it. It is
	// not written to JSON.
	Text string `json:"-"`
	// SentenceSpans are the sentences as code point spans of Text.
	SentenceSpans [][2]int `json:"-"`
}

// Input is one document to process.
type Input struct {
	// ID names the document in the report.
	ID string
	// Source is where it came from (a path, "-", or "file.jsonl:LINE").
	Source string
	// Data is the raw bytes, in any supported encoding.
	Data []byte
	// Text, when not empty, is already-decoded text; Data is then ignored.
	Text string
	// Err is a failure to read the input; the document is reported with it.
	Err error
	// FileSHA256 and FileBytes, when set, describe the file the input was
	// read from, which Data need not be: a .docx or .html file's Data is
	// its extracted text. The report's sha256 and bytes then describe the
	// file, so an analyst can match a row to the file on disk.
	FileSHA256 string
	FileBytes  int
	// Date, when not empty, is the document's date ("YYYY", "YYYY-MM" or
	// "YYYY-MM-DD") as the caller knows it; it wins over the date the
	// text gives for itself.
	Date string
}
