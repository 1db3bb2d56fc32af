package rules

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// corpusDir is the shared dev corpus, present only on developer machines.
const corpusDir = "../../shared/corpus"

// TestCorpus measures the default rules against the gold files of the dev
// corpus, the way shared/tools/score.py scores them, and logs P/R/F1 per
// type (go test -run Corpus -v). It measures; it does not fail.
func TestCorpus(t *testing.T) {
	texts, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(texts) == 0 {
		t.Skip("no dev corpus at " + corpusDir)
	}
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	types := []string{"count", "date", "term", "law"}
	tally := map[string]*[3]int{}
	for _, ty := range types {
		tally[ty] = &[3]int{}
	}
	for _, path := range texts {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		gdata, err := os.ReadFile(filepath.Join(corpusDir, "gold", name+".json"))
		if err != nil {
			continue
		}
		var gold struct {
			Entities map[string]json.RawMessage `json:"entities"`
		}
		if err := json.Unmarshal(gdata, &gold); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		src, _ := os.ReadFile(path)
		text := strings.TrimPrefix(string(src), "\uFEFF")
		ms := set.Apply(fold.New(text), nil)
		for _, ty := range types {
			if ty == "count" {
				var gc []goldCount
				_ = json.Unmarshal(gold.Entities["count"], &gc)
				scoreCounts(t, name, gc, ms, text, tally["count"])
				continue
			}
			var gs []string
			_ = json.Unmarshal(gold.Entities[ty], &gs)
			want, got := map[string]bool{}, map[string]bool{}
			for _, g := range gs {
				want[scoreFold(ty, g)] = true
			}
			for _, m := range ms {
				if m.Type == ty {
					got[scoreFold(ty, text[m.Start:m.End])] = true
				}
			}
			for g := range got {
				if want[g] {
					tally[ty][0]++
				} else {
					tally[ty][1]++
					t.Logf("%s %s extra %q", name, ty, g)
				}
			}
			for g := range want {
				if !got[g] {
					tally[ty][2]++
					t.Logf("%s %s miss  %q", name, ty, g)
				}
			}
		}
	}
	for _, ty := range types {
		tp, fp, fn := float64(tally[ty][0]), float64(tally[ty][1]), float64(tally[ty][2])
		p, r := tp/math.Max(1, tp+fp), tp/math.Max(1, tp+fn)
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		t.Logf("%-6s P %.3f R %.3f F1 %.3f (tp %v fp %v fn %v)", ty, p, r, f, tp, fp, fn)
	}
}

type goldCount struct {
	Value  *float64 `json:"value"`
	Approx string   `json:"approx"`
	Unit   string   `json:"unit"`
}

func (c goldCount) key() string {
	if c.Approx != "" {
		return scoreFold("", c.Approx)
	}
	if c.Value == nil {
		return ""
	}
	return fmt.Sprint(math.Round(*c.Value*1e6) / 1e6)
}

// scoreCounts matches counts on value (or approximate word) and on a unit
// that starts with the other one, as score.py does.
func scoreCounts(t *testing.T, doc string, gold []goldCount, ms []Match, text string, tally *[3]int) {
	// A report lists each distinct count once per document, as gold does.
	var sys []goldCount
	seen := map[string]bool{}
	for _, m := range ms {
		c := goldCount{Value: m.Value.Number, Approx: m.Value.Approx, Unit: m.Value.Unit}
		if k := c.key() + " " + scoreFold("", c.Unit); m.Type == "count" && !seen[k] {
			seen[k] = true
			sys = append(sys, c)
		}
	}
	used := map[int]bool{}
	for _, g := range gold {
		found := false
		for j, s := range sys {
			gu, su := scoreFold("", g.Unit), scoreFold("", s.Unit)
			if !used[j] && g.key() == s.key() && gu != "" && su != "" && (strings.HasPrefix(gu, su) || strings.HasPrefix(su, gu)) {
				used[j], found = true, true
				break
			}
		}
		if found {
			tally[0]++
		} else {
			tally[2]++
			t.Logf("%s count miss  %s %q", doc, g.key(), g.Unit)
		}
	}
	extra := map[string]bool{}
	for j, s := range sys {
		if !used[j] {
			extra[s.key()+" "+scoreFold("", s.Unit)] = true
		}
	}
	for k := range extra {
		tally[1]++
		t.Logf("%s count extra %s", doc, k)
	}
}

var (
	dashSpace   = regexp.MustCompile(`\s*-\s*`)
	leadingDate = regexp.MustCompile(`^(?:ngày|năm|hôm)\s+`)
)

// scoreFold folds a string for comparison the way score.py does.
func scoreFold(ty, s string) string {
	s = fold.String(s)
	if ty == "date" {
		s = leadingDate.ReplaceAllString(s, "")
	}
	s = dashSpace.ReplaceAllString(s, "-")
	return strings.Trim(s, " .,;:")
}
