package pagehtml

import (
	"strings"
	"testing"
)

func TestNiceMax(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{{0, 1}, {-3, 1}, {0.7, 1}, {1, 1}, {1.2, 2}, {2.1, 2.5}, {157.5, 200}, {4100, 5000}, {9999, 10000}} {
		if got := NiceMax(c.in); got != c.want {
			t.Errorf("NiceMax(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestNumbersCarryThousandsSeparators(t *testing.T) {
	for x, want := range map[float64]string{0: "0", 1234: "1234", 12345: "12,345", 29810190: "29,810,190", 8836.22: "8836.22", 26386.58: "26,386.58", 1234567.891: "1,234,567.891"} {
		if got := Num(x); got != want {
			t.Errorf("Num(%v) = %q, want %q", x, got, want)
		}
		if got := PlainNum(x); strings.Contains(got, ",") {
			t.Errorf("PlainNum(%v) = %q: attributes read by programs carry no separator", x, got)
		}
	}
}
