package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

func writeHTML(t *testing.T, docs []pipeline.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	h := NewHTML(&buf, "vnextract test")
	sum := NewSummary()
	for i := range docs {
		sum.Add(&docs[i])
		if err := h.Write(&docs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.Close(sum); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHTMLGolden(t *testing.T) {
	page := writeHTML(t, fixtureDocs(t))
	golden(t, "golden/report.html", page)
	s := string(page)
	for _, bad := range []string{"<script", "http://", "https://", "@import", "url("} {
		if strings.Contains(strings.ReplaceAll(s, "&#34;http://x&#34;", ""), bad) {
			t.Errorf("page is not self-contained: has %q", bad)
		}
	}
	// Nested mentions: the outer one is marked, and the text is all there once.
	if !strings.Contains(s, `<mark class="e-person" title="person · rule person.after-rank">Nguyễn Văn Hùng</mark>`) {
		t.Error("person mark missing or wrong")
	}
	if strings.Contains(s, "<mark class=\"e-organization\" title=\"organization · Quân khu 2 · rule orgs.txt:12\">Quân khu 2</mark> tổng kết") == false {
		t.Error("first organization not marked")
	}
}

func TestHTMLNested(t *testing.T) {
	text := "Phó Tư lệnh Quân khu 2 đến."
	d := pipeline.Document{ID: "n", Status: pipeline.StatusOK, Text: text, Mentions: []pipeline.Mention{
		at(t, text, "Phó Tư lệnh Quân khu 2", pipeline.Position, "p", 0),
		at(t, text, "Quân khu 2", pipeline.Organization, "o", 0),
		{Type: pipeline.Person, ByteStart: 3, ByteEnd: 1000, Rule: "broken offsets"},
	}}
	var b strings.Builder
	highlight(&b, &d)
	want := `<mark class="e-position" title="position · rule p">Phó Tư lệnh Quân khu 2</mark> đến.`
	if b.String() != want {
		t.Errorf("highlight = %s\nwant %s", b.String(), want)
	}
}

// TestHTMLChromium opens the page in headless Chromium and checks that
// the highlights are in the DOM it builds. With -update it also takes
// the screenshot of the seed document's page for docs/.
func TestHTMLChromium(t *testing.T) {
	chromium := "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("chromium is absent")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, writeHTML(t, fixtureDocs(t)[:1]), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile")}
	out, err := exec.Command(chromium, append(args, "--dump-dom", "file://"+page)...).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	marks := regexp.MustCompile(`<mark class="e-(\w+)" title="[^"]+">`).FindAllStringSubmatch(string(out), -1)
	byType := map[string]int{}
	for _, m := range marks {
		byType[m[1]]++
	}
	// 14 mentions, none nested in the seed text.
	if len(marks) != 14 || byType["person"] != 2 || byType["organization"] != 3 || byType["count"] != 3 {
		t.Errorf("DOM has %d highlights %v, want 14", len(marks), byType)
	}
	if !*update {
		return
	}
	shot, _ := filepath.Abs("../../docs/report-html.png")
	os.MkdirAll(filepath.Dir(shot), 0o755)
	cmd := exec.Command(chromium, append(args, "--screenshot="+shot, "--window-size=1280,1600", "--hide-scrollbars", "file://"+page)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("screenshot: %v\n%s", err, b)
	}
}
