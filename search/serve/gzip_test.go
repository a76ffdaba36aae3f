package serve

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cpportal/generator/precompress"
)

func TestAcceptsGzip(t *testing.T) {
	for _, c := range []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"br;q=1.0, GZIP;q=0.5", true},
		{"x-gzip", true},
		{"*", true},
		{"gzip;q=0", false},
		{"*, gzip;q=0", false},
		{"deflate, br", false},
		{"identity", false},
		{"*;q=0", false},
	} {
		if got := acceptsGzip([]string{c.header}); got != c.want {
			t.Errorf("Accept-Encoding %q: %v, want %v", c.header, got, c.want)
		}
	}
}

// TestStaticServesPrecompressedGzip: a client that accepts gzip gets the copy the build wrote
// beside the file (Content-Encoding: gzip); others get the file; both are told the answer
// varies with Accept-Encoding.
func TestStaticServesPrecompressedGzip(t *testing.T) {
	f := newFixture(t, Config{})
	if _, err := precompress.Dir(context.Background(), f.site.Dir); err != nil {
		t.Fatal(err)
	}
	h := f.srv.Handler()
	plain, err := os.ReadFile(filepath.Join(f.site.Dir, "search", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(f.site.Dir, "search", "index.html.gz")); err != nil {
		t.Fatalf("no precompressed copy to serve: %v", err)
	}
	request := func(method, ae string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, "/search/index.html", nil)
		if ae != "" {
			req.Header.Set("Accept-Encoding", ae)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	rec := request("GET", "gzip, deflate, br")
	if rec.Code != 200 || rec.Header().Get("Content-Encoding") != "gzip" || rec.Header().Get("Vary") != "Accept-Encoding" ||
		rec.Header().Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("gzip accepted: %d %v", rec.Code, rec.Header())
	}
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); !bytes.Equal(got, plain) {
		t.Error("the gzip answer does not decompress to the page")
	}
	gzTag := rec.Header().Get("ETag")
	for _, ae := range []string{"", "gzip;q=0", "br"} {
		rec := request("GET", ae)
		if rec.Code != 200 || rec.Header().Get("Content-Encoding") != "" || !bytes.Equal(rec.Body.Bytes(), plain) || rec.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: %d %v", ae, rec.Code, rec.Header())
		}
		if rec.Header().Get("ETag") == gzTag {
			t.Errorf("Accept-Encoding %q: the plain answer has the gzip answer's ETag", ae)
		}
	}
	if rec := request("HEAD", "gzip"); rec.Code != 200 || rec.Header().Get("Content-Encoding") != "gzip" || rec.Body.Len() != 0 {
		t.Errorf("HEAD: %d %v %d bytes", rec.Code, rec.Header(), rec.Body.Len())
	}
}

// FuzzAcceptsGzip: any Accept-Encoding value is read without panicking, and gzip is only
// chosen when the value names gzip or *.
func FuzzAcceptsGzip(f *testing.F) {
	for _, s := range []string{"gzip", "gzip;q=0", "*, gzip;q=0", "br;q=1.0, GZIP;q=0.5", ";;,,q=", "gzip;q=NaN", "x-gzip;q=1e400"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		got := acceptsGzip([]string{header})
		lower := strings.ToLower(header)
		if got && !strings.Contains(lower, "gzip") && !strings.Contains(lower, "*") {
			t.Errorf("%q: gzip chosen though not named", header)
		}
	})
}
