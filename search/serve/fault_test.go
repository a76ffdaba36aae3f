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

// truncateSegments cuts every segment file of the index to nothing under the open index, as
// a disk error or a careless copy over the live folder would.
func truncateSegments(t *testing.T, ixDir string) {
	t.Helper()
	n := 0
	filepath.WalkDir(ixDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".zap") {
			if err := os.Truncate(p, 0); err != nil {
				t.Fatal(err)
			}
			n++
		}
		return nil
	})
	if n == 0 {
		t.Fatal("the index has no segment file to truncate")
	}
}

// TestTruncatedIndexAnswers503AndServesTheSite: truncating the mapped index under the
// server used to end the process with SIGBUS. Now the search answers 503
// index_unavailable, the fault is logged, the index is reopened (and found damaged), the
// static site is still served, and a rebuilt index is searched again.
func TestTruncatedIndexAnswers503AndServesTheSite(t *testing.T) {
	lw := &testkit.SyncBuffer{}
	f := newFixture(t, Config{Log: lw, WatchInterval: -1})
	h := f.srv.Handler()
	if rec := get(t, h, "GET", "/api/search?q="+url.QueryEscape("印染")); rec.Code != 200 {
		t.Fatalf("before: %d %s", rec.Code, rec.Body)
	}
	truncateSegments(t, f.index)
	// Queries not answered before (the cache holds the earlier answer), so the index is read.
	for _, q := range []string{"COD", "千百丽", "镍"} {
		rec := get(t, h, "GET", "/api/search?q="+url.QueryEscape(q))
		if rec.Code != 503 || decodeError(t, rec).Error.Code != "index_unavailable" || rec.Header().Get("Retry-After") == "" {
			t.Errorf("%s on a truncated index: %d %s", q, rec.Code, rec.Body)
		}
	}
	if rec := get(t, h, "GET", "/search?q="+url.QueryEscape("废水")); rec.Code != 503 {
		t.Errorf("results page on a truncated index: %d", rec.Code)
	}
	if rec := get(t, h, "GET", "/policy/"); rec.Code != 200 {
		t.Errorf("the static site is not served after the fault: %d", rec.Code)
	}
	if rec := get(t, h, "GET", "/healthz"); !strings.Contains(rec.Body.String(), `"search":"unavailable"`) {
		t.Errorf("healthz after the fault: %s", rec.Body)
	}
	waitFor(t, func() bool { return strings.Contains(lw.String(), "reopening after the fault") })
	if !strings.Contains(lw.String(), "the search index is damaged") {
		t.Errorf("the fault is not logged:\n%s", lw.String())
	}

	if _, err := index.Build(context.Background(), f.site.Dir, f.index, index.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := f.srv.Reload(); err != nil {
		t.Fatal(err)
	}
	if rec := get(t, h, "GET", "/api/search?q=COD"); rec.Code != 200 {
		t.Errorf("after a rebuild and reload: %d %s", rec.Code, rec.Body)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
	}
}

// TestServePicksUpANewBuildByItself: a build publishing a new index into the served folders
// is searched within a few seconds without SIGHUP, and no request fails meanwhile.
func TestServePicksUpANewBuildByItself(t *testing.T) {
	dir := t.TempDir()
	site, err := fixture.WriteSite(filepath.Join(dir, "public"), 20)
	if err != nil {
		t.Fatal(err)
	}
	ixDir := filepath.Join(dir, "index")
	if _, err := index.Build(context.Background(), site.Dir, ixDir, index.Options{}); err != nil {
		t.Fatal(err)
	}
	srv, err := New(Config{SiteDir: site.Dir, IndexDir: ixDir, Log: io.Discard, WatchInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + serveOnLoopback(t, srv)
	search := func(q string) (int, string) {
		res, err := http.Get(base + "/api/search?q=" + url.QueryEscape(q))
		if err != nil {
			return 0, err.Error()
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	const fresh = "新增示范企业甲"
	if code, body := search(fresh); code != 200 || strings.Contains(body, `"hits":[{`) {
		t.Fatalf("before the rebuild: %d %s", code, body)
	}

	var failed atomic.Int64
	var first atomic.Value
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if code, body := search("印染"); code != 200 {
					failed.Add(1)
					first.CompareAndSwap(nil, body)
				}
			}
		}()
	}
	// A rebuild: a new page, indexed and published at the served index folder.
	writeFile(t, filepath.Join(site.Dir, "enterprises", "fresh", "index.html"), fixture.Render(fixture.Page{
		Type: "enterprise", Title: fresh, ID: "FRESH1", City: []string{"广州市"}, Industry: []string{"印染"},
		BodyHTML: "<h1>" + fresh + "</h1><p>" + fresh + "的清洁生产审核</p>"}))
	if _, err := index.Build(context.Background(), site.Dir, ixDir, index.Options{}); err != nil {
		t.Fatal(err)
	}
	published := time.Now()
	for {
		if code, body := search(fresh); code == 200 && strings.Contains(body, `"hits":[{`) {
			break
		}
		if time.Since(published) > 5*time.Second {
			t.Fatal("the new index was not picked up within 5 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("picked up %s after the publish", time.Since(published).Round(time.Millisecond))
	close(stop)
	wg.Wait()
	if failed.Load() > 0 {
		t.Errorf("%d searches failed during the reload; first: %v", failed.Load(), first.Load())
	}
}
