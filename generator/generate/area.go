package generate

import (
	"strconv"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/generate/pagehtml"
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
func (f *pageBody) groupedBars(title string, unit string, years []int, ss []barSeries) {
	b := pagehtml.SmallChart
	n := len(years)
	top := 0.0
	for _, s := range ss {
		for _, v := range s.values {
			top = max(top, v)
		}
	}
	scale := pagehtml.NiceMax(top * 1.05)
	id := f.NextID("chart")
	var desc []string
	for i, y := range years {
		var parts []string
		for _, s := range ss {
			v := pagehtml.Num(s.values[i]) // counts
			if unit != "" {                // tonnes of a pollutant
				v = fixed(s.values[i], tonnesDecimals)
			}
			parts = append(parts, s.label+" "+v)
		}
		desc = append(desc, f.T("desc_year_parts", "year", y, "parts", strings.Join(parts, f.T("list_sep_short"))))
	}
	f.Raw(`<figure class="chart-fig">`)
	f.SVGOpen(id, b, title, strings.Join(desc, f.T("list_sep")))
	f.Axes(b, scale, unit, yearLabels(years))
	groupW := b.ColW(n) * 0.8
	w := groupW / float64(len(ss))
	for i, y := range years {
		x0 := b.XOf(i, n) - groupW/2
		for k, s := range ss {
			v := s.values[i]
			top := b.YOf(v, scale)
			fill := s.fill
			if fill == "hatch" {
				fill = "url(#" + pagehtml.PatND + ")"
			}
			f.Raw(`<rect class="bar" data-series="`, s.key, `" data-year="`, strconv.Itoa(y), `" data-value="`, pagehtml.PlainNum(v), `" x="`, pagehtml.Coord(x0+float64(k)*w),
				`" y="`, pagehtml.Coord(top), `" width="`, pagehtml.Coord(w*0.9), `" height="`, pagehtml.Coord(b.YOf(0, scale)-top), `" fill="`, fill, `" stroke="#1b1f23" stroke-width="0.5"/>`)
		}
	}
	f.Raw("</svg>")
	// the legend is HTML under the chart, so it wraps on a phone and keeps the page's type size
	f.Raw(`<ul class="chart-legend" aria-hidden="true">`)
	for _, s := range ss {
		fill := s.fill
		if fill == "hatch" {
			fill = "url(#" + pagehtml.PatND + ")"
		}
		f.Raw(`<li><svg width="14" height="14" viewBox="-1 -7 14 14"><rect x="0" y="-6" width="12" height="12" fill="`, fill, `" stroke="#1b1f23" stroke-width="0.5"/></svg>`).Text(s.label).Raw("</li>")
	}
	f.Raw("</ul>")
	f.Elem("figcaption", title)
	f.Raw("</figure>")
}

// areaBody writes the body of a city, industry or province page: the yearly summaries with
// charts and rates, options, overdue steps, and (cities and industries) the enterprises.
func (f *pageBody) areaBody(g *generator, kind string, a *derive.Area, rows []enterpriseRow, overdue []derive.OverdueStep) {
	f.Section("years", f.T("h_years"))
	f.Raw(`<p `+contract.AttrIgnore+`="">`).Text(f.T("years_note")).Raw(" ").Link(f.url("policy/")+"#summary", f.T("how_computed")).Raw("</p>")
	if len(a.Years) > 0 {
		years := make([]int, len(a.Years))
		listed, onTime, accepted, mh, cod, so2 := make([]float64, len(a.Years)), make([]float64, len(a.Years)), make([]float64, len(a.Years)),
			make([]float64, len(a.Years)), make([]float64, len(a.Years)), make([]float64, len(a.Years))
		for i, y := range a.Years {
			years[i] = y.Year
			listed[i], onTime[i], accepted[i] = float64(y.Listed), float64(y.DisclosedOnTime), float64(y.Accepted)
			mh[i], cod[i], so2[i] = float64(y.MediumHighDone), y.Reductions.Amount(domain.ReduceCOD), y.Reductions.Amount(domain.ReduceSO2)
		}
		f.Raw(`<div class="chart-pair">`)
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
		f.Raw("</div>")
		f.yearTable(a)
	} else {
		f.Elem("p", f.T("no_years"))
	}
	f.Elem("h3", f.T("h_rates"))
	f.rates(a.Rates)
	f.Close("section")

	f.Section("options", f.T("h_options"))
	f.optionStats(a.Options, true)
	f.Close("section")
	f.yearEndReports(a, kind == "province")

	f.Section("overdue", f.T("h_overdue_area"))
	var counties map[string]rowStanding
	if kind == "city" { // the city is the page's: each step's county or district instead
		counties = make(map[string]rowStanding, len(rows))
		for _, r := range rows {
			counties[r.USCC] = r.rowStanding
		}
	}
	f.overdueTable(overdue, len(a.Overdue), counties)
	f.Close("section")

	if len(rows) > 0 {
		f.Section("enterprises", f.T("h_enterprises"))
		f.listFilter(rows, [][2]string{{kind, a.Name}}, kind == "city")
		f.enterpriseTable(rows, f.T("enterprises_caption", "name", a.Name), kind)
		f.Close("section")
	}
	if kind == "industry" {
		f.Section("cases", f.T("h_cases"))
		idx := g.casesByIndustry[a.Code]
		if len(idx) == 0 {
			f.Elem("p", f.T("no_industry_cases"))
		} else {
			// the cases' own pages are indexed; listed here they would make the industry page
			// match every technology of the industry
			f.Raw(`<ul class="cards" ` + contract.AttrIgnore + `="">`)
			for _, i := range idx {
				f.caseCard(g, i, "h3")
			}
			f.Raw("</ul>")
			f.Raw("<p>").Link(f.url("cases/industry/"+a.Code+"/"), f.T("all_industry_cases", "industry", a.Name)).Raw("</p>")
		}
		f.Close("section")
	}
}

// rates writes the three comparison rates with their counts and how each is computed.
func (f *pageBody) rates(r derive.Rates) {
	f.Raw(`<dl class="facts rates">`)
	for _, x := range []struct {
		key string
		r   derive.Rate
	}{{"disclosed_on_time", r.DisclosedOnTime}, {"accepted", r.Accepted}, {"completeness", r.Completeness}} {
		f.fact(f.T("rate_"+x.key), func() { f.rate(x.r) })
	}
	f.Raw("</dl>")
	f.Raw(`<p `+contract.AttrIgnore+`=""><small>`).Text(f.T("rates_note")).Raw(" ").Link(f.url("policy/")+"#rates", f.T("how_computed")).Raw("</small></p>")
}

// rate writes "40% (12 / 30)", or "—" when nothing is counted.
func (f *pageBody) rate(r derive.Rate) {
	if r.Share == nil {
		f.Raw("—")
		return
	}
	f.Text(pct(r.Share)).Raw("<small> (").Text(strconv.Itoa(r.Num) + " / " + strconv.Itoa(r.Den)).Raw(")</small>")
}

// yearTable is the summary a city owes the province, one row per year, with totals.
func (f *pageBody) yearTable(a *derive.Area) {
	f.TableOpen("years", f.T("years_caption", "name", a.Name), true, f.T("col_year"), f.T("col_listed"), f.T("col_disclosed_on_time"),
		f.T("rate_disclosed_on_time"), f.T("col_started"), f.T("col_reports"), f.T("col_evaluated"), f.T("col_accepted"), f.T("col_failed"),
		f.T("col_postponed"), f.T("col_mh_done"), f.withUnit("col_cod", "t/a"), f.withUnit("col_so2", "t/a"), f.withUnit("col_nox", "t/a"),
		f.withUnit("col_nh3n", "t/a"), f.withUnit("col_water", f.T("unit_10kt")), f.withUnit("col_energy", f.T("unit_10ktce")),
		f.withUnit("col_cod_verified", "t/a"), f.T("col_disclosure_missing"), f.T("col_route_unstated"), f.T("col_rect_open_overdue"))
	row := func(label string, y derive.YearSummary) {
		f.Elem("th", label, "scope", "row")
		for _, v := range []int{y.Listed, y.DisclosedOnTime} {
			f.Cell(strconv.Itoa(v))
		}
		f.Raw("<td>")
		f.rate(y.DisclosedOnTimeRate())
		f.Raw("</td>")
		for _, v := range []int{y.Started, y.Reports, y.Evaluated, y.Accepted, y.Failed, y.Postponed, y.MediumHighDone} {
			f.Cell(strconv.Itoa(v))
		}
		for _, k := range amountKinds {
			f.Cell(summaryFigure(k, y.Reductions.Amount(k)))
		}
		f.Cell(fixed(y.ReductionsVerified.Amount(domain.ReduceCOD), tonnesDecimals))
		f.Cell(strconv.Itoa(y.DisclosureMissing) + " / " + strconv.Itoa(y.DisclosureExpected))
		f.Cell(strconv.Itoa(y.DisclosedRouteUnstated))
		f.Cell(strconv.Itoa(y.RectificationsOpen) + " / " + strconv.Itoa(y.RectificationsOverdue))
	}
	for _, y := range a.Years {
		f.Raw("<tr>")
		row(strconv.Itoa(y.Year), y)
		f.Raw("</tr>")
	}
	f.Raw("</tbody><tfoot><tr>")
	row(f.T("total"), a.Totals)
	f.Raw("</tr></tfoot></table></div>")
	f.LabelRows()
}

// overdueTable lists overdue steps, the longest first; total is how many there are in all.
// With counties (a city's page: each enterprise's standing by its id) the second column is
// the county or district, not the city the whole page is about.
func (f *pageBody) overdueTable(rows []derive.OverdueStep, total int, counties map[string]rowStanding) {
	if len(rows) == 0 {
		f.Elem("p", f.T("no_overdue"))
		return
	}
	where := f.T("col_city")
	if counties != nil {
		where = f.T("col_county")
	}
	f.TableOpen("overdue", f.T("h_overdue_area"), true, f.T("col_enterprise"), where, f.T("col_batch"), f.T("col_step"), f.T("col_due"), f.T("col_days_overdue"))
	for _, o := range rows {
		f.Raw(`<tr><th scope="row">`).Link(f.url("enterprises/"+o.USCC+"/"), o.Name).Raw("</th>")
		if counties != nil {
			c := counties[o.USCC]
			f.countyCell(c.County, c.CountyEn)
		} else {
			f.Cell(o.CityName)
		}
		f.Raw("<td>").Link(f.url("lists/"+o.Batch+"/"), o.Batch).Raw("</td>")
		f.Cell(f.T("step_" + string(o.Step)))
		f.Raw("<td>").Date(o.Due).Raw("</td><td>")
		f.statusSpan(string(derive.StatusOverdue), f.dur(o.DaysOverdue))
		f.Raw("</td></tr>")
	}
	f.TableClose()
	if total > len(rows) {
		f.Elem("p", f.T("overdue_truncated", "shown", len(rows), "total", total))
	}
}

// cityComparison compares the cities by rates, never by tonnage: a chart per rate and a table.
func (f *pageBody) cityComparison(cities []derive.Area) {
	f.Section("by-city", f.T("h_by_city"))
	f.Raw(`<p `+contract.AttrIgnore+`="">`).Text(f.T("by_city_note")).Raw(" ").Link(f.url("policy/")+"#rates", f.T("how_computed")).Raw("</p>")
	f.Raw(`<div class="chart-pair">`)
	for _, k := range []string{"disclosed_on_time", "accepted", "completeness"} {
		f.rateBars(k, cities)
	}
	f.Raw("</div>")
	f.TableOpen("areas", f.T("h_by_city"), true, f.T("col_name"), f.T("col_code"), f.T("col_enterprises"), f.T("col_overdue_steps"),
		f.T("rate_disclosed_on_time"), f.T("rate_accepted"), f.T("rate_completeness"), f.T("completion_rate"))
	for i := range cities {
		c := &cities[i]
		f.Raw(`<tr><th scope="row">`).Link(f.url("cities/"+c.Code+"/"), c.Name).Raw("</th>")
		f.Elem("td", c.Code, "class", "code")
		f.Cell(strconv.Itoa(len(c.Enterprises)))
		f.Cell(strconv.Itoa(len(c.Overdue)))
		for _, r := range []derive.Rate{c.Rates.DisclosedOnTime, c.Rates.Accepted, c.Rates.Completeness} {
			f.Raw("<td>")
			f.rate(r)
			f.Raw("</td>")
		}
		f.Cell(pct(c.Options.CompletionRate))
		f.Raw("</tr>")
	}
	f.TableClose()
	f.Close("section")
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
func (f *pageBody) rateBars(key string, cities []derive.Area) {
	// 14-unit labels: the chart is drawn 343 px wide on a phone, 11.4 px as rendered
	const rowH, left, right, top = 22.0, 66.0, 118.0, 26.0
	w := 420.0
	h := top + rowH*float64(len(cities)) + 8
	id := f.NextID("chart")
	title := f.T("chart_rate_title", "rate", f.T("rate_"+key))
	var desc []string
	for i := range cities {
		r := rateOf(&cities[i], key)
		v := "—"
		if r.Share != nil {
			v = pct(r.Share)
		}
		desc = append(desc, cities[i].Name+" "+v)
	}
	f.Raw(`<figure class="chart-fig">`)
	f.SVGOpen(id, pagehtml.ChartBox{W: w, H: h}, title, strings.Join(desc, f.T("list_sep")))
	plot := w - left - right
	for _, p := range []float64{0, 0.5, 1} {
		x := pagehtml.Coord(left + plot*p)
		f.Raw(`<line x1="`, x, `" x2="`, x, `" y1="`, pagehtml.Coord(top-4), `" y2="`, pagehtml.Coord(h-6), `" stroke="#d0d7de"/>`)
		f.Raw(`<text x="`, x, `" y="`, pagehtml.Coord(top-8), `" text-anchor="middle" font-size="14" fill="#57606a">`, strconv.Itoa(int(p*100)), `%</text>`)
	}
	for i := range cities {
		c := &cities[i]
		r := rateOf(c, key)
		y := top + rowH*float64(i)
		f.Raw(`<text x="`, pagehtml.Coord(left-6), `" y="`, pagehtml.Coord(y+13), `" text-anchor="end" font-size="14" fill="#1b1f23">`).Text(c.Name).Raw("</text>")
		label := "—"
		bw := 0.0
		if r.Share != nil {
			bw = plot * *r.Share
			label = pct(r.Share) + " (" + strconv.Itoa(r.Num) + "/" + strconv.Itoa(r.Den) + ")"
			f.Raw(`<rect class="bar" data-city="`, pagehtml.Esc(c.Code), `" data-value="`, pagehtml.PlainNum(*r.Share), `" x="`, pagehtml.Coord(left), `" y="`, pagehtml.Coord(y+3), `" width="`, pagehtml.Coord(bw), `" height="16" fill="#6e9fd1"/>`)
		}
		f.Raw(`<text x="`, pagehtml.Coord(left+bw+4), `" y="`, pagehtml.Coord(y+15), `" font-size="14" fill="#1b1f23">`).Text(label).Raw("</text>")
	}
	f.Raw("</svg>")
	f.Elem("figcaption", title)
	f.Raw("</figure>")
}
