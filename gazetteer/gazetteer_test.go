package gazetteer

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/fold"
)

func TestDefault(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() < 100 {
		t.Errorf("default lists hold %d entries; expected hundreds", l.Len())
	}
	for _, tt := range []struct {
		kind Kind
		text string
	}{
		{Rank, "Đại tá"}, {Rank, "Thiếu tướng"}, {Rank, "Chuẩn Đô đốc"}, {Surname, "Nguyễn"},
	} {
		if e := l.Lookup(tt.kind, fold.String(tt.text)); e == nil {
			t.Errorf("Lookup(%s, %q) = nil", tt.kind, tt.text)
		}
	}
	// Tone placement and case fold away.
	if e := l.Lookup(Rank, fold.String("ĐẠI UÝ")); e == nil || e.Text != "Đại úy" {
		t.Errorf("Lookup(rank, ĐẠI UÝ) = %+v, want the entry Đại úy", e)
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":     {Data: []byte("@kind rank\nĐại tá\n")},
		"a.txt":     {Data: []byte("\uFEFF# Đơn vị.\n@kind org\r\n\r\nBộ Quốc phòng\tBộ Quốc phòng Việt Nam\r\nBQP\tBộ Quốc phòng  \n")},
		"skip.yaml": {Data: []byte("not a list")},
		"sub/c.txt": {Data: []byte("not read: only the top level")},
	}
	l, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != 3 {
		t.Fatalf("Len = %d, want 3", l.Len())
	}
	tests := []struct {
		kind             Kind
		text             string
		entry, canon, id string
	}{
		{Org, "bộ quốc phòng", "Bộ Quốc phòng", "Bộ Quốc phòng Việt Nam", "a.txt:4"},
		{Org, "BQP", "BQP", "Bộ Quốc phòng", "a.txt:5"},
		{Rank, "đại tá", "Đại tá", "Đại tá", "b.txt:2"},
	}
	for _, tt := range tests {
		e := l.Lookup(tt.kind, fold.String(tt.text))
		if e == nil {
			t.Errorf("Lookup(%s, %q) = nil", tt.kind, tt.text)
			continue
		}
		if e.Text != tt.entry || e.Canonical != tt.canon || e.ID() != tt.id {
			t.Errorf("Lookup(%s, %q) = %q %q %s, want %q %q %s", tt.kind, tt.text, e.Text, e.Canonical, e.ID(), tt.entry, tt.canon, tt.id)
		}
	}
	if e := l.Lookup(Rank, fold.String("Bộ Quốc phòng")); e != nil {
		t.Errorf("an org was found as a rank: %+v", e)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no kind", "# only a comment\n", "l.txt:1: no @kind line"},
		{"entry before kind", "Đại tá\n@kind rank\n", "l.txt:1: entry before the @kind line"},
		{"unknown kind", "@kind weapon\n", `l.txt:1: unknown kind "weapon"`},
		{"second kind", "@kind rank\n@kind org\n", "l.txt:2: second @kind line"},
		{"unknown directive", "@kind rank\n@alias x\n", "l.txt:2: unknown directive"},
		{"duplicate after folding", "@kind rank\nĐại úy\n\nĐại uý\n", `l.txt:4: "Đại uý" repeats line 2`},
		{"not UTF-8", "@kind rank\nĐ\xe1i t\xe1\n", "l.txt:2: not UTF-8"},
		{"empty entry", "@kind org\n\tBộ Quốc phòng\n", "l.txt:2: an entry is TEXT or TEXT<TAB>CANONICAL"},
		{"two tabs", "@kind org\nBQP\tBộ\tQuốc phòng\n", "l.txt:2: an entry is TEXT or TEXT<TAB>CANONICAL"},
		{"nouns in a rank list", "@kind rank\n@nouns xã\n", "l.txt:2: @nouns is for district and commune lists"},
		{"nouns before kind", "@nouns xã\n@kind commune\n", "l.txt:1: @nouns is for district and commune lists"},
		{"commune before nouns", "@kind commune\nHội Sơn\n", "l.txt:2: entry before a @nouns line"},
		{"empty nouns", "@kind commune\n@nouns\n", "l.txt:2: empty noun"},
		{"empty noun", "@kind district\n@nouns huyện, ,quận\n", "l.txt:2: empty noun"},
		{"capital noun", "@kind district\n@nouns Huyện\n", `l.txt:2: noun "Huyện" has capitals`},
		{"nouns glued", "@kind district\n@nounshuyện\n", "l.txt:2: unknown directive"},
		{"duplicate across nouns", "@kind commune\n@nouns xã\nHòa Bình\n@nouns phường\nHoà Bình\n", `l.txt:5: "Hoà Bình" repeats line 3`},
		{"line too long", "@kind org\n" + strings.Repeat("x", 2<<20) + "\n", "l.txt: bufio.Scanner: token too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"l.txt": {Data: []byte(tt.data)}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load: %v, want an error with %q", err, tt.want)
			}
			if !strings.Contains(tt.name, "too long") && !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
		})
	}
}

// TestAdminUnits checks the generated district and commune lists among
// the defaults: names before and after July 2025 are there with their
// nouns, Match never finds them, and MatchAt does.
func TestAdminUnits(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		kind       Kind
		text, noun string
	}{
		{District, "Duy Xuyên", "huyện"},
		{District, "Hội An", "thành phố"},
		{District, "Gò Vấp", "quận"},
		{District, "3", "quận"},
		{Commune, "Hội Sơn", "xã"},
		{Commune, "Mường Chanh", "xã"},
		{Commune, "3", "phường"},
		// From 1 July 2025 only.
		{Commune, "An Hội Tây", "phường"},
		{Commune, "Côn Đảo", "đặc khu"},
		{Commune, "Bàn Cờ", "phường"},
	} {
		e := l.Lookup(tt.kind, fold.String(tt.text))
		if e == nil {
			t.Errorf("Lookup(%s, %q) = nil", tt.kind, tt.text)
			continue
		}
		if !e.TakesNoun(fold.String(tt.noun)) {
			t.Errorf("%s %q (%s) takes %q, not %q", tt.kind, tt.text, e.ID(), e.Nouns, tt.noun)
		}
	}
	counts := map[Kind]int{}
	for _, e := range l.entries {
		if e.Kind.Qualified() {
			counts[e.Kind]++
			if len(e.Nouns) == 0 {
				t.Errorf("%s entry %q (%s) has no nouns", e.Kind, e.Text, e.ID())
			}
		}
	}
	if counts[District] < 600 || counts[Commune] < 7000 {
		t.Errorf("%d districts and %d communes; want some 680 and 8,000", counts[District], counts[Commune])
	}

	key := fold.String("Đường Quang Trung, xã Quang Trung, Phường Cư M’gar.")
	toks := Tokenize(key, nil)
	for _, h := range l.Match(key, toks, nil) {
		if h.Entry.Kind.Qualified() {
			t.Errorf("Match found the %s %q", h.Entry.Kind, h.Entry.Text)
		}
	}
	// Tokens: đường quang trung , xã quang trung , phường cư m'gar .
	for _, tt := range []struct {
		at   int
		want []string // hits, as kind:entry:tokens, among others
	}{
		{5, []string{"commune:Quang Trung:2"}},
		{9, []string{"district:Cư M'gar:2", "commune:Cư M'gar:2"}},
		{4, nil}, {len(toks), nil}, {-1, nil},
	} {
		got := map[string]bool{}
		for _, h := range l.MatchAt(key, toks, tt.at, nil) {
			if h.Start != tt.at || h.End <= h.Start || h.End > len(toks) {
				t.Errorf("MatchAt(%d) hit [%d, %d)", tt.at, h.Start, h.End)
			}
			got[fmt.Sprintf("%s:%s:%d", h.Entry.Kind, h.Entry.Text, h.End-h.Start)] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("MatchAt(%d) = %v, want %s among them", tt.at, got, w)
			}
		}
		if tt.want == nil && len(got) > 0 {
			t.Errorf("MatchAt(%d) = %v, want none", tt.at, got)
		}
	}
}

// TestMergeCommunes checks that a user's commune list joins MatchAt,
// with its own nouns, and stays out of Match.
func TestMergeCommunes(t *testing.T) {
	def, err := Load(fstest.MapFS{"c.txt": {Data: []byte("# c\n@kind commune\n@nouns xã\nHội Sơn\n")}})
	if err != nil {
		t.Fatal(err)
	}
	user, err := Load(fstest.MapFS{"mine.txt": {Data: []byte("# mine\n@kind commune\n@nouns thôn, xóm\nHạ Lôi\n")}})
	if err != nil {
		t.Fatal(err)
	}
	l := def.Merge(user)
	key := fold.String("thôn Hạ Lôi, xã Hội Sơn")
	toks := Tokenize(key, nil)
	if hits := l.Match(key, toks, nil); len(hits) != 0 {
		t.Errorf("Match = %v, want no hits", hits)
	}
	for _, tt := range []struct {
		at         int
		text, noun string
	}{{1, "Hạ Lôi", "thôn"}, {5, "Hội Sơn", "xã"}} {
		hits := l.MatchAt(key, toks, tt.at, nil)
		if len(hits) != 1 || hits[0].Entry.Text != tt.text || hits[0].End != tt.at+2 || !hits[0].Entry.TakesNoun(tt.noun) || hits[0].Entry.TakesNoun("phường") {
			t.Errorf("MatchAt(%d) = %+v, want %s taking %s", tt.at, hits, tt.text, tt.noun)
		}
	}
}

func TestMatch(t *testing.T) {
	l, err := Load(fstest.MapFS{
		"r.txt": {Data: []byte("@kind rank\nĐại tá\nThượng tá\n")},
		"o.txt": {Data: []byte("@kind orghead\nSư đoàn\nQuân khu\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	key := fold.String("Đại tá Lê Văn An, Tư lệnh Quân khu 2; THƯỢNG TÁ Bình.")
	toks := Tokenize(key, nil)
	var got []string
	for _, h := range l.Match(key, toks, nil) {
		got = append(got, key[toks[h.Start].Start:toks[h.End-1].End]+"="+string(h.Entry.Kind))
	}
	want := []string{"đại tá=rank", "quân khu=orghead", "thượng tá=rank"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Match = %q, want %q", got, want)
	}
}

// FuzzLoad feeds arbitrary bytes to the list parser: it must return
// entries or an ErrFormat error naming the file, never panic, and every
// entry it keeps must be found again by Lookup.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"@kind rank\nĐại tá\nThượng tá\n",
		"\uFEFF# comment\n@kind org\r\nBộ Quốc phòng\tBQP\n",
		"@kind surname\nNguyễn\nNguyen\n",
		"Đại tá\n@kind rank\n",
		"@kind weapon\n",
		"@kind title\n\t\nx\ty\tz\n",
		"@kind rank\n\xff\n",
		"@kind province\nThừa Thiên Huế\tThừa Thiên-Huế\nTP. Hồ Chí Minh\tThành phố Hồ Chí Minh\n",
		"@kind commune\n@nouns xã, phường\nHội Sơn\n3\n@nouns đặc khu\nCôn Đảo\n",
		"@kind district\n@nouns\nDuy Xuyên\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Load(fstest.MapFS{"f.txt": {Data: data}})
		if err != nil {
			if !strings.Contains(err.Error(), "f.txt") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, e := range l.entries {
			if e.File != "f.txt" || e.Line < 1 || e.Text == "" || e.Canonical == "" {
				t.Fatalf("bad entry %+v", e)
			}
			if got := l.Lookup(e.Kind, fold.String(e.Text)); got == nil {
				t.Fatalf("entry %q (%s) not found again by Lookup", e.Text, e.ID())
			}
		}
	})
}

// TestWordTable checks the token table against a map on tokens of every
// length around its cases (1–3, 4–7, 8, longer), including tokens that
// share their first and last bytes.
func TestWordTable(t *testing.T) {
	ids := map[string]int32{}
	var words []string
	for n := 1; n <= 40; n++ {
		for _, c := range []byte{'a', 'b'} {
			w := strings.Repeat("x", n-1) + string(c)
			words = append(words, w, "ư"+w, w+"ờ")
		}
	}
	for _, w := range words {
		if _, ok := ids[w]; !ok {
			ids[w] = int32(len(ids) + 1)
		}
	}
	tab := newWordTable(ids)
	for w, id := range ids {
		if got := tab.find(w); got != id {
			t.Errorf("find(%q) = %d, want %d", w, got, id)
		}
		// Same length, same first and last bytes, one byte changed
		// inside: must not be found.
		if len(w) > 2 {
			b := []byte(w)
			b[len(b)/2] ^= 0x40
			if _, ok := ids[string(b)]; !ok {
				if got := tab.find(string(b)); got != 0 {
					t.Errorf("find(%q) = %d, want 0", b, got)
				}
			}
		}
	}
	for _, w := range []string{"", "c", "xc", "a\x00", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxa"} {
		if got := tab.find(w); got != 0 {
			t.Errorf("find(%q) = %d, want 0", w, got)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		key  string
		want []string
	}{
		{"tp.hcm", []string{"tp", ".", "hcm"}},
		{"tp. hcm", []string{"tp", ".", "hcm"}},
		{"qk7 và 2.500 chiến sĩ", []string{"qk", "7", "và", "2", ".", "500", "chiến", "sĩ"}},
		{"h'hen ê'đê 'dân' a'1", []string{"h'hen", "ê'đê", "'", "dân", "'", "a'", "1"}},
		{"3×4 đ÷", []string{"3", "×", "4", "đ", "÷"}},
		{"\"bộ\"\nquốc-phòng", []string{"\"", "bộ", "\"", "quốc", "-", "phòng"}},
		{"x\xffy ỹ", []string{"x", "\xff", "y", "ỹ"}},
		// An apostrophe before a letter or digit stays in the token, and
		// letters go on after it, but digits do not.
		{"12'ab3 12'3 12' 7'ờ", []string{"12'ab", "3", "12'", "3", "12", "'", "7'ờ"}},
		{"ờ\xe1\xbb ụ\xe1", []string{"ờ", "\xe1", "\xbb", "ụ", "\xe1"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.key, nil) {
			got = append(got, tt.key[tok.Start:tok.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

// tokenizeRef is Tokenize as first written, rune by rune: FuzzTokenize
// holds the byte-level version to it.
func tokenizeRef(key string, dst []Token) []Token {
	isDigit := func(r rune) bool { return '0' <= r && r <= '9' }
	isDigitAt := func(i int) bool { return i >= 0 && '0' <= key[i] && key[i] <= '9' }
	for i := 0; i < len(key); {
		r, n := utf8.DecodeRuneInString(key[i:])
		if r == ' ' || r == '\n' {
			i += n
			continue
		}
		if !isWordRune(r) {
			dst = append(dst, Token{i, i + n})
			i += n
			continue
		}
		j := i + n
		for j < len(key) {
			r, n := utf8.DecodeRuneInString(key[j:])
			if r == '\'' && j+1 < len(key) {
				if r2, _ := utf8.DecodeRuneInString(key[j+1:]); isWordRune(r2) {
					j += n
					continue
				}
			}
			if !isWordRune(r) || isDigit(r) != isDigitAt(j-1) {
				break
			}
			j += n
		}
		dst = append(dst, Token{i, j})
		i = j
	}
	return dst
}

// FuzzTokenize checks Tokenize against tokenizeRef, on keys and on raw
// text alike, and Match against a walk of the entries' own tokens.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Đại tá Lê Văn An, Tư lệnh QK7", "h'hen 'dân' a'1 3×4", "x\xffy\xe1\xbb", "TP.HCM – 2.500 ‘Dân’", "ÿĀȿɀ ḁẞẟỹỺ"} {
		f.Add(s)
	}
	l, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, key := range []string{s, fold.String(s)} {
			got, want := Tokenize(key, nil), tokenizeRef(key, nil)
			if len(got) != len(want) {
				t.Fatalf("Tokenize(%q) = %v, want %v", key, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("Tokenize(%q) = %v, want %v", key, got, want)
				}
			}
			// Every hit spans tokens that spell its entry's key.
			for _, h := range l.Match(key, got, nil) {
				var words []string
				for _, tok := range got[h.Start:h.End] {
					words = append(words, key[tok.Start:tok.End])
				}
				ek := fold.String(h.Entry.Text)
				var ew []string
				for _, tok := range Tokenize(ek, nil) {
					ew = append(ew, ek[tok.Start:tok.End])
				}
				if strings.Join(words, " ") != strings.Join(ew, " ") {
					t.Fatalf("hit %q for entry %q", words, ew)
				}
			}
		}
	})
}
