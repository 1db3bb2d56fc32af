package input

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
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
	}
	for _, tt := range tests {
		if got := string(HTMLText([]byte(tt.in))); got != tt.want {
			t.Errorf("%s: HTMLText =\n%q\nwant\n%q", tt.name, got, tt.want)
		}
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
}

func FuzzHTMLText(f *testing.F) {
	f.Add([]byte(`<p>Quân <b>khu</b> 2</p><script>x</script><pre> a </pre>`))
	f.Add([]byte("<table><tr><td>a<td>b</table>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		HTMLText(data)
	})
}

func FuzzDOCXText(f *testing.F) {
	f.Add(makeDOCX(f, docxSample))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		DOCXText(data, 1<<16)
	})
}
