package generate

import (
	"cmp"
	"encoding/csv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/internal/fixture"
)

// libraryDataset is the fixture with five case studies in two industries.
func libraryDataset() *domain.Dataset {
	ds := fixture.Dataset()
	c := func(slug, industry string, cost domain.CostClass, payback *float64, invest float64, bs ...domain.Benefit) domain.Case {
		return domain.Case{Slug: slug, Title: "案例 " + slug, Industry: industry, Technology: "技术 " + slug, Problem: "问题 " + slug,
			Benefits: bs, CostClass: cost, PaybackYears: payback, InvestmentWan: fp(invest)}
	}
	ds.Cases = []domain.Case{
		c("a-dye-water", "1713", domain.CostHigh, fp(2.5), 300, domain.BenefitCOD, domain.BenefitWater),
		c("b-dye-energy", "1713", domain.CostMedium, fp(0.8), 40, domain.BenefitEnergy),
		c("c-dye-cod", "1713", domain.CostLow, nil, 5, domain.BenefitCOD),
		c("d-paper-water", "2221", domain.CostHigh, fp(6), 900, domain.BenefitCOD, domain.BenefitWater, domain.BenefitEnergy),
		c("e-plating-metal", "3360", domain.CostMedium, fp(3), 120, domain.BenefitHeavyMetal, domain.BenefitWater),
	}
	ds.Cases[3].Demonstration, ds.Cases[3].DemonstrationDoc = true, "粤环示〔2015〕8号"
	ds.Cases[0].USCC = fixture.Dyeing
	return ds
}

func libraryGenerator(t *testing.T) (*generator, *pageBody) {
	g := newGenerator(t.TempDir(), Input{Dataset: libraryDataset(), Facts: fixture.Facts()})
	f, err := g.newPageBody(defaultLang)
	if err != nil {
		t.Fatal(err)
	}
	return g, f
}

func TestLibraryFacetCounts(t *testing.T) {
	g, f := libraryGenerator(t)
	counts := map[string]int{}
	for _, fc := range g.libraryFacets(f) {
		for _, c := range fc.choices {
			counts[fc.key+"/"+c.key] = len(c.cases)
		}
	}
	want := map[string]int{
		"family/dyeing": 3, "family/paper": 1, "family/electroplating": 1,
		"industry/1713": 3, "industry/2221": 1, "industry/3360": 1,
		"benefit/cod": 3, "benefit/water": 3, "benefit/energy": 2, "benefit/heavymetal": 1, "benefit/so2": 0, "benefit/nox": 0, "benefit/nh3n": 0,
		"cost/low": 1, "cost/medium": 2, "cost/high": 2,
		// thresholds nest: 0.8 ≤ 1; 2.5 ≤ 3; 3 ≤ 3; 6 and the unstated one meet none
		"payback/within1": 1, "payback/within2": 1, "payback/within3": 3,
		"demonstration/yes": 1, "demonstration/no": 4,
	}
	for k, w := range want {
		if counts[k] != w {
			t.Errorf("%s: %d cases, want %d", k, counts[k], w)
		}
	}
	if len(counts) != len(want) {
		t.Errorf("facet choices = %v", counts)
	}
}

func TestLibraryPages(t *testing.T) {
	dir := t.TempDir()
	if _, err := Write(dir, Input{Dataset: libraryDataset(), Facts: fixture.Facts()}); err != nil {
		t.Fatal(err)
	}
	read := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	cards := regexp.MustCompile(`<li class="card" ([^>]*)>`)
	// the water page lists exactly the three water cases, in slug order, marked current
	water := read("fragments/zh/cases/benefit/water.html")
	got := cards.FindAllStringSubmatch(water, -1)
	if len(got) != 3 || !strings.Contains(got[0][1], `data-industry="1713"`) || !strings.Contains(got[2][1], `data-industry="3360"`) {
		t.Fatalf("water cards = %q", got)
	}
	for _, want := range []string{
		`<a href="/cases/benefit/water/" aria-current="page">节水 <span class="count">3</span></a>`,
		`<a href="/cases/industry/1713/">棉印染精加工 <span class="count">3</span></a>`,
		`data-family="dyeing" data-industry="1713" data-benefits="cod water" data-cost="high" data-payback="2.5" data-payback-class="1to3" data-investment="300"`,
		`<a href="/cases/family/dyeing/">印染 <span class="count">3</span></a>`,
	} {
		if !strings.Contains(water, want) {
			t.Errorf("water page lacks %q", want)
		}
	}
	// the index holds every card and the form the script reveals; hidden without it
	index := read("fragments/zh/cases/_index.html")
	if n := len(cards.FindAllString(index, -1)); n != 5 {
		t.Errorf("index has %d cards, want 5", n)
	}
	if !strings.Contains(index, `<form class="case-filter" id="case-filter" hidden="" method="get" action="/cases/">`) || !strings.Contains(index, `<input type="checkbox" name="family" value="dyeing"> <span class="choice">印染</span> <span class="count">3</span>`) {
		t.Error("index lacks the hidden filter form with counts")
	}
	if strings.Contains(water, `id="case-filter"`) {
		t.Error("a facet page has the script's form")
	}
	var fm filterPage
	if body := frontMatter(t, dir, "content/cases/payback/within3.md", &fm); body != "" || fm.Count != 3 || fm.Layout != "filter" || !fm.NoIndex ||
		fm.Fragment != "cases/payback/within3.html" || fm.Title != "技术案例：3 年以内（按投资回收期）" {
		t.Errorf("payback page = %+v", fm)
	}
}

func TestSimilarAndRelatedCases(t *testing.T) {
	g, _ := libraryGenerator(t)
	slugs := func(idx []int) string {
		var out []string
		for _, i := range idx {
			out = append(out, g.cases[i].c.Slug)
		}
		return strings.Join(out, " ")
	}
	// a-dye-water: c (same industry + cod = 3), b (same industry = 2), d (cod + water = 2, longer payback), e (water = 1)
	if got := slugs(g.similarCases(0, 4)); got != "c-dye-cod b-dye-energy d-paper-water e-plating-metal" {
		t.Errorf("similar to a-dye-water = %q", got)
	}
	if got := slugs(g.similarCases(0, 2)); got != "c-dye-cod b-dye-energy" {
		t.Errorf("limited to 2 = %q", got)
	}
	// the dyeing works exceeded COD (and its listing is for exceeding): dyeing cases reducing
	// COD, its own case left out
	dyeing := enterprise(t, g, fixture.Dyeing)
	if got := slugs(g.relatedCases(dyeing, 6)); got != "c-dye-cod" {
		t.Errorf("related to the dyeing works = %q", got)
	}
	if n := enterpriseNeeds(dyeing); n != benefitMask([]domain.Benefit{domain.BenefitCOD}) {
		t.Errorf("needs of the dyeing works = %b", n)
	}
	plating := enterprise(t, g, fixture.Plating)
	if got := slugs(g.relatedCases(plating, 6)); got != "e-plating-metal" {
		t.Errorf("related to the plating shop = %q", got)
	}
}

// TestIndustryFamiliesCoverTheSample: every industry of the bundled sample belongs to a family
// of the table, none falls to "other", and the families keys are unique.
func TestIndustryFamiliesCoverTheSample(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "data", "industries.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 10 {
		t.Fatalf("industries.csv has %d rows", len(rows))
	}
	for _, r := range rows[1:] {
		if fam := familyOf(r[0]); fam.key == otherFamily.key {
			t.Errorf("industry %s %s belongs to no family", r[0], r[1])
		}
	}
	seen := map[string]bool{}
	for _, fam := range industryFamilies {
		if seen[fam.key] || fam.key == otherFamily.key || len(fam.prefixes) == 0 {
			t.Errorf("family %q repeated, reserved or without prefixes", fam.key)
		}
		seen[fam.key] = true
	}
	for code, want := range map[string]string{"1713": "dyeing", "1752": "dyeing", "1711": "textiles", "2221": "paper", "3360": "electroplating",
		"2614": "chemicals", "2710": "pharmaceuticals", "3011": "building-materials", "4412": "power", "3843": "batteries-electronics", "3841": "batteries-electronics", "4610": "other"} {
		if got := familyOf(code).key; got != want {
			t.Errorf("familyOf(%s) = %s, want %s", code, got, want)
		}
	}
}

// TestCaseCardReductions: a card lists the case's yearly reductions with their units.
func TestCaseCardReductions(t *testing.T) {
	g, f := libraryGenerator(t)
	g.cases[0].c.Reductions = fixture.Amounts(map[domain.ReductionKind]float64{domain.ReduceWater: 125000, domain.ReduceCOD: 126.4})
	f.caseCard(g, 0, "h3")
	got := f.String()
	want := `<ul class="reductions" aria-label="环境效益"><li>化学需氧量（COD） <span class="amount">126.40</span> t/a</li><li>节水 <span class="amount">125,000</span> t/a</li></ul>`
	if !strings.Contains(got, want) {
		t.Errorf("card = %s\nwant %s", got, want)
	}
}

func TestPaybackClass(t *testing.T) {
	for _, c := range []struct {
		in   *float64
		want string
	}{{nil, "unknown"}, {fp(0.5), "within1"}, {fp(1), "within1"}, {fp(1.01), "1to3"}, {fp(3), "1to3"}, {fp(5), "3to5"}, {fp(5.5), "over5"}} {
		if got := paybackClass(c.in); got != c.want {
			t.Errorf("paybackClass(%v) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestBestOfIsTheHeadOfTheSort: bestOf gives what a full sort and a cut give, for every limit.
func TestBestOfIsTheHeadOfTheSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 40 {
		s := make([]int, n)
		for i := range s {
			s[i] = rng.IntN(10)*100 + i // distinct: a total order, as the case order is (slugs)
		}
		byScore := func(a, b int) int { return cmp.Or(cmp.Compare(b/100, a/100), cmp.Compare(a, b)) } // score down, then value
		sorted := slices.Clone(s)
		slices.SortFunc(sorted, byScore)
		for limit := 0; limit <= n+2; limit++ {
			want := sorted[:min(limit, n)]
			if got := bestOf(slices.Clone(s), limit, byScore); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("n %d limit %d: got %v, want %v", n, limit, got, want)
			}
		}
	}
}

// TestDemonstrationFacet: the case selected as a demonstration technology carries the data
// attribute cases.js filters on, a badge on its card, and its own page of the facet.
func TestDemonstrationFacet(t *testing.T) {
	dir := t.TempDir()
	if _, err := Write(dir, Input{Dataset: libraryDataset(), Facts: fixture.Facts()}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "fragments", defaultLang, "cases", "demonstration", "yes.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	if !strings.Contains(page, `data-demonstration="yes"`) || strings.Contains(page, `data-demonstration="no"`) {
		t.Errorf("the demonstration page lists other cases:\n%s", page)
	}
	if !strings.Contains(page, "d-paper-water") || !strings.Contains(page, `class="badge">入选示范技术</span>`) {
		t.Errorf("the demonstration page lacks the selected case or its badge")
	}
}
