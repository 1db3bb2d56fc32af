package people

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// Service is the force whose rank ladder a rank belongs to.
type Service uint8

// The services. Army covers the whole People's Army, navy and coast
// guard included; Unknown is a rank the text does not place.
const (
	Unknown Service = iota
	Army
	Police
)

func (s Service) String() string {
	switch s {
	case Army:
		return "army"
	case Police:
		return "police"
	}
	return "unknown"
}

//go:embed data/promotion.txt
var promotionFile string

// ladders is the parsed promotion.txt: the grade of every rank name and
// the minimum years in each grade, by service.
type ladders struct {
	grade map[string]int8 // folded rank → grade, the army ladder's numbering
	navy  map[string]bool // folded ranks only the navy wears
	years [3][]float64    // by Service, then grade; 0 where no law times the step
}

// defaultLadders is built once from the embedded file; a malformed file
// is a bug caught by the tests, so it panics at start-up, never on input.
var defaultLadders = mustLadders(promotionFile)

func mustLadders(src string) *ladders {
	l, err := parseLadders("promotion.txt", src)
	if err != nil {
		panic(err)
	}
	return l
}

// parseLadders reads the promotion file format described in its header.
// The police ladder names no rank the army lacks, so grades are numbered
// along the army's ladder and the same name has one grade in both.
func parseLadders(name, src string) (*ladders, error) {
	l := &ladders{grade: map[string]int8{}, navy: map[string]bool{}}
	type step struct {
		names []string
		years float64
	}
	steps := map[Service][]step{}
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("people: %s:%d: want LADDER<tab>RANK<tab>YEARS, got %d fields", name, i+1, len(f))
		}
		var s Service
		switch f[0] {
		case "army":
			s = Army
		case "police":
			s = Police
		default:
			return nil, fmt.Errorf("people: %s:%d: ladder %q is neither army nor police", name, i+1, f[0])
		}
		y := 0.0
		if f[2] != "-" {
			v, err := strconv.ParseFloat(f[2], 64)
			if err != nil || v < 0 {
				return nil, fmt.Errorf("people: %s:%d: years %q is not a number of years or -", name, i+1, f[2])
			}
			y = v
		}
		steps[s] = append(steps[s], step{strings.Split(f[1], "|"), y})
	}
	for g, st := range steps[Army] {
		for k, n := range st.names {
			l.grade[fold.String(n)] = int8(g)
			l.navy[fold.String(n)] = k > 0
		}
	}
	l.years[Army] = make([]float64, len(steps[Army]))
	l.years[Police] = make([]float64, len(steps[Army]))
	for g, st := range steps[Army] {
		l.years[Army][g] = st.years
	}
	for _, st := range steps[Police] {
		g, ok := l.grade[fold.String(st.names[0])]
		if !ok {
			return nil, fmt.Errorf("people: %s: police rank %q is not on the army ladder", name, st.names[0])
		}
		l.years[Police][g] = st.years
	}
	// Unknown service: the more lenient law at every step.
	l.years[Unknown] = make([]float64, len(steps[Army]))
	for g := range l.years[Unknown] {
		l.years[Unknown][g] = min(l.years[Army][g], l.years[Police][g])
	}
	if len(l.grade) == 0 {
		return nil, fmt.Errorf("people: %s: no ranks", name)
	}
	return l, nil
}

// rankOf gives a rank's grade (-1 for one on no ladder, as foreign ranks)
// and whether only the navy wears it. A professional soldier's rank
// ("Thượng tá QNCN") has the grade of the rank it names.
func (l *ladders) rankOf(rank string) (grade int8, navy bool) {
	k := fold.String(strings.TrimSpace(rank))
	for _, suffix := range []string{" qncn", " quân nhân chuyên nghiệp"} {
		k = strings.TrimSuffix(k, suffix)
	}
	g, ok := l.grade[k]
	if !ok {
		return -1, false
	}
	return g, l.navy[k]
}

// minYears is the least time a career needs between holding grade from
// and holding grade to (from < to): each rank strictly between must be
// held its minimum time. Two ranks next to each other need none, since
// the first may have been held for years before it was seen.
func (l *ladders) minYears(s Service, from, to int8) float64 {
	y := 0.0
	for g := from + 1; g < to; g++ {
		y += l.years[s][g]
	}
	return y
}

// Words in a post that place it in a service. Matched on whole words of
// the folded title and organization. "Cảnh sát biển" is the army's coast
// guard, so it is tested before "cảnh sát".
var (
	armyWords = []string{"cảnh sát biển", "quân đội", "quân khu", "quân đoàn", "quân chủng", "binh chủng", "binh đoàn",
		"sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "hải quân", "phòng không", "biên phòng", "bộ quốc phòng",
		"quân sự", "chqs", "bộ đội", "quân ủy", "tổng tham mưu", "tổng cục chính trị", "bộ tư lệnh", "lục quân", "qđnd", "quân y"}
	policeWords = []string{"công an", "cand", "cảnh sát", "bộ công an", "an ninh nhân dân"}
	// umbrellaUnits contain every unit of their service: a post in one
	// is never in an unrelated unit.
	umbrellaUnits = []string{"bộ quốc phòng", "quân đội nhân dân việt nam", "quân đội nhân dân", "bộ công an", "công an nhân dân"}
	// bodyWords mark Party, state and council bodies, which are held
	// together with a command and so never make two posts unrelated.
	bodyWords = []string{"đảng", "đảng ủy", "quân ủy", "ủy ban", "hội đồng", "quốc hội", "bộ chính trị", "trung ương", "mặt trận", "hội"}
)

// words pads a folded phrase with spaces, punctuation made spaces, so
// that hasWord matches whole words.
func words(key string) string {
	var b strings.Builder
	b.WriteByte(' ')
	for _, r := range key {
		if r == ' ' || r == ',' || r == '.' || r == '(' || r == ')' || r == '-' || r == '/' || r == ';' || r == ':' || r == '"' || r == '\'' {
			b.WriteByte(' ')
		} else {
			b.WriteRune(r)
		}
	}
	b.WriteByte(' ')
	return b.String()
}

func hasWord(padded, w string) bool { return strings.Contains(padded, " "+w+" ") }

// serviceOf places a folded post in a service, or Unknown.
func serviceOf(padded string) Service {
	if hasWord(padded, "cảnh sát biển") {
		return Army
	}
	for _, w := range policeWords {
		if hasWord(padded, w) {
			return Police
		}
	}
	for _, w := range armyWords {
		if hasWord(padded, w) {
			return Army
		}
	}
	return Unknown
}

// isUnit says whether a folded organization is a unit of the armed forces
// or the police (not a Party or state body), and whether it is one that
// contains all others of its service.
func isUnit(padded string) (unit, umbrella bool) {
	for _, w := range umbrellaUnits {
		if strings.TrimSpace(padded) == w {
			return true, true
		}
	}
	for _, w := range bodyWords {
		if hasWord(padded, w) {
			return false, false
		}
	}
	return serviceOf(padded) != Unknown, false
}
