package people_test

import (
	"fmt"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/people"
)

// A Builder takes documents one at a time, as pipeline.Stream or a JSON
// Lines report yields them, and resolves their persons at the end.
func Example() {
	rank := func(s string) *string { return &s }
	docs := []pipeline.Document{
		{ID: "a.txt", Date: "2018-04-10", Persons: []pipeline.PersonRecord{{Name: "Lê Quang Minh", Rank: rank("Đại tá"),
			Positions: []pipeline.Office{{Title: "Tham mưu trưởng Quân khu 7", Organization: "Quân khu 7"}}}}},
		{ID: "b.txt", Date: "2022-04-10", Persons: []pipeline.PersonRecord{{Name: "Lê Quang Minh", Rank: rank("Thiếu tướng")}}},
		{ID: "c.txt", Date: "2021-03-01", Persons: []pipeline.PersonRecord{{Name: "Lê Quang Minh", Rank: rank("Đại úy"),
			Positions: []pipeline.Office{{Title: "Phó Trưởng Công an huyện", Organization: "Công an huyện"}}}}},
	}
	b := people.New()
	for i := range docs {
		b.Add(&docs[i])
	}
	for _, p := range b.People() {
		fmt.Println(p.Name, *p.Rank, p.Documents)
		for _, r := range p.Ranks {
			fmt.Println("  ", r.Text, r.First, r.Last)
		}
	}
	for _, s := range b.Explain("lê quang minh") {
		fmt.Println(s.Document, "→ record", s.Record)
	}
	// Output:
	// Lê Quang Minh Thiếu tướng [a.txt b.txt]
	//    Đại tá 2018-04-10 2018-04-10
	//    Thiếu tướng 2022-04-10 2022-04-10
	// Lê Quang Minh Đại úy [c.txt]
	//    Đại úy 2021-03-01 2021-03-01
	// a.txt → record 1
	// c.txt → record 2
	// b.txt → record 1
}
