package people

import (
	"time"
)

// span is a document date as the days it may stand for: "2022" is every
// day of 2022. Days count from 1970-01-01; ok is false for an undated
// document (or a date without a year, "--01-27").
type span struct {
	lo, hi int32
	ok     bool
}

// parseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is
// undated.
func parseDate(iso string) span {
	for _, layout := range []struct {
		f    string
		next func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if len(iso) != len(layout.f) {
			continue
		}
		t, err := time.Parse(layout.f, iso)
		if err != nil {
			return span{}
		}
		return span{lo: days(t), hi: days(layout.next(t)), ok: true}
	}
	return span{}
}

// ValidDate says whether iso is a date the people records can place in
// time: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
func ValidDate(iso string) bool { return parseDate(iso).ok }

func days(t time.Time) int32 { return int32(t.Unix() / 86400) }

// before says whether a certainly ended before b began.
func (a span) before(b span) bool { return a.ok && b.ok && a.hi < b.lo }

// sameDay says whether both are the same single day.
func (a span) sameDay(b span) bool { return a.ok && b.ok && a.lo == a.hi && a == b }

// maxYears is the longest time from a to b (a before b) the dates allow.
func maxYears(a, b span) float64 { return float64(b.hi-a.lo) / 365.25 }

// gap is the distance in days between two dated spans, 0 when they overlap.
func gap(a, b span) int32 {
	switch {
	case a.hi < b.lo:
		return b.lo - a.hi
	case b.hi < a.lo:
		return a.lo - b.hi
	}
	return 0
}
