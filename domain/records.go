package domain

// Site is data/site.yaml: the portal's own facts.
type Site struct {
	Title    string `json:"title"`    // 广东省强制性清洁生产审核信息公开平台
	TitleEN  string `json:"title_en"` // English title, for the English interface
	Province string `json:"province"` // 广东省
	Email    string `json:"email"`    // contact for corrections ("report an error" links)
	BaseURL  string `json:"base_url"` // where the site is published; "/" when unset
	AsOf     Date   `json:"as_of"`    // optional: the date statuses are computed for
	Sample   bool   `json:"sample"`   // the data is fictional sample data: every page says so
	Src      Source `json:"-"`
}

// City is a prefecture-level city (data/cities.csv).
type City struct {
	Code   string `json:"code"`    // 6-digit administrative division code, 440100
	Name   string `json:"name"`    // 广州市
	NameEN string `json:"name_en"` // Guangzhou (optional)
	Src    Source `json:"-"`
}

// Industry is an industry class of GB/T 4754-2017 (data/industries.csv).
type Industry struct {
	Code   string `json:"code"`    // 1712
	Name   string `json:"name"`    // 棉印染精加工
	NameEN string `json:"name_en"` // optional
	Guide  string `json:"guide"`   // slug of the audit technical guide page for this industry, "" when none
	Src    Source `json:"-"`
}

// Enterprise is one row of the enterprise registry (data/enterprises.csv).
//
// USCC is the enterprise's id, the key every other record refers to it by: its credit code
// when it has one, else its organisation code, else its local id (see IDs). Load sets it; the
// identifiers themselves are CreditCode, OrgCode and LocalID. The other records' USCC fields
// name the enterprise by any of its identifiers in the files; load turns each into the id.
type Enterprise struct {
	USCC       string       `json:"uscc"`        // the enterprise's id: its best identifier
	CreditCode string       `json:"credit_code"` // unified social credit code, "" when not known
	OrgCode    string       `json:"org_code"`    // organisation code (9 characters), "" when not known
	LocalID    string       `json:"local_id"`    // the portal's own id, "" when not assigned
	Name       string       `json:"name"`
	City       string       `json:"city"`          // city code
	County     string       `json:"county"`        // county or district, as published
	Industry   string       `json:"industry"`      // industry code; "" until known
	Level      ControlLevel `json:"control_level"` // "" when no notice states it
	Address    string       `json:"address"`       // "" until known
	Src        Source       `json:"-"`
}

// Batch is one published compulsory-audit list (data/lists/<id>.yaml and .csv).
type Batch struct {
	ID        string      `json:"id"` // file name stem, e.g. 2009-1
	Title     string      `json:"title"`
	Issuer    string      `json:"issuer"`
	DocNumber string      `json:"doc_number"` // 粤环〔2009〕31号
	Published Date        `json:"published"`  // the day the deadlines count from
	SourceURL string      `json:"source_url"`
	Members   []ListEntry `json:"-"`
	Src       Source      `json:"-"` // the YAML file
}

// ListEntry is an enterprise as a list names it.
type ListEntry struct {
	Batch   string       `json:"batch"`
	USCC    string       `json:"uscc"`
	Name    string       `json:"name"`          // as published; checked against the registry
	Level   ControlLevel `json:"control_level"` // "" when the notice does not state it
	Reasons []Reason     `json:"reasons"`       // empty when the notice does not state them
	Src     Source       `json:"-"`
}

// Disclosure is one pollutant at one outlet in one year (data/disclosures.csv). A nil number
// or an empty text means the enterprise did not disclose it (未公开).
type Disclosure struct {
	USCC            string   `json:"uscc"`
	Year            int      `json:"year"`
	Pollutant       string   `json:"pollutant"`        // Chinese name, see Pollutants
	Outlet          string   `json:"outlet"`           // DW001 (wastewater), DA001 (air)
	DischargeMethod string   `json:"discharge_method"` // 间接排放, 直接排放, 有组织排放 …
	Concentration   *float64 `json:"concentration"`
	Unit            string   `json:"unit"`     // mg/L or mg/m³
	Limit           *float64 `json:"limit"`    // the standard's limit concentration, same unit
	TotalT          *float64 `json:"total_t"`  // discharged total, t/a
	QuotaT          *float64 `json:"quota_t"`  // approved total quota, t/a
	Standard        string   `json:"standard"` // applicable standard, GB 4287-2012
	Published       Date     `json:"published"`
	SourceURL       string   `json:"source_url"`
	Src             Source   `json:"-"`
}

// AuditEvent is a dated step of an enterprise's audit round (data/audits.csv).
type AuditEvent struct {
	USCC      string    `json:"uscc"`
	Batch     string    `json:"batch"`
	Event     EventKind `json:"event"`
	Date      Date      `json:"date"`
	DocNumber string    `json:"doc_number"`
	Agency    string    `json:"agency"` // consulting agency id, may be empty

	// Optional columns: where a disclosure was published (disclosed), why an order was issued
	// and by when it must be met (rectification_ordered).
	Media     string              `json:"media,omitempty"`      // the newspaper, site or other medium
	SourceURL string              `json:"source_url,omitempty"` // link to the published disclosure
	Grounds   RectificationGround `json:"grounds,omitempty"`
	Deadline  Date                `json:"deadline,omitzero"`
	Src       Source              `json:"-"`
}

// Option is an improvement option of an audit (data/options.csv).
type Option struct {
	USCC          string       `json:"uscc"`
	Batch         string       `json:"batch"`
	ID            string       `json:"id"` // unique per enterprise and batch, F01
	Title         string       `json:"title"`
	CostClass     CostClass    `json:"cost_class"`
	InvestmentWan *float64     `json:"investment_wan"` // 万元
	Status        OptionStatus `json:"status"`
	Planned       Date         `json:"planned"`   // planned completion
	Completed     Date         `json:"completed"` // actual completion; set when Status is completed
	// Reductions are the yearly amounts the option achieves, by OptionReductionKinds (the
	// columns cod_t … benefit_wan); an empty cell is an amount not given.
	Reductions Reductions `json:"-"`
	Verified   Date       `json:"verified"` // optional: reductions checked and counted in the emission-reduction accounting (纳入减排核算)
	Src        Source     `json:"-"`
}

// Agency is a consulting agency that carries out audits (data/agencies.csv).
type Agency struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	City string `json:"city"` // city code
	Src  Source `json:"-"`
}

// CalendarDay overrides the weekday rule for one day (data/calendar.csv).
type CalendarDay struct {
	Date Date    `json:"date"`
	Kind DayKind `json:"kind"`
	Src  Source  `json:"-"`
}

// Case is a case study of the technology library (content/cases/*.md).
type Case struct {
	Slug          string     `json:"slug"` // file name stem
	Title         string     `json:"title"`
	USCC          string     `json:"uscc"`       // the enterprise; may be empty for a technology without one
	Industry      string     `json:"industry"`   // industry code
	Technology    string     `json:"technology"` // the technology's name
	Problem       string     `json:"problem"`    // the problem it solves, one line
	Benefits      []Benefit  `json:"benefits"`
	CostClass     CostClass  `json:"cost_class"`
	InvestmentWan *float64   `json:"investment_wan"`
	BenefitWan    *float64   `json:"benefit_wan"` // economic benefit, 万元/a
	PaybackYears  *float64   `json:"payback_years"`
	Reductions    Reductions `json:"reductions"` // yearly amounts of the benefits given (the economic benefit is BenefitWan)
	Date          Date       `json:"date"`       // when the case was published
	// Demonstration: the province selected the technology as a demonstration technology (示范技术),
	// by the document DemonstrationDoc.
	Demonstration    bool       `json:"demonstration"`
	DemonstrationDoc string     `json:"demonstration_doc"`
	Body             string     `json:"-"`          // markdown, without front matter
	Summary          string     `json:"summary"`    // plain-text summary from the body's first paragraph
	PlainText        string     `json:"plain_text"` // the body as plain text
	Links            []CaseLink `json:"-"`          // site-absolute links in the body, checked against the dataset
	Src              Source     `json:"-"`
}

// CaseLink is a link in a case study's body to a page of the portal (/enterprises/<uscc>/,
// /lists/<id>/ …), resolved against the case's own URL and kept for the cross-record checks.
type CaseLink struct {
	Path string // site path, e.g. /enterprises/91440101MA59XXXX0X/
	Pos  Pos    // where the link is written
}

// Dataset is everything loaded from one source folder.
type Dataset struct {
	Site        Site
	Cities      []City
	Industries  []Industry
	Enterprises []Enterprise
	Batches     []Batch
	Disclosures []Disclosure
	Events      []AuditEvent
	Options     []Option
	Agencies    []Agency
	Calendar    []CalendarDay
	Cases       []Case
	Reports     []CityReport // nil when data/reports.csv is absent: nothing is known of the reports
}
