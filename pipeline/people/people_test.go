package people

import (
	"context"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

// entry is a made-up roster entry: name, rank, then posts as
// "title|organization".
type entry struct {
	name, rank string
	posts      []string
}

func doc(id, date string, es ...entry) *pipeline.Document {
	d := &pipeline.Document{ID: id, Date: date, Status: pipeline.StatusOK}
	for i, e := range es {
		p := pipeline.PersonRecord{Name: e.name, Mentions: []int{10 * i}}
		if e.rank != "" {
			r := e.rank
			p.Rank = &r
		}
		for _, s := range e.posts {
			title, org, _ := strings.Cut(s, "|")
			p.Positions = append(p.Positions, pipeline.Office{Title: title, Organization: org})
		}
		d.Persons = append(d.Persons, p)
	}
	return d
}

func build(docs ...*pipeline.Document) (*Builder, []Person) {
	b := New()
	for _, d := range docs {
		b.Add(d)
	}
	return b, b.People()
}

// summary is a person as "Name: rank@first..last, …".
func summary(p Person) string {
	var rs []string
	for _, r := range p.Ranks {
		rs = append(rs, r.Text+"@"+r.First+".."+r.Last)
	}
	return p.Name + ": " + strings.Join(rs, ", ")
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name string
		docs []*pipeline.Document
		want []string // one summary per record, in output order
		why  string   // a reason Explain must give, for the first name
	}{
		{
			name: "a general at two ranks years apart is one person, ranks in time order",
			docs: []*pipeline.Document{
				doc("b", "2021-05-01", entry{"Nguyễn Văn Hùng", "Trung tướng", []string{"Phó Tổng Tham mưu trưởng|"}}),
				doc("a", "2015-06-01", entry{"Nguyễn Văn Hùng", "Thiếu tướng", []string{"Tư lệnh Quân khu 9|Quân khu 9"}}),
			},
			want: []string{"Nguyễn Văn Hùng: Thiếu tướng@2015-06-01..2015-06-01, Trung tướng@2021-05-01..2021-05-01"},
			why:  "no conflicting fact",
		},
		{
			name: "a police captain and an army general a year apart are two",
			docs: []*pipeline.Document{
				doc("a", "2020-03-01", entry{"Trần Văn Nam", "Đại úy", []string{"Đội trưởng Đội Cảnh sát hình sự Công an huyện Ba Vì|Công an huyện Ba Vì"}}),
				doc("b", "2021-03-01", entry{"Trần Văn Nam", "Thiếu tướng", []string{"Phó Tư lệnh Quân khu 1|Quân khu 1"}}),
			},
			want: []string{"Trần Văn Nam: Đại úy@2020-03-01..2020-03-01", "Trần Văn Nam: Thiếu tướng@2021-03-01..2021-03-01"},
			why:  "an army rank (Thiếu tướng",
		},
		{
			name: "a colonel who is a major general four years later in the same region is one; a later rank and name joins",
			docs: []*pipeline.Document{
				doc("a", "2018-04-10", entry{"Lê Quang Minh", "Đại tá", []string{"Tham mưu trưởng Quân khu 7|Quân khu 7"}}),
				doc("b", "2022-04-10", entry{"Lê Quang Minh", "Thiếu tướng", []string{"Phó Tư lệnh Quân khu 7|Quân khu 7"}}),
				doc("c", "2023-01-05", entry{"Lê Quang Minh", "Thiếu tướng", nil}),
			},
			want: []string{"Lê Quang Minh: Đại tá@2018-04-10..2018-04-10, Thiếu tướng@2022-04-10..2023-01-05"},
			why:  "which shares a unit",
		},
		{
			name: "a rank that goes down in time is another person",
			docs: []*pipeline.Document{
				doc("a", "2019", entry{"Phạm Văn Tú", "Thượng tá", []string{"Chính ủy Trung đoàn 9|Trung đoàn 9"}}),
				doc("b", "2022", entry{"Phạm Văn Tú", "Thiếu tá", []string{"Tiểu đoàn trưởng Tiểu đoàn 3|Tiểu đoàn 3"}}),
			},
			want: []string{"Phạm Văn Tú: Thượng tá@2019..2019", "Phạm Văn Tú: Thiếu tá@2022..2022"},
			why:  "the rank goes down",
		},
		{
			name: "a climb faster than the promotion rules is another person",
			docs: []*pipeline.Document{
				doc("a", "2020-01-01", entry{"Vũ Đức Long", "Đại úy", []string{"Đại đội trưởng|"}}),
				doc("b", "2023-01-01", entry{"Vũ Đức Long", "Đại tá", []string{"Sư đoàn trưởng Sư đoàn 5|Sư đoàn 5"}}),
			},
			want: []string{"Vũ Đức Long: Đại úy@2020-01-01..2020-01-01", "Vũ Đức Long: Đại tá@2023-01-01..2023-01-01"},
			why:  "need 12 years",
		},
		{
			name: "the same climb over enough years is one person",
			docs: []*pipeline.Document{
				doc("a", "2005-01-01", entry{"Vũ Đức Long", "Đại úy", nil}),
				doc("b", "2018-01-01", entry{"Vũ Đức Long", "Đại tá", nil}),
			},
			want: []string{"Vũ Đức Long: Đại úy@2005-01-01..2005-01-01, Đại tá@2018-01-01..2018-01-01"},
		},
		{
			name: "posts in unrelated units on the same day are two people",
			docs: []*pipeline.Document{
				doc("a", "2024-09-02", entry{"Hoàng Văn Sơn", "Đại tá", []string{"Sư đoàn trưởng Sư đoàn 9|Sư đoàn 9"}}),
				doc("b", "2024-09-02", entry{"Hoàng Văn Sơn", "Đại tá", []string{"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Cà Mau|Bộ Chỉ huy Quân sự tỉnh Cà Mau"}}),
			},
			want: []string{"Hoàng Văn Sơn: Đại tá@2024-09-02..2024-09-02", "Hoàng Văn Sơn: Đại tá@2024-09-02..2024-09-02"},
			why:  "unrelated units on the same day",
		},
		{
			name: "a post and a Party body on the same day are one person",
			docs: []*pipeline.Document{
				doc("a", "2024-09-02", entry{"Hoàng Văn Sơn", "Đại tá", []string{"Sư đoàn trưởng Sư đoàn 9|Sư đoàn 9"}}),
				doc("b", "2024-09-02", entry{"Hoàng Văn Sơn", "", []string{"Bí thư Đảng ủy Sư đoàn 9|Đảng ủy Sư đoàn 9"}}),
			},
			want: []string{"Hoàng Văn Sơn: Đại tá@2024-09-02..2024-09-02"},
		},
		{
			name: "a weak match joins the nearer of two namesakes; undated facts stay undated",
			docs: []*pipeline.Document{
				doc("a", "2010", entry{"Đỗ Minh Tâm", "Trung úy", []string{"Trung đội trưởng|"}}),
				doc("b", "2011", entry{"Đỗ Minh Tâm", "Đại tá", []string{"Giám đốc Công an tỉnh Hà Giang|Công an tỉnh Hà Giang"}}),
				doc("c", "2011-06", entry{"Đỗ Minh Tâm", "", nil}),
				doc("d", "", entry{"Đỗ Minh Tâm", "Thượng úy", nil}),
			},
			want: []string{"Đỗ Minh Tâm: Trung úy@2010..2010, Thượng úy@..", "Đỗ Minh Tâm: Đại tá@2011..2011"},
			why:  "a weak match",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, got := build(tt.docs...)
			var sums []string
			for _, p := range got {
				sums = append(sums, summary(p))
			}
			if strings.Join(sums, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("records:\n%s\nwant:\n%s", strings.Join(sums, "\n"), strings.Join(tt.want, "\n"))
			}
			var lines []string
			for _, s := range b.Explain(got[0].Name) {
				lines = append(lines, s.String())
			}
			if ex := strings.Join(lines, "\n"); !strings.Contains(ex, tt.why) {
				t.Errorf("explain lacks %q:\n%s", tt.why, ex)
			}
		})
	}
}

func TestRecord(t *testing.T) {
	_, got := build(
		doc("a", "2018-04-10", entry{"Lê Quang Minh", "Đại tá", []string{"Tham mưu trưởng Quân khu 7|Quân khu 7"}}, entry{"Ngô Văn Bảy", "Thiếu tướng", nil}),
		&pipeline.Document{ID: "failed", Status: pipeline.StatusError},
		doc("b", "2022-04-10", entry{"lê quang minh", "thiếu tướng", []string{"Phó Tư lệnh Quân khu 7|Quân khu 7"}}, entry{"Ngô Văn Bảy", "", nil}),
		doc("c", "", entry{"Lê Quang Minh", "", []string{"nguyên Tham mưu trưởng Quân khu 7|Quân khu 7"}}),
	)
	if len(got) != 2 {
		t.Fatalf("got %d records, want 2", len(got))
	}
	p := got[0]
	if p.Name != "Lê Quang Minh" || p.Rank == nil || *p.Rank != "thiếu tướng" {
		t.Errorf("name %q rank %v", p.Name, p.Rank)
	}
	if strings.Join(p.Documents, ",") != "a,b,c" {
		t.Errorf("documents %v", p.Documents)
	}
	if len(p.Places) != 3 || p.Places[1].Document != 3 || p.Places[2].Document != 4 {
		t.Errorf("places %+v: want input positions 1, 3, 4", p.Places)
	}
	if len(p.Positions) != 3 || p.Positions[0].Text != "Tham mưu trưởng Quân khu 7" || p.Positions[0].First != "2018-04-10" || p.Positions[2].First != "" {
		t.Errorf("positions %+v", p.Positions)
	}
	if len(p.People) != 1 || p.People[0].Name != "Ngô Văn Bảy" || p.People[0].Documents != 2 || p.People[0].ID != got[1].ID {
		t.Errorf("people %+v", p.People)
	}
	// Ids are stable: the same batch gives the same ids.
	_, again := build(doc("a", "2018-04-10", entry{"Lê Quang Minh", "Đại tá", nil}))
	if again[0].ID != p.ID {
		t.Errorf("id %s, then %s", p.ID, again[0].ID)
	}
}

// TestPipeline runs made-up dated texts through extraction, the dates
// given as JSON Lines inputs give them.
func TestPipeline(t *testing.T) {
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	ins := []pipeline.Input{
		{ID: "a", Date: "2018-04-10", Text: "Đại tá Lê Quang Minh, Tham mưu trưởng Quân khu 7, dự hội nghị."},
		{ID: "b", Date: "2022-04-10", Text: "Thiếu tướng Lê Quang Minh, Phó Tư lệnh Quân khu 7, phát biểu chỉ đạo."},
		{ID: "c", Date: "2023-01-05", Text: "Thiếu tướng Lê Quang Minh dự lễ ra quân huấn luyện."},
		{ID: "d", Date: "2020-03-01", Text: "Đại úy Trần Văn Nam, Đội trưởng Đội Cảnh sát hình sự Công an huyện Ba Vì, cho biết."},
		{ID: "e", Date: "2021-03-01", Text: "Thiếu tướng Trần Văn Nam, Phó Tư lệnh Quân khu 1, kiểm tra huấn luyện."},
	}
	b := New()
	for _, d := range p.Batch(context.Background(), ins) {
		b.Add(&d)
	}
	var sums []string
	for _, p := range b.People() {
		sums = append(sums, summary(p))
	}
	want := "Lê Quang Minh: Đại tá@2018-04-10..2018-04-10, Thiếu tướng@2022-04-10..2023-01-05\n" +
		"Trần Văn Nam: Đại úy@2020-03-01..2020-03-01\nTrần Văn Nam: Thiếu tướng@2021-03-01..2021-03-01"
	if got := strings.Join(sums, "\n"); got != want {
		t.Errorf("records:\n%s\nwant:\n%s", got, want)
	}
}

func TestLadders(t *testing.T) {
	l := defaultLadders
	for _, tt := range []struct {
		rank  string
		grade int8
		navy  bool
	}{
		{"Đại tá", 13, false}, {"đại tá", 13, false}, {"Chuẩn Đô đốc", 14, true}, {"Thượng tá QNCN", 12, false},
		{"Đại uý", 9, false}, {"Chuẩn tướng", -1, false},
	} {
		if g, navy := l.rankOf(tt.rank); g != tt.grade || navy != tt.navy {
			t.Errorf("rankOf(%q) = %d, %v; want %d, %v", tt.rank, g, navy, tt.grade, tt.navy)
		}
	}
	if y := l.minYears(Army, 9, 14); y != 16 {
		t.Errorf("Đại úy to Thiếu tướng needs %v years, want 16", y)
	}
	if y := l.minYears(Police, 9, 10); y != 0 {
		t.Errorf("adjacent ranks need %v years, want 0", y)
	}
	for _, bad := range []string{"army\tĐại tá", "navy\tĐại tá\t4", "army\tĐại tá\tfour", "police\tNguyên soái\t-"} {
		if _, err := parseLadders("x.txt", bad); err == nil || !strings.Contains(err.Error(), "x.txt") {
			t.Errorf("parseLadders(%q) = %v, want an error naming the file", bad, err)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{{"2022-01-27", true}, {"2022-01", true}, {"2022", true}, {"--01-27", false}, {"2022-13", false}, {"", false}, {"27/1/2022", false}} {
		if got := ValidDate(tt.in); got != tt.ok {
			t.Errorf("ValidDate(%q) = %v", tt.in, got)
		}
	}
	a, b := parseDate("2020"), parseDate("2024-06-30")
	if !a.before(b) || b.before(a) || maxYears(a, b) < 4.4 {
		t.Errorf("2020 and 2024-06-30: before %v, years %v", a.before(b), maxYears(a, b))
	}
}

func TestOrganizations(t *testing.T) {
	a := doc("a", "2018-04-10", entry{"Lê Quang Minh", "Đại tá", []string{"Tham mưu trưởng Quân khu 7|Quân khu 7"}})
	a.Mentions = []pipeline.Mention{{Type: pipeline.Organization, Text: "QK7", Canonical: "Quân khu 7", Start: 16}}
	a.Persons[0].Positions[0].Start = 0
	b := doc("b", "2016", entry{"Ngô Văn Bảy", "Thiếu tướng", []string{"Tư lệnh Quân khu 7|Quân khu 7"}})
	c := &pipeline.Document{ID: "c", Mentions: []pipeline.Mention{{Type: pipeline.Organization, Text: "Quân khu 7"}, {Type: pipeline.Organization, Text: "Lữ đoàn 172"}}}
	bl, _ := build(a, b, c)
	orgs := bl.Organizations()
	if len(orgs) != 2 || orgs[1].Name != "Quân khu 7" {
		t.Fatalf("organizations %+v", orgs)
	}
	q := orgs[1]
	if strings.Join(q.Variants, ",") != "QK7" || strings.Join(q.Documents, ",") != "a,c" {
		t.Errorf("variants %v documents %v", q.Variants, q.Documents)
	}
	if len(q.Holders) != 2 || q.Holders[0].Name != "Ngô Văn Bảy" || q.Holders[0].First != "2016" || q.Holders[1].Post != "Tham mưu trưởng Quân khu 7" {
		t.Errorf("holders %+v", q.Holders)
	}
	if len(orgs[0].Holders) != 0 || orgs[0].Documents[0] != "c" {
		t.Errorf("Lữ đoàn 172: %+v", orgs[0])
	}
}
