package domain

import (
	"cmp"
	"fmt"
	"time"
)

// Shanghai is the time zone in which every date of the regime is counted. It is fixed at
// UTC+8 (China has no daylight saving time), so the program needs no tzdata on the machine.
var Shanghai = time.FixedZone("Asia/Shanghai", 8*60*60)

// Date is a calendar day without a time of day, as the regime's notices and deadlines use.
// The zero Date means "no date".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads a date written as YYYY-MM-DD and rejects impossible days such as 2009-02-30.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil || len(s) != 10 {
		return Date{}, fmt.Errorf("%q is not a date written as YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// MustDate is ParseDate for literals in code and tests; it panics on a malformed date.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar day of t as seen in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is the "no date" value.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight of d in Asia/Shanghai.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, Shanghai) }

// String formats d as YYYY-MM-DD, the only date format the portal shows; "" for no date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	// written by hand: pages, twins and downloads format millions of dates
	b := [10]byte{'0' + byte(d.Year/1000), '0' + byte(d.Year/100%10), '0' + byte(d.Year/10%10), '0' + byte(d.Year%10), '-',
		'0' + byte(d.Month/10), '0' + byte(d.Month%10), '-', '0' + byte(d.Day/10), '0' + byte(d.Day%10)}
	return string(b[:])
}

// AddDays returns the day n days after d (before it for negative n).
func (d Date) AddDays(n int) Date {
	return DateOf(time.Date(d.Year, d.Month, d.Day+n, 12, 0, 0, 0, time.UTC))
}

// AddMonthsClamped returns the day with the same number n months later; when that month has no
// such day (31 January plus one month), the month's last day. This is how the Civil Code ends a
// period counted in months.
func (d Date) AddMonthsClamped(n int) Date {
	first := time.Date(d.Year, d.Month+time.Month(n), 1, 12, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	day := min(d.Day, last)
	return Date{first.Year(), first.Month(), day}
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// DaysUntil returns the number of days from d to e (negative when e is before d).
func (d Date) DaysUntil(e Date) int {
	a := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
	b := time.Date(e.Year, e.Month, e.Day, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Round(24*time.Hour) / (24 * time.Hour))
}

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmp.Compare(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp.Compare(d.Month, e.Month)
	default:
		return cmp.Compare(d.Day, e.Day)
	}
}

// MarshalText writes YYYY-MM-DD. A zero Date marshals as an empty string; JSON outputs that must
// show null for an absent date use *Date (see MarshalJSON).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// MarshalJSON writes "YYYY-MM-DD", or null for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalText reads YYYY-MM-DD; an empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
