package generate

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/search/contract"
)

// The enterprise pages: the directory order, the search facets, and each dossier with its
// body, its standing and its JSON twin.

// enterpriseSearch returns the search facets of an enterprise page.
func (g *generator) enterpriseSearch(e *derive.Enterprise, r enterpriseRow) search {
	var years []string
	seenReason := map[domain.Reason]bool{}
	for _, l := range e.Listings {
		if y := strconv.Itoa(l.Published.Year); !l.Published.IsZero() && !slices.Contains(years, y) {
			years = append(years, y)
		}
		for _, reason := range l.Reasons {
			seenReason[reason] = true
		}
	}
	var reasons []string
	for _, reason := range domain.Reasons {
		if seenReason[reason] {
			reasons = append(reasons, string(reason))
		}
	}
	return searchOf(contract.TypeEnterprise, e.USCC).with(contract.FacetCity, r.CityName).
		with(contract.FacetIndustry, r.IndustryName).with(contract.FacetLevel, string(e.Level)).
		with(contract.FacetYear, years...).with(contract.FacetReason, reasons...).
		with(contract.FacetOverdue, strconv.FormatBool(len(e.Overdue) > 0)).
		with(contract.FacetCounty, r.County).with(contract.FacetStatus, r.Statuses...)
}

// enterpriseOrder sorts the enterprise index: by city code, then by name in pinyin order, so
// that the paged index reads like a directory.
func (g *generator) enterpriseOrder() map[string]int {
	col := collate.New(language.SimplifiedChinese)
	es := g.in.Facts.Enterprises
	idx := make([]int, len(es))
	keys := make([][]byte, len(es))
	var buf collate.Buffer
	for i := range es {
		idx[i] = i
		keys[i] = slices.Clone(col.KeyFromString(&buf, es[i].Name))
		buf.Reset()
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(strings.Compare(es[a].City, es[b].City), slices.Compare(keys[a], keys[b]), strings.Compare(es[a].USCC, es[b].USCC))
	})
	order := make(map[string]int, len(es))
	for pos, i := range idx {
		order[es[i].USCC] = pos + 1
	}
	return order
}

// writeEnterprises writes the enterprise pages, their bodies and their JSON twins, on every
// core: they are nine in ten of the project's files.
func (g *generator) writeEnterprises() error {
	order := g.enterpriseOrder()
	es := g.in.Facts.Enterprises
	err := eachParallel(len(es), func() func(int) error {
		p := g.newPageWorker()
		return func(i int) error {
			err := p.enterprise(&es[i], order[es[i].USCC])
			if g.in.Progress != nil {
				g.in.Progress(1)
			}
			return err
		}
	})
	if err != nil {
		return err
	}
	g.stats.Enterprises += len(es)
	g.stats.Twins += len(es)
	return nil
}

// enterprise writes one enterprise's page, body in each language and JSON twin.
func (p *pageWorker) enterprise(e *derive.Enterprise, weight int) error {
	g := p.g
	r := g.rows[e.USCC]
	twin := "enterprises/" + e.USCC + "/index.json"
	fm := enterprisePage{
		Title: e.Name, Weight: weight, Search: g.enterpriseSearch(e, r),
		Twin: "/" + twin, Row: r, E: headOf(e), Cases: []caseLink{},
	}
	if len(e.Identifiers) > 1 {
		fm.Aliases = e.Identifiers[1:]
	}
	for _, slug := range e.Cases {
		fm.Cases = append(fm.Cases, caseLink{Slug: slug, Title: g.caseTitles[slug]})
	}
	fm.Fragment = "enterprises/" + e.USCC + ".html"
	if err := p.fragments(fm.Fragment, func(f *pageBody) { f.dossier(g, e) }); err != nil {
		return err
	}
	sum := derive.SummaryOf(e, g.in.Facts.AsOf)
	fm.Standing = "enterprises/" + e.USCC + ".standing.html"
	if err := p.fragments(fm.Standing, func(f *pageBody) { f.standing(e, sum, g.in.Facts.AsOf.String()) }); err != nil {
		return err
	}
	if err := p.out.page("content/enterprises/"+e.USCC+".md", fm, ""); err != nil {
		return err
	}
	return p.out.json("static/"+twin, twinOf(e, sum))
}
