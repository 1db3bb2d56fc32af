//go:build ignore

// This program makes docs/people-sheet.png's workbook: run
//
//	vnextract extract --format xlsx -o all.xlsx ../shared/corpus/*.txt testdata/docs testdata/eval testdata/eval2 testdata/eval3
//	go run docs/people-sheet.go all.xlsx people.xlsx
//	soffice --headless --convert-to pdf people.xlsx && pdftoppm -r 110 -png -f 1 -l 1 -x 70 -y 100 -W 1690 -H 910 people.pdf people-sheet

package main

import (
	"os"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// main keeps only the People sheet: the persons in more than one document,
// then others up to 22 rows, landscape, wrapped, for a picture.
func main() {
	f, err := excelize.OpenFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	rows, _ := f.GetRows("People", excelize.Options{RawCellValue: true})
	for _, r := range rows[1:] {
		for _, j := range []int{5, 6} {
			if j < len(r) {
				if v, err := strconv.ParseFloat(r[j], 64); err == nil {
					t, _ := excelize.ExcelDateToTime(v, false)
					r[j] = t.Format("2006-01-02")
				}
			}
		}
	}
	g := excelize.NewFile()
	g.SetSheetName("Sheet1", "People")
	var keep [][]string
	keep = append(keep, rows[0])
	for _, r := range rows[1:] {
		if n, _ := strconv.Atoi(r[7]); n > 1 {
			keep = append(keep, r)
		}
	}
	for _, r := range rows[1:] {
		if n, _ := strconv.Atoi(r[7]); n <= 1 && len(keep) < 16 && len(r) > 3 && r[2] != "" {
			keep = append(keep, r)
		}
	}
	wrap, _ := g.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}, Font: &excelize.Font{Size: 9}})
	bold, _ := g.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}, Font: &excelize.Font{Size: 9, Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDDDDD"}}})
	for i, r := range keep {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if n, err := strconv.Atoi(v); err == nil && j == 7 {
				g.SetCellValue("People", cell, n)
			} else {
				g.SetCellValue("People", cell, v)
			}
		}
	}
	widths := []float64{14, 17, 11, 30, 42, 10, 10, 9, 30, 36}
	for i, r := range keep {
		lines := 1
		for j, v := range r {
			n := 0
			for _, part := range strings.Split(v, "\n") {
				n += 1 + len([]rune(part))*11/10/int(widths[j])
			}
			lines = max(lines, n)
		}
		g.SetRowHeight("People", i+1, float64(lines)*12+2)
	}
	last, _ := excelize.CoordinatesToCellName(10, len(keep))
	g.SetCellStyle("People", "A1", last, wrap)
	g.SetCellStyle("People", "A1", "J1", bold)
	for col, w := range map[string]float64{"A": 14, "B": 17, "C": 11, "D": 30, "E": 42, "F": 10, "G": 10, "H": 9, "I": 30, "J": 36} {
		g.SetColWidth("People", col, col, w)
	}
	o := "landscape"
	fit := true
	one, zero := 1, 0
	size := 8 // A3
	g.SetPageLayout("People", &excelize.PageLayoutOptions{Orientation: &o, FitToWidth: &one, FitToHeight: &zero, Size: &size})
	g.SetSheetProps("People", &excelize.SheetPropsOptions{FitToPage: &fit})
	if err := g.SaveAs(os.Args[2]); err != nil {
		panic(err)
	}
}
