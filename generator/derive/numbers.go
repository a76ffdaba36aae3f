package derive

import (
	"math"
)

// Round returns x rounded to the given number of decimal places, halves away from zero, as a
// reader rounding the decimal figure would. Sums of decimal amounts pick up binary noise
// (0.1 + 0.2 is 0.30000000000000004, 2.235 − 1 is 1.2349999999999999); the portal rounds every
// sum and ratio it shows so that noise never reaches a page or a JSON file. The scaled value
// is first snapped to 6 further decimals, so a half that binary noise pushed just below .5
// still rounds up.
func Round(x float64, places int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	p := math.Pow10(places)
	scaled := x * p
	if snapped := math.Round(scaled*1e6) / 1e6; !math.IsInf(snapped, 0) {
		scaled = snapped
	}
	r := math.Round(scaled) / p
	if r == 0 {
		return 0 // no "-0" on a page
	}
	return r
}

// sumPlaces is the precision of every sum of amounts (t/a, tce/a, 万元): four decimals, finer
// than any amount in the data and coarse enough to hide binary noise.
const sumPlaces = 4

// ratePlaces is the precision of shares and exceedance multiples.
const (
	sharePlaces      = 4
	exceedancePlaces = 2
)

// Rate is a share with the counts it is made of, so a page can show "12 / 30 (40%)" and say
// exactly what it counts.
type Rate struct {
	Num   int      `json:"num"`   // how many meet the condition
	Den   int      `json:"den"`   // how many are counted
	Share *float64 `json:"share"` // Num / Den rounded to 4 decimals; null when Den is 0
}

// NewRate returns num/den as a Rate; Share is nil when den is 0 (there is nothing to rate,
// which a page must show as "—", never as 0%).
func NewRate(num, den int) Rate {
	r := Rate{Num: num, Den: den}
	if den > 0 {
		s := Round(float64(num)/float64(den), sharePlaces)
		r.Share = &s
	}
	return r
}

// ratio returns num/den rounded to 4 decimals, nil when den is 0.
func ratio(num, den int) *float64 {
	return NewRate(num, den).Share
}
