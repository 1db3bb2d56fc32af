package input

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

// makeDOCX builds a minimal Word file whose body is the given XML.
func makeDOCX(t testing.TB, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		docxBody: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const docxSample = `<w:p><w:r><w:t>Thiếu tướng Nguyễn Văn Hùng,</w:t></w:r><w:r><w:t xml:space="preserve"> Phó Tư lệnh</w:t></w:r></w:p>` +
	`<w:p><w:r><w:t>Quân khu 2</w:t><w:tab/><w:t>năm 2023</w:t><w:br/><w:t>dòng mới</w:t></w:r>` +
	`<w:del><w:r><w:delText>đã xóa</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>` +
	`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Họ tên</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cấp bậc</w:t></w:r></w:p></w:tc></w:tr>` +
	`<w:tr><w:tc><w:p><w:r><w:t>Trần Thị Lan</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Đại tá</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
	`<w:p/><w:p><w:r><w:t>&lt;Hết&gt; &amp; 100%</w:t></w:r></w:p>`

func TestDOCXText(t *testing.T) {
	got, err := DOCXText(makeDOCX(t, docxSample), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	want := "Thiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh\nQuân khu 2\tnăm 2023\ndòng mới\nHọ tên\nCấp bậc\nTrần Thị Lan\nĐại tá\n\n<Hết> & 100%\n"
	if got != want {
		t.Errorf("DOCXText =\n%q\nwant\n%q", got, want)
	}
}

func TestDOCXErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"not zip", []byte("plain text")},
		{"no body", func() []byte {
			var buf bytes.Buffer
			zw := zip.NewWriter(&buf)
			zw.Create("other.xml")
			zw.Close()
			return buf.Bytes()
		}()},
		{"bad xml", makeDOCX(t, `<w:p><w:t>open`)},
		{"too long", makeDOCX(t, strings.Repeat(`<w:p><w:r><w:t>Quân khu 2</w:t></w:r></w:p>`, 1000))},
	}
	for _, tt := range tests {
		if _, err := DOCXText(tt.data, 1000); !errors.Is(err, ErrDOCX) {
			t.Errorf("%s: err = %v, want ErrDOCX", tt.name, err)
		}
	}
}

// TestDOCXTextBox: Word writes a text box twice, as a DrawingML Choice
// and a VML Fallback; its text comes out once.
func TestDOCXTextBox(t *testing.T) {
	box := `<w:p><w:r><w:t>Trước</w:t></w:r>` +
		`<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
		`<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>` +
		`<w:p><w:r><w:t>Đại tá Nguyễn Văn An</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent>` +
		`<w:p><w:r><w:t>Đại tá Nguyễn Văn An</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>` +
		`</mc:AlternateContent><w:r><w:t>Sau</w:t></w:r></w:p>`
	got, err := DOCXText(makeDOCX(t, box), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if want := "TrướcĐại tá Nguyễn Văn An\nSau\n"; got != want {
		t.Errorf("DOCXText = %q, want %q", got, want)
	}
}

// TestDOCXBombs: an archive that unpacks far past the limit, or tags
// never closed, is one clear error with memory bounded, never a crash.
func TestDOCXBombs(t *testing.T) {
	const limit = 1 << 16
	tests := []struct{ name, body, want string }{
		{"zip bomb", `<w:p><w:r><w:t>x</w:t></w:r>` + strings.Repeat(" ", 8<<20) + `</w:p>`, "unpacks to more than"},
		{"unclosed tags", strings.Repeat(`<w:p>`, 70_000), "nested more than 512 deep"},
		{"unclosed fallback", `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback>` +
			strings.Repeat(`<w:r>`, 70_000), "nested more than 512 deep"},
	}
	for _, tt := range tests {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := DOCXText(makeDOCX(t, tt.body), limit)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, ErrDOCX) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want ErrDOCX saying %q", tt.name, err, tt.want)
		}
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
			t.Errorf("%s: allocated %d MB", tt.name, grew>>20)
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"blocks and skips", `<!DOCTYPE html><html><head><title>Tiêu đề</title><style>p{color:red}</style></head>
<body><h1>Quân khu 2  tổng kết</h1><script>var x = "<p>không</p>";</script>
<p>Thiếu tướng <b>Nguyễn Văn Hùng</b>,
   Phó Tư lệnh</p><div>Ngày&nbsp;15/12/2023<br>dòng&amp;mới</div><noscript>bật JS</noscript></body></html>`,
			"Quân khu 2 tổng kết\nThiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh\nNgày 15/12/2023\ndòng&mới\n"},
		{"no space added inside a word", `<p>Quân<b>khu</b> 2</p>`, "Quânkhu 2\n"},
		{"table", `<table><tr><th>Họ tên</th><th>Cấp bậc</th></tr><tr><td> Trần Thị Lan </td><td>Đại tá</td></tr></table>`,
			"Họ tên\tCấp bậc\nTrần Thị Lan\tĐại tá\n"},
		{"pre", "<pre>a  b\n  c</pre><p>d</p>", "a  b\n  c\nd\n"},
		{"latin-1 declared", "<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9</p></body></html>", "café\n"},
		{"empty", "<html></html>", ""},
		// End tags a browser implies end elements where a browser ends them.
		{"no </head>", "<!DOCTYPE html><html><head><meta charset=utf-8><title>Tin</title>\n<p>Quân khu 2</p><p>Đại tá An</p>",
			"Quân khu 2\nĐại tá An\n"},
		{"head ended by text", "<html><head><title>T</title>Quân khu 2<p>Đại tá An", "Quân khu 2\nĐại tá An\n"},
		{"unclosed object", `<p>Trước</p><object data="x.swf"><param name="a" value="b"><p>Quân khu 2</p><p>Đại tá An</p>`,
			"Trước\nQuân khu 2\nĐại tá An\n"},
		{"unclosed math", `<p>Trước <math><mi>x</mi></p><p>Quân khu 2</p>`, "Trước x\nQuân khu 2\n"},
		{"unclosed svg", `<p>Trước</p><svg><style>a{}</style><text>Hình 1</text><p>Quân khu 2</p><div>Đại tá An</div>`,
			"Trước\nHình 1\nQuân khu 2\nĐại tá An\n"},
		{"unclosed td", "<table><tr><td>a<td>b<tr><td>c</table><p>sau", "a\tb\nc\nsau\n"},
	}
	for _, tt := range tests {
		got, err := HTMLText([]byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
		if string(got) != tt.want {
			t.Errorf("%s: HTMLText =\n%q\nwant\n%q", tt.name, got, tt.want)
		}
	}
}

// TestHTMLBounded: a page whose tree would outgrow its size many times,
// or nest deeper than the parser allows, is one clear error.
func TestHTMLBounded(t *testing.T) {
	for name, page := range map[string]string{
		"dense": "<body>" + strings.Repeat("<a>x", 1<<16),
		"deep":  "<body>" + strings.Repeat("<div>", 5000) + "Quân khu 2",
	} {
		text, err := HTMLText([]byte(page))
		if !errors.Is(err, ErrHTML) || text != nil {
			t.Errorf("%s: HTMLText = %.40q, %v; want ErrHTML", name, text, err)
		}
	}
	// A real page's density passes.
	page := "<body>" + strings.Repeat(`<p class="x">Đại tá <b>Nguyễn Văn An</b></p>`, 1<<12)
	if _, err := HTMLText([]byte(page)); err != nil {
		t.Errorf("ordinary page: %v", err)
	}
}

func TestSniff(t *testing.T) {
	docx := makeDOCX(t, docxSample)
	tests := []struct {
		name string
		data []byte
		want Kind
	}{
		{"a.docx", []byte("x"), KindDOCX},
		{"a.HTM", []byte("x"), KindHTML},
		{"a.bin", docx, KindDOCX},
		{"-", []byte("\xEF\xBB\xBF  <!doctype HTML><p>x"), KindHTML},
		{"a.txt", []byte("<html><body>x"), KindHTML},
		{"a.txt", []byte("PK\x03\x04 not really"), KindText},
		{"a.txt", []byte("Quân khu 2 <b>"), KindText},
	}
	for _, tt := range tests {
		if got := Sniff(tt.name, tt.data); got != tt.want {
			t.Errorf("Sniff(%q, %.20q) = %s, want %s", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestReadConverts(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.docx"), makeDOCX(t, docxSample), 0o644)
	os.WriteFile(filepath.Join(dir, "b.html"), []byte("<p>Đại tá Trần Thị Lan</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.docx"), []byte("not a zip"), 0o644)
	os.WriteFile(filepath.Join(dir, "d.html"), []byte("<html><head><title>Chỉ có tiêu đề</title></head><body><script>x</script></body></html>"), 0o644)
	got := map[string]pipeline.Input{}
	for _, in := range Files([]string{dir}, "*") {
		got[in.ID] = Read(in, nil, 1<<20)
	}
	if !strings.HasPrefix(string(got["a.docx"].Data), "Thiếu tướng Nguyễn Văn Hùng,") {
		t.Errorf("a.docx read as %.40q", got["a.docx"].Data)
	}
	if string(got["b.html"].Data) != "Đại tá Trần Thị Lan\n" {
		t.Errorf("b.html read as %q", got["b.html"].Data)
	}
	if !errors.Is(got["c.docx"].Err, ErrDOCX) {
		t.Errorf("c.docx: err = %v", got["c.docx"].Err)
	}
	if err := got["d.html"].Err; !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "d.html") {
		t.Errorf("d.html (no visible text): err = %v, want ErrNoText naming the file", err)
	}
}

func FuzzHTMLText(f *testing.F) {
	f.Add([]byte(`<p>Quân <b>khu</b> 2</p><script>x</script><pre> a </pre>`))
	f.Add([]byte("<table><tr><td>a<td>b</table>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := HTMLText(data)
		if err != nil && (text != nil || !errors.Is(err, ErrHTML)) {
			t.Fatalf("HTMLText = %q, %v; want no text and ErrHTML", text, err)
		}
	})
}

func FuzzDOCXText(f *testing.F) {
	f.Add(makeDOCX(f, docxSample))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		DOCXText(data, 1<<16)
	})
}

// TestHTMLTextMemory: reading a page's text allocates a small multiple of
// the page's size, whether its text is one huge node or many small ones
// (the tokenizer's buffer, the tree and the text itself), so that the
// pipeline's per-document bound holds for HTML too.
func TestHTMLTextMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads two 12 MB pages")
	}
	for name, page := range map[string][]byte{
		"one node":   []byte("<html><body><div>" + strings.Repeat("Thượng tướng Nguyễn Văn A, Bộ Quốc phòng. ", 200000) + "</div></body></html>"),
		"paragraphs": []byte("<html><body>" + strings.Repeat("<p>Thượng tướng Nguyễn Văn A, Bộ Quốc phòng.</p>\n", 200000) + "</body></html>"),
	} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		text, err := HTMLText(page)
		runtime.ReadMemStats(&after)
		if err != nil || len(text) < len(page)*8/10 {
			t.Fatalf("%s: %d bytes of text, %v", name, len(text), err)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(8*len(page)) {
			t.Errorf("%s: allocated %.1f× the page's %d bytes; the bound is 8×", name, float64(alloc)/float64(len(page)), len(page))
		}
	}
}
