package domain

// Site is data/site.yaml: the portal's own facts.
type Site struct {
	Title    string // 广东省强制性清洁生产审核信息公开平台
	TitleEN  string // English title, for the English interface
	Province string // 广东省
	Email    string // contact for corrections ("report an error" links)
	BaseURL  string // where the site is published; "/" when unset
	AsOf     Date   // optional: the date statuses are computed for
	Sample   bool   // the data is fictional sample data: every page says so
	Src      Source
}

// City is a prefecture-level city (data/cities.csv).
type City struct {
	Code   string // 6-digit administrative division code, 440100
	Name   string // 广州市
	NameEN string // Guangzhou (optional)
	Src    Source
}

// Industry is an industry class of GB/T 4754-2017 (data/industries.csv).
type Industry struct {
	Code   string // 1712
	Name   string // 棉印染精加工
	NameEN string // optional
	Guide  string // slug of the audit technical guide page for this industry, "" when none
	Src    Source
}

// Enterprise is one row of the enterprise registry (data/enterprises.csv).
type Enterprise struct {
	USCC     string // unified social credit code, the enterprise's key
	Name     string
	City     string // city code
	County   string // county or district, as published
	Industry string // industry code
	Level    ControlLevel
	Address  string
	Src      Source
}

// Batch is one published compulsory-audit list (data/lists/<id>.yaml and .csv).
type Batch struct {
	ID        string // file name stem, e.g. 2009-1
	Title     string
	Issuer    string
	DocNumber string // 粤环〔2009〕31号
	Published Date   // the day the deadlines count from
	SourceURL string
	Members   []ListEntry
	Src       Source // the YAML file
}

// ListEntry is an enterprise as a list names it.
type ListEntry struct {
	Batch   string
	USCC    string
	Name    string // as published; checked against the registry
	Level   ControlLevel
	Reasons []Reason
	Src     Source
}

// Disclosure is one pollutant at one outlet in one year (data/disclosures.csv). A nil number
// or an empty text means the enterprise did not disclose it (未公开).
type Disclosure struct {
	USCC            string
	Year            int
	Pollutant       string // Chinese name, see Pollutants
	Outlet          string // DW001 (wastewater), DA001 (air)
	DischargeMethod string // 间接排放, 直接排放, 有组织排放 …
	Concentration   *float64
	Unit            string   // mg/L or mg/m³
	Limit           *float64 // the standard's limit concentration, same unit
	TotalT          *float64 // discharged total, t/a
	QuotaT          *float64 // approved total quota, t/a
	Standard        string   // applicable standard, GB 4287-2012
	Published       Date
	SourceURL       string
	Src             Source
}

// AuditEvent is a dated step of an enterprise's audit round (data/audits.csv).
type AuditEvent struct {
	USCC      string
	Batch     string
	Event     EventKind
	Date      Date
	DocNumber string
	Agency    string // consulting agency id, may be empty
	Src       Source
}

// Option is an improvement option of an audit (data/options.csv).
type Option struct {
	USCC          string
	Batch         string
	ID            string // unique per enterprise and batch, F01
	Title         string
	CostClass     CostClass
	InvestmentWan *float64 // 万元
	Status        OptionStatus
	Planned       Date     // planned completion
	Completed     Date     // actual completion; set when Status is completed
	CODT          *float64 // reductions, t/a
	SO2T          *float64
	NOxT          *float64
	NH3NT         *float64
	WaterT        *float64 // fresh water saved, t/a
	EnergyTCE     *float64 // energy saved, tce/a
	BenefitWan    *float64 // economic benefit, 万元/a
	Src           Source
}

// Agency is a consulting agency that carries out audits (data/agencies.csv).
type Agency struct {
	ID   string
	Name string
	City string // city code
	Src  Source
}

// CalendarDay overrides the weekday rule for one day (data/calendar.csv).
type CalendarDay struct {
	Date Date
	Kind DayKind
	Src  Source
}

// Case is a case study of the technology library (content/cases/*.md).
type Case struct {
	Slug          string // file name stem
	Title         string
	USCC          string // the enterprise; may be empty for a technology without one
	Industry      string // industry code
	Technology    string // the technology's name
	Problem       string // the problem it solves, one line
	Benefits      []Benefit
	CostClass     CostClass
	InvestmentWan *float64
	BenefitWan    *float64 // economic benefit, 万元/a
	PaybackYears  *float64
	Reductions    map[Benefit]float64 // yearly amounts by benefit (unit: Benefit.Unit)
	Date          Date                // when the case was published
	Body          string              // markdown, without front matter
	Summary       string              // plain-text summary from the body's first paragraph
	PlainText     string              // the body as plain text
	Src           Source
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
}
