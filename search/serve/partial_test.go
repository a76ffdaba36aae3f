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
