package serve

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"cpportal/internal/fixture"
	"cpportal/internal/testkit"
	"cpportal/search/index"
)

// hostile is text an attacker might get into the data.
const hostile = testkit.HostileMarkup

type testServer struct {
	srv   *Server
	site  fixture.Site
	index string
}

// newFixture writes a site with a hostile page, builds its index and starts a server on it.
func newFixture(t testing.TB, cfg Config) testServer {
	t.Helper()
	dir := t.TempDir()
	site, err := fixture.WriteSite(filepath.Join(dir, "public"), 60)
	if err != nil {
		t.Fatal(err)
	}
	page := fixture.Render(fixture.Page{Type: "enterprise", Title: "恶意企业" + hostile, ID: "HOSTILE1",
		City: []string{"佛山市" + hostile}, Industry: []string{"印染"},
		BodyHTML: "<h1>恶意企业</h1><p>恶意内容 " + escapeLikeTheme(hostile) + " 恶意结尾</p>"})
	writeFile(t, filepath.Join(site.Dir, "enterprises", "hostile", "index.html"), page)
	ixDir := filepath.Join(dir, "index")
	if _, err := index.Build(context.Background(), site.Dir, ixDir, index.Options{}); err != nil {
		t.Fatal(err)
	}
	cfg.SiteDir, cfg.IndexDir = site.Dir, ixDir
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return testServer{srv: srv, site: site, index: ixDir}
}

// escapeLikeTheme escapes text the way the theme does when it renders data into a page.
func escapeLikeTheme(s string) string {
	r := []rune{}
	for _, c := range s {
		switch c {
		case '<':
			r = append(r, []rune("&lt;")...)
		case '>':
			r = append(r, []rune("&gt;")...)
		case '&':
			r = append(r, []rune("&amp;")...)
		case '"':
			r = append(r, []rune("&#34;")...)
		case '\'':
			r = append(r, []rune("&#39;")...)
		default:
			r = append(r, c)
		}
	}
	return string(r)
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func get(t *testing.T, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func decodeAPI(t *testing.T, rec *httptest.ResponseRecorder) apiResponse {
	t.Helper()
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var out apiResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("decoding %s: %v", rec.Body, err)
	}
	return out
}

func decodeError(t *testing.T, rec *httptest.ResponseRecorder) errorBody {
	t.Helper()
	var out errorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("error body %q is not the error shape: %v", rec.Body, err)
	}
	if out.Error.Code == "" || out.Error.Message == "" {
		t.Fatalf("error body %q lacks code or message", rec.Body)
	}
	return out
}

// serveOnLoopback runs srv on a free loopback port until the test ends and returns its
// address (host:port).
func serveOnLoopback(t *testing.T, srv *Server) string {
	t.Helper()
	ln := testkit.Listen(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() { cancel(); <-done })
	return ln.Addr().String()
}
