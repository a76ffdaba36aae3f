package generate

import (
	"encoding/xml"
	"math"
	"strconv"
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/generate/pagehtml"
	"cpportal/internal/fixture"
)

// svgNode is a parsed SVG element with its attributes and children.
type svgNode struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []svgNode  `xml:",any"`
	Text     string     `xml:",chardata"`
}

func (n svgNode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n svgNode) walk(visit func(svgNode)) {
	visit(n)
	for _, c := range n.Children {
		c.walk(visit)
	}
}

// parseSVG parses the first <svg> element of an HTML fragment.
func parseSVG(t *testing.T, html string) svgNode {
	t.Helper()
	start, end := strings.Index(html, "<svg"), strings.Index(html, "</svg>")
	if start < 0 || end < 0 {
		t.Fatalf("no svg in %q", html)
	}
	var n svgNode
	if err := xml.Unmarshal([]byte(html[start:end+len("</svg>")]), &n); err != nil {
		t.Fatalf("svg does not parse: %v", err)
	}
	return n
}

func atof(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return v
}

func fp(v float64) *float64 { return &v }

// threeYears is a COD series at one outlet: within the limit in 2009, no row in 2010 (not
// disclosed), over the limit and over the quota in 2011, concentration not disclosed in 2012.
func threeYears() []derive.DisclosureFact {
	row := func(year int, c, limit, total, quota *float64) derive.DisclosureFact {
		d := domain.Disclosure{USCC: fixture.Dyeing, Year: year, Pollutant: "化学需氧量", Outlet: "DW001", Unit: domain.UnitWater,
			Concentration: c, Limit: limit, TotalT: total, QuotaT: quota, Standard: "GB 4287-2012"}
		return derive.DisclosureFactOf(d)
	}
	return []derive.DisclosureFact{
		row(2009, fp(80), fp(100), fp(40), fp(60)),
		row(2011, fp(150), fp(100), fp(75), fp(60)),
		row(2012, nil, fp(100), fp(50), fp(60)),
	}
}

func testFrag(t *testing.T) (*generator, *pageBody) {
	t.Helper()
	g := newGenerator(t.TempDir(), Input{Dataset: fixture.Dataset(), Facts: fixture.Facts()})
	f, err := g.newPageBody(defaultLang)
	if err != nil {
		t.Fatal(err)
	}
	return g, f
}

// baseline returns the y of the chart's zero line: the lowest grid line.
func baseline(svg svgNode) float64 {
	y := math.Inf(-1)
	svg.walk(func(n svgNode) {
		if n.attr("class") == "grid" {
			if v, err := strconv.ParseFloat(n.attr("y1"), 64); err == nil && v > y {
				y = v
			}
		}
	})
	return y
}

func TestConcentrationChartMatchesTheData(t *testing.T) {
	_, f := testFrag(t)
	s := emissionSeries(threeYears())
	if len(s) != 1 || len(s[0].Years) != 4 || s[0].Rows[1] != nil {
		t.Fatalf("series = %+v", s)
	}
	f.concentrationChart(s[0])
	svg := parseSVG(t, f.String())
	if svg.attr("role") != "img" || svg.attr("aria-labelledby") == "" {
		t.Errorf("svg lacks role=img or its label: %v", svg.Attrs)
	}
	var title, desc string
	type point struct {
		year   int
		value  float64
		x, y   float64
		exceed bool
	}
	var pts []point
	var limit string
	var nd []string
	svg.walk(func(n svgNode) {
		switch {
		case n.XMLName.Local == "title":
			title = n.Text
		case n.XMLName.Local == "desc":
			desc = n.Text
		case n.attr("class") == "pt": // a circle: within the limit
			pts = append(pts, point{year: int(atof(t, n.attr("data-year"))), value: atof(t, n.attr("data-value")), x: atof(t, n.attr("cx")), y: atof(t, n.attr("cy"))})
		case n.attr("class") == "pt pt-over": // a triangle: its apex is 6 above the value
			var x, y float64
			if _, err := fmtSscanf(n.attr("d"), &x, &y); err != nil {
				t.Fatalf("triangle path %q: %v", n.attr("d"), err)
			}
			pts = append(pts, point{year: int(atof(t, n.attr("data-year"))), value: atof(t, n.attr("data-value")), x: x, y: y + 6, exceed: true})
		case strings.HasPrefix(n.attr("class"), "limit"):
			limit = n.attr("points")
		case n.attr("class") == "nd":
			nd = append(nd, n.attr("data-year"))
		}
	})
	if !strings.Contains(title, "化学需氧量") || !strings.Contains(desc, "2010 年未公开") || !strings.Contains(desc, "超标 0.50 倍") || !strings.Contains(desc, "2012 年未公开") {
		t.Errorf("title %q / desc %q do not say what the chart shows", title, desc)
	}
	if strings.Join(nd, ",") != "2010,2012" {
		t.Errorf("years marked not disclosed = %v, want 2010 and 2012", nd)
	}
	if len(pts) != 2 || pts[0].year != 2009 || pts[0].value != 80 || pts[0].exceed || pts[1].year != 2011 || pts[1].value != 150 || !pts[1].exceed {
		t.Fatalf("points = %+v, want 2009 at 80 (within) and 2011 at 150 (exceeded)", pts)
	}
	if !strings.Contains(f.String(), ">超标</text>") {
		t.Error("the exceedance has no label in the chart")
	}
	// y is linear in the value from the baseline; x steps one column per year
	base := baseline(svg)
	k := (base - pts[0].y) / pts[0].value
	if got := (base - pts[1].y) / pts[1].value; math.Abs(got-k) > 0.01 {
		t.Errorf("scale differs between points: %.4f vs %.4f px per mg/L", k, got)
	}
	col := (pts[1].x - pts[0].x) / 2 // 2009 → 2011
	if math.Abs(pts[0].x-(pagehtml.WideChart.Left+col/2)) > 0.1 {
		t.Errorf("2009 is at x=%.1f, want the centre of the first column %.1f", pts[0].x, pagehtml.WideChart.Left+col/2)
	}
	// the limit line runs at 100 through the years that state it (2009, 2011, 2012; not 2010)
	segs := strings.Split(limit, " ")
	if len(segs) < 2 {
		t.Fatalf("limit polyline = %q", limit)
	}
	for _, p := range segs {
		xy := strings.Split(p, ",")
		if y := atof(t, xy[1]); math.Abs((base-y)/k-100) > 0.2 {
			t.Errorf("limit drawn at %.2f, want 100", (base-y)/k)
		}
	}
}

// fmtSscanf reads the apex of a triangle path "Mx y…".
func fmtSscanf(d string, x, y *float64) (int, error) {
	d = strings.TrimPrefix(d, "M")
	end := strings.Index(d, "L")
	parts := strings.Fields(d[:end])
	if len(parts) != 2 {
		return 0, strconv.ErrSyntax
	}
	var err error
	if *x, err = strconv.ParseFloat(parts[0], 64); err != nil {
		return 0, err
	}
	*y, err = strconv.ParseFloat(parts[1], 64)
	return 2, err
}

func TestTotalChartMarksQuotaOverruns(t *testing.T) {
	_, f := testFrag(t)
	f.totalChart(emissionSeries(threeYears())[0])
	svg := parseSVG(t, f.String())
	base := baseline(svg)
	type bar struct {
		year       int
		value, top float64
		over       bool
	}
	var bars []bar
	quotas := map[int]float64{}
	var nd []string
	svg.walk(func(n svgNode) {
		switch n.attr("class") {
		case "bar", "bar bar-over":
			bars = append(bars, bar{int(atof(t, n.attr("data-year"))), atof(t, n.attr("data-value")), atof(t, n.attr("y")), n.attr("class") == "bar bar-over"})
			if h := atof(t, n.attr("height")); math.Abs(atof(t, n.attr("y"))+h-base) > 0.15 {
				t.Errorf("bar %s does not stand on the baseline", n.attr("data-year"))
			}
		case "quota":
			quotas[int(atof(t, n.attr("data-year")))] = atof(t, n.attr("y1"))
		case "nd":
			nd = append(nd, n.attr("data-year"))
		}
	})
	if len(bars) != 3 || bars[1].year != 2011 || !bars[1].over || bars[0].over || bars[2].over {
		t.Fatalf("bars = %+v, want 2009, 2011 (over the quota), 2012", bars)
	}
	if strings.Join(nd, ",") != "2010" {
		t.Errorf("not disclosed = %v, want 2010 only (2012 disclosed its total)", nd)
	}
	k := (base - bars[0].top) / bars[0].value
	for _, b := range bars {
		if got := (base - b.top) / b.value; math.Abs(got-k) > 0.01 {
			t.Errorf("bar %d: %.4f px per t, want %.4f", b.year, got, k)
		}
		if q, ok := quotas[b.year]; !ok || math.Abs((base-q)/k-60) > 0.2 {
			t.Errorf("quota of %d drawn at %.2f, want 60", b.year, (base-q)/k)
		}
	}
	if !strings.Contains(f.String(), "url(#pat-over)") {
		t.Error("the bar over the quota is not hatched")
	}
}
