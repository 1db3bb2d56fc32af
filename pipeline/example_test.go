package pipeline_test

import (
	"context"
	"fmt"

	"github.com/vnextract/vnextract/pipeline"
)

// Extract one document and print its ranks and dates with their code
// point offsets.
func ExamplePipeline_Extract() {
	p, err := pipeline.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := p.Extract(context.Background(), pipeline.Input{
		ID:   "tin.txt",
		Data: []byte("Ngày 5-1-2026, Đại tá Trần Quốc Bảo dự lễ ra quân huấn luyện."),
	})
	fmt.Println(doc.Status, doc.Encoding)
	for _, m := range doc.Mentions {
		if m.Type == pipeline.Rank || m.Type == pipeline.Date {
			fmt.Printf("%s %q [%d,%d) %s\n", m.Type, m.Text, m.Start, m.End, m.ISO)
		}
	}
	// Output:
	// ok utf-8
	// date "Ngày 5-1-2026" [0,13) 2026-01-05
	// rank "Đại tá" [15,21)
}

// Batch processes many documents with the pipeline's workers and returns
// the results in input order; a document that cannot be read or decoded
// is reported with its error and the rest go on.
func ExamplePipeline_Batch() {
	p, err := pipeline.New(pipeline.WithWorkers(2))
	if err != nil {
		fmt.Println(err)
		return
	}
	docs := p.Batch(context.Background(), []pipeline.Input{
		{ID: "a", Text: "Thiếu tướng Nguyễn Văn Hòa dự lễ."},
		{ID: "b", Data: []byte{}},
		{ID: "c", Text: "Ngày 20-12-2025, Thượng tá Lê Minh Tuấn phát biểu."},
	})
	for _, d := range docs {
		fmt.Print(d.ID, " ", d.Status)
		if d.Error != "" {
			fmt.Print(" (", d.Error, ")")
		}
		for _, m := range d.Mentions {
			if m.Type == pipeline.Rank {
				fmt.Print(" ", m.Text)
			}
		}
		fmt.Println()
	}
	// Output:
	// a ok Thiếu tướng
	// b error (decode: input is empty)
	// c ok Thượng tá
}
