package main

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
)

// asciiJSON quotes s as Python's json.dumps does by default: every
// character outside printable ASCII as \uXXXX.
func asciiJSON(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r > 0x7e:
			for _, u := range utf16.Encode([]rune{r}) {
				fmt.Fprintf(&b, `\u%04x`, u)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// TestJSONLStdinLongLines: on stdin, a text just under --max-doc-bytes
// is extracted though its escaped line is far longer; a text over it and
// a line no text under it could fill are each one failed document named
// by its line; every line after them is still read.
func TestJSONLStdinLongLines(t *testing.T) {
	const limit = 20_000
	sentence := "Đại tá Nguyễn Văn An, Chính ủy Sư đoàn 312. "
	under := strings.Repeat(sentence, limit/len(sentence))
	over := under + strings.Repeat("Đ", limit)
	huge := strings.Repeat("\x01", 7*limit+64<<10)
	lines := []string{
		`{"id": "under", "text": ` + asciiJSON(under) + `}`,
		`{"id": "over", "text": ` + asciiJSON(over) + `}`,
		`{"id": "huge", "text": ` + asciiJSON(huge) + `}`,
		`{"id": "after", "text": ` + asciiJSON("Thượng tá Lê Văn Bình, Chính ủy Lữ đoàn 172.") + `}`,
	}
	code, stdout, stderr := cli(t, strings.Join(lines, "\n")+"\n", "extract", "--quiet", "--input", "jsonl", "--format", "jsonl",
		"--max-doc-bytes", fmt.Sprint(limit), "-")
	if code != exitFailed {
		t.Errorf("exit %d, want %d (some documents failed); stderr:\n%s", code, exitFailed, stderr)
	}
	var got []string
	for _, d := range jsonlDocs(t, stdout) {
		got = append(got, d.ID+"@"+d.Source+":"+d.Status)
	}
	want := []string{"under@-:1:ok", "over@-:2:error", "-:3@-:3:error", "after@-:4:ok"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("documents = %v, want %v", got, want)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"512MiB": 512 << 20, "2GB": 2e9, "1.5 GiB": 3 << 29, "4096": 4096, "10kb": 10_000} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lots", "-1GB", "0", "1e30"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) took it", in)
		}
	}
}

// TestWorkersAndMemoryFlags: too many workers run as many as the
// machine can use, said on stderr; --max-memory takes a size.
func TestWorkersAndMemoryFlags(t *testing.T) {
	code, _, stderr := cli(t, "", "extract", "--workers", "1000000", "--max-memory", "256MiB", "--format", "jsonl", docsDir)
	if code != exitOK || !strings.Contains(stderr, "--workers 1000000 is more than this machine can use") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	code, _, stderr = cli(t, "", "extract", "--max-memory", "lots", docsDir)
	if code != exitUsage || !strings.Contains(stderr, "not a size") {
		t.Errorf("--max-memory lots: exit %d, stderr:\n%s", code, stderr)
	}
}
