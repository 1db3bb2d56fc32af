package rules

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// good is a valid rule file used as a base for broken variants.
const good = `# test rules
rules:
  - id: t.unit
    kind: pattern
    type: organization
    priority: 10
    pattern: 'sư đoàn \d+'
    example: ["Sư đoàn 309"]
`

func load(files map[string]string) (*Set, error) {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return Load(fsys)
}

// manyWords is an alternation of n distinct lower-case words.
func manyWords(n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = fmt.Sprintf("từ%dx", i)
	}
	return strings.Join(words, "|")
}

// TestLoadErrors checks that each kind of mistake in a rule file is
// reported with the file, line and column where it is, and what to do.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file string
		want       []string // substrings of the error
	}{
		{"unknown key", strings.Replace(good, "    priority: 10\n", "    priority: 10\n    patern: 'x'\n", 1),
			[]string{"bad.yaml:7:5:", `unknown key "patern"`, "known keys:"}},
		{"bad regex", strings.Replace(good, `'sư đoàn \d+'`, `'sư đoàn (\d+'`, 1),
			[]string{"bad.yaml:7:14:", "not a valid RE2", "missing closing )"}},
		{"unknown kind", strings.Replace(good, "kind: pattern", "kind: sequence", 1),
			[]string{"bad.yaml:4:11:", `unknown kind "sequence"`, "pattern"}},
		{"unknown type", strings.Replace(good, "type: organization", "type: weapon", 1),
			[]string{"bad.yaml:5:11:", `unknown type "weapon"`, "organization"}},
		{"unknown value parser", strings.Replace(good, "    priority: 10\n", "    priority: 10\n    value: money\n", 1),
			[]string{"bad.yaml:7:12:", `unknown value parser "money"`, "count, date"}},
		{"duplicate id", good + good[strings.Index(good, "  - id"):],
			[]string{"bad.yaml:9:5:", `duplicate id "t.unit"`, "first defined at bad.yaml:3"}},
		{"duplicate key", strings.Replace(good, "    priority: 10\n", "    priority: 10\n    priority: 20\n", 1),
			[]string{"bad.yaml:7:5:", `key "priority" appears twice`}},
		{"no kind", strings.Replace(good, "    kind: pattern\n", "", 1),
			[]string{"bad.yaml:3:5:", "has no kind"}},
		{"upper case in pattern", strings.Replace(good, `'sư đoàn \d+'`, `'Sư đoàn \d+'`, 1),
			[]string{"bad.yaml:7:14:", `upper-case "S"`}},
		{"old tone placement", strings.Replace(good, `'sư đoàn \d+'`, `'hòa bình'`, 1),
			[]string{"bad.yaml:7:14:", `write "hoà"`}},
		{"anchor", strings.Replace(good, `'sư đoàn \d+'`, `'^sư đoàn'`, 1),
			[]string{"bad.yaml:7:14:", "anchors"}},
		{"example not matched", strings.Replace(good, `"Sư đoàn 309"`, `"Quân khu 7"`, 1),
			[]string{"bad.yaml:8:15:", `does not match its example "Quân khu 7"`}},
		{"counter matched", strings.Replace(good, `example: ["Sư đoàn 309"]`, `counter: ["Sư đoàn 309"]`, 1),
			[]string{"bad.yaml:8:15:", `matches its counter-example "Sư đoàn 309" at "Sư đoàn 309"`}},
		{"span group missing", strings.Replace(good, "    priority: 10\n", "    priority: 10\n    span: g\n", 1),
			[]string{"bad.yaml:7:11:", `span names group "g"`}},
		{"date without groups", strings.Replace(good, "    priority: 10\n", "    priority: 10\n    value: date\n", 1),
			[]string{"bad.yaml:7:12:", "named group among d, m, y"}},
		{"top-level key", "rule:\n  - id: x\n", []string{"bad.yaml:1:1:", `unknown key "rule"`}},
		{"not a list", "rules:\n  id: x\n", []string{"bad.yaml:2:3:", "rules must be a list"}},
		{"yaml syntax", "rules:\n  - id: a: b\n", []string{"bad.yaml:2:", "not valid YAML", "mapping values"}},
		{"empty", "", []string{"bad.yaml:1:", "file is empty"}},
		{"huge alternation", strings.Replace(good, `'sư đoàn \d+'`, `'sư đoàn (?:`+manyWords(10_000)+`)'`, 1),
			[]string{"bad.yaml:7:14:", "more than 5000", "list file"}},
	}
	for _, tt := range tests {
		_, err := load(map[string]string{"bad.yaml": tt.file})
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not contain %q", tt.name, err, w)
			}
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: %v is not an *Error", tt.name, err)
		}
	}
}

func TestLoadNoFiles(t *testing.T) {
	if _, err := load(map[string]string{"readme.txt": "x"}); !errors.Is(err, ErrNoFiles) {
		t.Errorf("Load of a directory without rule files: %v, want ErrNoFiles", err)
	}
}

// TestMerge checks that a user rule replaces the default of the same id
// and that a new id is added.
func TestMerge(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	user, err := load(map[string]string{"user.yaml": `rules:
  - id: count.percent
    kind: pattern
    type: count
    priority: 55
    pattern: '(?P<n>\d+) (?P<unit>phần trăm)'
    value: count
  - id: t.unit
    kind: pattern
    type: organization
    pattern: 'sư đoàn \d+'
`})
	if err != nil {
		t.Fatal(err)
	}
	m, err := def.Merge(user)
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != def.Len()+1 {
		t.Errorf("merged set has %d rules, want %d", m.Len(), def.Len()+1)
	}
	src := "Sư đoàn 309 đạt 98% và 97 phần trăm"
	var got []string
	for _, x := range m.Apply(fold.New(src), nil) {
		got = append(got, x.Type+" "+src[x.Start:x.End]+" "+x.Rule+" "+x.Source)
	}
	want := []string{
		"organization Sư đoàn 309 t.unit user.yaml:8",
		"count 97 phần trăm count.percent user.yaml:2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("merged Apply:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTrigger checks where the engine tries a pattern: at its first words
// when they are known, else at tokens whose first byte can start it.
func TestTrigger(t *testing.T) {
	tests := []struct {
		pattern string
		words   string
		bytes   string // some bytes that must be set
	}{
		{`(?:ngày )?(?P<d>\d+)/(?P<m>\d{1,2})`, "ngày", "0 9"},
		{`(?:ngày )?(?P<d>[1-3]?\d)/`, "0 00 ngày", ""},
		{`nhiệm kỳ (?P<y>\d{4})`, "nhiệm", ""},
		{`(?:bộ luật|luật|nghị quyết) (?:số )?\d+`, "bộ luật nghị", ""},
		{`quý (?:i|ii)`, "quý", ""},
		{`\((?P<g>\d+)\)`, "", "("},
		{`khoá`, "khoá", ""},
		{`kho\pL+`, "", "k"},
	}
	for _, tt := range tests {
		rs, errs := parseFile("t.yaml", []byte("rules:\n  - {id: t, kind: pattern, type: date, pattern: '"+tt.pattern+"'}\n"))
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		tr := rs[0].find.trigger()
		if got := strings.Join(slices.Sorted(maps.Keys(tr.words)), " "); got != tt.words {
			t.Errorf("%s: words %q, want %q", tt.pattern, got, tt.words)
		}
		for _, b := range strings.Fields(tt.bytes) {
			if !tr.bytes[b[0]] {
				t.Errorf("%s: byte %q not set", tt.pattern, b[0])
			}
		}
	}
}
