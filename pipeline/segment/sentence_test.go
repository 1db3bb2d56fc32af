package segment

import (
	"os"
	"slices"
	"testing"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Span
	}{
		{"empty", "", nil},
		{"only space", " \t\u00a0\n \r\n", nil},
		{"one sentence", "Đại tá Hoàng Văn Minh phát biểu.", []Span{{0, 41}}},
		// "Đại tá Hoàng Văn Minh phát biểu."
		{"two sentences", "Hội nghị đã kết thúc. Đơn vị khen thưởng 15 tập thể.", []Span{{0, 30}, {31, 72}}},
		// "Hội nghị đã kết thúc."
		// "Đơn vị khen thưởng 15 tập thể."
		{"question and exclamation", "Có phải mọi nhiệm vụ đều hoàn thành? Có! Đúng vậy.", []Span{{0, 50}, {51, 55}, {56, 69}}},
		// "Có phải mọi nhiệm vụ đều hoàn thành?"
		// "Có!"
		// "Đúng vậy."
		{"lowercase after dot", "Số liệu năm 2021. còn thiếu, cần bổ sung.", []Span{{0, 53}}},
		// "Số liệu năm 2021. còn thiếu, cần bổ sung."
		{"no space after dot", "Tra cứu tại qdnd.vn.Sau đó gửi báo cáo.", []Span{{0, 49}}},
		// "Tra cứu tại qdnd.vn.Sau đó gửi báo cáo."
		{"number ends sentence", "Kết quả năm 2021. Năm 2022 tăng 5%.", []Span{{0, 22}, {23, 42}}},
		// "Kết quả năm 2021."
		// "Năm 2022 tăng 5%."
		{"digit starts sentence", "Hội nghị thành công. 15 tập thể được khen.", []Span{{0, 26}, {27, 56}}},
		// "Hội nghị thành công."
		// "15 tập thể được khen."
		{"headline lines", "Thứ Ba, 14/3/2023\nBộ CHQS tỉnh: Tổng kết năm 2022\n\nĐại tá phát biểu", []Span{{0, 19}, {20, 60}, {62, 85}}},
		// "Thứ Ba, 14/3/2023"
		// "Bộ CHQS tỉnh: Tổng kết năm 2022"
		// "Đại tá phát biểu"
		{"crlf and blank lines", "Dòng một\r\n\r\n  Dòng hai  \r\nDòng ba", []Span{{0, 11}, {17, 26}, {30, 38}}},
		// "Dòng một"
		// "Dòng hai"
		// "Dòng ba"
		{"line break mid sentence", "Thiếu tướng Trần Ngọc\nTuấn dự hội nghị", []Span{{0, 30}, {31, 55}}},
		// "Thiếu tướng Trần Ngọc"
		// "Tuấn dự hội nghị"
		{"unicode line separators", "Câu một\u2028Câu hai\u2029Câu ba\u0085Câu bốn", []Span{{0, 10}, {13, 21}, {24, 31}, {33, 43}}},
		// "Câu một"
		// "Câu hai"
		// "Câu ba"
		// "Câu bốn"
		{"surrounding space", "  \u00a0Câu có khoảng trắng.\u00a0 ", []Span{{4, 30}}},
		// "Câu có khoảng trắng."
		{"TP.", "Hội nghị tổ chức tại TP. Lạng Sơn. Đại biểu dự đông đủ.", []Span{{0, 47}, {48, 80}}},
		// "Hội nghị tổ chức tại TP. Lạng Sơn."
		// "Đại biểu dự đông đủ."
		{"Tp.", "Ông sinh ra ở Tp. Hải Phòng.", []Span{{0, 34}}},
		// "Ông sinh ra ở Tp. Hải Phòng."
		{"TS.", "Theo TS. Nguyễn Thị Hạnh, cần đổi mới.", []Span{{0, 51}}},
		// "Theo TS. Nguyễn Thị Hạnh, cần đổi mới."
		{"ThS.", "Báo cáo của ThS. Đỗ Minh Quân được đánh giá cao.", []Span{{0, 63}}},
		// "Báo cáo của ThS. Đỗ Minh Quân được đánh giá cao."
		{"Th.S.", "Báo cáo của Th.S. Đỗ Minh Quân được đánh giá cao.", []Span{{0, 64}}},
		// "Báo cáo của Th.S. Đỗ Minh Quân được đánh giá cao."
		{"PGS.", "Có mặt PGS. Trần Văn Hùng và GS. Lê Văn An.", []Span{{0, 53}}},
		// "Có mặt PGS. Trần Văn Hùng và GS. Lê Văn An."
		{"PGS.TS.", "Có mặt PGS.TS. Trần Văn Hùng.", []Span{{0, 36}}},
		// "Có mặt PGS.TS. Trần Văn Hùng."
		{"P. and Q.", "Trụ sở ở P. Bến Nghé, Q. 1, TP.HCM. Điện thoại liên hệ.", []Span{{0, 44}, {45, 72}}},
		// "Trụ sở ở P. Bến Nghé, Q. 1, TP.HCM."
		// "Điện thoại liên hệ."
		{"foreign titles", "Ông Mr. Smith gặp Dr. Brown tại St. Louis.", []Span{{0, 47}}},
		// "Ông Mr. Smith gặp Dr. Brown tại St. Louis."
		{"v.v.", "Gồm súng, đạn, v.v. Ngoài ra còn xe.", []Span{{0, 44}}},
		// "Gồm súng, đạn, v.v. Ngoài ra còn xe."
		{"Đ/c.", "Người ký: Đ/c. Phạm Văn Tâm.", []Span{{0, 37}}},
		// "Người ký: Đ/c. Phạm Văn Tâm."
		{"initials", "Ông N.V.A. trình bày. Ông B. Nguyễn tham dự.", []Span{{0, 24}, {25, 52}}},
		// "Ông N.V.A. trình bày."
		// "Ông B. Nguyễn tham dự."
		{"enumerations", "1. Mục tiêu chung\n2.1. Nội dung\nII. Nhiệm vụ. Giải pháp cụ thể.", []Span{{0, 20}, {21, 36}, {37, 54}, {55, 79}}},
		// "1. Mục tiêu chung"
		// "2.1. Nội dung"
		// "II. Nhiệm vụ."
		// "Giải pháp cụ thể."
		{"ellipsis char", "Luật Tín ngưỡng, tôn giáo… Phối hợp với địa phương.", []Span{{0, 36}, {37, 72}}},
		// "Luật Tín ngưỡng, tôn giáo…"
		// "Phối hợp với địa phương."
		{"three dots", "Lực lượng cứu được 137 người... Bên cạnh đó còn tặng quà.", []Span{{0, 45}, {46, 80}}},
		// "Lực lượng cứu được 137 người..."
		// "Bên cạnh đó còn tặng quà."
		{"ellipsis then lowercase", "Nhiều mô hình… và nhiều cách làm... đã được nhân rộng.", []Span{{0, 74}}},
		// "Nhiều mô hình… và nhiều cách làm... đã được nhân rộng."
		{"v.v...", "Súng, đạn, v.v... Ngoài ra còn xe.", []Span{{0, 21}, {22, 40}}},
		// "Súng, đạn, v.v..."
		// "Ngoài ra còn xe."
		{"closing quote stays", "Anh nói: “Năm nay đơn vị được tặng Cờ thi đua.” Mọi người vỗ tay.", []Span{{0, 66}, {67, 91}}},
		// "Anh nói: “Năm nay đơn vị được tặng Cờ thi đua.”"
		// "Mọi người vỗ tay."
		{"closing bracket stays", "Đơn vị tham gia (gồm 3 tiểu đoàn.) Sau đó rút về.", []Span{{0, 44}, {45, 64}}},
		// "Đơn vị tham gia (gồm 3 tiểu đoàn.)"
		// "Sau đó rút về."
		{"opening quote starts", "Ông nhấn mạnh vai trò dân vận. “Dân vận khéo” là phong trào lớn.", []Span{{0, 39}, {40, 85}}},
		// "Ông nhấn mạnh vai trò dân vận."
		// "“Dân vận khéo” là phong trào lớn."
		{"opening bracket starts", "Hội nghị kết thúc. (Theo qdnd.vn)", []Span{{0, 25}, {26, 40}}},
		// "Hội nghị kết thúc."
		// "(Theo qdnd.vn)"
		{"straight quotes", "Phong trào \"mẫu mực, tiêu biểu\". \"Tổ dân quân\" ra đời.", []Span{{0, 40}, {41, 69}}},
		// "Phong trào \"mẫu mực, tiêu biểu\"."
		// "\"Tổ dân quân\" ra đời."
		// Decomposed (NFD) text: the marks are separate code points, so byte
		// offsets differ from both rune counts and the composed form.
		{"nfd", "Vie\u0323\u0302t Nam. Đa\u0300 Na\u0306\u0303ng. E\u0302 ke\u0301p.", []Span{{0, 13}, {14, 29}, {30, 40}}},
		// "Vie\u0323\u0302t Nam."
		// "Đa\u0300 Na\u0306\u0303ng."
		// "E\u0302 ke\u0301p."
		{"invalid utf8", "A\xffB. \xfe Cuối\xe1.", []Span{{0, 15}}},
		// "A\xffB. \xfe Cuối\xe1."
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %v\n     %q\nwant %v\n     %q", tt.text, got, spanTexts(tt.text, got), tt.want, spanTexts(tt.text, tt.want))
			}
			checkSentences(t, tt.text, got)
		})
	}
}

// spanTexts returns the text of each span, for failure messages.
func spanTexts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentenceIndex(t *testing.T) {
	// "Hội nghị." is bytes [0,13) ("ộ" and "ị" take 3 bytes each), "Đã xong!"
	// is [15,25).
	text := "Hội nghị.  Đã xong!"
	sents := Sentences(text)
	if want := []Span{{0, 13}, {15, 25}}; !slices.Equal(sents, want) {
		t.Fatalf("Sentences(%q) = %v, want %v", text, sents, want)
	}
	tests := []struct {
		off  int
		want int
	}{
		{-1, -1},
		{0, 0},
		{12, 0},
		{13, -1}, // the spaces between the sentences
		{14, -1},
		{15, 1},
		{24, 1},
		{25, -1},
		{100, -1},
	}
	for _, tt := range tests {
		if got := SentenceIndex(sents, tt.off); got != tt.want {
			t.Errorf("SentenceIndex(%v, %d) = %d, want %d", sents, tt.off, got, tt.want)
		}
	}
	if got := SentenceIndex(nil, 0); got != -1 {
		t.Errorf("SentenceIndex(nil, 0) = %d, want -1", got)
	}
}

// TestSentencesSeedDocument measures the splitter on the shared seed
// document, whose 17 segments (headline, caption, dateline, body sentences,
// source line) an earlier segmenter got wrong. It is skipped where the shared
// corpus is absent.
func TestSentencesSeedDocument(t *testing.T) {
	doc, err := os.ReadFile("../../../shared/corpus/quankhu2-dan-van-2022.txt")
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	sents := Sentences(string(doc))
	checkSentences(t, string(doc), sents)
	if len(sents) != 17 {
		t.Errorf("got %d sentences, want 17:\n%q", len(sents), spanTexts(string(doc), sents))
	}
}

// TestOrdinaryRun checks that every character ordinaryRun skips is one
// Sentences would pass over: not space, line break or terminator.
func TestOrdinaryRun(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		s := string(r)
		if ordinaryRun(s, 0) == len(s) && (isSpace(r) || isLineBreak(r) || isTerminator(r)) {
			t.Errorf("ordinaryRun skips %U", r)
		}
	}
	// A lead byte without its continuation is an invalid byte, which
	// Sentences passes over; the terminator after it stops the run.
	for _, c := range []struct {
		s    string
		want int
	}{{"\xc3.", 1}, {"\xe1\x80.", 2}, {"\xe1.", 1}, {"\xe1\xbb.", 2}, {"\xe2\x80\xa6", 0}, {"\xe2\x80", 2}, {"a\xe2\x80\xa6", 1}} {
		if got := ordinaryRun(c.s, 0); got != c.want {
			t.Errorf("ordinaryRun(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	// Single spaces between ordinary characters are skipped; the run ends
	// on its last non-space character.
	for _, c := range []struct {
		s    string
		i    int
		want int
	}{
		{"Bộ Quốc phòng, “Hà Nội” – x", 0, len("Bộ Quốc phòng, “Hà Nội” – x")},
		{"ab cd", 0, 5},
		{"ab cd", 2, 2},
		{" ab", 0, 0},
		{"ab ", 0, 2},
		{"ab  cd", 0, 2},
		{"ab .c", 0, 2},
		{"ab. c", 0, 2},
		{"ab\tcd", 0, 2},
		{"ab\u00a0cd", 0, 2},
		{"ab \u2003cd", 0, 2},
		{"ab …", 0, 2},
		{"ab \xffcd", 0, 6},
		{"ab \xff cd", 0, 7},
		{"ab\xc2\xa0cd", 0, 2},
		{"ab\xc2 cd", 0, 6},
		{"ab \xe3\x80\x80cd", 0, 2},
		{"ab \xe1\x9a\x80cd", 0, 2},
		{"ab \xe1\x9a\x81cd", 0, 8},
		{"x. ab cd", 2, 2},
		{"x. ab cd", 3, 8},
	} {
		if got := ordinaryRun(c.s, c.i); got != c.want {
			t.Errorf("ordinaryRun(%q, %d) = %d, want %d", c.s, c.i, got, c.want)
		}
	}
}

// ordinaryRunRef is ordinaryRun rune by rune, as Sentences sees the text:
// an invalid byte is an ordinary character.
func ordinaryRunRef(text string, i int) int {
	start, end := i, i
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == ' ' && i == end && end > start {
			i++
			continue
		}
		if (r != utf8.RuneError || n > 1) && (isSpace(r) || isLineBreak(r) || isTerminator(r)) {
			return end
		}
		i += n
		end = i
	}
	return end
}
