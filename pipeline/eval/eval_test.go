package eval

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/input"
	"github.com/vnextract/vnextract/pipeline/report"
)

func TestFold(t *testing.T) {
	// score.py moves each word's tone marks to its end and recomposes, so
	// a key can keep a mark uncomposed ("binh̀"); what matters is that old
	// and new placements give the same key. The wants are score.py's output.
	tests := []struct{ typ, in, want string }{
		{"", "Hoà  Bình", "hoà binh̀"},
		{"", "Hòa bình", "hoà binh̀"},
		{"", "Thuỷ quân", "thuỷ quân"},
		{"", "THỦY QUÂN", "thuỷ quân"},
		{"", "2021 – 2026", "2021-2026"},
		{"", "  Quân khu II. ", "quân khu ii"},
		{"", "“Hà Nội”", "\"hà nôi\"\u0323"},
		{"", "Tư lệnh\u00a0Quân khu", "tư lênḥ quân khu"},
		{"date", "Ngày 27/1/2022", "27/1/2022"},
		{"date", "năm  2022", "2022"},
		{"date", "hôm nay", "nay"},
		{"date", "ngày", "ngaỳ"},
		{"person", "Ngày Văn A", "ngaỳ văn a"},
	}
	for _, tt := range tests {
		if got := FoldTyped(tt.typ, tt.in); got != tt.want {
			t.Errorf("FoldTyped(%q, %q) = %q, want %q", tt.typ, tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{"a/b/doc.txt": "doc", "doc.v2.txt": "doc.v2", ".hidden": ".hidden", "x": "x", "": ""} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestScore(t *testing.T) {
	dir := t.TempDir()
	gold := `{"doc": "a.txt", "entities": {"rank": ["Đại tá"], "person": ["Trần Văn B"], "position": ["Chính ủy Quân khu 2"],
	  "count": [{"value": 19, "unit": "tập thể"}, {"approx": "hàng trăm", "unit": "lượt cán bộ"}, {"value": 2, "unit": "năm"}],
	  "date": ["27/1/2022"]},
	 "persons": [{"name": "Trần Văn B", "rank": "Đại tá", "positions": ["Chính ủy Quân khu 2"]}]}`
	os.WriteFile(filepath.Join(dir, "a.json"), []byte(gold), 0o644)
	os.WriteFile(filepath.Join(dir, "b.json"), []byte(`{"entities": {"law": ["Luật Quốc phòng"]}}`), 0o644)
	rep := `{"documents": [{"id": "a.txt", "mentions": [
	  {"type": "rank", "text": "Đại Tá"}, {"type": "person", "text": "Trần Văn B"},
	  {"type": "position", "text": "Chính ủy"},
	  {"type": "count", "text": "19 tập thể", "value": 19, "unit": "tập thể xuất sắc"},
	  {"type": "count", "text": "hàng trăm lượt", "approx": "hàng trăm", "unit": "lượt"},
	  {"type": "count", "text": "3 năm", "value": 3, "unit": "năm"},
	  {"type": "count", "text": "3 năm", "value": 3, "unit": "năm"},
	  {"type": "date", "text": "ngày 27/1/2022"}],
	 "persons": [{"name": "Trần Văn B", "rank": "Đại tá", "positions": [{"title": "Chính ủy"}]}]}]}`
	golds, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadReport(strings.NewReader(rep))
	if err != nil {
		t.Fatal(err)
	}
	res := Score(golds, r)
	want := map[string][3]int{
		"rank": {1, 0, 0}, "person": {1, 0, 0}, "position": {0, 1, 1}, "count": {2, 1, 1}, "date": {1, 0, 0}, "law": {0, 0, 1},
		PersonRank: {1, 0, 0}, PersonPosition: {0, 1, 1},
	}
	for k, w := range want {
		s := res.Types[k]
		if got := [3]int{s.TP, s.FP, s.FN}; got != w {
			t.Errorf("%s: tp/fp/fn = %v, want %v", k, got, w)
		}
	}
	if l := res.Lenient.Types["position"]; l.TP != 1 || l.FP != 0 || l.FN != 0 {
		t.Errorf("lenient position = %+v, want one overlapping match", l)
	}
	if o := res.Overall; o.TP != 5 || o.FP != 2 || o.FN != 3 || math.Abs(o.Precision-5.0/7) > 1e-12 {
		t.Errorf("overall = %+v", o)
	}
	if !res.Documents[1].Missing || res.Documents[1].Misses[0] != (Item{"law", "Luật Quốc phòng"}) {
		t.Errorf("document b = %+v", res.Documents[1])
	}
	// Misses and extras print as written, never as folding keys
	// ("chính ủy quân khu 2", "nguyêñ") (finding 11).
	var items []string
	for _, it := range append(res.Documents[0].Misses, res.Documents[0].Extras...) {
		items = append(items, it.Type+": "+it.Value)
	}
	want0 := "position: Chính ủy Quân khu 2|count: 2 năm|person+position: Trần Văn B / Chính ủy Quân khu 2|position: Chính ủy|count: 3 năm|person+position: Trần Văn B / Chính ủy"
	if got := strings.Join(items, "|"); got != want0 {
		t.Errorf("document a misses and extras:\n got %s\nwant %s", got, want0)
	}
	// --only-reported: b is not in the report, so it is not scored.
	only := Score(InReport(golds, r), r)
	if len(only.Documents) != 1 || only.Types["law"].FN != 0 {
		t.Errorf("InReport scored %d documents, law %+v", len(only.Documents), only.Types["law"])
	}
}

// TestAgreesWithScorePy runs the pipeline over the dev corpus, scores the
// report with score.py and with this package, and compares the figures.
func TestAgreesWithScorePy(t *testing.T) {
	corpus := "../../../shared/corpus"
	scorer := "../../../shared/tools/score.py"
	if _, err := os.Stat(filepath.Join(corpus, "gold")); err != nil {
		t.Skip("../shared is absent")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is absent")
	}
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	var ins []pipeline.Input
	for _, in := range input.Files([]string{corpus}, "*.txt") {
		ins = append(ins, input.Read(in, nil, pipeline.DefaultMaxDocBytes))
	}
	docs := p.Batch(context.Background(), ins)
	tmp := t.TempDir()
	f, err := os.Create(filepath.Join(tmp, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	w := report.NewJSON(f, "test")
	for i := range docs {
		w.Write(&docs[i])
	}
	w.Close(report.NewSummary())
	f.Close()
	out := filepath.Join(tmp, "score.json")
	cmd := exec.Command(py, scorer, f.Name(), filepath.Join(corpus, "gold"), "--corpus", corpus, "--json", out, "--quiet")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("score.py: %v\n%s", err, b)
	}
	var ref struct {
		Scores map[string]json.RawMessage `json:"scores"`
	}
	data, _ := os.ReadFile(out)
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	golds, err := LoadGold(filepath.Join(corpus, "gold"))
	if err != nil {
		t.Fatal(err)
	}
	rf, _ := os.Open(f.Name())
	defer rf.Close()
	loaded, err := LoadReport(rf)
	if err != nil {
		t.Fatal(err)
	}
	for name, rep := range map[string]Report{"report file": loaded, "in process": FromDocuments(docs)} {
		res := Score(golds, rep)
		for _, k := range kinds() {
			r, g := refScores(t, ref.Scores[k]), res.Types[k]
			if r.TP != g.TP || r.FP != g.FP || r.FN != g.FN || !near(r.P, g.Precision) || !near(r.R, g.Recall) || !near(r.F1, g.F1) {
				t.Errorf("%s: %s: score.py %+v, eval %+v", name, k, r, *g)
			}
		}
		all := refScores(t, ref.Scores["all"])
		if !near(all.P, res.Overall.Precision) || !near(all.R, res.Overall.Recall) || !near(all.F1, res.Overall.F1) {
			t.Errorf("%s: overall: score.py %+v, eval %+v", name, all, res.Overall)
		}
	}
}

func near(rounded, x float64) bool { return math.Abs(rounded-x) <= 0.00005+1e-12 }

type pyScores struct {
	P, R, F1   float64
	TP, FP, FN int
}

func refScores(t *testing.T, raw json.RawMessage) pyScores {
	var s pyScores
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatalf("score.py output: %v", err)
	}
	return s
}
