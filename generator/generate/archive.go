package generate

import (
	"cmp"

	"cpportal/domain"
	"cpportal/generator/derive"
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
func (f *pageBody) archive(g *generator, e *derive.Enterprise) {
	f.Open("section", "aria-labelledby", "archive", contract.AttrIgnore, "")
	f.Elem("h2", f.T("h_archive"), "id", "archive")
	f.Elem("p", f.T("archive_note"))
	f.TableOpen("archive", f.T("h_archive"), true, f.T("col_archive_item"), f.T("col_archive_content"), f.T("col_source"))

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
			f.Text(f.T("archive_none"))
			return
		}
		f.Raw("<ul>")
		for _, o := range done {
			f.Raw("<li>").Text(o.Title).Raw(" <small>(").Text(string(o.CostClass)).Raw(", ").Date(o.Completed).Raw(")</small></li>")
		}
		f.Raw("</ul>")
		if water > 0 {
			f.Elem("p", f.T("archive_water", "water", fixed(water, waterDecimals)))
		}
	}, func() {
		reports := eventsOf(e, domain.EventReportSubmitted)
		f.docList(g, reports)
		if len(reports) > 0 {
			f.Raw("<br>")
		}
		f.Link("#options", f.T("options_caption"))
	})

	// monitoring data: the disclosures, year by year, with their published sources
	f.archiveRow(f.T("archive_monitoring"), func() {
		if len(e.Disclosures) == 0 {
			f.Text(f.T("no_disclosures"))
			return
		}
		f.Raw("<ul>")
		for _, y := range disclosureYears(e.Disclosures) {
			f.Raw("<li>").Text(f.T("archive_monitoring_year", "year", y.year, "rows", y.rows, "over", y.over, "nd", y.missing)).Raw("</li>")
		}
		f.Raw("</ul>")
	}, func() {
		seen := map[string]bool{}
		first := true
		for _, d := range e.Disclosures {
			if d.SourceURL == "" || seen[d.SourceURL] {
				continue
			}
			seen[d.SourceURL] = true
			if !first {
				f.Raw("<br>")
			}
			first = false
			f.Link(d.SourceURL, f.T("archive_disclosure_source", "year", d.Year), "rel", "external")
			if !d.Published.IsZero() {
				f.Raw(" ").Date(d.Published)
			}
		}
		if first {
			f.Link("#disclosures", f.T("h_disclosures"))
		}
	})

	// reductions achieved by the completed options
	a := e.OptionStats.CompletedAchieved
	f.archiveRow(f.T("archive_reductions"), func() {
		if a.IsZero() {
			f.Text(f.T("archive_none"))
			return
		}
		f.Text(reductionParts(f, a, ""))
	}, func() { f.Link("#options", f.T("options_caption")) })

	// reductions verified and counted in the emission-reduction accounting, apart from the claimed
	f.archiveRow(f.T("reductions_verified"), func() {
		f.Text(reductionParts(f, e.OptionStats.Verified, f.T("archive_none")))
	}, func() { f.Link("#options", f.T("options_caption")) })

	// medium/high-cost options completed
	st := e.OptionStats
	f.archiveRow(f.T("options_mh_done"), func() {
		f.Text(f.T("archive_options", "done", st.MediumHighDone, "total", st.MediumHigh, "rate", pct(st.CompletionRate)) + f.cancelledNote(st))
	}, func() { f.Link("#options", f.T("options_caption")) })

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
				f.Text(f.T("archive_none"))
				return
			}
			f.Raw("<ul>")
			for _, ev := range kind.evs {
				f.Raw("<li>").Date(ev.Date).Raw(" ").Text(f.T("event_"+string(ev.Event))).Raw(" · ").Link(f.url("lists/"+ev.Batch+"/"), ev.Batch).Raw("</li>")
			}
			f.Raw("</ul>")
		}, func() { f.docList(g, kind.evs) })
	}
	f.TableClose()
	f.Close("section")
}

func (f *pageBody) archiveRow(label string, content, source func()) {
	f.Raw(`<tr><th scope="row">`).Text(label).Raw("</th><td>")
	content()
	f.Raw("</td><td>")
	source()
	f.Raw("</td></tr>")
}

// docList writes the document numbers (and agencies) of events, one per line.
func (f *pageBody) docList(g *generator, evs []domain.AuditEvent) {
	n := 0
	for _, ev := range evs {
		if ev.DocNumber == "" && ev.Agency == "" {
			continue
		}
		if n > 0 {
			f.Raw("<br>")
		}
		n++
		f.Elem("span", cmp.Or(ev.DocNumber, f.T("no_doc_number")), "class", "doc")
		if name := g.agencyName(ev.Agency); name != "" {
			f.Raw(" <small>").Text(name).Raw("</small>")
		}
	}
	if n == 0 && len(evs) > 0 {
		f.Text(f.T("no_doc_number"))
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
