//go:build ignore

// This program generates tables.go: the TCVN3 and VNI-Windows mapping tables
// and the table of Vietnamese letters used by the detector and the
// windows-1258 encoder. Run it with "go generate" in this directory.
//
// The byte values below are the mapping source: they are transcribed from
// the published charts of TCVN 5712:1993 (the VN3 subset used by the ABC
// .VnTime/.VnTimeH fonts) and of the VNI-Windows font encoding. Unicode
// code points are never typed by hand: every letter is composed with
// norm.NFC from an ASCII base and combining marks, so a slip in a code point
// cannot happen here; a slip in a byte value is caught by the hand-written
// byte fixtures in the tests.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"log"
	"os"
	"sort"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// toneMarks are the combining marks of the six tones, in the order TCVN3
// lists them: ngang (none), huyền, hỏi, ngã, sắc, nặng. Every table in this
// file and in the package uses this order.
var toneMarks = [6]rune{0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323}

var toneNames = [6]string{"ngang", "huyền", "hỏi", "ngã", "sắc", "nặng"}

// Shape marks turn a base letter into another vowel letter.
const (
	circumflex = 0x0302 // â ê ô
	breve      = 0x0306 // ă
	horn       = 0x031B // ơ ư
)

// vowels are the twelve Vietnamese vowel letters as an ASCII base and a
// shape mark, in the order the package's tables use.
var vowels = [12]struct {
	name  string
	base  rune
	shape rune
}{
	{"a", 'a', 0}, {"ă", 'a', breve}, {"â", 'a', circumflex},
	{"e", 'e', 0}, {"ê", 'e', circumflex},
	{"i", 'i', 0},
	{"o", 'o', 0}, {"ô", 'o', circumflex}, {"ơ", 'o', horn},
	{"u", 'u', 0}, {"ư", 'u', horn},
	{"y", 'y', 0},
}

// tcvn3Lower gives the TCVN3 byte of each lowercase vowel letter in each
// tone (order of toneMarks). In the chart the toned letters of one vowel
// are consecutive, except where VN1 (the full standard) puts an uppercase
// letter in between; VN3 leaves those positions unused.
var tcvn3Lower = [12][6]byte{
	/* a */ {'a', 0xB5, 0xB6, 0xB7, 0xB8, 0xB9},
	/* ă */ {0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6},
	/* â */ {0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB},
	/* e */ {'e', 0xCC, 0xCE, 0xCF, 0xD0, 0xD1},
	/* ê */ {0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6},
	/* i */ {'i', 0xD7, 0xD8, 0xDC, 0xDD, 0xDE},
	/* o */ {'o', 0xDF, 0xE1, 0xE2, 0xE3, 0xE4},
	/* ô */ {0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9},
	/* ơ */ {0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE},
	/* u */ {'u', 0xEF, 0xF1, 0xF2, 0xF3, 0xF4},
	/* ư */ {0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9},
	/* y */ {'y', 0xFA, 0xFB, 0xFC, 0xFD, 0xFE},
}

// tcvn3Upper lists the only uppercase letters with diacritics that TCVN3
// (VN3) has; toned uppercase letters are written with the lowercase codes
// in the .VnTimeH font.
var tcvn3Upper = map[string]byte{
	"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
	"đ": 0xAE,
}

// tcvn3NBSP is the no-break space, kept at its Latin-1 position.
const tcvn3NBSP = 0xA0

// VNI-Windows writes a letter as an ASCII base (or the single bytes for ơ
// and ư) followed by one mark byte. The values are for lowercase letters;
// the uppercase form of every non-ASCII byte below is the byte minus 0x20
// (ø 0xF8 → Ø 0xD8), as in Latin-1.
var (
	// vniTone is the mark byte of each tone after a, e, o, u, y, ơ, ư.
	vniTone = [6]byte{0, 0xF8 /* ø */, 0xFB /* û */, 0xF5 /* õ */, 0xF9 /* ù */, 0xEF /* ï */}
	// vniCircumflex is the mark of â ê ô in each tone (one byte for both).
	vniCircumflex = [6]byte{0xE2 /* â */, 0xE0 /* à */, 0xE5 /* å */, 0xE3 /* ã */, 0xE1 /* á */, 0xE4 /* ä */}
	// vniBreve is the mark of ă in each tone.
	vniBreve = [6]byte{0xEA /* ê */, 0xE8 /* è */, 0xFA /* ú */, 0xFC /* ü */, 0xE9 /* é */, 0xEB /* ë */}
	// vniI gives i in each tone as a single byte: a mark on i would collide
	// with its dot.
	vniI = [6]byte{'i', 0xEC /* ì */, 0xE6 /* æ */, 0xF3 /* ó */, 0xED /* í */, 0xF2 /* ò */}
)

const (
	vniO  = 0xF4 // ô: ơ, which then takes tone marks
	vniU  = 0xF6 // ö: ư, which then takes tone marks
	vniD  = 0xF1 // ñ: đ
	vniYj = 0xEE // î: ỵ, a single byte for the same reason as vniI
)

// vniBases are the bytes that can carry a VNI mark, in the order of the
// generated vniCompose table.
var vniBases = [8]struct {
	name string
	b    byte
	base string // the letter as base + marks, for composing
}{
	{"a", 'a', "a"}, {"e", 'e', "e"}, {"i", 'i', "i"}, {"o", 'o', "o"},
	{"u", 'u', "u"}, {"y", 'y', "y"}, {"ơ", vniO, "o\u031B"}, {"ư", vniU, "u\u031B"},
}

var vniShapes = [3]string{"", "\u0302", "\u0306"} // none, circumflex, breve

func compose(s string) rune {
	r := []rune(norm.NFC.String(s))
	if len(r) != 1 {
		return 0
	}
	return r[0]
}

func letter(v, tone int) rune {
	s := string(vowels[v].base)
	if vowels[v].shape != 0 {
		s += string(vowels[v].shape)
	}
	if toneMarks[tone] != 0 {
		s += string(toneMarks[tone])
	}
	r := compose(s)
	if r == 0 {
		log.Fatalf("%s in tone %s does not compose", vowels[v].name, toneNames[tone])
	}
	return r
}

func upperByte(b byte) byte {
	if b < 0x80 {
		return byte(unicode.ToUpper(rune(b)))
	}
	return b - 0x20
}

// cp1252 decodes the 0x80–0x9F range, which both legacy fonts leave to the
// Windows code page (quotes, dashes, ellipsis).
func cp1252(b byte) rune { return charmap.Windows1252.DecodeByte(b) }

type out struct{ bytes.Buffer }

func (o *out) f(format string, args ...any) { fmt.Fprintf(&o.Buffer, format, args...) }

func main() {
	var o out
	o.f("// Code generated by gen.go; DO NOT EDIT.\n\npackage decode\n\n")

	genLetters(&o)
	genTCVN3(&o)
	genVNI(&o)

	src, err := format.Source(o.Bytes())
	if err != nil {
		os.WriteFile("tables.go.broken", o.Bytes(), 0o644)
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// genLetters writes the list of Vietnamese letters with diacritics and the
// lookup tables that map each to its base vowel and tone.
func genLetters(o *out) {
	type info struct {
		base rune
		tone int
	}
	all := map[rune]info{}
	var order []rune
	add := func(r rune, in info) {
		if r < 0x80 {
			return
		}
		if _, dup := all[r]; dup {
			log.Fatalf("duplicate letter %q", r)
		}
		all[r] = in
		order = append(order, r)
	}
	for v := range vowels {
		base := letter(v, 0)
		for t := range toneMarks {
			add(letter(v, t), info{base, t})
		}
		for t := range toneMarks {
			add(unicode.ToUpper(letter(v, t)), info{base, t})
		}
	}
	add('đ', info{'đ', 0})
	add('Đ', info{'đ', 0})

	o.f("// vietLetters lists every Vietnamese letter that is not ASCII: the twelve\n")
	o.f("// vowels in six tones, lowercase then uppercase, and đ Đ.\n")
	o.f("var vietLetters = [...]rune{")
	for i, r := range order {
		if i%12 == 0 {
			o.f("\n")
		}
		o.f("%q, ", r)
	}
	o.f("\n}\n\n")

	o.f("// letterInfo gives the lowercase untoned base vowel (or đ) and the tone\n")
	o.f("// (0 ngang, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng) of a Vietnamese letter.\n")
	o.f("type letterInfo struct {\n\tbase rune\n\ttone uint8\n}\n\n")
	ranges := []struct {
		name   string
		lo, hi rune
	}{{"lettersLatin", 0x00C0, 0x01B0}, {"lettersExt", 0x1EA0, 0x1EF9}}
	covered := 0
	for _, rg := range ranges {
		o.f("// %s covers U+%04X..U+%04X; a zero base means not a Vietnamese letter.\n", rg.name, rg.lo, rg.hi)
		o.f("var %s = [%#x]letterInfo{\n", rg.name, rg.hi-rg.lo+1)
		for r := rg.lo; r <= rg.hi; r++ {
			if in, ok := all[r]; ok {
				o.f("\t%#x: {%q, %d}, // %c\n", r-rg.lo, in.base, in.tone, r)
				covered++
			}
		}
		o.f("}\n\n")
	}
	if covered != len(all) {
		log.Fatalf("letter ranges cover %d of %d letters", covered, len(all))
	}
}

// genTCVN3 writes the TCVN3 decoding array and encoding map.
func genTCVN3(o *out) {
	var dec [256]rune
	enc := map[rune]byte{}
	for b := 0; b < 0x80; b++ {
		dec[b] = rune(b)
	}
	for b := 0x80; b < 0xA0; b++ {
		dec[b] = cp1252(byte(b))
	}
	for b := 0xA0; b < 0x100; b++ {
		dec[b] = 0xFFFD
	}
	dec[tcvn3NBSP] = 0xA0
	set := func(b byte, r rune) {
		if b >= 0x80 && dec[b] != 0xFFFD {
			log.Fatalf("tcvn3: byte %#x assigned twice", b)
		}
		dec[b] = r
	}
	for v := range vowels {
		for t, b := range tcvn3Lower[v] {
			r := letter(v, t)
			if b < 0x80 {
				if rune(b) != r {
					log.Fatalf("tcvn3: %q is not ASCII %q", r, b)
				}
				continue
			}
			set(b, r)
			enc[r] = b
		}
	}
	for s, b := range tcvn3Upper {
		r := []rune(s)[0]
		set(b, r)
		enc[r] = b
	}
	for b := 0x80; b < 0x100; b++ {
		if r := dec[b]; r != 0xFFFD && b < 0xA0 || b == tcvn3NBSP {
			enc[r] = byte(b)
		}
	}
	// Toned uppercase letters have no code; the .VnTimeH font shows the
	// lowercase codes as capitals, so encode them that way.
	for v := range vowels {
		for t := range toneMarks {
			up := unicode.ToUpper(letter(v, t))
			if _, ok := enc[up]; !ok && up >= 0x80 {
				enc[up] = enc[letter(v, t)]
			}
		}
	}

	o.f("// tcvn3Decode maps each TCVN3 byte to its rune. ASCII is unchanged,\n")
	o.f("// 0x80–0x9F follow windows-1252, and bytes TCVN3 leaves unassigned\n")
	o.f("// are U+FFFD.\n")
	o.f("var tcvn3Decode = [256]rune{")
	for b := 0; b < 256; b++ {
		if b%8 == 0 {
			o.f("\n\t")
		}
		o.f("%#04x, ", dec[b])
	}
	o.f("\n}\n\n")

	o.f("// tcvn3Encode maps each non-ASCII rune TCVN3 can write to its byte;\n")
	o.f("// toned uppercase letters map to the lowercase codes (.VnTimeH).\n")
	o.f("var tcvn3Encode = map[rune]byte{\n")
	vals := map[rune]string{}
	for r, b := range enc {
		vals[r] = fmt.Sprintf("%#02x", b)
	}
	writeSorted(o, vals)
	o.f("}\n\n")
}

// writeSorted writes map entries in rune order so the output is stable.
func writeSorted(o *out, vals map[rune]string) {
	keys := make([]rune, 0, len(vals))
	for r := range vals {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		o.f("\t%#04x: %s, // %c\n", r, vals[r], r)
	}
}

// genVNI writes the VNI byte classes, the composition table and the
// encoding map.
func genVNI(o *out) {
	type class struct {
		kind        string
		idx         int
		shape, tone int
		upper       bool
		r           rune
	}
	var cls [256]class
	for b := 0; b < 0x100; b++ {
		r := rune(b) // Latin-1 for the bytes VNI leaves alone
		if b >= 0x80 && b < 0xA0 {
			r = cp1252(byte(b))
		}
		cls[b] = class{kind: "vniPlain", r: r}
	}
	assigned := map[byte]string{}
	set := func(b byte, c class, what string) {
		if prev, ok := assigned[b]; ok {
			log.Fatalf("vni: byte %#x is both %s and %s", b, prev, what)
		}
		assigned[b] = what
		cls[b] = c
	}
	for upper := 0; upper < 2; upper++ {
		ub := func(b byte) byte {
			if upper == 1 {
				return upperByte(b)
			}
			return b
		}
		ur := func(r rune) rune {
			if upper == 1 {
				return unicode.ToUpper(r)
			}
			return r
		}
		for i, vb := range vniBases {
			set(ub(vb.b), class{kind: "vniVowel", idx: i, upper: upper == 1, r: ur(compose(vb.base))}, vb.name)
		}
		for t := 1; t < 6; t++ {
			set(ub(vniTone[t]), class{kind: "vniMark", tone: t}, "tone "+toneNames[t])
		}
		for t := 0; t < 6; t++ {
			set(ub(vniCircumflex[t]), class{kind: "vniMark", shape: 1, tone: t}, "circumflex "+toneNames[t])
			set(ub(vniBreve[t]), class{kind: "vniMark", shape: 2, tone: t}, "breve "+toneNames[t])
		}
		for t := 1; t < 6; t++ {
			set(ub(vniI[t]), class{kind: "vniPlain", r: ur(letter(5, t))}, "i "+toneNames[t])
		}
		set(ub(vniD), class{kind: "vniPlain", r: ur('đ')}, "đ")
		set(ub(vniYj), class{kind: "vniPlain", r: ur(letter(11, 5))}, "ỵ")
	}

	o.f("// vniTable classifies every VNI-Windows byte: a letter or symbol\n")
	o.f("// decoded on its own (vniPlain), a base that may take marks (vniVowel),\n")
	o.f("// or a mark (vniMark). Bytes VNI leaves alone decode as Latin-1, and\n")
	o.f("// 0x80–0x9F as windows-1252.\n")
	o.f("var vniTable = [256]vniClass{\n")
	for b, c := range cls {
		o.f("\t%#02x: {kind: %s", b, c.kind)
		if c.kind == "vniVowel" {
			o.f(", idx: %d", c.idx)
		}
		if c.shape != 0 {
			o.f(", shape: %d", c.shape)
		}
		if c.tone != 0 {
			o.f(", tone: %d", c.tone)
		}
		if c.upper {
			o.f(", upper: true")
		}
		if c.kind != "vniMark" {
			o.f(", r: %#04x", c.r)
		}
		o.f("},")
		if name, ok := assigned[byte(b)]; ok {
			o.f(" // %s", name)
		}
		o.f("\n")
	}
	o.f("}\n\n")

	o.f("// vniCompose gives the letter for [upper][base][shape][tone], where base\n")
	o.f("// indexes a e i o u y ơ ư and shape is none, circumflex or breve; zero\n")
	o.f("// marks a combination that is not a Vietnamese letter.\n")
	o.f("var vniCompose = [2][8][3][6]rune{\n")
	for upper := 0; upper < 2; upper++ {
		o.f("\t{\n")
		for _, vb := range vniBases {
			o.f("\t\t{ // %s\n", vb.name)
			for _, shape := range vniShapes {
				o.f("\t\t\t{")
				for t := range toneMarks {
					r := rune(0)
					if c := compose(vb.base + shape); c != 0 && isVowel(c) {
						tm := ""
						if toneMarks[t] != 0 {
							tm = string(toneMarks[t])
						}
						r = compose(string(c) + tm)
						if upper == 1 {
							r = unicode.ToUpper(r)
						}
					}
					o.f("%#04x, ", r)
				}
				o.f("},\n")
			}
			o.f("\t\t},\n")
		}
		o.f("\t},\n")
	}
	o.f("}\n\n")

	enc := map[rune]string{}
	for v := range vowels {
		for t := range toneMarks {
			var seq []byte
			switch {
			case v == 5: // i
				seq = []byte{vniI[t]}
			case v == 11 && t == 5: // ỵ
				seq = []byte{vniYj}
			default:
				switch vowels[v].name {
				case "ơ":
					seq = []byte{vniO}
				case "ư":
					seq = []byte{vniU}
				default:
					seq = []byte{byte(vowels[v].base)}
				}
				switch vowels[v].shape {
				case circumflex:
					seq = append(seq, vniCircumflex[t])
				case breve:
					seq = append(seq, vniBreve[t])
				default:
					if t > 0 {
						seq = append(seq, vniTone[t])
					}
				}
			}
			r := letter(v, t)
			up := make([]byte, len(seq))
			for i, b := range seq {
				up[i] = upperByte(b)
			}
			if r >= 0x80 {
				enc[r] = string(seq)
			}
			if u := unicode.ToUpper(r); u >= 0x80 {
				enc[u] = string(up)
			}
		}
	}
	enc['đ'] = string([]byte{vniD})
	enc['Đ'] = string([]byte{upperByte(vniD)})
	for b := 0x80; b < 0x100; b++ {
		// Bytes VNI leaves alone decode as Latin-1; write them back, except
		// ý Ý, which VNI writes as y + mark like every other toned letter.
		if _, ok := enc[cls[b].r]; !ok && assigned[byte(b)] == "" && cls[b].r != 0xFFFD {
			enc[cls[b].r] = string([]byte{byte(b)})
		}
	}
	o.f("// vniEncode maps each non-ASCII rune VNI-Windows can write to its bytes.\n")
	o.f("var vniEncode = map[rune]string{\n")
	vals := map[rune]string{}
	for r, s := range enc {
		vals[r] = fmt.Sprintf("%q", s)
	}
	writeSorted(o, vals)
	o.f("}\n")
}

// isVowel reports whether r is one of the twelve lowercase vowel letters.
func isVowel(r rune) bool {
	for v := range vowels {
		if letter(v, 0) == r {
			return true
		}
	}
	return false
}
