package derive

import (
	"slices"

	"cpportal/domain"
)

// A missing disclosure must lower a rate, not vanish from it. The expected items of a listed
// enterprise are, for every year from its first listing to the year before the as-of date, each
// pollutant and outlet it has disclosed in any year; a row present in any other year is an
// item too. An expected item without a row is 未公开 like an empty cell: disclosure_missing
// counts both, disclosure_expected counts every item, disclosure_rows the rows present.

// DisclosureGap is an expected disclosure item that has no row.
type DisclosureGap struct {
	Year      int    `json:"year"`
	Pollutant string `json:"pollutant"`
	Outlet    string `json:"outlet"`
}

// itemKey is one pollutant at one outlet.
type itemKey struct{ pollutant, outlet string }

// disclosureGaps returns the expected items of an enterprise that have no row, by year, then
// pollutant and outlet as its disclosures are ordered. An enterprise on no published list has
// none: nothing is expected of it.
func disclosureGaps(e *Enterprise, asOf domain.Date) []DisclosureGap {
	gaps := []DisclosureGap{}
	if len(e.Listings) == 0 {
		return gaps
	}
	first := e.Listings[0].Published.Year
	var items []itemKey
	present := map[int]map[itemKey]bool{}
	for _, d := range e.Disclosures {
		k := itemKey{d.Pollutant, d.Outlet}
		if !slices.Contains(items, k) {
			items = append(items, k)
		}
		if present[d.Year] == nil {
			present[d.Year] = map[itemKey]bool{}
		}
		present[d.Year][k] = true
	}
	slices.SortFunc(items, func(a, b itemKey) int {
		return disclosureOrder(DisclosureFact{Disclosure: domain.Disclosure{Pollutant: a.pollutant, Outlet: a.outlet}},
			DisclosureFact{Disclosure: domain.Disclosure{Pollutant: b.pollutant, Outlet: b.outlet}})
	})
	for y := first; y < asOf.Year; y++ {
		for _, k := range items {
			if !present[y][k] {
				gaps = append(gaps, DisclosureGap{Year: y, Pollutant: k.pollutant, Outlet: k.outlet})
			}
		}
	}
	return gaps
}

// YearProcedure are the yearly counts the notice's procedure adds to a summary.
type YearProcedure struct {
	DisclosureExpected     int        `json:"disclosure_expected"`      // expected disclosure items: rows present and expected items without a row
	Postponed              int        `json:"postponed"`                // postponed (暂缓) decisions dated in Year
	DisclosedRouteUnstated int        `json:"disclosed_route_unstated"` // disclosed events in Year naming neither medium nor link (公开途径未注明)
	RectificationsOrdered  int        `json:"rectifications_ordered"`   // rectification orders dated in Year
	RectificationsOpen     int        `json:"rectifications_open"`      // of those, open as of the as-of date
	RectificationsOverdue  int        `json:"rectifications_overdue"`   // of those, overdue as of the as-of date
	ReductionsVerified     Reductions `json:"reductions_verified"`      // of options completed in Year, the ones verified by the as-of date
}

func (y *YearProcedure) plus(s YearProcedure) {
	y.DisclosureExpected += s.DisclosureExpected
	y.Postponed += s.Postponed
	y.DisclosedRouteUnstated += s.DisclosedRouteUnstated
	y.RectificationsOrdered += s.RectificationsOrdered
	y.RectificationsOpen += s.RectificationsOpen
	y.RectificationsOverdue += s.RectificationsOverdue
	y.ReductionsVerified.plus(s.ReductionsVerified)
}

// contributeProcedure counts an enterprise's share of the procedural yearly counts. year
// returns the summary row of a year, nil outside the summaries. It returns the enterprise's
// expected and missing items over every year, for the completeness rate.
func (in *inputs) contributeProcedure(e *Enterprise, year func(int) *YearSummary) (expected, missing int) {
	for _, l := range e.Listings {
		for _, ev := range l.Events {
			y := year(ev.Date.Year)
			if y == nil {
				continue
			}
			switch ev.Event {
			case domain.EventPostponed:
				y.Postponed++
			case domain.EventDisclosed:
				if ev.Media == "" && ev.SourceURL == "" {
					y.DisclosedRouteUnstated++
				}
			}
		}
		for _, o := range l.Orders {
			y := year(o.Date.Year)
			if y == nil {
				continue
			}
			y.RectificationsOrdered++
			switch o.Status {
			case OrderOpen:
				y.RectificationsOpen++
			case OrderOverdue:
				y.RectificationsOverdue++
			}
		}
	}
	for _, o := range e.Options {
		if verifiedBy(o, in.asOf) {
			if y := year(o.Completed.Year); y != nil {
				y.ReductionsVerified.add(o)
			}
		}
	}
	for _, d := range e.Disclosures {
		expected++
		if !d.Complete() {
			missing++
		}
		if y := year(d.Year); y != nil {
			y.DisclosureExpected++
		}
	}
	for _, g := range e.DisclosureGaps {
		expected++
		missing++
		if y := year(g.Year); y != nil {
			y.DisclosureExpected++
			y.DisclosureMissing++
		}
	}
	return expected, missing
}

// verifiedBy reports whether an option's reductions were verified and counted in the
// emission-reduction accounting by asOf: it is completed by then and its verified date is not
// after asOf.
func verifiedBy(o domain.Option, asOf domain.Date) bool {
	return completedBy(o, asOf) && !o.Verified.IsZero() && !o.Verified.After(asOf)
}
