package opendata

import "cpportal/domain"

// The row types below are the records of the downloads. Each struct is one table: its fields,
// in order, are the CSV columns and the JSON keys (the json tag names both), and their Go types
// decide the Table Schema types (see columnsOf). Every column is documented in fields.go.

// BatchRow is one published list (batches.csv).
type BatchRow struct {
	ID           string      `json:"batch"`
	Title        string      `json:"title"`
	Issuer       string      `json:"issuer"`
	DocNumber    string      `json:"doc_number"`
	Published    domain.Date `json:"published"`
	SourceURL    string      `json:"source_url"`
	Members      int         `json:"members"`
	OverdueSteps int         `json:"overdue_steps"`
}

// ListRow is one enterprise on one list with the standing of its three legal steps
// (lists.csv and lists/<batch>.csv).
type ListRow struct {
	Batch            string      `json:"batch"`
	BatchPublished   domain.Date `json:"batch_published"`
	USCC             string      `json:"uscc"`
	Name             string      `json:"name"`
	City             string      `json:"city"`
	CityName         string      `json:"city_name"`
	Industry         string      `json:"industry"`
	IndustryName     string      `json:"industry_name"`
	Level            string      `json:"control_level"`
	Reasons          []string    `json:"reasons"`
	DisclosureDue    domain.Date `json:"disclosure_due"`
	DisclosureDone   domain.Date `json:"disclosure_done"`
	DisclosureStatus string      `json:"disclosure_status"`
	StartDue         domain.Date `json:"start_due"`
	StartDone        domain.Date `json:"start_done"`
	StartStatus      string      `json:"start_status"`
	ReportDue        domain.Date `json:"report_due"`
	ReportDone       domain.Date `json:"report_done"`
	ReportStatus     string      `json:"report_status"`
	Outcome          string      `json:"outcome"`
	NextBatch        string      `json:"next_batch"`
	Rectifications   int         `json:"rectifications"`

	RectificationsOpen    int  `json:"rectifications_open"`
	RectificationsOverdue int  `json:"rectifications_overdue"`
	DueProvisional        bool `json:"due_provisional"`
}

// EnterpriseRow is one enterprise of the registry with its derived standing (enterprises.csv).
type EnterpriseRow struct {
	USCC           string      `json:"uscc"`
	Name           string      `json:"name"`
	City           string      `json:"city"`
	CityName       string      `json:"city_name"`
	County         string      `json:"county"`
	Industry       string      `json:"industry"`
	IndustryName   string      `json:"industry_name"`
	Level          string      `json:"control_level"`
	Address        string      `json:"address"`
	Stage          string      `json:"stage"`
	Listings       int         `json:"listings"`
	LatestBatch    string      `json:"latest_batch"`
	LatestListed   domain.Date `json:"latest_listed"`
	OverdueSteps   int         `json:"overdue_steps"`
	DaysOverdueMax int         `json:"days_overdue_max"`
	Options        int         `json:"options"`
	MediumHigh     int         `json:"medium_high"`
	MediumHighDone int         `json:"medium_high_completed"`
	CompletionRate *Number     `json:"completion_rate"`
	InvestmentWan  *Number     `json:"investment_wan"`
	CODT           *Number     `json:"cod_t"`
	SO2T           *Number     `json:"so2_t"`
	NOxT           *Number     `json:"nox_t"`
	NH3NT          *Number     `json:"nh3n_t"`
	WaterT         *Number     `json:"water_t"`
	EnergyTCE      *Number     `json:"energy_tce"`
	BenefitWan     *Number     `json:"benefit_wan"`
	Cases          int         `json:"cases"`
	// How the enterprise is identified (appended, so the earlier columns keep their places).
	CreditCode   string   `json:"credit_code"`
	OrgCode      string   `json:"org_code"`
	LocalID      string   `json:"local_id"`
	IdentifiedBy string   `json:"identified_by"`
	FormerIDs    []string `json:"former_ids"`
}

// DisclosureRow is one pollutant at one outlet in one year, with what follows from its numbers
// (disclosures.csv).
type DisclosureRow struct {
	USCC            string      `json:"uscc"`
	Name            string      `json:"name"`
	City            string      `json:"city"`
	Industry        string      `json:"industry"`
	Year            int         `json:"year"`
	Pollutant       string      `json:"pollutant"`
	PollutantKey    string      `json:"pollutant_key"`
	PollutantEN     string      `json:"pollutant_en"`
	Outlet          string      `json:"outlet"`
	DischargeMethod string      `json:"discharge_method"`
	Concentration   *Number     `json:"concentration"`
	Unit            string      `json:"unit"`
	Limit           *Number     `json:"limit"`
	OverLimit       *bool       `json:"over_limit"`
	Exceedance      *Number     `json:"exceedance"`
	TotalT          *Number     `json:"total_t"`
	QuotaT          *Number     `json:"quota_t"`
	OverQuota       *bool       `json:"over_quota"`
	Standard        string      `json:"standard"`
	Published       domain.Date `json:"published"`
	SourceURL       string      `json:"source_url"`
	NotDisclosed    []string    `json:"not_disclosed"`
}

// AuditRow is one dated step of an audit round (audits.csv).
type AuditRow struct {
	USCC       string      `json:"uscc"`
	Name       string      `json:"name"`
	Batch      string      `json:"batch"`
	Event      string      `json:"event"`
	EventLabel string      `json:"event_label"`
	Date       domain.Date `json:"date"`
	DocNumber  string      `json:"doc_number"`
	Agency     string      `json:"agency"`
	AgencyName string      `json:"agency_name"`
	Media      string      `json:"media"`
	SourceURL  string      `json:"source_url"`
	Grounds    string      `json:"grounds"`
	Deadline   domain.Date `json:"deadline"`
}

// OptionRow is one improvement option of an audit (options.csv).
type OptionRow struct {
	USCC          string      `json:"uscc"`
	Name          string      `json:"name"`
	Batch         string      `json:"batch"`
	OptionID      string      `json:"option_id"`
	Title         string      `json:"title"`
	CostClass     string      `json:"cost_class"`
	Status        string      `json:"status"`
	InvestmentWan *Number     `json:"investment_wan"`
	Planned       domain.Date `json:"planned"`
	Completed     domain.Date `json:"completed"`
	CODT          *Number     `json:"cod_t"`
	SO2T          *Number     `json:"so2_t"`
	NOxT          *Number     `json:"nox_t"`
	NH3NT         *Number     `json:"nh3n_t"`
	WaterT        *Number     `json:"water_t"`
	EnergyTCE     *Number     `json:"energy_tce"`
	BenefitWan    *Number     `json:"benefit_wan"`
	Verified      domain.Date `json:"verified"`
}

// CaseRow is one case study of the technology library: its front matter and summary, not its
// body (cases.csv).
type CaseRow struct {
	Slug           string      `json:"slug"`
	Title          string      `json:"title"`
	Date           domain.Date `json:"date"`
	USCC           string      `json:"uscc"`
	EnterpriseName string      `json:"enterprise_name"`
	City           string      `json:"city"`
	Industry       string      `json:"industry"`
	IndustryName   string      `json:"industry_name"`
	Technology     string      `json:"technology"`
	Problem        string      `json:"problem"`
	Benefits       []string    `json:"benefits"`
	CostClass      string      `json:"cost_class"`
	InvestmentWan  *Number     `json:"investment_wan"`
	BenefitWan     *Number     `json:"benefit_wan"`
	PaybackYears   *Number     `json:"payback_years"`
	CODT           *Number     `json:"cod_t"`
	SO2T           *Number     `json:"so2_t"`
	NOxT           *Number     `json:"nox_t"`
	NH3NT          *Number     `json:"nh3n_t"`
	HeavyMetalT    *Number     `json:"heavymetal_t"`
	WaterT         *Number     `json:"water_t"`
	EnergyTCE      *Number     `json:"energy_tce"`
	Summary        string      `json:"summary"`
}

// YearRow is one year of an area's yearly summary (city-years.csv, industry-years.csv,
// province-years.csv).
type YearRow struct {
	Code              string  `json:"code"`
	Name              string  `json:"name"`
	Year              int     `json:"year"`
	Listed            int     `json:"listed"`
	DisclosureDue     int     `json:"disclosure_due"`
	DisclosedOnTime   int     `json:"disclosed_on_time"`
	Started           int     `json:"started"`
	Reports           int     `json:"reports"`
	Evaluated         int     `json:"evaluated"`
	Accepted          int     `json:"accepted"`
	Failed            int     `json:"failed"`
	MediumHighDone    int     `json:"medium_high_completed"`
	DisclosureRows    int     `json:"disclosure_rows"`
	DisclosureMissing int     `json:"disclosure_missing"`
	CODT              *Number `json:"cod_t"`
	SO2T              *Number `json:"so2_t"`
	NOxT              *Number `json:"nox_t"`
	NH3NT             *Number `json:"nh3n_t"`
	WaterT            *Number `json:"water_t"`
	EnergyTCE         *Number `json:"energy_tce"`
	BenefitWan        *Number `json:"benefit_wan"`
	InvestmentWan     *Number `json:"investment_wan"`

	Postponed              int     `json:"postponed"`
	DisclosureExpected     int     `json:"disclosure_expected"`
	DisclosedRouteUnstated int     `json:"disclosed_route_unstated"`
	RectificationsOrdered  int     `json:"rectifications_ordered"`
	RectificationsOpen     int     `json:"rectifications_open"`
	RectificationsOverdue  int     `json:"rectifications_overdue"`
	CODVerifiedT           *Number `json:"cod_verified_t"`
	SO2VerifiedT           *Number `json:"so2_verified_t"`
	NOxVerifiedT           *Number `json:"nox_verified_t"`
	NH3NVerifiedT          *Number `json:"nh3n_verified_t"`
}
