package decode

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/syllable"
)

// detection is what detect found.
type detection struct {
	name    string // encoding; "" with err
	valid   bool   // input is valid UTF-8 without BOM, so decoding is a copy
	warning string // a note on the guess, reported at offset 0
	err     error  // ErrBinary
}

// legacyOrder lists the legacy candidates; on equal scores the earlier wins.
var legacyOrder = [...]string{Windows1258, TCVN3, VNI}

// scoreLimit bounds how much of a legacy document the detector decodes and
// scores: a few thousand words settle it, and a long document then costs
// no more than a short one.
const scoreLimit = 64 << 10

// detect guesses the encoding of input. In order: byte order marks; binary
// signatures; NUL bytes, which are UTF-16 when they fall on one parity and
// binary otherwise; valid UTF-8; many control bytes (binary); UTF-8 with
// some bad bytes; and else the legacy encoding whose decoding reads most
// like Vietnamese.
//
// Valid UTF-8 costs a signature check, a NUL search and utf8.Valid, all of
// them fast; control bytes are not counted for it, so UTF-8 text with a few
// stray control characters stays text.
func detect(input []byte) detection {
	switch {
	case bytes.HasPrefix(input, []byte(bomUTF8)):
		return detection{name: UTF8BOM}
	case bytes.HasPrefix(input, []byte(bomUTF16LE)):
		return detection{name: UTF16LE}
	case bytes.HasPrefix(input, []byte(bomUTF16BE)):
		return detection{name: UTF16BE}
	case hasBinarySignature(input):
		return detection{err: ErrBinary}
	}
	if bytes.IndexByte(input, 0) >= 0 {
		switch guessUTF16(input) {
		case UTF16LE:
			return detection{name: UTF16LE, warning: "no BOM; guessed UTF-16LE"}
		case UTF16BE:
			return detection{name: UTF16BE, warning: "no BOM; guessed UTF-16BE"}
		}
		return detection{err: ErrBinary}
	}
	if utf8.Valid(input) {
		return detection{name: UTF8, valid: true}
	}
	if manyControls(input) {
		return detection{err: ErrBinary}
	}
	if mostlyUTF8(input) {
		return detection{name: UTF8}
	}
	return detection{name: bestLegacy(input)}
}

// signatures are the leading bytes of common binary formats that reach a
// text pipeline by mistake: images, archives, PDF, office and executable files.
var signatures = []string{
	"\x89PNG\r\n\x1a\n",
	"\xFF\xD8\xFF", // JPEG
	"GIF87a", "GIF89a",
	"PK\x03\x04", "PK\x05\x06", "PK\x07\x08", // zip, docx, xlsx, epub
	"%PDF-",
	"\x1F\x8B",                         // gzip
	"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", // OLE2: doc, xls
	"Rar!\x1A\x07",
	"7z\xBC\xAF\x27\x1C",
	"\x7FELF",
	"II*\x00", "MM\x00*", // TIFF
	"BZh",
}

func hasBinarySignature(input []byte) bool {
	for _, s := range signatures {
		if bytes.HasPrefix(input, []byte(s)) {
			return true
		}
	}
	// RIFF containers: WebP, WAV, AVI.
	return len(input) >= 12 && bytes.HasPrefix(input, []byte("RIFF"))
}

// guessUTF16 recognizes UTF-16 without BOM by its NUL bytes: the high byte
// of every ASCII or Latin-1 character is NUL, so in Vietnamese text most
// code units have one on the same side and almost none on the other.
func guessUTF16(input []byte) string {
	n := min(len(input), 4096) &^ 1
	if n == 0 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if input[i] == 0 {
			even++
		}
		if input[i+1] == 0 {
			odd++
		}
	}
	units := n / 2
	switch {
	case odd*10 >= units*3 && even*20 <= units:
		return UTF16LE
	case even*10 >= units*3 && odd*20 <= units:
		return UTF16BE
	}
	return ""
}

// manyControls reports whether more than one byte in twenty is a C0
// control other than white space, or DEL: text has almost none.
func manyControls(input []byte) bool {
	n := 0
	for _, b := range input {
		if b < 0x20 && (b < '\t' || b > '\r') || b == 0x7F {
			n++
		}
	}
	return n*20 > len(input)
}

// mostlyUTF8 reports whether input, which is not valid UTF-8, has more valid
// multi-byte sequences than invalid ones: UTF-8 with a few damaged bytes.
// Legacy 8-bit text rarely forms a valid sequence by chance, so once one
// kind outnumbers the other many times over the answer is settled.
func mostlyUTF8(input []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(input); {
		if good+bad >= 256 && (good > 16*bad || bad > 16*good) {
			break
		}
		if input[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(input[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
			i += invalidLen(input[i:])
			continue
		}
		good++
		i += size
	}
	return good > bad
}

// bestLegacy decodes (the start of) input with each legacy encoding and
// returns the one whose text scores best as Vietnamese.
func bestLegacy(input []byte) string {
	if len(input) > scoreLimit {
		input = input[:scoreLimit]
	}
	best, bestScore := legacyOrder[0], 0
	for i, name := range legacyOrder {
		out, _, _ := transformAll(newDecoder(name, nil), input, len(input)+len(input)/2)
		if s := score(out); i == 0 || s > bestScore {
			best, bestScore = name, s
		}
	}
	return best
}

// score rates decoded text as Vietnamese. Every word that has a letter
// outside ASCII counts +1 when it is a well-formed Vietnamese syllable
// (onset, rhyme, at most one tone) and -1 otherwise; U+FFFD and control
// characters count -2. ASCII-only words are the same in every candidate
// and are not counted.
func score(text []byte) int {
	var (
		s      int
		syl    [8]rune // lowercase untoned letters of the current word
		n      int     // letters in the word; may exceed len(syl)
		tones  int
		other  bool // the word has a letter outside ASCII
		broken bool // the word has a rune no Vietnamese syllable has
	)
	endWord := func() {
		if other {
			if !broken && tones <= 1 && n <= len(syl) && syllable.ValidLetters(syl[:n]) {
				s++
			} else {
				s--
			}
		}
		n, tones, other, broken = 0, 0, false, false
	}
	push := func(r rune) {
		if n < len(syl) {
			syl[n] = r
		}
		n++
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(text[i:])
		}
		i += size
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z':
				push(r)
			case 'A' <= r && r <= 'Z':
				push(r + 'a' - 'A')
			default:
				endWord()
				if r < 0x20 && (r < '\t' || r > '\r') || r == 0x7F {
					s -= 2
				}
			}
		case isToneMark(r):
			// windows-1258 writes the tone after its vowel.
			other = true
			if n == 0 || n > len(syl) || !syllable.IsVowel(syl[n-1]) {
				broken = true
			}
			tones++
		default:
			if info := lookupLetter(r); info.base != 0 {
				push(info.base)
				other = true
				if info.tone != 0 {
					tones++
				}
				continue
			}
			if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
				push(r)
				other, broken = true, true
				continue
			}
			endWord()
			if r == utf8.RuneError || r < 0xA0 {
				s -= 2
			}
		}
	}
	endWord()
	return s
}

// lookupLetter returns the base and tone of a Vietnamese letter, or a zero
// letterInfo.
func lookupLetter(r rune) letterInfo {
	switch {
	case r >= 0x00C0 && r < 0x00C0+rune(len(lettersLatin)):
		return lettersLatin[r-0x00C0]
	case r >= 0x1EA0 && r < 0x1EA0+rune(len(lettersExt)):
		return lettersExt[r-0x1EA0]
	}
	return letterInfo{}
}
