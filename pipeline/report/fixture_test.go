package report

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seedText is a short report in the style of the corpus, written for the tests.
const seedText = `Quân khu 2 tổng kết công tác huấn luyện năm 2023
Ngày 15/12/2023, tại Phú Thọ, Bộ Tư lệnh Quân khu 2 tổ chức hội nghị tổng kết. Thiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 2 chủ trì hội nghị.
Năm qua, đơn vị đã huấn luyện hơn 1.200 chiến sĩ mới và tổ chức hàng trăm buổi diễn tập; Bộ CHQS tỉnh Phú Thọ được tặng 3 Bằng khen.
Đại tá Trần Thị Lan, Chính ủy Bộ CHQS tỉnh Phú Thọ, phát biểu tại hội nghị.`

// at builds a mention of the first occurrence of text in doc at or after from (a byte offset).
func at(t testing.TB, doc, text string, typ pipeline.Type, rule string, from int) pipeline.Mention {
	t.Helper()
	i := strings.Index(doc[from:], text)
	if i < 0 {
		t.Fatalf("fixture: %q not in text", text)
	}
	bs := from + i
	cs := utf8.RuneCountInString(doc[:bs])
	return pipeline.Mention{Type: typ, Text: text, Start: cs, End: cs + utf8.RuneCountInString(text),
		ByteStart: bs, ByteEnd: bs + len(text), Sentence: sentenceOf(doc, bs), Rule: rule}
}

// sentenceOf counts the lines before byte b; each line of seedText is one sentence
// except the second, which has two (split at ". T").
func sentenceOf(doc string, b int) int {
	n := strings.Count(doc[:b], "\n")
	if n >= 1 {
		line2 := strings.Index(doc, "hội nghị tổng kết. ") + len("hội nghị tổng kết. ")
		if b >= line2 {
			n++
		}
	}
	return n
}

func spans(doc string) [][2]int {
	var out [][2]int
	cuts := []int{0}
	for i := range len(doc) {
		if doc[i] == '\n' {
			cuts = append(cuts, i+1)
		}
	}
	mid := strings.Index(doc, "hội nghị tổng kết. ") + len("hội nghị tổng kết. ")
	cuts = append(cuts[:2], append([]int{mid}, cuts[2:]...)...)
	cuts = append(cuts, len(doc))
	for i := 0; i+1 < len(cuts); i++ {
		out = append(out, [2]int{utf8.RuneCountInString(doc[:cuts[i]]), utf8.RuneCountInString(doc[:cuts[i+1]])})
	}
	return out
}

func f64(v float64) *float64 { return &v }
func str(s string) *string   { return &s }

// fixtureDocs are the documents every format's golden test writes: a
// seed report, a hostile one (formula-like text, a huge mention), a failed one.
func fixtureDocs(t testing.TB) []pipeline.Document {
	d := seedText
	ms := []pipeline.Mention{
		at(t, d, "Quân khu 2", pipeline.Organization, "orgs.txt:12", 0),
		at(t, d, "Ngày 15/12/2023", pipeline.Date, "date.dmy", 0),
		at(t, d, "Phú Thọ", pipeline.Location, "provinces.txt:40", 0),
		at(t, d, "Bộ Tư lệnh Quân khu 2", pipeline.Organization, "org.head", 0),
		at(t, d, "Thiếu tướng", pipeline.Rank, "ranks.txt:9", 0),
		at(t, d, "Nguyễn Văn Hùng", pipeline.Person, "person.after-rank", 0),
		at(t, d, "Phó Tư lệnh Quân khu 2", pipeline.Position, "position.title-org", 0),
		at(t, d, "hơn 1.200 chiến sĩ mới", pipeline.Count, "count.number-unit", 0),
		at(t, d, "hàng trăm buổi diễn tập", pipeline.Count, "count.approx", 0),
		at(t, d, "Bộ CHQS tỉnh Phú Thọ", pipeline.Organization, "org.head", 0),
		at(t, d, "3 Bằng khen", pipeline.Count, "count.number-unit", 0),
		at(t, d, "Đại tá", pipeline.Rank, "ranks.txt:12", 0),
		at(t, d, "Trần Thị Lan", pipeline.Person, "person.after-rank", 0),
		at(t, d, "Chính ủy Bộ CHQS tỉnh Phú Thọ", pipeline.Position, "position.title-org", 0),
	}
	ms[1].ISO = "2023-12-15"
	ms[0].Canonical = "Quân khu 2"
	ms[3].Canonical = "Quân khu 2"
	ms[9].Canonical = "Bộ Chỉ huy Quân sự tỉnh Phú Thọ"
	ms[7].Value, ms[7].Unit = f64(1200), "chiến sĩ mới"
	ms[8].Approx, ms[8].Unit = "hàng trăm", "buổi diễn tập"
	ms[10].Value, ms[10].Unit = f64(3), "Bằng khen"
	lanPos := strings.Index(d, "Chính ủy Bộ CHQS")
	seed := pipeline.Document{
		ID: "seed.txt", Source: "testdata/seed.txt", Encoding: "utf-8", SHA256: "00", Bytes: len(d),
		Length: utf8.RuneCountInString(d), Sentences: 5, Date: "2023-12-15", Status: pipeline.StatusOK,
		Mentions: ms, Text: d, SentenceSpans: spans(d),
		Persons: []pipeline.PersonRecord{
			{Name: "Nguyễn Văn Hùng", Rank: str("Thiếu tướng"), Positions: []pipeline.Office{{Title: "Phó Tư lệnh Quân khu 2", Organization: "Quân khu 2", Start: ms[6].Start}}, Mentions: []int{ms[5].Start}, Sentence: 2},
			{Name: "Trần Thị Lan", Rank: str("Đại tá"), Positions: []pipeline.Office{{Title: "Chính ủy Bộ CHQS tỉnh Phú Thọ", Organization: "Bộ CHQS tỉnh Phú Thọ", Start: utf8.RuneCountInString(d[:lanPos])}}, Mentions: []int{ms[12].Start}, Sentence: 4},
		},
	}

	h := "=HYPERLINK(\"http://x\") -tổ 5 @an\n" + strings.Repeat("dài ", 9000)
	hostile := pipeline.Document{
		ID: "hostile.txt", Source: "testdata/hostile.txt", Encoding: "windows-1258", Bytes: len(h),
		Length: utf8.RuneCountInString(h), Sentences: 2, Status: pipeline.StatusWarn,
		Warnings: []string{"+decoded with replacement characters"}, Text: h, SentenceSpans: [][2]int{{0, 34}, {35, utf8.RuneCountInString(h)}},
		Mentions: []pipeline.Mention{
			at(t, h, "=HYPERLINK(\"http://x\")", pipeline.Organization, "=rule", 0),
			at(t, h, "-tổ 5", pipeline.Organization, "org.head", 0),
			at(t, h, "@an", pipeline.Location, "places.txt:1", 0),
			at(t, h, strings.Repeat("dài ", 9000)[:len("dài ")*9000-1], pipeline.Term, "term.long", 0),
		},
		Persons: []pipeline.PersonRecord{{Name: "-Người", Positions: []pipeline.Office{{Title: "@chức", Former: true}}, Sentence: 0}},
	}
	hostile.Mentions[1].Canonical = "Quân khu 2"
	failed := pipeline.Document{ID: "broken.txt", Source: "testdata/broken.txt", Status: pipeline.StatusError, Error: "input: open testdata/broken.txt: permission denied"}
	return []pipeline.Document{seed, hostile, failed}
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from golden file (run go test -update to accept):\n%s", name, firstDiff(string(want), string(got)))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\nwant " + trunc(x) + "\ngot  " + trunc(y)
		}
	}
	return ""
}

func trunc(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
