package e2e

import (
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The sample's 佛山市 has 15 enterprises in 南海区, 4 of them with overdue steps as of asOf.
const (
	filterCity        = "/cities/440600/"
	filterCityName    = "佛山市"
	filterCounty      = "南海区"
	filterCountyAll   = 15
	filterCountyLate  = 4
	visibleRowsJS     = `[...document.querySelectorAll("#enterprise-list tbody tr")].filter(r => !r.hidden && r.getClientRects().length > 0)`
	visibleCountiesJS = visibleRowsJS + `.map(r => r.dataset.county)`
)

// TestCityFilterWithScript: on a city page the enterprise list narrows at once when a
// district and a status are chosen, the choices are in the URL (a shared link opens the same
// list), and Back returns to the previous choice.
func TestCityFilterWithScript(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.open(filterCity)
	tb.waitUntil("list-filter.js to run", `document.querySelector("form.list-filter").classList.contains("is-instant")`, 5*time.Second)
	all := eval[int](tb, visibleRowsJS+`.length`)
	if all <= filterCountyAll {
		t.Fatalf("%s lists %d enterprises, want more than the %d of %s", filterCity, all, filterCountyAll, filterCounty)
	}
	tb.choose("lf-county", filterCounty)
	counties := eval[[]string](tb, visibleCountiesJS)
	if len(counties) != filterCountyAll {
		t.Errorf("after choosing %s: %d rows, want %d", filterCounty, len(counties), filterCountyAll)
	}
	for _, c := range counties {
		if c != filterCounty {
			t.Errorf("a row of %s is shown after choosing %s", c, filterCounty)
		}
	}
	tb.do("ticking overdue", chromedp.Click(chromedp.CSS(`#lf-status-overdue`)))
	rows := eval[[]string](tb, visibleRowsJS+`.map(r => r.dataset.status)`)
	if len(rows) != filterCountyLate {
		t.Errorf("after ticking overdue: %d rows, want %d", len(rows), filterCountyLate)
	}
	for _, s := range rows {
		if !strings.Contains(s, "overdue") {
			t.Errorf("a row without overdue steps is shown: status %q", s)
		}
	}
	if got := eval[string](tb, `document.querySelector(".filter-count").textContent`); !strings.Contains(got, strconv.Itoa(filterCountyLate)+" / ") {
		t.Errorf("the count says %q", got)
	}
	wantQuery := "county=" + url.QueryEscape(filterCounty) + "&status=overdue"
	if got := tb.path(); got != filterCity+"?"+wantQuery {
		t.Errorf("URL = %s, want %s?%s", got, filterCity, wantQuery)
	}

	// Back: the overdue box is unticked again, the district kept
	tb.do("going back", chromedp.NavigateBack())
	tb.waitUntil("the previous choice", `!document.getElementById("lf-status-overdue").checked`, 5*time.Second)
	if n := eval[int](tb, visibleRowsJS+`.length`); n != filterCountyAll {
		t.Errorf("after Back: %d rows, want the %d of %s", n, filterCountyAll, filterCounty)
	}

	// a shared link opens the same list
	tb.open(filterCity + "?" + wantQuery)
	tb.waitUntil("list-filter.js to run", `document.querySelector("form.list-filter").classList.contains("is-instant")`, 5*time.Second)
	if n := eval[int](tb, visibleRowsJS+`.length`); n != filterCountyLate {
		t.Errorf("the shared link shows %d rows, want %d", n, filterCountyLate)
	}
	if !eval[bool](tb, `document.getElementById("lf-status-overdue").checked && document.getElementById("lf-county").value === `+jsString(filterCounty)) {
		t.Error("the shared link does not set the form's choices")
	}
}

// TestCityFilterWithoutScript: with JavaScript off the same form asks the results page for the
// city's enterprises of the district with overdue steps, which lists them with their badges.
func TestCityFilterWithoutScript(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.disableScripts()
	tb.open(filterCity)
	if eval[bool](tb, `document.querySelector("form.list-filter").classList.contains("is-instant")`) {
		t.Fatal("the page's scripts still ran")
	}
	// set the choices as a reader would (no change event is needed without the script)
	eval[bool](tb, `(() => { document.getElementById("lf-county").value = `+jsString(filterCounty)+`;
		document.getElementById("lf-status-overdue").checked = true; return true; })()`)
	tb.follow("submitting the filter", chromedp.Click(chromedp.CSS(`form.list-filter button[type="submit"]`)))
	got, _ := url.Parse(tb.path())
	q := got.Query()
	if got.Path != "/search" || q.Get("type") != "enterprise" || q.Get("city") != filterCityName || q.Get("county") != filterCounty || q.Get("status") != "overdue" {
		t.Fatalf("the form led to %s", tb.path())
	}
	p := eval[[]string](tb, `[...document.querySelectorAll(".search-hits > li")].map(li => li.textContent.replace(/\s+/g, " "))`)
	if len(p) != filterCountyLate {
		t.Errorf("the results page lists %d enterprises, want %d: %q", len(p), filterCountyLate, p)
	}
	for _, hit := range p {
		if !strings.Contains(hit, filterCounty) || !strings.Contains(hit, "有逾期步骤") {
			t.Errorf("a result without the district or the overdue badge: %q", hit)
		}
	}
	// results come before the facets in the page, for phones
	if !eval[bool](tb, `(() => { const h = document.querySelector(".search-hits"), f = document.querySelector(".search-facets");
		return !!h && !!f && (h.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING) > 0; })()`) {
		t.Error("the facets come before the results")
	}
}
