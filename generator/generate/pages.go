package generate

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/opendata"
	"cpportal/search/contract"
)

// generator holds the lookups shared by the page writers.
type generator struct {
	in         Input
	files      *files
	out        *writer     // the main goroutine's; see pageWorker for the others
	main       *pageWorker // the main goroutine's
	stats      Stats
	cities     map[string]domain.City
	industries map[string]domain.Industry
	rows       map[string]enterpriseRow // by credit code
	caseTitles map[string]string        // by slug
	names      map[string]string        // enterprise names by credit code
	agencies   map[string]string        // agency names by id
	basePath   string                   // the base URL's path, "/" or "/sub/"

	cases           []caseInfo       // the library's view of Dataset.Cases, same order
	casesByIndustry map[string][]int // indexes into cases
	caseBySlug      map[string]int

	langs []string // languages the bodies are rendered in, the default first
}

// pageWorker is what one goroutine writes pages with: its writer and its body renderer of each
// language, none of which can be shared.
type pageWorker struct {
	g      *generator
	out    *writer
	bodies map[string]*pageBody // by language
}

func (g *generator) newPageWorker() *pageWorker {
	return &pageWorker{g: g, out: g.files.writer(), bodies: map[string]*pageBody{}}
}

func newGenerator(dir string, in Input) *generator {
	g := &generator{
		in:         in,
		files:      newFiles(dir),
		cities:     map[string]domain.City{},
		industries: map[string]domain.Industry{},
		rows:       map[string]enterpriseRow{},
		caseTitles: map[string]string{},
		names:      map[string]string{},
		agencies:   map[string]string{},
		basePath:   basePath(in.Dataset.Site.BaseURL),
		langs:      []string{defaultLang},
	}
	g.main = g.newPageWorker()
	g.out = g.main.out
	for _, l := range in.Languages {
		if !slices.Contains(g.langs, l) {
			g.langs = append(g.langs, l)
		}
	}
	for _, a := range in.Dataset.Agencies {
		g.agencies[a.ID] = a.Name
	}
	g.indexCases()
	for _, c := range in.Dataset.Cities {
		g.cities[c.Code] = c
	}
	for _, i := range in.Dataset.Industries {
		g.industries[i.Code] = i
	}
	for _, c := range in.Dataset.Cases {
		g.caseTitles[c.Slug] = c.Title
	}
	for _, e := range in.Dataset.Enterprises {
		g.names[e.USCC] = e.Name
	}
	for i := range in.Facts.Enterprises {
		e := &in.Facts.Enterprises[i]
		g.rows[e.USCC] = g.row(e)
	}
	return g
}

// basePath returns the path of the site's base URL with a slash at each end: links in the
// bodies rendered here are site-relative, as Hugo's relURL makes them.
func basePath(baseURL string) string {
	p := "/"
	if u, err := url.Parse(baseURL); err == nil && u.Path != "" {
		p = u.Path
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p
}

// cityName returns the name of a city given its code; a value that is not a known code is
// returned as it is (it is then already a name).
func (g *generator) cityName(code string) string {
	if c, ok := g.cities[code]; ok {
		return c.Name
	}
	return code
}

func (g *generator) industryName(code string) string {
	if i, ok := g.industries[code]; ok {
		return i.Name
	}
	return code
}

func (g *generator) row(e *derive.Enterprise) enterpriseRow {
	r := enterpriseRow{
		USCC: e.USCC, CreditCode: e.CreditCode, Name: e.Name, City: e.City, CityName: e.CityName,
		Industry: e.Industry, IndustryName: e.IndustryName,
		Level: e.Level, Stage: e.Stage, OverdueSteps: len(e.Overdue), Batches: []string{},
	}
	for _, l := range e.Listings {
		r.Batches = append(r.Batches, l.Batch)
	}
	for _, o := range e.Overdue {
		r.MaxOverdue = max(r.MaxOverdue, o.DaysOverdue)
	}
	r.rowStanding = standingOf(e, derive.SummaryOf(e, g.in.Facts.AsOf))
	return r
}

func (g *generator) writeLookups() error {
	cities := map[string]codeNames{}
	for _, c := range g.in.Dataset.Cities {
		cities[c.Code] = codeNames{Name: c.Name, NameEN: c.NameEN}
	}
	industries := map[string]codeNames{}
	for _, i := range g.in.Dataset.Industries {
		industries[i.Code] = codeNames{Name: i.Name, NameEN: i.NameEN, Guide: i.Guide}
	}
	agencies := map[string]codeNames{}
	for _, a := range g.in.Dataset.Agencies {
		agencies[a.ID] = codeNames{Name: a.Name, City: a.City}
	}
	for name, v := range map[string]map[string]codeNames{"cities": cities, "industries": industries, "agencies": agencies} {
		if err := g.out.json("data/"+name+".json", v); err != nil {
			return err
		}
	}
	return nil
}

func summarize(b *derive.Batch) batchSummary { return batchSummary(opendata.BatchRowOf(b)) }

func (g *generator) writePortal() error {
	ds, f := g.in.Dataset, g.in.Facts
	p := portalData{
		Site: siteData{
			Title: ds.Site.Title, TitleEN: ds.Site.TitleEN, Province: ds.Site.Province,
			Email: ds.Site.Email, BaseURL: cmp.Or(ds.Site.BaseURL, "/"), Sample: ds.Site.Sample,
		},
		AsOf:       f.AsOf,
		AsOfSource: g.in.AsOfSource,
		Batches:    []batchSummary{},
	}
	t := &p.Totals
	t.Enterprises = len(f.Enterprises)
	t.Batches = len(f.Batches)
	t.OverdueSteps = len(f.Overdue)
	t.Options = f.Province.Options
	t.Cases = len(ds.Cases)
	for i := range f.Enterprises {
		e := &f.Enterprises[i]
		t.Identified.Add(&e.Enterprise)
		t.Listings += len(e.Listings)
		if len(e.Overdue) > 0 {
			t.OverdueEnterprises++
		}
		for _, l := range e.Listings {
			if l.Outcome == derive.OutcomeAccepted {
				t.Accepted++
			}
		}
	}
	for i := len(f.Batches) - 1; i >= 0; i-- {
		p.Batches = append(p.Batches, summarize(&f.Batches[i]))
	}
	return g.out.json("data/portal.json", p)
}

func (g *generator) writeBatches() error {
	bs := g.in.Facts.Batches
	for i := range bs {
		b := &bs[i]
		twin := "lists/" + b.ID + "/index.json"
		p := batchPage{
			Title: b.Title, Date: b.Published.String(), Weight: len(bs) - i, Twin: "/" + twin,
			Batch: summarize(b), Rows: make([]memberRow, 0, len(b.Rows)),
			Search: searchOf(contract.TypeBatch, b.ID),
		}
		if !b.Published.IsZero() {
			p.Search.with(contract.FacetYear, strconv.Itoa(b.Published.Year))
		}
		for _, m := range b.Rows {
			p.Rows = append(p.Rows, memberRow{Member: m, Now: g.rows[m.USCC]})
		}
		if err := g.out.page("content/lists/"+b.ID+".md", p, ""); err != nil {
			return err
		}
		if err := g.out.json("static/"+twin, b); err != nil {
			return err
		}
		g.stats.Batches++
		g.stats.Twins++
	}
	return nil
}

func (g *generator) areaPage(kind string, a *derive.Area, weight int) areaPage {
	p := areaPage{
		Title: a.Name, Weight: weight, Kind: kind, Code: a.Code, Enterprises: len(a.Enterprises), Identified: a.Identified,
		OverdueSteps: len(a.Overdue), Years: a.Years, Options: a.Options, Totals: a.Totals, Rates: a.Rates,
		Search: searchOf(kind, a.Code),
	}
	if p.Years == nil {
		p.Years = []derive.YearSummary{}
	}
	return p
}

// areaBody renders the body of an area page: the overdue list is cut at maxOverdueRows, and
// the province page lists no enterprises (its cities do).
func (g *generator) areaBody(f *pageBody, kind string, a *derive.Area) {
	var overdue []derive.OverdueStep
	for i, o := range a.Overdue {
		if i == maxOverdueRows {
			break
		}
		o.CityName = cmp.Or(o.CityName, g.cityName(o.City))
		overdue = append(overdue, o)
	}
	var rows []enterpriseRow
	if kind != "province" {
		rows = make([]enterpriseRow, 0, len(a.Enterprises))
		for _, uscc := range a.Enterprises {
			if r, ok := g.rows[uscc]; ok {
				rows = append(rows, r)
			}
		}
	}
	f.areaBody(g, kind, a, rows, overdue)
	if kind == "province" {
		f.cityMap(g.cityFiguresOf())
		f.cityComparison(g.in.Facts.Cities)
	}
}

func (g *generator) writeAreas() error {
	f := g.in.Facts
	for i := range f.Cities {
		a := &f.Cities[i]
		p := g.areaPage("city", a, i+1)
		p.Search.with(contract.FacetCity, a.Name)
		p.NameEN = g.cities[a.Code].NameEN
		if err := g.writeArea("cities", "city", p, a); err != nil {
			return err
		}
		g.stats.Cities++
	}
	for i := range f.Industries {
		a := &f.Industries[i]
		p := g.areaPage("industry", a, i+1)
		p.Search.with(contract.FacetIndustry, a.Name)
		p.NameEN = g.industries[a.Code].NameEN
		p.Guide = g.industries[a.Code].Guide
		if err := g.writeArea("industries", "industry", p, a); err != nil {
			return err
		}
		g.stats.Industries++
	}
	prov := f.Province
	p := g.areaPage("province", &prov, 0)
	p.Title = cmp.Or(prov.Name, g.in.Dataset.Site.Province, "全省") + "汇总"
	p.Layout = "province"
	p.Search = searchOf(contract.TypePage, "province")
	p.Twin = "/province/index.json"
	p.Fragment = "province.html"
	if err := g.fragments(p.Fragment, func(f *pageBody) { g.areaBody(f, "province", &prov) }); err != nil {
		return err
	}
	figs := g.cityFiguresOf()
	if err := g.fragments("home-map.html", func(f *pageBody) { f.cityMap(figs) }); err != nil { // the home page's map
		return err
	}
	districts := g.districtsOf()
	if err := g.fragments("home-districts.html", func(f *pageBody) { f.districtPicker(districts) }); err != nil { // the home page's city → district
		return err
	}
	prov.Enterprises = nil // the twin of the province carries the figures, not 50,000 codes
	if err := g.out.page("content/province.md", p, ""); err != nil {
		return err
	}
	if err := g.out.json("static/province/index.json", prov); err != nil {
		return err
	}
	g.stats.Sections++
	g.stats.Twins++
	return nil
}

func (g *generator) writeArea(section, kind string, p areaPage, a *derive.Area) error {
	twin := section + "/" + a.Code + "/index.json"
	p.Twin = "/" + twin
	p.Fragment = section + "/" + a.Code + ".html"
	if err := g.fragments(p.Fragment, func(f *pageBody) { g.areaBody(f, kind, a) }); err != nil {
		return err
	}
	if err := g.out.page("content/"+section+"/"+a.Code+".md", p, ""); err != nil {
		return err
	}
	g.stats.Twins++
	return g.out.json("static/"+twin, a)
}

func (g *generator) writeCases() error {
	for i := range g.in.Dataset.Cases {
		c := &g.in.Dataset.Cases[i]
		p := casePage{
			Title: c.Title, Date: c.Date.String(), Weight: i + 1, Twin: "/cases/" + c.Slug + "/index.json",
			Slug: c.Slug, USCC: c.USCC, EnterpriseName: g.names[c.USCC], Industry: c.Industry,
			IndustryName: g.industryName(c.Industry), Technology: c.Technology, Problem: c.Problem,
			Benefits: c.Benefits, CostClass: c.CostClass, InvestmentWan: c.InvestmentWan,
			BenefitWan: c.BenefitWan, PaybackYears: c.PaybackYears, Reductions: []reductionView{}, Summary: c.Summary,
			Search: searchOf(contract.TypeCase, c.Slug).with(contract.FacetIndustry, g.industryName(c.Industry)),
		}
		if p.Benefits == nil {
			p.Benefits = []domain.Benefit{}
		}
		if r, ok := g.rows[c.USCC]; ok {
			p.CityName = r.CityName
			p.Search.with(contract.FacetCity, r.CityName)
		}
		for _, k := range domain.ReductionKinds {
			b, isBenefit := k.Benefit()
			if amount, ok := c.Reductions.At(k); ok && isBenefit {
				p.Reductions = append(p.Reductions, reductionView{Key: b, Label: b.Label(), Amount: amount, Unit: k.Unit()})
			}
		}
		p.Similar = []caseLink{}
		for _, j := range g.similarCases(i, 4) {
			o := g.cases[j].c
			p.Similar = append(p.Similar, caseLink{Slug: o.Slug, Title: o.Title, Industry: g.industryName(o.Industry), Technology: o.Technology})
		}
		p.Cost = costKey(c.CostClass)
		p.Demonstration, p.DemonstrationDoc = demonstrationKey(c), c.DemonstrationDoc
		p.Payback = g.cases[i].payback
		if err := g.out.page("content/cases/"+c.Slug+".md", p, c.Body); err != nil {
			return err
		}
		if err := g.out.json("static/cases/"+c.Slug+"/index.json", c); err != nil {
			return err
		}
		g.stats.Cases++
		g.stats.Twins++
	}
	return nil
}

// writeSections writes the section index pages and the search page. Their prose, if any, is
// in the theme; the figures come from data/portal.json and the section's pages.
func (g *generator) writeSections() error {
	page := func(t string) search { return searchOf(contract.TypePage, t) }
	sections := []struct {
		path string
		fm   sectionPage
	}{
		{"content/lists/_index.md", sectionPage{Title: "强制性清洁生产审核名单", Search: page("lists")}},
		{"content/enterprises/_index.md", sectionPage{Title: "企业"}}, // a directory, not indexed
		{"content/cities/_index.md", sectionPage{Title: "城市", Search: page("cities")}},
		{"content/industries/_index.md", sectionPage{Title: "行业", Search: page("industries")}},
		{"content/search.md", sectionPage{Title: "搜索", Layout: "search", NoIndex: true}}, // the search page is never indexed
	}
	for _, s := range sections {
		if err := g.out.page(s.path, s.fm, ""); err != nil {
			return fmt.Errorf("%s: %w", s.path, err)
		}
		g.stats.Sections++
	}
	return nil
}
