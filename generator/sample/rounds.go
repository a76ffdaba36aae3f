package sample

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"

	"cpportal/domain"
)

// relisting is an enterprise waiting to be put on a later list: it failed, was postponed,
// never reported, or is due for a new round five years after acceptance.
type relisting struct {
	ent   *enterprise
	ready domain.Date // it joins the first list published after this day
}

// runBatches assigns each enterprise its first list, then walks the lists in order of
// publication, adding the enterprises that rolled over from earlier rounds, and plays out
// every round.
func (w *world) runBatches() {
	total := 0
	for _, s := range w.shares {
		total += s
	}
	first := make([][]*enterprise, len(w.batches))
	for i, e := range w.ents {
		bi := 0
		if i > 0 {
			r := w.rng.IntN(total)
			for bi = 0; r >= w.shares[bi]; bi++ {
				r -= w.shares[bi]
			}
		}
		e.firstYear = w.batches[bi].Published.Year
		first[bi] = append(first[bi], e)
	}
	var waiting []relisting
	for bi, b := range w.batches {
		members := first[bi]
		inBatch := map[*enterprise]bool{}
		for _, e := range members {
			inBatch[e] = true
		}
		rest := waiting[:0]
		for _, r := range waiting {
			switch {
			case !r.ready.Before(b.Published):
				rest = append(rest, r)
			case !inBatch[r.ent]:
				inBatch[r.ent] = true
				members = append(members, r.ent)
			}
		}
		waiting = rest
		slices.SortFunc(members, func(x, y *enterprise) int { return cmp.Compare(x.index, y.index) })
		for _, e := range members {
			l := &listing{ent: e, batch: b, reasons: w.reasons(e.ind.profile, b.Published), agency: w.agencyFor(e)}
			waiting = append(waiting, w.playRound(l)...)
			b.listings = append(b.listings, l)
		}
		slices.SortFunc(b.listings, func(x, y *listing) int { return cmp.Compare(x.ent.USCC, y.ent.USCC) })
	}
}

// reasons draws one to three reasons typical of the industry, from those in use when the list
// was published: heavy metals and high energy use from 2012, key VOC sources from 2019.
func (w *world) reasons(p *profile, published domain.Date) []domain.Reason {
	var pool []domain.Reason
	for _, r := range p.reasons {
		switch {
		case (r == domain.ReasonHeavyMetal || r == domain.ReasonEnergy) && published.Year < 2012:
		case r == domain.ReasonVOC && published.Year < 2019:
		default:
			pool = append(pool, r)
		}
	}
	if len(pool) == 0 {
		pool = []domain.Reason{domain.ReasonOverStandard}
	}
	n := 1
	switch r := w.rng.Float64(); {
	case r < 0.15:
		n = 3
	case r < 0.55:
		n = 2
	}
	n = min(n, len(pool))
	picked := map[domain.Reason]bool{}
	for len(picked) < n {
		picked[pool[w.rng.IntN(len(pool))]] = true
	}
	var out []domain.Reason
	for _, r := range domain.Reasons { // in the order the site shows them
		if picked[r] {
			out = append(out, r)
		}
	}
	return out
}

// agencyFor picks the consulting agency of a round, mostly one from the enterprise's city.
func (w *world) agencyFor(e *enterprise) string {
	local := w.byCity[e.cityPos]
	if len(local) > 0 && w.rng.Float64() < 0.75 {
		return local[w.rng.IntN(len(local))]
	}
	return w.agencies[w.rng.IntN(len(w.agencies))].ID
}

// between draws a day from lo to hi inclusive (lo when hi is earlier).
func (w *world) between(lo, hi domain.Date) domain.Date {
	n := lo.DaysUntil(hi)
	if n <= 0 {
		return lo
	}
	return lo.AddDays(w.rng.IntN(n + 1))
}

// after draws a day from d+lo to d+hi days.
func (w *world) after(d domain.Date, lo, hi int) domain.Date {
	return d.AddDays(lo + w.rng.IntN(hi-lo+1))
}

func later(a, b domain.Date) domain.Date {
	if a.After(b) {
		return a
	}
	return b
}

// docNumber makes a sample document number of the authority that acts for a control level:
// the province for 国控 and 省控, the city for 市控 (data/README.md, `audits.csv`), marked 示 as a sample.
func (w *world) docNumber(e *enterprise, kind string, d domain.Date) string {
	abbr := "粤"
	if e.Level == domain.LevelCity {
		abbr = cities[e.cityPos].abbr
	}
	return fmt.Sprintf("%s环示%s〔%d〕%d号", abbr, kind, d.Year, 1+w.rng.IntN(300))
}

// playRound plays out one audit round: disclosure, registration, start and report on time,
// late or never; evaluation and acceptance passed, failed or postponed; a rectification order
// for a step missed or a failed evaluation. Events after AsOf have not happened yet and are
// dropped. It returns the enterprise's next listing, if the round leads to one, and adds the
// round's options.
func (w *world) playRound(l *listing) []relisting {
	e, p := l.ent, l.batch.Published
	due := [3]domain.Date{p.AddMonthsClamped(1), p.AddMonthsClamped(2), p.AddMonthsClamped(12)}
	var events []domain.AuditEvent
	add := func(kind domain.EventKind, d domain.Date, doc, agency string) {
		events = append(events, domain.AuditEvent{USCC: e.USCC, Batch: l.batch.ID, Event: kind, Date: d, DocNumber: doc, Agency: agency})
	}
	proc := w.procRand(l)
	doc := func(kind string, d domain.Date) string { return procDoc(proc, e, kind, d) }
	var order domain.Date // the round's rectification order, if any
	orderFor := func(chance float64, lo, hi domain.Date) {
		if order.IsZero() && !hi.Before(lo) && w.rng.Float64() < chance {
			order = w.between(lo, hi)
			add(domain.EventRectification, order, w.docNumber(e, "改", order), "")
			i := len(events) - 1
			o := events[i]
			failed := slices.ContainsFunc(events, func(ev domain.AuditEvent) bool { return ev.Event == domain.EventFailed })
			orderDetails(proc, e, failed, &o, add, doc)
			events[i].Grounds, events[i].Deadline = o.Grounds, o.Deadline
		}
	}
	// step draws whether a step is done on time (from onLo to onHi days after publication),
	// late (12 to lateHi days after its due date) or not at all, never before the previous step.
	step := func(onTime, late float64, onLo, onHi, lateHi int, due, prev domain.Date, gap int) domain.Date {
		var d domain.Date
		switch r := w.rng.Float64(); {
		case r < onTime:
			d = w.after(p, onLo, onHi)
		case r < onTime+late:
			d = w.after(due, 12, lateHi)
		default:
			return domain.Date{}
		}
		if !prev.IsZero() {
			d = later(d, w.after(prev, 1, gap))
		}
		return d
	}

	disclosed := step(0.83, 0.11, 4, 24, 75, due[0], domain.Date{}, 1)
	switch {
	case disclosed.IsZero():
		orderFor(0.5, due[0].AddDays(20), due[0].AddDays(90))
	case disclosed.After(due[0]):
		orderFor(0.25, due[0].AddDays(5), disclosed.AddDays(-3))
	}
	if !disclosed.IsZero() {
		add(domain.EventDisclosed, disclosed, "", "")
		events[len(events)-1].Media, events[len(events)-1].SourceURL = disclosureMedia(proc, e, l.batch.ID)
	}
	prev := disclosed
	if p.Year >= 2015 && w.rng.Float64() < 0.9 {
		registered := w.after(p, 5, 28)
		if !prev.IsZero() {
			registered = later(registered, w.after(prev, 0, 5))
		}
		add(domain.EventRegistered, registered, "", l.agency)
		prev = registered
	}
	started := step(0.83, 0.11, 15, 55, 150, due[1], prev, 6)
	switch {
	case started.IsZero():
		orderFor(0.7, due[1].AddDays(15), due[1].AddDays(60))
	case started.After(due[1]):
		orderFor(0.3, due[1].AddDays(5), started.AddDays(-3))
	}
	var next []relisting
	var reported domain.Date
	if !started.IsZero() {
		add(domain.EventStarted, started, "", l.agency)
		reported = step(0.76, 0.16, 240, 350, 240, due[2], started, 150)
		if reported.Before(started.AddDays(90)) && !reported.IsZero() {
			reported = w.after(started, 90, 150)
		}
	}
	switch {
	case reported.IsZero():
		orderFor(0.75, due[2].AddDays(15), due[2].AddDays(90))
		if due[2].Before(AsOf) && w.rng.Float64() < 0.6 {
			next = append(next, relisting{e, w.after(due[2], 60, 400)})
		}
	case reported.After(due[2]):
		orderFor(0.3, due[2].AddDays(5), reported.AddDays(-3))
	}
	if !reported.IsZero() {
		add(domain.EventReportSubmitted, reported, "", l.agency)
		next = append(next, w.judge(l, reported, add, orderFor, proc, doc)...)
		if !reported.After(AsOf) {
			first := len(w.options)
			w.makeOptions(l, reported)
			finishBeforeAcceptance(proc, events, w.options[first:])
		}
	}

	// What lies after the as-of date has not happened; neither has what it would have led to.
	kept := events[:0]
	for _, ev := range events {
		if !ev.Date.After(AsOf) {
			kept = append(kept, ev)
		}
	}
	l.events = kept
	var ready []relisting
	for _, r := range next {
		if !r.ready.After(AsOf) {
			ready = append(ready, r)
		}
	}
	return ready
}

// judge plays evaluation and acceptance after a report and returns the relisting they lead to.
func (w *world) judge(l *listing, reported domain.Date, add func(domain.EventKind, domain.Date, string, string), orderFor func(float64, domain.Date, domain.Date),
	proc *rand.Rand, doc func(string, domain.Date) string) []relisting {
	e := l.ent
	outcome := func(pass, fail float64) domain.EventKind {
		switch r := w.rng.Float64(); {
		case r < pass:
			return domain.EventEvaluated
		case r < pass+fail:
			return domain.EventFailed
		}
		return domain.EventPostponed
	}
	// A failed or postponed round ends; the enterprise goes on a later list. d is the review's
	// day as drawn, which the rest of the sample follows; decided is the province's decision,
	// later than d for 市控, where the city's report comes first.
	endRound := func(kind domain.EventKind, d, decided domain.Date) []relisting {
		add(kind, decided, w.docNumber(e, "函", decided), "")
		if kind == domain.EventFailed {
			orderFor(0.35, decided.AddDays(10), decided.AddDays(40))
		}
		if d.After(AsOf) || w.rng.Float64() > 0.85 {
			return nil
		}
		return []relisting{{e, w.after(d, 30, 240)}}
	}
	evaluated := w.after(reported, 45, 200)
	decided := cityStage(proc, e, false, evaluated, reported, add, doc)
	if kind := outcome(0.74, 0.13); kind != domain.EventEvaluated {
		return endRound(kind, evaluated, decided)
	}
	add(domain.EventEvaluated, decided, w.docNumber(e, "函", decided), "")
	if w.rng.Float64() < 0.05 {
		return nil // acceptance not yet organised
	}
	accepted := w.after(evaluated, 150, 540)
	decided = cityStage(proc, e, true, accepted, reported, add, doc)
	kind := outcome(0.82, 0.09)
	if kind != domain.EventEvaluated {
		return endRound(kind, accepted, decided)
	}
	add(domain.EventAccepted, decided, w.docNumber(e, "函", decided), "")
	if w.rng.Float64() < 0.3 {
		// Continuous auditing: a new round five years or so after acceptance.
		return []relisting{{e, w.after(accepted, 5*365, 6*365)}}
	}
	return nil
}
