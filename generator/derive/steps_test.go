package derive

import (
	"testing"

	"cpportal/domain"
)

func TestEvaluateStep(t *testing.T) {
	none := Calendar{}
	pub := day("2009-01-31") // disclosure due 2009-03-02
	tests := []struct {
		name        string
		done, asOf  string
		want        Status
		late, overd int
	}{
		{"done on the due day", "2009-03-02", "2012-01-01", StatusOnTime, 0, 0},
		{"done early", "2009-02-01", "2012-01-01", StatusOnTime, 0, 0},
		{"done on the weekend before the moved due day", "2009-02-28", "2012-01-01", StatusOnTime, 0, 0},
		{"done a day late", "2009-03-03", "2012-01-01", StatusLate, 1, 0},
		{"done a year late", "2010-03-02", "2012-01-01", StatusLate, 365, 0},
		{"not done, as of the due day", "", "2009-03-02", StatusPending, 0, 0},
		{"not done, before the due day", "", "2009-02-10", StatusPending, 0, 0},
		{"not done, a day after", "", "2009-03-03", StatusOverdue, 0, 1},
		{"not done, across a year end", "", "2010-01-01", StatusOverdue, 0, 305},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var done domain.Date
			if tt.done != "" {
				done = day(tt.done)
			}
			s := EvaluateStep(StepDisclosure, pub, done, none, day(tt.asOf))
			want := Step{Step: StepDisclosure, Due: day("2009-03-02"), Done: done, Status: tt.want, DaysLate: tt.late, DaysOverdue: tt.overd}
			if s != want {
				t.Errorf("got %+v, want %+v", s, want)
			}
		})
	}
}

func ev(kind domain.EventKind, date string) domain.AuditEvent {
	return domain.AuditEvent{Event: kind, Date: day(date)}
}

func TestListingStepsUseEarliestEvent(t *testing.T) {
	events := []domain.AuditEvent{
		ev(domain.EventStarted, "2009-04-10"),
		ev(domain.EventDisclosed, "2009-02-20"),
		ev(domain.EventStarted, "2009-03-20"), // earlier of two: counts
		ev(domain.EventRegistered, "2009-02-01"),
	}
	steps := listingSteps(day("2009-01-31"), events, Calendar{}, day("2011-01-01"))
	if len(steps) != 3 || steps[0].Step != StepDisclosure || steps[1].Step != StepStart || steps[2].Step != StepReport {
		t.Fatalf("steps = %+v, want disclosure, start, report", steps)
	}
	if steps[0].Done != day("2009-02-20") || steps[0].Status != StatusOnTime {
		t.Errorf("disclosure = %+v", steps[0])
	}
	if steps[1].Done != day("2009-03-20") || steps[1].Status != StatusOnTime {
		t.Errorf("start = %+v, want done on the earliest started event", steps[1])
	}
	if !steps[2].Done.IsZero() || steps[2].Status != StatusOverdue || steps[2].DaysOverdue != 334 {
		t.Errorf("report = %+v, want overdue by 334 days (due 2010-02-01)", steps[2])
	}
}

func TestOutcomeOf(t *testing.T) {
	tests := []struct {
		name   string
		events []domain.AuditEvent
		want   Outcome
	}{
		{"no events", nil, OutcomeNone},
		{"only steps", []domain.AuditEvent{ev(domain.EventDisclosed, "2009-02-01"), ev(domain.EventReportSubmitted, "2010-01-01")}, OutcomeNone},
		{"evaluated", []domain.AuditEvent{ev(domain.EventEvaluated, "2010-05-01")}, OutcomeEvaluated},
		{"evaluated then accepted", []domain.AuditEvent{ev(domain.EventAccepted, "2010-09-01"), ev(domain.EventEvaluated, "2010-05-01")}, OutcomeAccepted},
		{"postponed then accepted", []domain.AuditEvent{ev(domain.EventPostponed, "2010-05-01"), ev(domain.EventAccepted, "2010-09-01")}, OutcomeAccepted},
		{"evaluated then failed", []domain.AuditEvent{ev(domain.EventEvaluated, "2010-05-01"), ev(domain.EventFailed, "2010-09-01")}, OutcomeFailed},
		{"latest wins even when listed first", []domain.AuditEvent{ev(domain.EventPostponed, "2011-01-01"), ev(domain.EventFailed, "2010-09-01")}, OutcomePostponed},
		{"same day: accepted beats evaluated", []domain.AuditEvent{ev(domain.EventAccepted, "2010-05-01"), ev(domain.EventEvaluated, "2010-05-01")}, OutcomeAccepted},
		{"same day: failed beats postponed", []domain.AuditEvent{ev(domain.EventFailed, "2010-05-01"), ev(domain.EventPostponed, "2010-05-01")}, OutcomeFailed},
		{"rectification is not an outcome", []domain.AuditEvent{ev(domain.EventEvaluated, "2010-05-01"), ev(domain.EventRectification, "2010-06-01")}, OutcomeEvaluated},
	}
	for _, tt := range tests {
		if got := OutcomeOf(tt.events); got != tt.want {
			t.Errorf("%s: OutcomeOf = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestStageOf(t *testing.T) {
	done := func(steps ...bool) []Step {
		var out []Step
		for i, d := range steps {
			s := Step{Step: StepNames[i]}
			if d {
				s.Done = day("2009-02-01")
			}
			out = append(out, s)
		}
		return out
	}
	tests := []struct {
		name string
		l    Listing
		want Stage
	}{
		{"nothing done", Listing{Steps: done(false, false, false)}, StageListed},
		{"disclosed", Listing{Steps: done(true, false, false)}, StageDisclosed},
		{"started without disclosure", Listing{Steps: done(false, true, false)}, StageStarted},
		{"report submitted", Listing{Steps: done(true, true, true)}, StageReported},
		{"evaluated", Listing{Steps: done(true, true, true), Outcome: OutcomeEvaluated}, StageEvaluated},
		{"accepted", Listing{Steps: done(true, true, true), Outcome: OutcomeAccepted}, StageAccepted},
		{"failed", Listing{Steps: done(true, true, true), Outcome: OutcomeFailed}, StageFailed},
		{"postponed", Listing{Steps: done(true, true, false), Outcome: OutcomePostponed}, StagePostponed},
	}
	for _, tt := range tests {
		if got := StageOf(tt.l); got != tt.want {
			t.Errorf("%s: StageOf = %q, want %q", tt.name, got, tt.want)
		}
	}
}
