package generate

import (
	"regexp"
	"strings"
	"testing"
)

// tableNamed returns the HTML of the table whose class list starts with class.
func tableNamed(t *testing.T, html, class string) string {
	t.Helper()
	start := strings.Index(html, `<table class="`+class)
	if start < 0 {
		t.Fatalf("no table of class %q in %s", class, html)
	}
	end := strings.Index(html[start:], "</table>")
	return html[start : start+end]
}

// withoutLabels drops the cells' data-label attributes (the cards of a phone) from html.
func withoutLabels(html string) string {
	return labelAttr.ReplaceAllString(html, "")
}

var labelAttr = regexp.MustCompile(` data-label="[^"]*"`)

// TestCityOverdueTableNamesDistricts: on a city page the overdue steps name each enterprise's
// county or district, never the city the page is about; the province page names the city.
func TestCityOverdueTableNamesDistricts(t *testing.T) {
	g, f := testFrag(t)
	city := g.in.Facts.Cities[1] // 佛山市
	g.areaBody(f, "city", &city)
	table := withoutLabels(tableNamed(t, f.String(), "overdue"))
	for _, want := range []string{`<th scope="col">区县</th>`, `<td lang="zh-CN">南海区</td>`, `<td lang="zh-CN">顺德区</td>`} {
		if !strings.Contains(table, want) {
			t.Errorf("the city's overdue table lacks %q:\n%s", want, table)
		}
	}
	if strings.Contains(table, "佛山市</td>") || strings.Contains(table, `<th scope="col">城市</th>`) {
		t.Errorf("the city's overdue table repeats the city:\n%s", table)
	}

	f.Reset()
	g.areaBody(f, "province", &g.in.Facts.Province)
	table = withoutLabels(tableNamed(t, f.String(), "overdue"))
	if !strings.Contains(table, `<th scope="col">城市</th>`) || !strings.Contains(table, "<td>佛山市</td>") {
		t.Errorf("the province's overdue table does not name the cities:\n%s", table)
	}
}
