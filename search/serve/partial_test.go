package serve

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

// TestPartialResults: a query whose words no single document holds together answers with the
// documents holding most of them, says so in the API and on the results page of each language.
func TestPartialResults(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	q := url.QueryEscape("中水回用 技术改造 钛白粉")

	res := decodeAPI(t, get(t, h, "GET", "/api/search?q="+q))
	if !res.Partial || res.Total == 0 || !slices.Equal(res.Matched, []string{"中水回用", "技术改造"}) || !slices.Equal(res.Unmatched, []string{"钛白粉"}) {
		t.Fatalf("partial %v, total %d, matched %q, unmatched %q", res.Partial, res.Total, res.Matched, res.Unmatched)
	}
	if !slices.Equal(res.Hits[0].Matched, []string{"中水回用", "技术改造"}) {
		t.Errorf("the first hit holds %q, want both words found", res.Hits[0].Matched)
	}

	full := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape("中水回用 技术改造")))
	if full.Partial || full.Matched != nil || full.Hits[0].Matched != nil {
		t.Errorf("a full result is reported as partial: %+v", full)
	}

	for _, page := range []struct{ path, notice, missing string }{
		{"/search?q=" + q, "没有同时包含全部词语的结果", "缺少：“钛白粉”"},
		{"/en/search?q=" + q, "No result holds every word", "Missing: “钛白粉”"},
	} {
		body := get(t, h, "GET", page.path).Body.String()
		for _, want := range []string{page.notice, page.missing, `class="search-partial"`} {
			if !strings.Contains(body, want) {
				t.Errorf("%s lacks %q", page.path, want)
			}
		}
	}
	plain := get(t, h, "GET", "/search?q="+url.QueryEscape("中水回用 技术改造")).Body.String()
	if strings.Contains(plain, "search-partial") || strings.Contains(plain, "search-hit-missing") {
		t.Errorf("a full result's page speaks of partial results")
	}
}

// TestSuggestionOnResults: a name with a wrong character finds nothing; the API and the
// results page of each language suggest the name, linked with the filters kept.
func TestSuggestionOnResults(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	res := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape("千百力")))
	if res.Total != 0 || res.Suggestion != "千百丽" {
		t.Fatalf("total %d, suggestion %q; want none found and 千百丽", res.Total, res.Suggestion)
	}
	for _, page := range []struct{ path, label, link string }{
		{"/search?q=" + url.QueryEscape("千百力") + "&type=enterprise", "您是不是要找：", `href="/search?q=%E5%8D%83%E7%99%BE%E4%B8%BD&amp;type=enterprise"`},
		{"/en/search?q=" + url.QueryEscape("千百力"), "Did you mean: ", `href="/en/search?q=%E5%8D%83%E7%99%BE%E4%B8%BD"`},
	} {
		body := get(t, h, "GET", page.path).Body.String()
		if !strings.Contains(body, page.label) || !strings.Contains(body, page.link) {
			t.Errorf("%s: no suggestion %q linked as %s", page.path, page.label, page.link)
		}
	}
	// What users type reaches the page escaped, suggestion included.
	body := get(t, h, "GET", "/search?q="+url.QueryEscape("<b>千百力</b>")).Body.String()
	if strings.Contains(body, "<b>") {
		t.Errorf("the query reaches the page unescaped")
	}
}
