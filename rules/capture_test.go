package rules

import (
	"os"
	"regexp"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// TestCapturerTable checks the capturer against regexp on patterns whose
// groups depend on which path is preferred.
func TestCapturerTable(t *testing.T) {
	tests := []struct {
		pattern, text string
	}{
		{`(a*)(a*)`, "aaa"},
		{`(a*?)(a*)`, "aaa"},
		{`(a|ab)(c|bcd)?(d*)`, "abcd"},
		{`(?:(a)|(b))+`, "abab"},
		{`(x)?(x)?(x)?`, "xx"},
		{`(?P<n>\d+)(?: (?P<scale>nghìn|triệu))?`, "12 triệu"},
		{`(?P<d>\d{1,2})(?:-(?P<d2>\d{1,2}))?/(?P<m>\d{1,2})`, "5-9/1"},
		{`(ngày|ngày mai)( mai)?`, "ngày mai"},
		{`((?i)ĐẠI)( hội)`, "đại hội"},
		{`(.)(.)`, "\xffa"},
		{`(a)()`, "a"},
	}
	for _, tt := range tests {
		re := regexp.MustCompile(`\A(?:` + tt.pattern + `)`)
		re.Longest()
		want := re.FindStringSubmatchIndex(tt.text)
		if want == nil || want[1] != len(tt.text) {
			t.Fatalf("%q on %q: bad test, regexp gives %v", tt.pattern, tt.text, want)
		}
		got, ok := newCapturer(re).submatch(nil, tt.text, new(capScratch))
		if !ok || !slices.Equal(got, want) {
			t.Errorf("%q on %q: got %v, %v; regexp gives %v", tt.pattern, tt.text, got, ok, want)
		}
	}
}

// TestCapturerRules checks the capturer against regexp for every default
// rule at every rune of the news text where the rule matches.
func TestCapturerRules(t *testing.T) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	key := fold.New(string(data)).Key
	var sc capScratch
	n := 0
	for _, r := range set.rules {
		pf := r.find.(*patternFinder)
		for p := 0; p < len(key); p++ {
			if !utf8.RuneStart(key[p]) {
				continue
			}
			end, ok := pf.match(key, p)
			if !ok {
				continue
			}
			want := pf.re.FindStringSubmatchIndex(key[p:end])
			got, ok := pf.cap.submatch(nil, key[p:end], &sc)
			if !ok || !slices.Equal(got, want) {
				t.Errorf("%s on %q: got %v, %v; regexp gives %v", r.id, key[p:end], got, ok, want)
			}
			n++
		}
	}
	if n < 300 {
		t.Errorf("only %d matches compared", n)
	}
}

// FuzzCapturer checks that the capturer reads the same groups as regexp
// for the longest match of any pattern at the start of any text.
func FuzzCapturer(f *testing.F) {
	f.Add(`(a|ab)(c|bcd)?(d*)`, "abcd")
	f.Add(`(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?: (?P<scale>nghìn|tỷ))?`, "1.200 tỷ đồng")
	f.Add(`(x*?)(x+)?\b(y)?`, "xxx y")
	f.Add(`(?i)(ĐẠI|đ)(.*)$`, "Đại hội\n")
	f.Add(`(0){0}`, "0") // the group is gone from the simplified program
	f.Fuzz(func(t *testing.T, pattern, text string) {
		if len(pattern) > 64 || len(text) > window {
			return
		}
		if _, err := regexp.Compile(pattern); err != nil {
			return // as compilePattern, which checks the pattern alone first
		}
		re, err := regexp.Compile(`\A(?:` + pattern + `)`)
		if err != nil {
			return
		}
		re.Longest()
		loc := re.FindStringIndex(text)
		if loc == nil {
			return
		}
		span := text[:loc[1]]
		want := re.FindStringSubmatchIndex(span)
		c := newCapturer(re)
		if c == nil {
			t.Fatalf("%q: no capturer", pattern)
		}
		got, ok := c.submatch(nil, span, new(capScratch))
		if !ok && (want == nil || want[1] != len(span)) {
			// An assertion looked past the span (\b), so the span alone
			// does not match whole; submatch then asks regexp.
			return
		}
		if !ok || !slices.Equal(got, want) {
			t.Fatalf("%q on %q: got %v, %v; regexp gives %v", pattern, span, got, ok, want)
		}
	})
}
