package generate

import (
	"cmp"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// reviewStage is one review of a round (evaluation or acceptance) in the notice's two stages:
// the city's preliminary step and the province's opinion, each the latest of its kind.
type reviewStage struct {
	city, province *domain.AuditEvent
}

// roundStages splits a round's review events into the evaluation and the acceptance. A city
// review, a failure or a postponement before the first passed evaluation belongs to the
// evaluation, later ones to the acceptance; city_evaluated and city_accepted say which.
func roundStages(events []domain.AuditEvent) (eval, accept reviewStage) {
	passedEval := false
	for i := range events {
		ev := &events[i]
		switch ev.Event {
		case domain.EventCityEvaluated:
			eval.city = ev
		case domain.EventCityAccepted:
			accept.city = ev
		case domain.EventCityReviewed:
			if passedEval {
				accept.city = ev
			} else {
				eval.city = ev
			}
		case domain.EventEvaluated:
			eval.province, passedEval = ev, true
		case domain.EventAccepted:
			accept.province = ev
		case domain.EventFailed, domain.EventPostponed:
			if passedEval {
				accept.province = ev
			} else {
				eval.province = ev
			}
		}
	}
	return eval, accept
}

// reviewMilestones writes the evaluation and the acceptance of a round as timeline items: when
// the city has a stage, its item comes first and the province's opinion follows, "awaiting the
// province's final opinion" until the province has decided on the city's latest step.
func (f *pageBody) reviewMilestones(l *derive.Listing) []timelineItem {
	eval, accept := roundStages(l.Events)
	var items []timelineItem
	for _, st := range []struct {
		name  string
		stage reviewStage
	}{{f.T("tl_evaluation"), eval}, {f.T("tl_acceptance"), accept}} {
		if st.stage.city == nil {
			items = append(items, f.reviewMilestone(st.name, st.stage.province))
			continue
		}
		c := st.stage.city
		city := timelineItem{class: "done", step: f.T("tl_city_stage", "stage", st.name), status: f.T("tl_city_report"),
			done: c.Date, sortOn: c.Date, dated: "col_date"}
		if c.Event == domain.EventCityReviewed {
			city.status = f.T("tl_city_reviewed")
		}
		if c.DocNumber != "" {
			doc := c.DocNumber
			city.extra = func() { f.Raw(" ").Elem("span", doc, "class", "doc") }
		}
		province := f.reviewMilestone(f.T("tl_province_stage", "stage", st.name), st.stage.province)
		if st.stage.province == nil || c.Date.After(st.stage.province.Date) {
			province = timelineItem{class: "pending", step: f.T("tl_province_stage", "stage", st.name), status: f.T("tl_awaiting_province")}
		}
		items = append(items, city, province)
	}
	return items
}

// procedureFacts adds the round's procedural facts to its facts list: who supervises its
// medium/high-cost options, and how many were unfinished when it was accepted.
func (f *pageBody) procedureFacts(l *derive.Listing) {
	if l.OptionsSupervisor != "" {
		f.fact(f.T("col_options_supervision"), func() {
			f.Text(f.T("supervision_" + l.OptionsSupervisor + "_" + l.OptionsAssisting))
		})
	}
	if l.UnfinishedAtAcceptance > 0 {
		f.fact(f.T("col_unfinished_at_acceptance"), func() {
			f.Raw(`<span class="status status-late"><span class="sym" aria-hidden="true">⚠</span>`).
				Text(f.T("unfinished_at_acceptance", "n", l.UnfinishedAtAcceptance)).Raw("</span>")
		})
	}
}

// rectificationOrders writes the round's orders: date and document, grounds, the city's
// proposal, deadline, and whether each is open, met or overdue.
func (f *pageBody) rectificationOrders(l *derive.Listing) {
	if len(l.Orders) == 0 && len(l.PendingProposals) == 0 {
		return
	}
	if len(l.Orders) > 0 {
		f.TableOpen("orders", f.T("orders_caption"), false, f.T("col_date"), f.T("col_doc"), f.T("col_grounds"),
			f.T("col_proposed"), f.T("col_deadline"), f.T("col_order_status"))
		for _, o := range l.Orders {
			f.Raw("<tr><td>").Date(o.Date).Raw("</td>")
			f.Cell(cmp.Or(o.DocNumber, "—"))
			f.Cell(cmp.Or(string(o.Grounds), f.T("grounds_none")))
			f.Raw("<td>")
			f.Date(o.Proposed) // "—" when none was proposed
			f.Raw("</td><td>")
			if o.Deadline.IsZero() {
				f.Text(f.T("deadline_none"))
			} else {
				f.Date(o.Deadline)
			}
			f.Raw("</td><td>")
			switch o.Status {
			case derive.OrderMet:
				label := f.T("order_met")
				if o.DaysLate > 0 {
					label = f.T("order_met_late", "days", o.DaysLate)
				}
				f.statusSpan("done", label)
				f.Raw(" <small>").Date(o.Rectified).Raw("</small>")
			case derive.OrderOverdue:
				f.statusSpan("overdue", f.T("order_overdue", "days", o.DaysOverdue))
			default:
				f.statusSpan("pending", f.T("order_open"))
			}
			f.Raw("</td></tr>")
		}
		f.TableClose()
	}
	for _, p := range l.PendingProposals {
		f.Raw(`<p class="warn">`).Text(f.T("proposal_pending", "date", p.Date.String(), "doc", cmp.Or(p.DocNumber, "—"))).Raw("</p>")
	}
}
