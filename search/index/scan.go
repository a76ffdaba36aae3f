package index

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"cpportal/search/contract"
)

// pageScan is what one pass over a page's tokens finds.
type pageScan struct {
	bodies int               // elements carrying data-search-body
	attrs  map[string]string // the attributes of the first of them
	body   strings.Builder   // its raw visible text, a newline at every block boundary
	h1     strings.Builder   // the raw visible text of the page's first h1
	title  strings.Builder   // the text of the page's first title element
	err    error
}

// scanPage walks the page's tokens once, keeping a stack of open elements to know when the
// body element, the first h1 and skipped elements end. The pages are the theme's own
// well-formed output; an end tag without a matching open element is ignored, and one that
// closes an outer element closes the elements left open inside it, as a browser would.
//
// The rules are those of the markup contract (doc.go): descendants carrying
// data-search-ignore or hidden, and script, style, template, noscript, iframe and object
// elements contribute nothing, not even a line break; every block element and table cell
// starts and ends a line.
func scanPage(data []byte) pageScan {
	var s pageScan
	z := html.NewTokenizer(bytes.NewReader(data))
	var stack []atom.Atom
	var names []string           // tag names of elements without an atom (custom elements)
	body, h1, skip := -1, -1, -1 // stack index of the element being captured or skipped
	h1Seen, titleSeen, inTitle := false, false, false

	newline := func() {
		if body >= 0 {
			s.body.WriteByte('\n')
		}
		if h1 >= 0 {
			s.h1.WriteByte('\n')
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); !errors.Is(err, io.EOF) {
				s.err = err
			}
			return s
		case html.TextToken:
			if !inTitle && (skip >= 0 || (body < 0 && h1 < 0)) {
				continue
			}
			text := z.Text() // once: the tokenizer hands a token's text out only once
			if inTitle {
				s.title.Write(text)
			}
			if skip < 0 {
				if body >= 0 {
					s.body.Write(text)
				}
				if h1 >= 0 {
					s.h1.Write(text)
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			isBody, ignored := false, false
			var attrs map[string]string
			for hasAttr {
				var key, val []byte
				key, val, hasAttr = z.TagAttr()
				switch string(key) {
				case attrBody:
					isBody = true
				case attrIgnore, "hidden":
					ignored = true
				}
				if bytes.HasPrefix(key, []byte(contract.AttrPrefix)) {
					if attrs == nil {
						attrs = map[string]string{}
					}
					if _, dup := attrs[string(key)]; !dup { // the first of duplicate attributes counts
						attrs[string(key)] = string(val)
					}
				}
			}
			void := tt == html.SelfClosingTagToken || isVoid(a)
			depth := len(stack)
			if isBody {
				s.bodies++
				if s.bodies == 1 {
					s.attrs = attrs
					if !void {
						body = depth
					}
				}
			}
			if a == atom.H1 && !h1Seen {
				h1Seen = true
				if !void {
					h1 = depth
				}
			}
			if a == atom.Title && !titleSeen && !void {
				titleSeen, inTitle = true, true
			}
			if skip < 0 && (ignored || skipsContent(a)) {
				if !void {
					skip = depth
				}
			} else if skip < 0 && isBlock(a) {
				newline()
			}
			if !void {
				stack = append(stack, a)
				if a == 0 {
					names = append(names, string(name))
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			i := lastOpen(stack, names, a, string(name))
			if i < 0 {
				continue // nothing open to close
			}
			for j := len(stack) - 1; j >= i; j-- {
				if (skip < 0 || j < skip) && isBlock(stack[j]) {
					newline()
				}
				if stack[j] == 0 {
					names = names[:len(names)-1]
				}
				if stack[j] == atom.Title {
					inTitle = false
				}
				if j == skip {
					skip = -1
				}
				if j == h1 {
					h1 = -1
				}
				if j == body {
					body = -1
				}
			}
			stack = stack[:i]
		}
	}
}

// lastOpen returns the stack index of the innermost open element named a (or name, for
// elements without an atom), or -1.
func lastOpen(stack []atom.Atom, names []string, a atom.Atom, name string) int {
	n := len(names)
	for j := len(stack) - 1; j >= 0; j-- {
		if stack[j] == 0 {
			n--
			if a == 0 && names[n] == name {
				return j
			}
			continue
		}
		if stack[j] == a {
			return j
		}
	}
	return -1
}

// skipsContent: elements whose content is never visible text.
func skipsContent(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Iframe, atom.Object:
		return true
	}
	return false
}

// isVoid: HTML elements that have no end tag and no content.
func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
