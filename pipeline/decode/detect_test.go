package decode

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

const sampleFile = "testdata/tin-quan-khu.txt"

func readSample(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(sampleFile)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// encodeLossy encodes text, dropping the runes name cannot write, so any
// text can be turned into a detection fixture.
func encodeLossy(tb testing.TB, text, name string) []byte {
	tb.Helper()
	if b, err := Encode(text, name); err == nil {
		return b
	}
	var kept strings.Builder
	for _, r := range text {
		if _, err := Encode(string(r), name); err == nil {
			kept.WriteRune(r)
		}
	}
	b, err := Encode(kept.String(), name)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// checkDetect encodes text in every encoding and checks that Detect and
// Decode find the encoding and the text again.
func checkDetect(t *testing.T, label, text string) {
	for _, name := range Names() {
		in := encodeLossy(t, text, name)
		if d := Detect(in); d != name {
			t.Errorf("%s in %s: Detect = %q", label, name, d)
			continue
		}
		res, err := Decode(in, "")
		if err != nil {
			t.Errorf("%s in %s: %v", label, name, err)
			continue
		}
		if res.Encoding != name || len(res.Warnings) != 0 {
			t.Errorf("%s in %s: encoding %q, warnings %v", label, name, res.Encoding, res.Warnings)
		}
		back, _ := Decode(in, name)
		if res.Text != back.Text {
			t.Errorf("%s in %s: detected decoding differs from named decoding", label, name)
		}
	}
}

func TestDetectSample(t *testing.T) {
	text := readSample(t)
	checkDetect(t, sampleFile, text)
	// Each line alone, down to one-line headlines.
	for i, line := range strings.Split(strings.TrimSpace(text), "\n") {
		checkDetect(t, sampleFile+":"+strconv.Itoa(i+1), line)
	}
}

// TestDetectShort checks short phrases, where detection has little to go on.
func TestDetectShort(t *testing.T) {
	for _, s := range []string{
		"Việt Nam",
		"Quân đội nhân dân Việt Nam",
		"Đại tướng Phan Văn Giang",
		"Bộ Quốc phòng",
		"Thượng tá Nguyễn Thị Hương",
		"ĐẢNG CỘNG SẢN VIỆT NAM",
		"Học viện Quốc phòng khai giảng năm học mới",
	} {
		checkDetect(t, s, s)
	}
}

// TestDetectCorpus runs detection over the shared development corpus in
// every encoding. The corpus is outside the repository; without it the
// test is skipped.
func TestDetectCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/corpus not present")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkDetect(t, filepath.Base(f), string(b))
	}
}

func TestDetectUTF16WithoutBOM(t *testing.T) {
	text := readSample(t)
	for _, tc := range []struct{ name, warning string }{
		{UTF16LE, "no BOM; guessed UTF-16LE"},
		{UTF16BE, "no BOM; guessed UTF-16BE"},
	} {
		b, _ := Encode(text, tc.name)
		b = b[2:] // drop the BOM
		if d := Detect(b); d != tc.name {
			t.Errorf("Detect = %q, want %q", d, tc.name)
		}
		res, err := Decode(b, "")
		if err != nil {
			t.Fatal(err)
		}
		if res.Text != text || res.Encoding != tc.name {
			t.Errorf("%s: encoding %q, text equal %v", tc.name, res.Encoding, res.Text == text)
		}
		if len(res.Warnings) != 1 || res.Warnings[0] != (Warning{0, tc.warning}) {
			t.Errorf("%s: warnings %v", tc.name, res.Warnings)
		}
	}
}

// TestDetectMostlyUTF8 damages UTF-8 text with a byte from a legacy
// encoding: it stays UTF-8, with one warning at the byte.
func TestDetectMostlyUTF8(t *testing.T) {
	text := readSample(t)
	at := strings.Index(text, "Đông Hà")
	in := []byte(text[:at] + "\xA7" + text[at+len("Đ"):])
	res, err := Decode(in, "")
	if err != nil {
		t.Fatal(err)
	}
	if res.Encoding != UTF8 {
		t.Fatalf("Encoding = %q", res.Encoding)
	}
	want := []Warning{{int64(at), "invalid UTF-8 at byte " + strconv.Itoa(at)}}
	if !equalWarnings(res.Warnings, want) {
		t.Errorf("Warnings = %v, want %v", res.Warnings, want)
	}
	if !strings.Contains(res.Text, "\uFFFDông Hà") || !utf8.ValidString(res.Text) {
		t.Errorf("U+FFFD missing")
	}
}
