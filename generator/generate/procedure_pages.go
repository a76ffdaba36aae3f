package generate

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// disclosureGaps lists the items an enterprise was expected to disclose and has no row for:
// like an empty cell, each is 未公开.
func (f *pageBody) disclosureGaps(e *derive.Enterprise) {
	if len(e.DisclosureGaps) == 0 {
		return
	}
	f.Section("disclosure-gaps", f.T("h_disclosure_gaps"))
	f.Note(f.T("disclosure_gaps_note", "n", len(e.DisclosureGaps)))
	f.TableOpen("gaps", f.T("h_disclosure_gaps"), true, f.T("col_year"), f.T("col_pollutant"), f.T("col_outlet"), f.T("col_disclosed"))
	for _, g := range e.DisclosureGaps {
		f.Raw("<tr>").Elem("th", strconv.Itoa(g.Year), "scope", "row")
		f.Cell(g.Pollutant)
		f.Cell(g.Outlet)
		f.Raw(`<td class="nd">`).Text(f.T("not_disclosed")).Raw("</td></tr>")
	}
	f.TableClose()
	f.Close("section")
}

// eventSource writes the document column of an event: for a disclosure, where it was
// published (the medium, linked when there is a link), or 公开途径未注明 when neither is known.
func (f *pageBody) eventSource(ev domain.AuditEvent) {
	if ev.Event != domain.EventDisclosed {
		f.Cell(cmp.Or(ev.DocNumber, "—"))
		return
	}
	f.Raw("<td>")
	switch {
	case ev.SourceURL != "":
		f.Link(ev.SourceURL, cmp.Or(ev.Media, ev.SourceURL), "rel", "external")
	case ev.Media != "":
		f.Text(ev.Media)
	default:
		f.Raw(`<span class="nd">`).Text(f.T("route_unstated")).Raw("</span>")
	}
	if ev.DocNumber != "" {
		f.Raw(" ").Elem("span", ev.DocNumber, "class", "doc")
	}
	f.Raw("</td>")
}

// cancelledNote is what follows a completion rate: the medium/high-cost options cancelled,
// which the rate leaves out.
func (f *pageBody) cancelledNote(st derive.OptionStats) string {
	if st.MediumHighCancelled == 0 {
		return ""
	}
	return f.T("mh_cancelled", "n", st.MediumHighCancelled)
}

// verifiedFacts writes the verified reductions beside the claimed ones: what was checked and
// counted in the emission-reduction accounting.
func (f *pageBody) verifiedFacts(st derive.OptionStats) {
	v := st.Verified
	f.fact(f.T("reductions_verified"), func() { f.Text(reductionParts(f, v, f.T("archive_none"))) })
}

// reductionParts lists the non-zero reductions of r ("COD 1.2 t/a、…"), none when all are 0.
func reductionParts(f *pageBody, r derive.Reductions, none string) string {
	var parts []string
	for _, k := range amountKinds {
		if v := r.Amount(k); v > 0 {
			parts = append(parts, f.T("col_"+k.Key())+" "+fixed(v, kindDecimals(k))+" "+k.Unit())
		}
	}
	if len(parts) == 0 {
		return none
	}
	return strings.Join(parts, f.T("list_sep"))
}

// yearEndReports writes the cities' year-end reports to the province: on a city page its own,
// year by year; on the province page, per year, which cities reported by 31 December, which
// late and which not at all. Nothing is written without data/reports.csv.
func (f *pageBody) yearEndReports(a *derive.Area, province bool) {
	if len(a.Reports) == 0 {
		return
	}
	f.Section("reports", f.T("h_city_reports"))
	f.Note(f.T("city_reports_note"))
	if !province {
		f.TableOpen("reports", f.T("h_city_reports"), true, f.T("col_year"), f.T("col_city_report_submitted"), f.T("col_doc"), f.T("col_city_report_status"))
		for _, r := range a.Reports {
			f.Raw("<tr>").Elem("th", strconv.Itoa(r.Year), "scope", "row")
			f.Raw("<td>")
			f.Date(r.Submitted) // "—" when not submitted
			f.Raw("</td><td>")
			switch {
			case r.SourceURL != "":
				f.Link(r.SourceURL, cmp.Or(r.DocNumber, r.SourceURL), "rel", "external")
			default:
				f.Text(cmp.Or(r.DocNumber, "—"))
			}
			f.Raw("</td><td>")
			f.reportStatus(r)
			f.Raw("</td></tr>")
		}
		f.TableClose()
		f.Close("section")
		return
	}
	f.TableOpen("reports", f.T("h_city_reports"), true, f.T("col_year"), f.T("col_city_reports_on_time"), f.T("col_city_reports_late"), f.T("col_city_reports_missing"))
	for i := 0; i < len(a.Reports); {
		year := a.Reports[i].Year
		var onTime int
		var late, missing []string
		for ; i < len(a.Reports) && a.Reports[i].Year == year; i++ {
			switch r := a.Reports[i]; r.Status {
			case derive.ReportOnTime:
				onTime++
			case derive.ReportLate:
				late = append(late, r.CityName)
			default:
				missing = append(missing, r.CityName)
			}
		}
		f.Raw("<tr>").Elem("th", strconv.Itoa(year), "scope", "row")
		f.Cell(strconv.Itoa(onTime))
		f.Cell(cmp.Or(strings.Join(late, f.T("list_sep")), "—"))
		f.Cell(cmp.Or(strings.Join(missing, f.T("list_sep")), "—"))
		f.Raw("</tr>")
	}
	f.TableClose()
	f.Close("section")
}

func (f *pageBody) reportStatus(r derive.CityYearReport) {
	switch r.Status {
	case derive.ReportOnTime:
		f.statusSpan("on_time", f.T("city_report_on_time"))
	case derive.ReportLate:
		f.statusSpan("late", f.T("city_report_late", "days", r.DaysLate))
	default:
		f.statusSpan("overdue", f.T("city_report_missing"))
	}
}

// demonstrationKey is yes when the province selected the case's technology as a demonstration
// technology, else no: the key of the library's demonstration facet and data attribute.
func demonstrationKey(c *domain.Case) string {
	if c.Demonstration {
		return "yes"
	}
	return "no"
}

// demonstrationFacet groups the cases by whether their technology was selected as a
// demonstration technology.
func (g *generator) demonstrationFacet(f *pageBody) facet {
	fc := facet{key: "demonstration"}
	for _, k := range []string{"yes", "no"} {
		c := facetChoice{key: k, label: f.T("demonstration_" + k)}
		for i, ci := range g.cases {
			if demonstrationKey(ci.c) == k {
				c.cases = append(c.cases, i)
			}
		}
		fc.choices = append(fc.choices, c)
	}
	return fc
}

// amountKinds are the kinds options record that are amounts of a pollutant, water or energy,
// in the order of the tables: the economic benefit (万元/a) is shown on its own.
var amountKinds = slices.DeleteFunc(slices.Clone(domain.OptionReductionKinds), func(k domain.ReductionKind) bool {
	return k == domain.ReduceBenefit
})
