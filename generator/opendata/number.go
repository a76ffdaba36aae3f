package opendata

import (
	"fmt"
	"math"
	"strconv"
)

// Number is a decimal amount in a download. It is always written in plain decimal notation
// (0.0005, never 5e-04) with the fewest digits that read back as the same value, so no binary
// noise and no exponent reaches a spreadsheet. A nil *Number is an absent value: an empty CSV
// cell and null in JSON.
type Number float64

// String formats n in plain decimal notation.
func (n Number) String() string {
	return strconv.FormatFloat(float64(n), 'f', -1, 64)
}

// MarshalJSON writes n as a plain decimal JSON number; NaN and infinities have no JSON form and
// are an error, which would mean a bug upstream.
func (n Number) MarshalJSON() ([]byte, error) {
	if !finite(float64(n)) {
		return nil, fmt.Errorf("opendata: %v is not a number a download can carry", float64(n))
	}
	return []byte(n.String()), nil
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// num converts an optional amount of the domain records.
func num(p *float64) *Number {
	if p == nil {
		return nil
	}
	n := Number(*p)
	return &n
}

// numOf converts an amount that is always present.
func numOf(f float64) *Number {
	n := Number(f)
	return &n
}
