package serve

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestEnglishResultsPage serves /en/search in the English search page of the site, with English
// words and links to the English pages, while record values stay as published.
func TestEnglishResultsPage(t *testing.T) {
	f := newFixture(t, Config{})
	enPage := `<!DOCTYPE html><html lang="en"><head><title>Search</title></head><body><main><h1>Search</h1>` +
		`<form action="/en/search"><input name="q" id="q"></form><div data-search-slot></div></main></body></html>`
	writeFile(t, filepath.Join(f.site.Dir, "en", "search", "index.html"), enPage)
	if err := f.srv.Reload(); err != nil {
		t.Fatal(err)
	}
	h := f.srv.Handler()

	en := get(t, h, "GET", "/en/search?q=%E5%8D%B0%E6%9F%93")
	body := en.Body.String()
	if en.Code != 200 || !strings.Contains(body, `<html lang="en">`) {
		t.Fatalf("English results: %d, not the English page:\n%.300s", en.Code, body)
	}
	for _, want := range []string{` for “印染”</h2>`, `<h3>Type</h3>`, `href="/en/enterprises/`, `href="/en/search?`, `value="印染"`} {
		if !strings.Contains(body, want) {
			t.Errorf("English results lack %q", want)
		}
	}
	for _, unwanted := range []string{"条结果", `href="/enterprises/`, `href="/search?`} {
		if strings.Contains(body, unwanted) {
			t.Errorf("English results contain %q", unwanted)
		}
	}

	zh := get(t, h, "GET", "/search?q=%E5%8D%B0%E6%9F%93").Body.String()
	if !strings.Contains(zh, "条结果") || strings.Contains(zh, `href="/en/`) {
		t.Errorf("Chinese results page changed by the English one:\n%.300s", zh)
	}

	// Without a query the English search page is served as it is.
	if got := get(t, h, "GET", "/en/search/").Body.String(); !strings.Contains(got, `<html lang="en">`) || strings.Contains(got, "search-results-heading") {
		t.Errorf("/en/search/ without a query: %.300s", got)
	}
}

// TestEnglishFallsBackToChinesePage: a site without an English search page still answers
// /en/search, in the Chinese page but with English words.
func TestEnglishFallsBackToChinesePage(t *testing.T) {
	f := newFixture(t, Config{})
	got := get(t, f.srv.Handler(), "GET", "/en/search?q=COD")
	if got.Code != 200 || !strings.Contains(got.Body.String(), " for “COD”</h2>") {
		t.Fatalf("%d %.300s", got.Code, got.Body.String())
	}
}
