package report

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline"
)

// AppendDocument appends d to b as one JSON object, exactly as the JSON
// and JSON Lines reports write it, for callers that frame documents
// themselves (the HTTP service answers one per request or per line).
func AppendDocument(b []byte, d *pipeline.Document) ([]byte, error) { return appendDocument(b, d) }

// appendDocument appends d as JSON, byte for byte what json.Marshal
// writes (the same keys in the same order, the same escaping, the same
// numbers), written out because encoding/json's reflection was a tenth
// of a JSON Lines run. A test holds the two together.
func appendDocument(b []byte, d *pipeline.Document) ([]byte, error) {
	return encodeDocument(b, d, nil)
}

// flushAt is how much of a document's JSON encodeDocument holds before
// handing it to flush: a document with a million mentions is written
// out as it is encoded rather than built whole first.
const flushAt = 256 << 10

// encodeDocument is appendDocument that, when flush is not nil, passes
// it the JSON so far each time it passes flushAt bytes, and goes on in
// the same memory.
func encodeDocument(b []byte, d *pipeline.Document, flush func([]byte) error) ([]byte, error) {
	b = append(b, `{"id":`...)
	b = appendString(b, d.ID)
	b = append(b, `,"source":`...)
	b = appendString(b, d.Source)
	if d.Encoding != "" {
		b = append(b, `,"encoding":`...)
		b = appendString(b, d.Encoding)
	}
	b = append(b, `,"sha256":`...)
	b = appendString(b, d.SHA256)
	b = appendInt(append(b, `,"bytes":`...), d.Bytes)
	b = appendInt(append(b, `,"length":`...), d.Length)
	b = appendInt(append(b, `,"sentences":`...), d.Sentences)
	if d.Date != "" {
		b = append(b, `,"date":`...)
		b = appendString(b, d.Date)
	}
	b = append(b, `,"status":`...)
	b = appendString(b, d.Status)
	if d.Error != "" {
		b = append(b, `,"error":`...)
		b = appendString(b, d.Error)
	}
	b = append(b, `,"warnings":`...)
	b = appendList(b, d.Warnings, appendString)
	b = append(b, `,"mentions":`...)
	var err error
	if d.Mentions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range d.Mentions {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = appendMention(b, &d.Mentions[i]); err != nil {
				return nil, err
			}
			if flush != nil && len(b) >= flushAt {
				if err := flush(b); err != nil {
					return nil, err
				}
				b = b[:0]
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"persons":`...)
	if d.Persons == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range d.Persons {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendPerson(b, &d.Persons[i])
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

func appendMention(b []byte, m *pipeline.Mention) ([]byte, error) {
	b = append(b, `{"type":`...)
	b = appendString(b, string(m.Type))
	b = append(b, `,"text":`...)
	b = appendString(b, m.Text)
	b = appendInt(append(b, `,"start":`...), m.Start)
	b = appendInt(append(b, `,"end":`...), m.End)
	b = appendInt(append(b, `,"byte_start":`...), m.ByteStart)
	b = appendInt(append(b, `,"byte_end":`...), m.ByteEnd)
	b = appendInt(append(b, `,"sentence":`...), m.Sentence)
	b = append(b, `,"rule":`...)
	b = appendString(b, m.Rule)
	if m.Value != nil {
		var err error
		if b, err = appendFloat(append(b, `,"value":`...), *m.Value); err != nil {
			return nil, err
		}
	}
	for _, f := range [...]struct{ key, val string }{
		{`,"approx":`, m.Approx}, {`,"unit":`, m.Unit}, {`,"canonical":`, m.Canonical},
		{`,"iso":`, m.ISO}, {`,"from":`, m.From}, {`,"to":`, m.To}, {`,"number":`, m.Number},
	} {
		if f.val != "" {
			b = appendString(append(b, f.key...), f.val)
		}
	}
	return append(b, '}'), nil
}

func appendPerson(b []byte, p *pipeline.PersonRecord) []byte {
	b = append(b, `{"name":`...)
	b = appendString(b, p.Name)
	b = append(b, `,"rank":`...)
	if p.Rank == nil {
		b = append(b, "null"...)
	} else {
		b = appendString(b, *p.Rank)
	}
	b = append(b, `,"positions":`...)
	b = appendList(b, p.Positions, func(b []byte, o pipeline.Office) []byte {
		b = append(b, `{"title":`...)
		b = appendString(b, o.Title)
		if o.Organization != "" {
			b = appendString(append(b, `,"organization":`...), o.Organization)
		}
		if o.Former {
			b = append(b, `,"former":true`...)
		}
		return append(appendInt(append(b, `,"start":`...), o.Start), '}')
	})
	b = append(b, `,"mentions":`...)
	b = appendList(b, p.Mentions, appendInt)
	return append(appendInt(append(b, `,"sentence":`...), p.Sentence), '}')
}

// appendList appends xs as a JSON array, or null for a nil slice, as
// encoding/json does.
func appendList[T any](b []byte, xs []T, appendOne func([]byte, T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendOne(b, x)
	}
	return append(b, ']')
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

// appendFloat formats f as encoding/json does: %f-like in [1e-6, 1e21),
// exponent form outside it with a one-digit negative exponent unpadded.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, fmt.Errorf("report: json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-07 → e-7
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// appendString appends s as a JSON string with encoding/json's default
// escaping: quotes, backslashes and control characters, the HTML
// characters < > &, U+2028 and U+2029, and invalid UTF-8 as U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonSafe marks the ASCII bytes a JSON string holds as they are.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()
