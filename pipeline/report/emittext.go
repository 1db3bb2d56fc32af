package report

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// ErrTextCollision is returned when two documents' texts, or a text and
// an input, would share one file under an --emit-text directory.
var ErrTextCollision = errors.New("report: emitted texts would collide")

// TextName is where, relative to an --emit-text directory, a document's
// plain text goes: its id with the extension replaced by .txt, folders
// kept ("a/report.docx" → "a/report.txt"; "in.jsonl:3" → "in.jsonl:3.txt"). Path elements that could
// climb out of the directory ("", ".", "..") become "_", "_." and "_..",
// and a backslash or NUL becomes "_", so any JSON Lines id is safe.
func TextName(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		p = strings.Map(func(r rune) rune {
			if r == '\\' || r == 0 {
				return '_'
			}
			return r
		}, p)
		if p == "" || p == "." || p == ".." {
			p = "_" + p
		}
		parts[i] = p
	}
	last := parts[len(parts)-1]
	// Only a plain extension is replaced: a JSON Lines id such as
	// "in.jsonl:3" keeps its whole name, so ids of lines differ.
	if ext := path.Ext(last); plainExt(ext) && len(ext) < len(last) {
		last = strings.TrimSuffix(last, ext)
	}
	parts[len(parts)-1] = last + ".txt"
	return filepath.FromSlash(strings.Join(parts, "/"))
}

// plainExt says whether ext (".docx") is a dot and letters or digits.
func plainExt(ext string) bool {
	if len(ext) < 2 {
		return false
	}
	for _, c := range ext[1:] {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// TextPlan assigns every document of a run its text file under an
// --emit-text directory, and refuses names that two documents share
// (letter case ignored, as on Windows and macOS disks) or that are an
// input of the run, before anything is written.
type TextPlan struct {
	dir    string
	used   map[string]string // lower-cased name → the document that has it
	inputs []os.FileInfo
}

// NewTextPlan starts a plan for dir; inputs are the paths the run reads
// (files and JSON Lines streams), which no text may overwrite.
func NewTextPlan(dir string, inputs []string) *TextPlan {
	t := &TextPlan{dir: dir, used: map[string]string{}}
	for _, in := range inputs {
		if st, err := os.Stat(in); err == nil && st.Mode().IsRegular() {
			t.inputs = append(t.inputs, st)
		}
	}
	return t
}

// Add reserves the text file of the document id, read from source, and
// returns its path.
func (t *TextPlan) Add(id, source string) (string, error) {
	name := TextName(id)
	key := strings.ToLower(name)
	doc := fmt.Sprintf("%q", id)
	if source != "" && source != id {
		doc += " (" + source + ")"
	}
	if other, ok := t.used[key]; ok {
		return "", fmt.Errorf("%w: documents %s and %s would both write %s", ErrTextCollision, other, doc, filepath.Join(t.dir, name))
	}
	p := filepath.Join(t.dir, name)
	if st, err := os.Stat(p); err == nil {
		for _, in := range t.inputs {
			if os.SameFile(st, in) {
				return "", fmt.Errorf("%w: the text of %q would overwrite the input %s", ErrTextCollision, id, p)
			}
		}
	}
	t.used[key] = doc
	return p, nil
}

// Plan reserves the text files of every input, in order, and returns
// their paths; the first collision ends it with an error that names both
// sides and says what to do.
func (t *TextPlan) Plan(ins []pipeline.Input) ([]string, error) {
	out := make([]string, len(ins))
	for i, in := range ins {
		if in.Err != nil {
			continue // never read, so never written
		}
		p, err := t.Add(in.ID, in.Source)
		if err != nil {
			return nil, fmt.Errorf("%w; nothing was written: choose another --emit-text directory or rename the inputs", err)
		}
		out[i] = p
	}
	return out, nil
}

// WriteText writes a document's text to path, making its folders.
func WriteText(path, text string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return fmt.Errorf("--emit-text: %w", err)
	}
	if err := os.WriteFile(path, []byte(text), 0o666); err != nil {
		return fmt.Errorf("--emit-text: %w", err)
	}
	return nil
}
