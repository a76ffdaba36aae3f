package validate

import (
	"cpportal/domain"
)

// eventRank orders the steps of an audit round: a step may not be dated before an earlier-
// ranked step of the same enterprise and list. Disclosure and rectification orders can come at
// any point and have no rank.
var eventRank = map[domain.EventKind]int{
	domain.EventRegistered:      1,
	domain.EventStarted:         1,
	domain.EventReportSubmitted: 2,
	domain.EventCityReviewed:    3,
	domain.EventCityEvaluated:   3,
	domain.EventCityAccepted:    3,
	domain.EventEvaluated:       3,
	domain.EventFailed:          3,
	domain.EventPostponed:       3,
	domain.EventAccepted:        4,
}

// needsReport are the outcomes that only follow a submitted audit report.
var needsReport = map[domain.EventKind]bool{
	domain.EventEvaluated: true, domain.EventAccepted: true, domain.EventFailed: true, domain.EventPostponed: true,
	domain.EventCityReviewed: true, domain.EventCityEvaluated: true, domain.EventCityAccepted: true,
}

// events checks each audit event's references and dates, then the order of each round.
func (v *checker) events() {
	rounds := map[member][]*domain.AuditEvent{}
	var order []member
	for i := range v.ds.Events {
		e := &v.ds.Events[i]
		v.enterprise(e.Src, "uscc", e.USCC)
		v.agency(e.Src, "agency", e.Agency)
		b := v.batch(e.Src, "batch", e.Batch)
		if b == nil || !v.wellFormed(e.USCC) {
			continue
		}
		if v.onList(e.Src, e.USCC, b) {
			v.procedureEvent(e, v.members[member{b.ID, e.USCC}])
		}
		v.notBeforePublished(e.Src, "date", e.Date, b)
		k := member{b.ID, e.USCC}
		if rounds[k] == nil {
			order = append(order, k)
		}
		rounds[k] = append(rounds[k], e)
	}
	for _, k := range order {
		v.round(rounds[k])
		v.rectifications(rounds[k])
	}
	v.acceptedWithUnfinishedOptions(rounds, order)
}

// round checks the order of one enterprise's events for one list.
func (v *checker) round(events []*domain.AuditEvent) {
	var earliest [5]*domain.AuditEvent // per rank (1–4), the earliest dated event
	hasReport := false
	for _, e := range events {
		if e.Event == domain.EventReportSubmitted {
			hasReport = true
		}
		r, ranked := eventRank[e.Event]
		if !ranked || e.Date.IsZero() {
			continue
		}
		if first := earliest[r]; first == nil || e.Date.Before(first.Date) {
			earliest[r] = e
		}
	}
	for _, e := range events {
		if needsReport[e.Event] && !hasReport {
			v.ps.AddHint(e.Src, "event", "add the report_submitted event to data/audits.csv",
				"%s without a report_submitted event for %s in %s", e.Event, e.USCC, e.Batch)
		}
		r, ranked := eventRank[e.Event]
		if !ranked || e.Date.IsZero() {
			continue
		}
		// Report the latest step this one should follow, the one it contradicts most directly.
		for lower := r - 1; lower >= 1; lower-- {
			if prev := earliest[lower]; prev != nil && prev.Date.After(e.Date) {
				v.ps.Add(e.Src, "date", "%s on %s is before %s on %s (%s)", e.Event, e.Date, prev.Event, prev.Date, line(prev.Src))
				break
			}
		}
	}
}
