package generate

import (
	"strconv"

	"cpportal/generator/derive"
	"cpportal/generator/generate/pagehtml"
	"cpportal/search/contract"
)

// tile is a city's place in the tile cartogram: one equal square per city, placed roughly
// where the city lies (west to east, north to south). No boundary data whose licence allows
// publishing could be had, so the map is a cartogram: it shows where, not how large.
type tile struct{ col, row int }

// cityTiles places Guangdong's 21 prefecture-level cities by division code.
var cityTiles = map[string]tile{
	"441800": {3, 0}, "440200": {4, 0}, "441600": {5, 0}, "441400": {6, 0}, "445100": {7, 0}, // 清远 韶关 河源 梅州 潮州
	"440900": {0, 1}, "445300": {1, 1}, "441200": {2, 1}, "440600": {3, 1}, "440100": {4, 1}, "441300": {5, 1}, "445200": {6, 1}, "440500": {7, 1}, // 茂名 云浮 肇庆 佛山 广州 惠州 揭阳 汕头
	"440800": {0, 2}, "441700": {1, 2}, "440700": {2, 2}, "442000": {3, 2}, "441900": {4, 2}, "440300": {5, 2}, "441500": {6, 2}, // 湛江 阳江 江门 中山 东莞 深圳 汕尾
	"440400": {3, 3}, // 珠海
}

// mapRate is one rate the map can be coloured by.
type mapRate struct {
	key  string
	good bool // a higher share is better (the colour then reads the other way in the legend)
	of   func(c *cityFigures) derive.Rate
}

// cityFigures are the figures of one city the map shows.
type cityFigures struct {
	code, name, nameEN string
	overdue            derive.Rate // enterprises with an overdue step now / enterprises listed
	exceeding          derive.Rate // enterprises over a limit or quota in their latest year / enterprises that disclosed
	completeness       derive.Rate // disclosure rows with every item / rows
}

var mapRates = []mapRate{
	{"overdue", false, func(c *cityFigures) derive.Rate { return c.overdue }},
	{"exceeding", false, func(c *cityFigures) derive.Rate { return c.exceeding }},
	{"completeness", true, func(c *cityFigures) derive.Rate { return c.completeness }},
}

// cityFiguresOf counts the map's figures of every city from the enterprise rows.
func (g *generator) cityFiguresOf() []cityFigures {
	out := make([]cityFigures, 0, len(g.in.Facts.Cities))
	for i := range g.in.Facts.Cities {
		a := &g.in.Facts.Cities[i]
		c := cityFigures{code: a.Code, name: a.Name, nameEN: g.cities[a.Code].NameEN, completeness: a.Rates.Completeness}
		listed, overdue, disclosed, exceeding := 0, 0, 0, 0
		for _, uscc := range a.Enterprises {
			r, ok := g.rows[uscc]
			if !ok {
				continue
			}
			if len(r.Batches) > 0 {
				listed++
				if r.OverdueSteps > 0 {
					overdue++
				}
			}
			if r.DisclosureYear > 0 {
				disclosed++
				if r.Exceedances+r.OverQuota > 0 {
					exceeding++
				}
			}
		}
		c.overdue, c.exceeding = derive.NewRate(overdue, listed), derive.NewRate(exceeding, disclosed)
		out = append(out, c)
	}
	return out
}

// mapClasses are the fills of the five classes of a share, light to dark, and the text
// colour that keeps its contrast on each.
var mapClasses = [][2]string{{"#eff3ff", "#1b1f23"}, {"#bdd7e7", "#1b1f23"}, {"#6baed6", "#1b1f23"}, {"#3182bd", "#ffffff"}, {"#08519c", "#ffffff"}}

// classOf puts a share in one of five equal classes of 20%.
func classOf(share float64) int { return min(4, max(0, int(share*5))) }

const (
	tileW, tileH, tileGap = 100, 70, 6
	mapCols, mapRows      = 8, 4
)

// cityMap writes the map section: a tile cartogram of the 21 cities per rate (links choose
// the rate; CSS shows the chosen one, the first by default, without script), each city a link
// to its page, and a table with the same figures.
func (f *pageBody) cityMap(figs []cityFigures) {
	f.Section("map", f.T("h_map"))
	f.Raw(`<p `+contract.AttrIgnore+`="">`).Text(f.T("map_note")).Raw(" ").Link(f.url("policy/")+"#map", f.T("how_computed")).Raw("</p>")
	f.Raw(`<div class="maps" ` + contract.AttrIgnore + `="">`)
	f.Raw(`<ul class="map-choice" aria-label="`).Text(f.T("map_choose")).Raw(`">`)
	for _, r := range mapRates {
		f.Raw("<li>").Link("#map-"+r.key, f.T("map_rate_"+r.key)).Raw("</li>")
	}
	f.Raw("</ul>")
	for _, r := range mapRates {
		f.cartogram(figs, r)
	}
	f.Raw("</div>")
	f.Raw(`<details class="map-table"><summary>`).Text(f.T("map_table")).Raw("</summary>")
	f.TableOpen("areas", f.T("map_table"), true, f.T("col_name"), f.T("map_rate_overdue"), f.T("map_rate_exceeding"), f.T("map_rate_completeness"))
	for i := range figs {
		c := &figs[i]
		f.Raw(`<tr><th scope="row">`).Link(f.url("cities/"+c.code+"/"), f.cityLabel(c)).Raw("</th>")
		for _, r := range mapRates {
			f.Raw("<td>")
			f.rate(r.of(c))
			f.Raw("</td>")
		}
		f.Raw("</tr>")
	}
	f.TableClose()
	f.Raw("</details>")
	f.Close("section")
}

// cityLabel is the city's name in the page's language: the English name on English pages
// when there is one.
func (f *pageBody) cityLabel(c *cityFigures) string {
	if f.t.lang != defaultLang && c.nameEN != "" {
		return c.nameEN
	}
	return c.name
}

// cartogram draws one rate's map: a tile per city, filled by the class of its share, with the
// name and the percentage written on it (never colour alone); a city with nothing to count
// is hatched grey and says "—".
func (f *pageBody) cartogram(figs []cityFigures, r mapRate) {
	w, h := mapCols*(tileW+tileGap)+tileGap, mapRows*(tileH+tileGap)+tileGap+34
	title := f.T("map_title", "rate", f.T("map_rate_"+r.key))
	f.Raw(`<figure class="map-fig" id="map-`, r.key, `">`)
	// a group, not an image: its tiles are links, which an image's children cannot be
	f.Raw(`<div class="map-wrap"><svg class="cartogram" viewBox="0 0 `, strconv.Itoa(w), " ", strconv.Itoa(h), `" role="group" aria-labelledby="map-`, r.key, `-t">`)
	f.Raw(`<title id="map-`, r.key, `-t">`).Text(title).Raw("</title>")
	for i := range figs {
		c := &figs[i]
		t, ok := cityTiles[c.code]
		if !ok {
			continue
		}
		x, y := tileGap+t.col*(tileW+tileGap), tileGap+t.row*(tileH+tileGap)
		rate := r.of(c)
		fill, ink, value := "#f6f8fa", "#57606a", "—"
		if rate.Share != nil {
			k := classOf(*rate.Share)
			fill, ink, value = mapClasses[k][0], mapClasses[k][1], pct(rate.Share)
		}
		f.Raw(`<a href="`, pagehtml.Esc(f.url("cities/"+c.code+"/")), `"><title>`).Text(f.cityLabel(c) + " " + value).Raw("</title>")
		f.Raw(`<rect x="`, strconv.Itoa(x), `" y="`, strconv.Itoa(y), `" width="`, strconv.Itoa(tileW), `" height="`, strconv.Itoa(tileH), `" rx="4" fill="`, fill, `" stroke="#1b1f23" stroke-width="1"/>`)
		f.Raw(`<text x="`, strconv.Itoa(x+tileW/2), `" y="`, strconv.Itoa(y+28), `" text-anchor="middle" font-size="17" fill="`, ink, `">`).Text(f.cityLabel(c)).Raw("</text>")
		f.Raw(`<text x="`, strconv.Itoa(x+tileW/2), `" y="`, strconv.Itoa(y+54), `" text-anchor="middle" font-size="19" font-weight="600" fill="`, ink, `">`).Text(value).Raw("</text></a>")
	}
	// legend: the five classes with their ranges
	ly := h - 26
	for k, cl := range mapClasses {
		lx := tileGap + k*120
		f.Raw(`<rect x="`, strconv.Itoa(lx), `" y="`, strconv.Itoa(ly), `" width="18" height="18" fill="`, cl[0], `" stroke="#1b1f23" stroke-width="1"/>`)
		f.Raw(`<text x="`, strconv.Itoa(lx+24), `" y="`, strconv.Itoa(ly+15), `" font-size="17" fill="#1b1f23">`).Text(strconv.Itoa(k*20) + "–" + strconv.Itoa(k*20+20) + "%").Raw("</text>")
	}
	f.Raw("</svg></div>")
	f.Elem("figcaption", title)
	f.Raw("</figure>")
}
