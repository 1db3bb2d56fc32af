package segment

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Token
	}{
		{"empty", "", nil},
		{"only space", " \t\u00a0\r\n", nil},
		{"words", "Quân khu 2 tổ chức hội nghị.", []Token{
			{0, 5, Word},     // "Quân"
			{6, 9, Word},     // "khu"
			{10, 11, Number}, // "2"
			{12, 16, Word},   // "tổ"
			{17, 23, Word},   // "chức"
			{24, 29, Word},   // "hội"
			{30, 36, Word},   // "nghị"
			{36, 37, Punct},  // "."
		}},
		{"abbreviations", "TP. Lạng Sơn, TP.HCM, Th.S Quân, PGS.TS Hùng, Q.1, v.v.", []Token{
			{0, 3, Abbrev},   // "TP."
			{4, 10, Word},    // "Lạng"
			{11, 15, Word},   // "Sơn"
			{15, 16, Punct},  // ","
			{17, 23, Abbrev}, // "TP.HCM"
			{23, 24, Punct},  // ","
			{25, 29, Abbrev}, // "Th.S"
			{30, 35, Word},   // "Quân"
			{35, 36, Punct},  // ","
			{37, 43, Abbrev}, // "PGS.TS"
			{44, 49, Word},   // "Hùng"
			{49, 50, Punct},  // ","
			{51, 54, Abbrev}, // "Q.1"
			{54, 55, Punct},  // ","
			{56, 60, Abbrev}, // "v.v."
		}},
		{"numbers", "Có 1.234 người, 368,7 km, 98% và 1.234.567 đồng.", []Token{
			{0, 3, Word},     // "Có"
			{4, 9, Number},   // "1.234"
			{10, 18, Word},   // "người"
			{18, 19, Punct},  // ","
			{20, 25, Number}, // "368,7"
			{26, 28, Word},   // "km"
			{28, 29, Punct},  // ","
			{30, 33, Number}, // "98%"
			{34, 37, Word},   // "và"
			{38, 47, Number}, // "1.234.567"
			{48, 55, Word},   // "đồng"
			{55, 56, Punct},  // "."
		}},
		{"dates and documents", "Ngày 27/1/2022, Quyết định 245/QĐ-BQP, Nghị quyết 35-NQ/TW.", []Token{
			{0, 5, Word},     // "Ngày"
			{6, 15, Number},  // "27/1/2022"
			{15, 16, Punct},  // ","
			{17, 24, Word},   // "Quyết"
			{25, 32, Word},   // "định"
			{33, 44, Number}, // "245/QĐ-BQP"
			{44, 45, Punct},  // ","
			{46, 52, Word},   // "Nghị"
			{53, 60, Word},   // "quyết"
			{61, 69, Number}, // "35-NQ/TW"
			{69, 70, Punct},  // "."
		}},
		{"punctuation", "“Dân vận khéo”… (Theo qdnd.vn)!?", []Token{
			{0, 3, Punct},   // "“"
			{3, 7, Word},    // "Dân"
			{8, 13, Word},   // "vận"
			{14, 19, Word},  // "khéo"
			{19, 22, Punct}, // "”"
			{22, 25, Punct}, // "…"
			{26, 27, Punct}, // "("
			{27, 31, Word},  // "Theo"
			{32, 39, Word},  // "qdnd.vn"
			{39, 40, Punct}, // ")"
			{40, 41, Punct}, // "!"
			{41, 42, Punct}, // "?"
		}},
		{"nfd", "Vie\u0323\u0302t Nam: Covid-19.", []Token{
			{0, 8, Word},    // "Vie\u0323\u0302t"
			{9, 12, Word},   // "Nam"
			{12, 13, Punct}, // ":"
			{14, 22, Word},  // "Covid-19"
			{22, 23, Punct}, // "."
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q)\n got %v\n     %q\nwant %v\n     %q", tt.text, got, tokenTexts(tt.text, got), tt.want, tokenTexts(tt.text, tt.want))
			}
		})
	}
}

// tokenTexts returns the text of each token, for failure messages.
func tokenTexts(text string, toks []Token) []string {
	var out []string
	for _, tk := range toks {
		out = append(out, text[tk.Start:tk.End])
	}
	return out
}

// keepWhole lists forms that must come out as exactly one token, each shown
// in a context; the token's offsets are len(before) and len(before+tok), in
// bytes, which differ from rune counts in Vietnamese text.
var keepWhole = []struct {
	before, tok, after string
	kind               Kind
}{
	{"họp tại ", "TP.", " Lạng Sơn", Abbrev},
	{"sinh ở ", "Tp.", " Hải Phòng", Abbrev},
	{"theo ", "TS.", " Nguyễn Thị Hạnh", Abbrev},
	{"báo cáo của ", "ThS.", " Đỗ Minh Quân", Abbrev},
	{"báo cáo của ", "Th.S", " Đỗ Minh Quân", Abbrev},
	{"có mặt ", "PGS.", " Trần Văn Hùng", Abbrev},
	{"có mặt ", "GS.", " Lê Văn An", Abbrev},
	{"có mặt ", "PGS.TS", " Trần Văn Hùng", Abbrev},
	{"có mặt ", "PGS.TS.", " Trần Văn Hùng", Abbrev},
	{"trụ sở ", "P.", " Bến Nghé", Abbrev},
	{"trụ sở ", "Q.1", ", thành phố", Abbrev},
	{"trụ sở ", "TP.HCM", " và Hà Nội", Abbrev},
	{"thành phố ", "St.", " Louis", Abbrev},
	{"ông ", "Mr.", " Smith", Abbrev},
	{"bác sĩ ", "Dr.", " Brown", Abbrev},
	{"súng, đạn, ", "v.v.", " Ngoài ra", Abbrev},
	{"ông ", "N.V.A.", " trình bày", Abbrev},
	{"người ký: ", "Đ/c", " Phạm Văn Tâm", Abbrev},
	{"cùng ", "đ/c", " Tâm", Abbrev},
	{"lực lượng ", "PK-KQ", " phối hợp", Abbrev},
	{"theo mẫu ", "QĐ-TTg", ", ", Abbrev},
	{"tổng cộng ", "1.234", " người", Number},
	{"kinh phí ", "1.234.567", " đồng", Number},
	{"dài ", "368,7", " km", Number},
	{"ngày ", "27/1/2022", ", hội nghị", Number},
	{"ngày ", "27-1-2022", ", hội nghị", Number},
	{"ngày ", "5-8", " tại trường bắn", Number},
	{"nhiệm kỳ ", "2021-2026", ";", Number},
	{"giai đoạn ", "2021–2026", ";", Number},
	{"kỷ niệm (", "20/2/1985-20/2/2025", ")", Number},
	{"Luật số ", "72/2014/QH13", " của Quốc hội", Number},
	{"Nghị quyết ", "35-NQ/TW", " của Bộ Chính trị", Number},
	{"Quyết định ", "245/QĐ-BQP", " của Bộ Quốc phòng", Number},
	{"Quyết định ", "1234/QĐ-TTg", " của Thủ tướng", Number},
	{"đạt ", "98%", " yêu cầu", Number},
	{"khá, giỏi ", "68,5%", ".", Number},
	{"phòng chống dịch ", "Covid-19", " trên địa bàn", Word},
	{"máy bay ", "MiG-21", " cất cánh", Word},
	{"cứu được 137 người", "...", " Bên cạnh", Punct},
	{"tôn giáo", "…", " Phối hợp", Punct},
	{"Nguye\u0302\u0303n Va\u0306n ", "A\u0302\u0300n", " (NFD)", Word},
}

func TestTokensKeepWhole(t *testing.T) {
	for _, c := range keepWhole {
		text := c.before + c.tok + c.after
		want := Token{len(c.before), len(c.before) + len(c.tok), c.kind}
		toks := Tokens(text)
		if !slices.Contains(toks, want) {
			t.Errorf("Tokens(%q) = %q %v, want %q as %v at [%d,%d)", text, tokenTexts(text, toks), toks, c.tok, c.kind, want.Start, want.End)
		}
	}
}

// TestTokensKeepWholeNFD checks that decomposed Vietnamese (combining marks
// as separate code points) gives the same tokens at the shifted offsets.
func TestTokensKeepWholeNFD(t *testing.T) {
	for _, c := range keepWhole {
		before, tok, after := norm.NFD.String(c.before), norm.NFD.String(c.tok), norm.NFD.String(c.after)
		text := before + tok + after
		want := Token{len(before), len(before) + len(tok), c.kind}
		if toks := Tokens(text); !slices.Contains(toks, want) {
			t.Errorf("Tokens(%q) = %q, want %q as %v at [%d,%d)", text, tokenTexts(text, toks), tok, c.kind, want.Start, want.End)
		}
	}
}

func TestTokensSplit(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"TP.Biên Hòa", []string{"TP.", "Biên", "Hòa"}},
		{"Q.Ba Đình", []string{"Q.", "Ba", "Đình"}},
		{"tại TP.HCM.", []string{"tại", "TP.HCM", "."}},
		{"năm 2021.", []string{"năm", "2021", "."}},
		{"v.v...", []string{"v.v", "..."}},
		{"Việt-Lào", []string{"Việt", "-", "Lào"}},
		{"2021 – 2026", []string{"2021", "–", "2026"}},
		{"98 %", []string{"98", "%"}},
		{"đồng/học sinh/tháng", []string{"đồng", "/", "học", "sinh", "/", "tháng"}},
		{"anh a. Sau", []string{"anh", "a", ".", "Sau"}},
		{"?!", []string{"?", "!"}},
		{"“Dân vận khéo”", []string{"“", "Dân", "vận", "khéo", "”"}},
	}
	for _, tt := range tests {
		if got := tokenTexts(tt.text, Tokens(tt.text)); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTokensNFDDocument tokenizes the sample document composed and
// decomposed: the tokens must match one for one, the decomposed ones being
// the decomposition of the composed ones.
func TestTokensNFDDocument(t *testing.T) {
	nfc := norm.NFC.String(readDoc(t))
	nfd := norm.NFD.String(nfc)
	if nfc == nfd {
		t.Fatal("sample document has no decomposable letters")
	}
	a, b := Tokens(nfc), Tokens(nfd)
	if len(a) != len(b) {
		t.Fatalf("NFC text has %d tokens, NFD text %d", len(a), len(b))
	}
	for i := range a {
		ta, tb := nfc[a[i].Start:a[i].End], nfd[b[i].Start:b[i].End]
		if norm.NFD.String(ta) != tb || a[i].Kind != b[i].Kind {
			t.Fatalf("token %d: NFC %q %v, NFD %q %v", i, ta, a[i].Kind, tb, b[i].Kind)
		}
	}
}

func TestAppendTokensSpan(t *testing.T) {
	text := "Ông A nói. Đ/c Tâm đến."
	// The second sentence starts at byte 13: "Ô" and "ó" take 2 bytes each.
	sents := Sentences(text)
	if want := []Span{{0, 12}, {13, 30}}; !slices.Equal(sents, want) {
		t.Fatalf("Sentences(%q) = %v, want %v", text, sents, want)
	}
	got := AppendTokens(nil, text, sents[1])
	want := []Token{{13, 17, Abbrev}, {18, 22, Word}, {23, 29, Word}, {29, 30, Punct}}
	if !slices.Equal(got, want) {
		t.Errorf("AppendTokens(%v) = %v %q, want %v", sents[1], got, tokenTexts(text, got), want)
	}

	all := Tokens(text)
	tests := []struct {
		span Span
		want []Token
	}{
		{Span{-5, 1000}, all},                   // clipped to the text
		{Span{0, len(text)}, all},               // the whole text
		{Span{20, 10}, nil},                     // empty
		{Span{len(text), 1000}, nil},            // past the end
		{Span{18, 22}, []Token{{18, 22, Word}}}, // "Tâm"
	}
	for _, tt := range tests {
		if got := AppendTokens(nil, text, tt.span); !slices.Equal(got, tt.want) {
			t.Errorf("AppendTokens(%v) = %v, want %v", tt.span, got, tt.want)
		}
	}

	// What dst held is kept.
	pre := []Token{{1, 2, Symbol}}
	if got := AppendTokens(pre, text, sents[1]); !slices.Equal(got, append([]Token{{1, 2, Symbol}}, want...)) {
		t.Errorf("AppendTokens onto %v = %v", pre, got)
	}
}

func TestAppendTokensNoAlloc(t *testing.T) {
	text := readDoc(t)
	dst := make([]Token, 0, len(Tokens(text)))
	allocs := testing.AllocsPerRun(20, func() {
		dst = AppendTokens(dst[:0], text, Span{0, len(text)})
	})
	if allocs != 0 {
		t.Errorf("AppendTokens into a slice with room allocated %v times per run, want 0", allocs)
	}
}

func TestKindString(t *testing.T) {
	got := []string{Word.String(), Number.String(), Abbrev.String(), Punct.String(), Symbol.String(), Kind(0).String(), Kind(42).String()}
	want := []string{"Word", "Number", "Abbrev", "Punct", "Symbol", "Kind(0)", "Kind(42)"}
	if !slices.Equal(got, want) {
		t.Errorf("Kind names = %q, want %q", got, want)
	}
}

// readDoc returns the package's sample document.
func readDoc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/tin-quan-su.txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}
