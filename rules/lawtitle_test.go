package rules

import (
	"bufio"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// TestLawTitles checks that every listed title is read whole, and no
// further, where the sentence goes on in lower case after it, and that
// a title written with its fields joined by commas alone is read whole
// too.
func TestLawTitles(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := embedded.ReadFile("data/law-titles.txt")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	n := 0
	for sc.Scan() {
		title, _, _ := strings.Cut(sc.Text(), "#")
		if title = strings.TrimSpace(title); title == "" {
			continue
		}
		n++
		variants := []string{title}
		if strings.Contains(title, " và ") && !strings.Contains(title, "của") {
			variants = append(variants, strings.ReplaceAll(title, " và ", ", "))
		}
		for _, v := range variants {
			in := "Triển khai " + v + " đi vào cuộc sống."
			var got []string
			for _, m := range set.Apply(fold.New(in), nil) {
				if m.Type == "law" {
					got = append(got, in[m.Start:m.End])
				}
			}
			if len(got) != 1 || got[0] != v {
				t.Errorf("in %q: got laws %q, want %q", in, got, v)
			}
		}
	}
	if n < 200 {
		t.Errorf("read %d titles, want the whole list", n)
	}
}
