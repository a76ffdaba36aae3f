package generate

import (
	"cpportal/search/contract"
	"math"
	"strconv"
)

// Charts are inline SVG written at build time: no chart library runs in the browser. Each has
// role="img" with a <title> and a <desc> that says in words what it shows, and its data table
// sits beside it. Exceedances and years not disclosed are drawn with a shape, a pattern and a
// label, never colour alone. Coordinates are rounded to 0.1 so the markup stays small; every
// data mark carries data-year and data-value so tests (and readers of the source) can check
// the drawing against the figures.

// chartBox is the drawing area of a chart inside its viewBox.
type chartBox struct {
	W, H                     float64 // viewBox size
	Left, Right, Top, Bottom float64 // margins
}

func (b chartBox) plotW() float64 { return b.W - b.Left - b.Right }
func (b chartBox) plotH() float64 { return b.H - b.Top - b.Bottom }

// yOf maps a value to its y coordinate for a scale from 0 to max.
func (b chartBox) yOf(v, max float64) float64 { return b.Top + b.plotH()*(1-v/max) }

// xOf is the centre of the i-th of n equal columns.
func (b chartBox) xOf(i, n int) float64 {
	return b.Left + b.plotW()*(float64(i)+0.5)/float64(n)
}

func (b chartBox) colW(n int) float64 { return b.plotW() / float64(n) }

// The viewBoxes are about as wide as a phone's column (343 px at 375 px), and the style
// sheet never draws a chart much wider (30rem), so labels of chartFont units stay between
// 11 and 16 px as rendered: labels sized in viewBox units shrink with the chart, and a chart
// drawn 560 units wide on a phone shrank 11-unit labels to under 7 px.
var (
	wideChart  = chartBox{W: 360, H: 220, Left: 50, Right: 10, Top: 30, Bottom: 42}
	smallChart = chartBox{W: 360, H: 210, Left: 46, Right: 10, Top: 30, Bottom: 42}
)

// chartFont is the font size of every chart label, in viewBox units.
const chartFont = "12"

// niceMax returns a round upper bound of the scale: 1, 2, 2.5 or 5 times a power of ten, at
// least v (and 1 when there is nothing to draw).
func niceMax(v float64) float64 {
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

// coord formats a coordinate with one decimal.
func coord(x float64) string {
	return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
}

// Pattern ids shared by every chart of a page: the first chart defines them.
const (
	patND   = "pat-nd"   // not disclosed: grey hatching
	patOver = "pat-over" // over the quota: red hatching
)

// svgOpen writes the <svg> element with its title and description; id prefixes the ids inside,
// so several charts can sit on one page. The page's first chart also defines the patterns.
func (f *frag) svgOpen(id string, b chartBox, title, desc string) {
	f.open("svg", "class", "chart", "viewBox", "0 0 "+coord(b.W)+" "+coord(b.H), "role", "img",
		"aria-labelledby", id+"-t "+id+"-d", "xmlns", "http://www.w3.org/2000/svg", contract.AttrIgnore, "")
	f.elem("title", title, "id", id+"-t")
	f.elem("desc", desc, "id", id+"-d")
	if !f.defs {
		f.defs = true
		f.raw(`<defs><pattern id="`, patND, `" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">`,
			`<rect width="6" height="6" fill="#f6f8fa"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c959f" stroke-width="1.5"/></pattern>`,
			`<pattern id="`, patOver, `" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(-45)">`,
			`<rect width="5" height="5" fill="#f4b4ad"/><line x1="0" y1="0" x2="0" y2="5" stroke="#b42318" stroke-width="2"/></pattern></defs>`)
	}
}

// axes draws the horizontal grid with value labels, the baseline and the year labels.
func (f *frag) axes(b chartBox, max float64, unit string, labels []string) {
	// shared presentation attributes sit on groups: a dossier has a dozen charts
	f.raw(`<g stroke="#d0d7de" stroke-width="0.5">`)
	for i := 0; i <= 4; i++ {
		y := coord(b.yOf(max*float64(i)/4, max))
		f.raw(`<line class="grid" x1="`, coord(b.Left), `" x2="`, coord(b.W-b.Right), `" y1="`, y, `" y2="`, y, `"/>`)
	}
	f.raw(`</g><g font-size="` + chartFont + `" fill="#57606a" text-anchor="end">`)
	for i := 0; i <= 4; i++ {
		v := max * float64(i) / 4
		f.raw(`<text x="`, coord(b.Left-4), `" y="`, coord(b.yOf(v, max)+4), `">`).text(num(v)).raw("</text>")
	}
	if unit != "" {
		f.raw(`<text x="`, coord(b.Left-4), `" y="`, coord(b.Top-12), `">`).text(unit).raw("</text>")
	}
	f.raw(`</g><g font-size="` + chartFont + `" fill="#1b1f23" text-anchor="middle">`)
	// a label every stride columns, so four-digit years never overlap
	stride := int(math.Ceil(float64(len(labels)) * 38 / b.plotW()))
	y := coord(b.H - b.Bottom + 16)
	for i, l := range labels {
		if stride > 1 && (len(labels)-1-i)%stride != 0 {
			continue // keep the latest year labelled
		}
		f.raw(`<text x="`, coord(b.xOf(i, len(labels))), `" y="`, y, `">`).text(l).raw("</text>")
	}
	f.raw("</g>")
}

// notDisclosedBand hatches the column of a year not disclosed and labels it.
func (f *frag) notDisclosedBand(b chartBox, i, n int, year int, label string) {
	w := b.colW(n)
	x := b.Left + w*float64(i) + w*0.1
	f.raw(`<g class="nd" data-year="`, strconv.Itoa(year), `"><rect x="`, coord(x), `" y="`, coord(b.Top), `" width="`, coord(w*0.8),
		`" height="`, coord(b.plotH()), `" fill="url(#`, patND, `)" stroke="#8c959f" stroke-dasharray="3 2"/>`)
	f.raw(`<text x="`, coord(b.xOf(i, n)), `" y="`, coord(b.H-b.Bottom+30), `" text-anchor="middle" font-size="`+chartFont+`" fill="#57606a">`)
	f.text(label).raw("</text></g>")
}

// triangle is the path of an upward triangle centred on x, y: the exceedance marker.
func triangle(x, y float64) string {
	return "M" + coord(x) + " " + coord(y-6) + "L" + coord(x+6) + " " + coord(y+5) + "L" + coord(x-6) + " " + coord(y+5) + "Z"
}
