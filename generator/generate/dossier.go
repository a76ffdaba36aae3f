package generate

import (
	"cmp"
	"slices"
	"strconv"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/generate/pagehtml"
	"cpportal/search/contract"
)

// dossier writes the body of an enterprise page: a timeline per audit round,
// emissions with charts, options, the emission-reduction verification archive and related
// case studies. The header (name, badges, profile) is the template's.
func (f *pageBody) dossier(g *generator, e *derive.Enterprise) {
	f.Section("listings", f.T("h_listings"))
	f.Note(f.T("batch_note"))
	for i := range e.Listings {
		f.listing(g, e, &e.Listings[i])
	}
	if len(e.Listings) == 0 {
		f.Elem("p", f.T("no_listings"))
	}
	f.Close("section")
	f.emissions(e.Disclosures)
	f.disclosureGaps(e)
	f.options(e.Options, e.OptionStats)
	f.archive(g, e)
	f.relatedCases(g, e)
}

// statusSpan writes a status in words with its symbol: never colour alone.
func (f *pageBody) statusSpan(status, label string) {
	f.Raw(`<span class="status status-`, status, `"><span class="sym" aria-hidden="true">`).Text(f.T("sym_" + status)).Raw("</span>").Text(label).Raw("</span>")
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
func (f *pageBody) listing(g *generator, e *derive.Enterprise, l *derive.Listing) {
	f.Raw(`<article class="listing" id="round-`, pagehtml.Esc(l.Batch), `">`)
	f.Open("h3").Link(f.url("lists/"+l.Batch+"/"), l.BatchTitle)
	for i := range e.Listings {
		if &e.Listings[i] == l && derive.Relisted(e.Listings, i) {
			f.Raw(` <span class="badge">`).Text(f.T("relisted")).Raw("</span>")
		}
	}
	f.Close("h3")
	f.Raw(`<dl class="facts">`)
	f.fact(f.T("col_doc"), func() {
		if l.SourceURL != "" {
			f.Link(l.SourceURL, cmp.Or(l.DocNumber, l.SourceURL), "rel", "external")
		} else {
			f.Text(cmp.Or(l.DocNumber, "—"))
		}
	})
	f.fact(f.T("col_published"), func() { f.Date(l.Published) })
	f.fact(f.T("col_level"), func() {
		if l.Level == "" {
			f.Text(f.T("not_stated"))
			return
		}
		f.Text(f.T("level_" + levelKey(string(l.Level))))
	})
	f.fact(f.T("col_reasons"), func() {
		if len(l.Reasons) == 0 {
			f.Text(f.T("not_stated"))
			return
		}
		f.Text(f.reasons(l.Reasons))
	})
	f.fact(f.T("col_outcome"), func() {
		o := cmp.Or(string(l.Outcome), "none")
		f.Raw(`<span class="outcome outcome-`, o, `">`).Text(f.T("outcome_" + o)).Raw("</span>")
	})
	f.procedureFacts(l)
	f.Raw("</dl>")

	items := f.timeline(g, e, l)
	// The timeline restates the facts above and the events below as steps, statuses and
	// dates, the same words on every page: shown, not indexed.
	f.Open("ol", "class", "timeline", "aria-label", f.T("timeline_label"), contract.AttrIgnore, "")
	for _, it := range items {
		f.Raw(`<li class="tl-`, it.class, `">`)
		f.Elem("span", it.step, "class", "tl-step")
		if it.status != "" {
			f.statusSpan(it.class, it.status)
		}
		if !it.due.IsZero() || !it.done.IsZero() {
			f.Raw(" <small>")
			if !it.due.IsZero() {
				f.Text(f.T("due")).Raw(" ").Date(it.due)
				if it.provisional {
					f.Elem("span", f.T("provisional"), "class", "provisional", "title", f.T("provisional_title"))
				}
			}
			if !it.done.IsZero() {
				if !it.due.IsZero() {
					f.Raw(" · ")
				}
				f.Text(f.T(cmp.Or(it.dated, "done"))).Raw(" ").Date(it.done)
			}
			f.Raw("</small>")
		}
		if it.extra != nil {
			it.extra()
		}
		f.Raw("</li>")
	}
	f.Raw("</ol>")
	if len(l.Rectifications) > 0 {
		f.Raw(`<p class="warn"><span aria-hidden="true">⚠</span>`).Text(f.T("rectifications_n", "n", len(l.Rectifications))).Raw("</p>")
	}
	f.rectificationOrders(l)
	if len(l.Events) > 0 {
		f.TableOpen("events", f.T("events_caption"), false, f.T("col_date"), f.T("col_event"), f.T("col_doc"), f.T("col_agency"))
		for _, ev := range l.Events {
			rect := ev.Event == domain.EventRectification
			if rect {
				f.Raw(`<tr class="row-warn"><td>`)
			} else {
				f.Raw("<tr><td>")
			}
			f.Date(ev.Date).Raw(`</td><th scope="row">`)
			if rect {
				f.Raw(`<span aria-hidden="true">⚠</span>`)
			}
			f.Text(f.T("event_" + string(ev.Event))).Raw("</th>")
			f.eventSource(ev)
			f.agencyCell(g, ev.Agency)
			f.Raw("</tr>")
		}
		f.TableClose()
	}
	f.Raw("</article>")
}

// fact writes one <div><dt><dd> of a facts list.
func (f *pageBody) fact(term string, value func()) {
	f.Raw("<div>").Elem("dt", term).Raw("<dd>")
	value()
	f.Raw("</dd></div>")
}

// timeline builds the milestones of a round: list published → disclosure → start → report →
// options → evaluation → acceptance → next round, with the rectification orders placed by date.
func (f *pageBody) timeline(g *generator, e *derive.Enterprise, l *derive.Listing) []timelineItem {
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
		next.extra = func() { f.Raw(" ").Link(f.url("lists/"+batch+"/"), batch) }
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
				f.Raw(" ").Elem("span", r.DocNumber, "class", "doc")
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

func (f *pageBody) reviewMilestone(step string, ev *domain.AuditEvent) timelineItem {
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
		it.extra = func() { f.Raw(" ").Elem("span", doc, "class", "doc") }
	}
	return it
}

// optionsMilestone sums up the round's medium/high-cost options: done when every one of them
// is completed (on the latest completion date), else in progress; options past their planned
// date are counted.
func (f *pageBody) optionsMilestone(asOf domain.Date, e *derive.Enterprise, l *derive.Listing) timelineItem {
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
			f.Raw(` <span class="warn">`).Text(f.T("options_past_plan", "n", past)).Raw("</span>")
		}
	default:
		it.class = "pending"
	}
	it.extra = chain(it.extra, func() { f.Raw(" ").Link("#options", f.T("options_caption")) })
	return it
}

func chain(a, b func()) func() {
	if a == nil {
		return b
	}
	return func() { a(); b() }
}

// options writes the options table with totals, then the counts and completion rate.
func (f *pageBody) options(opts []domain.Option, st derive.OptionStats) {
	f.Section("options", f.T("h_options"))
	if len(opts) == 0 {
		f.Elem("p", f.T("no_options")).Close("section")
		return
	}
	f.TableOpen("options", f.T("options_caption"), false, f.T("col_option"), f.T("col_batch"), f.T("col_cost_class"), f.T("col_investment"),
		f.T("col_option_status"), f.T("col_planned"), f.T("col_completed"), f.withUnit("col_cod", "t/a"), f.withUnit("col_so2", "t/a"),
		f.withUnit("col_nox", "t/a"), f.withUnit("col_nh3n", "t/a"), f.withUnit("col_water", "t/a"), f.withUnit("col_energy", "tce/a"), f.T("col_benefit"))
	for _, o := range opts {
		if o.Status == domain.OptionCancelled {
			f.Raw(`<tr class="row-cancelled">`)
		} else {
			f.Raw("<tr>")
		}
		// the option's id and name are indexed; its batch, class, status, dates and figures not
		f.Raw(`<th scope="row"><span class="code">`).Text(o.ID).Raw("</span> ").Text(o.Title).Raw(`</th><td ` + contract.AttrIgnore + `="">`)
		f.Link(f.url("lists/"+o.Batch+"/"), o.Batch).Raw("</td>")
		f.IgnoredCell(string(o.CostClass))
		f.IgnoredCell(optFixed(o.InvestmentWan, moneyDecimals))
		f.IgnoredCell(f.T("option_" + string(o.Status)))
		f.Raw(`<td ` + contract.AttrIgnore + `="">`).Date(o.Planned).Raw(`</td><td ` + contract.AttrIgnore + `="">`).Date(o.Completed).Raw("</td>")
		for _, k := range domain.OptionReductionKinds {
			f.IgnoredCell(optFixed(o.Reductions.Ptr(k), kindDecimals(k)))
		}
		f.Raw("</tr>")
	}
	sum := st.Committed
	f.Raw(`</tbody><tfoot ` + contract.AttrIgnore + `=""><tr><th scope="row" colspan="3">`).Text(f.T("options_sum_planned")).Raw("</th>")
	f.Cell(fixed(sum.InvestmentWan, moneyDecimals))
	f.Raw(`<td colspan="3"></td>`)
	for _, k := range domain.OptionReductionKinds {
		f.Cell(fixed(sum.Amount(k), kindDecimals(k)))
	}
	f.Raw(`</tr><tr><th scope="row" colspan="3">`).Text(f.T("options_sum_completed")).Raw("</th>")
	f.Cell(fixed(st.CompletedAchieved.InvestmentWan, moneyDecimals))
	f.Raw(`<td colspan="3"></td>`)
	a := st.CompletedAchieved
	for _, k := range domain.OptionReductionKinds {
		f.Cell(fixed(a.Amount(k), kindDecimals(k)))
	}
	f.Raw("</tr></tfoot></table></div>")
	f.LabelRows()
	f.optionStats(st, false)
	f.Close("section")
}

// optionStats writes the counts and the completion rate of medium/high-cost options. Labels
// and figures, the same on every page of a kind: shown, not indexed.
// In a summary (summary: a city, an industry, the province) water and energy are in 万.
func (f *pageBody) optionStats(st derive.OptionStats, summary bool) {
	f.Raw(`<dl class="facts" ` + contract.AttrIgnore + `="">`)
	f.fact(f.T("options_total"), func() { f.Text(strconv.Itoa(st.Total)) })
	f.fact(f.T("options_mh"), func() { f.Text(strconv.Itoa(st.MediumHigh)) })
	f.fact(f.T("options_mh_done"), func() { f.Text(strconv.Itoa(st.MediumHighDone)) })
	f.fact(f.T("completion_rate"), func() {
		f.Text(pct(st.CompletionRate))
		if st.MediumHigh > 0 {
			f.Raw(" <small>(").Text(strconv.Itoa(st.MediumHighDone) + " / " + strconv.Itoa(st.MediumHigh) + f.cancelledNote(st)).Raw(")</small>")
		}
	})
	a := st.CompletedAchieved
	for _, k := range amountKinds {
		v := fixed(a.Amount(k), kindDecimals(k)) + " " + k.Unit()
		if summary {
			v = summaryFigure(k, a.Amount(k)) + " " + f.summaryUnit(k)
		}
		f.fact(f.T("col_"+k.Key()), func() { f.Text(v) })
	}
	f.fact(f.T("col_investment"), func() { f.Text(fixed(st.InvestmentWan, moneyDecimals)) })
	f.fact(f.T("col_benefit"), func() { f.Text(fixed(a.Amount(domain.ReduceBenefit), moneyDecimals)) })
	f.verifiedFacts(st)
	f.Raw("</dl>")
	f.Raw(`<p `+contract.AttrIgnore+`=""><small>`).Text(f.T("options_stats_note")).Raw(" ").Link(f.url("policy/")+"#options", f.T("how_computed")).Raw("</small></p>")
}
