package rules

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// FuzzLoad feeds random bytes to the rule file parser: it must return
// rules or errors, never panic, and what it compiles must run.
func FuzzLoad(f *testing.F) {
	// Small seeds: each execution compiles what it is given and checks
	// its examples, so whole rule files would make the fuzzer crawl.
	f.Add([]byte(good))
	f.Add([]byte("rules:\n  - id: d\n    kind: pattern\n    type: date\n    pattern: 'ngày (?P<d>\\d{1,2})-(?P<m>\\d{1,2})'\n    not_after: '[-/]\\d'\n    value: date\n    example: [\"Ngày 5-8\"]\n"))
	f.Add([]byte("rules:\n  - {id: l, kind: pattern, type: law, pattern: 'luật', case: upper, value: law, keep_inner: true}\n"))
	f.Add([]byte("rules:\n  - {id: t, kind: pattern, type: term, pattern: 'khoá (?P<n>[ivx]+)', not_before: '(?:^|\\PL)x ', value: term}\n"))
	f.Add([]byte("rules:\n  - {id: a, kind: pattern, type: count, pattern: '(?P<n>\\d+)', value: count, span: n}\n"))
	f.Add([]byte("rules: [1, {id: 2}]\n"))
	f.Add([]byte("rules:\n  - &a {id: x}\n  - *a\n"))
	t := fold.New("Ngày 5-8, sau ba ngày làm việc, 19 tập thể thực hiện Luật Nghĩa vụ quân sự nhiệm kỳ 2020-2025.")
	f.Fuzz(func(tt *testing.T, data []byte) {
		rs, errs := parseFile("fuzz.yaml", data)
		if len(errs) == 0 && len(rs) > 0 {
			newSet(rs).Apply(t, nil)
		}
	})
}

// FuzzApply runs the default rules on random text: no panic, spans inside
// the source on rune boundaries with Start < End, sorted, and the same
// result twice.
func FuzzApply(f *testing.F) {
	set, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Ngày 5-8, sau ba ngày làm việc khẩn trương, nhiệm kỳ 2020-2025",
		"Tặng 13 Huân chương Bảo vệ Tổ quốc (3 hạng nhất, 1 hạng nhì, 9 hạng ba)",
		"(6-3-1979/6-3-2019) 5-9/1 28 và 29 tháng 5 hơn 3 tỷ đồng 98%",
		"Luật sửa đổi, bổ sung một số điều của Luật Công an nhân dân; Luật Tín ngưỡng, tôn giáo…",
		"hai mươi tư một trăm linh năm hàng trăm nghìn ngày công 6 tháng đầu năm 2021",
		"NGÀY\u00a05\u20138 HO\u0300A 1.234,5\u200b km\r\n",
		"\xff\xfe 9 \u0301tỉnh",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ft := fold.New(s)
		ms := set.Apply(ft, nil)
		for i, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("match %d %+v: span out of range in %d bytes", i, m, len(s))
			}
			if utf8.ValidString(s) && (!utf8.RuneStart(s[m.Start]) || m.End < len(s) && !utf8.RuneStart(s[m.End])) {
				t.Fatalf("match %d %+v cuts a rune in %q", i, m, s)
			}
			if i > 0 && compareMatch(ms[i-1], m) > 0 {
				t.Fatalf("matches out of order: %+v before %+v", ms[i-1], m)
			}
		}
		again := set.Apply(fold.New(s), nil)
		if !slices.EqualFunc(ms, again, sameMatch) {
			t.Fatalf("two runs differ on %q:\n%+v\n%+v", s, ms, again)
		}
	})
}

func sameMatch(a, b Match) bool {
	na, nb := a.Value.Number, b.Value.Number
	a.Value.Number, b.Value.Number = nil, nil
	return a == b && (na == nil) == (nb == nil) && (na == nil || *na == *nb)
}
