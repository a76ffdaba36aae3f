package generate

import (
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/importer"
)

// The types below are the front matter of the generated pages and the generated Hugo data
// files: the contract between this package and the theme's templates. JSON names are lower
// case because Hugo folds front-matter keys to lower case.

// portalData is data/portal.json: the site's own facts and the figures of the home page.
type portalData struct {
	Site       siteData       `json:"site"`
	AsOf       domain.Date    `json:"as_of"`
	AsOfSource string         `json:"as_of_source"`
	Totals     totals         `json:"totals"`
	Batches    []batchSummary `json:"batches"` // newest first
}

// siteData is data/site.yaml as the theme and the site configuration need it.
type siteData struct {
	Title    string `json:"title"`
	TitleEN  string `json:"title_en"`
	Province string `json:"province"`
	Email    string `json:"email"`
	BaseURL  string `json:"base_url"`
	Sample   bool   `json:"sample"`
}

// totals are the province figures on the home page.
type totals struct {
	Enterprises        int                `json:"enterprises"`
	Listings           int                `json:"listings"`
	Batches            int                `json:"batches"`
	OverdueSteps       int                `json:"overdue_steps"`
	OverdueEnterprises int                `json:"overdue_enterprises"`
	Accepted           int                `json:"accepted"` // listings whose round passed acceptance
	Options            derive.OptionStats `json:"options"`
	Cases              int                `json:"cases"`
	Identified         derive.IDCounts    `json:"identified"` // enterprises by how they are identified
}

// batchSummary is one line of the list of batches: the row of the batches download
// (opendata.BatchRow) under the names the theme reads.
type batchSummary struct {
	ID           string      `json:"id"`
	Title        string      `json:"title"`
	Issuer       string      `json:"issuer"`
	DocNumber    string      `json:"doc_number"`
	Published    domain.Date `json:"published"`
	SourceURL    string      `json:"source_url"`
	Members      int         `json:"members"`
	OverdueSteps int         `json:"overdue_steps"`
}

// codeNames is a lookup entry of data/cities.json, data/industries.json and data/agencies.json.
type codeNames struct {
	Name   string `json:"name"`
	NameEN string `json:"name_en,omitempty"`
	Guide  string `json:"guide,omitempty"` // industries: the technical guide page's slug
	City   string `json:"city,omitempty"`  // agencies: the city code
}

// enterpriseRow is an enterprise in a table of enterprises (index, city, industry).
type enterpriseRow struct {
	USCC         string              `json:"uscc"`        // the id: the dossier's address
	CreditCode   string              `json:"credit_code"` // "" when not known
	Name         string              `json:"name"`
	City         string              `json:"city"`
	CityName     string              `json:"city_name"`
	Industry     string              `json:"industry"`
	IndustryName string              `json:"industry_name"`
	Level        domain.ControlLevel `json:"control_level"`
	Stage        derive.Stage        `json:"stage"`
	Batches      []string            `json:"batches"`
	OverdueSteps int                 `json:"overdue_steps"`
	MaxOverdue   int                 `json:"max_days_overdue"` // the longest overdue step, days
	rowStanding
}

// enterprisePage is the front matter of /enterprises/<uscc>/.
type enterprisePage struct {
	Title  string         `json:"title"`
	Weight int            `json:"weight"`
	Search search         `json:"search"`
	Twin   string         `json:"twin"`
	Row    enterpriseRow  `json:"row"`
	Cases  []caseLink     `json:"cases"`
	E      enterpriseHead `json:"e"`
	// Aliases are the enterprise's former addresses (its other identifiers, relative to
	// /enterprises/): Hugo writes a redirect page at each, a meta refresh with a canonical link.
	Aliases []string `json:"aliases,omitempty"`
	// Fragment is the dossier's body, rendered here: fragments/<lang>/<Fragment> in the project.
	Fragment string `json:"fragment"`
	// Standing is the current-standing summary that opens the dossier, rendered the same way.
	Standing string `json:"standing"`
}

// enterpriseHead is what the dossier's header shows; the rest of the dossier is the page body
// rendered here (see dossier.go), and the whole record is in the JSON twin. Field names are
// those of derive.Enterprise.
type enterpriseHead struct {
	USCC       string               `json:"uscc"`
	CreditCode string               `json:"credit_code"`
	OrgCode    string               `json:"org_code"`
	LocalID    string               `json:"local_id"`
	Name       string               `json:"name"`
	City       string               `json:"city"`
	County     string               `json:"county"`
	CountyEn   string               `json:"county_en,omitempty"` // "" when the county names no division of the city
	Industry   string               `json:"industry"`
	Level      domain.ControlLevel  `json:"control_level"`
	Address    string               `json:"address"`
	Stage      derive.Stage         `json:"stage"`
	Overdue    []derive.OverdueStep `json:"overdue"`
	// Reasons are the listing reasons of the latest round; Batch is that round's batch id.
	Reasons []domain.Reason `json:"reasons"`
	Batch   string          `json:"batch"`
	// Options: medium/high-cost options completed and counted, for the header's figures.
	OptionsDone  int `json:"options_done"`
	OptionsTotal int `json:"options_total"`
}

func headOf(e *derive.Enterprise) enterpriseHead {
	h := enterpriseHead{
		USCC: e.USCC, CreditCode: e.CreditCode, OrgCode: e.OrgCode, LocalID: e.LocalID,
		Name: e.Name, City: e.City, County: e.County, Industry: e.Industry, Level: e.Level,
		Address: e.Address, Stage: e.Stage, Overdue: e.Overdue, Reasons: []domain.Reason{},
		OptionsDone: e.OptionStats.MediumHighDone, OptionsTotal: e.OptionStats.MediumHigh,
	}
	h.CountyEn = importer.CountyEn(e.City, strings.TrimSpace(e.County))
	if h.Overdue == nil {
		h.Overdue = []derive.OverdueStep{}
	}
	if n := len(e.Listings); n > 0 {
		h.Reasons = append(h.Reasons, e.Listings[n-1].Reasons...)
		h.Batch = e.Listings[n-1].Batch
	}
	return h
}

// caseLink names a case study for a link.
type caseLink struct {
	Slug       string `json:"slug"`
	Title      string `json:"title"`
	Industry   string `json:"industry,omitempty"`   // the industry's name
	Technology string `json:"technology,omitempty"` // the technology's name
}

// memberRow is one enterprise of a batch page: its row of the list with its current standing.
type memberRow struct {
	derive.Member
	Now enterpriseRow `json:"now"`
}

// batchPage is the front matter of /lists/<batch>/.
type batchPage struct {
	Title  string       `json:"title"`
	Date   string       `json:"date,omitempty"`
	Weight int          `json:"weight"`
	Search search       `json:"search"`
	Twin   string       `json:"twin"`
	Batch  batchSummary `json:"batch"`
	Rows   []memberRow  `json:"members"`
}

// areaPage is the front matter of a city, an industry or the province page.
type areaPage struct {
	Title        string               `json:"title"`
	Layout       string               `json:"layout,omitempty"`
	Weight       int                  `json:"weight"`
	Search       search               `json:"search"`
	Twin         string               `json:"twin"`
	Kind         string               `json:"kind"` // city | industry | province
	Code         string               `json:"code"`
	NameEN       string               `json:"name_en,omitempty"`
	Guide        string               `json:"guide,omitempty"`
	Enterprises  int                  `json:"enterprises"`
	Identified   derive.IDCounts      `json:"identified"` // the enterprises by how they are identified
	OverdueSteps int                  `json:"overdue_steps"`
	Years        []derive.YearSummary `json:"years"`
	Options      derive.OptionStats   `json:"options"`
	Totals       derive.YearSummary   `json:"totals"` // the yearly rows added up
	Rates        derive.Rates         `json:"rates"`  // shares for comparing areas
	// Fragment is the body (yearly summaries with charts, overdue steps, enterprises), rendered
	// here: fragments/<lang>/<Fragment> in the project.
	Fragment string `json:"fragment"`
}

// maxOverdueRows bounds the overdue list of one page; the province page points to the city
// pages for the rest.
const maxOverdueRows = 500

// reductionView is one benefit of a case study.
type reductionView struct {
	Key    domain.Benefit `json:"key"`
	Label  string         `json:"label"`
	Amount float64        `json:"amount"`
	Unit   string         `json:"unit"`
}

// casePage is the front matter of /cases/<slug>/.
type casePage struct {
	Title          string           `json:"title"`
	Date           string           `json:"date,omitempty"`
	Weight         int              `json:"weight"`
	Search         search           `json:"search"`
	Twin           string           `json:"twin"`
	Slug           string           `json:"slug"`
	USCC           string           `json:"uscc"`
	EnterpriseName string           `json:"enterprise_name"`
	CityName       string           `json:"city_name"`
	Industry       string           `json:"industry"`
	IndustryName   string           `json:"industry_name"`
	Technology     string           `json:"technology"`
	Problem        string           `json:"problem"`
	Benefits       []domain.Benefit `json:"benefits"`
	CostClass      domain.CostClass `json:"cost_class"`
	InvestmentWan  *float64         `json:"investment_wan"`
	BenefitWan     *float64         `json:"benefit_wan"`
	PaybackYears   *float64         `json:"payback_years"`
	Reductions     []reductionView  `json:"reductions"`
	Summary        string           `json:"summary"`
	Cost           string           `json:"cost"`    // cost class key: low, medium, high
	Payback        string           `json:"payback"` // payback class key: within1, 1to3, 3to5, over5, unknown
	Similar        []caseLink       `json:"similar"` // similar cases, most alike first

	Demonstration    string `json:"demonstration"`     // yes or no: selected as a demonstration technology
	DemonstrationDoc string `json:"demonstration_doc"` // the document that selected it
}

// sectionPage is the front matter of a generated section index or plain page.
type sectionPage struct {
	Title   string `json:"title"`
	Layout  string `json:"layout,omitempty"`
	Search  search `json:"search,omitempty"`  // nil: hand-written pages are indexed as "page", sections not at all
	NoIndex bool   `json:"noindex,omitempty"` // never indexed (the search page)
	// Fragment is a body rendered here: fragments/<lang>/<Fragment> in the project.
	Fragment string `json:"fragment,omitempty"`
}
