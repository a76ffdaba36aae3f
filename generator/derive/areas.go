package derive

import (
	"cmp"
	"slices"
	"strings"

	"cpportal/domain"
)

// ProvinceCode is the Area.Code of the province-wide area.
const ProvinceCode = "province"

// areaTally accumulates one area without rounding; finish rounds once.
type areaTally struct {
	area    Area
	members []*Enterprise
	years   []YearSummary // index: year − firstYear
	options optionTally
	rates   rateCounts
	overdue int // overdue steps of the members, to size Area.Overdue
}

// rateCounts are the numerators and denominators of Rates.
type rateCounts struct{ onTime, disclosureDue, accepted, acceptDue, complete, rows int }

func (r *rateCounts) plus(s rateCounts) {
	r.onTime += s.onTime
	r.disclosureDue += s.disclosureDue
	r.accepted += s.accepted
	r.acceptDue += s.acceptDue
	r.complete += s.complete
	r.rows += s.rows
}

func (in *inputs) newTally(code, name string) *areaTally {
	t := &areaTally{area: Area{Code: code, Name: name}}
	t.years = make([]YearSummary, in.asOf.Year-in.firstYear+1)
	for i := range t.years {
		t.years[i].Year = in.firstYear + i
	}
	return t
}

// areas derives the cities (by code, every city of cities.csv even without enterprises), the
// industries (likewise) and the province from the derived enterprises.
func (in *inputs) areas(ds *domain.Dataset, ents []Enterprise) (cities, industries []Area, province Area) {
	cityT := map[string]*areaTally{}
	for _, c := range ds.Cities {
		if cityT[c.Code] == nil {
			cityT[c.Code] = in.newTally(c.Code, c.Name)
		}
	}
	indT := map[string]*areaTally{}
	for _, c := range ds.Industries {
		if indT[c.Code] == nil {
			indT[c.Code] = in.newTally(c.Code, c.Name)
		}
	}
	prov := in.newTally(ProvinceCode, ds.Site.Province)
	c := contribution{years: make([]YearSummary, len(prov.years))}
	var overdue []OverdueStep
	n := 0
	for i := range ents {
		n += len(ents[i].Overdue)
	}
	overdue = make([]OverdueStep, 0, n)
	for i := range ents {
		e := &ents[i]
		in.contribute(e, &c)
		for _, t := range [...]*areaTally{cityT[e.City], indT[e.Industry], prov} {
			if t != nil {
				t.add(e, &c)
			}
		}
		overdue = append(overdue, e.Overdue...)
	}
	// Sort the overdue steps once; each area takes its share in that order.
	slices.SortFunc(overdue, overdueOrder)
	prov.area.Overdue = overdue
	for _, t := range cityT {
		t.area.Overdue = make([]OverdueStep, 0, t.overdue)
	}
	for _, t := range indT {
		t.area.Overdue = make([]OverdueStep, 0, t.overdue)
	}
	for _, o := range overdue {
		if t := cityT[o.City]; t != nil {
			t.area.Overdue = append(t.area.Overdue, o)
		}
		if t := indT[in.registry[o.USCC].Industry]; t != nil {
			t.area.Overdue = append(t.area.Overdue, o)
		}
	}
	finishAll := func(m map[string]*areaTally) []Area {
		out := make([]Area, 0, len(m))
		for _, t := range m {
			out = append(out, t.finish())
		}
		slices.SortFunc(out, func(a, b Area) int { return strings.Compare(a.Code, b.Code) })
		return out
	}
	return finishAll(cityT), finishAll(indT), prov.finish()
}

// contribution is what one enterprise adds to each area it belongs to. One is reused for
// every enterprise.
type contribution struct {
	years   []YearSummary // unrounded; index: year − first year of the summaries
	options optionTally
	rates   rateCounts
}

// contribute counts an enterprise's share of the yearly summaries and rates into c, by the
// rules of the package documentation.
func (in *inputs) contribute(e *Enterprise, c *contribution) {
	clear(c.years)
	c.options, c.rates = optionTally{}, rateCounts{}
	year := func(y int) *YearSummary {
		if y < in.firstYear || y > in.asOf.Year {
			return nil
		}
		return &c.years[y-in.firstYear]
	}
	for _, l := range e.Listings {
		disclosure, report := l.Steps[0], l.Steps[2]
		if y := year(l.Published.Year); y != nil {
			y.Listed++
			if disclosure.Status != StatusPending {
				y.DisclosureDue++
			}
			if disclosure.Status == StatusOnTime {
				y.DisclosedOnTime++
			}
		}
		if disclosure.Status != StatusPending {
			c.rates.disclosureDue++
			if disclosure.Status == StatusOnTime {
				c.rates.onTime++
			}
		}
		if report.Status != StatusPending || l.Outcome == OutcomeAccepted {
			c.rates.acceptDue++
			if l.Outcome == OutcomeAccepted {
				c.rates.accepted++
			}
		}
		for _, ev := range l.Events {
			y := year(ev.Date.Year)
			if y == nil {
				continue
			}
			switch ev.Event {
			case domain.EventStarted:
				y.Started++
			case domain.EventReportSubmitted:
				y.Reports++
			case domain.EventEvaluated:
				y.Evaluated++
			case domain.EventAccepted:
				y.Accepted++
			case domain.EventFailed:
				y.Failed++
			}
		}
	}
	for _, o := range e.Options {
		c.options.add(o, in.asOf)
		if !completedBy(o, in.asOf) {
			continue
		}
		if y := year(o.Completed.Year); y != nil {
			y.Reductions.add(o)
			if o.CostClass.MediumOrHigh() {
				y.MediumHighDone++
			}
		}
	}
	expected, missing := in.contributeProcedure(e, year)
	c.rates.rows += expected
	c.rates.complete += expected - missing
	for _, d := range e.Disclosures {
		if y := year(d.Year); y != nil {
			y.DisclosureRows++
			if !d.Complete() {
				y.DisclosureMissing++
			}
		}
	}
}

func (t *areaTally) add(e *Enterprise, c *contribution) {
	t.members = append(t.members, e)
	t.overdue += len(e.Overdue)
	t.options.plus(c.options)
	for i := range c.years {
		t.years[i].plus(c.years[i])
	}
	t.rates.plus(c.rates)
}

// finish sorts, rounds and totals the area.
func (t *areaTally) finish() Area {
	a := t.area
	slices.SortFunc(t.members, func(x, y *Enterprise) int {
		return cmp.Or(strings.Compare(x.Name, y.Name), strings.Compare(x.USCC, y.USCC))
	})
	a.Enterprises = make([]string, len(t.members))
	for i, e := range t.members {
		a.Enterprises[i] = e.USCC
		a.Identified.Add(&e.Enterprise)
	}
	a.Overdue = nonNil(a.Overdue) // already in overdueOrder
	a.Options = t.options.stats()
	a.Years = make([]YearSummary, len(t.years))
	for i, y := range t.years {
		a.Totals.plus(y)
		y.Reductions = y.Reductions.rounded()
		y.ReductionsVerified = y.ReductionsVerified.rounded()
		a.Years[i] = y
	}
	a.Totals.Year = 0
	a.Totals.Reductions = a.Totals.Reductions.rounded()
	a.Totals.ReductionsVerified = a.Totals.ReductionsVerified.rounded()
	a.Rates = Rates{
		DisclosedOnTime: NewRate(t.rates.onTime, t.rates.disclosureDue),
		Accepted:        NewRate(t.rates.accepted, t.rates.acceptDue),
		Completeness:    NewRate(t.rates.complete, t.rates.rows),
	}
	return a
}

// plus adds the counts and unrounded reductions of s to y; y keeps its year.
func (y *YearSummary) plus(s YearSummary) {
	y.Listed += s.Listed
	y.DisclosureDue += s.DisclosureDue
	y.DisclosedOnTime += s.DisclosedOnTime
	y.Started += s.Started
	y.Reports += s.Reports
	y.Evaluated += s.Evaluated
	y.Accepted += s.Accepted
	y.Failed += s.Failed
	y.MediumHighDone += s.MediumHighDone
	y.Reductions.plus(s.Reductions)
	y.DisclosureRows += s.DisclosureRows
	y.DisclosureMissing += s.DisclosureMissing
	y.YearProcedure.plus(s.YearProcedure)
}

// DisclosedOnTimeRate is, of the year's list entries whose disclosure was due by the as-of
// date, the share disclosed on time.
func (y YearSummary) DisclosedOnTimeRate() Rate { return NewRate(y.DisclosedOnTime, y.DisclosureDue) }
