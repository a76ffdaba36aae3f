package serve

import (
	"net/url"
	"strings"
	"testing"
)

// TestAPILang: lang=en searches the English pages, lang=zh (the default) the Chinese ones;
// the answer names its language and never mixes them, and the same words in two languages
// are two cached answers.
func TestAPILang(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	for _, c := range []struct{ q, lang, param string }{
		{"dyeing", "en", "&lang=en"}, {"Foshan", "en", "&lang=en"}, {"cotton printing", "en", "&lang=en"},
		{"印染", "zh", ""}, {"印染", "zh", "&lang=zh"}, {"COD", "zh", ""}, {"COD", "en", "&lang=en"},
	} {
		for range 2 { // the second answer comes from the cache
			res := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape(c.q)+c.param))
			if res.Lang != c.lang || res.Total == 0 {
				t.Fatalf("%q%s: lang %q, %d results", c.q, c.param, res.Lang, res.Total)
			}
			for _, hit := range res.Hits {
				if hit.Fields.Lang != c.lang || strings.HasPrefix(hit.URL, "/en/") != (c.lang == "en") {
					t.Errorf("%q%s: hit %s in %q", c.q, c.param, hit.URL, hit.Fields.Lang)
				}
			}
		}
	}
	if res := decodeAPI(t, get(t, h, "GET", "/api/search?q=dyeing")); res.Total != 0 {
		t.Errorf("a Chinese search for dyeing answers %d English pages", res.Total)
	}
}

// TestEnglishResultsAreEnglishPages: /en/search lists English pages, linked as they are (under /en/, not
// twice), marked as English; /search lists Chinese pages only, whatever lang says.
func TestEnglishResultsAreEnglishPages(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	rec := get(t, h, "GET", "/en/search?q=dyeing")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, `href="/en/enterprises/`) || strings.Contains(body, `href="/en/en/`) ||
		!strings.Contains(body, `class="search-hit-snippet" lang="en"`) || !strings.Contains(body, "<mark>dyeing</mark>") {
		t.Fatalf("English results: %d\n%s", rec.Code, body)
	}
	if strings.Contains(body, `href="/enterprises/`) {
		t.Errorf("English results link Chinese pages")
	}
	body = get(t, h, "GET", "/search?q="+url.QueryEscape("印染")+"&lang=en").Body.String()
	if !strings.Contains(body, `href="/enterprises/`) || strings.Contains(body, `href="/en/`+"enterprises") {
		t.Errorf("Chinese results page with lang=en:\n%s", body)
	}
}
