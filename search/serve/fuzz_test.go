package serve

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzSearchParameters sends any query string to the API and the results page: the answer is
// results or a clear error (never a server error), the API always answers JSON, and the page
// never carries markup from the query.
func FuzzSearchParameters(f *testing.F) {
	for _, s := range []string{
		"q=COD", "q=%E5%8D%B0%E6%9F%93&city=%E4%BD%9B%E5%B1%B1%E5%B8%82&page=2&size=5",
		"q=%3Cscript%3Ealert(1)%3C/script%3E", "q=%22%27%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
		"q=%ff%fe", "q=a%00b", "q=%E2%80%AE", "size=51&q=x", "page=-1&q=x", "page=99999999999999999999&q=x",
		"q=x&q=y", "q=x;y", "q=%", "level=%E5%9B%BD%E6%8E%A7&level=x", "year=2009&overdue=true",
		"q=title:x+AND+/re.*/", "q=%22unclosed", "type=enterprise&type=case&type=page",
		// partial results and suggestions: words found apart, a name one character off
		"q=%E4%B8%AD%E6%B0%B4%E5%9B%9E%E7%94%A8+%E9%92%9B%E7%99%BD%E7%B2%89", "q=%E5%8D%83%E7%99%BE%E5%8A%9B%3Cb%3E&type=agency",
	} {
		f.Add(s)
	}
	fx := newFixture(f, Config{})
	h := fx.srv.Handler()
	f.Fuzz(func(t *testing.T, raw string) {
		for _, path := range []string{"/api/search", "/search"} {
			req := httptest.NewRequest("GET", path, nil)
			req.URL.RawQuery = raw
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			switch rec.Code {
			case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusServiceUnavailable:
			default:
				t.Fatalf("%s?%s: status %d", path, raw, rec.Code)
			}
			body := rec.Body.Bytes()
			if path == "/api/search" {
				if !json.Valid(body) {
					t.Fatalf("%s?%s: not JSON: %q", path, raw, body)
				}
				continue
			}
			doc, err := html.Parse(strings.NewReader(string(body)))
			if err != nil {
				t.Fatal(err)
			}
			if n := countElements(doc, "script", "img", "iframe", "style"); n != 1 {
				t.Fatalf("%s?%s: %d script, img, iframe or style elements, want the site's one script", path, raw, n)
			}
		}
	})
}

func countElements(n *html.Node, names ...string) int {
	c := 0
	if n.Type == html.ElementNode {
		for _, name := range names {
			if n.Data == name {
				c++
			}
		}
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c += countElements(k, names...)
	}
	return c
}

// FuzzStaticPath requests any path: the answer is a file of the site, a redirect, a 404 or a
// 400, never a server error, and never a file from outside the site folder.
func FuzzStaticPath(f *testing.F) {
	for _, s := range []string{"/", "/policy/", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/.hidden",
		"/policy/index.html", "//etc/passwd", "/a%00b", "/%ff", "/enterprises/..%2f..%2f", "/policy", "/css/../../x"} {
		f.Add(s)
	}
	fx := newFixture(f, Config{})
	h := fx.srv.Handler()
	f.Fuzz(func(t *testing.T, path string) {
		// Parsed the way the server parses a request line, so that Path and RawPath hold
		// what a client can send.
		u, err := url.ParseRequestURI(ensureSlash(path))
		if err != nil {
			return
		}
		req := httptest.NewRequest("GET", "/", nil)
		req.URL, req.RequestURI = u, u.RequestURI()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%q: status %d", path, rec.Code)
		}
		if strings.Contains(rec.Body.String(), "root:x:0:0") {
			t.Fatalf("%q: served a file from outside the site", path)
		}
	})
}

func ensureSlash(p string) string {
	if strings.HasPrefix(p, "/") {
		return p
	}
	return "/" + p
}
