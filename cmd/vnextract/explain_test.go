package main

import (
	"strings"
	"testing"
)

// TestExplainShowsWhatWonAndWhy runs explain on a short text and checks
// that it lists a sentence, a gazetteer hit with its list line, the
// mentions kept with their rules, a dropped candidate with its reason,
// and the roster.
func TestExplainShowsWhatWonAndWhy(t *testing.T) {
	text := "Thiếu tướng Trần Văn Đông, Phó Tư lệnh Quân khu 3 dự hội nghị.\nThực hiện Chỉ thị số 05-CT/TW trong 6 tháng đầu năm 2025.\n"
	code, out, stderr := cli(t, text, "explain", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"[0] Thiếu tướng Trần Văn Đông, Phó Tư lệnh Quân khu 3 dự hội nghị.",
		"list  rank      \"Thiếu tướng\"",
		"ranks.txt:",
		"+ person       \"Trần Văn Đông\"",
		"+ position     \"Phó Tư lệnh Quân khu 3\"",
		"+ law          \"Chỉ thị số 05-CT/TW\"",
		"- organization \"TW\"",
		"the issuer code of a document number",
		"roster:",
		"Trần Văn Đông | Thiếu tướng | Phó Tư lệnh Quân khu 3",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := cli(t, "", "explain"); code != exitUsage {
		t.Errorf("explain without a file: exit %d, want %d", code, exitUsage)
	}
}
