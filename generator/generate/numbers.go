package generate

import (
	"math"
	"strconv"

	"cpportal/generator/domain"
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
	return groupDigits(s)
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

// benefitDecimals is the precision of an option's or a case's reduction of b in its own
// unit (domain.Benefit.Unit).
func benefitDecimals(b domain.Benefit) int {
	switch b {
	case domain.BenefitWater:
		return waterDecimals
	case domain.BenefitEnergy:
		return energyDecimals
	case domain.BenefitHeavyMetal:
		return 4
	}
	return tonnesDecimals
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

// optionDecimals are the precisions of an option's figures in the order of the options
// table: COD, SO₂, NOx, ammonia nitrogen, water, energy, benefit.
var optionDecimals = []int{tonnesDecimals, tonnesDecimals, tonnesDecimals, tonnesDecimals, waterDecimals, energyDecimals, moneyDecimals}

// withUnit is a column heading with its unit, stated once for the column: "COD 削减（t/a）".
func (f *frag) withUnit(key, unit string) string {
	return f.T("with_unit", "label", f.T(key), "unit", unit)
}

// reductionFigure formats one enterprise's reduction or saving named by its column key
// (col_cod … col_energy) in tonnes or tonnes of standard coal.
func reductionFigure(key string, v float64) string {
	switch key {
	case "col_water":
		return fixed(v, waterDecimals)
	case "col_energy":
		return fixed(v, energyDecimals)
	}
	return fixed(v, tonnesDecimals)
}
