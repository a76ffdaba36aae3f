package derive

import "cpportal/domain"

// StepName names one of the three legal steps counted from a list's publication date.
type StepName string

const (
	StepDisclosure StepName = "disclosure" // publish emissions: 1 month
	StepStart      StepName = "start"      // start the audit: 2 months
	StepReport     StepName = "report"     // submit the audit report: 1 year
)

// StepNames lists the steps in legal order.
var StepNames = []StepName{StepDisclosure, StepStart, StepReport}

// Status is a step's standing as of the as-of date.
type Status string

const (
	StatusOnTime  Status = "on_time" // done on or before the due date
	StatusLate    Status = "late"    // done after the due date
	StatusOverdue Status = "overdue" // not done and the due date has passed
	StatusPending Status = "pending" // not done and not yet due
)

// Step is one legal step of one listing.
type Step struct {
	Step        StepName    `json:"step"`
	Due         domain.Date `json:"due"`
	Done        domain.Date `json:"done"` // null when not done
	Status      Status      `json:"status"`
	DaysLate    int         `json:"days_late,omitempty"`    // status late: done − due
	DaysOverdue int         `json:"days_overdue,omitempty"` // status overdue: as-of − due
	Provisional bool        `json:"provisional,omitempty"`  // due counted after the holiday calendar, with statutory holidays only
}

// Outcome is where an audit round stands after its report.
type Outcome string

const (
	OutcomeNone      Outcome = ""          // no evaluation yet
	OutcomeEvaluated Outcome = "evaluated" // evaluation passed, acceptance to come
	OutcomeAccepted  Outcome = "accepted"  // acceptance passed: the round is complete
	OutcomeFailed    Outcome = "failed"    // evaluation or acceptance failed
	OutcomePostponed Outcome = "postponed" // evaluation or acceptance postponed
	// the city has reviewed or issued its preliminary report; the province's opinion is to come
	OutcomeAwaitingProvince Outcome = "awaiting_province"
)

// Stage is an enterprise's current position in its latest audit round.
type Stage string

const (
	StageListed           Stage = "listed"            // listed, nothing done yet
	StageDisclosed        Stage = "disclosed"         // emissions published
	StageStarted          Stage = "started"           // audit under way
	StageReported         Stage = "report_submitted"  // report submitted, awaiting evaluation
	StageEvaluated        Stage = "evaluated"         // evaluation passed
	StageAccepted         Stage = "accepted"          // acceptance passed
	StageFailed           Stage = "failed"            // failed; rolls over into a later list
	StagePostponed        Stage = "postponed"         // postponed; rolls over into a later list
	StageAwaitingProvince Stage = "awaiting_province" // the city's stage done, the province's opinion to come
	StageNotListed        Stage = "not_listed"        // in the registry but on no list published by the as-of date
)

// Listing is an enterprise's membership of one batch with everything counted from it.
type Listing struct {
	Batch          string              `json:"batch"`
	BatchTitle     string              `json:"batch_title"`
	DocNumber      string              `json:"doc_number"`
	SourceURL      string              `json:"source_url"`
	Published      domain.Date         `json:"published"`
	Level          domain.ControlLevel `json:"control_level"`
	Reasons        []domain.Reason     `json:"reasons"`
	Steps          []Step              `json:"steps"` // disclosure, start, report, in that order
	Events         []domain.AuditEvent `json:"events"`
	Outcome        Outcome             `json:"outcome"`
	Rectifications []domain.AuditEvent `json:"rectifications"` // rectification orders of this round
	NextBatch      string              `json:"next_batch"`     // the later batch it rolled into, "" if none
	Procedure
}

// OverdueStep is a step not done past its due date, for badges and the overdue lists.
type OverdueStep struct {
	USCC        string      `json:"uscc"`
	Name        string      `json:"name"`
	City        string      `json:"city"`
	CityName    string      `json:"city_name"`
	Batch       string      `json:"batch"`
	Step        StepName    `json:"step"`
	Due         domain.Date `json:"due"`
	DaysOverdue int         `json:"days_overdue"`
}

// DisclosureFact is a disclosure row with what follows from its numbers.
type DisclosureFact struct {
	domain.Disclosure
	NotDisclosed []string `json:"not_disclosed"` // fields left empty: concentration, limit, total_t, quota_t …
	OverLimit    bool     `json:"over_limit"`    // concentration > limit
	Exceedance   *float64 `json:"exceedance"`    // (C − L) / L when over the limit, else nil
	OverQuota    bool     `json:"over_quota"`    // total > quota
}

// Reductions adds up what options achieved: the yearly amounts by kind (t/a, tce/a, 万元/a;
// an amount an option does not give counts as 0) and the investment (万元). In JSON it is one
// object with a key per kind options record (cod_t … benefit_wan) and investment_wan.
type Reductions struct {
	domain.Reductions
	InvestmentWan float64
}

// OptionStats counts an enterprise's (or area's) options.
type OptionStats struct {
	Total               int        `json:"total"`
	MediumHigh          int        `json:"medium_high"`           // 中费 + 高费, cancelled excluded
	MediumHighDone      int        `json:"medium_high_completed"` // of those, completed
	CompletionRate      *float64   `json:"completion_rate"`       // MediumHighDone / MediumHigh; nil when MediumHigh is 0
	CompletedAchieved   Reductions `json:"reductions"`            // sum over completed options only
	Committed           Reductions `json:"reductions_committed"`  // sum over every option not cancelled (what the plan promises)
	InvestmentWan       float64    `json:"investment_wan"`        // investment of all options not cancelled, 万元
	MediumHighCancelled int        `json:"medium_high_cancelled"` // 中费 + 高费 options cancelled, shown beside the completion rate
	Verified            Reductions `json:"reductions_verified"`   // of CompletedAchieved, verified and counted in the reduction accounting by the as-of date
}

// Enterprise is an enterprise with every derived fact the site shows.
type Enterprise struct {
	domain.Enterprise
	// Identifiers are every identifier the enterprise has, best first; the first is its id
	// (the dossier's address), the others are former addresses that redirect to it.
	Identifiers  []string         `json:"ids"`
	CityName     string           `json:"city_name"`
	IndustryName string           `json:"industry_name"`
	Listings     []Listing        `json:"listings"` // oldest batch first
	Stage        Stage            `json:"stage"`
	Overdue      []OverdueStep    `json:"overdue"`
	Disclosures  []DisclosureFact `json:"disclosures"` // by year, pollutant, outlet
	Options      []domain.Option  `json:"options"`
	OptionStats  OptionStats      `json:"option_stats"`
	Cases        []string         `json:"cases"` // slugs of case studies of this enterprise
	// DisclosureGaps are the expected disclosure items without a row (未公开): see ExpectedItems.
	DisclosureGaps []DisclosureGap `json:"disclosure_gaps"`
}

// Member is one row of a batch page.
type Member struct {
	USCC     string              `json:"uscc"`
	Name     string              `json:"name"`
	City     string              `json:"city"`
	Industry string              `json:"industry"`
	Level    domain.ControlLevel `json:"control_level"`
	Reasons  []domain.Reason     `json:"reasons"`
	Steps    []Step              `json:"steps"`
	Outcome  Outcome             `json:"outcome"`

	CityName       string `json:"city_name"`
	IndustryName   string `json:"industry_name"`
	NextBatch      string `json:"next_batch"`     // the later batch it rolled into, "" if none
	Rectifications int    `json:"rectifications"` // rectification orders of this round
	OrderCounts
}

// Batch is a published list with its members' standing.
type Batch struct {
	domain.Batch
	Rows    []Member `json:"members"`
	Overdue int      `json:"overdue_steps"`
}

// YearSummary is one year of the summary a city owes the province (and the province total).
// Counting rules are in the derive package documentation and on the site's /policy/ page.
type YearSummary struct {
	Year              int        `json:"year"`
	Listed            int        `json:"listed"`                // list entries of batches published in Year
	DisclosureDue     int        `json:"disclosure_due"`        // of those, disclosure step due by the as-of date (not pending)
	DisclosedOnTime   int        `json:"disclosed_on_time"`     // of those, disclosure step on time
	Started           int        `json:"started"`               // started events dated in Year
	Reports           int        `json:"reports"`               // report_submitted events dated in Year
	Evaluated         int        `json:"evaluated"`             // evaluated events dated in Year
	Accepted          int        `json:"accepted"`              // accepted events dated in Year
	Failed            int        `json:"failed"`                // failed events dated in Year
	MediumHighDone    int        `json:"medium_high_completed"` // medium/high-cost options completed in Year
	Reductions        Reductions `json:"reductions"`            // of options completed in Year
	DisclosureRows    int        `json:"disclosure_rows"`       // disclosure rows of Year
	DisclosureMissing int        `json:"disclosure_missing"`    // expected items not disclosed: rows with an empty cell and absent rows
	YearProcedure
}

// Area is a city, an industry or the province with its enterprises and yearly summaries.
type Area struct {
	Code        string        `json:"code"`
	Name        string        `json:"name"`
	Enterprises []string      `json:"enterprises"` // credit codes, sorted by name
	Years       []YearSummary `json:"years"`       // oldest first
	Overdue     []OverdueStep `json:"overdue"`
	Options     OptionStats   `json:"options"`

	Reports []CityYearReport `json:"city_reports,omitempty"` // the year-end reports to the province (city: its own; province: every city's)

	Totals YearSummary `json:"totals"` // the yearly rows added up (Year is 0)
	Rates  Rates       `json:"rates"`  // shares for comparing areas; see Rates

	// Identified counts the area's enterprises by how they are identified.
	Identified IDCounts `json:"identified"`
}

// IDCounts counts enterprises by the identifier their id is: a credit code, an organisation
// code (no credit code known) or a local id (neither known).
type IDCounts struct {
	CreditCode int `json:"credit_code"`
	OrgCode    int `json:"org_code"`
	LocalID    int `json:"local_id"`
}

// Add counts one enterprise.
func (c *IDCounts) Add(e *domain.Enterprise) {
	switch e.IdentifiedBy() {
	case domain.IDCreditCode:
		c.CreditCode++
	case domain.IDOrgCode:
		c.OrgCode++
	case domain.IDLocal:
		c.LocalID++
	}
}

// Rates are the shares the site compares cities and industries by (never raw tonnage). Each
// is computed over everything up to the as-of date; see the package documentation.
type Rates struct {
	DisclosedOnTime Rate `json:"disclosed_on_time"` // listings whose disclosure was due: share disclosed on time
	Accepted        Rate `json:"accepted"`          // listings whose report was due: share accepted
	Completeness    Rate `json:"completeness"`      // disclosure rows: share with every item disclosed
}

// Facts is everything derived from a dataset as of one date. Slices are sorted so that output
// built from them is deterministic.
type Facts struct {
	AsOf        domain.Date
	Enterprises []Enterprise // by credit code
	Batches     []Batch      // by publication date, then id
	Cities      []Area       // by code
	Industries  []Area       // by code
	Province    Area
	Overdue     []OverdueStep // every overdue step, most days overdue first
	Agencies    []Agency      // by id

	CalendarLastYear int // the last year of data/calendar.csv, 0 without one
	Provisional      int // steps whose due date lies after it (counted with statutory holidays)

}
