package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

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

// hidden elements of the HTML namespace hold no visible text. Object,
// svg and math are not among them: an object's content is the fallback
// a reader sees, and the text of a formula or a drawing is text.
var hidden = map[string]bool{"head": true, "script": true, "style": true, "noscript": true, "template": true,
	"iframe": true, "noembed": true, "noframes": true}

// blocks start and end a line.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "table": true,
	"section": true, "article": true, "header": true, "footer": true, "aside": true, "nav": true, "main": true,
	"blockquote": true, "pre": true, "hr": true, "figure": true, "figcaption": true, "caption": true,
	"address": true, "form": true, "fieldset": true, "title": true, "body": true,
}

// HTMLText returns the visible text of an HTML page: script, style and
// the head left out, white space collapsed as a browser does (except in
// pre), block elements on their own lines, table cells separated by
// tabs. The page is parsed as a browser parses it (the HTML5 tree
// construction of golang.org/x/net/html), so end tags it implies, such
// as a missing </head> or an unclosed <object>, end elements where a
// browser ends them rather than hiding the rest of the page. A page
// that declares a charset other than UTF-8 is converted to UTF-8 first;
// an undeclared one is passed through as bytes, so the core's detection
// of legacy Vietnamese encodings still applies to its text.
//
// The tree costs about a hundred bytes a node, so a page with more nodes
// than one per nodeBytes of its size is refused with ErrHTML before it
// is built, as is one nested deeper than the parser allows: memory stays
// within a small multiple of the page's size whatever its markup.
func HTMLText(data []byte) ([]byte, error) {
	if n := countNodes(data); n > len(data)/nodeBytes+minNodes {
		return nil, fmt.Errorf("%w: %d elements and texts in %d bytes, more than one per %d bytes; refused to keep memory bounded", ErrHTML, n, len(data), nodeBytes)
	}
	var r io.Reader = bytes.NewReader(data)
	if enc, name, certain := charset.DetermineEncoding(data, "text/html"); name != "utf-8" && enc != nil && (certain || declaresCharset(data)) {
		r = enc.NewDecoder().Reader(r)
	}
	doc, err := html.ParseWithOptions(r, html.ParseOptionEnableScripting(true))
	if err != nil {
		// Reading from memory does not fail: this is the parser's own
		// limit, such as elements nested too deep.
		return nil, fmt.Errorf("%w: %v", ErrHTML, err)
	}
	var b bytes.Buffer
	// The text is at most about the page's size: one buffer, not a
	// series of doublings.
	b.Grow(len(data))
	pre := 0
	newline := func() {
		trimSpaceEnd(&b)
		if b.Len() > 0 && !bytes.HasSuffix(b.Bytes(), []byte("\n")) {
			b.WriteByte('\n')
		}
	}
	// leave ends an element: the line of a block, the cell of a table.
	leave := func(n *html.Node) {
		if n.Type != html.ElementNode || n.Namespace != "" {
			return
		}
		switch {
		case n.Data == "pre":
			pre--
			newline()
		case blocks[n.Data]:
			newline()
		case n.Data == "td" || n.Data == "th":
			trimSpaceEnd(&b)
			b.WriteByte('\t')
		}
	}
	// The walk follows the tree's links, without recursion, so a deeply
	// nested page needs no stack.
	for n := doc; n != nil; {
		descend := true
		switch n.Type {
		case html.ElementNode:
			switch {
			case n.Namespace == "" && hidden[n.Data], n.Namespace != "" && (n.Data == "script" || n.Data == "style"):
				descend = false
			case n.Namespace != "":
			case n.Data == "pre":
				pre++
				newline()
			case blocks[n.Data]:
				newline()
			}
		case html.TextNode:
			writeText(&b, n.Data, pre > 0)
		}
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if descend {
			leave(n)
		}
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			if n != nil {
				leave(n)
			}
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	return tidy(b.Bytes()), nil
}

// ErrHTML is returned for an HTML page whose text cannot be read.
var ErrHTML = errors.New("input: html")

// nodeBytes and minNodes bound the nodes of a page's tree: one per
// nodeBytes of the page on average, beyond minNodes that any page may
// have. Real pages have tens of bytes of text and attributes per
// element; a page of bare "<a>x" repeated has four.
const (
	nodeBytes = 16
	minNodes  = 1 << 14
)

// countNodes counts what becomes a node of the page's tree (start tags,
// texts, comments), with the tokenizer alone, which holds nothing.
func countNodes(data []byte) int {
	z := html.NewTokenizer(bytes.NewReader(data))
	n := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.EndTagToken:
		default:
			n++
		}
	}
}

// writeText adds a text node's text to b. Outside pre, white space is
// collapsed as a browser does: a run becomes one space, and none is
// added where the source had none. It allocates nothing: a page is
// mostly small text nodes.
func writeText(b *bytes.Buffer, t string, pre bool) {
	if pre {
		b.WriteString(t)
		return
	}
	for len(t) > 0 {
		r, n := utf8.DecodeRuneInString(t)
		if unicode.IsSpace(r) {
			space(b)
			t = t[n:]
			continue
		}
		end := n
		for end < len(t) {
			r, n := utf8.DecodeRuneInString(t[end:])
			if unicode.IsSpace(r) {
				break
			}
			end += n
		}
		b.WriteString(t[:end])
		t = t[end:]
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

// tidy trims the end of each line and keeps at most one blank line in a
// row. It works in place (what it keeps never overtakes what it reads),
// so a page's text is not copied once more; a final newline may need one
// byte past text's length.
func tidy(text []byte) []byte {
	out := text[:0]
	blank := 0
	for rest := text; len(rest) > 0; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		line = bytes.TrimRight(line, " \t") // leading spaces are only pre's
		if len(line) == 0 {
			blank++
			continue
		}
		if len(out) > 0 {
			out = append(out, '\n')
			if blank > 0 {
				out = append(out, '\n')
			}
		}
		blank = 0
		out = append(out, line...)
	}
	if len(out) > 0 {
		out = append(out, '\n')
	}
	return out
}
