package e2e

import (
	"regexp"
	"testing"
	"time"
)

// numbersJS reads the city page's yearly summary: the heading of its COD column and the
// figures under it, and the home page's water total.
const yearColumnJS = `(() => {
	const t = document.querySelector("table.years");
	const heads = [...t.querySelectorAll("thead th")].map(th => th.textContent.trim());
	const i = heads.findIndex(h => h.startsWith("COD"));
	return [heads[i], ...[...t.querySelectorAll("tbody tr, tfoot tr")].map(tr => tr.children[i].textContent.trim())];
})()`

// TestFiguresKeepOnePrecision: on a city page the COD column names its unit once, in its
// heading, and every figure under it has two decimals; the home page gives the water saved
// in the province in 万吨 with two decimals.
func TestFiguresKeepOnePrecision(t *testing.T) {
	tb := openTab(t, 60*time.Second)
	tb.open(filterCity)
	col := eval[[]string](tb, yearColumnJS)
	if len(col) < 3 || col[0] != "COD 削减（t/a）" {
		t.Fatalf("the COD column is %q, want the heading COD 削减（t/a） and figures", col)
	}
	two := regexp.MustCompile(`^\d{1,4}\.\d\d$|^\d{1,3}(,\d{3})+\.\d\d$`)
	for _, v := range col[1:] {
		if !two.MatchString(v) {
			t.Errorf("a COD figure reads %q: want two decimals and no unit", v)
		}
	}
	tb.open("/")
	water := eval[string](tb, `[...document.querySelectorAll(".totals > div")].find(d => d.querySelector("dt").textContent.trim() === "节水").querySelector("dd").textContent.trim()`)
	if !regexp.MustCompile(`^\d[\d,]*\.\d\d 万吨/年$`).MatchString(water) {
		t.Errorf("the home page's water saved reads %q, want 万吨 with two decimals", water)
	}
}
