package rules_test

import (
	"fmt"

	"github.com/vnextract/vnextract/pipeline/fold"
	"github.com/vnextract/vnextract/rules"
)

func ExampleSet_Apply() {
	set, err := rules.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	src := "Ngày 5-8, Bộ Quốc phòng tặng Bằng khen cho 19 tập thể, thực hiện Luật Nghĩa vụ quân sự nhiệm kỳ 2020-2025."
	for _, m := range set.Apply(fold.New(src), nil) {
		fmt.Printf("%s %q [%d:%d] by %s (%s)\n", m.Type, src[m.Start:m.End], m.Start, m.End, m.Rule, m.Source)
		switch v := m.Value; {
		case v.Number != nil:
			fmt.Printf("\tnumber %v, unit %q\n", *v.Number, v.Unit)
		case v.ISO != "":
			fmt.Printf("\tISO %s\n", v.ISO)
		case v.From != "":
			fmt.Printf("\tfrom %s to %s\n", v.From, v.To)
		}
	}
	// Output:
	// date "Ngày 5-8" [0:9] by date.dm.day (date.yaml:113)
	// 	ISO --08-05
	// count "19 tập thể" [53:67] by count.digits (count.yaml:11)
	// 	number 19, unit "tập thể"
	// law "Luật Nghĩa vụ quân sự" [83:112] by law.named (law.yaml:68)
	// term "nhiệm kỳ 2020-2025" [113:135] by term.tenure (term.yaml:8)
	// 	from 2020 to 2025
}
