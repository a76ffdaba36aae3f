package generate

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/generate/pagehtml"
	"cpportal/search/contract"
)

// series is one pollutant at one outlet over the years an enterprise disclosed anything.
type series struct {
	Pollutant, Outlet, Unit string
	Years                   []int                    // every year from the first to the last disclosure of the enterprise
	Rows                    []*derive.DisclosureFact // by year; nil where no row was disclosed
}

// pollutantRank orders pollutants as domain.Pollutants lists them.
func pollutantRank(name string) int {
	for i, p := range domain.Pollutants {
		if p.Name == name {
			return i
		}
	}
	return len(domain.Pollutants)
}

// emissionSeries groups an enterprise's disclosure rows by pollutant and outlet. A year in the
// enterprise's range without a row for the series is a year not disclosed.
func emissionSeries(rows []derive.DisclosureFact) []series {
	if len(rows) == 0 {
		return nil
	}
	first, last := rows[0].Year, rows[0].Year
	for _, r := range rows {
		first, last = min(first, r.Year), max(last, r.Year)
	}
	byKey := map[[2]string]*series{}
	var keys [][2]string
	for i := range rows {
		r := &rows[i]
		k := [2]string{r.Pollutant, r.Outlet}
		s, ok := byKey[k]
		if !ok {
			s = &series{Pollutant: r.Pollutant, Outlet: r.Outlet}
			for y := first; y <= last; y++ {
				s.Years = append(s.Years, y)
			}
			s.Rows = make([]*derive.DisclosureFact, len(s.Years))
			byKey[k] = s
			keys = append(keys, k)
		}
		if s.Unit == "" {
			s.Unit = r.Unit
		}
		if at := r.Year - first; s.Rows[at] == nil {
			s.Rows[at] = r
		}
	}
	slices.SortFunc(keys, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(pollutantRank(a[0]), pollutantRank(b[0])), strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
	})
	out := make([]series, 0, len(keys))
	for _, k := range keys {
		out = append(out, *byKey[k])
	}
	return out
}

// emissions writes the emissions section: per pollutant and outlet a chart of concentration
// against the limit, a chart of the total against the quota and the table of both; then the
// disclosures year by year with every item and its source.
func (f *pageBody) emissions(rows []derive.DisclosureFact) {
	f.Section("disclosures", f.T("h_disclosures"))
	if len(rows) == 0 {
		f.Elem("p", f.T("no_disclosures")).Close("section")
		return
	}
	f.Note(f.T("emissions_note"))
	f.chartLegend()
	for _, s := range emissionSeries(rows) {
		name := s.Pollutant
		if s.Outlet != "" {
			name += " · " + s.Outlet
		}
		f.Open("div", "class", "series", "id", seriesID(s.Pollutant, s.Outlet))
		f.Elem("h3", name)
		// the series' heading is indexed (pollutant · outlet); the charts' captions repeat it
		// with the same words on every series
		f.Open("div", "class", "chart-pair", contract.AttrIgnore, "")
		f.Raw(`<figure class="chart-fig">`)
		f.concentrationChart(s)
		f.Raw(`</figure><figure class="chart-fig">`)
		f.totalChart(s)
		f.Raw(`</figure></div>`)
		f.seriesTable(s, name)
		f.Raw("</div>")
	}
	f.Close("section")
}

// legend swatches
const (
	swatchLine  = `<line x1="0" y1="0" x2="12" y2="0" stroke="#0b5cad" stroke-width="2"/><circle cx="6" cy="0" r="3" fill="#0b5cad"/>`
	swatchLimit = `<line x1="0" y1="0" x2="12" y2="0" stroke="#1b1f23" stroke-width="2" stroke-dasharray="4 2"/>`
	swatchOver  = `<path d="M6 -6L12 5L0 5Z" fill="#b42318"/>`
	swatchBar   = `<rect x="0" y="-6" width="12" height="12" fill="#6e9fd1"/>`
	swatchQuota = `<line x1="0" y1="0" x2="12" y2="0" stroke="#1b1f23" stroke-width="3"/>`
)

// chartLegend writes the legend shared by every emission chart of the page, once, in HTML:
// each swatch is drawn as in the charts and named in words.
func (f *pageBody) chartLegend() {
	f.Raw(`<ul class="chart-legend" ` + contract.AttrIgnore + `="" aria-label="`).Text(f.T("legend_label")).Raw(`">`)
	for _, it := range []struct{ swatch, key string }{
		{swatchLine, "legend_concentration"}, {swatchLimit, "col_limit"}, {swatchOver, "legend_over"},
		{swatchBar, "legend_total"}, {swatchQuota, "legend_quota"},
		{`<rect x="0" y="-6" width="12" height="12" stroke="#b42318" fill="url(#` + pagehtml.PatOver + `)"/>`, "over_quota"},
		{`<rect x="0" y="-6" width="12" height="12" stroke="#8c959f" fill="url(#` + pagehtml.PatND + `)"/>`, "not_disclosed"},
	} {
		f.Raw(`<li><svg width="14" height="14" viewBox="-1 -7 14 14" aria-hidden="true">`, it.swatch, `</svg>`).Text(f.T(it.key)).Raw("</li>")
	}
	f.Raw("</ul>")
}

// concentrationChart draws the concentration of each year as a line with markers against the
// limit as a dashed line; a year over the limit gets a triangle and a label, a year not
// disclosed a hatched, labelled column.
func (f *pageBody) concentrationChart(s series) {
	b := pagehtml.WideChart
	n := len(s.Years)
	top := 0.0
	for _, r := range s.Rows {
		if r != nil && r.Concentration != nil {
			top = max(top, *r.Concentration)
		}
		if r != nil && r.Limit != nil {
			top = max(top, *r.Limit)
		}
	}
	scale := pagehtml.NiceMax(top * 1.05)
	id := f.NextID("chart")
	title := f.T("chart_conc_title", "pollutant", s.Pollutant, "outlet", s.Outlet)
	var desc []string
	for i, y := range s.Years {
		r := s.Rows[i]
		switch {
		case r == nil || r.Concentration == nil:
			desc = append(desc, f.T("desc_nd", "year", y))
		case r.OverLimit:
			desc = append(desc, f.T("desc_conc_over", "year", y, "value", fixed(*r.Concentration, concDecimalsOf(s.Pollutant)), "unit", s.Unit, "limit", fixed(*r.Limit, concDecimalsOf(s.Pollutant)), "x", optFixed(r.Exceedance, multipleDecimals)))
		case r.Limit != nil:
			desc = append(desc, f.T("desc_conc", "year", y, "value", fixed(*r.Concentration, concDecimalsOf(s.Pollutant)), "unit", s.Unit, "limit", fixed(*r.Limit, concDecimalsOf(s.Pollutant))))
		default:
			desc = append(desc, f.T("desc_value", "year", y, "value", fixed(*r.Concentration, concDecimalsOf(s.Pollutant)), "unit", s.Unit))
		}
	}
	f.SVGOpen(id, b, title, strings.Join(desc, f.T("list_sep")))
	f.Axes(b, scale, s.Unit, yearLabels(s.Years))
	for i, y := range s.Years {
		if r := s.Rows[i]; r == nil || r.Concentration == nil {
			f.NotDisclosedBand(b, i, n, y, f.T("not_disclosed"))
		}
	}
	// the limit, dashed, through the years that state one
	f.polylines(b, n, scale, func(i int) *float64 {
		if r := s.Rows[i]; r != nil {
			return r.Limit
		}
		return nil
	}, `class="limit" fill="none" stroke="#1b1f23" stroke-width="2" stroke-dasharray="6 3"`)
	f.polylines(b, n, scale, func(i int) *float64 {
		if r := s.Rows[i]; r != nil {
			return r.Concentration
		}
		return nil
	}, `class="value" fill="none" stroke="#0b5cad" stroke-width="2"`)
	f.Raw(`<g fill="#0b5cad">`)
	for i, y := range s.Years {
		r := s.Rows[i]
		if r == nil || r.Concentration == nil {
			continue
		}
		x, yy := b.XOf(i, n), b.YOf(*r.Concentration, scale)
		attrs := `data-year="` + strconv.Itoa(y) + `" data-value="` + pagehtml.PlainNum(*r.Concentration) + `"`
		if r.OverLimit {
			f.Raw(`<path class="pt pt-over" `, attrs, ` d="`, pagehtml.Triangle(x, yy), `" fill="#b42318"/>`)
			f.Raw(`<text x="`, pagehtml.Coord(x), `" y="`, pagehtml.Coord(yy-9), `" text-anchor="middle" font-size="`+pagehtml.ChartFont+`" font-weight="600" fill="#b42318">`).
				Text(f.T("legend_over")).Raw("</text>")
		} else {
			f.Raw(`<circle class="pt" `, attrs, ` cx="`, pagehtml.Coord(x), `" cy="`, pagehtml.Coord(yy), `" r="4"/>`)
		}
	}
	f.Raw("</g>")
	f.Raw("</svg>")
	f.Elem("figcaption", title)
}

// polylines draws the values of consecutive columns as lines, broken where a value is missing;
// a lone value gets a short horizontal tick so it stays visible.
func (f *pageBody) polylines(b pagehtml.ChartBox, n int, scale float64, value func(int) *float64, attrs string) {
	var pts []string
	flush := func(last int) {
		switch {
		case len(pts) == 1:
			v := value(last)
			x, y := b.XOf(last, n), b.YOf(*v, scale)
			w := b.ColW(n) * 0.35
			f.Raw(`<polyline `, attrs, ` points="`, pagehtml.Coord(x-w), ",", pagehtml.Coord(y), " ", pagehtml.Coord(x+w), ",", pagehtml.Coord(y), `"/>`)
		case len(pts) > 1:
			f.Raw(`<polyline `, attrs, ` points="`, strings.Join(pts, " "), `"/>`)
		}
		pts = pts[:0]
	}
	for i := 0; i < n; i++ {
		v := value(i)
		if v == nil {
			flush(i - 1)
			continue
		}
		pts = append(pts, pagehtml.Coord(b.XOf(i, n))+","+pagehtml.Coord(b.YOf(*v, scale)))
	}
	flush(n - 1)
}

// totalChart draws each year's discharged total as a bar and the quota as a thick mark across
// the column; a bar over the quota is hatched red and labelled.
func (f *pageBody) totalChart(s series) {
	b := pagehtml.WideChart
	n := len(s.Years)
	top := 0.0
	for _, r := range s.Rows {
		if r != nil && r.TotalT != nil {
			top = max(top, *r.TotalT)
		}
		if r != nil && r.QuotaT != nil {
			top = max(top, *r.QuotaT)
		}
	}
	scale := pagehtml.NiceMax(top * 1.05)
	id := f.NextID("chart")
	title := f.T("chart_total_title", "pollutant", s.Pollutant, "outlet", s.Outlet)
	var desc []string
	for i, y := range s.Years {
		r := s.Rows[i]
		switch {
		case r == nil || r.TotalT == nil:
			desc = append(desc, f.T("desc_nd", "year", y))
		case r.OverQuota:
			desc = append(desc, f.T("desc_total_over", "year", y, "value", fixed(*r.TotalT, tonnesDecimalsOf(s.Pollutant)), "quota", fixed(*r.QuotaT, tonnesDecimalsOf(s.Pollutant))))
		case r.QuotaT != nil:
			desc = append(desc, f.T("desc_total", "year", y, "value", fixed(*r.TotalT, tonnesDecimalsOf(s.Pollutant)), "quota", fixed(*r.QuotaT, tonnesDecimalsOf(s.Pollutant))))
		default:
			desc = append(desc, f.T("desc_value", "year", y, "value", fixed(*r.TotalT, tonnesDecimalsOf(s.Pollutant)), "unit", "t/a"))
		}
	}
	f.SVGOpen(id, b, title, strings.Join(desc, f.T("list_sep")))
	f.Axes(b, scale, "t/a", yearLabels(s.Years))
	w := b.ColW(n) * 0.5
	for i, y := range s.Years {
		r := s.Rows[i]
		if r == nil || r.TotalT == nil {
			f.NotDisclosedBand(b, i, n, y, f.T("not_disclosed"))
			continue
		}
		x := b.XOf(i, n)
		top := b.YOf(*r.TotalT, scale)
		attrs := `data-year="` + strconv.Itoa(y) + `" data-value="` + pagehtml.PlainNum(*r.TotalT) + `"`
		if r.OverQuota {
			f.Raw(`<rect class="bar bar-over" `, attrs, ` x="`, pagehtml.Coord(x-w/2), `" y="`, pagehtml.Coord(top), `" width="`, pagehtml.Coord(w), `" height="`, pagehtml.Coord(b.YOf(0, scale)-top),
				`" fill="url(#`, pagehtml.PatOver, `)" stroke="#b42318" stroke-width="1.5"/>`)
			f.Raw(`<text x="`, pagehtml.Coord(x), `" y="`, pagehtml.Coord(top-5), `" text-anchor="middle" font-size="`+pagehtml.ChartFont+`" font-weight="600" fill="#b42318">`).
				Text(f.T("over_quota")).Raw("</text>")
		} else {
			f.Raw(`<rect class="bar" `, attrs, ` x="`, pagehtml.Coord(x-w/2), `" y="`, pagehtml.Coord(top), `" width="`, pagehtml.Coord(w), `" height="`, pagehtml.Coord(b.YOf(0, scale)-top), `" fill="#6e9fd1"/>`)
		}
	}
	for i, y := range s.Years {
		if r := s.Rows[i]; r != nil && r.QuotaT != nil {
			yy := pagehtml.Coord(b.YOf(*r.QuotaT, scale))
			x := b.XOf(i, n)
			f.Raw(`<line class="quota" data-year="`, strconv.Itoa(y), `" data-value="`, pagehtml.PlainNum(*r.QuotaT), `" x1="`, pagehtml.Coord(x-w*0.8), `" x2="`, pagehtml.Coord(x+w*0.8),
				`" y1="`, yy, `" y2="`, yy, `" stroke="#1b1f23" stroke-width="3"/>`)
		}
	}
	f.Raw("</svg>")
	f.Elem("figcaption", title)
}

func yearLabels(years []int) []string {
	out := make([]string, len(years))
	for i, y := range years {
		out[i] = strconv.Itoa(y)
	}
	return out
}

// seriesTable is the text equivalent of a series' two charts: the same figures year by year,
// with every other item of the disclosure and its source. An item not disclosed reads 未公开.
func (f *pageBody) seriesTable(s series, name string) {
	nd := `<span class="nd">` + pagehtml.Esc(f.T("not_disclosed")) + `</span>`
	textOrND := func(v string) {
		if v == "" {
			f.Raw("<td>", nd, "</td>")
		} else {
			f.Cell(v)
		}
	}
	f.TableOpen("series-table", f.T("series_caption", "name", name), true,
		f.T("col_year"), f.T("col_concentration")+" ("+s.Unit+")", f.withUnit("col_limit", s.Unit), f.T("col_exceedance"), f.T("col_total"), f.T("col_quota"),
		f.T("col_over_quota"), f.T("col_method"), f.T("col_standard"), f.T("col_source"))
	for i, y := range s.Years {
		r := s.Rows[i]
		if r != nil && (r.OverLimit || r.OverQuota) {
			f.Raw(`<tr class="row-warn">`)
		} else {
			f.Raw("<tr>")
		}
		f.Elem("th", strconv.Itoa(y), "scope", "row")
		if r == nil {
			f.Raw(`<td colspan="9">`, nd, "</td></tr>")
			continue
		}
		for _, v := range []*float64{r.Concentration, r.Limit} {
			if v == nil {
				f.Raw("<td>", nd, "</td>")
			} else {
				f.Cell(fixed(*v, concDecimalsOf(s.Pollutant)))
			}
		}
		f.Raw("<td>")
		f.limitJudgement(r)
		f.Raw("</td>")
		for _, v := range []*float64{r.TotalT, r.QuotaT} {
			if v == nil {
				f.Raw("<td>", nd, "</td>")
			} else {
				f.Cell(fixed(*v, tonnesDecimalsOf(s.Pollutant)))
			}
		}
		f.Raw("<td>")
		switch {
		case r.OverQuota:
			f.Raw(`<span class="flag flag-over"><span aria-hidden="true">▲</span>`).Text(f.T("over_quota")).Raw("</span>")
		case r.TotalT == nil || r.QuotaT == nil:
			f.Text(f.T("cannot_judge"))
		default:
			f.Raw(`<span class="flag flag-ok"><span aria-hidden="true">✔</span>`).Text(f.T("within_quota")).Raw("</span>")
		}
		f.Raw("</td>")
		textOrND(r.DischargeMethod)
		textOrND(r.Standard)
		f.Raw("<td>")
		f.source(r.SourceURL, f.T("source_link"), r.Published)
		f.Raw("</td></tr>")
	}
	f.TableClose()
}

func (f *pageBody) limitJudgement(r *derive.DisclosureFact) {
	switch {
	case r.OverLimit:
		f.Raw(`<span class="flag flag-over"><span aria-hidden="true">▲</span>`).Text(f.T("over_limit_x", "x", optFixed(r.Exceedance, multipleDecimals))).Raw("</span>")
	case r.Concentration == nil || r.Limit == nil:
		f.Text(f.T("cannot_judge"))
	default:
		f.Raw(`<span class="flag flag-ok"><span aria-hidden="true">✔</span>`).Text(f.T("within_limit")).Raw("</span>")
	}
}

// source writes a link to an outside source with an optional date, "—" when there is neither.
func (f *pageBody) source(url, label string, d domain.Date) {
	if url == "" && d.IsZero() {
		f.Raw("—")
		return
	}
	if url != "" {
		f.Link(url, label, "rel", "external")
	}
	if !d.IsZero() {
		if url != "" {
			f.Raw(" ")
		}
		f.Date(d)
	}
}
