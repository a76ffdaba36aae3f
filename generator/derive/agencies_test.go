package derive

import (
	"encoding/json"
	"testing"

	"cpportal/domain"
)

// agencyScenario is the scenario with three agencies: A1 starts 甲's round and submits the
// reports of 甲 (on time) and 丙 (late, after A2 started 丙's round); A2 also registers 乙,
// whose report is overdue; A3 serves nobody. A1's registration of 丙's second round is dated
// after the as-of date and does not count.
func agencyScenario() *domain.Dataset {
	ds := scenario()
	ds.Agencies = []domain.Agency{{ID: "A2", Name: "乙咨询", City: "440300"}, {ID: "A1", Name: "甲咨询", City: "440100"}, {ID: "A3", Name: "丙咨询", City: "440600"}}
	named := func(e domain.AuditEvent, agency string) domain.AuditEvent { e.Agency = agency; return e }
	for i, e := range ds.Events {
		switch {
		case e.USCC == entA && (e.Event == domain.EventStarted || e.Event == domain.EventReportSubmitted):
			ds.Events[i].Agency = "A1"
		case e.USCC == entC && e.Batch == "2009-1" && e.Event == domain.EventStarted:
			ds.Events[i].Agency = "A2"
		case e.USCC == entC && e.Batch == "2009-1" && e.Event == domain.EventReportSubmitted:
			ds.Events[i].Agency = "A1"
		}
	}
	ds.Events = append(ds.Events,
		named(event(entB, "2009-1", domain.EventRegistered, "2009-02-15"), "A2"),
		named(event(entC, "2010-1", domain.EventRegistered, "2011-06-01"), "A1"))
	return ds
}

func agencyOf(t *testing.T, f *Facts, id string) Agency {
	t.Helper()
	for _, a := range f.Agencies {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no agency %s", id)
	return Agency{}
}

func rateIs(t *testing.T, what string, r Rate, num, den int) {
	t.Helper()
	if r.Num != num || r.Den != den || (den == 0) != (r.Share == nil) {
		t.Errorf("%s = %d/%d (share %v), want %d/%d", what, r.Num, r.Den, r.Share, num, den)
	}
	if den > 0 && *r.Share != Round(float64(num)/float64(den), sharePlaces) {
		t.Errorf("%s share = %v", what, *r.Share)
	}
}

// result returns the count of one result of a stage.
func result(s StageResults, r Result) Rate {
	for _, c := range s.Results {
		if c.Result == r {
			return c.Rate
		}
	}
	return Rate{}
}

func TestAgencyFigures(t *testing.T) {
	f := Derive(agencyScenario(), scenarioAsOf)
	if len(f.Agencies) != 3 || f.Agencies[0].ID != "A1" || f.Agencies[2].ID != "A3" {
		t.Fatalf("agencies = %+v, want A1, A2, A3 by id", f.Agencies)
	}

	a1 := agencyOf(t, f, "A1")
	if a1.CityName != "广州市" || a1.Enterprises != 2 || a1.Rounds != 2 {
		t.Errorf("A1: city %q, %d enterprises, %d rounds; want 广州市, 2, 2", a1.CityName, a1.Enterprises, a1.Rounds)
	}
	if len(a1.Served) != 2 || a1.Served[0].USCC != entA || a1.Served[1].USCC != entC ||
		a1.Served[0].Report != StatusOnTime || a1.Served[1].Report != StatusLate ||
		a1.Served[0].Outcome != OutcomeAccepted || a1.Served[1].Outcome != OutcomeFailed {
		t.Errorf("A1 rounds = %+v", a1.Served)
	}
	if a1.Served[0].First != day("2009-03-31") || a1.Served[0].Last != day("2010-01-20") {
		t.Errorf("A1 on 甲's round from %s to %s, want 2009-03-31 to 2010-01-20", a1.Served[0].First, a1.Served[0].Last)
	}
	if len(a1.Years) != 3 || a1.Years[0].Year != 2009 || a1.Years[2].Year != 2011 {
		t.Fatalf("A1 years = %+v, want 2009 to 2011", a1.Years)
	}
	y09, y10, y11 := a1.Years[0], a1.Years[1], a1.Years[2]
	if y09.Rounds != 1 || y09.Enterprises != 1 || y09.Reports != 0 || y09.Evaluation.Decided != 0 {
		t.Errorf("A1 2009 = %+v", y09)
	}
	if y10.Rounds != 2 || y10.Reports != 2 {
		t.Errorf("A1 2010: %d rounds, %d reports; want 2, 2", y10.Rounds, y10.Reports)
	}
	rateIs(t, "A1 2010 reports on time", y10.ReportsOnTime, 1, 2)
	rateIs(t, "A1 2010 reports late", y10.ReportsLate, 1, 2)
	rateIs(t, "A1 2010 evaluations passed", result(y10.Evaluation, ResultPassed), 1, 2)
	rateIs(t, "A1 2010 evaluations failed", result(y10.Evaluation, ResultFailed), 1, 2)
	rateIs(t, "A1 2010 evaluations postponed", result(y10.Evaluation, ResultPostponed), 0, 2)
	rateIs(t, "A1 2010 acceptances passed", result(y10.Acceptance, ResultPassed), 1, 1)
	if y11.Rounds != 0 || y11.Reports != 0 {
		t.Errorf("A1 2011 counts the registration dated after the as-of date: %+v", y11)
	}
	rateIs(t, "A1 2011 reports on time", y11.ReportsOnTime, 0, 0)
	if a1.Totals.Reports != 2 || a1.Totals.Evaluation.Decided != 2 || a1.Totals.Acceptance.Decided != 1 || a1.Totals.Rounds != 2 {
		t.Errorf("A1 totals = %+v", a1.Totals)
	}
	rateIs(t, "A1 reports overdue", a1.Overdue, 0, 2)

	a2 := agencyOf(t, f, "A2")
	if a2.Rounds != 2 || a2.Enterprises != 2 {
		t.Errorf("A2: %d rounds, %d enterprises; want 2, 2", a2.Rounds, a2.Enterprises)
	}
	rateIs(t, "A2 reports overdue", a2.Overdue, 1, 2)
	rateIs(t, "A2 reports late", a2.Totals.ReportsLate, 1, 1)
	rateIs(t, "A2 evaluations failed", result(a2.Totals.Evaluation, ResultFailed), 1, 1)

	a3 := agencyOf(t, f, "A3")
	if a3.Rounds != 0 || len(a3.Years) != 0 || len(a3.Served) != 0 || a3.Totals.Evaluation.Decided != 0 {
		t.Errorf("A3 serves nobody: %+v", a3)
	}
	rateIs(t, "A3 reports overdue", a3.Overdue, 0, 0)
	b, err := json.Marshal(a3)
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	json.Unmarshal(b, &back)
	if back["years"] == nil || back["rounds_served"] == nil {
		t.Errorf("an agency without rounds must publish empty lists, not null: %s", b)
	}
}

// TestDecisionStages checks which stage a failure or postponement decides: the evaluation
// until an evaluation has passed, the acceptance after.
func TestDecisionStages(t *testing.T) {
	tallies := map[string]*agencyTally{"A1": {years: map[int]*yearTally{}, ents: map[string]bool{}}}
	e := &Enterprise{Enterprise: domain.Enterprise{USCC: entA}}
	ev := func(kind domain.EventKind, date, agency string) domain.AuditEvent {
		x := event(entA, "2009-1", kind, date)
		x.Agency = agency
		return x
	}
	l := Listing{Batch: "2009-1", Steps: []Step{{Step: StepReport, Status: StatusOnTime, Done: day("2010-01-01")}}, Events: []domain.AuditEvent{
		ev(domain.EventReportSubmitted, "2010-01-01", "A1"),
		ev(domain.EventPostponed, "2010-03-01", ""),
		ev(domain.EventEvaluated, "2010-06-01", ""),
		ev(domain.EventPostponed, "2011-01-01", ""),
		ev(domain.EventFailed, "2011-06-01", ""),
	}}
	tallyRound(tallies, e, l)
	a := tallies["A1"].agency(domain.Agency{ID: "A1"}, "", day("2011-12-31"))
	y10, y11 := a.Years[0], a.Years[1]
	rateIs(t, "2010 evaluations postponed", result(y10.Evaluation, ResultPostponed), 1, 2)
	rateIs(t, "2010 evaluations passed", result(y10.Evaluation, ResultPassed), 1, 2)
	if y10.Acceptance.Decided != 0 {
		t.Errorf("2010 acceptance decisions = %d, want 0", y10.Acceptance.Decided)
	}
	rateIs(t, "2011 acceptances postponed", result(y11.Acceptance, ResultPostponed), 1, 2)
	rateIs(t, "2011 acceptances failed", result(y11.Acceptance, ResultFailed), 1, 2)
	if y11.Evaluation.Decided != 0 {
		t.Errorf("2011 evaluation decisions = %d, want 0", y11.Evaluation.Decided)
	}
	if len(y10.Evaluation.Results) != len(Results) {
		t.Errorf("a stage reports %d results, want one per entry of Results (%d)", len(y10.Evaluation.Results), len(Results))
	}
}

// TestAwaitingTheProvince: a 市控 round's city evaluation report with no opinion of the province
// after it is counted as awaiting the province in the year of the report; once the province
// has evaluated it, the evaluation is passed and nothing awaits; a city acceptance report
// after that awaits again, for the acceptance.
func TestAwaitingTheProvince(t *testing.T) {
	ev := func(kind domain.EventKind, date, agency string) domain.AuditEvent {
		x := event(entA, "2009-1", kind, date)
		x.Agency = agency
		return x
	}
	count := func(events ...domain.AuditEvent) Agency {
		tallies := map[string]*agencyTally{"A1": {years: map[int]*yearTally{}, ents: map[string]bool{}}}
		l := Listing{Batch: "2009-1", Steps: []Step{{Step: StepReport, Status: StatusOnTime, Done: day("2010-01-01")}},
			Events: append([]domain.AuditEvent{ev(domain.EventReportSubmitted, "2010-01-01", "A1")}, events...)}
		tallyRound(tallies, &Enterprise{Enterprise: domain.Enterprise{USCC: entA}}, l)
		return tallies["A1"].agency(domain.Agency{ID: "A1"}, "", day("2012-12-31"))
	}
	a := count(ev(domain.EventCityEvaluated, "2010-03-01", ""))
	rateIs(t, "2010 evaluations awaiting the province", result(a.Years[0].Evaluation, ResultAwaitingProvince), 1, 1)

	a = count(ev(domain.EventCityEvaluated, "2010-03-01", ""), ev(domain.EventEvaluated, "2010-05-01", ""),
		ev(domain.EventCityAccepted, "2011-03-01", ""))
	y10, y11 := a.Years[0], a.Years[1]
	rateIs(t, "2010 evaluations passed", result(y10.Evaluation, ResultPassed), 1, 1)
	rateIs(t, "2010 evaluations awaiting", result(y10.Evaluation, ResultAwaitingProvince), 0, 1)
	rateIs(t, "2011 acceptances awaiting the province", result(y11.Acceptance, ResultAwaitingProvince), 1, 1)

	a = count(ev(domain.EventCityEvaluated, "2010-03-01", ""), ev(domain.EventEvaluated, "2010-05-01", ""),
		ev(domain.EventCityAccepted, "2011-03-01", ""), ev(domain.EventAccepted, "2011-06-01", ""))
	rateIs(t, "2011 acceptances passed", result(a.Years[1].Acceptance, ResultPassed), 1, 1)
	if n := result(a.Years[1].Acceptance, ResultAwaitingProvince).Num; n != 0 {
		t.Errorf("accepted by the province: %d awaiting, want 0", n)
	}
}
