package generate

import (
	"cmp"

	"cpportal/generator/derive"
	"cpportal/generator/domain"
	"cpportal/search/contract"
)

// archive writes the emission-reduction verification archive (减排核查档案) that the city
// keeps per enterprise: process changes and reclaimed-water use, monitoring data, reductions
// achieved, completion of medium/high-cost options, and the evaluation and acceptance
// reports. Each item names its source: a document number, a published link or the table of
// this page it is computed from.
//
// The archive is shown but not indexed: it restates what the page already says (the options,
// the disclosures, the events with their document numbers and agencies) in the archive's
// order, and its labels and counts are the same words on every dossier.
func (f *frag) archive(g *generator, e *derive.Enterprise) {
	f.open("section", "aria-labelledby", "archive", contract.AttrIgnore, "")
	f.elem("h2", f.T("h_archive"), "id", "archive")
	f.elem("p", f.T("archive_note"))
	f.tableOpen("archive", f.T("h_archive"), true, f.T("col_archive_item"), f.T("col_archive_content"), f.T("col_source"))

	// process changes and reclaimed water: the completed options
	var done []domain.Option
	water := 0.0
	for _, o := range e.Options {
		if o.Status == domain.OptionCompleted && !o.Completed.IsZero() && !o.Completed.After(g.in.Facts.AsOf) {
			done = append(done, o)
			water += o.Reductions.Amount(domain.ReduceWater)
		}
	}
	f.archiveRow(f.T("archive_process"), func() {
		if len(done) == 0 {
			f.text(f.T("archive_none"))
			return
		}
		f.raw("<ul>")
		for _, o := range done {
			f.raw("<li>").text(o.Title).raw(" <small>(").text(string(o.CostClass)).raw(", ").date(o.Completed).raw(")</small></li>")
		}
		f.raw("</ul>")
		if water > 0 {
			f.elem("p", f.T("archive_water", "water", fixed(water, waterDecimals)))
		}
	}, func() {
		reports := eventsOf(e, domain.EventReportSubmitted)
		f.docList(g, reports)
		if len(reports) > 0 {
			f.raw("<br>")
		}
		f.link("#options", f.T("options_caption"))
	})

	// monitoring data: the disclosures, year by year, with their published sources
	f.archiveRow(f.T("archive_monitoring"), func() {
		if len(e.Disclosures) == 0 {
			f.text(f.T("no_disclosures"))
			return
		}
		f.raw("<ul>")
		for _, y := range disclosureYears(e.Disclosures) {
			f.raw("<li>").text(f.T("archive_monitoring_year", "year", y.year, "rows", y.rows, "over", y.over, "nd", y.missing)).raw("</li>")
		}
		f.raw("</ul>")
	}, func() {
		seen := map[string]bool{}
		first := true
		for _, d := range e.Disclosures {
			if d.SourceURL == "" || seen[d.SourceURL] {
				continue
			}
			seen[d.SourceURL] = true
			if !first {
				f.raw("<br>")
			}
			first = false
			f.link(d.SourceURL, f.T("archive_disclosure_source", "year", d.Year), "rel", "external")
			if !d.Published.IsZero() {
				f.raw(" ").date(d.Published)
			}
		}
		if first {
			f.link("#disclosures", f.T("h_disclosures"))
		}
	})

	// reductions achieved by the completed options
	a := e.OptionStats.CompletedAchieved
	f.archiveRow(f.T("archive_reductions"), func() {
		if a.IsZero() {
			f.text(f.T("archive_none"))
			return
		}
		f.text(reductionParts(f, a, ""))
	}, func() { f.link("#options", f.T("options_caption")) })

	// reductions verified and counted in the emission-reduction accounting, apart from the claimed
	f.archiveRow(f.T("reductions_verified"), func() {
		f.text(reductionParts(f, e.OptionStats.Verified, f.T("archive_none")))
	}, func() { f.link("#options", f.T("options_caption")) })

	// medium/high-cost options completed
	st := e.OptionStats
	f.archiveRow(f.T("options_mh_done"), func() {
		f.text(f.T("archive_options", "done", st.MediumHighDone, "total", st.MediumHigh, "rate", percent(st.CompletionRate)) + f.cancelledNote(st))
	}, func() { f.link("#options", f.T("options_caption")) })

	// evaluation and acceptance reports
	for _, kind := range []struct {
		label string
		evs   []domain.AuditEvent
	}{
		{f.T("archive_evaluation"), reviewEvents(e, true)},
		{f.T("archive_acceptance"), reviewEvents(e, false)},
	} {
		f.archiveRow(kind.label, func() {
			if len(kind.evs) == 0 {
				f.text(f.T("archive_none"))
				return
			}
			f.raw("<ul>")
			for _, ev := range kind.evs {
				f.raw("<li>").date(ev.Date).raw(" ").text(f.T("event_"+string(ev.Event))).raw(" · ").link(f.url("lists/"+ev.Batch+"/"), ev.Batch).raw("</li>")
			}
			f.raw("</ul>")
		}, func() { f.docList(g, kind.evs) })
	}
	f.tableClose()
	f.close("section")
}

func (f *frag) archiveRow(label string, content, source func()) {
	f.raw(`<tr><th scope="row">`).text(label).raw("</th><td>")
	content()
	f.raw("</td><td>")
	source()
	f.raw("</td></tr>")
}

// docList writes the document numbers (and agencies) of events, one per line.
func (f *frag) docList(g *generator, evs []domain.AuditEvent) {
	n := 0
	for _, ev := range evs {
		if ev.DocNumber == "" && ev.Agency == "" {
			continue
		}
		if n > 0 {
			f.raw("<br>")
		}
		n++
		f.elem("span", cmp.Or(ev.DocNumber, f.T("no_doc_number")), "class", "doc")
		if name := g.agencyName(ev.Agency); name != "" {
			f.raw(" <small>").text(name).raw("</small>")
		}
	}
	if n == 0 && len(evs) > 0 {
		f.text(f.T("no_doc_number"))
	}
}

func eventsOf(e *derive.Enterprise, kind domain.EventKind) []domain.AuditEvent {
	var out []domain.AuditEvent
	for _, l := range e.Listings {
		for _, ev := range l.Events {
			if ev.Event == kind {
				out = append(out, ev)
			}
		}
	}
	return out
}

// reviewEvents returns the evaluation (eval) or acceptance events of every round, split as
// roundStages splits them (the city's preliminary steps included).
func reviewEvents(e *derive.Enterprise, eval bool) []domain.AuditEvent {
	var out []domain.AuditEvent
	for _, l := range e.Listings {
		passedEval := false
		for _, ev := range l.Events {
			var isEval bool
			switch ev.Event {
			case domain.EventEvaluated:
				isEval, passedEval = true, true
			case domain.EventAccepted:
				isEval = false
			case domain.EventFailed, domain.EventPostponed, domain.EventCityReviewed:
				isEval = !passedEval
			case domain.EventCityEvaluated:
				isEval = true
			case domain.EventCityAccepted:
				isEval = false
			default:
				continue
			}
			if isEval == eval {
				out = append(out, ev)
			}
		}
	}
	return out
}

type yearCount struct{ year, rows, over, missing int }

func disclosureYears(rows []derive.DisclosureFact) []yearCount {
	var out []yearCount
	for _, r := range rows {
		if len(out) == 0 || out[len(out)-1].year != r.Year {
			out = append(out, yearCount{year: r.Year})
		}
		y := &out[len(out)-1]
		y.rows++
		if r.OverLimit || r.OverQuota {
			y.over++
		}
		if len(r.NotDisclosed) > 0 {
			y.missing++
		}
	}
	return out
}

// agencyName returns the name of a consulting agency, "" for none.
func (g *generator) agencyName(id string) string {
	if id == "" {
		return ""
	}
	if a, ok := g.agencies[id]; ok {
		return a
	}
	return id
}
