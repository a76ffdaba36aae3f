package pagehtml

import (
	"strconv"
	"strings"

	"cpportal/generator/derive"
)

// Num formats an amount with at most three decimals and no trailing zeros, as the templates do.
func Num(x float64) string { return GroupDigits(PlainNum(x)) }

// PlainNum is Num without thousands separators, for attributes that programs read.
func PlainNum(x float64) string {
	s := strconv.FormatFloat(derive.Round(x, 3), 'f', 3, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// GroupDigits puts a thousands separator into the integer part of a formatted number of five
// digits or more (12,345; 1234 stays as it is, as years and codes read).
func GroupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) < 5 {
		return sign + s
	}
	var b strings.Builder
	for i, d := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// OptNum formats an optional amount; "—" when absent.
func OptNum(x *float64) string {
	if x == nil {
		return "—"
	}
	return Num(*x)
}
