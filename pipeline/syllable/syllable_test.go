package syllable

import "testing"

func TestValidLetters(t *testing.T) {
	for _, s := range []string{"viêt", "nguyên", "quyêt", "gi", "giương", "khuya", "oanh", "nghiêng", "đôi", "ươc", "quynh", "huych"} {
		if !ValidLetters([]rune(s)) {
			t.Errorf("%q rejected", s)
		}
	}
	for _, s := range []string{"vieät", "ăn ", "viơut", "nguyênn", "qưa", "bă", "xyz", ""} {
		if ValidLetters([]rune(s)) {
			t.Errorf("%q accepted", s)
		}
	}
}

func TestValid(t *testing.T) {
	for _, s := range []string{"việt", "nguyễn", "quyết", "trưởng", "hoà", "thuỷ", "khỏe", "gì", "đồng"} {
		if !Valid(s) {
			t.Errorf("%q rejected", s)
		}
	}
	// Foreign names, and a word with two tones.
	for _, s := range []string{"james", "mattis", "duterte", "yasay", "khaled", "kaim", "shokri", "hegseth", "việtá", "rodrigo"} {
		if Valid(s) {
			t.Errorf("%q accepted", s)
		}
	}
}
