package derive

import (
	"testing"

	"cpportal/domain"
)

func TestOutcomeOfTwoStages(t *testing.T) {
	ev := func(kind domain.EventKind, date string) domain.AuditEvent {
		return domain.AuditEvent{Event: kind, Date: day(date)}
	}
	tests := []struct {
		name   string
		events []domain.AuditEvent
		want   Outcome
	}{
		{"市控: only the city's acceptance report", []domain.AuditEvent{ev(domain.EventEvaluated, "2011-01-01"), ev(domain.EventCityAccepted, "2011-06-01")}, OutcomeAwaitingProvince},
		{"市控: only the city's evaluation report", []domain.AuditEvent{ev(domain.EventCityEvaluated, "2010-06-01")}, OutcomeAwaitingProvince},
		{"市控: the province's final opinion follows", []domain.AuditEvent{ev(domain.EventCityAccepted, "2011-06-01"), ev(domain.EventAccepted, "2011-07-01")}, OutcomeAccepted},
		{"市控: the province decides on the same day", []domain.AuditEvent{ev(domain.EventCityAccepted, "2011-06-01"), ev(domain.EventAccepted, "2011-06-01")}, OutcomeAccepted},
		{"省控: reviewed and reported up", []domain.AuditEvent{ev(domain.EventCityReviewed, "2010-06-01")}, OutcomeAwaitingProvince},
		{"省控: the province evaluates", []domain.AuditEvent{ev(domain.EventCityReviewed, "2010-06-01"), ev(domain.EventEvaluated, "2010-08-01")}, OutcomeEvaluated},
		{"the province postpones the city's report", []domain.AuditEvent{ev(domain.EventCityAccepted, "2011-06-01"), ev(domain.EventPostponed, "2011-08-01")}, OutcomePostponed},
	}
	for _, tt := range tests {
		if got := OutcomeOf(tt.events); got != tt.want {
			t.Errorf("%s: OutcomeOf = %q, want %q", tt.name, got, tt.want)
		}
	}
	if StageOf(Listing{Outcome: OutcomeAwaitingProvince}) != StageAwaitingProvince {
		t.Error("a round awaiting the province is not at stage awaiting_province")
	}
}

func TestRectificationOrders(t *testing.T) {
	order := func(date, deadline string) domain.AuditEvent {
		e := domain.AuditEvent{Event: domain.EventRectification, Date: day(date), DocNumber: "令" + date, Grounds: domain.GroundNotAudited}
		if deadline != "" {
			e.Deadline = day(deadline)
		}
		return e
	}
	events := []domain.AuditEvent{
		{Event: domain.EventRectificationProposed, Date: day("2010-01-05")},
		order("2010-02-01", "2010-05-01"), // met on time
		order("2010-03-01", "2010-04-01"), // met 10 days late
		{Event: domain.EventRectified, Date: day("2010-04-20")},
		{Event: domain.EventRectified, Date: day("2010-04-11")},
		order("2010-06-01", "2010-09-01"), // overdue as of 2010-10-01
		order("2010-07-01", ""),           // open: no deadline
		order("2010-08-01", "2010-12-31"), // open: not yet due
		{Event: domain.EventRectificationProposed, Date: day("2010-09-01")},
	}
	got := rectificationOrders(events, day("2010-10-01"))
	want := []struct {
		status           OrderStatus
		late, overdue    int
		proposed, closed string
	}{
		{OrderMet, 0, 0, "2010-01-05", "2010-04-20"},
		{OrderMet, 10, 0, "", "2010-04-11"},
		{OrderOverdue, 0, 30, "", ""},
		{OrderOpen, 0, 0, "", ""},
		{OrderOpen, 0, 0, "", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("%d orders, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		o := got[i]
		if o.Status != w.status || o.DaysLate != w.late || o.DaysOverdue != w.overdue ||
			dateOr(o.Proposed) != w.proposed || dateOr(o.Rectified) != w.closed {
			t.Errorf("order %d (%s) = %+v, want %+v", i, o.Date, o, w)
		}
	}
	c := Procedure{Orders: got}.Count()
	if c.Open != 2 || c.Overdue != 1 || c.Met != 2 {
		t.Errorf("Count = %+v, want 2 open, 1 overdue, 2 met", c)
	}
	if p := pendingProposals(events); len(p) != 1 || p[0].Date != day("2010-09-01") {
		t.Errorf("pending proposals = %+v, want the one of 2010-09-01", p)
	}
}

func dateOr(d domain.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// TestAcceptanceWithUnfinishedOptions: entA of the scenario is accepted on 2010-12-01 while its
// high-cost option F02 was completed only in 2011: one unfinished option (validate warns of it
// at the acceptance's own position); the cancelled F04 does not count.
func TestAcceptanceWithUnfinishedOptions(t *testing.T) {
	ds := scenario()
	var acc *domain.AuditEvent
	for i := range ds.Events {
		if e := &ds.Events[i]; e.USCC == entA && e.Event == domain.EventAccepted {
			acc = e
		}
	}
	if acc == nil {
		t.Fatal("scenario has no acceptance of entA")
	}
	acc.Src = domain.Source{File: "data/audits.csv", Line: 7, Cols: map[string]int{"event": 30}}
	f := Derive(ds, day("2011-12-31"))
	l := enterpriseOf(t, f, entA).Listings[0]
	wantUnfinished := 0
	for _, o := range ds.Options {
		if o.USCC == entA && o.CostClass.MediumOrHigh() && o.Status != domain.OptionCancelled && o.Completed.After(acc.Date) {
			wantUnfinished++
		}
	}
	if wantUnfinished == 0 {
		t.Fatalf("scenario: no option of entA completed after its acceptance on %s", acc.Date)
	}
	if l.UnfinishedAtAcceptance != wantUnfinished {
		t.Errorf("UnfinishedAtAcceptance = %d, want %d", l.UnfinishedAtAcceptance, wantUnfinished)
	}
	if l.OptionsSupervisor != "province" || l.OptionsAssisting != "city" {
		t.Errorf("省控 options supervised by %s/%s, want province/city", l.OptionsSupervisor, l.OptionsAssisting)
	}
}
