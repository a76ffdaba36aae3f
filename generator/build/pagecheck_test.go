package build

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// pageFindings parses one HTML page and lists everything in it that would run script or
// break the Content-Security-Policy the search server sends (script-src 'self',
// style-src 'self'): inline scripts other than JSON-LD, scripts from another host, style
// elements and attributes, event-handler attributes, and links or sources with a scheme a
// browser would run. It also returns the page's text and attribute values, so that callers
// can check that hostile data came through as text.
func pageFindings(page []byte) (findings []string, texts []string, err error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, nil, err
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if n.Parent == nil || n.Parent.Data != "script" {
				texts = append(texts, n.Data)
			}
		case html.ElementNode:
			findings = append(findings, elementFindings(n)...)
			for _, a := range n.Attr {
				texts = append(texts, a.Val)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return findings, texts, nil
}

func elementFindings(n *html.Node) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	switch n.Data {
	case "script":
		typ, src := attr(n, "type"), attr(n, "src")
		switch {
		case typ == "application/ld+json":
			if n.FirstChild == nil || !json.Valid([]byte(n.FirstChild.Data)) {
				add("a JSON-LD script that is not valid JSON")
			}
		case src == "":
			add("an inline <script>")
		case !strings.HasPrefix(src, "/") || strings.HasPrefix(src, "//"):
			add("a script from elsewhere: %q", src)
		}
	case "style":
		add("a <style> element")
	case "iframe", "object", "embed", "frame", "base":
		add("a <%s> element", n.Data)
	}
	for _, a := range n.Attr {
		name := strings.ToLower(a.Key)
		switch {
		case strings.HasPrefix(name, "on"):
			add("an event handler %s=%q on <%s>", a.Key, a.Val, n.Data)
		case name == "style":
			add("a style attribute on <%s>", n.Data)
		case name == "href" || name == "src" || name == "action" || name == "formaction" || name == "xlink:href" || name == "srcset":
			if scheme := urlScheme(a.Val); scheme != "" && scheme != "http" && scheme != "https" && scheme != "mailto" && scheme != "tel" {
				add("a %s: URL in %s on <%s>: %q", scheme, a.Key, n.Data, a.Val)
			}
		}
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// urlScheme is the scheme a browser would see in an attribute value: it strips the leading
// and embedded whitespace and control characters browsers ignore ("java\tscript:").
func urlScheme(v string) string {
	clean := strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, v)
	i := strings.IndexAny(clean, ":/?#")
	if i <= 0 || clean[i] != ':' {
		return ""
	}
	return strings.ToLower(clean[:i])
}

func TestPageFindings(t *testing.T) {
	page := `<html><head><script src="/js/search.js"></script><script type="application/ld+json">{"a":1}</script>
<script>alert(1)</script><script src="https://cdn.example/x.js"></script><style>p{}</style></head>
<body><p style="color:red" onclick="x()">a &lt;b&gt;</p><a href=" java	script:alert(1)">x</a><a href="/ok">ok</a>
<a href="mailto:a@example.org">m</a><form action="data:text/html,x"></form></body></html>`
	findings, texts, err := pageFindings([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"an inline <script>",
		`a script from elsewhere: "https://cdn.example/x.js"`,
		"a <style> element",
		"a style attribute on <p>",
		`an event handler onclick="x()" on <p>`,
		`a javascript: URL in href on <a>: " java\tscript:alert(1)"`,
		`a data: URL in action on <form>: "data:text/html,x"`,
	}
	if strings.Join(findings, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(findings, "\n"), strings.Join(want, "\n"))
	}
	if !slices.Contains(texts, "a <b>") {
		t.Errorf("texts %q lack the unescaped text", texts)
	}
}

// TestSamplePagesWorkUnderTheContentSecurityPolicy scans every page of the bundled sample for
// what the server's policy would block: the theme must not rely on any of it.
func TestSamplePagesWorkUnderTheContentSecurityPolicy(t *testing.T) {
	dir, _ := sampleBuild(t)
	pages := 0
	err := filepath.WalkDir(filepath.Join(dir, "public"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".html" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		pages++
		findings, _, err := pageFindings(data)
		if err != nil {
			t.Errorf("%s: %v", path, err)
		}
		for _, f := range findings {
			t.Errorf("%s: %s", path, f)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 400 {
		t.Errorf("only %d pages scanned", pages)
	}
}
