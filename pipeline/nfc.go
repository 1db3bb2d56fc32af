package pipeline

import "golang.org/x/text/unicode/norm"

// composeDerived puts in NFC every string of doc that the pipeline
// derives rather than cuts from the text: person names, ranks, titles
// and organizations, canonical forms, units. Text written with
// combining tone marks (Windows-1258 writes them so) then gives names
// that compare equal to the same name typed anywhere else. A mention's
// Text stays the source's bytes, which its offsets point at; when those
// are not NFC, Canonical carries the composed form.
func composeDerived(doc *Document) {
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Canonical == "" && !isNFC(m.Text) {
			m.Canonical = norm.NFC.String(m.Text)
		}
		nfc(&m.Canonical)
		nfc(&m.Unit)
		nfc(&m.Approx)
		nfc(&m.Number)
	}
	for i := range doc.Persons {
		p := &doc.Persons[i]
		nfc(&p.Name)
		if p.Rank != nil && !isNFC(*p.Rank) {
			r := norm.NFC.String(*p.Rank)
			p.Rank = &r
		}
		for j := range p.Positions {
			nfc(&p.Positions[j].Title)
			nfc(&p.Positions[j].Organization)
		}
	}
}

// nfc composes *s, allocating only when it is not NFC already.
func nfc(s *string) {
	if !isNFC(*s) {
		*s = norm.NFC.String(*s)
	}
}

// isNFC reports whether s is in NFC. The quick check allocates nothing
// (IsNormalString allocates on every call, and this runs on every
// mention); only text it cannot settle is composed to compare.
func isNFC(s string) bool {
	return plainVietnamese(s) || norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.String(s) == s
}

// plainVietnamese says whether s holds only ASCII and the precomposed
// letters Vietnamese is written in (U+00C0–U+01BF, U+1E80–U+1EFF), which
// are NFC whatever their order: the common case, told by the lead bytes
// alone without the normalization tables.
func plainVietnamese(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
		case c >= 0xC3 && c <= 0xC6 && i+1 < len(s):
			i++
		case c == 0xE1 && i+2 < len(s) && (s[i+1] == 0xBA || s[i+1] == 0xBB):
			i += 2
		default:
			return false
		}
	}
	return true
}
