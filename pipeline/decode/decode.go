// Package decode turns the bytes of an input document into Go text, finding
// the document's encoding when the caller does not name one.
//
// It knows Unicode (UTF-8 with or without a byte order mark, UTF-16 in
// either byte order) and the three legacy 8-bit encodings in which older
// Vietnamese documents were written: windows-1258, TCVN3 (TCVN 5712:1993,
// the ABC .VnTime fonts) and VNI-Windows. Detection looks at byte order
// marks, UTF-8 validity, the NUL pattern of UTF-16 and binary signatures,
// and otherwise decodes the document with each legacy encoding and keeps
// the one whose words look most like Vietnamese syllables.
//
// Decoding never normalizes: the text is what the bytes say. windows-1258
// writes tones as combining marks, so its text has them; offsets computed
// later refer to this decoded text as it is.
//
// TCVN3 has codes for only seven uppercase letters with diacritics (Ă Â Ê
// Ô Ơ Ư Đ). Documents write toned capitals with the lowercase codes in the
// uppercase-only .VnTimeH font; the font is not in the bytes, so those
// codes decode as lowercase letters, and Encode writes toned capitals with
// the lowercase codes.
//
// Both legacy font encodings leave 0x80–0x9F to windows-1252 (curly quotes,
// dashes, ellipsis), and decode them so. TCVN3 bytes that the VN3 chart
// leaves unassigned decode to U+FFFD with a warning. VNI bytes the font
// encoding does not use decode as Latin-1, and a VNI mark byte that follows
// no letter it fits (a tone after a consonant) decodes to the combining
// marks the font would draw over the previous letter.
package decode

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// The encodings this package reads, under the names Result.Encoding,
// Decode and Encode use.
const (
	UTF8        = "utf-8"        // UTF-8 without a byte order mark
	UTF8BOM     = "utf-8-bom"    // UTF-8 with a byte order mark, which Decode strips
	UTF16LE     = "utf-16le"     // UTF-16 little-endian; a byte order mark is stripped
	UTF16BE     = "utf-16be"     // UTF-16 big-endian; a byte order mark is stripped
	Windows1258 = "windows-1258" // Windows Vietnamese code page, tones as combining marks
	TCVN3       = "tcvn3"        // TCVN 5712:1993 VN3, the ABC .VnTime fonts
	VNI         = "vni"          // VNI-Windows fonts: base letter followed by mark bytes
)

var names = []string{UTF8, UTF8BOM, UTF16LE, UTF16BE, Windows1258, TCVN3, VNI}

// Names returns the supported encoding names, for help texts.
func Names() []string { return append([]string(nil), names...) }

// Errors returned by Decode and Encode. They are wrapped with details;
// test for them with errors.Is.
var (
	// ErrUnknownEncoding means the encoding name is not one of Names.
	ErrUnknownEncoding = errors.New("decode: unknown encoding")
	// ErrBinary means the input looks like binary data, not text.
	ErrBinary = errors.New("decode: input is binary, not text")
	// ErrEmpty means the input holds no text but white space. Decode
	// returns it with a Result whose Text is empty, so a caller can report
	// the document and go on.
	ErrEmpty = errors.New("decode: input is empty")
	// ErrUnmappable means Encode met a rune the encoding cannot write.
	ErrUnmappable = errors.New("decode: text cannot be encoded")
)

// Warning is a problem found while decoding that did not stop it.
type Warning struct {
	Offset  int64  // byte offset in the input
	Message string // what was wrong, e.g. "invalid UTF-8 at byte 1234"
}

// Result is decoded text.
type Result struct {
	Text     string    // the decoded text, not normalized
	Encoding string    // the encoding used, one of Names
	Warnings []Warning // problems that did not stop decoding, in input order
}

// Decode decodes input in the named encoding (letter case does not matter),
// or in the encoding Detect finds when encoding is "". A name not among Names yields
// ErrUnknownEncoding; input that looks binary yields ErrBinary (only when
// detecting); input with nothing but white space yields a Result with the
// encoding and empty text, and ErrEmpty.
//
// Bytes that do not decode become U+FFFD, each with a Warning giving its
// offset; after 20 such warnings one more summarizes the rest.
func Decode(input []byte, encoding string) (Result, error) {
	var (
		name = encoding
		det  detection
	)
	if encoding == "" {
		det = detect(input)
		if det.err != nil {
			return Result{}, det.err
		}
		name = det.name
	} else {
		var ok bool
		if name, ok = canonical(encoding); !ok {
			return Result{}, unknownEncoding(encoding)
		}
	}
	var w warnings
	if det.warning != "" {
		w.list = append(w.list, Warning{Offset: 0, Message: det.warning})
	}
	text := decodeAs(input, name, det.valid, &w)
	if strings.TrimSpace(text) == "" {
		return Result{Encoding: name}, ErrEmpty
	}
	return Result{Text: text, Encoding: name, Warnings: w.done()}, nil
}

// Detect returns the name of the encoding input is most likely in, or ""
// when it looks binary. Valid UTF-8 (including plain ASCII and empty input)
// is "utf-8".
func Detect(input []byte) string { return detect(input).name }

// Encode writes text in the named encoding: the inverse of Decode, for tests
// and fixtures. UTF-8 with BOM and UTF-16 output start with a byte order
// mark. It fails with ErrUnmappable, naming the rune and its byte offset in
// text, when the encoding has no bytes for a rune or text is not valid
// UTF-8. TCVN3 writes toned capitals with lowercase codes (see the package
// comment).
func Encode(text string, encoding string) ([]byte, error) {
	name, ok := canonical(encoding)
	if !ok {
		return nil, unknownEncoding(encoding)
	}
	if i := invalidUTF8At(text); i >= 0 {
		return nil, fmt.Errorf("%w: invalid UTF-8 at byte %d", ErrUnmappable, i)
	}
	switch name {
	case UTF8:
		return []byte(text), nil
	case UTF8BOM:
		return append([]byte(bomUTF8), text...), nil
	case UTF16LE, UTF16BE:
		return encodeUTF16(text, name == UTF16BE), nil
	}
	e := &mapEncoder{m: encoders[name]}
	out, n, err := transformAll(e, []byte(text), len(text))
	if err != nil {
		r, _ := utf8.DecodeRuneInString(text[n:])
		return nil, fmt.Errorf("%w: %s has no code for %q (%U) at byte %d", ErrUnmappable, name, r, r, n)
	}
	return out, nil
}

// Lookup returns an x/text encoding.Encoding for a name among Names, for
// callers that stream (transform.NewReader). Its decoders replace bad bytes
// with U+FFFD like Decode but report no warnings. The TCVN3 and VNI
// encoders stop at an unmappable rune with an error wrapping ErrUnmappable;
// the others are x/text's own (windows-1258 is charmap.Windows1258, which,
// unlike Encode, does not decompose toned letters).
func Lookup(name string) (encoding.Encoding, error) {
	n, ok := canonical(name)
	if !ok {
		return nil, unknownEncoding(name)
	}
	switch n {
	case UTF8:
		return unicode.UTF8, nil
	case UTF8BOM:
		return unicode.UTF8BOM, nil
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), nil
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), nil
	case Windows1258:
		return charmap.Windows1258, nil
	}
	return legacyEncoding(n), nil
}

// canonical maps an encoding name, in any letter case and with surrounding
// space, to its constant.
func canonical(name string) (string, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, n := range names {
		if n == name {
			return n, true
		}
	}
	return "", false
}

func unknownEncoding(name string) error {
	return fmt.Errorf("%w %q (supported: %s)", ErrUnknownEncoding, name, strings.Join(names, ", "))
}

// decodeAs decodes input in the canonical encoding name. valid says the
// caller already knows input is valid UTF-8 without a BOM.
func decodeAs(input []byte, name string, valid bool, w *warnings) string {
	switch name {
	case UTF8, UTF8BOM:
		if valid {
			return string(input)
		}
		body, off := trimBOM(input, bomUTF8)
		if utf8.Valid(body) {
			return string(body)
		}
		return decodeUTF8(body, off, w)
	case UTF16LE:
		body, off := trimBOM(input, bomUTF16LE)
		return decodeUTF16(body, false, off, w)
	case UTF16BE:
		body, off := trimBOM(input, bomUTF16BE)
		return decodeUTF16(body, true, off, w)
	}
	out, _, _ := transformAll(newDecoder(name, w), input, len(input)+len(input)/2)
	return string(out)
}

// transformAll runs t over all of src, starting with an output buffer of
// capacity size and growing it as needed. It returns the output, and on a
// transformer error the number of src bytes consumed before it.
func transformAll(t transform.Transformer, src []byte, size int) ([]byte, int, error) {
	dst := make([]byte, size+utf8.UTFMax)
	nDst, nSrc := 0, 0
	for {
		n, m, err := t.Transform(dst[nDst:], src[nSrc:], true)
		nDst += n
		nSrc += m
		if err != transform.ErrShortDst {
			return dst[:nDst], nSrc, err
		}
		// Grow by at least utf8.UTFMax so the next call makes progress.
		bigger := make([]byte, 2*len(dst)+utf8.UTFMax)
		copy(bigger, dst[:nDst])
		dst = bigger
	}
}

// invalidUTF8At returns the offset of the first invalid UTF-8 byte in s, or -1.
func invalidUTF8At(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return -1
}
