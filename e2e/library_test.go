package e2e

import (
	"fmt"
	"regexp"
	"slices"
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
	Options []libraryOption `json:"options"` // every filter value with its count
	Search  string          `json:"search"`  // the address's query string
}

type libraryCard struct {
	Href     string `json:"href"`
	Family   string `json:"family"`
	Industry string `json:"industry"`
	Benefits string `json:"benefits"`
	Payback  string `json:"payback"`
}

type libraryOption struct {
	Facet   string `json:"facet"`
	Value   string `json:"value"`
	Label   string `json:"label"`
	Count   string `json:"count"`
	Checked bool   `json:"checked"`
}

func (tb *tab) library() libraryState {
	tb.t.Helper()
	return eval[libraryState](tb, `(() => ({
		status: document.getElementById("case-count").textContent.trim(),
		visible: [...document.querySelectorAll("#case-list > li.card")].filter(li => !li.hidden && li.getClientRects().length > 0).map(li => ({
			href: li.querySelector("a").getAttribute("href"),
			family: li.dataset.family || "",
			industry: li.dataset.industry || "",
			benefits: li.dataset.benefits || "",
			payback: li.dataset.payback || "",
		})),
		options: [...document.querySelectorAll("#case-filter fieldset[data-facet] input")].map(i => ({
			facet: i.name, value: i.value, checked: i.checked,
			label: (i.parentElement.querySelector(".choice") || i.parentElement).textContent.trim(),
			count: ((i.parentElement.querySelector(".count") || {}).textContent || "").trim(),
		})),
		search: location.search,
	}))()`)
}

// count is the number shown beside a filter value.
func (s libraryState) count(t *testing.T, facet, value string) int {
	t.Helper()
	for _, o := range s.Options {
		if o.Facet == facet && o.Value == value {
			n, err := strconv.Atoi(o.Count)
			if err != nil {
				t.Fatalf("value %s=%s has no count: %q", facet, value, o.Count)
			}
			return n
		}
	}
	t.Fatalf("no value %s=%s", facet, value)
	return 0
}

// checked lists the chosen values as facet=value, in form order.
func (s libraryState) checked() []string {
	var out []string
	for _, o := range s.Options {
		if o.Checked && o.Value != "" {
			out = append(out, o.Facet+"="+o.Value)
		}
	}
	return out
}

func (s libraryState) hrefs() []string {
	out := make([]string, len(s.Visible))
	for i, c := range s.Visible {
		out[i] = c.Href
	}
	return out
}

// tick clicks a filter value's box as a reader would.
func (tb *tab) tick(facet, value string) {
	tb.t.Helper()
	tb.do("choosing "+facet+"="+value, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#case-filter input[name=%q][value=%q]`, facet, value))))
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

// TestTechnologyLibrary: ticking two industry families shows the cases of either; a payback
// threshold narrows them to cases paying back within it; the counts beside every value follow
// the other filters; the state is in the address, survives a reload and Back undoes each
// choice; sorting by payback orders the cards; the static facet pages (no script) list as many
// cases as the counts promise.
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

	// The two largest families.
	type fam struct {
		key string
		n   int
	}
	var fams []fam
	for _, o := range all.Options {
		if o.Facet == "family" {
			fams = append(fams, fam{o.Value, all.count(t, "family", o.Value)})
		}
	}
	sort.SliceStable(fams, func(i, j int) bool { return fams[i].n > fams[j].n })
	if len(fams) < 3 || fams[1].n < 1 || fams[0].n+fams[1].n >= total {
		t.Fatalf("the sample's families do not narrow the library usefully: %v", fams)
	}
	a, b := fams[0], fams[1]
	tb.tick("family", a.key)
	one := tb.library()
	if len(one.Visible) != a.n || one.Search != "?family="+a.key {
		t.Errorf("family %s: %d cards shown (its count said %d), address %q", a.key, len(one.Visible), a.n, one.Search)
	}
	// ticking a value leaves the counts of its own facet as they were: each is what ticking it would add
	if got := one.count(t, "family", b.key); got != b.n {
		t.Errorf("after ticking %s, %s counts %d, want %d", a.key, b.key, got, b.n)
	}
	tb.tick("family", b.key)
	two := tb.library()
	if len(two.Visible) != a.n+b.n {
		t.Errorf("families %s and %s: %d cards shown, want %d+%d", a.key, b.key, len(two.Visible), a.n, b.n)
	}
	for _, c := range two.Visible {
		if c.Family != a.key && c.Family != b.key {
			t.Errorf("families %s, %s chosen, but %s (family %s) is shown", a.key, b.key, c.Href, c.Family)
		}
	}
	if want := "?family=" + a.key + "&family=" + b.key; two.Search != want {
		t.Errorf("address after two families = %q, want %q", two.Search, want)
	}
	if !strings.Contains(two.Status, strconv.Itoa(a.n+b.n)) {
		t.Errorf("count line after two families: %q", two.Status)
	}

	// Payback counts count within the two families; ≤ 2 years narrows them.
	within2 := 0
	for _, c := range two.Visible {
		if v, err := strconv.ParseFloat(c.Payback, 64); err == nil && v <= 2 {
			within2++
		}
	}
	if got := two.count(t, "payback", "within2"); got != within2 {
		t.Errorf("within families %s, %s, ≤ 2 years counts %d, but %d shown cards pay back so fast", a.key, b.key, got, within2)
	}
	if within2 == 0 || within2 == len(two.Visible) {
		t.Fatalf("≤ 2 years does not narrow families %s, %s (%d of %d)", a.key, b.key, within2, len(two.Visible))
	}
	tb.tick("payback", "within2")
	paid := tb.library()
	if len(paid.Visible) != within2 {
		t.Errorf("≤ 2 years: %d cards shown, want %d", len(paid.Visible), within2)
	}
	for _, c := range paid.Visible {
		v, err := strconv.ParseFloat(c.Payback, 64)
		if err != nil || v > 2 || (c.Family != a.key && c.Family != b.key) {
			t.Errorf("%s (family %s, payback %q) shown for families %s, %s within 2 years", c.Href, c.Family, c.Payback, a.key, b.key)
		}
	}
	if !strings.Contains(paid.Search, "payback=within2") {
		t.Errorf("address after the threshold = %q", paid.Search)
	}

	// A reload keeps the state; Back undoes one choice at a time.
	tb.do("reloading", chromedp.Reload())
	tb.waitUntil("the form revealed again", `!document.getElementById("case-filter").hidden`, 10*time.Second)
	reloaded := tb.library()
	if !slices.Equal(reloaded.hrefs(), paid.hrefs()) || !slices.Equal(reloaded.checked(), paid.checked()) || reloaded.Search != paid.Search {
		t.Errorf("after a reload: %v %v %q, before: %v %v %q", reloaded.checked(), reloaded.hrefs(), reloaded.Search, paid.checked(), paid.hrefs(), paid.Search)
	}
	tb.do("going back", chromedp.NavigateBack())
	tb.waitUntil("the threshold undone", `!location.search.includes("payback")`, 5*time.Second)
	back := tb.library()
	if !slices.Equal(back.hrefs(), two.hrefs()) || !slices.Equal(back.checked(), two.checked()) {
		t.Errorf("Back from the threshold: %v %v, want %v %v", back.checked(), back.hrefs(), two.checked(), two.hrefs())
	}
	tb.do("going back", chromedp.NavigateBack())
	tb.waitUntil("the second family undone", fmt.Sprintf(`location.search === %s`, jsString("?family="+a.key)), 5*time.Second)
	if back := tb.library(); len(back.Visible) != a.n || !slices.Equal(back.checked(), []string{"family=" + a.key}) {
		t.Errorf("Back to one family: %v, %d cards, want %d", back.checked(), len(back.Visible), a.n)
	}

	// Clear the filters and sort by payback: shortest first, unknown paybacks last.
	tb.do("clearing the filters", chromedp.Click(chromedp.CSS("#case-filter button[type=reset]")))
	tb.waitUntil("all cases shown again", fmt.Sprintf(`[...document.querySelectorAll("#case-list > li.card")].filter(li => !li.hidden).length === %d && location.search === ""`, total), 5*time.Second)
	tb.choose("cf-sort", "payback")
	sorted := tb.library()
	if len(sorted.Visible) != total || sorted.Search != "?sort=payback" {
		t.Fatalf("sorting: %d cards, want %d; address %q", len(sorted.Visible), total, sorted.Search)
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
	for _, p := range []struct{ path, facet, value string }{
		{"/cases/family/" + a.key + "/", "family", a.key},
		{"/cases/payback/within2/", "payback", "within2"},
	} {
		tb.open(p.path)
		if n, want := eval[int](tb, `document.querySelectorAll("#case-list > li.card").length`), all.count(t, p.facet, p.value); n != want {
			t.Errorf("%s lists %d cases, the library counted %d", p.path, n, want)
		}
	}
}

// TestEnglishLibrary: the English library offers the same filters, labelled in English, and
// its cards state their reductions with units.
func TestEnglishLibrary(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.open("/en/cases/")
	tb.waitUntil("the filter form revealed by cases.js", `!document.getElementById("case-filter").hidden`, 10*time.Second)
	s := tb.library()
	han := regexp.MustCompile(`\p{Han}`)
	families := 0
	for _, o := range s.Options {
		if o.Facet == "family" {
			families++
		}
		if (o.Facet == "family" || o.Facet == "industry" || o.Facet == "payback") && (han.MatchString(o.Label) || o.Label == "") {
			t.Errorf("English %s label %q", o.Facet, o.Label)
		}
	}
	if families < 3 {
		t.Errorf("%d families on the English library", families)
	}
	legend := eval[string](tb, `document.querySelector("#case-filter fieldset[data-facet=family] legend").textContent`)
	if legend != "By industry family" {
		t.Errorf("family legend = %q", legend)
	}
	red := eval[[]string](tb, `[...document.querySelectorAll("#case-list .reductions li")].map(li => li.textContent.trim())`)
	unit := regexp.MustCompile(`^[A-Za-z ()₂]+ [0-9][0-9,.]* (t/a|tce/a)$`)
	if len(red) < 10 {
		t.Fatalf("only %d reductions on the English cards", len(red))
	}
	for _, r := range red {
		if !unit.MatchString(r) {
			t.Errorf("reduction %q is not a label, an amount and a unit", r)
		}
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

// TestLibraryOnPhone: at 375 px the filters fold above the results, so the first case is on
// the first screen; a linked choice opens them, showing what was chosen.
func TestLibraryOnPhone(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.do("emulating a phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile))
	tb.open("/cases/")
	tb.waitUntil("the filter form revealed by cases.js", `!document.getElementById("case-filter").hidden`, 10*time.Second)
	if eval[bool](tb, `document.getElementById("case-filter-body").open`) {
		t.Error("the filters are unfolded on a phone")
	}
	if top := eval[float64](tb, `document.querySelector("#case-list > li.card").getBoundingClientRect().top`); top > 812*0.75 {
		t.Errorf("the first case starts %.0f px down a 812 px screen", top)
	}
	tb.open("/cases/?family=dyeing&payback=within3")
	tb.waitUntil("the filter form revealed by cases.js", `!document.getElementById("case-filter").hidden`, 10*time.Second)
	s := tb.library()
	if !eval[bool](tb, `document.getElementById("case-filter-body").open`) || !slices.Equal(s.checked(), []string{"family=dyeing", "payback=within3"}) {
		t.Errorf("a linked choice on a phone: filters open %v, chosen %v", eval[bool](tb, `document.getElementById("case-filter-body").open`), s.checked())
	}
	for _, c := range s.Visible {
		if c.Family != "dyeing" {
			t.Errorf("%s (family %s) shown for ?family=dyeing", c.Href, c.Family)
		}
	}
}
