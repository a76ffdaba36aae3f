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

// TestLanguageSwitchKeepsTheQuery: on a results page the links to the other language's search
// page carry the query, the filters and the page, so switching language keeps the results.
func TestLanguageSwitchKeepsTheQuery(t *testing.T) {
	f := newFixture(t, Config{})
	switcher := func(lang, href string) string {
		return `<ul class="lang-switch"><li><a href="` + href + `" hreflang="` + lang + `">` + lang + `</a></li></ul>`
	}
	zhPage := `<!DOCTYPE html><html lang="zh-CN"><body>` + switcher("en", "/en/search/") + `<a href="/about/" hreflang="en">about</a>` +
		`<main><form action="/search"><input name="q"></form><div data-search-slot></div></main></body></html>`
	enPage := `<!DOCTYPE html><html lang="en"><body>` + switcher("zh-CN", "/search/") +
		`<main><form action="/en/search"><input name="q"></form><div data-search-slot></div></main></body></html>`
	writeFile(t, filepath.Join(f.site.Dir, "search", "index.html"), zhPage)
	writeFile(t, filepath.Join(f.site.Dir, "en", "search", "index.html"), enPage)
	if err := f.srv.Reload(); err != nil {
		t.Fatal(err)
	}
	h := f.srv.Handler()

	zh := get(t, h, "GET", "/search?q=%E5%8D%B0%E6%9F%93&type=enterprise&page=2").Body.String()
	if want := `<a href="/en/search?page=2&amp;q=%E5%8D%B0%E6%9F%93&amp;type=enterprise" hreflang="en">`; !strings.Contains(zh, want) {
		t.Errorf("Chinese results: switch link lacks the query; want %s in\n%.600s", want, zh)
	}
	if !strings.Contains(zh, `<a href="/about/" hreflang="en">`) {
		t.Error("a link to another page was given the query")
	}
	en := get(t, h, "GET", "/en/search?q=COD").Body.String()
	if want := `<a href="/search?q=COD" hreflang="zh-CN">`; !strings.Contains(en, want) {
		t.Errorf("English results: want %s in\n%.600s", want, en)
	}
	// Without a query the page is served as it is.
	if plain := get(t, h, "GET", "/search/").Body.String(); !strings.Contains(plain, `<a href="/en/search/" hreflang="en">`) {
		t.Errorf("search page without a query changed its switch link:\n%.400s", plain)
	}
}
