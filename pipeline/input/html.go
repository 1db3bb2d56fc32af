package input

import (
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// isHTML reports whether data starts (after a BOM and white space) with
// an HTML doctype or tag.
func isHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	data = bytes.TrimLeft(data, " \t\r\n")
	if len(data) > 64 {
		data = data[:64]
	}
	head := strings.ToLower(string(data))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.HasPrefix(head, "<head") || strings.HasPrefix(head, "<body") ||
		strings.HasPrefix(head, "<!-- ") && strings.Contains(head, "<html")
}

// skipped elements hold no visible text.
var skipped = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "head": true, "svg": true, "math": true, "iframe": true, "object": true}

// blocks start and end a line.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "table": true,
	"section": true, "article": true, "header": true, "footer": true, "aside": true, "nav": true, "main": true,
	"blockquote": true, "pre": true, "hr": true, "figure": true, "figcaption": true, "caption": true,
	"address": true, "form": true, "fieldset": true, "title": true,
}

// HTMLText returns the visible text of an HTML page: script, style and
// the head left out, white space collapsed as a browser does (except in
// pre), block elements on their own lines, table cells separated by
// tabs. A page that declares a charset other than UTF-8 is converted to
// UTF-8 first; an undeclared one is passed through as bytes, so the
// core's detection of legacy Vietnamese encodings still applies to its
// text.
func HTMLText(data []byte) []byte {
	var r io.Reader = bytes.NewReader(data)
	if enc, name, certain := charset.DetermineEncoding(data, "text/html"); name != "utf-8" && enc != nil && (certain || declaresCharset(data)) {
		r = enc.NewDecoder().Reader(r)
	}
	z := html.NewTokenizer(r)
	var b bytes.Buffer
	skip, pre := 0, 0
	newline := func() {
		trimSpaceEnd(&b)
		if b.Len() > 0 && !bytes.HasSuffix(b.Bytes(), []byte("\n")) {
			b.WriteByte('\n')
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidy(b.Bytes())
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipped[tag] {
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if tag == "pre" {
				if tt == html.StartTagToken {
					pre++
				} else if tt == html.EndTagToken && pre > 0 {
					pre--
				}
			}
			switch {
			case blocks[tag]:
				newline()
			case (tag == "td" || tag == "th") && tt == html.EndTagToken:
				trimSpaceEnd(&b)
				b.WriteByte('\t')
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := z.Text()
			if pre > 0 {
				b.Write(t)
				continue
			}
			// Collapse white space as a browser does: a run becomes one
			// space, and none is added where the source had none.
			fields := bytes.Fields(t)
			lead := len(t) > 0 && isSpaceByte(t[0])
			for i, f := range fields {
				if i > 0 || lead {
					space(&b)
				}
				b.Write(f)
			}
			if len(t) > 0 && (len(fields) == 0 || isSpaceByte(t[len(t)-1])) {
				space(&b)
			}
		}
	}
}

// declaresCharset reports a charset in the first 1024 bytes, where
// browsers look for <meta charset>; without one, DetermineEncoding's
// windows-1252 is only a guess.
func declaresCharset(data []byte) bool {
	if len(data) > 1024 {
		data = data[:1024]
	}
	return bytes.Contains(bytes.ToLower(data), []byte("charset"))
}

// space adds a space unless b is empty or already ends in white space.
func space(b *bytes.Buffer) {
	if n := b.Len(); n > 0 && !isSpaceByte(b.Bytes()[n-1]) {
		b.WriteByte(' ')
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// trimSpaceEnd drops trailing spaces (not newlines or tabs) from b.
func trimSpaceEnd(b *bytes.Buffer) {
	n := b.Len()
	for n > 0 && b.Bytes()[n-1] == ' ' {
		n--
	}
	b.Truncate(n)
}

// tidy trims the end of each line and keeps at most one blank line in a row.
func tidy(text []byte) []byte {
	var out bytes.Buffer
	blank := 0
	for _, line := range bytes.Split(text, []byte("\n")) {
		line = bytes.TrimRight(line, " \t") // leading spaces are only pre's
		if len(line) == 0 {
			blank++
			continue
		}
		if out.Len() > 0 {
			out.WriteString("\n")
			if blank > 0 {
				out.WriteString("\n")
			}
		}
		blank = 0
		out.Write(line)
	}
	if out.Len() > 0 {
		out.WriteByte('\n')
	}
	return out.Bytes()
}
