package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
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
	if got := len(tab.byName["Quân khu 7"].docs); got != maxOrgDocs {
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
