package derive

import (
	"slices"
	"testing"

	"cpportal/domain"
)

func TestSummaryOfTheLatestYearAndRound(t *testing.T) {
	ds := scenario()
	// a second, larger exceedance of the latest year, and one of an earlier year that must not count
	ds.Disclosures = append(ds.Disclosures,
		domain.Disclosure{USCC: entA, Year: 2010, Pollutant: "氨氮", Outlet: "DW001", Concentration: num(30), Unit: "mg/L", Limit: num(10), TotalT: num(2), QuotaT: num(3), DischargeMethod: "间接排放", Standard: "GB 4287-2012"},
	)
	f := Derive(ds, scenarioAsOf)
	a := enterpriseOf(t, f, entA)
	s := SummaryOf(a, f.AsOf)
	if s.Batch != "2009-1" || s.Stage != StageAccepted || s.Relisted || s.DisclosureYear != 2010 {
		t.Errorf("A: batch %q stage %q relisted %v year %d", s.Batch, s.Stage, s.Relisted, s.DisclosureYear)
	}
	if len(s.Exceedances) != 1 || s.Exceedances[0].Pollutant != "氨氮" || s.Exceedances[0].Multiple != 2 || s.Exceedances[0].Year != 2010 {
		t.Errorf("A exceedances = %+v, want only 2010's 氨氮 at 2 times over (2009's COD is not the latest year)", s.Exceedances)
	}
	if len(s.OverQuota) != 0 || len(s.Undisclosed) != 0 || len(s.OverdueSteps) != 0 || len(s.OpenRectifications) != 0 {
		t.Errorf("A = %+v, want nothing else", s)
	}

	b := enterpriseOf(t, f, entB)
	s = SummaryOf(b, f.AsOf)
	if len(s.OverdueSteps) != 2 {
		t.Errorf("B overdue = %+v", s.OverdueSteps)
	}
	// the order of 2010-03-01 came when the start (due 2009-03-31) was not done: it concerns the start
	if len(s.OpenRectifications) != 1 || s.OpenRectifications[0].Concerns != "start" || s.OpenRectifications[0].DaysOpen != 379 {
		t.Errorf("B open rectifications = %+v, want the start, open 379 days", s.OpenRectifications)
	}
	if s.DisclosureYear != 0 || len(s.Exceedances) != 0 {
		t.Errorf("B: a disclosure published after the as-of date counts: %+v", s)
	}
	if !s.Open() {
		t.Error("B: Open() = false")
	}

	if s.OpenRectifications[0].Status != OrderOpen {
		t.Errorf("B: an order without a deadline is %q, want open", s.OpenRectifications[0].Status)
	}

	// doing the step late does not close the order: only a rectified event does
	ds.Events = append(ds.Events, event(entB, "2009-1", domain.EventStarted, "2011-03-01"))
	s = SummaryOf(enterpriseOf(t, Derive(ds, scenarioAsOf), entB), scenarioAsOf)
	if len(s.OpenRectifications) != 1 {
		t.Errorf("B after starting: open rectifications = %+v, want the order still open", s.OpenRectifications)
	}
	ds.Events = append(ds.Events, event(entB, "2009-1", domain.EventRectified, "2011-03-02"))
	s = SummaryOf(enterpriseOf(t, Derive(ds, scenarioAsOf), entB), scenarioAsOf)
	if len(s.OpenRectifications) != 0 {
		t.Errorf("B after the rectified event: open rectifications = %+v", s.OpenRectifications)
	}
}

func TestSummaryUndisclosedAndQuota(t *testing.T) {
	e := &Enterprise{Disclosures: []DisclosureFact{
		DisclosureFactOf(domain.Disclosure{Year: 2012, Pollutant: "化学需氧量", Outlet: "DW001", Concentration: num(50), Limit: num(100), TotalT: num(50), QuotaT: num(40), Unit: "mg/L", DischargeMethod: "直接排放", Standard: "GB"}),
		DisclosureFactOf(domain.Disclosure{Year: 2012, Pollutant: "氨氮", Outlet: "DW001", Unit: "mg/L", DischargeMethod: "直接排放"}),
	}, Stage: StageNotListed}
	s := SummaryOf(e, day("2013-01-01"))
	if s.Batch != "" || s.Stage != StageNotListed {
		t.Errorf("not listed: %+v", s)
	}
	if len(s.OverQuota) != 1 || s.OverQuota[0].TotalT != 50 || s.OverQuota[0].QuotaT != 40 {
		t.Errorf("over quota = %+v", s.OverQuota)
	}
	if len(s.Undisclosed) != 1 || !slices.Equal(s.Undisclosed[0].Items, []string{"concentration", "limit", "total_t", "quota_t", "standard"}) {
		t.Errorf("undisclosed = %+v", s.Undisclosed)
	}
	if s.Exceedances == nil || s.OverdueSteps == nil || s.OpenRectifications == nil {
		t.Error("empty lists must be [] in JSON, not null")
	}
}

func TestSupersededStepsStopCounting(t *testing.T) {
	ds := scenario()
	// C never submits its 2009-1 report: the 2010-1 list (2010-06-30) supersedes that round
	ds.Events = slices.DeleteFunc(ds.Events, func(e domain.AuditEvent) bool {
		return e.USCC == entC && e.Batch == "2009-1" && (e.Event == domain.EventReportSubmitted || e.Event == domain.EventFailed)
	})
	f := Derive(ds, scenarioAsOf)
	c := enterpriseOf(t, f, entC)
	first := c.Listings[0]
	report := first.Steps[2]
	if report.Status != StatusSuperseded || report.DaysOverdue != report.Due.DaysUntil(day("2010-06-30")) {
		t.Errorf("2009-1 report = %+v, want superseded, overdue until 2010-06-30", report)
	}
	if first.Steps[0].Status != StatusOnTime {
		t.Errorf("a step done keeps its status: %+v", first.Steps[0])
	}
	for _, o := range c.Overdue {
		if o.Batch == "2009-1" {
			t.Errorf("a superseded step is listed as overdue: %+v", o)
		}
	}
	// the current round is the later one, not relisted: 2009-1 did not pass acceptance
	if s := SummaryOf(c, f.AsOf); s.Batch != "2010-1" || s.Relisted {
		t.Errorf("C summary batch %q relisted %v", s.Batch, s.Relisted)
	}
}

func TestRelistedFollowsAPassedAcceptance(t *testing.T) {
	ls := []Listing{{Batch: "2009-1", Outcome: OutcomeAccepted}, {Batch: "2014-1", Outcome: OutcomeFailed}, {Batch: "2016-1"}}
	if Relisted(ls, 0) || !Relisted(ls, 1) || Relisted(ls, 2) {
		t.Errorf("Relisted = %v %v %v, want false true false", Relisted(ls, 0), Relisted(ls, 1), Relisted(ls, 2))
	}
}
