package generate

import (
	"strings"
	"testing"

	"cpportal/domain"
)

// TestQuantityPrecision: each quantity has one number of decimals, whatever the value, with
// thousands separators from five digits on; water and energy in summaries are in 万.
func TestQuantityPrecision(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{fixed(12.5, tonnesDecimals), "12.50"},
		{fixed(26773.43, tonnesDecimals), "26,773.43"},
		{fixed(9154.8, tonnesDecimals), "9154.80"},
		{fixed(-0.001, tonnesDecimals), "0.00"}, // no "-0.00"
		{fixed(0.0004986, tonnesDecimalsOf("六价铬")), "0.0005"},
		{fixed(0.005687, tonnesDecimalsOf("总磷")), "0.006"},
		{fixed(916.9, tonnesDecimalsOf("化学需氧量")), "916.90"},
		{fixed(38.7, concDecimalsOf("二氧化硫")), "38.7"},
		{fixed(150, concDecimalsOf("化学需氧量")), "150.0"},
		{fixed(0.0222, concDecimalsOf("六价铬")), "0.022"},
		{fixed(1.5, concDecimalsOf("氨氮")), "1.50"},
		{tenThousand(30996080), "3099.61"},
		{tenThousand(651324), "65.13"},
		{tenThousand(123456789), "12,345.68"},
		{pct(ptr(0.2)), "20.0%"},
		{pct(ptr(1.0 / 3)), "33.3%"},
		{pct(nil), "—"},
		{pct(ptr(0.114)), "11.4%"},
		{optFixed(nil, moneyDecimals), "—"},
		{fixed(13.9, moneyDecimals), "13.9"},
		{fixed(80, moneyDecimals), "80.0"},
		{fixed(5990, kindDecimals(domain.ReduceWater)), "5990"},
		{fixed(248.5, kindDecimals(domain.ReduceEnergy)), "248.5"},
		{summaryFigure(domain.ReduceEnergy, 651324), "65.13"},
		{summaryFigure(domain.ReduceCOD, 3), "3.00"},
		{fixed(0.00012, kindDecimals(domain.ReduceHeavyMetal)), "0.0001"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestUnitsInHeadingsNotCells: the year table names each unit once, in its column heading;
// its cells hold bare figures with the column's precision.
func TestUnitsInHeadingsNotCells(t *testing.T) {
	g, f := testFrag(t)
	f.yearTable(&g.in.Facts.Province)
	table := withoutLabels(f.String())
	for _, want := range []string{`<th scope="col">COD 削减（t/a）</th>`, `<th scope="col">节水（万吨/年）</th>`, `<th scope="col">节能（万吨标准煤/年）</th>`,
		`<td>5.00</td>`} { // 50,000 t of water in 2010
		if !strings.Contains(table, want) {
			t.Errorf("the year table lacks %q:\n%s", want, table)
		}
	}
	body := table[strings.Index(table, "<tbody>"):]
	for _, unit := range []string{"t/a", "万吨", "tce"} {
		if strings.Contains(body, unit) {
			t.Errorf("a cell of the year table repeats the unit %q", unit)
		}
	}
}

func ptr(x float64) *float64 { return &x }
