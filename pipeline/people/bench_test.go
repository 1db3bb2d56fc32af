package people

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

// benchDocs makes n small documents the way the 1,000,000-document
// measurement in the README was made (there by a script writing the same
// shape as a JSON Lines report): 1–3 persons each, drawn from a pool of
// names, each name with a career of its own, so a rank rises one grade
// every five years from its start, and a post in a division or a
// military region.
func benchDocs(n, names int) []pipeline.Document {
	r := rand.New(rand.NewPCG(1, 2))
	ranks := []string{"Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá", "Thiếu tướng", "Trung tướng"}
	docs := make([]pipeline.Document, n)
	for i := range docs {
		year := 2010 + r.IntN(16)
		d := pipeline.Document{ID: fmt.Sprintf("doc-%07d.txt", i), Date: fmt.Sprintf("%d-%02d-%02d", year, 1+r.IntN(12), 1+r.IntN(28)), Status: pipeline.StatusOK}
		for k := range 1 + r.IntN(3) {
			id := r.IntN(names)
			rank := ranks[min(id%6+(year-2010)/5, len(ranks)-1)]
			org := fmt.Sprintf("Sư đoàn %d", 1+id%9)
			title := "Sư đoàn trưởng " + org
			if r.IntN(2) == 0 {
				org = fmt.Sprintf("Quân khu %d", 1+id%9)
				title = "Phó Tư lệnh " + org
			}
			d.Persons = append(d.Persons, pipeline.PersonRecord{Name: fmt.Sprintf("Nguyễn Văn Người %d", id), Rank: &rank,
				Positions: []pipeline.Office{{Title: title, Organization: org, Start: 120*k + 40}}, Mentions: []int{120*k + 10}})
		}
		docs[i] = d
	}
	return docs
}

// BenchmarkPeople gathers and resolves 10,000 documents per iteration.
func BenchmarkPeople(b *testing.B) {
	docs := benchDocs(10_000, 5_000)
	b.ReportAllocs()
	for b.Loop() {
		pb := New()
		for i := range docs {
			pb.Add(&docs[i])
		}
		n := 0
		pb.Each(func(*Person) error { n++; return nil })
		if n == 0 {
			b.Fatal("no records")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/doc")
}
