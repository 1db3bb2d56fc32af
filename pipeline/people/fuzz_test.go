package people

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

// FuzzBuilder feeds report lines, as "vnextract people" reads them, to a
// Builder: no input may panic, and every document naming someone ends up
// in a record.
func FuzzBuilder(f *testing.F) {
	f.Add([]byte(`{"id": "a", "date": "2018-04-10", "persons": [{"name": "Lê Quang Minh", "rank": "Đại tá", "positions": [{"title": "Tham mưu trưởng Quân khu 7", "organization": "Quân khu 7", "start": 8}]}], "mentions": [{"type": "organization", "text": "Quân khu 7", "start": 24, "canonical": "Quân khu 7"}]}
{"id": "b", "date": "2022", "persons": [{"name": "lê quang minh", "rank": "Thiếu tướng", "positions": [{"title": "Phó Tư lệnh Công an tỉnh", "organization": "Công an tỉnh", "former": true}]}]}
{"id": "c", "date": "--01-27", "persons": [{"name": "Lê  Quang Minh", "rank": "Chuẩn tướng"}, {"name": "Lê Quang Minh", "rank": "Thiếu úy"}]}`))
	f.Add([]byte(`{"id": "x", "date": "2024-09-02", "persons": [{"name": "A", "rank": "Đại tá", "positions": [{"title": "Sư đoàn trưởng", "organization": "Sư đoàn 9", "start": 99999}]}]}
{"id": "y", "date": "2024-09-02", "persons": [{"name": "A", "rank": "Đại tá", "positions": [{"title": "", "organization": "Bộ CHQS tỉnh", "start": -4}]}, {"name": "", "rank": ""}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b := New()
		named := map[string]bool{}
		for _, line := range bytes.Split(data, []byte("\n")) {
			var d pipeline.Document
			if json.Unmarshal(line, &d) != nil {
				continue
			}
			b.Add(&d)
			for _, p := range d.Persons {
				if Key(p.Name) != "" {
					named[d.ID] = true
				}
			}
		}
		seen := map[string]bool{}
		for _, p := range b.People() {
			if len(p.Documents) == 0 || p.ID == "" {
				t.Fatalf("record without documents or id: %+v", p)
			}
			for _, d := range p.Documents {
				seen[d] = true
			}
			if len(b.Explain(p.Name)) == 0 {
				t.Fatalf("no explanation for %q", p.Name)
			}
		}
		for id := range named {
			if !seen[id] {
				t.Fatalf("document %q names someone but is in no record", id)
			}
		}
	})
}
