package validate

import (
	"slices"
	"strings"

	"cpportal/domain"
)

// procedureEvent checks what the notice's procedure says about one event: a city step only on a
// round of the control level the city acts for, the disclosure columns only on a disclosure, the
// order columns only on a rectification order.
func (v *checker) procedureEvent(e *domain.AuditEvent, entry *domain.ListEntry) {
	if levels := e.Event.CityStageLevels(); levels != nil && entry.Level.Valid() && !slices.Contains(levels, entry.Level) {
		names := make([]string, len(levels))
		for i, l := range levels {
			names[i] = string(l)
		}
		v.ps.AddHint(e.Src, "event", cityStageHint(e.Event),
			"%s is a step of %s rounds only; %s is %s on list %s", e.Event, strings.Join(names, "/"), e.USCC, entry.Level, entry.Batch)
	}
	if e.Event != domain.EventDisclosed {
		if e.Media != "" {
			v.ps.Add(e.Src, "media", "only a disclosed event says where it was published; this is %s", e.Event)
		}
		if e.SourceURL != "" {
			v.ps.Add(e.Src, "source_url", "only a disclosed event links to the published disclosure; this is %s", e.Event)
		}
	} else {
		v.sourceURL(e.Src, e.SourceURL)
	}
	if e.Event != domain.EventRectification {
		if e.Grounds != "" {
			v.ps.Add(e.Src, "grounds", "only a rectification_ordered event has grounds; this is %s", e.Event)
		}
		if !e.Deadline.IsZero() {
			v.ps.Add(e.Src, "deadline", "only a rectification_ordered event has a deadline; this is %s", e.Event)
		}
	} else if !e.Deadline.IsZero() && !e.Date.IsZero() && !e.Deadline.After(e.Date) {
		v.ps.Add(e.Src, "deadline", "deadline %s is not after the order of %s", e.Deadline, e.Date)
	}
}

// cityStageHint says which event the notice has the city record at the other levels.
func cityStageHint(k domain.EventKind) string {
	switch k {
	case domain.EventCityReviewed:
		return "for 市控 rounds the city's preliminary report is city_evaluated or city_accepted"
	case domain.EventRectificationProposed:
		return "for 市控 rounds the city orders the rectification itself: rectification_ordered"
	}
	return "for 国控/省控 rounds the city's preliminary review is city_reviewed"
}

// rectifications checks that a rectified event closes an order of its round dated on or before
// it, and that a proposal comes before an order.
func (v *checker) rectifications(events []*domain.AuditEvent) {
	var firstOrder *domain.AuditEvent
	for _, e := range events {
		if e.Event == domain.EventRectification && !e.Date.IsZero() && (firstOrder == nil || e.Date.Before(firstOrder.Date)) {
			firstOrder = e
		}
	}
	for _, e := range events {
		if e.Event != domain.EventRectified || e.Date.IsZero() {
			continue
		}
		if firstOrder == nil {
			v.ps.AddHint(e.Src, "event", "add the rectification_ordered event to data/audits.csv",
				"rectified without a rectification_ordered event for %s in %s", e.USCC, e.Batch)
		} else if e.Date.Before(firstOrder.Date) {
			v.ps.Add(e.Src, "date", "rectified on %s is before the order of %s (%s)", e.Date, firstOrder.Date, line(firstOrder.Src))
		}
	}
}

// verified checks an option's verified date: only a completed option's reductions can be
// verified and counted in the reduction accounting, and not before it was completed.
func (v *checker) verified(o *domain.Option) {
	switch {
	case o.Verified.IsZero():
	case o.Status != domain.OptionCompleted:
		v.ps.AddHint(o.Src, "verified", "only a completed option's reductions are verified",
			"set, but the status is %s", o.Status)
	case !o.Completed.IsZero() && o.Verified.Before(o.Completed):
		v.ps.Add(o.Src, "verified", "%s is before the option was completed on %s", o.Verified, o.Completed)
	}
}

// acceptedWithUnfinishedOptions warns of an acceptance recorded while medium/high-cost options
// of the round were not completed: the notice has an enterprise apply for acceptance once they
// are implemented, but the acceptance is the province's (or city's) record and stands, so this
// is a warning, not an error. Only the first acceptance of a round counts.
func (v *checker) acceptedWithUnfinishedOptions(rounds map[member][]*domain.AuditEvent, order []member) {
	options := map[member][]*domain.Option{}
	for i := range v.ds.Options {
		o := &v.ds.Options[i]
		// A completed option without its date is an error of its own (options.go).
		if o.CostClass.MediumOrHigh() && o.Status != domain.OptionCancelled && (o.Status != domain.OptionCompleted || !o.Completed.IsZero()) {
			k := member{o.Batch, o.USCC}
			options[k] = append(options[k], o)
		}
	}
	for _, k := range order {
		for _, acc := range rounds[k] {
			if acc.Event != domain.EventAccepted || acc.Date.IsZero() {
				continue
			}
			var unfinished []string
			for _, o := range options[k] {
				if o.Status != domain.OptionCompleted || o.Completed.After(acc.Date) {
					unfinished = append(unfinished, o.ID)
				}
			}
			if len(unfinished) > 0 {
				v.ps.AddWarning(acc.Src, "event", "the notice has an enterprise apply for acceptance once its medium/high-cost options are implemented",
					"accepted on %s while %d medium/high-cost options of %s in %s were unfinished (%s)",
					acc.Date, len(unfinished), k.uscc, k.batch, strings.Join(unfinished, ", "))
			}
			break
		}
	}
}
