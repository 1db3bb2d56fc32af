package rules

import (
	"sort"
	"strings"
	"sync"
)

// lawTitles are the known titles of laws, codes and ordinances
// (data/law-titles.txt) as their words, without the commas, dashes and
// "và" that join a title's fields, since text writes those freely
// ("Luật Phòng cháy chữa cháy", "… vật liệu nổ, công cụ hỗ trợ"). They
// are keyed by the title's first two words ("luật căn") and put longest
// first, so the first that the text spells out is the longest.
var lawTitles = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	for title := range wordList("data/law-titles.txt") {
		var words []string
		for _, w := range strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == ',' || r == '-' }) {
			if w != "và" {
				words = append(words, w)
			}
		}
		if len(words) >= 2 {
			k := words[0] + " " + words[1]
			m[k] = append(m[k], words)
		}
	}
	for _, ts := range m {
		sort.Slice(ts, func(i, j int) bool { return len(ts[i]) > len(ts[j]) })
	}
	return m
})

// titleSeps are what may join two words of a title in text.
var titleSeps = []string{" ", ", ", " và ", " - ", ", và "}

// titleEnd returns the key offset where the longest known law title
// starting at key offset s ends, or -1. A title's words must all be
// there, in order, joined by a space or by one of titleSeps.
func titleEnd(key string, s int) int {
	w1 := wordEnd(key, s)
	q := nextWord(key, w1)
	if q < 0 {
		return -1
	}
	for _, title := range lawTitles()[key[s:w1]+" "+key[q:wordEnd(key, q)]] {
		if e := spells(key, s, title); e > 0 {
			return e
		}
	}
	return -1
}

// spells returns the end of title's words in key from offset p, or -1.
func spells(key string, p int, title []string) int {
	for i, w := range title {
		if !strings.HasPrefix(key[p:], w) || wordEnd(key, p) != p+len(w) {
			return -1
		}
		p += len(w)
		if i == len(title)-1 {
			return p
		}
		next := -1
		for _, sep := range titleSeps {
			if c := p + len(sep); strings.HasPrefix(key[p:], sep) && strings.HasPrefix(key[c:], title[i+1]) {
				next = c
				break
			}
		}
		// "Luật Sĩ quan Quân đội nhân dân (QĐND) Việt Nam": a body's
		// abbreviation in brackets inside the title.
		if next < 0 && strings.HasPrefix(key[p:], " (") {
			if c := strings.IndexByte(key[p:min(len(key), p+16)], ')'); c > 2 && !strings.ContainsRune(key[p+2:p+c], ' ') && strings.HasPrefix(key[p+c+1:], " "+title[i+1]) {
				next = p + c + 2
			}
		}
		if next < 0 {
			return -1
		}
		p = next
	}
	return -1
}
