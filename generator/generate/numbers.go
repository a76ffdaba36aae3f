package generate

import (
	"math"
	"strconv"

	"cpportal/domain"
	"cpportal/generator/generate/pagehtml"
)

// One precision per quantity: every figure of a kind is shown with the same number of
// decimals wherever it appears (dossier, lists, summaries, library), and its unit is named
// once, in the column heading, the caption or the label, not after every figure. The rules
// are explained on /policy/#numbers; TestQuantityPrecision checks them.
//
//   - tonnes of a pollutant (annual totals, quotas, reductions): 2 decimals; total phosphorus
//     3, heavy metals 4, whose tonnages are thousandths of a tonne;
//   - concentrations: air (mg/m³) 1 decimal; water (mg/L): COD 1, ammonia nitrogen 2, total
//     phosphorus and heavy metals 3;
//   - water and energy saved: a single option, case or enterprise in tonnes (0 decimals) and
//     tonnes of standard coal (1 decimal); the summaries of a city, an industry and the
//     province in 万吨 and 万吨标准煤 (10,000 t, 2 decimals), as statistical yearbooks give them;
//   - money in 万元: 1 decimal; payback in years: 1 decimal;
//   - shares: percent with 1 decimal; multiples of a limit: 2 decimals.
const (
	tonnesDecimals     = 2
	moneyDecimals      = 1
	yearsDecimals      = 1
	percentDecimals    = 1
	multipleDecimals   = 2
	waterDecimals      = 0 // tonnes of water of one option, case or enterprise
	energyDecimals     = 1 // tonnes of standard coal of one option, case or enterprise
	tenThousandDecimal = 2 // 万吨, 万吨标准煤 in summaries
)

// fixed formats x with exactly decimals decimals and a thousands separator from five digits
// of its integer part on (as num); "-0.00" is written "0.00".
func fixed(x float64, decimals int) string {
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	if z, err := strconv.ParseFloat(s, 64); err == nil && z == 0 {
		s = strconv.FormatFloat(0, 'f', decimals, 64)
	}
	return pagehtml.GroupDigits(s)
}

// optFixed is fixed for an optional figure; "—" when absent.
func optFixed(x *float64, decimals int) string {
	if x == nil {
		return "—"
	}
	return fixed(*x, decimals)
}

// tonnesDecimalsOf is the precision of a pollutant's tonnages.
func tonnesDecimalsOf(pollutant string) int {
	p, _ := domain.PollutantByName(pollutant)
	switch {
	case p.Heavy:
		return 4
	case p.Key == "tp":
		return 3
	}
	return tonnesDecimals
}

// concDecimalsOf is the precision of a pollutant's concentrations and limits.
func concDecimalsOf(pollutant string) int {
	p, ok := domain.PollutantByName(pollutant)
	switch {
	case !ok:
		return 2
	case p.Medium == "air", p.Key == "cod":
		return 1
	case p.Key == "nh3n":
		return 2
	}
	return 3 // total phosphorus, heavy metals
}

// kindDecimals is the precision of an option's, an enterprise's or a case's yearly amount of
// a reduction kind in its own unit (domain.ReductionKind.Unit).
func kindDecimals(k domain.ReductionKind) int {
	switch k {
	case domain.ReduceWater:
		return waterDecimals
	case domain.ReduceEnergy:
		return energyDecimals
	case domain.ReduceHeavyMetal:
		return 4
	case domain.ReduceBenefit:
		return moneyDecimals
	}
	return tonnesDecimals
}

// summaryFigure formats a summary's amount of a kind: water and energy in 万, the tonnes of
// pollutants as they are.
func summaryFigure(k domain.ReductionKind, v float64) string {
	if k == domain.ReduceWater || k == domain.ReduceEnergy {
		return tenThousand(v)
	}
	return fixed(v, kindDecimals(k))
}

// summaryUnit is the unit of summaryFigure's figures of a kind.
func (f *pageBody) summaryUnit(k domain.ReductionKind) string {
	switch k {
	case domain.ReduceWater:
		return f.T("unit_10kt")
	case domain.ReduceEnergy:
		return f.T("unit_10ktce")
	}
	return k.Unit()
}

// tenThousand formats a summary's tonnes (of water, of standard coal) in 万 (10,000).
func tenThousand(x float64) string {
	return fixed(x/1e4, tenThousandDecimal)
}

// pct formats a share (0.5) as "50.0%"; "—" when there is none.
func pct(share *float64) string {
	if share == nil || math.IsNaN(*share) {
		return "—"
	}
	return fixed(*share*100, percentDecimals) + "%"
}

// withUnit is a column heading with its unit, stated once for the column: "COD 削减（t/a）".
func (f *pageBody) withUnit(key, unit string) string {
	return f.T("with_unit", "label", f.T(key), "unit", unit)
}
