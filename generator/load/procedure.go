package load

import "cpportal/domain"

// auditsOptional are the optional columns of data/audits.csv: where a disclosure was published
// (media, source_url) and a rectification order's grounds and deadline.
var auditsOptional = []string{"media", "source_url", "grounds", "deadline"}

// readAuditExtras reads the optional columns of an audits.csv row into e. Whether a column
// fits the event is a cross-field rule, checked by validation.
func readAuditExtras(r *csvRow, e *domain.AuditEvent) {
	e.Media = r.text("media")
	e.SourceURL = r.text("source_url")
	if g := domain.RectificationGround(r.text("grounds")); g != "" {
		if !g.Valid() {
			r.ps.Add(r.src, "grounds", "%q is not one of %s", string(g), joinEnum(domain.RectificationGrounds))
		} else {
			e.Grounds = g
		}
	}
	e.Deadline = r.date("deadline")
}
