package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestEnglishSearch: on the English home page, the search form leads to /en/search, whose
// results are English pages found by English words (dyeing finds the dyeing industries'
// pages); the instant results under the header box are English pages as well.
func TestEnglishSearch(t *testing.T) {
	tb := openTab(t, 90*time.Second)
	tb.open("/en/")
	if got := eval[string](tb, `document.querySelector("form.home-search").getAttribute("action")`); got != "/en/search" {
		t.Errorf("the English home page's search form goes to %q, want /en/search", got)
	}

	// Instant results: English pages only.
	tb.do("focusing the header search box", chromedp.Focus(chromedp.ID("site-search-q")))
	tb.typeText("dyeing")
	tb.waitUntil("instant results under the search box",
		`!document.getElementById("site-search-instant").hidden && document.querySelectorAll("#site-search-instant li[role=option] a").length > 0`,
		10*time.Second)
	for _, h := range tb.links("#site-search-instant li[role=option] a") {
		if !strings.HasPrefix(h.Href, "/en/") {
			t.Errorf("an instant result of an English search is not an English page: %+v", h)
		}
	}
	// ... and speak English: the list's name, the kinds of page and the link to all results.
	if got := eval[string](tb, `document.getElementById("site-search-instant-list").getAttribute("aria-label")`); got != "Search suggestions" {
		t.Errorf("the English instant results are called %q", got)
	}
	if got := eval[string](tb, `Array.from(document.querySelectorAll("#site-search-instant .instant-type, #site-search-instant li.instant-all")).map(e => e.textContent).join(" ")`); !strings.Contains(got, "Industry") && !strings.Contains(got, "Enterprise") || !strings.Contains(got, "results") || strings.ContainsAny(got, "企业行业结果") {
		t.Errorf("the English instant results do not speak English: %q", got)
	}
	tb.press("\x1b") // Escape closes the instant results

	// The results page, from the home page's form.
	tb.do("focusing the home page's search box", chromedp.Focus(chromedp.CSS(`form.home-search input[name=q]`)))
	tb.typeText("cotton printing")
	tb.follow("submitting the home page's search form", chromedp.Submit(chromedp.CSS(`form.home-search`)))
	if got := tb.path(); !strings.HasPrefix(got, "/en/search?q=cotton") {
		t.Fatalf("the form led to %s", got)
	}
	if got := eval[string](tb, `document.documentElement.lang`); got != "en" {
		t.Errorf("the results page is <html lang=%q>, want en", got)
	}
	res := tb.searchResults()
	if len(res.Hits) == 0 || !strings.Contains(res.Heading, "for “cotton printing”") {
		t.Fatalf("cotton printing: %+v", res)
	}
	for _, h := range res.Hits {
		if !strings.HasPrefix(h.Href, "/en/") {
			t.Errorf("an English result is not an English page: %+v", h)
		}
	}
	if n := eval[int](tb, `document.querySelectorAll("ol.search-hits .search-hit-snippet[lang=en] mark").length`); n == 0 {
		t.Errorf("the English results mark no English words")
	}

	// A result opens the English page.
	first := res.Hits[0]
	tb.follow("opening "+first.Href, chromedp.Click(chromedp.CSS(`ol.search-hits a[href="`+first.Href+`"]`)))
	if got := tb.path(); got != first.Href {
		t.Errorf("the result led to %s, want %s", got, first.Href)
	}
	if got := eval[string](tb, `document.documentElement.lang`); got != "en" {
		t.Errorf("%s is <html lang=%q>, want en", first.Href, got)
	}

	// A Chinese search lists no English pages.
	tb.open("/search?q=dyeing")
	for _, h := range tb.searchResults().Hits {
		if strings.HasPrefix(h.Href, "/en/") {
			t.Errorf("a Chinese search for dyeing lists %+v", h)
		}
	}
}
