package e2e

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp/kb"
)

// focusStop is where the keyboard focus is after one Tab.
type focusStop struct {
	Desc      string `json:"desc"`
	Href      string `json:"href"`
	Visible   bool   `json:"visible"`
	Indicator bool   `json:"indicator"`
	Matches   bool   `json:"matches"`
}

func focusJS(selector string) string {
	return `(() => {
		const e = document.activeElement;
		if (!e || e === document.body) return {desc: "body", href: "", visible: false, indicator: false, matches: false};
		const r = e.getBoundingClientRect(), s = getComputedStyle(e);
		const label = (e.getAttribute("aria-label") || e.textContent || e.value || "").replace(/\s+/g, " ").trim().slice(0, 40);
		return {
			desc: e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (label ? " “" + label + "”" : ""),
			href: e.getAttribute("href") || "",
			visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
			indicator: (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none",
			matches: e.matches(` + jsString(selector) + `),
		};
	})()`
}

// tabTo presses Tab until the focus is on an element matching selector, at most max times.
// Every stop on the way must be on screen and show where the focus is.
func (tb *tab) tabTo(what, selector string, max int) focusStop {
	tb.t.Helper()
	var stops []string
	for i := 0; i < max; i++ {
		tb.press(kb.Tab)
		f := eval[focusStop](tb, focusJS(selector))
		stops = append(stops, f.Desc)
		if !f.Visible {
			tb.t.Errorf("Tab stop %d on %s, %s, is not on screen", i+1, tb.path(), f.Desc)
		}
		if !f.Indicator {
			tb.t.Errorf("Tab stop %d on %s, %s, has no visible focus indicator (outline or shadow)", i+1, tb.path(), f.Desc)
		}
		if f.Matches {
			return f
		}
	}
	tb.t.Fatalf("%s (%s) not reached with %d Tabs on %s; the focus went:\n  %s", what, selector, max, tb.path(), strings.Join(stops, "\n  "))
	return focusStop{}
}

// TestKeyboardInstantSearch: from the home page, Tab to the search box, type, pick the first
// suggestion with the arrow key and open it with Enter.
func TestKeyboardInstantSearch(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.open("/")
	first := eval[focusStop](tb, focusJS("a")) // nothing focused yet
	if first.Desc != "body" {
		t.Fatalf("focus starts on %s, want the document", first.Desc)
	}
	tb.press(kb.Tab)
	if f := eval[focusStop](tb, focusJS("a.skip-link")); !f.Matches || !f.Visible {
		t.Errorf("the first Tab should reveal the skip link; focus is on %s (visible %v)", f.Desc, f.Visible)
	}
	tb.tabTo("the header search box", "#site-search-q", 5)
	tb.typeText("印染")
	tb.waitUntil("suggestions", `document.querySelectorAll("#site-search-instant li[role=option]").length > 0 && !document.getElementById("site-search-instant").hidden`, 10*time.Second)
	tb.press(kb.ArrowDown)
	active := eval[string](tb, `document.getElementById("site-search-q").getAttribute("aria-activedescendant") || ""`)
	if active == "" {
		t.Fatal("ArrowDown in the search box selected no suggestion (aria-activedescendant is empty)")
	}
	href := eval[string](tb, fmt.Sprintf(`(() => { const li = document.getElementById(%s); return li && li.getAttribute("aria-selected") === "true" ? li.querySelector("a").getAttribute("href") : ""; })()`, jsString(active)))
	if href == "" {
		t.Fatalf("the active suggestion %s is not marked aria-selected or has no link", active)
	}
	if got := eval[string](tb, `document.activeElement.id`); got != "site-search-q" {
		t.Errorf("focus moved to %q while choosing a suggestion; it should stay in the box", got)
	}
	tb.follow("opening the suggestion with Enter", enterKey())
	if got := tb.path(); got != href {
		t.Errorf("Enter on the suggestion led to %s, want %s", got, href)
	}
}

// TestKeyboardSearchResults: on the results page, a facet and a result are reached with Tab
// and followed with Enter.
func TestKeyboardSearchResults(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.open("/search?q=" + url.QueryEscape("印染"))
	facet := tb.tabTo("the enterprise facet", `nav.search-facets a[href*="type=enterprise"]`, 40)
	tb.follow("choosing the facet with Enter", enterKey())
	if got := tb.path(); got != facet.Href {
		t.Errorf("Enter on the facet led to %s, want %s", got, facet.Href)
	}
	hit := tb.tabTo("the first result", "ol.search-hits a", 80)
	tb.follow("opening the result with Enter", enterKey())
	if got := tb.path(); got != hit.Href {
		t.Errorf("Enter on the result led to %s, want %s", got, hit.Href)
	}
}

// TestKeyboardLibraryFilters: the technology library's filters are reached with Tab, ticked
// with Space and moved with the arrow keys; the list follows, and the reset button restores it.
func TestKeyboardLibraryFilters(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.open("/cases/")
	tb.waitUntil("the filter form", `!document.getElementById("case-filter").hidden`, 10*time.Second)
	shown := `[...document.querySelectorAll("#case-list > li.card")].filter(li => !li.hidden).length`
	total := eval[int](tb, shown)

	tb.tabTo("the first industry family", "#case-filter input[name=family]", 80)
	tb.press(" ")
	family := eval[string](tb, `[...document.querySelectorAll("#case-filter input[name=family]:checked")].map(i => i.value).join(" ")`)
	if family == "" {
		t.Fatal("Space on the first family ticked nothing")
	}
	if n := eval[int](tb, shown); n == 0 || n >= total {
		t.Errorf("after ticking family %s with the keyboard, %d of %d cases are shown", family, n, total)
	}

	tb.tabTo("the payback threshold", "#case-filter input[name=payback]", 80)
	tb.press(kb.ArrowRight)
	if got := eval[string](tb, `document.querySelector("#case-filter input[name=payback]:checked").value`); got == "" {
		t.Error("ArrowRight on the payback threshold left it at any")
	}

	tb.tabTo("the sort order", "#cf-sort", 5)
	tb.press(kb.ArrowDown)
	if got := eval[string](tb, `document.getElementById("cf-sort").value`); got == "default" {
		t.Error("ArrowDown on the sort order left it unchanged")
	}

	tb.tabTo("the reset button", "#case-filter button[type=reset]", 3)
	tb.do("pressing Enter", enterKey())
	tb.waitUntil("every case shown again", fmt.Sprintf(`%s === %d && !document.querySelector("#case-filter input[name=family]:checked")`, shown, total), 5*time.Second)
}
