package derive

import (
	"slices"

	"cpportal/domain"
)

// Summary is an enterprise's current standing: what its dossier opens with and what lists
// and search results show beside its name. It answers "is it overdue or over its limits
// now?" from the records as of the as-of date; the history below it says how it got there.
type Summary struct {
	Batch    string `json:"batch"`    // the current (latest) round's batch; "" when on no list
	Stage    Stage  `json:"stage"`    // where the current round stands
	Relisted bool   `json:"relisted"` // the current round follows a round that passed acceptance (再次列入)

	OverdueSteps []OverdueStep `json:"overdue_steps"` // every step overdue now, most days first

	// DisclosureYear is the latest year with disclosure rows (0 when none); the three lists
	// below are that year's rows.
	DisclosureYear int                 `json:"disclosure_year"`
	Exceedances    []SummaryExceedance `json:"exceedances"` // concentration over the limit
	OverQuota      []SummaryQuota      `json:"over_quota"`  // total over the approved quota
	Undisclosed    []SummaryGap        `json:"undisclosed"` // rows with items not disclosed

	OpenRectifications []OpenRectification `json:"open_rectifications"`
}

// SummaryExceedance is one pollutant at one outlet over its limit concentration. Multiple is
// the exceedance multiple (C − L) / L, the figure 超标倍数 reports.
type SummaryExceedance struct {
	Pollutant     string  `json:"pollutant"`
	Outlet        string  `json:"outlet"`
	Year          int     `json:"year"`
	Multiple      float64 `json:"multiple"`
	Concentration float64 `json:"concentration"`
	Limit         float64 `json:"limit"`
	Unit          string  `json:"unit"`
}

// SummaryQuota is one pollutant whose discharged total exceeds the approved quota (t/a).
type SummaryQuota struct {
	Pollutant string  `json:"pollutant"`
	Outlet    string  `json:"outlet"`
	Year      int     `json:"year"`
	TotalT    float64 `json:"total_t"`
	QuotaT    float64 `json:"quota_t"`
}

// SummaryGap is one disclosure row with items left empty (未公开).
type SummaryGap struct {
	Pollutant string   `json:"pollutant"`
	Outlet    string   `json:"outlet"`
	Year      int      `json:"year"`
	Items     []string `json:"items"` // DisclosureItems names
}

// OpenRectification is a rectification order whose concern is not met yet.
type OpenRectification struct {
	Batch     string      `json:"batch"`
	Date      domain.Date `json:"date"`
	DocNumber string      `json:"doc_number"`
	// Concerns is the step the order is about: the first of disclosure, start and report not
	// done on the order's date, or "acceptance" when all three were.
	Concerns string `json:"concerns"`
	DaysOpen int    `json:"days_open"` // as-of − order date
	// Deadline is the day the order must be met by (null when it names none); Status is open
	// or overdue (the deadline has passed), DaysOverdue as-of − deadline when overdue.
	Deadline    domain.Date `json:"deadline"`
	Status      OrderStatus `json:"status"`
	DaysOverdue int         `json:"days_overdue,omitempty"`
}

// Open reports whether the summary has anything a reader should worry about.
func (s Summary) Open() bool {
	return len(s.OverdueSteps)+len(s.Exceedances)+len(s.OverQuota)+len(s.Undisclosed)+len(s.OpenRectifications) > 0
}

// SummaryOf sums up e's standing as of asOf.
func SummaryOf(e *Enterprise, asOf domain.Date) Summary {
	s := Summary{
		Stage: e.Stage, OverdueSteps: nonNil(slices.Clone(e.Overdue)),
		Exceedances: []SummaryExceedance{}, OverQuota: []SummaryQuota{}, Undisclosed: []SummaryGap{},
	}
	if n := len(e.Listings); n > 0 {
		s.Batch = e.Listings[n-1].Batch
		s.Relisted = Relisted(e.Listings, n-1)
	}
	for _, d := range e.Disclosures {
		s.DisclosureYear = max(s.DisclosureYear, d.Year)
	}
	for _, d := range e.Disclosures {
		if d.Year != s.DisclosureYear {
			continue
		}
		if d.OverLimit && d.Exceedance != nil {
			s.Exceedances = append(s.Exceedances, SummaryExceedance{
				Pollutant: d.Pollutant, Outlet: d.Outlet, Year: d.Year, Multiple: *d.Exceedance,
				Concentration: *d.Concentration, Limit: *d.Limit, Unit: d.Unit,
			})
		}
		if d.OverQuota {
			s.OverQuota = append(s.OverQuota, SummaryQuota{Pollutant: d.Pollutant, Outlet: d.Outlet, Year: d.Year, TotalT: *d.TotalT, QuotaT: *d.QuotaT})
		}
		if len(d.NotDisclosed) > 0 {
			s.Undisclosed = append(s.Undisclosed, SummaryGap{Pollutant: d.Pollutant, Outlet: d.Outlet, Year: d.Year, Items: d.NotDisclosed})
		}
	}
	slices.SortStableFunc(s.Exceedances, func(a, b SummaryExceedance) int {
		switch {
		case a.Multiple > b.Multiple:
			return -1
		case a.Multiple < b.Multiple:
			return 1
		}
		return 0
	})
	s.OpenRectifications = openRectifications(e.Listings, asOf)
	return s
}

// Relisted reports whether listing i follows a round that passed acceptance: the enterprise
// was listed again (再次列入) rather than rolled over from an unfinished round.
func Relisted(ls []Listing, i int) bool {
	return i > 0 && ls[i-1].Outcome == OutcomeAccepted
}

// openRectifications returns the rectification orders not yet met: an order stays open until a
// rectified event closes it (see rectificationOrders), and it concerns the first legal step not
// done on its date (or the acceptance when all were). Orders of a round superseded by a later
// list are closed with that round.
func openRectifications(ls []Listing, asOf domain.Date) []OpenRectification {
	out := []OpenRectification{}
	for i, l := range ls {
		if l.NextBatch != "" && i+1 < len(ls) {
			continue
		}
		for _, o := range l.Orders {
			if o.Status == OrderMet {
				continue
			}
			concerns := "acceptance"
			for _, s := range l.Steps {
				if s.Done.IsZero() || s.Done.After(o.Date) {
					concerns = string(s.Step)
					break
				}
			}
			out = append(out, OpenRectification{
				Batch: l.Batch, Date: o.Date, DocNumber: o.DocNumber, Concerns: concerns,
				DaysOpen: max(0, o.Date.DaysUntil(asOf)), Deadline: o.Deadline, Status: o.Status,
				DaysOverdue: o.DaysOverdue,
			})
		}
	}
	return out
}
