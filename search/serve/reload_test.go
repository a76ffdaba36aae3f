package serve

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"cpportal/internal/fixture"
	"cpportal/internal/testkit"
	"cpportal/search/index"
)

// TestReloadUnderLoad rebuilds the index and reloads it repeatedly while clients search:
// no request may fail.
func TestReloadUnderLoad(t *testing.T) {
	f := newFixture(t, Config{MaxConcurrent: 64, QueueWait: 5 * time.Second})
	h := f.srv.Handler()
	ctx, cancel := context.WithCancel(context.Background())
	var ok, failed atomic.Int64
	var firstFailure atomic.Value
	var wg sync.WaitGroup
	queries := []string{"千百丽", "COD", "印染", "镍", f.site.Enterprises[3].USCC}
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ctx.Err() == nil; i++ {
				q := queries[(w+i)%len(queries)]
				rec := get(t, h, "GET", "/api/search?q="+url.QueryEscape(q))
				if rec.Code == 200 && strings.Contains(rec.Body.String(), `"hits":[{`) {
					ok.Add(1)
				} else {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, rec.Body.String())
				}
			}
		}()
	}
	for range 2 {
		if _, err := index.Build(context.Background(), f.site.Dir, f.index, index.Options{}); err != nil {
			t.Fatal(err)
		}
		if err := f.srv.Reload(); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	wg.Wait()
	t.Logf("%d searches during 2 rebuilds and reloads, %d failed", ok.Load(), failed.Load())
	if failed.Load() > 0 {
		t.Fatalf("%d searches failed; first: %v", failed.Load(), firstFailure.Load())
	}
	if ok.Load() == 0 {
		t.Fatal("no search ran")
	}
}

func TestMissingIndexServesSiteAndAnswers503UntilReload(t *testing.T) {
	dir := t.TempDir()
	site, err := fixture.WriteSite(filepath.Join(dir, "public"), 10)
	if err != nil {
		t.Fatal(err)
	}
	var log testkit.SyncBuffer
	ixDir := filepath.Join(dir, "index")
	srv, err := New(Config{SiteDir: site.Dir, IndexDir: ixDir, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	h := srv.Handler()
	if rec := get(t, h, "GET", "/policy/"); rec.Code != 200 {
		t.Errorf("site without index: %d", rec.Code)
	}
	rec := get(t, h, "GET", "/api/search?q=COD")
	if rec.Code != 503 || decodeError(t, rec).Error.Code != "index_unavailable" || rec.Header().Get("Retry-After") == "" {
		t.Errorf("search without index: %d %s", rec.Code, rec.Body)
	}
	if rec := get(t, h, "GET", "/search?q=COD"); rec.Code != 503 || !strings.Contains(rec.Body.String(), "search-message") {
		t.Errorf("results page without index: %d", rec.Code)
	}
	if !strings.Contains(log.String(), "no search index") {
		t.Errorf("the reason is not logged: %q", log.String())
	}
	// A corrupt index: still 503, reason logged, old state kept.
	if err := os.MkdirAll(ixDir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(ixDir, "index_meta.json"), "{not json")
	if err := srv.Reload(); err == nil {
		t.Error("reloading a corrupt index succeeded")
	}
	if rec := get(t, h, "GET", "/api/search?q=COD"); rec.Code != 503 {
		t.Errorf("corrupt index: %d", rec.Code)
	}
	os.RemoveAll(ixDir)
	if _, err := index.Build(context.Background(), site.Dir, ixDir, index.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := srv.Reload(); err != nil {
		t.Fatal(err)
	}
	if rec := get(t, h, "GET", "/api/search?q=COD"); rec.Code != 200 {
		t.Errorf("after reload: %d %s", rec.Code, rec.Body)
	}
}

func TestListenAndServeShutsDownGracefully(t *testing.T) {
	f := newFixture(t, Config{})
	ln := testkit.Listen(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.srv.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()
	res, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"search":"ok"`) {
		t.Errorf("healthz: %d %s", res.StatusCode, body)
	}
	res, err = http.Get(base + "/api/search?q=" + url.QueryEscape("千百丽"))
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("search over HTTP: %v %v", err, res)
	}
	res.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not shut down")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("still accepting connections after shutdown")
	}
}

func TestResultsPage(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	t.Run("without q the search page is served as is", func(t *testing.T) {
		for _, p := range []string{"/search", "/search/"} {
			rec := get(t, h, "GET", p)
			if rec.Code != 200 || !strings.Contains(rec.Body.String(), `<div id="search-results" data-search-slot></div>`) {
				t.Errorf("%s: %d", p, rec.Code)
			}
		}
	})
	rec := get(t, h, "GET", "/search?q="+url.QueryEscape("印染")+"&size=5")
	body := rec.Body.String()
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("status %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	for _, want := range []string{
		`<title>搜索 - 清洁生产审核信息公开平台</title>`, // the site's own page around the results
		`<footer>页脚版权信息</footer>`,
		`value="印染"`,        // the query is in the search boxes
		`<mark>印染</mark>`,   // snippets
		`/search?industry=`, // facet links
		`rel="next"`,        // paging
		`<ol class="search-hits" start="1">`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("results page lacks %q", want)
		}
	}
	if strings.Count(body, `<li><p class="search-hit-title">`) != 5 {
		t.Errorf("want 5 hits on the page")
	}
	// Following a facet link filters; following it again removes the filter.
	facet := "/search?industry=" + url.QueryEscape("棉印染精加工") + "&q=" + url.QueryEscape("印染") + "&size=5"
	if !strings.Contains(body, strings.ReplaceAll(facet, "&", "&amp;")) {
		t.Fatalf("facet link %s missing", facet)
	}
	filtered := get(t, h, "GET", facet).Body.String()
	if !strings.Contains(filtered, `aria-current="true"`) || !strings.Contains(filtered, "取消筛选") {
		t.Error("an active filter is not marked or cannot be removed")
	}
	if rec := get(t, h, "GET", "/search?q=COD&size=51"); rec.Code != 400 || !strings.Contains(rec.Body.String(), `role="alert"`) {
		t.Errorf("bad parameters on the page: %d", rec.Code)
	}
	if rec := get(t, h, "GET", "/search?q=COD&page=2&size=5"); !strings.Contains(rec.Body.String(), `start="6"`) || !strings.Contains(rec.Body.String(), `rel="prev"`) {
		t.Error("page 2 does not number from 6 or lacks a previous link")
	}
}

func TestParseSearchPage(t *testing.T) {
	p, ok := parseSearchPage([]byte(`<html><body><input name="q" value="old" id="a"><div class="x" data-search-slot=""><p>placeholder</p></div><input type="search" name="q"></body></html>`))
	if !ok {
		t.Fatal("slot not found")
	}
	var b strings.Builder
	p.write(&b, `a"<b>`, []byte("<p>R</p>"), "")
	want := `<html><body><input name="q" id="a" value="a&#34;&lt;b&gt;"><div class="x" data-search-slot=""><p>R</p></div><input type="search" name="q" value="a&#34;&lt;b&gt;"></body></html>`
	if b.String() != want {
		t.Errorf("got  %s\nwant %s", b.String(), want)
	}
	if _, ok := parseSearchPage([]byte(`<html><body><main></main></body></html>`)); ok {
		t.Error("a page without a slot was accepted")
	}
}
