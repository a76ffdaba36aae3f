package serve

import (
	"net/url"
	"strings"
	"testing"
)

// TestEnglishFacetValueNames: on the English results page the city and industry facets (and
// an active filter) name their values in English with the published name beside it, as the
// build's words give them, while the filter values in the links stay the published ones; the
// Chinese results page shows the published names, and the API's facet values are unchanged.
func TestEnglishFacetValueNames(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()

	en := get(t, h, "GET", "/en/search?q=dyeing&city="+url.QueryEscape("佛山市")).Body.String()
	for _, want := range []string{
		">Foshan (佛山市)</a>",                        // the city facet's value
		"City: Foshan (佛山市) ×",                     // the filter in force
		">Cotton printing and dyeing (棉印染精加工)</a>", // the industry facet's value
		"city=" + url.QueryEscape("佛山市"),           // links filter by the published name
		"(超标排放)</a>",                               // the reason facet's value, in English beside the published one
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English results lack %q", want)
		}
	}
	zh := get(t, h, "GET", "/search?q=%E5%8D%B0%E6%9F%93").Body.String()
	if !strings.Contains(zh, ">佛山市</a>") || strings.Contains(zh, "Foshan (") {
		t.Errorf("Chinese results do not name 佛山市 as published")
	}
	res := decodeAPI(t, get(t, h, "GET", "/api/search?lang=en&q=dyeing"))
	for name, values := range res.Facets {
		for _, v := range values {
			if strings.Contains(v.Value, "(") {
				t.Errorf("API facet %s value %q is a label, not the published value", name, v.Value)
			}
		}
	}
}
