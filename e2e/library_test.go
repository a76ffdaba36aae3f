package e2e

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// libraryState is what a reader sees of the technology library at one moment.
type libraryState struct {
	Status  string          `json:"status"`  // the live count line
	Visible []libraryCard   `json:"visible"` // shown cards, in page order
	Options []libraryOption `json:"options"` // every facet choice with its count
}

type libraryCard struct {
	Href     string `json:"href"`
	Industry string `json:"industry"`
	Benefits string `json:"benefits"`
	Payback  string `json:"payback"`
}

type libraryOption struct {
	Select string `json:"select"`
	Value  string `json:"value"`
	Label  string `json:"label"`
}

func (tb *tab) library() libraryState {
	tb.t.Helper()
	return eval[libraryState](tb, `(() => ({
		status: document.getElementById("case-count").textContent.trim(),
		visible: [...document.querySelectorAll("#case-list > li.card")].filter(li => !li.hidden && li.getClientRects().length > 0).map(li => ({
			href: li.querySelector("a").getAttribute("href"),
			industry: li.dataset.industry || "",
			benefits: li.dataset.benefits || "",
			payback: li.dataset.payback || "",
		})),
		options: [...document.querySelectorAll("#case-filter select[data-facet] option")].filter(o => o.value).map(o => ({
			select: o.parentElement.id, value: o.value, label: o.textContent.trim(),
		})),
	}))()`)
}

var optionCount = regexp.MustCompile(`\((\d+)\)$`)

// count is the number an option shows beside its label, e.g. 棉印染精加工 (3).
func (s libraryState) count(t *testing.T, selectID, value string) int {
	t.Helper()
	for _, o := range s.Options {
		if o.Select == selectID && o.Value == value {
			m := optionCount.FindStringSubmatch(o.Label)
			if m == nil {
				t.Fatalf("option %s=%s has no count: %q", selectID, value, o.Label)
			}
			n, _ := strconv.Atoi(m[1])
			return n
		}
	}
	t.Fatalf("no option %s=%s", selectID, value)
	return 0
}

// choose sets a select as a reader's choice would, firing its change event.
func (tb *tab) choose(selectID, value string) {
	tb.t.Helper()
	ok := eval[bool](tb, fmt.Sprintf(`(() => { const s = document.getElementById(%s);
		if (!s || ![...s.options].some(o => o.value === %s)) return false;
		s.value = %s; s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`,
		jsString(selectID), jsString(value), jsString(value)))
	if !ok {
		tb.t.Fatalf("cannot choose %s=%s", selectID, value)
	}
}

// TestTechnologyLibrary: filtering the library by industry and by pollutant changes the list
// and the counts beside every choice; sorting by payback orders the cards; the static facet
// pages (no script) list as many cases as the counts promise.
func TestTechnologyLibrary(t *testing.T) {
	tb := openTab(t, 90*time.Second)
	tb.open("/cases/")
	tb.waitUntil("the filter form revealed by cases.js", `!document.getElementById("case-filter").hidden`, 10*time.Second)
	tb.requireVisible("the filter form", "#case-filter")
	all := tb.library()
	total := len(all.Visible)
	if total < 10 {
		t.Fatalf("the library shows %d cases, want the sample's 30-odd", total)
	}
	if !strings.Contains(all.Status, strconv.Itoa(total)) {
		t.Errorf("count line %q does not say %d", all.Status, total)
	}

	// The industry with the most cases, so that a pollutant can narrow it further.
	industry, most := "", 0
	for _, o := range all.Options {
		if o.Select == "cf-industry" {
			if n := all.count(t, "cf-industry", o.Value); n > most {
				industry, most = o.Value, n
			}
		}
	}
	if most < 2 || most >= total {
		t.Fatalf("no industry narrows the library usefully (largest has %d of %d)", most, total)
	}
	tb.choose("cf-industry", industry)
	byIndustry := tb.library()
	if len(byIndustry.Visible) != most {
		t.Errorf("industry %s: %d cards shown, its option said %d", industry, len(byIndustry.Visible), most)
	}
	for _, c := range byIndustry.Visible {
		if c.Industry != industry {
			t.Errorf("industry %s chosen, but %s (industry %s) is shown", industry, c.Href, c.Industry)
		}
	}
	if byIndustry.Status == all.Status || !strings.Contains(byIndustry.Status, strconv.Itoa(most)) {
		t.Errorf("count line after choosing an industry: %q (before: %q)", byIndustry.Status, all.Status)
	}

	// Pollutant counts now count within the industry; choose one that narrows it.
	pollutant, narrowed := "", 0
	for _, o := range byIndustry.Options {
		if o.Select != "cf-benefit" {
			continue
		}
		n := byIndustry.count(t, "cf-benefit", o.Value)
		want := 0
		for _, c := range byIndustry.Visible {
			if hasWord(c.Benefits, o.Value) {
				want++
			}
		}
		if n != want {
			t.Errorf("within industry %s, option %s says %d, but %d shown cards have it", industry, o.Value, n, want)
		}
		if n > 0 && (pollutant == "" || n < narrowed) {
			pollutant, narrowed = o.Value, n
		}
	}
	if pollutant == "" {
		t.Fatalf("no pollutant has a case in industry %s", industry)
	}
	tb.choose("cf-benefit", pollutant)
	both := tb.library()
	if len(both.Visible) != narrowed {
		t.Errorf("industry %s and %s: %d cards shown, the option said %d", industry, pollutant, len(both.Visible), narrowed)
	}
	for _, c := range both.Visible {
		if c.Industry != industry || !hasWord(c.Benefits, pollutant) {
			t.Errorf("%s (industry %s, benefits %q) does not match industry %s and %s", c.Href, c.Industry, c.Benefits, industry, pollutant)
		}
	}

	// Clear the filters and sort by payback: shortest first, unknown paybacks last.
	tb.do("clearing the filters", chromedp.Click(chromedp.CSS("#case-filter button[type=reset]")))
	tb.waitUntil("all cases shown again", fmt.Sprintf(`[...document.querySelectorAll("#case-list > li.card")].filter(li => !li.hidden).length === %d`, total), 5*time.Second)
	tb.choose("cf-sort", "payback")
	sorted := tb.library()
	if len(sorted.Visible) != total {
		t.Fatalf("sorting changed the number of cards: %d, want %d", len(sorted.Visible), total)
	}
	paybacks := make([]float64, 0, total)
	unknownSeen := false
	for _, c := range sorted.Visible {
		if c.Payback == "" {
			unknownSeen = true
			continue
		}
		if unknownSeen {
			t.Errorf("%s has a payback (%s) but comes after a case without one", c.Href, c.Payback)
		}
		v, err := strconv.ParseFloat(c.Payback, 64)
		if err != nil {
			t.Fatalf("%s: payback %q: %v", c.Href, c.Payback, err)
		}
		paybacks = append(paybacks, v)
	}
	if !sort.Float64sAreSorted(paybacks) {
		t.Errorf("sorted by payback, the cards' paybacks are %v", paybacks)
	}
	if sameOrder(all.Visible, sorted.Visible) {
		t.Error("sorting by payback left the default order unchanged; the sample should tell them apart")
	}

	// Without a script the same choices are static pages with as many cases as counted.
	tb.open("/cases/industry/" + industry + "/")
	if n := eval[int](tb, `document.querySelectorAll("#case-list > li.card").length`); n != most {
		t.Errorf("/cases/industry/%s/ lists %d cases, the library counted %d", industry, n, most)
	}
	tb.open("/cases/benefit/" + pollutant + "/")
	want := all.count(t, "cf-benefit", pollutant)
	if n := eval[int](tb, `document.querySelectorAll("#case-list > li.card").length`); n != want {
		t.Errorf("/cases/benefit/%s/ lists %d cases, the library counted %d", pollutant, n, want)
	}
}

func hasWord(list, word string) bool {
	for _, w := range strings.Fields(list) {
		if w == word {
			return true
		}
	}
	return false
}

func sameOrder(a, b []libraryCard) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Href != b[i].Href {
			return false
		}
	}
	return true
}
