package report

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/fold"
)

// TestOrgTableStaysBounded feeds one organization from many documents
// and checks that only the first documents are kept, the rest counted.
func TestOrgTableStaysBounded(t *testing.T) {
	var tab orgTable
	for i := 0; i < maxOrgDocs+5; i++ {
		m := &pipeline.Mention{Type: pipeline.Organization, Text: "QK7", Canonical: "Quân khu 7"}
		tab.add(m, fmt.Sprintf("doc%02d.txt", i))
		tab.add(m, fmt.Sprintf("doc%02d.txt", i))
	}
	if got := len(tab.byName[fold.String("Quân khu 7")].docs); got != maxOrgDocs {
		t.Errorf("kept %d document names, want %d", got, maxOrgDocs)
	}
	rows := tab.rows()
	if len(rows) != 1 {
		t.Fatalf("%d rows, want 1", len(rows))
	}
	row := rows[0]
	if docs := row[2].(string); !strings.HasSuffix(docs, "; … and 5 more") || !strings.HasPrefix(docs, "doc00.txt; doc01.txt") {
		t.Errorf("documents cell = %q", docs)
	}
	if row[3] != maxOrgDocs+5 || row[4] != 2*(maxOrgDocs+5) {
		t.Errorf("documents %v, mentions %v; want %d, %d", row[3], row[4], maxOrgDocs+5, 2*(maxOrgDocs+5))
	}
}

// TestOrgTableMergesCase: names that differ only in case, or in how
// their tone marks are encoded, are one row, shown as written most often.
func TestOrgTableMergesCase(t *testing.T) {
	var tab orgTable
	for i, text := range []string{"Quốc hội", "Quốc Hội", norm.NFD.String("Quốc hội"), "QUỐC HỘI", "Quân khu 7"} {
		tab.add(&pipeline.Mention{Type: pipeline.Organization, Text: text}, fmt.Sprintf("d%d", i))
	}
	var got []string
	for _, r := range tab.rows() {
		got = append(got, fmt.Sprintf("%s×%v", r[0], r[4]))
	}
	if want := []string{"Quốc hội×4", "Quân khu 7×1"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("rows %q, want %q", got, want)
	}
}
