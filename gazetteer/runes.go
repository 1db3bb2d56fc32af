package gazetteer

import "unicode"

// isWordRune says whether r continues a word token: letters, combining
// marks and digits.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	// Latin-1 and Latin Extended letters, Vietnamese ones included,
	// without the table search.
	if r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7 || r >= 0x1EA0 && r <= 0x1EF9 {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}
