package index

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"cpportal/search/contract"
)

// extractTree is the reference extractor the tests compare extract with: the whole page
// parsed into a tree by the HTML5 parser (as the index read pages before it used one pass of
// the tokenizer), the same rules applied to the tree.
func extractTree(r io.Reader, rel string) (doc document, ok bool, err error) {
	page, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return document{}, false, fmt.Errorf("%s: %w", rel, err)
	}
	bodies := page.Find("[" + attrBody + "]")
	if bodies.Length() == 0 {
		return document{}, false, nil
	}
	if bodies.Length() > 1 {
		return document{}, false, fmt.Errorf("%s: %d elements carry %s; the contract allows one", rel, bodies.Length(), attrBody)
	}
	body := bodies.First()

	doc.URL = pageURL(rel)
	doc.Type = clean(body.AttrOr(attrType, "page"), 20)
	if !validType(doc.Type) {
		return document{}, false, fmt.Errorf("%s: %s=%q is not one of %s", rel, attrType, doc.Type, strings.Join(DocTypes, ", "))
	}
	doc.Title = clean(body.AttrOr(attrTitle, ""), maxTitleRunes)
	if doc.Title == "" {
		doc.Title = clean(visibleTextTree(page.Find("h1").First()), maxTitleRunes)
	}
	if doc.Title == "" {
		doc.Title = clean(page.Find("title").First().Text(), maxTitleRunes)
	}
	doc.ID = clean(body.AttrOr(attrID, ""), maxIDRunes)
	doc.Lang = clean(body.AttrOr(attrLang, ""), 10)
	for _, name := range contract.Stored { // the values are split and cleaned as extract does
		if vs := facetValues(body.Attr, name); len(vs) > 0 {
			if doc.Facets == nil {
				doc.Facets = map[string][]string{}
			}
			doc.Facets[name] = vs
		}
	}
	doc.Body = capBytes(visibleTextTree(body), maxBodyBytes)
	if err := doc.placeText(); err != nil {
		return document{}, false, fmt.Errorf("%s: %w", rel, err)
	}
	return doc, true, nil
}

// visibleText returns the text of the selection with a line break after every block element
// and table cell, so that words of adjacent blocks never glue together into false bigrams,
// skipping scripts, styles, templates and anything marked data-search-ignore.
func visibleTextTree(sel *goquery.Selection) string {
	var buf bytes.Buffer
	for _, n := range sel.Nodes {
		writeTextTree(&buf, n)
	}
	return collapse(buf.String()) // white space folded as the tokenizer's text is
}

func writeTextTree(buf *bytes.Buffer, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		buf.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Iframe, atom.Object:
			return
		}
		for _, a := range n.Attr {
			if a.Key == attrIgnore || a.Key == "hidden" {
				return
			}
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && isBlock(n.DataAtom)
	if block {
		buf.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeTextTree(buf, c)
	}
	if block {
		buf.WriteByte('\n')
	}
}

// TestScanMatchesTreeParser: on every page of the fixture site and on markup that stretches
// the contract, one pass of the tokenizer finds exactly what the HTML5 tree parser finds.
func TestScanMatchesTreeParser(t *testing.T) {
	_, site := sharedIndex(t)
	pages := sitePages(t, site.Dir)
	for i, p := range trickyPages {
		pages[fmt.Sprintf("tricky/%d.html", i)] = []byte(p)
	}
	compareExtractors(t, pages)
}

// TestScanMatchesTreeParserOnSite runs the same comparison on every page of a built site
// named by CPPORTAL_EXTRACT_SITE (a rendered public/ folder), e.g. a province-size sample.
func TestScanMatchesTreeParserOnSite(t *testing.T) {
	dir := os.Getenv("CPPORTAL_EXTRACT_SITE")
	if dir == "" {
		t.Skip("set CPPORTAL_EXTRACT_SITE to a rendered site to compare on its pages")
	}
	pages := sitePages(t, dir)
	for rel, b := range pages {
		if !mayHaveBody(b) {
			delete(pages, rel)
		}
	}
	t.Logf("%d pages compared", len(pages))
	compareExtractors(t, pages)
}

func compareExtractors(t *testing.T, pages map[string][]byte) {
	t.Helper()
	bad := 0
	for rel, b := range pages {
		want, wantOK, wantErr := extractTree(bytes.NewReader(b), rel)
		got, gotOK, gotErr := extract(b, rel)
		if (wantErr != nil) != (gotErr != nil) || wantOK != gotOK || !reflect.DeepEqual(want, got) {
			bad++
			if bad <= 5 {
				t.Errorf("%s:\ntree:  ok=%v err=%v %+v\nscan:  ok=%v err=%v %+v", rel, wantOK, wantErr, want, gotOK, gotErr, got)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d pages differ", bad, len(pages))
	}
}

// trickyPages are well-formed pages at the edges of the contract.
var trickyPages = []string{
	`<html><head><title>T &amp; t</title></head><body><h1>H<script>x</script>1</h1><main data-search-body data-search-type="city" data-search-city="广州市|广州市| |佛山市"><p>a<span data-search-ignore>b</span>c</p><div hidden>隐藏</div><p>d<br>e<img alt="x">f</p></main></body></html>`,
	`<main data-search-body><h1 data-search-ignore>不算</h1><p>正文</p></main><title>标题</title>`,
	`<body><h1>外面的标题</h1><main data-search-body><custom-el>自定<b>义</b></custom-el><svg><title>图</title><path d="M0 0"/><text>文字</text></svg><table><tr><td>化学</td><td>需氧</td></tr></table></main><p>之后</p></body>`,
	`<main data-search-body data-search-type="enterprise" data-search-id=" 9144 " data-search-title="甲&lt;乙&gt;"><ul><li>一</li><li>二</li></ul><template><p>模板</p></template><noscript>无脚本</noscript>` + "​零宽" + `</main>`,
	`<main data-search-body><div data-search-body>两个</div></main>`,
	`<main data-search-body data-search-type="secret">x</main>`,
	`<main><p>没有正文标记</p></main>`,
	`<main data-search-body><p>a</p><p>b</div></p>c</main>`,
}

// FuzzExtract: any bytes give a document or an error, never a panic, and what comes out obeys
// the limits; on pages the tree parser and the tokenizer read alike, both give the same body.
func FuzzExtract(f *testing.F) {
	for _, p := range trickyPages {
		f.Add([]byte(p))
	}
	f.Add([]byte("<main data-search-body><p>未闭合<div>块</main>"))
	f.Add([]byte("<main data-search-body data-search-type=enterprise data-search-year='2009|2009|x'>\x00\xff</main>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		doc, ok, err := extract(page, "f/index.html")
		if err != nil || !ok {
			return
		}
		if doc.URL != "/f/" || !validType(doc.Type) || len(doc.Body) > maxBodyBytes || !utf8.ValidString(doc.Body) ||
			utf8.RuneCountInString(doc.Title) > maxTitleRunes || len(doc.Facets[contract.FacetYear]) > maxFacetValues {
			t.Fatalf("limits broken: %+v", doc)
		}
		for _, r := range doc.Body {
			if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
				t.Fatalf("control character %U in the body %q", r, doc.Body)
			}
		}
	})
}
