package segment

import (
	"slices"
	"testing"
)

var fuzzSeeds = []string{
	"",
	"Sáng 14-3, tại TP. Lạng Sơn, Bộ CHQS tỉnh tổ chức hội nghị. Dự có Thiếu tướng Lê Quang Đạo.",
	"PGS.TS Trần Văn Hùng, Th.S Đỗ Minh Quân, v.v. Bên cạnh đó… Có phải? Có!",
	"72/2014/QH13, 35-NQ/TW, 245/QĐ-BQP, Covid-19, 98%, 1.234.567, 368,7, 27/1/2022, 2021–2026",
	"Đ/c Tâm\r\n\r\nÔng N.V.A. ở Q.1 và TP.Biên Hòa...\n“Năm nay.” (Theo qdnd.vn)",
	"Vie\u0323\u0302t Nam. Đa\u0300 Na\u0306\u0303ng",
	"\xff\xfe. A\xe1\xbb. \u00a0 \u0301x 👍🏻. 1. II. a. B",
	"a \u2003b\u3000c \u1680d\u0085e \u2026 f\xe2\x80 g\xe2. h\xc2 \xc2\xa0",
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := Sentences(text)
		checkSentences(t, text, sents)
		for i := range len(text) {
			if got, want := ordinaryRun(text, i), ordinaryRunRef(text, i); got != want {
				t.Fatalf("ordinaryRun(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
		if again := Sentences(text); !slices.Equal(sents, again) {
			t.Fatalf("Sentences(%q) is not deterministic: %v then %v", text, sents, again)
		}
		for i, s := range sents {
			if got := SentenceIndex(sents, s.Start); got != i {
				t.Fatalf("SentenceIndex(%v) = %d, want %d", s.Start, got, i)
			}
			if got := SentenceIndex(sents, s.End-1); got != i {
				t.Fatalf("SentenceIndex(%v) = %d, want %d", s.End-1, got, i)
			}
		}
	})
}

func FuzzTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0, len(s))
	}
	f.Add("Q.1 và TP.HCM", 2, 11)
	f.Add("abc", -5, 99)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		toks := Tokens(text)
		checkTokens(t, text, Span{0, len(text)}, toks)
		if again := Tokens(text); !slices.Equal(toks, again) {
			t.Fatalf("Tokens(%q) is not deterministic: %v then %v", text, toks, again)
		}
		span := Span{start, end}
		part := AppendTokens(nil, text, span)
		checkTokens(t, text, span, part)
		// Appending keeps what dst held.
		pre := []Token{{0, 0, Word}}
		if got := AppendTokens(pre, text, span); !slices.Equal(got[1:], part) || got[0] != pre[0] {
			t.Fatalf("AppendTokens onto a non-empty dst changed the result")
		}
		for _, s := range Sentences(text) {
			checkTokens(t, text, s, AppendTokens(nil, text, s))
		}
	})
}
