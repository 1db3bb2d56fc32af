package pipeline

import (
	"strings"
)

// documentDate returns the date a report gives for itself, in ISO 8601
// ("2025-02-20", "2025-02", "2025"), or "". The spec's call: the date of
// the writing or of the event reported, never an anniversary's founding
// date ("(20/2/1985-20/2/2025)" dates a 2025 report) or a past event's.
//
// In order: a publication line in the first sentences (a date beside a
// clock time or a weekday: "27/05/2018 07:33", "Thứ Hai, 5/1/2026");
// otherwise the report's own year is the year its dates name most often
// (a later one on a tie), leaving out both ends of an anniversary range,
// and its date is the most precise date of that year, the first one
// when several are as precise. A day and month written without a year
// in the first sentences ("Sáng 12/3, …") complete a bare year.
func documentDate(doc *Document, text string) string {
	type cand struct {
		iso      string
		sentence int
		pub      bool
	}
	var cands []cand
	years := map[string]int{}
	var dayMonth string // a "--MM-DD" date in the first sentences
	var rangeEnd string // the latest end of an anniversary's range
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Type != Date || m.ISO == "" || strings.Contains(m.ISO, "/") {
			continue
		}
		if m.ISO[0] == '-' {
			if dayMonth == "" && m.Sentence < 3 && len(m.ISO) == len("--03-12") {
				dayMonth = m.ISO
			}
			continue
		}
		if bornOn(m, text) {
			continue
		}
		if inRange(doc.Mentions, i, text) {
			if m.ISO > rangeEnd {
				rangeEnd = m.ISO
			}
			continue
		}
		c := cand{iso: m.ISO, sentence: m.Sentence, pub: m.Sentence < 3 && publicationLine(text, m.ByteStart, m.ByteEnd)}
		cands = append(cands, c)
		years[m.ISO[:4]]++
	}
	best := ""
	for _, c := range cands {
		if c.pub && len(c.iso) > len(best) {
			best = c.iso
		}
	}
	if best != "" {
		return best
	}
	year, n := "", 0
	for y, k := range years {
		if k > n || k == n && y > year {
			year, n = y, k
		}
	}
	for _, c := range cands {
		if c.iso[:4] == year && len(c.iso) > len(best) {
			best = c.iso
		}
	}
	// "(20/2/1985-20/2/2025)" with no other date: the anniversary's day.
	if best == "" {
		return rangeEnd
	}
	// "Sáng 12/3, …" in a report of 2024: 2024-03-12.
	if len(best) < len("2024-03-12") && dayMonth != "" && (len(best) == 4 || best[5:7] == dayMonth[2:4]) {
		best = best[:4] + dayMonth[1:]
	}
	return best
}

// inRange says whether date mention i is an end of a range of two
// complete dates joined by a dash: "(20/2/1985-20/2/2025)", "3/3/1959 –
// 3/3/2026", which is an anniversary's span, not the report's date.
func inRange(ms []Mention, i int, text string) bool {
	dashed := func(a, b *Mention) bool {
		if a.Type != Date || b.Type != Date || a.ByteEnd > b.ByteStart {
			return false
		}
		gap := strings.TrimSpace(text[a.ByteEnd:b.ByteStart])
		return gap == "-" || gap == "–" || gap == "—"
	}
	return i > 0 && dashed(&ms[i-1], &ms[i]) || i+1 < len(ms) && dashed(&ms[i], &ms[i+1])
}

// publicationLine says whether the date at [s, e) stands in a
// publication line: a clock time follows it ("27/05/2018 07:33") or a
// weekday comes before it ("Thứ Hai, 5/1/2026", "Chủ nhật 05/01").
func publicationLine(text string, s, e int) bool {
	after := text[e:min(len(text), e+12)]
	after = strings.TrimLeft(after, " ,|-")
	if d := digitsPrefix(after); d >= 1 && d <= 2 && len(after) > d && (after[d] == ':' || after[d] == 'h') {
		return true
	}
	before := strings.TrimRight(text[max(0, s-24):s], " ")
	before = strings.TrimRight(strings.TrimSuffix(before, "ngày"), " ,")
	for _, day := range weekdays {
		if len(before) >= len(day) && strings.EqualFold(before[len(before)-len(day):], day) {
			return true
		}
	}
	return false
}

// weekdays are the names a publication line gives the day by, the
// capitalized form as written ("Thứ Hai, 5/1/2026"); EqualFold takes
// the other ASCII case, and the lower-case forms are listed.
var weekdays = [...]string{
	"thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
	"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật", "Chủ nhật",
	"thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7",
}

func digitsPrefix(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// bornOn says whether the date mention m is a birth date or year ("SN
// 1979", "sinh năm 1963", "sinh ngày 1/1/1958"), which dates a person,
// not the report.
func bornOn(m *Mention, text string) bool {
	if m.Rule == "date.birth-year" {
		return true
	}
	before := strings.TrimRight(text[max(0, m.ByteStart-16):m.ByteStart], " ")
	before = strings.TrimSuffix(strings.TrimSuffix(before, "năm"), " ")
	return hasSuffixFold(before, "sinh") || hasSuffixFold(before, "sn")
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case, for a word
// before a date, without lowering the text.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) &&
		(len(s) == len(suffix) || s[len(s)-len(suffix)-1] == ' ' || s[len(s)-len(suffix)-1] == '(' || s[len(s)-len(suffix)-1] == '\n')
}
