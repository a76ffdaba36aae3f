package index

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestSearchKeepsToOneLanguage: English words find English pages only, Chinese words Chinese
// pages only, and so do their facets, partial matches and suggestions.
func TestSearchKeepsToOneLanguage(t *testing.T) {
	ix, site := sharedIndex(t)
	onlyLang := func(q string, res Result, lang string) {
		t.Helper()
		if res.Total == 0 {
			t.Fatalf("%s %q finds nothing", lang, q)
		}
		for _, h := range res.Hits {
			if h.Fields.Lang != lang || strings.HasPrefix(h.URL, "/en/") != (lang == LangEn) {
				t.Errorf("%s %q: hit %s is in %q", lang, q, h.URL, h.Fields.Lang)
			}
		}
	}
	for _, c := range []struct{ q, lang string }{
		{"dyeing", LangEn}, {"Foshan", LangEn}, {"cotton printing", LangEn}, {"千百丽", LangEn},
		{"印染", LangZh}, {"佛山市", LangZh}, {"千百丽", LangZh}, {"COD", LangZh}, {"COD", LangEn},
	} {
		res := mustSearch(t, ix, Request{Query: c.q, Lang: c.lang, Size: MaxSize})
		onlyLang(c.q, res, c.lang)
		var typeCount int
		for _, f := range res.Facets {
			if f.Name == "type" {
				for _, v := range f.Values {
					typeCount += v.Count
				}
			}
		}
		if uint64(typeCount) != res.Total {
			t.Errorf("%s %q: the type facet counts %d documents of %d found", c.lang, c.q, typeCount, res.Total)
		}
	}

	// English words are not on Chinese pages, Chinese-only words not on English ones.
	if res := mustSearch(t, ix, Request{Query: "dyeing"}); res.Total != 0 {
		t.Errorf("a Chinese search for dyeing finds %d pages: %s", res.Total, res.Hits[0].URL)
	}
	if res := mustSearch(t, ix, Request{Query: "统一社会信用代码", Lang: LangEn}); res.Total != 0 || res.Partial {
		t.Errorf("an English search for a Chinese heading finds %d pages", res.Total)
	}

	// Stemming: dyeing, dyes and dye find the same pages.
	dyeing := mustSearch(t, ix, Request{Query: "dyeing", Lang: LangEn, Size: MaxSize})
	for _, q := range []string{"dye", "Dyes"} {
		if res := mustSearch(t, ix, Request{Query: q, Lang: LangEn, Size: MaxSize}); dyeing.Total != res.Total || dyeing.Total == 0 {
			t.Errorf("dyeing finds %d pages, %s %d", dyeing.Total, q, res.Total)
		}
	}
	if h := dyeing.Hits[0]; !strings.Contains(h.Snippet, "<mark>") {
		t.Errorf("an English hit's snippet marks nothing: %q", h.Snippet)
	}

	// An enterprise is found on its English page by its Chinese published name and its code.
	e := site.Enterprises[0]
	for _, q := range []string{e.Name, e.USCC, strings.ToLower(e.USCC)} {
		res := mustSearch(t, ix, Request{Query: q, Lang: LangEn})
		if len(res.Hits) == 0 || res.Hits[0].URL != "/en"+e.URL || res.Hits[0].Title != e.Name {
			t.Errorf("English search for %q: %+v, want /en%s first", q, res.Hits, e.URL)
		}
	}

	// Partial matches count the pages of the language searched only.
	res := mustSearch(t, ix, Request{Query: "Foshan 印染", Lang: LangEn})
	onlyLang("Foshan 印染", res, LangEn)

	// A misspelt English word is corrected to a word of the English pages.
	res = mustSearch(t, ix, Request{Query: "Fosham", Lang: LangEn})
	if res.Suggestion != "foshan" {
		t.Errorf("Fosham: suggestion %q, want foshan", res.Suggestion)
	}
	if res = mustSearch(t, ix, Request{Query: "Fosham"}); res.Suggestion != "" {
		t.Errorf("a Chinese search for Fosham suggests %q, a word only English pages hold", res.Suggestion)
	}

	// Filters alone list the pages of one language.
	en := mustSearch(t, ix, Request{Filters: map[string][]string{"type": {"city"}}, Lang: LangEn, Size: MaxSize})
	zh := mustSearch(t, ix, Request{Filters: map[string][]string{"type": {"city"}}, Size: MaxSize})
	onlyLang("type=city", en, LangEn)
	onlyLang("type=city", zh, LangZh)
	if en.Total != 21 || zh.Total != 21 {
		t.Errorf("city pages: %d English, %d Chinese; want 21 each", en.Total, zh.Total)
	}
}

func TestRequestLangIsValidated(t *testing.T) {
	ix, _ := sharedIndex(t)
	for _, lang := range []string{"fr", "EN", "zh-CN", " en"} {
		_, err := ix.Search(context.Background(), Request{Query: "印染", Lang: lang})
		var re *RequestError
		if !errors.As(err, &re) || re.Status != 400 || re.Code != "invalid_lang" {
			t.Errorf("lang %q: %v", lang, err)
		}
	}
	r := Request{Query: "印染"}
	if err := r.Validate(); err != nil || r.Lang != LangZh {
		t.Errorf("no lang: %v, lang %q; want zh", err, r.Lang)
	}
}

// TestCacheKeyHoldsTheLanguage: the same words searched in two languages are two results,
// each remembered under its own key.
func TestCacheKeyHoldsTheLanguage(t *testing.T) {
	ix, _ := sharedIndex(t)
	zh, en := Request{Query: "COD"}, Request{Query: "COD", Lang: LangEn}
	for _, r := range []*Request{&zh, &en} {
		if err := r.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	if cacheKey(zh, features{}) == cacheKey(en, features{}) {
		t.Fatal("the cache key does not hold the language")
	}
	for range 2 { // the second round is answered from the cache
		a := mustSearch(t, ix, Request{Query: "COD", Size: 5})
		b := mustSearch(t, ix, Request{Query: "COD", Size: 5, Lang: LangEn})
		if a.Hits[0].Fields.Lang != LangZh || b.Hits[0].Fields.Lang != LangEn {
			t.Errorf("COD: first hits %s and %s", a.Hits[0].URL, b.Hits[0].URL)
		}
	}
}

// TestExtractLanguage: an English page's text goes to the English fields, a page without a
// language is Chinese, and any other language is refused.
func TestExtractLanguage(t *testing.T) {
	page := func(lang string) []byte {
		return []byte(`<html><body><main data-search-body data-search-lang="` + lang + `"><h1>Dyeing works</h1><p>Cotton printing</p></main></body></html>`)
	}
	d, ok, err := extract(page("en"), "en/x/index.html")
	if err != nil || !ok || d.Lang != LangEn || d.TitleEn != "Dyeing works" || !strings.Contains(d.BodyEn, "Cotton printing") || d.Title != "" || d.Body != "" {
		t.Errorf("English page: %+v %v %v", d, ok, err)
	}
	d, ok, err = extract(page(""), "x/index.html")
	if err != nil || !ok || d.Lang != LangZh || d.Title != "Dyeing works" || d.TitleEn != "" {
		t.Errorf("page without a language: %+v %v %v", d, ok, err)
	}
	if _, _, err := extract(page("fr"), "fr/x/index.html"); err == nil || !strings.Contains(err.Error(), "fr/x/index.html") {
		t.Errorf("a French page: %v", err)
	}
}
