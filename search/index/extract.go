package index

import (
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"

	"cpportal/search/contract"
)

// Attribute names of the markup contract (see search/contract).
const (
	attrBody   = contract.AttrBody
	attrType   = contract.AttrType
	attrTitle  = contract.AttrTitle
	attrID     = contract.AttrID
	attrLang   = contract.AttrLang
	attrIgnore = contract.AttrIgnore
)

// DocTypes are the document types the theme may declare.
var DocTypes = contract.Types

// Limits on what one page contributes, so a pathological page cannot bloat the index.
const (
	maxBodyBytes   = 256 << 10
	maxTitleRunes  = 300
	maxFacetValues = 32
	maxFacetRunes  = 100
	maxIDRunes     = 64
)

// extract reads one rendered page and returns its document, or ok=false when the page has no
// indexable body. rel is the page's slash-separated path inside the site. The page is read in
// one pass of the HTML tokenizer, without building its tree: indexing a national site reads
// 55,000 pages, and the tree was most of that cost.
func extract(data []byte, rel string) (doc document, ok bool, err error) {
	s := scanPage(data)
	if s.err != nil {
		return document{}, false, fmt.Errorf("%s: %w", rel, s.err)
	}
	if s.bodies == 0 {
		return document{}, false, nil
	}
	if s.bodies > 1 {
		return document{}, false, fmt.Errorf("%s: %d elements carry %s; the contract allows one", rel, s.bodies, attrBody)
	}
	attr := func(name string) (string, bool) {
		v, ok := s.attrs[name]
		return v, ok
	}
	get := func(name, def string) string {
		if v, ok := attr(name); ok {
			return v
		}
		return def
	}
	doc.URL = pageURL(rel)
	doc.Type = clean(get(attrType, contract.TypePage), 20)
	if !validType(doc.Type) {
		return document{}, false, fmt.Errorf("%s: %s=%q is not one of %s", rel, attrType, doc.Type, strings.Join(DocTypes, ", "))
	}
	doc.Title = clean(get(attrTitle, ""), maxTitleRunes)
	if doc.Title == "" {
		doc.Title = clean(collapse(s.h1.String()), maxTitleRunes)
	}
	if doc.Title == "" {
		doc.Title = clean(s.title.String(), maxTitleRunes)
	}
	doc.ID = clean(get(attrID, ""), maxIDRunes)
	doc.Lang = clean(get(attrLang, ""), 10)
	for _, name := range contract.Stored {
		if vs := facetValues(attr, name); len(vs) > 0 {
			if doc.Facets == nil {
				doc.Facets = map[string][]string{}
			}
			doc.Facets[name] = vs
		}
	}
	doc.Body = capBytes(collapse(s.body.String()), maxBodyBytes)
	if err := doc.placeText(); err != nil {
		return document{}, false, fmt.Errorf("%s: %w", rel, err)
	}
	return doc, true, nil
}

// placeText checks the document's language (none stated is Chinese) and puts an English
// page's title and text in the fields analysed as English (see mapping.go).
func (doc *document) placeText() error {
	switch doc.Lang {
	case "", LangZh:
		doc.Lang = LangZh
	case LangEn:
		doc.TitleEn, doc.BodyEn, doc.Title, doc.Body = doc.Title, doc.Body, "", ""
	default:
		return fmt.Errorf("%s=%q is not one of %s", attrLang, doc.Lang, strings.Join(Langs, ", "))
	}
	return nil
}

// capBytes cuts s to at most n bytes, at a character boundary.
func capBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func validType(t string) bool {
	for _, k := range DocTypes {
		if t == k {
			return true
		}
	}
	return false
}

// pageURL maps a file path to the URL that serves it: a/b/index.html → /a/b/, a/x.html → /a/x.html.
func pageURL(rel string) string {
	rel = strings.TrimPrefix(path.Clean("/"+rel), "/")
	if rel == "index.html" {
		return "/"
	}
	if strings.HasSuffix(rel, "/index.html") {
		return "/" + strings.TrimSuffix(rel, "index.html")
	}
	return "/" + rel
}

func facetValues(attr func(string) (string, bool), name string) []string {
	raw, ok := attr(contract.Attr(name))
	if !ok {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, v := range strings.Split(raw, contract.Separator) {
		v = clean(v, maxFacetRunes)
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		out = append(out, v)
		if len(out) == maxFacetValues {
			break
		}
	}
	return out
}

// clean trims, drops control and invisible formatting characters, collapses white space and
// caps the length in runes.
func clean(s string, maxRunes int) string {
	var b strings.Builder
	space := false
	n := 0
	for _, r := range strings.ToValidUTF8(s, "") {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
			n++
		}
		if n >= maxRunes {
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// collapse folds the raw text of a page: runs of white space become a single space inside a
// line and one newline between blocks, and invisible formatting characters are dropped.
func collapse(raw string) string {
	var b strings.Builder
	b.Grow(len(raw))
	pendingSpace, pendingBreak := false, false
	for _, r := range strings.ToValidUTF8(raw, "") {
		switch {
		case r == '\n':
			pendingBreak = true
		case unicode.IsSpace(r):
			pendingSpace = true
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			// invisible formatting characters (zero-width, bidi controls) are not text
		default:
			if b.Len() > 0 {
				if pendingBreak {
					b.WriteByte('\n')
				} else if pendingSpace {
					b.WriteByte(' ')
				}
			}
			pendingSpace, pendingBreak = false, false
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Br, atom.Caption,
		atom.Dd, atom.Details, atom.Dialog, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hr, atom.Legend, atom.Li, atom.Main,
		atom.Nav, atom.Ol, atom.Option, atom.P, atom.Pre, atom.Section, atom.Summary,
		atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Ul,
		atom.Svg, atom.Title, atom.Desc, atom.Button, atom.Label, atom.Select,
		atom.Textarea, atom.Input, atom.Img:
		return true
	}
	return false
}
