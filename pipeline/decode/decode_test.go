package decode

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// letterRows lists every Vietnamese vowel in the six tones (ngang, huyền,
// hỏi, ngã, sắc, nặng), typed by hand rather than taken from the
// generated tables, so the tests check the generator too.
var letterRows = []string{
	"a à ả ã á ạ",
	"ă ằ ẳ ẵ ắ ặ",
	"â ầ ẩ ẫ ấ ậ",
	"e è ẻ ẽ é ẹ",
	"ê ề ể ễ ế ệ",
	"i ì ỉ ĩ í ị",
	"o ò ỏ õ ó ọ",
	"ô ồ ổ ỗ ố ộ",
	"ơ ờ ở ỡ ớ ợ",
	"u ù ủ ũ ú ụ",
	"ư ừ ử ữ ứ ự",
	"y ỳ ỷ ỹ ý ỵ",
	"đ",
}

// allLetters returns every letter in every tone, lowercase then uppercase.
func allLetters() []string {
	var out []string
	for _, row := range letterRows {
		out = append(out, strings.Fields(row)...)
	}
	for _, row := range letterRows {
		out = append(out, strings.Fields(strings.ToUpper(row))...)
	}
	return out
}

// tcvn3Text is what TCVN3 gives back for s: toned Vietnamese capitals come
// back lowercase; the seven capitals TCVN3 has, and other capitals such as
// windows-1252's Ÿ, stay.
func tcvn3Text(s string) string {
	return strings.Map(func(r rune) rune {
		if lookupLetter(r).base != 0 && unicode.IsUpper(r) && !strings.ContainsRune("ĂÂÊÔƠƯĐ", r) {
			return unicode.ToLower(r)
		}
		return r
	}, s)
}

// expectBack is the text Decode returns for s encoded in name, compared
// the way each encoding allows.
func expectBack(s, name string) string {
	switch name {
	case TCVN3:
		return tcvn3Text(s)
	case Windows1258:
		return norm.NFC.String(s)
	}
	return s
}

func got(text, name string) string {
	if name == Windows1258 {
		return norm.NFC.String(text)
	}
	return text
}

func TestRoundTripEveryLetter(t *testing.T) {
	letters := allLetters()
	if len(letters) != 12*6*2+2 {
		t.Fatalf("letter list has %d letters, want %d", len(letters), 12*6*2+2)
	}
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			for _, l := range letters {
				// Surround the letter so a VNI mark cannot attach across it.
				s := "x" + l + "n " + l
				b, err := Encode(s, name)
				if err != nil {
					t.Errorf("Encode(%q): %v", s, err)
					continue
				}
				res, err := Decode(b, name)
				if err != nil {
					t.Errorf("Decode(% x): %v", b, err)
					continue
				}
				if g, want := got(res.Text, name), expectBack(s, name); g != want {
					t.Errorf("%q -> % x -> %q, want %q", s, b, res.Text, want)
				}
				if len(res.Warnings) != 0 {
					t.Errorf("%q: warnings %v", s, res.Warnings)
				}
			}
			// All letters at once, touching each other.
			s := strings.Join(letters, "")
			b, err := Encode(s, name)
			if err != nil {
				t.Fatalf("Encode(all): %v", err)
			}
			res, err := Decode(b, name)
			if err != nil {
				t.Fatalf("Decode(all): %v", err)
			}
			if g, want := got(res.Text, name), expectBack(s, name); g != want {
				t.Errorf("all letters: got %q, want %q", g, want)
			}
		})
	}
}

// latin1 turns a string of Latin-1 characters into its bytes, so legacy
// fixtures can be typed the way they look when shown as Latin-1: VNI's
// "Vieät Nam", TCVN3's "ViÖt Nam".
func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xFF {
			panic("latin1: not a Latin-1 character: " + string(r))
		}
		b = append(b, byte(r))
	}
	return b
}

type fixture struct {
	bytes string // Latin-1 view of the encoded bytes
	text  string
}

// tcvn3Fixtures are encoded by hand from the TCVN3 chart; together they
// use every lowercase letter code and the seven capitals.
var tcvn3Fixtures = []fixture{
	{"ViÖt Nam", "Việt Nam"},
	{"Qu©n ®éi nh©n d©n", "Quân đội nhân dân"},
	{"§¶ng Céng s¶n", "Đảng Cộng sản"},
	{"Tr\u00adêng SÜ quan", "Trường Sĩ quan"},
	{"Th\u00adîng t¸, ThiÕu t\u00adíng", "Thượng tá, Thiếu tướng"},
	{"h¹ c¶ ®· t¸ t¹i hµ", "hạ cả đã tá tại hà"},
	{"b»ng h¼n n½ng th¾ng ®Æc n¨m", "bằng hẳn nẵng thắng đặc năm"},
	{"cÇu Èm lÉy dÊu mËu", "cầu ẩm lẫy dấu mậu"},
	{"vÌ mÎ vÏ bÐ mÑ", "vè mẻ vẽ bé mẹ"},
	{"vÒ kÓ nghÔ hÕt lÖ ªm", "về kể nghễ hết lệ êm"},
	{"k× tØnh vÜnh chÝ thÞ", "kì tỉnh vĩnh chí thị"},
	{"lß nhá vâ cã häc", "lò nhỏ võ có học"},
	{"hå tæ ®ç quèc ®éi «ng", "hồ tổ đỗ quốc đội ông"},
	{"cê ë rì víi ®\u00adîc ¬n", "cờ ở rỡ với được ơn"},
	{"thï cña còng cóng vô", "thù của cũng cúng vụ"},
	{"nh\u00ad thõa sö nh÷ng tø sù", "như thừa sử những tứ sự"},
	{"kú tû kü lý Mþ", "kỳ tỷ kỹ lý Mỵ"},
	{"¡ ¢ £ ¤ ¥ ¦ §", "Ă Â Ê Ô Ơ Ư Đ"},
}

// vniFixtures are encoded by hand from the VNI-Windows chart.
var vniFixtures = []fixture{
	{"Vieät Nam", "Việt Nam"},
	{"Quaân ñoäi nhaân daân", "Quân đội nhân dân"},
	{"Ñaûng Coäng saûn", "Đảng Cộng sản"},
	{"Tröôøng Só quan", "Trường Sĩ quan"},
	{"Thöôïng taù, Thieáu töôùng", "Thượng tá, Thiếu tướng"},
	{"haï caû ñaõ taù taïi haø", "hạ cả đã tá tại hà"},
	{"baèng haún naüng thaéng ñaëc naêm", "bằng hẳn nẵng thắng đặc năm"},
	{"caàu aåm laãy daáu maäu", "cầu ẩm lẫy dấu mậu"},
	{"veø meû veõ beù meï", "vè mẻ vẽ bé mẹ"},
	{"veà keå ngheã heát leä eâm", "về kể nghễ hết lệ êm"},
	{"kì tænh vónh chí thò", "kì tỉnh vĩnh chí thị"},
	{"loø nhoû voõ coù hoïc", "lò nhỏ võ có học"},
	{"hoà toå ñoã quoác ñoäi oâng", "hồ tổ đỗ quốc đội ông"},
	{"côø ôû rôõ vôùi ñöôïc ôn", "cờ ở rỡ với được ơn"},
	{"thuø cuûa cuõng cuùng vuï", "thù của cũng cúng vụ"},
	{"nhö thöøa söû nhöõng töù söï", "như thừa sử những tứ sự"},
	{"kyø tyû kyõ lyù Mî", "kỳ tỷ kỹ lý Mỵ"},
	{"ÑAÏI HOÄI THI ÑUA QUYEÁT THAÉNG", "ĐẠI HỘI THI ĐUA QUYẾT THẮNG"},
	{"TRÖÔØNG SÓ QUAN, TÆNH, THÒ, MÎ", "TRƯỜNG SĨ QUAN, TỈNH, THỊ, MỴ"},
	{"AÊ AÂ EÂ OÂ Ô Ö Ñ Ì Í", "Ă Â Ê Ô Ơ Ư Đ Ì Í"},
	{"AØ AÛ AÕ AÙ AÏ AÈ AÚ AÜ AÉ AË AÀ AÅ AÃ AÁ AÄ", "À Ả Ã Á Ạ Ằ Ẳ Ẵ Ắ Ặ Ầ Ẩ Ẫ Ấ Ậ"},
}

func TestHandFixtures(t *testing.T) {
	for _, tc := range []struct {
		name     string
		fixtures []fixture
	}{{TCVN3, tcvn3Fixtures}, {VNI, vniFixtures}} {
		for _, f := range tc.fixtures {
			b := latin1(f.bytes)
			res, err := Decode(b, tc.name)
			if err != nil || res.Text != f.text || res.Encoding != tc.name || len(res.Warnings) != 0 {
				t.Errorf("Decode(%q, %s) = %q %q %v, %v; want %q", f.bytes, tc.name, res.Text, res.Encoding, res.Warnings, err, f.text)
			}
			enc, err := Encode(f.text, tc.name)
			if err != nil || !bytes.Equal(enc, b) {
				t.Errorf("Encode(%q, %s) = %q, %v; want %q", f.text, tc.name, enc, err, b)
			}
		}
	}
}

func TestDecodeExact(t *testing.T) {
	tests := []struct {
		name, in, enc string
		want          string
		warnings      []Warning
	}{
		{"tcvn3 VnTimeH capitals", "QUYÕT TH¾NG", TCVN3, "QUYếT THắNG", nil},
		{"tcvn3 unassigned", "a°b", TCVN3, "a\uFFFDb",
			[]Warning{{1, "byte 0xB0 at byte 1 is not assigned in tcvn3"}}},
		{"tcvn3 windows-1252 punctuation", "\u0093a\u0094 \u0096 \u0085", TCVN3, "“a” – …", nil},
		{"vni stray marks", "nù ñeâ", VNI, "n\u0301 đê", nil},
		{"vni mark alone at start", "øa", VNI, "\u0300a", nil},
		{"vni circumflex tone alone", "xá", VNI, "x\u0302\u0301", nil},
		{"vni breve on e is not a letter", "eê", VNI, "e\u0306", nil},
		{"vni lenient shape then tone", "aâù", VNI, "ấ", nil},
		{"vni lowercase base, capital mark", "aÙ", VNI, "á", nil},
		{"vni base at end", "Ha", VNI, "Ha", nil},
		{"vni undefined cp1252 byte", "a\u0081", VNI, "a\uFFFD",
			[]Warning{{1, "byte 0x81 at byte 1 is not assigned in vni"}}},
		{"windows-1258 keeps combining tones", "Vi\xea\xf2t", Windows1258, "Viê\u0323t", nil},
		{"windows-1258 undefined", "\x81x", Windows1258, "\uFFFDx",
			[]Warning{{0, "byte 0x81 at byte 0 is not assigned in windows-1258"}}},
		{"utf-8 BOM stripped", "\xEF\xBB\xBFĐà", UTF8BOM, "Đà", nil},
		{"utf-8 named, BOM stripped too", "\xEF\xBB\xBFĐà", UTF8, "Đà", nil},
		{"utf-8 invalid byte offsets", "Việt\xffNam \xe1\xbaquân\xc0", UTF8, "Việt\uFFFDNam \uFFFDquân\uFFFD",
			[]Warning{{6, "invalid UTF-8 at byte 6"}, {11, "invalid UTF-8 at byte 11"}, {18, "invalid UTF-8 at byte 18"}}},
		{"utf-8 offsets count the BOM", "\xEF\xBB\xBFa\xff", UTF8BOM, "a\uFFFD",
			[]Warning{{4, "invalid UTF-8 at byte 4"}}},
		{"utf-16le", "\xFF\xFEa\x00\xb0\x1e", UTF16LE, "a\u1eb0", nil},
		{"utf-16be surrogate pair", "\xFE\xFF\xD8\x3D\xDE\x00", UTF16BE, "😀", nil},
		{"utf-16le unpaired surrogate", "\xFF\xFE\x3D\xD8a\x00", UTF16LE, "\uFFFDa",
			[]Warning{{2, "unpaired UTF-16 surrogate at byte 2"}}},
		{"utf-16le odd byte", "\xFF\xFEa\x00b", UTF16LE, "a\uFFFD",
			[]Warning{{4, "odd trailing byte at byte 4 cut a UTF-16 code unit"}}},
		{"name in capitals", "Vieät", "VNI", "Việt", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := []byte(tc.in)
			if tc.enc == TCVN3 || tc.enc == VNI || tc.enc == "VNI" {
				in = latin1(tc.in)
			}
			res, err := Decode(in, tc.enc)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if res.Text != tc.want {
				t.Errorf("Text = %q, want %q", res.Text, tc.want)
			}
			if !equalWarnings(res.Warnings, tc.warnings) {
				t.Errorf("Warnings = %v, want %v", res.Warnings, tc.warnings)
			}
			if !utf8.ValidString(res.Text) {
				t.Errorf("Text is not valid UTF-8")
			}
		})
	}
}

func equalWarnings(a, b []Warning) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestWarningCap(t *testing.T) {
	var in []byte
	for i := 0; i < 30; i++ {
		in = append(in, "Tiếng Việt\xff "...)
	}
	res, err := Decode(in, "")
	if err != nil {
		t.Fatal(err)
	}
	if res.Encoding != UTF8 {
		t.Fatalf("Encoding = %q, want utf-8", res.Encoding)
	}
	if len(res.Warnings) != maxWarnings+1 {
		t.Fatalf("%d warnings, want %d", len(res.Warnings), maxWarnings+1)
	}
	const step = len("Tiếng Việt\xff ")
	for i, w := range res.Warnings[:maxWarnings] {
		if off := int64(i*step + step - 2); w.Offset != off {
			t.Errorf("warning %d at %d, want %d", i, w.Offset, off)
		}
	}
	first := int64(maxWarnings*step + step - 2)
	want := Warning{first, "10 more warnings not listed, the first at byte " + strconv.FormatInt(first, 10)}
	if last := res.Warnings[maxWarnings]; last != want {
		t.Errorf("summary = %v, want %v", last, want)
	}
	if n := strings.Count(res.Text, "\uFFFD"); n != 30 {
		t.Errorf("%d U+FFFD, want 30", n)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, in, enc string
		err           error
		wantEnc       string
	}{
		{"unknown", "abc", "latin-9", ErrUnknownEncoding, ""},
		{"empty", "", "", ErrEmpty, UTF8},
		{"white space", " \t\r\n \u00a0", "", ErrEmpty, UTF8},
		{"BOM only", "\xEF\xBB\xBF", "", ErrEmpty, UTF8BOM},
		{"UTF-16 BOM and spaces", "\xFF\xFE \x00\n\x00", "", ErrEmpty, UTF16LE},
		{"named and empty", "", VNI, ErrEmpty, VNI},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "", ErrBinary, ""},
		{"pdf", "%PDF-1.7\n%âãÏÓ\n", "", ErrBinary, ""},
		{"zip", "PK\x03\x04\x14\x00\x06\x00", "", ErrBinary, ""},
		{"jpeg", "\xFF\xD8\xFF\xE0\x00\x10JFIF", "", ErrBinary, ""},
		{"NUL in text", "Việt Nam\x00\x00\x00\x01\x02 quân đội và nhân dân", "", ErrBinary, ""},
		{"control bytes", "ab\x01\x02\x03\x04cd\x05\x06\x07\x08\xe9\x0e\x0f", "", ErrBinary, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Decode([]byte(tc.in), tc.enc)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if res.Text != "" || res.Encoding != tc.wantEnc {
				t.Errorf("Result = %+v, want empty text and encoding %q", res, tc.wantEnc)
			}
			if tc.err == ErrBinary {
				if d := Detect([]byte(tc.in)); d != "" {
					t.Errorf("Detect = %q, want \"\"", d)
				}
			}
		})
	}
	if _, err := Encode("x", "ascii"); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("Encode unknown: %v", err)
	}
}

func TestEncodeErrors(t *testing.T) {
	tests := []struct {
		text, enc, msg string
	}{
		{"Việt 中", TCVN3, "tcvn3 has no code for '中' (U+4E2D) at byte 7"},
		{"aß©", TCVN3, "tcvn3 has no code for 'ß' (U+00DF) at byte 1"},
		{"ok \u0301", VNI, "(U+0301) at byte 3"},
		{"€ ₫ ǎ", Windows1258, "windows-1258 has no code for 'ǎ' (U+01CE) at byte 8"},
		{"a\xffb", VNI, "invalid UTF-8 at byte 1"},
	}
	for _, tc := range tests {
		_, err := Encode(tc.text, tc.enc)
		if !errors.Is(err, ErrUnmappable) || !strings.HasSuffix(err.Error(), tc.msg) {
			t.Errorf("Encode(%q, %s) error = %v, want ...%s", tc.text, tc.enc, err, tc.msg)
		}
	}
}

func TestEncodeForms(t *testing.T) {
	tests := []struct{ text, enc, want string }{
		{"Ế", Windows1258, "\xCA\xEC"},    // Ê + combining acute
		{"ậ", Windows1258, "\xE2\xF2"},    // â + dot below
		{"á", Windows1258, "\xE1"},        // precomposed where the code page has it
		{"Ỵ", Windows1258, "Y\xF2"},       // ASCII base + dot below
		{"Đà", UTF8BOM, "\xEF\xBB\xBFĐà"}, //
		{"Đa", UTF16LE, "\xFF\xFE\x10\x01a\x00"},
		{"Đa", UTF16BE, "\xFE\xFF\x01\x10\x00a"},
		{"ẤN", TCVN3, "\xCAN"}, // toned capital written with the lowercase code
	}
	for _, tc := range tests {
		b, err := Encode(tc.text, tc.enc)
		if err != nil || string(b) != tc.want {
			t.Errorf("Encode(%q, %s) = %q, %v; want %q", tc.text, tc.enc, b, err, tc.want)
		}
	}
}

// TestStreaming feeds the Lookup decoders one byte at a time, so VNI must
// wait for a possible mark at every chunk end.
func TestStreaming(t *testing.T) {
	text := readSample(t)
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			enc, err := Encode(text, name)
			if err != nil {
				t.Fatal(err)
			}
			e, err := Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			r := transform.NewReader(iotest.OneByteReader(bytes.NewReader(enc)), e.NewDecoder())
			streamed, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Decode(enc, name)
			if err != nil {
				t.Fatal(err)
			}
			if string(streamed) != res.Text {
				t.Errorf("streamed decoding differs from Decode")
			}
			back, err := e.NewEncoder().Bytes([]byte(res.Text))
			if name != Windows1258 && (err != nil || !bytes.Equal(back, enc)) {
				t.Errorf("Lookup encoder: %v, equal %v", err, bytes.Equal(back, enc))
			}
		})
	}
	if _, err := Lookup("koi8-r"); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("Lookup unknown: %v", err)
	}
}

func TestNames(t *testing.T) {
	want := "utf-8 utf-8-bom utf-16le utf-16be windows-1258 tcvn3 vni"
	if g := strings.Join(Names(), " "); g != want {
		t.Errorf("Names = %s, want %s", g, want)
	}
	Names()[0] = "changed"
	if Names()[0] != UTF8 {
		t.Error("Names shares its slice with the caller")
	}
}
