package fold_test

import (
	"fmt"
	"strings"

	"github.com/vnextract/vnextract/pipeline/fold"
)

func ExampleText_Span() {
	src := "Đại tá  Nguyễn Văn Hòa – Chính ủy"
	ft := fold.New(src)
	fmt.Println(ft.Key)
	k := strings.Index(ft.Key, "văn hoà")
	s, e := ft.Span(k, k+len("văn hoà"))
	fmt.Printf("%q [%d,%d)\n", src[s:e], s, e)
	// Output:
	// đại tá nguyễn văn hoà - chính uỷ
	// "Văn Hòa" [21,30)
}

// A Cursor maps the words of a key in order, each from where the last
// was found.
func ExampleCursor() {
	src := "Thủy quân  lục chiến"
	ft := fold.New(src)
	c := ft.Cursor()
	start := 0
	for _, w := range strings.Fields(ft.Key) {
		k := strings.Index(ft.Key[start:], w) + start
		s, e := c.Span(k, k+len(w))
		fmt.Printf("%s=%q ", w, src[s:e])
		start = k + len(w)
	}
	fmt.Println()
	// Output:
	// thuỷ="Thủy" quân="quân" lục="lục" chiến="chiến"
}
