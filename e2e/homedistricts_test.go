package e2e

import (
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// districtLinkCSS is the home page's link to 佛山市's 南海区.
var districtLinkCSS = `.district-picker a[data-city-href*="` + url.QueryEscape(filterCounty) + `"][data-city-href^="` + filterCity + `"]`

// TestHomeCityToDistrictWithScript: on the home page a reader opens a city, picks a district
// and lands on the city page with its list filtered to that district.
func TestHomeCityToDistrictWithScript(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.do("emulating a phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile))
	tb.open("/")
	if eval[bool](tb, `document.querySelector(`+jsString(districtLinkCSS)+`).checkVisibility()`) {
		t.Error("the districts show before their city is opened")
	}
	tb.do("opening the city", chromedp.Click(chromedp.Search(`//summary[contains(., "`+filterCityName+`")]`)))
	tb.follow("picking the district", chromedp.Click(chromedp.CSS(districtLinkCSS)))
	if got, want := tb.path(), filterCity+"?county="+url.QueryEscape(filterCounty)+"#enterprises"; got != want && got+"#enterprises" != want {
		t.Errorf("the district led to %s, want %s", got, want)
	}
	tb.waitUntil("list-filter.js to run", `document.querySelector("form.list-filter").classList.contains("is-instant")`, 5*time.Second)
	counties := eval[[]string](tb, visibleCountiesJS)
	if len(counties) != filterCountyAll {
		t.Errorf("the city page shows %d rows, want the %d of %s", len(counties), filterCountyAll, filterCounty)
	}
	for _, c := range counties {
		if c != filterCounty {
			t.Errorf("a row of %s is shown", c)
		}
	}
}

// TestHomeCityToDistrictWithoutScript: with JavaScript off the district's link asks the
// results page for the enterprises of that city and district, which lists them all.
func TestHomeCityToDistrictWithoutScript(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.disableScripts()
	tb.open("/en/")
	tb.do("opening the city", chromedp.Click(chromedp.Search(`//summary[contains(., "Foshan")]`)))
	tb.follow("picking the district", chromedp.Click(chromedp.CSS(districtLinkCSS[:len(".district-picker a[data-city-href*=")]+
		`"`+url.QueryEscape(filterCounty)+`"][data-city-href^="/en`+filterCity+`"]`)))
	got, _ := url.Parse(tb.path())
	q := got.Query()
	if got.Path != "/en/search" || q.Get("type") != "enterprise" || q.Get("city") != filterCityName || q.Get("county") != filterCounty {
		t.Fatalf("the district led to %s", tb.path())
	}
	hits := eval[[]string](tb, `[...document.querySelectorAll(".search-hits > li")].map(li => li.textContent.replace(/\s+/g, " "))`)
	if len(hits) == 0 {
		t.Fatal("the results page lists no enterprise")
	}
	if h := eval[string](tb, `document.getElementById("search-results-heading").textContent`); !strings.Contains(h, strconv.Itoa(filterCountyAll)) {
		t.Errorf("the results page says %q, want %d enterprises", h, filterCountyAll)
	}
	for _, hit := range hits {
		if !strings.Contains(hit, filterCounty) {
			t.Errorf("a result outside %s: %q", filterCounty, hit)
		}
	}
}
