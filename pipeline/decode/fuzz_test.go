package decode

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func fuzzSeeds(f *testing.F) []string {
	text := readSample(f)
	seeds := []string{"", " \n", "Việt Nam", "a\xffb", "\xe1\xba", "\xEF\xBB\xBF", "\xFF\xFE\x3D\xD8", "nù aâù xá"}
	for _, line := range strings.Split(text, "\n")[:4] {
		seeds = append(seeds, line)
	}
	return seeds
}

// FuzzDecode checks that Decode never panics and always returns valid
// UTF-8 with consistent fields, under every encoding name and detection.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		for _, name := range Names() {
			if b, err := Encode(s, name); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("\x89PNG\r\n\x1a\n"))
	f.Add([]byte("a\x00b\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range append([]string{""}, Names()...) {
			res, err := Decode(data, name)
			if !utf8.ValidString(res.Text) {
				t.Fatalf("%q: text is not valid UTF-8: %q", name, res.Text)
			}
			switch {
			case err == nil:
				if res.Encoding == "" || strings.TrimSpace(res.Text) == "" {
					t.Fatalf("%q: nil error with %+v", name, res)
				}
			case errors.Is(err, ErrEmpty):
				if res.Text != "" || res.Encoding == "" {
					t.Fatalf("%q: ErrEmpty with %+v", name, res)
				}
			case errors.Is(err, ErrBinary):
				if name != "" || res.Encoding != "" {
					t.Fatalf("%q: ErrBinary with %+v", name, res)
				}
			default:
				t.Fatalf("%q: unexpected error %v", name, err)
			}
			if len(res.Warnings) > maxWarnings+2 {
				t.Fatalf("%q: %d warnings", name, len(res.Warnings))
			}
			for _, w := range res.Warnings {
				if w.Offset < 0 || w.Offset > int64(len(data)) {
					t.Fatalf("%q: warning offset %d outside input of %d bytes", name, w.Offset, len(data))
				}
			}
			if name == "" && (err == nil || errors.Is(err, ErrEmpty)) && Detect(data) != res.Encoding {
				t.Fatalf("Detect = %q, Decode used %q", Detect(data), res.Encoding)
			}
		}
	})
}

// FuzzRoundTrip checks that what Encode writes, Decode reads back: exactly
// for VNI, with toned capitals lowercased for TCVN3, and up to NFC for
// windows-1258.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Add(strings.Join(allLetters(), ""))
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range []string{VNI, TCVN3, Windows1258} {
			b, err := Encode(s, name)
			if err != nil {
				if !errors.Is(err, ErrUnmappable) {
					t.Fatalf("%s: %v", name, err)
				}
				continue
			}
			res, err := Decode(b, name)
			want := expectBack(s, name)
			if err != nil {
				if errors.Is(err, ErrEmpty) && strings.TrimSpace(want) == "" {
					continue
				}
				t.Fatalf("%s: Decode(% x): %v", name, b, err)
			}
			if g := got(res.Text, name); g != want {
				t.Fatalf("%s: %q -> % x -> %q, want %q", name, s, b, g, want)
			}
		}
	})
}
