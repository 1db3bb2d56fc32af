package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An interrupted XLSX run must not leave the stream writers' spill files
// under the temporary directory (finding 7: 1.9 GB of /tmp/excelize-*).
func TestXLSXAbortRemovesTempFiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	out, err := Create("xlsx", filepath.Join(t.TempDir(), "r.xlsx"), nil, "test")
	if err != nil {
		t.Fatal(err)
	}
	docs := fixtureDocs(t)
	for i := 0; i < 1000; i++ {
		for j := range docs {
			if err := out.Write(&docs[j]); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The spill files are unlinked as soon as they are made, so even a
	// run killed here (SIGKILL, out of memory) leaves none behind.
	if es, _ := os.ReadDir(tmp); len(es) > 0 {
		t.Errorf("%d spill files visible while writing", len(es))
	}
	out.Abort()
	es, _ := os.ReadDir(tmp)
	var left []string
	for _, e := range es {
		left = append(left, e.Name())
	}
	if len(left) > 0 {
		t.Errorf("temporary files left after Abort: %s", strings.Join(left, ", "))
	}
}
