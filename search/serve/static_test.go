package serve

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStaticFiles(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	writeFile(t, filepath.Join(f.site.Dir, "enterprises", "x", "index.json"), `{"uscc":"x"}`)
	writeFile(t, filepath.Join(f.site.Dir, "img", "chart.svg"), `<svg xmlns="http://www.w3.org/2000/svg"/>`)
	writeFile(t, filepath.Join(f.site.Dir, "site.webmanifest"), `{}`)
	writeFile(t, filepath.Join(f.site.Dir, "index.xml"), `<rss/>`)
	writeFile(t, filepath.Join(f.site.Dir, "data", "enterprises.csv"), "uscc\n")
	writeFile(t, filepath.Join(f.site.Dir, "feed.atom"), "<feed/>")
	writeFile(t, filepath.Join(f.site.Dir, ".git", "config"), "secret")
	if err := os.MkdirAll(filepath.Join(f.site.Dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct{ path, ctype string }{
		{"/", "text/html; charset=utf-8"},
		{"/policy/", "text/html; charset=utf-8"},
		{"/enterprises/x/index.json", "application/json; charset=utf-8"},
		{"/img/chart.svg", "image/svg+xml"},
		{"/site.webmanifest", "application/manifest+json"},
		{"/index.xml", "application/xml; charset=utf-8"},
		{"/data/enterprises.csv", "text/csv; charset=utf-8"},
		{"/feed.atom", "application/atom+xml; charset=utf-8"},
	} {
		rec := get(t, h, "GET", c.path)
		if rec.Code != 200 || rec.Header().Get("Content-Type") != c.ctype {
			t.Errorf("%s: %d %q, want 200 %q", c.path, rec.Code, rec.Header().Get("Content-Type"), c.ctype)
		}
		if rec.Header().Get("ETag") == "" || rec.Header().Get("Last-Modified") == "" || rec.Header().Get("Cache-Control") == "" {
			t.Errorf("%s: caching headers missing: %v", c.path, rec.Header())
		}
	}

	t.Run("security headers on every response", func(t *testing.T) {
		for _, p := range []string{"/", "/nope", "/api/search?q=COD", "/api/search", "/search?q=COD", "/healthz"} {
			rec := get(t, h, "GET", p)
			csp := rec.Header().Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("%s: CSP %q lacks %q", p, csp, want)
				}
			}
			if strings.Contains(csp, "unsafe-inline") {
				t.Errorf("%s: CSP allows inline code", p)
			}
			if rec.Header().Get("X-Content-Type-Options") != "nosniff" || rec.Header().Get("Referrer-Policy") == "" {
				t.Errorf("%s: headers %v", p, rec.Header())
			}
		}
	})
	t.Run("HEAD", func(t *testing.T) {
		rec := get(t, h, "HEAD", "/policy/")
		if rec.Code != 200 || rec.Body.Len() != 0 || rec.Header().Get("Content-Length") == "" {
			t.Errorf("HEAD: %d, body %d bytes, length %q", rec.Code, rec.Body.Len(), rec.Header().Get("Content-Length"))
		}
	})
	t.Run("ETag and Last-Modified revalidate", func(t *testing.T) {
		first := get(t, h, "GET", "/policy/")
		req := httptest.NewRequest("GET", "/policy/", nil)
		req.Header.Set("If-None-Match", first.Header().Get("ETag"))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
			t.Errorf("If-None-Match: %d", rec.Code)
		}
		req = httptest.NewRequest("GET", "/policy/", nil)
		req.Header.Set("If-Modified-Since", first.Header().Get("Last-Modified"))
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNotModified {
			t.Errorf("If-Modified-Since: %d", rec.Code)
		}
	})
	t.Run("directory without slash redirects", func(t *testing.T) {
		rec := get(t, h, "GET", "/policy")
		if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/policy/" {
			t.Errorf("redirect: %d %q", rec.Code, rec.Header().Get("Location"))
		}
	})
	t.Run("404 page, no listings, no hidden files", func(t *testing.T) {
		for _, p := range []string{"/nope", "/empty/", "/enterprises/", "/.git/config", "/.git/", "/index.html/"} {
			rec := get(t, h, "GET", p)
			if rec.Code != 404 || !strings.Contains(rec.Body.String(), "页面不存在") {
				t.Errorf("%s: %d, body %.80q", p, rec.Code, rec.Body.String())
			}
		}
	})
	t.Run("English 404 page under /en/", func(t *testing.T) {
		for _, p := range []string{"/en/nope", "/en/enterprises/X/"} {
			rec := get(t, h, "GET", p)
			if rec.Code != 404 || !strings.Contains(rec.Body.String(), "Page not found") {
				t.Errorf("%s: %d, body %.80q", p, rec.Code, rec.Body.String())
			}
		}
		if rec := get(t, h, "GET", "/english-nope"); !strings.Contains(rec.Body.String(), "页面不存在") {
			t.Errorf("/english-nope: the Chinese 404 page is the default")
		}
	})
	t.Run("methods", func(t *testing.T) {
		if rec := get(t, h, "POST", "/policy/"); rec.Code != 405 || rec.Header().Get("Allow") == "" {
			t.Errorf("POST: %d", rec.Code)
		}
	})
}

// TestStaticNoWayOut sends raw requests, so that no client cleans the paths first.
func TestStaticNoWayOut(t *testing.T) {
	f := newFixture(t, Config{})
	outside := filepath.Join(filepath.Dir(f.site.Dir), "secret.txt")
	writeFile(t, outside, "TOP SECRET")
	if err := os.Symlink(outside, filepath.Join(f.site.Dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Dir(f.site.Dir), filepath.Join(f.site.Dir, "up")); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(f.srv.Handler())
	defer ts.Close()
	for _, p := range []string{
		"/../secret.txt", "/%2e%2e/secret.txt", "/policy/..%2f..%2fsecret.txt", "/policy%2f..%2f..%2fsecret.txt",
		"/..%5csecret.txt", "/link.txt", "/up/secret.txt", "/%2e%2e%2fsecret.txt", "/./../secret.txt",
		"//secret.txt", "/policy/%00", "/.%2e/secret.txt",
	} {
		status, body := rawGet(t, ts.Listener.Addr().String(), p)
		if strings.Contains(body, "TOP SECRET") || status == 200 {
			t.Errorf("%s: %d, the file outside the site was served", p, status)
		}
	}
}

func rawGet(t *testing.T, addr, path string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// TestStaticFollowsRepublishedSite swaps a new site folder in at the same path, as a rebuild
// publishes it, and checks that the server serves the new files at once, without a reload.
func TestStaticFollowsRepublishedSite(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	writeFile(t, filepath.Join(f.site.Dir, "about", "index.html"), "old about")
	if rec := get(t, h, "GET", "/about/"); rec.Body.String() != "old about" {
		t.Fatalf("before: %q", rec.Body.String())
	}
	next := f.site.Dir + ".next"
	writeFile(t, filepath.Join(next, "about", "index.html"), "new about")
	aside := f.site.Dir + ".old"
	if err := os.Rename(f.site.Dir, aside); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(next, f.site.Dir); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(aside); err != nil {
		t.Fatal(err)
	}
	if rec := get(t, h, "GET", "/about/"); rec.Code != 200 || rec.Body.String() != "new about" {
		t.Fatalf("after republishing: %d %q, want the new page", rec.Code, rec.Body.String())
	}
}
