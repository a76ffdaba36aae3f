package derive

import (
	"slices"
	"strings"

	"cpportal/domain"
)

// stepEvent is the event whose earliest date marks a step as done.
func stepEvent(s StepName) domain.EventKind {
	switch s {
	case StepDisclosure:
		return domain.EventDisclosed
	case StepStart:
		return domain.EventStarted
	case StepReport:
		return domain.EventReportSubmitted
	}
	return ""
}

// EvaluateStep counts one step of a listing: its due date from the publication date, and its
// status given the day it was done (the zero Date when it was not) as of asOf.
//
//   - on_time: done on or before the due date;
//   - late: done after the due date; DaysLate = done − due;
//   - overdue: not done and asOf is after the due date; DaysOverdue = asOf − due;
//   - pending: not done and asOf is on or before the due date.
func EvaluateStep(name StepName, published, done domain.Date, cal Calendar, asOf domain.Date) Step {
	s := Step{Step: name, Done: done}
	s.Due, s.Provisional = cal.DueProvisional(published, name.Months())
	switch {
	case !done.IsZero() && !done.After(s.Due):
		s.Status = StatusOnTime
	case !done.IsZero():
		s.Status = StatusLate
		s.DaysLate = s.Due.DaysUntil(done)
	case asOf.After(s.Due):
		s.Status = StatusOverdue
		s.DaysOverdue = s.Due.DaysUntil(asOf)
	default:
		s.Status = StatusPending
	}
	return s
}

// firstDate returns the date of the earliest event of the kind, the zero Date when there is
// none. events must already exclude what happened after the as-of date.
func firstDate(events []domain.AuditEvent, kind domain.EventKind) domain.Date {
	var first domain.Date
	for _, e := range events {
		if e.Event == kind && (first.IsZero() || e.Date.Before(first)) {
			first = e.Date
		}
	}
	return first
}

// listingSteps returns the three steps of a listing, in legal order.
func listingSteps(published domain.Date, events []domain.AuditEvent, cal Calendar, asOf domain.Date) []Step {
	steps := make([]Step, len(StepNames))
	for i, name := range StepNames {
		steps[i] = EvaluateStep(name, published, firstDate(events, stepEvent(name)), cal, asOf)
	}
	return steps
}

// outcomeRank orders the result events when two fall on the same day: acceptance closes a
// round, so it wins over everything; a failure wins over a postponement, and both over a
// passed evaluation.
var outcomeRank = map[domain.EventKind]int{
	domain.EventCityReviewed:  -3, // the city's preliminary steps come before the province's
	domain.EventCityEvaluated: -2, // opinion on the same day
	domain.EventCityAccepted:  -1,
	domain.EventEvaluated:     1,
	domain.EventPostponed:     2,
	domain.EventFailed:        3,
	domain.EventAccepted:      4,
}

// OutcomeOf returns the outcome of a round: the latest of its evaluated, accepted, failed and
// postponed events (same-day ties as outcomeRank orders them); OutcomeNone when there is none.
// When the latest is a city's preliminary step (city_reviewed, city_evaluated, city_accepted),
// the round awaits the province's opinion: a 市控 round with only the city's acceptance report
// is not accepted.
func OutcomeOf(events []domain.AuditEvent) Outcome {
	var best domain.AuditEvent
	for _, e := range events {
		r, ranked := outcomeRank[e.Event]
		if !ranked {
			continue
		}
		if best.Event == "" || e.Date.After(best.Date) || (e.Date == best.Date && r > outcomeRank[best.Event]) {
			best = e
		}
	}
	if best.Event.CityStage() {
		return OutcomeAwaitingProvince
	}
	return Outcome(best.Event) // the four event names are the outcome names
}

// StageOf returns where a round stands: its outcome when it has one, else the furthest step
// done (report, start, disclosure), else listed.
func StageOf(l Listing) Stage {
	switch l.Outcome {
	case OutcomeAccepted:
		return StageAccepted
	case OutcomeFailed:
		return StageFailed
	case OutcomePostponed:
		return StagePostponed
	case OutcomeEvaluated:
		return StageEvaluated
	case OutcomeAwaitingProvince:
		return StageAwaitingProvince
	}
	done := func(name StepName) bool {
		i := slices.IndexFunc(l.Steps, func(s Step) bool { return s.Step == name })
		return i >= 0 && !l.Steps[i].Done.IsZero()
	}
	switch {
	case done(StepReport):
		return StageReported
	case done(StepStart):
		return StageStarted
	case done(StepDisclosure):
		return StageDisclosed
	}
	return StageListed
}

// eventOrder sorts a round's events by date, then in the order a round goes through them,
// then by document number, so equal inputs always give equal pages.
func eventOrder(a, b domain.AuditEvent) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if c := slices.Index(domain.EventKinds, a.Event) - slices.Index(domain.EventKinds, b.Event); c != 0 {
		return c
	}
	return strings.Compare(a.DocNumber, b.DocNumber)
}
