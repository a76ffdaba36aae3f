package e2e

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// overdueEnterprise is a sample enterprise with two overdue steps as of asOf: its 2019 audit
// start was due on 2019-05-29 (2,713 days, 7 years 158 days, before asOf) and its report on
// 2020-03-30; its 2009 round, left undone, was superseded by the 2019 list.
const (
	overdueEnterprise = "91449920171454533J"
	// rectificationOverdueEnterprise has a rectification order past its deadline, not rectified.
	rectificationOverdueEnterprise = "91449901MA6UDNBU4K"
	overdueEnterpriseName          = "揭阳市某某兴光电镀股份有限公司"
	overdueEnterpriseBadge         = "2 项逾期，最长 7 年 158 天"
)

// visibleJS is a page expression that is true when the element matched by a selector is
// rendered with a size and not hidden.
func visibleJS(selector string) string {
	return `(() => { const e = document.querySelector(` + jsString(selector) + `);
		if (!e) return false;
		const r = e.getBoundingClientRect(), s = getComputedStyle(e);
		return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none"; })()`
}

func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\u2028", `\u2028`, "\u2029", `\u2029`)
	return `"` + r.Replace(s) + `"`
}

func (tb *tab) requireVisible(what, selector string) {
	tb.t.Helper()
	if !eval[bool](tb, visibleJS(selector)) {
		tb.t.Errorf("%s (%s) is not visible on %s", what, selector, tb.path())
	}
}

func (tb *tab) text(selector string) string {
	tb.t.Helper()
	return eval[string](tb, `(() => { const e = document.querySelector(`+jsString(selector)+`); return e ? e.textContent.replace(/\s+/g, " ").trim() : ""; })()`)
}

type link struct {
	Text string `json:"text"`
	Href string `json:"href"`
}

// links lists the text and the href attribute of the links a selector matches.
func (tb *tab) links(selector string) []link {
	tb.t.Helper()
	return eval[[]link](tb, `[...document.querySelectorAll(`+jsString(selector)+`)].map(a => ({text: a.textContent.replace(/\s+/g, " ").trim(), href: a.getAttribute("href")}))`)
}

// creditCodeDossier is the address of a dossier whose id is a credit code.
var creditCodeDossier = regexp.MustCompile(`^/enterprises/[0-9A-HJ-NP-RTUWXY]{18}/$`)

// TestInstantSearchToDossier: home → type 印染 in the header box → instant results → open an
// enterprise → its dossier shows the timeline, the emission chart and the options.
func TestInstantSearchToDossier(t *testing.T) {
	tb := openTab(t, 90*time.Second)
	tb.open("/")
	tb.do("focusing the header search box", chromedp.Focus(chromedp.ID("site-search-q")))
	tb.typeText("印染")
	tb.waitUntil("instant results under the search box",
		`!document.getElementById("site-search-instant").hidden && document.querySelectorAll("#site-search-instant li[role=option] a").length > 0`,
		10*time.Second)
	tb.requireVisible("the instant results panel", "#site-search-instant")

	hits := tb.links("#site-search-instant li[role=option] a")
	var enterprise link
	mentions := 0
	for _, h := range hits {
		if strings.Contains(h.Text, "印染") {
			mentions++
		}
		// the names-only early list's enterprises (ids that are not credit codes) have no
		// disclosures, so no chart: the journey follows one with a credit code
		if enterprise.Href == "" && creditCodeDossier.MatchString(h.Href) {
			enterprise = h
		}
	}
	if mentions == 0 || enterprise.Href == "" {
		t.Fatalf("instant results for 印染 should name 印染 enterprises; got %+v", hits)
	}
	all := tb.links("#site-search-instant li.instant-all a")
	if len(all) != 1 || all[0].Href != "/search?q="+url.QueryEscape("印染") || !strings.Contains(all[0].Text, "查看全部") {
		t.Errorf("the instant panel should end with a link to all results; got %+v", all)
	}
	if got := eval[string](tb, `document.getElementById("site-search-q").getAttribute("aria-expanded")`); got != "true" {
		t.Errorf("the search box's aria-expanded = %q while results show, want true", got)
	}

	tb.follow("opening "+enterprise.Href+" from the instant results",
		chromedp.Click(chromedp.CSS(`#site-search-instant li[role=option] a[href="`+enterprise.Href+`"]`)))
	if got := tb.path(); got != enterprise.Href {
		t.Fatalf("clicking the result led to %s, want %s", got, enterprise.Href)
	}
	name := tb.text("h1")
	if name == "" || !strings.HasPrefix(enterprise.Text, name) {
		t.Errorf("the dossier's h1 is %q; the result said %q", name, enterprise.Text)
	}
	requireDossier(tb)
}

// requireDossier checks the parts of an enterprise dossier a reader comes for.
func requireDossier(tb *tab) {
	tb.t.Helper()
	tb.requireVisible("the audit timeline", "ol.timeline")
	if n := eval[int](tb, `document.querySelectorAll("ol.timeline > li").length`); n < 2 {
		tb.t.Errorf("the timeline has %d steps, want at least the publication and one deadline", n)
	}
	tb.requireVisible("an emission chart", "main figure svg")
	tb.requireVisible("the options section", `section[aria-labelledby="options"]`)
}

// TestOverdueBadge: a known overdue enterprise carries the badge with its count and days.
func TestOverdueBadge(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.open("/enterprises/" + overdueEnterprise + "/")
	if got := tb.text("h1"); got != overdueEnterpriseName {
		t.Errorf("h1 = %q, want %q", got, overdueEnterpriseName)
	}
	tb.requireVisible("the overdue badge", ".badge-overdue")
	if got := tb.text(".badge-overdue"); !strings.Contains(got, overdueEnterpriseBadge) {
		t.Errorf("overdue badge = %q, want it to say %q", got, overdueEnterpriseBadge)
	}
	if got := tb.text("ol.timeline li.tl-overdue"); !strings.Contains(got, "7 年 158 天") {
		t.Errorf("the timeline's overdue step = %q, want 7 年 158 天", got)
	}
	if got := tb.text("ol.timeline li.tl-superseded"); !strings.Contains(got, "被后续名单取代") {
		t.Errorf("the 2009 round's undone step = %q, want it superseded", got)
	}
	requireDossier(tb)
	tb.requireVisible("the options table", "table.options")
}

// searchPage reads the server-rendered results on the current page.
type searchPage struct {
	Heading string   `json:"heading"`
	Hits    []link   `json:"hits"`
	Types   []string `json:"types"`
	Start   string   `json:"start"`
	Current string   `json:"current"`
	Query   string   `json:"query"`
}

func (tb *tab) searchResults() searchPage {
	tb.t.Helper()
	return eval[searchPage](tb, `(() => {
		const text = e => e ? e.textContent.replace(/\s+/g, " ").trim() : "";
		const ol = document.querySelector("ol.search-hits");
		return {
			heading: text(document.getElementById("search-results-heading")),
			hits: [...document.querySelectorAll("ol.search-hits > li .search-hit-title a")].map(a => ({text: text(a), href: a.getAttribute("href")})),
			types: [...document.querySelectorAll("ol.search-hits > li .search-hit-type")].map(text),
			start: ol ? ol.getAttribute("start") : "",
			current: text(document.querySelector("nav.search-pages [aria-current=page]")),
			query: document.getElementById("search-q").value,
		};
	})()`)
}

// total reads N from a heading such as “印染”：共 86 条结果.
func (p searchPage) total(t *testing.T) int {
	t.Helper()
	_, after, ok := strings.Cut(p.Heading, "共 ")
	n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(after, "条结果")))
	if !ok || err != nil {
		t.Fatalf("cannot read the number of results from the heading %q", p.Heading)
	}
	return n
}

// TestSearchWithoutJavaScript: the results page, its facets and its paging are plain HTML
// from the server and work with the browser's JavaScript turned off.
func TestSearchWithoutJavaScript(t *testing.T) {
	tb := openTab(t, 90*time.Second)
	tb.disableScripts()
	tb.open("/search/")
	// search.js marks the header box as a combobox when it runs; it must not have run.
	if eval[bool](tb, `document.getElementById("site-search-q").hasAttribute("role")`) {
		t.Fatal("the page's scripts still ran; the test would not show that search works without them")
	}

	tb.do("focusing the search page's box", chromedp.Focus(chromedp.ID("search-q")))
	tb.typeText("印染")
	tb.follow("submitting the search form with Enter", enterKey())
	if got, want := tb.path(), "/search?q="+url.QueryEscape("印染"); got != want {
		t.Errorf("the form led to %s, want %s", got, want)
	}
	first := tb.searchResults()
	total := first.total(t)
	if first.Query != "印染" {
		t.Errorf("the search box holds %q on the results page, want the query", first.Query)
	}
	if total <= 10 || len(first.Hits) != 10 {
		t.Fatalf("印染 should give more than one page of results: total %d, %d hits shown", total, len(first.Hits))
	}
	if first.Current != "1" || first.Start != "1" {
		t.Errorf("page 1: current page %q, list starts at %q", first.Current, first.Start)
	}

	// Facet: only enterprises.
	facet := tb.links(`nav.search-facets a[href*="type=enterprise"]`)
	if len(facet) != 1 {
		t.Fatalf("want one facet link for enterprises, got %+v", facet)
	}
	facetCount, err := strconv.Atoi(eval[string](tb, `document.querySelector('nav.search-facets a[href*="type=enterprise"]').parentElement.querySelector(".count").textContent.trim()`))
	if err != nil {
		t.Fatalf("the enterprise facet has no count: %v", err)
	}
	tb.follow("choosing the enterprise facet", chromedp.Click(chromedp.CSS(`nav.search-facets a[href*="type=enterprise"]`)))
	filtered := tb.searchResults()
	if n := filtered.total(t); n != facetCount || n >= total {
		t.Errorf("after the enterprise facet: %d results; the facet said %d, the query alone %d", n, facetCount, total)
	}
	for i, typ := range filtered.Types {
		if typ != "企业" {
			t.Errorf("filtered hit %d (%s) is a %q, want 企业", i+1, filtered.Hits[i].Href, typ)
		}
	}

	// Paging keeps the query and the facet.
	tb.follow("going to the next page", chromedp.Click(chromedp.CSS(`nav.search-pages a[rel=next]`)))
	q, err := url.ParseQuery(strings.TrimPrefix(tb.path(), "/search?"))
	if err != nil || q.Get("q") != "印染" || q.Get("type") != "enterprise" || q.Get("page") != "2" {
		t.Errorf("the next page is %s, want q=印染, type=enterprise, page=2", tb.path())
	}
	second := tb.searchResults()
	if second.Current != "2" || second.Start != "11" || len(second.Hits) == 0 {
		t.Errorf("page 2: current page %q, list starts at %q, %d hits", second.Current, second.Start, len(second.Hits))
	}
	for _, h := range second.Hits {
		for _, f := range filtered.Hits {
			if h.Href == f.Href {
				t.Errorf("%s is on page 1 and on page 2", h.Href)
			}
		}
	}
	for i, typ := range second.Types {
		if typ != "企业" {
			t.Errorf("page 2 hit %d is a %q, want 企业", i+1, typ)
		}
	}
}
