package generate

import (
	"cmp"
	"strconv"
	"strings"

	"cpportal/generator/derive"
	"cpportal/search/contract"
)

// agencyPage is the front matter of /agencies/<id>/: the heading's figures; the yearly record
// and the rounds served are the body (fragments/<lang>/agencies/<id>.html), everything in
// the JSON twin.
type agencyPage struct {
	Title       string            `json:"title"`
	Weight      int               `json:"weight"`
	Search      search            `json:"search"`
	Twin        string            `json:"twin"`
	ID          string            `json:"id"`
	City        string            `json:"city"`
	CityName    string            `json:"city_name"`
	Enterprises int               `json:"enterprises"`
	Rounds      int               `json:"rounds"`
	Overdue     derive.Rate       `json:"reports_overdue"`
	Totals      derive.AgencyYear `json:"totals"`
	Fragment    string            `json:"fragment"`
}

// writeAgencies writes the agencies' section, one page per agency with its body in each
// language, and their JSON twins.
func (g *generator) writeAgencies() error {
	as := g.in.Facts.Agencies
	for i := range as {
		a := &as[i]
		p := agencyPage{
			Title: a.Name, Weight: i + 1, ID: a.ID, City: a.City, CityName: a.CityName,
			Enterprises: a.Enterprises, Rounds: a.Rounds, Overdue: a.Overdue, Totals: a.Totals,
			Twin: "/agencies/" + a.ID + "/index.json", Fragment: "agencies/" + a.ID + ".html",
			Search: searchOf(contract.TypeAgency, a.ID).with(contract.FacetCity, a.CityName).with(contract.FacetYear, agencyYears(a)),
		}
		if err := g.fragments(p.Fragment, func(f *pageBody) { f.agencyBody(a) }); err != nil {
			return err
		}
		if err := g.out.page("content/agencies/"+a.ID+".md", p, ""); err != nil {
			return err
		}
		if err := g.out.json("static/agencies/"+a.ID+"/index.json", a); err != nil {
			return err
		}
		g.stats.Agencies++
		g.stats.Twins++
	}
	g.stats.Sections++
	return g.out.page("content/agencies/_index.md", sectionPage{Title: "审核咨询机构", Search: searchOf(contract.TypePage, "agencies")}, "")
}

// agencyYears is the year facet of an agency: the years it has rounds in.
func agencyYears(a *derive.Agency) string {
	var ys []string
	for _, y := range a.Years {
		if y.Rounds > 0 {
			ys = append(ys, strconv.Itoa(y.Year))
		}
	}
	return strings.Join(ys, "|")
}

// agencyBody writes an agency's record by year and the rounds it served.
func (f *pageBody) agencyBody(a *derive.Agency) {
	f.Section("record", f.T("h_agency_record"))
	f.Raw(`<p `+contract.AttrIgnore+`="">`).Text(f.T("agency_note")).Raw(" ").Link(f.url("policy/")+"#agencies", f.T("how_computed")).Raw("</p>")
	if len(a.Years) == 0 {
		f.Elem("p", f.T("agency_no_rounds"))
	} else {
		f.agencyYearTable(a)
	}
	f.Raw(`<dl class="facts rates">`)
	f.fact(f.T("rate_reports_overdue"), func() { f.rate(a.Overdue) })
	f.Raw("</dl>")
	f.Close("section")

	f.Section("rounds", f.T("h_agency_rounds"))
	if len(a.Served) == 0 {
		f.Elem("p", f.T("agency_no_rounds"))
	} else {
		// Other records' names and statuses: shown, not indexed as the agency's text.
		f.TableOpen("agency-rounds", f.T("agency_rounds_caption", "name", a.Name), true, f.T("col_name"), f.T("col_city"),
			f.T("col_batch"), f.T("col_level"), f.T("col_agency_first"), f.T("col_agency_last"), f.T("step_report"), f.T("col_outcome"))
		for _, r := range a.Served {
			f.Raw("<tr>").Open("th", "scope", "row").Link(f.url("enterprises/"+r.USCC+"/")+"#listings", r.Name).Raw("</th>")
			f.Cell(r.CityName)
			f.Raw("<td>").Link(f.url("lists/"+r.Batch+"/"), r.Batch).Raw("</td>")
			f.Cell(string(r.Level))
			f.Raw("<td>").Date(r.First).Raw("</td><td>").Date(r.Last).Raw("</td><td>")
			f.statusSpan(string(r.Report), f.T("report_"+string(r.Report)))
			f.Raw("</td>")
			f.Cell(f.T("outcome_" + cmp.Or(string(r.Outcome), "none")))
			f.Raw("</tr>")
		}
		f.TableClose()
	}
	f.Close("section")
}

// agencyYearTable writes one row per year and the totals: rounds, enterprises, reports on
// time and late, and each evaluation and acceptance result, as counts and shares.
func (f *pageBody) agencyYearTable(a *derive.Agency) {
	cols := []string{f.T("col_year"), f.T("col_rounds"), f.T("col_enterprises"), f.T("col_reports"),
		f.T("col_reports_on_time"), f.T("col_reports_late")}
	for _, stage := range []derive.DecisionStage{derive.StageEvaluation, derive.StageAcceptance} {
		cols = append(cols, f.T("col_decided_"+string(stage)))
		for _, r := range derive.Results {
			cols = append(cols, f.T("col_stage_result", "stage", f.T("decision_"+string(stage)), "result", f.T("result_"+string(r))))
		}
	}
	f.TableOpen("years agency-years", f.T("agency_years_caption", "name", a.Name), true, cols...)
	row := func(label string, y derive.AgencyYear) {
		f.Elem("th", label, "scope", "row")
		for _, n := range []int{y.Rounds, y.Enterprises, y.Reports} {
			f.Cell(strconv.Itoa(n))
		}
		for _, r := range []derive.Rate{y.ReportsOnTime, y.ReportsLate} {
			f.Raw("<td>")
			f.rate(r)
			f.Raw("</td>")
		}
		for _, s := range []derive.StageResults{y.Evaluation, y.Acceptance} {
			f.Cell(strconv.Itoa(s.Decided))
			for _, c := range s.Results {
				f.Raw("<td>")
				f.rate(c.Rate)
				f.Raw("</td>")
			}
		}
	}
	for _, y := range a.Years {
		f.Raw("<tr>")
		row(strconv.Itoa(y.Year), y)
		f.Raw("</tr>")
	}
	f.Raw(`</tbody><tfoot><tr class="total">`)
	row(f.T("total"), a.Totals)
	f.Raw("</tr></tfoot></table></div>")
	f.LabelRows()
}

// agencyCell writes a table cell naming an event's agency, linked to its page when the
// registry knows it.
func (f *pageBody) agencyCell(g *generator, id string) {
	if _, known := g.agencies[id]; !known {
		f.Cell(cmp.Or(g.agencyName(id), "—"))
		return
	}
	f.Raw("<td>").Link(f.url("agencies/"+id+"/"), g.agencyName(id)).Raw("</td>")
}
