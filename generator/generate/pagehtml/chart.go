package pagehtml

import (
	"math"
	"strconv"

	"cpportal/search/contract"
)

// Charts are inline SVG written at build time: no chart library runs in the browser. Each has
// role="img" with a <title> and a <desc> that says in words what it shows, and its data table
// sits beside it. Exceedances and years not disclosed are drawn with a shape, a pattern and a
// label, never colour alone. Coordinates are rounded to 0.1 so the markup stays small; every
// data mark carries data-year and data-value so tests (and readers of the source) can check
// the drawing against the figures.

// ChartBox is the drawing area of a chart inside its viewBox.
type ChartBox struct {
	W, H                     float64 // viewBox size
	Left, Right, Top, Bottom float64 // margins
}

// PlotW is the width of the plotting area, inside the margins.
func (b ChartBox) PlotW() float64 { return b.W - b.Left - b.Right }

// PlotH is the height of the plotting area, inside the margins.
func (b ChartBox) PlotH() float64 { return b.H - b.Top - b.Bottom }

// YOf maps a value to its y coordinate for a scale from 0 to max.
func (b ChartBox) YOf(v, max float64) float64 { return b.Top + b.PlotH()*(1-v/max) }

// XOf is the centre of the i-th of n equal columns.
func (b ChartBox) XOf(i, n int) float64 {
	return b.Left + b.PlotW()*(float64(i)+0.5)/float64(n)
}

// ColW is the width of each of n equal columns.
func (b ChartBox) ColW(n int) float64 { return b.PlotW() / float64(n) }

// The viewBoxes are about as wide as a phone's column (343 px at 375 px), and the style
// sheet never draws a chart much wider (30rem), so labels of ChartFont units stay between
// 11 and 16 px as rendered: labels sized in viewBox units shrink with the chart, and a chart
// drawn 560 units wide on a phone shrank 11-unit labels to under 7 px.
var (
	WideChart  = ChartBox{W: 360, H: 220, Left: 50, Right: 10, Top: 30, Bottom: 42}
	SmallChart = ChartBox{W: 360, H: 210, Left: 46, Right: 10, Top: 30, Bottom: 42}
)

// ChartFont is the font size of every chart label, in viewBox units.
const ChartFont = "12"

// NiceMax returns a round upper bound of the scale: 1, 2, 2.5 or 5 times a power of ten, at
// least v (and 1 when there is nothing to draw).
func NiceMax(v float64) float64 {
	if !(v > 0) || math.IsInf(v, 0) {
		return 1
	}
	exp := math.Pow10(int(math.Floor(math.Log10(v))))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*exp >= v*(1-1e-9) {
			return m * exp
		}
	}
	return 10 * exp
}

// Coord formats a coordinate with one decimal.
func Coord(x float64) string {
	return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
}

// Pattern ids shared by every chart of a page: the first chart defines them.
const (
	PatND   = "pat-nd"   // not disclosed: grey hatching
	PatOver = "pat-over" // over the quota: red hatching
)

// SVGOpen writes the <svg> element with its title and description; id prefixes the ids inside,
// so several charts can sit on one page. The page's first chart also defines the patterns.
func (p *Page) SVGOpen(id string, b ChartBox, title, desc string) {
	p.Open("svg", "class", "chart", "viewBox", "0 0 "+Coord(b.W)+" "+Coord(b.H), "role", "img",
		"aria-labelledby", id+"-t "+id+"-d", "xmlns", "http://www.w3.org/2000/svg", contract.AttrIgnore, "")
	p.Elem("title", title, "id", id+"-t")
	p.Elem("desc", desc, "id", id+"-d")
	if !p.defs {
		p.defs = true
		p.Raw(`<defs><pattern id="`, PatND, `" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">`,
			`<rect width="6" height="6" fill="#f6f8fa"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c959f" stroke-width="1.5"/></pattern>`,
			`<pattern id="`, PatOver, `" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(-45)">`,
			`<rect width="5" height="5" fill="#f4b4ad"/><line x1="0" y1="0" x2="0" y2="5" stroke="#b42318" stroke-width="2"/></pattern></defs>`)
	}
}

// Axes draws the horizontal grid with value labels, the baseline and the year labels.
func (p *Page) Axes(b ChartBox, max float64, unit string, labels []string) {
	// shared presentation attributes sit on groups: a dossier has a dozen charts
	p.Raw(`<g stroke="#d0d7de" stroke-width="0.5">`)
	for i := 0; i <= 4; i++ {
		y := Coord(b.YOf(max*float64(i)/4, max))
		p.Raw(`<line class="grid" x1="`, Coord(b.Left), `" x2="`, Coord(b.W-b.Right), `" y1="`, y, `" y2="`, y, `"/>`)
	}
	p.Raw(`</g><g font-size="` + ChartFont + `" fill="#57606a" text-anchor="end">`)
	for i := 0; i <= 4; i++ {
		v := max * float64(i) / 4
		p.Raw(`<text x="`, Coord(b.Left-4), `" y="`, Coord(b.YOf(v, max)+4), `">`).Text(Num(v)).Raw("</text>")
	}
	if unit != "" {
		p.Raw(`<text x="`, Coord(b.Left-4), `" y="`, Coord(b.Top-12), `">`).Text(unit).Raw("</text>")
	}
	p.Raw(`</g><g font-size="` + ChartFont + `" fill="#1b1f23" text-anchor="middle">`)
	// a label every stride columns, so four-digit years never overlap
	stride := int(math.Ceil(float64(len(labels)) * 38 / b.PlotW()))
	y := Coord(b.H - b.Bottom + 16)
	for i, l := range labels {
		if stride > 1 && (len(labels)-1-i)%stride != 0 {
			continue // keep the latest year labelled
		}
		p.Raw(`<text x="`, Coord(b.XOf(i, len(labels))), `" y="`, y, `">`).Text(l).Raw("</text>")
	}
	p.Raw("</g>")
}

// NotDisclosedBand hatches the column of a year not disclosed and labels it.
func (p *Page) NotDisclosedBand(b ChartBox, i, n int, year int, label string) {
	w := b.ColW(n)
	x := b.Left + w*float64(i) + w*0.1
	p.Raw(`<g class="nd" data-year="`, strconv.Itoa(year), `"><rect x="`, Coord(x), `" y="`, Coord(b.Top), `" width="`, Coord(w*0.8),
		`" height="`, Coord(b.PlotH()), `" fill="url(#`, PatND, `)" stroke="#8c959f" stroke-dasharray="3 2"/>`)
	p.Raw(`<text x="`, Coord(b.XOf(i, n)), `" y="`, Coord(b.H-b.Bottom+30), `" text-anchor="middle" font-size="`+ChartFont+`" fill="#57606a">`)
	p.Text(label).Raw("</text></g>")
}

// Triangle is the path of an upward triangle centred on x, y: the exceedance marker.
func Triangle(x, y float64) string {
	return "M" + Coord(x) + " " + Coord(y-6) + "L" + Coord(x+6) + " " + Coord(y+5) + "L" + Coord(x-6) + " " + Coord(y+5) + "Z"
}
