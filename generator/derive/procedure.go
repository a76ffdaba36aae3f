package derive

import (
	"cpportal/domain"
)

// Procedure is what the notice's procedure adds to a round: who supervises its options, how
// many medium/high-cost options were unfinished when it was accepted, and its rectification
// orders with their standing.
type Procedure struct {
	OptionsSupervisor      string               `json:"options_supervisor"`                 // province or city
	OptionsAssisting       string               `json:"options_assisting"`                  // city or county
	UnfinishedAtAcceptance int                  `json:"unfinished_at_acceptance,omitempty"` // medium/high-cost options not completed on the acceptance date
	Orders                 []RectificationOrder `json:"rectification_orders,omitempty"`
	PendingProposals       []domain.AuditEvent  `json:"rectification_proposals_pending,omitempty"` // proposals no order followed yet
}

// OrderStatus is where a rectification order stands as of the as-of date.
type OrderStatus string

const (
	OrderOpen    OrderStatus = "open"    // not rectified, deadline not passed (or none set)
	OrderMet     OrderStatus = "met"     // a rectified event closed it
	OrderOverdue OrderStatus = "overdue" // not rectified and the deadline has passed
)

// RectificationOrder is one rectification order (责令限期改正) of a round.
type RectificationOrder struct {
	Date        domain.Date                `json:"date"`
	DocNumber   string                     `json:"doc_number"`
	Grounds     domain.RectificationGround `json:"grounds"`
	Deadline    domain.Date                `json:"deadline"`  // null when the order names none
	Proposed    domain.Date                `json:"proposed"`  // the city's proposal (国控/省控), null when none is recorded
	Rectified   domain.Date                `json:"rectified"` // null while not rectified
	Status      OrderStatus                `json:"status"`
	DaysLate    int                        `json:"days_late,omitempty"`    // met after the deadline: rectified − deadline
	DaysOverdue int                        `json:"days_overdue,omitempty"` // overdue: as-of − deadline
}

// procedure fills in a round's Procedure from its events (dated by the as-of date, in order)
// and the enterprise's options.
func (in *inputs) procedure(l *Listing, uscc string, events []domain.AuditEvent) {
	l.OptionsSupervisor, l.OptionsAssisting = l.Level.OptionsSupervisor()
	l.Orders = rectificationOrders(events, in.asOf)
	l.PendingProposals = pendingProposals(events)
	for i := range events {
		if events[i].Event != domain.EventAccepted {
			continue
		}
		acc := &events[i]
		var unfinished []string
		for _, o := range in.options[uscc] {
			if o.Batch != l.Batch || !o.CostClass.MediumOrHigh() || o.Status == domain.OptionCancelled {
				continue
			}
			if o.Status != domain.OptionCompleted || o.Completed.IsZero() || o.Completed.After(acc.Date) {
				unfinished = append(unfinished, o.ID)
			}
		}
		l.UnfinishedAtAcceptance = len(unfinished) // validate warns of it with the event's position
		break                                      // the first acceptance is the one that counts
	}
}

// rectificationOrders pairs each order with the city's proposal before it and the rectified
// event that closes it: proposals and rectifications are matched to orders first in, first out.
func rectificationOrders(events []domain.AuditEvent, asOf domain.Date) []RectificationOrder {
	var orders []RectificationOrder
	var proposals []domain.Date
	for _, e := range events {
		switch e.Event {
		case domain.EventRectificationProposed:
			proposals = append(proposals, e.Date)
		case domain.EventRectification:
			o := RectificationOrder{Date: e.Date, DocNumber: e.DocNumber, Grounds: e.Grounds, Deadline: e.Deadline}
			if len(proposals) > 0 {
				o.Proposed, proposals = proposals[0], proposals[1:]
			}
			orders = append(orders, o)
		case domain.EventRectified:
			for i := range orders {
				if orders[i].Rectified.IsZero() {
					orders[i].Rectified = e.Date
					break
				}
			}
		}
	}
	for i := range orders {
		o := &orders[i]
		switch {
		case !o.Rectified.IsZero():
			o.Status = OrderMet
			if !o.Deadline.IsZero() && o.Rectified.After(o.Deadline) {
				o.DaysLate = o.Deadline.DaysUntil(o.Rectified)
			}
		case !o.Deadline.IsZero() && asOf.After(o.Deadline):
			o.Status, o.DaysOverdue = OrderOverdue, o.Deadline.DaysUntil(asOf)
		default:
			o.Status = OrderOpen
		}
	}
	return orders
}

// pendingProposals are the city's proposals that no later order took up (yet).
func pendingProposals(events []domain.AuditEvent) []domain.AuditEvent {
	var pending []domain.AuditEvent
	for _, e := range events {
		switch e.Event {
		case domain.EventRectificationProposed:
			pending = append(pending, e)
		case domain.EventRectification:
			if len(pending) > 0 {
				pending = pending[1:]
			}
		}
	}
	return pending
}

// OrderCounts counts a set of orders by status.
type OrderCounts struct {
	Open    int `json:"rectifications_open"`
	Overdue int `json:"rectifications_overdue"`
	Met     int `json:"rectifications_met"`
}

// Count counts the round's orders by status.
func (p Procedure) Count() OrderCounts {
	var c OrderCounts
	for _, o := range p.Orders {
		switch o.Status {
		case OrderOpen:
			c.Open++
		case OrderOverdue:
			c.Overdue++
		case OrderMet:
			c.Met++
		}
	}
	return c
}
