package input

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// ErrNoText is reported for an HTML page with no visible text, so that
// it is never an "ok" document with nothing in it.
var ErrNoText = errors.New("input: HTML page has no visible text")

// Kind names an input file format.
type Kind string

// The input formats Read understands.
const (
	KindText Kind = "text" // plain text in any encoding the core decodes
	KindDOCX Kind = "docx" // Word 2007+
	KindHTML Kind = "html"
)

// Sniff chooses the format of a file from its name and first bytes: the
// extension .docx, .html, .htm or .xhtml decides; otherwise a zip
// archive holding word/document.xml is Word, and text starting with an
// HTML doctype or tag is HTML.
func Sniff(name string, data []byte) Kind {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx":
		return KindDOCX
	case ".html", ".htm", ".xhtml":
		return KindHTML
	}
	switch {
	case isDOCX(data):
		return KindDOCX
	case isHTML(data):
		return KindHTML
	}
	return KindText
}

// Convert turns the bytes of a Word or HTML input into its plain text,
// as Read does for files it opens, for callers that read files
// themselves (the Beam pipeline reads them through Beam's file systems).
func Convert(in pipeline.Input, limit int) pipeline.Input { return extract(in, limit) }

// extract replaces a Word or HTML input's bytes with its plain text, so
// the pipeline's offsets refer to that text (which --emit-text writes
// out). The text stays bytes rather than Input.Text so the core's
// encoding detection and --encoding still apply to it, as they do to a
// .txt file. An input over limit is left for the pipeline to refuse.
func extract(in pipeline.Input, limit int) pipeline.Input {
	if len(in.Data) > limit {
		return in
	}
	switch Sniff(in.Source, in.Data) {
	case KindDOCX:
		text, err := DOCXText(in.Data, limit)
		if err != nil {
			in.Err = fmt.Errorf("%s: %w", in.Source, err)
			return in
		}
		in.Data = []byte(text)
	case KindHTML:
		text, err := HTMLText(in.Data)
		if err != nil {
			in.Err = fmt.Errorf("%s: %w", in.Source, err)
			return in
		}
		in.Data = text
		if len(in.Data) == 0 {
			in.Err = fmt.Errorf("%s: %w (everything in it is markup, script, style or the head)", in.Source, ErrNoText)
		}
	}
	return in
}
