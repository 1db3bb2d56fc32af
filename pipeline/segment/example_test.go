package segment_test

import (
	"fmt"

	"github.com/vnextract/vnextract/pipeline/segment"
)

func ExampleSentences() {
	text := "Thứ Ba, 14/3/2023\nSáng nay, tại TP. Lạng Sơn, PGS.TS Trần Văn Hùng phát biểu. Hội nghị kết thúc lúc 11 giờ."
	for _, s := range segment.Sentences(text) {
		fmt.Printf("[%d,%d) %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// [0,19) Thứ Ba, 14/3/2023
	// [20,92) Sáng nay, tại TP. Lạng Sơn, PGS.TS Trần Văn Hùng phát biểu.
	// [93,132) Hội nghị kết thúc lúc 11 giờ.
}

func ExampleTokens() {
	text := "Đ/c Tâm dự họp tại TP.HCM ngày 27/1/2022 theo Quyết định 245/QĐ-BQP; đạt 98%..."
	for _, t := range segment.Tokens(text) {
		fmt.Printf("[%d,%d) %-6v %s\n", t.Start, t.End, t.Kind, text[t.Start:t.End])
	}
	// Output:
	// [0,4) Abbrev Đ/c
	// [5,9) Word   Tâm
	// [10,14) Word   dự
	// [15,20) Word   họp
	// [21,26) Word   tại
	// [27,33) Abbrev TP.HCM
	// [34,39) Word   ngày
	// [40,49) Number 27/1/2022
	// [50,54) Word   theo
	// [55,62) Word   Quyết
	// [63,70) Word   định
	// [71,82) Number 245/QĐ-BQP
	// [82,83) Punct  ;
	// [84,90) Word   đạt
	// [91,94) Number 98%
	// [94,97) Punct  ...
}

func ExampleAppendTokens() {
	text := "Hội nghị kết thúc. Đại tá Hoàng Văn Minh phát biểu."
	var toks []segment.Token // reused across sentences
	for _, s := range segment.Sentences(text) {
		toks = segment.AppendTokens(toks[:0], text, s)
		fmt.Println(len(toks), "tokens from byte", toks[0].Start)
	}
	// Output:
	// 5 tokens from byte 0
	// 8 tokens from byte 26
}

func ExampleSentenceIndex() {
	text := "Hội nghị kết thúc. Đại tá Hoàng Văn Minh phát biểu."
	sents := segment.Sentences(text)
	// Byte 30 is in "Đại"; byte 25 is the space between the sentences.
	fmt.Println(segment.SentenceIndex(sents, 30), segment.SentenceIndex(sents, 25))
	// Output:
	// 1 -1
}
