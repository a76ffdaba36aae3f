package generate

import (
	"strconv"
	"strings"

	"cpportal/generator/derive"
	"cpportal/generator/domain"
	"cpportal/search/contract"
)

// barSeries is one series of a grouped bar chart.
type barSeries struct {
	key, label string
	values     []float64
	fill       string // a colour, or "hatch" for the series drawn with the hatched pattern
}

// groupedBars draws one group of bars per year; series are told apart by fill and pattern and
// named in the legend, and every bar carries its series, year and value.
func (f *frag) groupedBars(title string, unit string, years []int, ss []barSeries) {
	b := smallChart
	n := len(years)
	top := 0.0
	for _, s := range ss {
		for _, v := range s.values {
			top = max(top, v)
		}
	}
	scale := niceMax(top * 1.05)
	id := f.nextID("chart")
	var desc []string
	for i, y := range years {
		var parts []string
		for _, s := range ss {
			v := num(s.values[i]) // counts
			if unit != "" {       // tonnes of a pollutant
				v = fixed(s.values[i], tonnesDecimals)
			}
			parts = append(parts, s.label+" "+v)
		}
		desc = append(desc, f.T("desc_year_parts", "year", y, "parts", strings.Join(parts, f.T("list_sep_short"))))
	}
	f.raw(`<figure class="chart-fig">`)
	f.svgOpen(id, b, title, strings.Join(desc, f.T("list_sep")))
	f.axes(b, scale, unit, yearLabels(years))
	groupW := b.colW(n) * 0.8
	w := groupW / float64(len(ss))
	for i, y := range years {
		x0 := b.xOf(i, n) - groupW/2
		for k, s := range ss {
			v := s.values[i]
			top := b.yOf(v, scale)
			fill := s.fill
			if fill == "hatch" {
				fill = "url(#" + patND + ")"
			}
			f.raw(`<rect class="bar" data-series="`, s.key, `" data-year="`, strconv.Itoa(y), `" data-value="`, plainNum(v), `" x="`, coord(x0+float64(k)*w),
				`" y="`, coord(top), `" width="`, coord(w*0.9), `" height="`, coord(b.yOf(0, scale)-top), `" fill="`, fill, `" stroke="#1b1f23" stroke-width="0.5"/>`)
		}
	}
	f.raw("</svg>")
	// the legend is HTML under the chart, so it wraps on a phone and keeps the page's type size
	f.raw(`<ul class="chart-legend" aria-hidden="true">`)
	for _, s := range ss {
		fill := s.fill
		if fill == "hatch" {
			fill = "url(#" + patND + ")"
		}
		f.raw(`<li><svg width="14" height="14" viewBox="-1 -7 14 14"><rect x="0" y="-6" width="12" height="12" fill="`, fill, `" stroke="#1b1f23" stroke-width="0.5"/></svg>`).text(s.label).raw("</li>")
	}
	f.raw("</ul>")
	f.elem("figcaption", title)
	f.raw("</figure>")
}

// areaBody writes the body of a city, industry or province page: the yearly summaries with
// charts and rates, options, overdue steps, and (cities and industries) the enterprises.
func (f *frag) areaBody(g *generator, kind string, a *derive.Area, rows []enterpriseRow, overdue []derive.OverdueStep) {
	f.section("years", f.T("h_years"))
	f.raw(`<p `+contract.AttrIgnore+`="">`).text(f.T("years_note")).raw(" ").link(f.url("policy/")+"#summary", f.T("how_computed")).raw("</p>")
	if len(a.Years) > 0 {
		years := make([]int, len(a.Years))
		listed, onTime, accepted, mh, cod, so2 := make([]float64, len(a.Years)), make([]float64, len(a.Years)), make([]float64, len(a.Years)),
			make([]float64, len(a.Years)), make([]float64, len(a.Years)), make([]float64, len(a.Years))
		for i, y := range a.Years {
			years[i] = y.Year
			listed[i], onTime[i], accepted[i] = float64(y.Listed), float64(y.DisclosedOnTime), float64(y.Accepted)
			mh[i], cod[i], so2[i] = float64(y.MediumHighDone), y.Reductions.Amount(domain.ReduceCOD), y.Reductions.Amount(domain.ReduceSO2)
		}
		f.raw(`<div class="chart-pair">`)
		f.groupedBars(f.T("chart_progress_title", "name", a.Name), "", years, []barSeries{
			{"listed", f.T("col_listed"), listed, "#6e9fd1"},
			{"disclosed_on_time", f.T("col_disclosed_on_time"), onTime, "hatch"},
			{"accepted", f.T("col_accepted"), accepted, "#1a7f37"},
			{"medium_high_completed", f.T("col_mh_done"), mh, "#9a6700"},
		})
		f.groupedBars(f.T("chart_reductions_title", "name", a.Name), "t/a", years, []barSeries{
			{"cod", f.T("col_cod"), cod, "#0b5cad"},
			{"so2", f.T("col_so2"), so2, "hatch"},
		})
		f.raw("</div>")
		f.yearTable(a)
	} else {
		f.elem("p", f.T("no_years"))
	}
	f.elem("h3", f.T("h_rates"))
	f.rates(a.Rates)
	f.close("section")

	f.section("options", f.T("h_options"))
	f.optionStats(a.Options, true)
	f.close("section")
	f.yearEndReports(a, kind == "province")

	f.section("overdue", f.T("h_overdue_area"))
	var counties map[string]rowStanding
	if kind == "city" { // the city is the page's: each step's county or district instead
		counties = make(map[string]rowStanding, len(rows))
		for _, r := range rows {
			counties[r.USCC] = r.rowStanding
		}
	}
	f.overdueTable(overdue, len(a.Overdue), counties)
	f.close("section")

	if len(rows) > 0 {
		f.section("enterprises", f.T("h_enterprises"))
		f.listFilter(rows, [][2]string{{kind, a.Name}}, kind == "city")
		f.enterpriseTable(rows, f.T("enterprises_caption", "name", a.Name), kind)
		f.close("section")
	}
	if kind == "industry" {
		f.section("cases", f.T("h_cases"))
		idx := g.casesByIndustry[a.Code]
		if len(idx) == 0 {
			f.elem("p", f.T("no_industry_cases"))
		} else {
			// the cases' own pages are indexed; listed here they would make the industry page
			// match every technology of the industry
			f.raw(`<ul class="cards" ` + contract.AttrIgnore + `="">`)
			for _, i := range idx {
				f.caseCard(g, i, "h3")
			}
			f.raw("</ul>")
			f.raw("<p>").link(f.url("cases/industry/"+a.Code+"/"), f.T("all_industry_cases", "industry", a.Name)).raw("</p>")
		}
		f.close("section")
	}
}

// rates writes the three comparison rates with their counts and how each is computed.
func (f *frag) rates(r derive.Rates) {
	f.raw(`<dl class="facts rates">`)
	for _, x := range []struct {
		key string
		r   derive.Rate
	}{{"disclosed_on_time", r.DisclosedOnTime}, {"accepted", r.Accepted}, {"completeness", r.Completeness}} {
		f.fact(f.T("rate_"+x.key), func() { f.rate(x.r) })
	}
	f.raw("</dl>")
	f.raw(`<p `+contract.AttrIgnore+`=""><small>`).text(f.T("rates_note")).raw(" ").link(f.url("policy/")+"#rates", f.T("how_computed")).raw("</small></p>")
}

// rate writes "40% (12 / 30)", or "—" when nothing is counted.
func (f *frag) rate(r derive.Rate) {
	if r.Share == nil {
		f.raw("—")
		return
	}
	f.text(percent(r.Share)).raw("<small> (").text(strconv.Itoa(r.Num) + " / " + strconv.Itoa(r.Den)).raw(")</small>")
}

// yearTable is the summary a city owes the province, one row per year, with totals.
func (f *frag) yearTable(a *derive.Area) {
	f.tableOpen("years", f.T("years_caption", "name", a.Name), true, f.T("col_year"), f.T("col_listed"), f.T("col_disclosed_on_time"),
		f.T("rate_disclosed_on_time"), f.T("col_started"), f.T("col_reports"), f.T("col_evaluated"), f.T("col_accepted"), f.T("col_failed"),
		f.T("col_postponed"), f.T("col_mh_done"), f.withUnit("col_cod", "t/a"), f.withUnit("col_so2", "t/a"), f.withUnit("col_nox", "t/a"),
		f.withUnit("col_nh3n", "t/a"), f.withUnit("col_water", f.T("unit_10kt")), f.withUnit("col_energy", f.T("unit_10ktce")),
		f.withUnit("col_cod_verified", "t/a"), f.T("col_disclosure_missing"), f.T("col_route_unstated"), f.T("col_rect_open_overdue"))
	row := func(label string, y derive.YearSummary) {
		f.elem("th", label, "scope", "row")
		for _, v := range []int{y.Listed, y.DisclosedOnTime} {
			f.cell(strconv.Itoa(v))
		}
		f.raw("<td>")
		f.rate(y.DisclosedOnTimeRate())
		f.raw("</td>")
		for _, v := range []int{y.Started, y.Reports, y.Evaluated, y.Accepted, y.Failed, y.Postponed, y.MediumHighDone} {
			f.cell(strconv.Itoa(v))
		}
		for _, k := range amountKinds {
			f.cell(summaryFigure(k, y.Reductions.Amount(k)))
		}
		f.cell(fixed(y.ReductionsVerified.Amount(domain.ReduceCOD), tonnesDecimals))
		f.cell(strconv.Itoa(y.DisclosureMissing) + " / " + strconv.Itoa(y.DisclosureExpected))
		f.cell(strconv.Itoa(y.DisclosedRouteUnstated))
		f.cell(strconv.Itoa(y.RectificationsOpen) + " / " + strconv.Itoa(y.RectificationsOverdue))
	}
	for _, y := range a.Years {
		f.raw("<tr>")
		row(strconv.Itoa(y.Year), y)
		f.raw("</tr>")
	}
	f.raw("</tbody><tfoot><tr>")
	row(f.T("total"), a.Totals)
	f.raw("</tr></tfoot></table></div>")
	f.labelRows()
}

// overdueTable lists overdue steps, the longest first; total is how many there are in all.
// With counties (a city's page: each enterprise's standing by its id) the second column is
// the county or district, not the city the whole page is about.
func (f *frag) overdueTable(rows []derive.OverdueStep, total int, counties map[string]rowStanding) {
	if len(rows) == 0 {
		f.elem("p", f.T("no_overdue"))
		return
	}
	where := f.T("col_city")
	if counties != nil {
		where = f.T("col_county")
	}
	f.tableOpen("overdue", f.T("h_overdue_area"), true, f.T("col_enterprise"), where, f.T("col_batch"), f.T("col_step"), f.T("col_due"), f.T("col_days_overdue"))
	for _, o := range rows {
		f.raw(`<tr><th scope="row">`).link(f.url("enterprises/"+o.USCC+"/"), o.Name).raw("</th>")
		if counties != nil {
			c := counties[o.USCC]
			f.countyCell(c.County, c.CountyEn)
		} else {
			f.cell(o.CityName)
		}
		f.raw("<td>").link(f.url("lists/"+o.Batch+"/"), o.Batch).raw("</td>")
		f.cell(f.T("step_" + string(o.Step)))
		f.raw("<td>").date(o.Due).raw("</td><td>")
		f.statusSpan(string(derive.StatusOverdue), f.dur(o.DaysOverdue))
		f.raw("</td></tr>")
	}
	f.tableClose()
	if total > len(rows) {
		f.elem("p", f.T("overdue_truncated", "shown", len(rows), "total", total))
	}
}

// cityComparison compares the cities by rates, never by tonnage: a chart per rate and a table.
func (f *frag) cityComparison(cities []derive.Area) {
	f.section("by-city", f.T("h_by_city"))
	f.raw(`<p `+contract.AttrIgnore+`="">`).text(f.T("by_city_note")).raw(" ").link(f.url("policy/")+"#rates", f.T("how_computed")).raw("</p>")
	f.raw(`<div class="chart-pair">`)
	for _, k := range []string{"disclosed_on_time", "accepted", "completeness"} {
		f.rateBars(k, cities)
	}
	f.raw("</div>")
	f.tableOpen("areas", f.T("h_by_city"), true, f.T("col_name"), f.T("col_code"), f.T("col_enterprises"), f.T("col_overdue_steps"),
		f.T("rate_disclosed_on_time"), f.T("rate_accepted"), f.T("rate_completeness"), f.T("completion_rate"))
	for i := range cities {
		c := &cities[i]
		f.raw(`<tr><th scope="row">`).link(f.url("cities/"+c.Code+"/"), c.Name).raw("</th>")
		f.elem("td", c.Code, "class", "code")
		f.cell(strconv.Itoa(len(c.Enterprises)))
		f.cell(strconv.Itoa(len(c.Overdue)))
		for _, r := range []derive.Rate{c.Rates.DisclosedOnTime, c.Rates.Accepted, c.Rates.Completeness} {
			f.raw("<td>")
			f.rate(r)
			f.raw("</td>")
		}
		f.cell(percent(c.Options.CompletionRate))
		f.raw("</tr>")
	}
	f.tableClose()
	f.close("section")
}

func rateOf(a *derive.Area, key string) derive.Rate {
	switch key {
	case "disclosed_on_time":
		return a.Rates.DisclosedOnTime
	case "accepted":
		return a.Rates.Accepted
	}
	return a.Rates.Completeness
}

// rateBars draws one rate of every city as a horizontal bar from 0 to 100%, in code order
// (the order of the table, not a league table); a city with nothing to rate shows "—".
func (f *frag) rateBars(key string, cities []derive.Area) {
	// 14-unit labels: the chart is drawn 343 px wide on a phone, 11.4 px as rendered
	const rowH, left, right, top = 22.0, 66.0, 118.0, 26.0
	w := 420.0
	h := top + rowH*float64(len(cities)) + 8
	id := f.nextID("chart")
	title := f.T("chart_rate_title", "rate", f.T("rate_"+key))
	var desc []string
	for i := range cities {
		r := rateOf(&cities[i], key)
		v := "—"
		if r.Share != nil {
			v = percent(r.Share)
		}
		desc = append(desc, cities[i].Name+" "+v)
	}
	f.raw(`<figure class="chart-fig">`)
	f.svgOpen(id, chartBox{W: w, H: h}, title, strings.Join(desc, f.T("list_sep")))
	plot := w - left - right
	for _, p := range []float64{0, 0.5, 1} {
		x := coord(left + plot*p)
		f.raw(`<line x1="`, x, `" x2="`, x, `" y1="`, coord(top-4), `" y2="`, coord(h-6), `" stroke="#d0d7de"/>`)
		f.raw(`<text x="`, x, `" y="`, coord(top-8), `" text-anchor="middle" font-size="14" fill="#57606a">`, strconv.Itoa(int(p*100)), `%</text>`)
	}
	for i := range cities {
		c := &cities[i]
		r := rateOf(c, key)
		y := top + rowH*float64(i)
		f.raw(`<text x="`, coord(left-6), `" y="`, coord(y+13), `" text-anchor="end" font-size="14" fill="#1b1f23">`).text(c.Name).raw("</text>")
		label := "—"
		bw := 0.0
		if r.Share != nil {
			bw = plot * *r.Share
			label = percent(r.Share) + " (" + strconv.Itoa(r.Num) + "/" + strconv.Itoa(r.Den) + ")"
			f.raw(`<rect class="bar" data-city="`, esc(c.Code), `" data-value="`, plainNum(*r.Share), `" x="`, coord(left), `" y="`, coord(y+3), `" width="`, coord(bw), `" height="16" fill="#6e9fd1"/>`)
		}
		f.raw(`<text x="`, coord(left+bw+4), `" y="`, coord(y+15), `" font-size="14" fill="#1b1f23">`).text(label).raw("</text>")
	}
	f.raw("</svg>")
	f.elem("figcaption", title)
	f.raw("</figure>")
}
