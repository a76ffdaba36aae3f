package derive

import "cpportal/domain"

// StatusSuperseded is a step left undone when a later list took the enterprise into a new
// round: it is no longer owed, so it is not overdue now, and the days it was overdue stop
// counting on the later list's publication date.
const StatusSuperseded Status = "superseded"

// supersede marks the steps of l not done by the time the next list was published (next) as
// superseded; DaysOverdue is then how long each was overdue on that date (0 when it was not
// yet due). Steps done keep their status, even when done after the next list.
func (l *Listing) supersede(next domain.Date) {
	for i := range l.Steps {
		s := &l.Steps[i]
		if !s.Done.IsZero() {
			continue
		}
		s.Status, s.DaysOverdue = StatusSuperseded, 0
		if next.After(s.Due) {
			s.DaysOverdue = s.Due.DaysUntil(next)
		}
	}
}
