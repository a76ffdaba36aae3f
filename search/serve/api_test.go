package serve

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestAPIParameters(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	e := f.site.Enterprises[0] // 佛山市某某千百丽纺织印染有限公司

	t.Run("q finds a name part first", func(t *testing.T) {
		res := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape("千百丽纺织")))
		if res.Total == 0 || res.Hits[0].URL != e.URL || res.Hits[0].Type != "enterprise" || res.Hits[0].Fields.ID != e.USCC {
			t.Fatalf("first hit %+v, want %s", res.Hits, e.URL)
		}
		if res.Query != "千百丽纺织" || res.Page != 1 || res.Size != 10 || res.TookMS < 0 {
			t.Errorf("echo: query %q page %d size %d took %v", res.Query, res.Page, res.Size, res.TookMS)
		}
		if !strings.Contains(res.Hits[0].Snippet, "<mark>千百丽纺织</mark>") {
			t.Errorf("snippet %q does not mark the match", res.Hits[0].Snippet)
		}
		if len(res.Facets["type"]) == 0 || len(res.Facets["city"]) == 0 {
			t.Errorf("facets missing: %v", res.Facets)
		}
	})
	t.Run("credit code first", func(t *testing.T) {
		res := decodeAPI(t, get(t, h, "GET", "/api/search?q="+strings.ToLower(e.USCC)))
		if res.Hits[0].URL != e.URL {
			t.Fatalf("first hit %s, want %s", res.Hits[0].URL, e.URL)
		}
	})
	for _, facet := range []struct{ name, value string }{
		{"type", "city"}, {"city", "佛山市"}, {"industry", "棉印染精加工"}, {"level", "国控"},
		{"year", "2009"}, {"reason", "涉重金属"}, {"overdue", "true"},
	} {
		t.Run("filter "+facet.name, func(t *testing.T) {
			res := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape("审核")+"&"+facet.name+"="+url.QueryEscape(facet.value)+"&size=50"))
			if res.Total == 0 {
				t.Fatalf("no hits for %s=%s", facet.name, facet.value)
			}
			for _, hit := range res.Hits {
				if !hasValue(hit, facet.name, facet.value) {
					t.Errorf("hit %s lacks %s=%s", hit.URL, facet.name, facet.value)
				}
			}
			found := false
			for _, v := range res.Facets[facet.name] {
				if v.Value == facet.value {
					found = uint64(v.Count) == res.Total
				}
			}
			if !found {
				t.Errorf("facet %s = %v, want %s with count %d", facet.name, res.Facets[facet.name], facet.value, res.Total)
			}
		})
	}
	t.Run("filters without q browse", func(t *testing.T) {
		res := decodeAPI(t, get(t, h, "GET", "/api/search?type=industry&size=50"))
		if res.Total != 10 {
			t.Errorf("industry pages: %d, want 10", res.Total)
		}
	})
	t.Run("two values of one facet are alternatives", func(t *testing.T) {
		one := decodeAPI(t, get(t, h, "GET", "/api/search?type=city"))
		two := decodeAPI(t, get(t, h, "GET", "/api/search?type=city&type=industry"))
		if two.Total != one.Total+10 {
			t.Errorf("city|industry = %d, city = %d", two.Total, one.Total)
		}
	})
	t.Run("page and size", func(t *testing.T) {
		all := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape("审核")+"&size=20"))
		p2 := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape("审核")+"&size=5&page=2"))
		if len(p2.Hits) != 5 || p2.Page != 2 || p2.Size != 5 {
			t.Fatalf("page 2: %d hits, page %d size %d", len(p2.Hits), p2.Page, p2.Size)
		}
		for i, hit := range p2.Hits {
			if hit.URL != all.Hits[5+i].URL {
				t.Errorf("page 2 hit %d = %s, want %s (stable order)", i, hit.URL, all.Hits[5+i].URL)
			}
		}
	})
	t.Run("phrases", func(t *testing.T) {
		quoted := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape(`"清洁生产促进法"`)))
		if quoted.Total != 1 || quoted.Hits[0].URL != "/policy/" {
			t.Errorf("phrase: %d hits %v", quoted.Total, quoted.Hits)
		}
		apart := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape(`"审核 名单"`)))
		loose := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape(`审核 名单`)))
		if apart.Total >= loose.Total {
			t.Errorf("a quoted phrase (%d) should find fewer than its words apart (%d)", apart.Total, loose.Total)
		}
	})
	t.Run("query syntax is text", func(t *testing.T) {
		for _, q := range []string{"title:千百丽", "千百*", "/千.*/", "千百丽~2", "+千百丽 -印染", "type:enterprise"} {
			rec := get(t, h, "GET", "/api/search?q="+url.QueryEscape(q))
			if rec.Code != http.StatusOK {
				t.Errorf("%q: status %d", q, rec.Code)
			}
		}
		// A wildcard would match many names; as text, 千百* is just 千百.
		star := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape("/.*/")))
		if star.Total != 0 {
			t.Errorf("a regular expression matched %d documents", star.Total)
		}
	})
	t.Run("HEAD", func(t *testing.T) {
		rec := get(t, h, "HEAD", "/api/search?q=COD")
		if rec.Code != 200 || rec.Body.Len() != 0 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
			t.Errorf("HEAD: %d, %d bytes, %s", rec.Code, rec.Body.Len(), rec.Header().Get("Content-Type"))
		}
	})
}

func hasValue(h apiHit, facet, value string) bool {
	var vs []string
	switch facet {
	case "type":
		vs = []string{h.Type}
	case "city":
		vs = h.Fields.City
	case "industry":
		vs = h.Fields.Industry
	case "level":
		vs = h.Fields.Level
	case "year":
		vs = h.Fields.Year
	case "reason":
		vs = h.Fields.Reason
	case "overdue":
		vs = h.Fields.Overdue
	}
	return contains(vs, value)
}

func TestAPIErrors(t *testing.T) {
	f := newFixture(t, Config{MaxURLBytes: 2000})
	h := f.srv.Handler()
	long := strings.Repeat("印", 201)
	cases := []struct {
		name, method, target string
		status               int
		code                 string
	}{
		{"POST", "POST", "/api/search?q=COD", 405, "method_not_allowed"},
		{"DELETE", "DELETE", "/api/search?q=COD", 405, "method_not_allowed"},
		{"no query", "GET", "/api/search", 400, "missing_query"},
		{"empty query", "GET", "/api/search?q=", 400, "missing_query"},
		{"q twice", "GET", "/api/search?q=a&q=b", 400, "invalid_query"},
		{"query too long", "GET", "/api/search?q=" + url.QueryEscape(long), 413, "query_too_long"},
		{"query string too long", "GET", "/api/search?q=a&x=" + strings.Repeat("a", 2100), 413, "request_too_large"},
		{"invalid UTF-8", "GET", "/api/search?q=%ff%fe", 400, "invalid_encoding"},
		{"malformed escape", "GET", "/api/search?q=%zz", 400, "invalid_parameters"},
		{"size 51", "GET", "/api/search?q=COD&size=51", 400, "invalid_size"},
		{"size 0", "GET", "/api/search?q=COD&size=0", 400, "invalid_size"},
		{"size text", "GET", "/api/search?q=COD&size=ten", 400, "invalid_size"},
		{"page 0", "GET", "/api/search?q=COD&page=0", 400, "invalid_page"},
		{"page negative", "GET", "/api/search?q=COD&page=-1", 400, "invalid_page"},
		{"page beyond cap", "GET", "/api/search?q=COD&size=50&page=21", 400, "page_too_deep"},
		{"page overflow", "GET", "/api/search?q=COD&page=99999999999999999999", 400, "invalid_page"},
		{"unknown type", "GET", "/api/search?q=COD&type=secret", 400, "invalid_filter"},
		{"bad level", "GET", "/api/search?q=COD&level=x", 400, "invalid_filter"},
		{"bad year", "GET", "/api/search?q=COD&year=20x9", 400, "invalid_filter"},
		{"bad overdue", "GET", "/api/search?q=COD&overdue=maybe", 400, "invalid_filter"},
		{"too many filter values", "GET", "/api/search?q=COD" + strings.Repeat("&city=a", 11), 400, "invalid_filter"},
		{"too many words", "GET", "/api/search?q=" + url.QueryEscape(strings.Repeat("a ", 13)), 400, "too_many_terms"},
		{"unknown lang", "GET", "/api/search?q=COD&lang=fr", 400, "invalid_lang"},
		{"lang in upper case", "GET", "/api/search?q=COD&lang=EN", 400, "invalid_lang"},
		{"empty lang", "GET", "/api/search?q=COD&lang=", 400, "invalid_lang"},
		{"lang twice", "GET", "/api/search?q=COD&lang=en&lang=zh", 400, "invalid_lang"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := get(t, h, c.method, c.target)
			if rec.Code != c.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, c.status, rec.Body)
			}
			if got := decodeError(t, rec).Error.Code; got != c.code {
				t.Errorf("code %q, want %q", got, c.code)
			}
			if c.status == 405 && rec.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow = %q", rec.Header().Get("Allow"))
			}
		})
	}
	t.Run("last page inside the cap", func(t *testing.T) {
		if rec := get(t, h, "GET", "/api/search?q=COD&size=50&page=20"); rec.Code != 200 {
			t.Errorf("page 20 of 50: %d", rec.Code)
		}
	})
}

func TestAPISaturatedAnswers503(t *testing.T) {
	f := newFixture(t, Config{MaxConcurrent: 1, QueueWait: 1})
	f.srv.sem <- struct{}{} // one search in progress
	rec := get(t, f.srv.Handler(), "GET", "/api/search?q=COD")
	<-f.srv.sem
	if rec.Code != 503 || rec.Header().Get("Retry-After") == "" || decodeError(t, rec).Error.Code != "busy" {
		t.Fatalf("saturated: %d %q %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	if rec := get(t, f.srv.Handler(), "GET", "/api/search?q=COD"); rec.Code != 200 {
		t.Errorf("after the slot is free: %d", rec.Code)
	}
}

func TestAPITimeBudgetAnswers503(t *testing.T) {
	f := newFixture(t, Config{SearchTimeout: 1}) // 1ns: every search is over budget
	rec := get(t, f.srv.Handler(), "GET", "/api/search?q=COD")
	if rec.Code != 503 || decodeError(t, rec).Error.Code != "timeout" {
		t.Fatalf("over budget: %d %s", rec.Code, rec.Body)
	}
}

func TestHostileDataIsEscaped(t *testing.T) {
	f := newFixture(t, Config{})
	h := f.srv.Handler()
	res := decodeAPI(t, get(t, h, "GET", "/api/search?q="+url.QueryEscape("恶意")))
	if res.Total == 0 {
		t.Fatal("the hostile page is not found")
	}
	for _, hit := range res.Hits {
		stripped := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(hit.Snippet)
		if strings.ContainsAny(stripped, "<>\"'") {
			t.Errorf("snippet carries markup other than <mark>: %q", hit.Snippet)
		}
		if !strings.Contains(hit.Snippet, "&lt;script&gt;") {
			t.Errorf("snippet %q does not show the script text escaped", hit.Snippet)
		}
	}
	// The results page: data and the query itself are escaped.
	for _, q := range []string{"恶意", `恶意"><script>alert(3)</script>`} {
		rec := get(t, h, "GET", "/search?q="+url.QueryEscape(q))
		body := rec.Body.String()
		if rec.Code != 200 {
			t.Fatalf("%q: status %d", q, rec.Code)
		}
		for _, bad := range []string{"<script>alert", "<img src=x", `"><script>alert(3)`, "onerror=alert(2)>"} {
			if strings.Contains(body, bad) {
				i := strings.Index(body, bad)
				t.Errorf("results page for %q contains %q unescaped: %s", q, bad, body[max(0, i-200):min(len(body), i+100)])
			}
		}
		if q == "恶意" && !strings.Contains(body, "恶意企业&lt;script&gt;") {
			t.Errorf("results page does not show the hostile title escaped: %s", body[strings.Index(body, "search-results"):])
		}
	}
	// Facet values from the data are escaped in links and labels.
	rec := get(t, h, "GET", "/search?q="+url.QueryEscape("恶意"))
	if strings.Contains(rec.Body.String(), "佛山市<script>") {
		t.Error("a facet value is not escaped")
	}
}
