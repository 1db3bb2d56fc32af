package input

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrDOCX is returned for a .docx file whose text cannot be read.
var ErrDOCX = errors.New("input: docx")

// docxBody is the part of a Word file that holds the main text.
const docxBody = "word/document.xml"

// isDOCX reports whether data is a zip archive holding word/document.xml.
func isDOCX(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == docxBody {
			return true
		}
	}
	return false
}

// DOCXText returns the text of a Word (.docx) file: each paragraph of
// word/document.xml, table cells included, on its own line, tabs and
// line breaks kept. Deleted revisions and field codes are left out.
// Reading stops with an error once the text passes limit bytes, so a
// small archive that unpacks to a huge part cannot exhaust memory.
func DOCXText(data []byte, limit int) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("%w: not a zip archive: %v", ErrDOCX, err)
	}
	var body *zip.File
	for _, f := range zr.File {
		if f.Name == docxBody {
			body = f
		}
	}
	if body == nil {
		return "", fmt.Errorf("%w: no %s in the archive (not a Word document?)", ErrDOCX, docxBody)
	}
	rc, err := body.Open()
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrDOCX, err)
	}
	defer rc.Close()
	// The XML is at most a few times its text; the cap keeps decoding bounded.
	dec := xml.NewDecoder(io.LimitReader(rc, int64(limit)*16+1<<20))
	var b strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("%w: %s: %v", ErrDOCX, docxBody, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			// Only w:t holds text; w:delText and w:instrText are skipped.
			if inText {
				b.Write(t)
			}
		}
		if b.Len() > limit {
			return "", fmt.Errorf("%w: text longer than %d bytes", ErrDOCX, limit)
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n", nil
}
