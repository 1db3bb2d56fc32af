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
	// The XML is at most a few times its text; the cap keeps decoding
	// bounded whatever the archive claims, and says why it stopped.
	max := int64(limit)*xmlRatio + 1<<20
	part := &capReader{r: rc, left: max}
	dec := xml.NewDecoder(part)
	var b strings.Builder
	inText := false
	depth, fallback := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if part.left < 0 {
			return "", fmt.Errorf("%w: %s unpacks to more than %d bytes (a zip bomb, or a document far over the limit)", ErrDOCX, docxBody, max)
		}
		if err != nil {
			return "", fmt.Errorf("%w: %s: %v", ErrDOCX, docxBody, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxDepth {
				return "", fmt.Errorf("%w: %s: elements nested more than %d deep (unclosed tags?)", ErrDOCX, docxBody, maxDepth)
			}
			if fallback > 0 || isFallback(t.Name) {
				// What Word shows is the Choice; the Fallback repeats it
				// (a text box as VML) for older readers.
				fallback++
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			depth--
			if fallback > 0 {
				fallback--
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			// Only w:t holds text; w:delText and w:instrText are skipped.
			if inText && fallback == 0 {
				b.Write(t)
			}
		}
		if b.Len() > limit {
			return "", fmt.Errorf("%w: text longer than %d bytes", ErrDOCX, limit)
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n", nil
}

// xmlRatio bounds word/document.xml against the text limit: markup
// around each run of text takes a few times its bytes.
const xmlRatio = 16

// maxDepth bounds the nesting of elements. Word nests tables in tables
// and text boxes in them, a few dozen levels at most; the decoder keeps
// every open element, so unclosed tags would otherwise grow it freely.
const maxDepth = 512

// mcNamespace is Office's markup-compatibility namespace, of
// mc:AlternateContent, mc:Choice and mc:Fallback.
const mcNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

func isFallback(n xml.Name) bool {
	return n.Local == "Fallback" && (n.Space == mcNamespace || n.Space == "mc")
}

// capReader reads from r and fails once more than left bytes come;
// left then goes negative, so the caller can tell the cap from a broken
// part.
type capReader struct {
	r    io.Reader
	left int64
}

var errCap = errors.New("size cap reached")

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, errCap
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	if c.left -= int64(n); c.left < 0 {
		return 0, errCap
	}
	return n, err
}
