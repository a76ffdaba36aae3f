package generate

import (
	"cmp"
	"slices"
	"strconv"

	"cpportal/generator/derive"
	"cpportal/generator/domain"
	"cpportal/search/contract"
)

// dossier writes the body of an enterprise page: a timeline per audit round,
// emissions with charts, options, the emission-reduction verification archive and related
// case studies. The header (name, badges, profile) is the template's.
func (f *frag) dossier(g *generator, e *derive.Enterprise) {
	f.section("listings", f.T("h_listings"))
	f.note(f.T("batch_note"))
	for i := range e.Listings {
		f.listing(g, e, &e.Listings[i])
	}
	if len(e.Listings) == 0 {
		f.elem("p", f.T("no_listings"))
	}
	f.close("section")
	f.emissions(e.Disclosures)
	f.disclosureGaps(e)
	f.options(e.Options, e.OptionStats)
	f.archive(g, e)
	f.relatedCases(g, e)
}

// statusSpan writes a status in words with its symbol: never colour alone.
func (f *frag) statusSpan(status, label string) {
	f.raw(`<span class="status status-`, status, `"><span class="sym" aria-hidden="true">`).text(f.T("sym_" + status)).raw("</span>").text(label).raw("</span>")
}

// timelineItem is one milestone of an audit round.
type timelineItem struct {
	class  string // on_time, late, overdue, pending, done, failed, none
	step   string
	status string // words
	due    domain.Date
	done   domain.Date
	extra  func()
	sortOn domain.Date // where rectification orders fit in
	dated  string      // the word before the done date; "done" unless set
	// provisional: the due date lies after the holiday calendar (statutory holidays only)
	provisional bool
}

// listing writes one audit round: its facts, the timeline from the list's publication to the
// next round with rectification orders in date order, and the round's events.
func (f *frag) listing(g *generator, e *derive.Enterprise, l *derive.Listing) {
	f.raw(`<article class="listing" id="round-`, esc(l.Batch), `">`)
	f.open("h3").link(f.url("lists/"+l.Batch+"/"), l.BatchTitle)
	for i := range e.Listings {
		if &e.Listings[i] == l && derive.Relisted(e.Listings, i) {
			f.raw(` <span class="badge">`).text(f.T("relisted")).raw("</span>")
		}
	}
	f.close("h3")
	f.raw(`<dl class="facts">`)
	f.fact(f.T("col_doc"), func() {
		if l.SourceURL != "" {
			f.link(l.SourceURL, cmp.Or(l.DocNumber, l.SourceURL), "rel", "external")
		} else {
			f.text(cmp.Or(l.DocNumber, "—"))
		}
	})
	f.fact(f.T("col_published"), func() { f.date(l.Published) })
	f.fact(f.T("col_level"), func() {
		if l.Level == "" {
			f.text(f.T("not_stated"))
			return
		}
		f.text(f.T("level_" + levelKey(string(l.Level))))
	})
	f.fact(f.T("col_reasons"), func() {
		if len(l.Reasons) == 0 {
			f.text(f.T("not_stated"))
			return
		}
		f.text(f.reasons(l.Reasons))
	})
	f.fact(f.T("col_outcome"), func() {
		o := cmp.Or(string(l.Outcome), "none")
		f.raw(`<span class="outcome outcome-`, o, `">`).text(f.T("outcome_" + o)).raw("</span>")
	})
	f.procedureFacts(l)
	f.raw("</dl>")

	items := f.timeline(g, e, l)
	// The timeline restates the facts above and the events below as steps, statuses and
	// dates, the same words on every page: shown, not indexed.
	f.open("ol", "class", "timeline", "aria-label", f.T("timeline_label"), contract.AttrIgnore, "")
	for _, it := range items {
		f.raw(`<li class="tl-`, it.class, `">`)
		f.elem("span", it.step, "class", "tl-step")
		if it.status != "" {
			f.statusSpan(it.class, it.status)
		}
		if !it.due.IsZero() || !it.done.IsZero() {
			f.raw(" <small>")
			if !it.due.IsZero() {
				f.text(f.T("due")).raw(" ").date(it.due)
				if it.provisional {
					f.elem("span", f.T("provisional"), "class", "provisional", "title", f.T("provisional_title"))
				}
			}
			if !it.done.IsZero() {
				if !it.due.IsZero() {
					f.raw(" · ")
				}
				f.text(f.T(cmp.Or(it.dated, "done"))).raw(" ").date(it.done)
			}
			f.raw("</small>")
		}
		if it.extra != nil {
			it.extra()
		}
		f.raw("</li>")
	}
	f.raw("</ol>")
	if len(l.Rectifications) > 0 {
		f.raw(`<p class="warn"><span aria-hidden="true">⚠</span>`).text(f.T("rectifications_n", "n", len(l.Rectifications))).raw("</p>")
	}
	f.rectificationOrders(l)
	if len(l.Events) > 0 {
		f.tableOpen("events", f.T("events_caption"), false, f.T("col_date"), f.T("col_event"), f.T("col_doc"), f.T("col_agency"))
		for _, ev := range l.Events {
			rect := ev.Event == domain.EventRectification
			if rect {
				f.raw(`<tr class="row-warn"><td>`)
			} else {
				f.raw("<tr><td>")
			}
			f.date(ev.Date).raw(`</td><th scope="row">`)
			if rect {
				f.raw(`<span aria-hidden="true">⚠</span>`)
			}
			f.text(f.T("event_" + string(ev.Event))).raw("</th>")
			f.eventSource(ev)
			f.agencyCell(g, ev.Agency)
			f.raw("</tr>")
		}
		f.tableClose()
	}
	f.raw("</article>")
}

// fact writes one <div><dt><dd> of a facts list.
func (f *frag) fact(term string, value func()) {
	f.raw("<div>").elem("dt", term).raw("<dd>")
	value()
	f.raw("</dd></div>")
}

// timeline builds the milestones of a round: list published → disclosure → start → report →
// options → evaluation → acceptance → next round, with the rectification orders placed by date.
func (f *frag) timeline(g *generator, e *derive.Enterprise, l *derive.Listing) []timelineItem {
	items := []timelineItem{{class: "done", step: f.T("tl_published"), done: l.Published, sortOn: l.Published}}
	for _, s := range l.Steps {
		days := max(s.DaysLate, s.DaysOverdue)
		key := "status_" + string(s.Status)
		if s.Status == derive.StatusSuperseded && days == 0 {
			key = "status_superseded_none"
		}
		it := timelineItem{class: string(s.Status), step: f.T("step_" + string(s.Step)), status: f.T(key, "dur", f.dur(days)), due: s.Due, done: s.Done, sortOn: s.Done, provisional: s.Provisional}
		if s.Done.IsZero() {
			it.sortOn = s.Due
		}
		items = append(items, it)
	}
	items = append(items, f.optionsMilestone(g.in.Facts.AsOf, e, l))
	items = append(items, f.reviewMilestones(l)...)
	next := timelineItem{class: "none", step: f.T("tl_next")}
	if l.NextBatch != "" {
		next.class = "done"
		next.status = f.T("tl_rolled_into", "batch", l.NextBatch)
		if l.Outcome == derive.OutcomeAccepted { // a new round after a passed one, not a roll-over
			next.status = f.T("tl_relisted_into", "batch", l.NextBatch)
		}
		batch := l.NextBatch
		next.extra = func() { f.raw(" ").link(f.url("lists/"+batch+"/"), batch) }
	} else {
		next.status = f.T("tl_next_none")
	}
	items = append(items, next)
	// rectification orders go after the last milestone dated on or before them
	for _, r := range l.Rectifications {
		r := r
		it := timelineItem{class: "rect", step: f.T("event_rectification_ordered"), status: f.T("tl_rect_issued"), done: r.Date, sortOn: r.Date, dated: "col_date"}
		it.extra = func() {
			if r.DocNumber != "" {
				f.raw(" ").elem("span", r.DocNumber, "class", "doc")
			}
		}
		at := 1
		for i, x := range items {
			if !x.sortOn.IsZero() && !x.sortOn.After(r.Date) {
				at = i + 1
			}
		}
		items = slices.Insert(items, at, it)
	}
	return items
}

func (f *frag) reviewMilestone(step string, ev *domain.AuditEvent) timelineItem {
	it := timelineItem{class: "none", step: step, status: f.T("tl_not_yet")}
	if ev == nil {
		return it
	}
	it.done, it.sortOn, it.dated = ev.Date, ev.Date, "col_date"
	switch ev.Event {
	case domain.EventFailed:
		it.class, it.status = "failed", f.T("tl_failed")
	case domain.EventPostponed:
		it.class, it.status = "late", f.T("tl_postponed")
	default:
		it.class, it.status = "done", f.T("tl_passed")
	}
	if ev.DocNumber != "" {
		doc := ev.DocNumber
		it.extra = func() { f.raw(" ").elem("span", doc, "class", "doc") }
	}
	return it
}

// optionsMilestone sums up the round's medium/high-cost options: done when every one of them
// is completed (on the latest completion date), else in progress; options past their planned
// date are counted.
func (f *frag) optionsMilestone(asOf domain.Date, e *derive.Enterprise, l *derive.Listing) timelineItem {
	it := timelineItem{class: "none", step: f.T("tl_options")}
	total, done, past := 0, 0, 0
	var lastDone, lastPlanned domain.Date
	for _, o := range e.Options {
		if o.Batch != l.Batch || !o.CostClass.MediumOrHigh() || o.Status == domain.OptionCancelled {
			continue
		}
		total++
		if o.Planned.After(lastPlanned) {
			lastPlanned = o.Planned
		}
		completed := o.Status == domain.OptionCompleted && !o.Completed.IsZero() && !o.Completed.After(asOf)
		if completed {
			done++
			if o.Completed.After(lastDone) {
				lastDone = o.Completed
			}
		} else if !o.Planned.IsZero() && o.Planned.Before(asOf) {
			past++
		}
	}
	if total == 0 {
		it.status = f.T("options_none")
		return it
	}
	it.due = lastPlanned
	it.status = f.T("options_progress", "done", done, "total", total)
	switch {
	case done == total:
		it.class, it.done, it.sortOn = "done", lastDone, lastDone
	case past > 0:
		it.class = "late"
		it.extra = func() {
			f.raw(` <span class="warn">`).text(f.T("options_past_plan", "n", past)).raw("</span>")
		}
	default:
		it.class = "pending"
	}
	it.extra = chain(it.extra, func() { f.raw(" ").link("#options", f.T("options_caption")) })
	return it
}

func chain(a, b func()) func() {
	if a == nil {
		return b
	}
	return func() { a(); b() }
}

// options writes the options table with totals, then the counts and completion rate.
func (f *frag) options(opts []domain.Option, st derive.OptionStats) {
	f.section("options", f.T("h_options"))
	if len(opts) == 0 {
		f.elem("p", f.T("no_options")).close("section")
		return
	}
	f.tableOpen("options", f.T("options_caption"), false, f.T("col_option"), f.T("col_batch"), f.T("col_cost_class"), f.T("col_investment"),
		f.T("col_option_status"), f.T("col_planned"), f.T("col_completed"), f.withUnit("col_cod", "t/a"), f.withUnit("col_so2", "t/a"),
		f.withUnit("col_nox", "t/a"), f.withUnit("col_nh3n", "t/a"), f.withUnit("col_water", "t/a"), f.withUnit("col_energy", "tce/a"), f.T("col_benefit"))
	for _, o := range opts {
		if o.Status == domain.OptionCancelled {
			f.raw(`<tr class="row-cancelled">`)
		} else {
			f.raw("<tr>")
		}
		// the option's id and name are indexed; its batch, class, status, dates and figures not
		f.raw(`<th scope="row"><span class="code">`).text(o.ID).raw("</span> ").text(o.Title).raw(`</th><td ` + contract.AttrIgnore + `="">`)
		f.link(f.url("lists/"+o.Batch+"/"), o.Batch).raw("</td>")
		f.ignoredCell(string(o.CostClass))
		f.ignoredCell(optFixed(o.InvestmentWan, moneyDecimals))
		f.ignoredCell(f.T("option_" + string(o.Status)))
		f.raw(`<td ` + contract.AttrIgnore + `="">`).date(o.Planned).raw(`</td><td ` + contract.AttrIgnore + `="">`).date(o.Completed).raw("</td>")
		for _, k := range domain.OptionReductionKinds {
			f.ignoredCell(optFixed(o.Reductions.Ptr(k), kindDecimals(k)))
		}
		f.raw("</tr>")
	}
	sum := st.Committed
	f.raw(`</tbody><tfoot ` + contract.AttrIgnore + `=""><tr><th scope="row" colspan="3">`).text(f.T("options_sum_planned")).raw("</th>")
	f.cell(fixed(sum.InvestmentWan, moneyDecimals))
	f.raw(`<td colspan="3"></td>`)
	for _, k := range domain.OptionReductionKinds {
		f.cell(fixed(sum.Amount(k), kindDecimals(k)))
	}
	f.raw(`</tr><tr><th scope="row" colspan="3">`).text(f.T("options_sum_completed")).raw("</th>")
	f.cell(fixed(st.CompletedAchieved.InvestmentWan, moneyDecimals))
	f.raw(`<td colspan="3"></td>`)
	a := st.CompletedAchieved
	for _, k := range domain.OptionReductionKinds {
		f.cell(fixed(a.Amount(k), kindDecimals(k)))
	}
	f.raw("</tr></tfoot></table></div>")
	f.labelRows()
	f.optionStats(st, false)
	f.close("section")
}

// optionStats writes the counts and the completion rate of medium/high-cost options. Labels
// and figures, the same on every page of a kind: shown, not indexed.
// In a summary (summary: a city, an industry, the province) water and energy are in 万.
func (f *frag) optionStats(st derive.OptionStats, summary bool) {
	f.raw(`<dl class="facts" ` + contract.AttrIgnore + `="">`)
	f.fact(f.T("options_total"), func() { f.text(strconv.Itoa(st.Total)) })
	f.fact(f.T("options_mh"), func() { f.text(strconv.Itoa(st.MediumHigh)) })
	f.fact(f.T("options_mh_done"), func() { f.text(strconv.Itoa(st.MediumHighDone)) })
	f.fact(f.T("completion_rate"), func() {
		f.text(percent(st.CompletionRate))
		if st.MediumHigh > 0 {
			f.raw(" <small>(").text(strconv.Itoa(st.MediumHighDone) + " / " + strconv.Itoa(st.MediumHigh) + f.cancelledNote(st)).raw(")</small>")
		}
	})
	a := st.CompletedAchieved
	for _, k := range amountKinds {
		v := fixed(a.Amount(k), kindDecimals(k)) + " " + k.Unit()
		if summary {
			v = summaryFigure(k, a.Amount(k)) + " " + f.summaryUnit(k)
		}
		f.fact(f.T("col_"+k.Key()), func() { f.text(v) })
	}
	f.fact(f.T("col_investment"), func() { f.text(fixed(st.InvestmentWan, moneyDecimals)) })
	f.fact(f.T("col_benefit"), func() { f.text(fixed(a.Amount(domain.ReduceBenefit), moneyDecimals)) })
	f.verifiedFacts(st)
	f.raw("</dl>")
	f.raw(`<p `+contract.AttrIgnore+`=""><small>`).text(f.T("options_stats_note")).raw(" ").link(f.url("policy/")+"#options", f.T("how_computed")).raw("</small></p>")
}
