package generate

import (
	"cmp"
	"math/bits"
	"slices"
	"strconv"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/generate/pagehtml"
	"cpportal/search/contract"
)

// The technology library ("一厂一亮点"): case studies found by industry, by what they reduce or
// save, by cost class and by payback. Every choice is a static page, so the library works
// without JavaScript; cases.js adds combined filtering and sorting on /cases/ from the data-*
// attributes of each card.

// caseInfo is a case study with what the library needs precomputed.
type caseInfo struct {
	c        *domain.Case
	benefits uint8 // bit i set: domain.Benefits[i]
	payback  string
	family   string // industryFamily.key of the case's industry
}

// Payback classes of the library, by static payback period in years.
var paybackKeys = []string{"within1", "1to3", "3to5", "over5", "unknown"}

func paybackClass(years *float64) string {
	switch {
	case years == nil:
		return "unknown"
	case *years <= 1:
		return "within1"
	case *years <= 3:
		return "1to3"
	case *years <= 5:
		return "3to5"
	}
	return "over5"
}

// paybackThresholds are the library's payback filter: at most 1, 2 or 3 years. They nest, so
// a reader picks one; a case without a stated payback meets none.
var paybackThresholds = []struct {
	key   string
	years float64
}{{"within1", 1}, {"within2", 2}, {"within3", 3}}

// costKey is the ASCII key of a cost class in URLs and data attributes.
func costKey(c domain.CostClass) string {
	switch c {
	case domain.CostLow:
		return "low"
	case domain.CostMedium:
		return "medium"
	case domain.CostHigh:
		return "high"
	}
	return "unknown"
}

var costKeys = []string{"low", "medium", "high"}

func benefitMask(bs []domain.Benefit) uint8 {
	var m uint8
	for _, b := range bs {
		if i := slices.Index(domain.Benefits, b); i >= 0 {
			m |= 1 << i
		}
	}
	return m
}

// indexCases precomputes the library's view of every case; cases stay in dataset order (by slug).
func (g *generator) indexCases() {
	g.cases = make([]caseInfo, len(g.in.Dataset.Cases))
	g.casesByIndustry = map[string][]int{}
	g.caseBySlug = map[string]int{}
	for i := range g.in.Dataset.Cases {
		c := &g.in.Dataset.Cases[i]
		g.cases[i] = caseInfo{c: c, benefits: benefitMask(c.Benefits), payback: paybackClass(c.PaybackYears), family: familyOf(c.Industry).key}
		g.casesByIndustry[c.Industry] = append(g.casesByIndustry[c.Industry], i)
		g.caseBySlug[c.Slug] = i
	}
}

// similarCases returns up to max cases like case i: the same industry counts 2, each shared
// benefit 1; ties go to the shorter payback, then the slug, so the order never changes
// between builds.
func (g *generator) similarCases(i, limit int) []int {
	me := g.cases[i]
	var out []scored
	for j, o := range g.cases {
		if j == i {
			continue
		}
		score := bits.OnesCount8(me.benefits & o.benefits)
		if o.c.Industry == me.c.Industry {
			score += 2
		}
		if score > 0 {
			out = append(out, scored{j, score})
		}
	}
	return g.bestCases(out, limit)
}

// bestOf returns the first limit elements of s in the order of cmp, exactly what sorting s and
// keeping its head would give when cmp is a total order, without sorting all of s: each of
// 50,000 dossiers picks six cases among hundreds.
func bestOf[T any](s []T, limit int, cmp func(a, b T) int) []T {
	if limit <= 0 {
		return nil
	}
	best := make([]T, 0, limit+1)
	for _, x := range s {
		if len(best) == limit && cmp(x, best[limit-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(best, x, cmp)
		best = slices.Insert(best, i, x)
		if len(best) > limit {
			best = best[:limit]
		}
	}
	return best
}

// comparePayback orders known paybacks shortest first, unknown last.
func comparePayback(a, b *float64) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return cmp.Compare(*a, *b)
}

// enterpriseNeeds are the benefits an enterprise's listing reasons and disclosures call for:
// the pollutants it exceeded (or, listed for exceeding without a flagged row, every pollutant it
// discloses that a benefit covers), heavy metals for toxic or heavy-metal listings, energy for
// high energy use.
func enterpriseNeeds(e *derive.Enterprise) uint8 {
	var need uint8
	set := func(b domain.Benefit) { need |= benefitMask([]domain.Benefit{b}) }
	pollutantBenefit := func(name string) (domain.Benefit, bool) {
		p, ok := domain.PollutantByName(name)
		if !ok {
			return "", false
		}
		if p.Heavy {
			return domain.BenefitHeavyMetal, true
		}
		b := domain.Benefit(p.Key)
		return b, b.Valid()
	}
	exceeding := false
	for _, l := range e.Listings {
		for _, r := range l.Reasons {
			switch r {
			case domain.ReasonOverStandard, domain.ReasonOverQuota:
				exceeding = true
			case domain.ReasonToxicInput, domain.ReasonToxicOutput, domain.ReasonHeavyMetal:
				set(domain.BenefitHeavyMetal)
			case domain.ReasonEnergy:
				set(domain.BenefitEnergy)
			}
		}
	}
	if exceeding {
		flagged := false
		for _, d := range e.Disclosures {
			if d.OverLimit || d.OverQuota {
				if b, ok := pollutantBenefit(d.Pollutant); ok {
					set(b)
					flagged = true
				}
			}
		}
		if !flagged {
			for _, d := range e.Disclosures {
				if b, ok := pollutantBenefit(d.Pollutant); ok {
					set(b)
				}
			}
		}
	}
	return need
}

// relatedCases returns the case studies of the enterprise's industry, other than its own, that
// address what it was listed for, most shared benefits first (then shorter payback, slug).
func (g *generator) relatedCases(e *derive.Enterprise, limit int) []int {
	need := enterpriseNeeds(e)
	if need == 0 {
		return nil
	}
	var out []scored
	for _, i := range g.casesByIndustry[e.Industry] {
		c := g.cases[i]
		if c.c.USCC == e.USCC {
			continue
		}
		if s := bits.OnesCount8(need & c.benefits); s > 0 {
			out = append(out, scored{i, s})
		}
	}
	return g.bestCases(out, limit)
}

// benefitNames lists the benefits of a mask in the site's order, in words.
func (f *pageBody) benefitNames(m uint8) []string {
	var out []string
	for i, b := range domain.Benefits {
		if m&(1<<i) != 0 {
			out = append(out, f.T("benefit_"+string(b)))
		}
	}
	return out
}

// relatedCases writes the dossier's section of case studies: the enterprise's own, then those of
// its industry that address its listing reasons.
//
// The section is shown but not indexed: it is other records' text (each case has its own page),
// and indexed here it would make a search for a technology return every enterprise of the
// industry before the cases themselves.
func (f *pageBody) relatedCases(g *generator, e *derive.Enterprise) {
	f.Open("section", "aria-labelledby", "cases", contract.AttrIgnore, "")
	f.Elem("h2", f.T("h_cases"), "id", "cases")
	if len(e.Cases) > 0 {
		f.Elem("h3", f.T("h_own_cases"))
		f.Raw(`<ul class="cards">`)
		for _, slug := range e.Cases {
			if i, ok := g.caseBySlug[slug]; ok {
				f.caseCard(g, i, "h4")
			}
		}
		f.Raw("</ul>")
	}
	related := g.relatedCases(e, 6)
	need := enterpriseNeeds(e)
	f.Elem("h3", f.T("h_industry_cases", "industry", g.industryName(e.Industry)))
	if need != 0 {
		f.Elem("p", f.T("related_for", "needs", joinWith(f.benefitNames(need), f.T("list_sep_short"))))
	}
	if len(related) > 0 {
		f.Raw(`<ul class="cards">`)
		for _, i := range related {
			f.caseCard(g, i, "h4")
		}
		f.Raw("</ul>")
	}
	// The library has a page per industry only for industries with cases.
	industryPage := len(g.casesByIndustry[e.Industry]) > 0
	if len(related) == 0 || industryPage {
		f.Raw("<p>")
		if len(related) == 0 {
			f.Text(f.T("no_related_cases"))
			if industryPage {
				f.Raw(" ")
			}
		}
		if industryPage {
			f.Link(f.url("cases/industry/"+e.Industry+"/"), f.T("all_industry_cases", "industry", g.industryName(e.Industry)))
		}
		f.Raw("</p>")
	}
	f.Raw("</section>")
}

func joinWith(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

// caseCard writes one case as a card whose data-* attributes let cases.js filter and sort it.
func (f *pageBody) caseCard(g *generator, i int, heading string) {
	ci := g.cases[i]
	c := ci.c
	var benefitKeys []string
	for _, b := range c.Benefits {
		benefitKeys = append(benefitKeys, string(b))
	}
	f.Open("li", "class", "card", "data-order", strconv.Itoa(i), "data-family", ci.family, "data-industry", c.Industry, "data-benefits", joinWith(benefitKeys, " "),
		"data-cost", costKey(c.CostClass), "data-payback", optAttr(c.PaybackYears), "data-payback-class", ci.payback,
		"data-investment", optAttr(c.InvestmentWan), "data-benefit-wan", optAttr(c.BenefitWan), "data-demonstration", demonstrationKey(c))
	f.Open(heading).Link(f.url("cases/"+c.Slug+"/"), c.Title).Close(heading)
	if c.Problem != "" {
		f.Elem("p", c.Problem)
	}
	f.Raw(`<p class="meta">`).Text(joinNonEmpty(" · ", g.industryLabel(f, c.Industry), c.Technology, f.costLabel(c.CostClass)))
	if c.Demonstration {
		f.Raw(" · ").Elem("span", f.T("demonstration_yes"), "class", "badge")
	}
	if c.InvestmentWan != nil {
		f.Raw(" · ").Text(f.T("investment_x", "x", fixed(*c.InvestmentWan, moneyDecimals)))
	}
	if c.PaybackYears != nil {
		f.Raw(" · ").Text(f.T("payback_x", "x", fixed(*c.PaybackYears, yearsDecimals)))
	}
	f.Raw("</p>")
	if names := f.benefitNames(ci.benefits); len(names) > 0 {
		f.Raw(`<p class="tags">`)
		for _, n := range names {
			f.Elem("span", n, "class", "tag")
		}
		f.Raw("</p>")
	}
	f.caseReductions(c)
	f.Raw("</li>")
}

// caseReductions lists what the case saves or cuts each year, in the benefits' order, each
// with its unit.
func (f *pageBody) caseReductions(c *domain.Case) {
	if c.Reductions.Given() == 0 {
		return
	}
	f.Open("ul", "class", "reductions", "aria-label", f.T("h_env_benefit"))
	for _, k := range domain.ReductionKinds {
		b, isBenefit := k.Benefit()
		if x, ok := c.Reductions.At(k); ok && isBenefit {
			f.Raw("<li>").Text(f.T("benefit_" + string(b))).Raw(` <span class="amount">`).Text(fixed(x, kindDecimals(k))).Raw("</span> ").Text(k.Unit()).Raw("</li>")
		}
	}
	f.Raw("</ul>")
}

func (f *pageBody) costLabel(c domain.CostClass) string {
	if c == "" {
		return ""
	}
	return f.T("cost_" + costKey(c))
}

func optAttr(x *float64) string {
	if x == nil {
		return ""
	}
	return pagehtml.PlainNum(*x) // read by cases.js: no thousands separators
}

// scored is a case (its index in g.cases) with how well it fits.
type scored struct{ i, score int }

// bestCases returns the indexes of at most limit scored cases, best first: the highest score,
// then the shortest payback, then by slug.
func (g *generator) bestCases(out []scored, limit int) []int {
	out = bestOf(out, limit, func(a, b scored) int {
		return cmp.Or(b.score-a.score, comparePayback(g.cases[a.i].c.PaybackYears, g.cases[b.i].c.PaybackYears), cmp.Compare(g.cases[a.i].c.Slug, g.cases[b.i].c.Slug))
	})
	idx := make([]int, len(out))
	for k, o := range out {
		idx[k] = o.i
	}
	return idx
}
