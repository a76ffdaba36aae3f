package generate

import (
	"slices"
	"strconv"

	"cpportal/domain"
	"cpportal/search/contract"
)

// facet is one way of browsing the library: industry family, industry, benefit, cost class or
// payback threshold.
type facet struct {
	key     string // family, industry, benefit, cost, payback: the URL segment
	choices []facetChoice
	single  bool // choices nest (payback thresholds): one at a time, not several
}

type facetChoice struct {
	key, label string
	cases      []int // indexes into generator.cases, dataset order
}

// libraryFacets groups the cases by each facet; every choice lists its cases, so counts and
// pages come from one place. Families and industries are those with at least one case, in the
// table's and in code order; the other facets list every choice, empty ones too.
func (g *generator) libraryFacets(f *pageBody) []facet {
	fam := facet{key: "family"}
	for _, fm := range append(industryFamilies, otherFamily) {
		c := facetChoice{key: fm.key, label: f.T("family_" + fm.key)}
		for i, ci := range g.cases {
			if ci.family == fm.key {
				c.cases = append(c.cases, i)
			}
		}
		if len(c.cases) > 0 {
			fam.choices = append(fam.choices, c)
		}
	}
	ind := facet{key: "industry"}
	for _, i := range g.in.Dataset.Industries {
		if cs := g.casesByIndustry[i.Code]; len(cs) > 0 {
			ind.choices = append(ind.choices, facetChoice{key: i.Code, label: g.industryLabel(f, i.Code), cases: cs})
		}
	}
	// cases of an industry missing from industries.csv still get a page
	var unknown []string
	for code := range g.casesByIndustry {
		if _, ok := g.industries[code]; !ok {
			unknown = append(unknown, code)
		}
	}
	slices.Sort(unknown)
	for _, code := range unknown {
		ind.choices = append(ind.choices, facetChoice{key: code, label: code, cases: g.casesByIndustry[code]})
	}
	ben := facet{key: "benefit"}
	for bi, b := range domain.Benefits {
		c := facetChoice{key: string(b), label: f.T("benefit_" + string(b))}
		for i, ci := range g.cases {
			if ci.benefits&(1<<bi) != 0 {
				c.cases = append(c.cases, i)
			}
		}
		ben.choices = append(ben.choices, c)
	}
	cost := facet{key: "cost"}
	for _, k := range costKeys {
		c := facetChoice{key: k, label: f.T("cost_" + k)}
		for i, ci := range g.cases {
			if costKey(ci.c.CostClass) == k {
				c.cases = append(c.cases, i)
			}
		}
		cost.choices = append(cost.choices, c)
	}
	pay := facet{key: "payback", single: true}
	for _, th := range paybackThresholds {
		c := facetChoice{key: th.key, label: f.T("payback_" + th.key)}
		for i, ci := range g.cases {
			if y := ci.c.PaybackYears; y != nil && *y <= th.years {
				c.cases = append(c.cases, i)
			}
		}
		pay.choices = append(pay.choices, c)
	}
	return []facet{fam, ind, ben, cost, pay, g.demonstrationFacet(f)}
}

// filterPage is the front matter of a page of the library showing one choice of one facet.
type filterPage struct {
	Title   string `json:"title"`
	Layout  string `json:"layout"`
	NoIndex bool   `json:"noindex"` // the cases are indexed on their own pages
	Facet   string `json:"facet"`
	Choice  string `json:"choice"`
	Count   int    `json:"count"`
	// Fragment is the body, rendered here: fragments/<lang>/<Fragment> in the project.
	Fragment string `json:"fragment"`
}

// writeLibrary writes /cases/ (every case, with the facets and the form cases.js enables) and
// one page per choice of every facet: /cases/industry/<code>/, /cases/benefit/<key>/,
// /cases/cost/<key>/, /cases/payback/<key>/.
func (g *generator) writeLibrary() error {
	zh, err := g.newPageBody(defaultLang)
	if err != nil {
		return err
	}
	facets := func(f *pageBody) []facet {
		if f.t.lang == defaultLang {
			return g.libraryFacets(zh) // labels depend on the language
		}
		return g.libraryFacets(f)
	}
	all := make([]int, len(g.cases))
	for i := range all {
		all[i] = i
	}
	index := sectionPage{Title: zh.T("nav_cases_title"), Search: searchOf(contract.TypePage, "cases"), Fragment: "cases/_index.html"}
	if err := g.fragments(index.Fragment, func(f *pageBody) { f.library(g, facets(f), "", "", all) }); err != nil {
		return err
	}
	if err := g.out.page("content/cases/_index.md", index, ""); err != nil {
		return err
	}
	g.stats.Sections++
	for _, fc := range g.libraryFacets(zh) {
		for _, c := range fc.choices {
			p := filterPage{
				Title:  zh.T("cases_filter_title", "facet", zh.T("facet_"+fc.key), "choice", c.label),
				Layout: "filter", NoIndex: true, Facet: fc.key, Choice: c.key, Count: len(c.cases),
				Fragment: "cases/" + fc.key + "/" + c.key + ".html",
			}
			err := g.fragments(p.Fragment, func(f *pageBody) {
				for _, x := range facets(f) {
					if x.key == fc.key {
						for _, y := range x.choices {
							if y.key == c.key {
								f.library(g, facets(f), fc.key, c.key, y.cases)
							}
						}
					}
				}
			})
			if err != nil {
				return err
			}
			if err := g.out.page("content/cases/"+fc.key+"/"+c.key+".md", p, ""); err != nil {
				return err
			}
			g.stats.Filters++
		}
	}
	return nil
}

// library writes the facets as links with counts (the page's own choice marked current), the
// filter form that cases.js reveals, and the cards of the cases shown.
func (f *pageBody) library(g *generator, facets []facet, activeFacet, activeChoice string, shown []int) {
	f.Open("p", "class", "library-count", "id", "case-count", "aria-live", "polite",
		"data-template", f.T("cases_shown", "n", "{n}", "total", "{total}")).
		Text(f.T("cases_shown", "n", len(shown), "total", len(g.cases))).Close("p")
	// The facets and the cards are other records' names and text, each indexed on its own
	// page: the library's pages are found by their titles.
	f.Open("nav", "class", "facets", "aria-label", f.T("facets_label"), contract.AttrIgnore, "")
	for _, fc := range facets {
		f.Raw(`<div class="facet">`)
		f.Elem("h2", f.T("facet_"+fc.key), "id", "facet-"+fc.key)
		f.Open("ul", "aria-labelledby", "facet-"+fc.key)
		for _, c := range fc.choices {
			f.Raw("<li>")
			attrs := []string{"href", f.url("cases/" + fc.key + "/" + c.key + "/")}
			if fc.key == activeFacet && c.key == activeChoice {
				attrs = append(attrs, "aria-current", "page")
			}
			f.Open("a", attrs...).Text(c.label).Raw(` <span class="count">`).Text(strconv.Itoa(len(c.cases))).Raw("</span></a></li>")
		}
		f.Raw("</ul></div>")
	}
	if activeFacet != "" {
		f.Raw(`<p class="facet-all">`).Link(f.url("cases/"), f.T("cases_all", "n", len(g.cases))).Raw("</p>")
	}
	f.Raw("</nav>")
	if activeFacet == "" {
		f.caseFilterForm(facets)
	}
	f.Elem("h2", f.T("h_case_list"), "id", "case-list-h")
	if len(shown) == 0 {
		f.Elem("p", f.T("no_cases_here"))
		return
	}
	f.Raw(`<ul class="cards" id="case-list" aria-labelledby="case-list-h" ` + contract.AttrIgnore + `="">`)
	for _, i := range shown {
		f.caseCard(g, i, "h3")
	}
	f.Raw("</ul>")
}

// caseFilterForm is the combined filter and sort form: several values per facet (any of them
// matches), facets combined (all must match), one payback threshold. It is hidden until
// cases.js runs, which keeps its state in the query string (?family=dyeing&family=paper&payback=
// within2) so a filtered library can be linked, reloaded and left with Back. Without JavaScript
// the facet links above do the same job one choice at a time.
func (f *pageBody) caseFilterForm(facets []facet) {
	f.Open("form", "class", "case-filter", "id", "case-filter", "hidden", "", "method", "get", "action", f.url("cases/"))
	// A disclosure widget, so that on a phone cases.js can fold the filters above the results.
	f.Raw(`<details id="case-filter-body" open><summary>`).Elem("h2", f.T("case_filter_title"), "id", "case-filter-h").Raw("</summary>")
	f.Raw(`<div class="filter-row">`)
	for _, fc := range facets {
		f.Open("fieldset", "class", "filter-group", "data-facet", fc.key)
		f.Elem("legend", f.T("facet_"+fc.key))
		kind := "checkbox"
		if fc.single {
			kind = "radio"
			f.Raw("<label>").Open("input", "type", kind, "name", fc.key, "value", "", "checked", "").Text(" " + f.T("filter_any")).Raw("</label>")
		}
		for _, c := range fc.choices {
			f.Raw("<label>").Open("input", "type", kind, "name", fc.key, "value", c.key).
				Raw(" ").Elem("span", c.label, "class", "choice").Raw(` <span class="count">`).Text(strconv.Itoa(len(c.cases))).Raw("</span></label>")
		}
		f.Raw("</fieldset>")
	}
	f.Raw(`<div class="filter-sort">`).Elem("label", f.T("sort_label"), "for", "cf-sort")
	f.Raw(`<select id="cf-sort" name="sort">`)
	for _, k := range []string{"default", "payback", "investment", "investment_desc", "benefit"} {
		f.Elem("option", f.T("sort_"+k), "value", k)
	}
	f.Raw("</select></div></div>")
	f.Raw(`<p><button type="reset">`).Text(f.T("filter_reset")).Raw("</button></p></details></form>")
}
