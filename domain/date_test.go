package domain

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	good := map[string]Date{
		"2009-01-31": {2009, time.January, 31},
		"2012-02-29": {2012, time.February, 29}, // leap year
		"2000-02-29": {2000, time.February, 29}, // divisible by 400
		"1999-12-31": {1999, time.December, 31},
	}
	for s, want := range good {
		got, err := ParseDate(s)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", s, got, err, want)
		}
		if got.String() != s {
			t.Errorf("ParseDate(%q).String() = %q", s, got.String())
		}
	}
	bad := []string{
		"2009-02-30", // no such day
		"2009-02-29", // not a leap year
		"1900-02-29", // divisible by 100, not by 400
		"2009-04-31", "2009-13-01", "2009-00-10", "2009-01-00", "2009-01-32",
		"2009-1-31", "2009-01-3", "09-01-31", "2009-1-3", // not zero-padded
		"2009/01/31", "20090131", "2009-01-31 ", " 2009-01-31", "2009-01-31T00:00:00Z",
		"２００９-01-31", // full-width digits
		"", "yesterday",
	}
	for _, s := range bad {
		if d, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", s, d)
		}
	}
}

func TestMustDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustDate(2009-02-30) did not panic")
		}
	}()
	MustDate("2009-02-30")
}

func TestAddMonthsClamped(t *testing.T) {
	tests := []struct {
		from   string
		months int
		want   string
	}{
		{"2009-01-31", 1, "2009-02-28"},
		{"2011-01-31", 1, "2011-02-28"},
		{"2012-01-31", 1, "2012-02-29"},
		{"2012-02-29", 12, "2013-02-28"},
		{"2012-02-29", 48, "2016-02-29"},
		{"2009-01-31", 2, "2009-03-31"},
		{"2009-01-31", 3, "2009-04-30"},
		{"2009-01-31", 12, "2010-01-31"},
		{"2009-03-15", 1, "2009-04-15"},
		{"2009-11-30", 3, "2010-02-28"},
		{"2009-12-31", 1, "2010-01-31"},
		{"2009-03-31", -1, "2009-02-28"},
		{"2010-01-15", -13, "2008-12-15"},
		{"2009-05-20", 0, "2009-05-20"},
	}
	for _, tt := range tests {
		if got := MustDate(tt.from).AddMonthsClamped(tt.months); got.String() != tt.want {
			t.Errorf("%s + %d months = %s, want %s", tt.from, tt.months, got, tt.want)
		}
	}
}

func TestAddDaysAndDaysUntil(t *testing.T) {
	tests := []struct {
		from, to string
		days     int
	}{
		{"2009-12-31", "2010-01-01", 1},
		{"2010-01-01", "2009-12-31", -1},
		{"2009-03-02", "2009-03-02", 0},
		{"2012-01-01", "2013-01-01", 366}, // leap year
		{"2013-01-01", "2014-01-01", 365},
		{"2012-02-28", "2012-03-01", 2},
		{"2009-03-31", "2011-03-15", 714},
		{"1999-12-31", "2000-03-01", 61},
	}
	for _, tt := range tests {
		from, to := MustDate(tt.from), MustDate(tt.to)
		if got := from.DaysUntil(to); got != tt.days {
			t.Errorf("%s.DaysUntil(%s) = %d, want %d", tt.from, tt.to, got, tt.days)
		}
		if got := from.AddDays(tt.days); got != to {
			t.Errorf("%s.AddDays(%d) = %s, want %s", tt.from, tt.days, got, tt.to)
		}
	}
}

func TestDateCompareAndWeekday(t *testing.T) {
	a, b := MustDate("2009-12-31"), MustDate("2010-01-01")
	if !a.Before(b) || a.After(b) || !b.After(a) || a.Compare(a) != 0 || a.Compare(b) != -1 || b.Compare(a) != 1 {
		t.Error("ordering across a year end is wrong")
	}
	if m := MustDate("2009-02-01"); !MustDate("2009-01-31").Before(m) || m.Compare(MustDate("2009-02-02")) != -1 {
		t.Error("ordering across a month end is wrong")
	}
	if wd := MustDate("2009-02-28").Weekday(); wd != time.Saturday {
		t.Errorf("2009-02-28 is a %s, want Saturday", wd)
	}
	if tm := MustDate("2009-01-31").Time(); tm.Location() != Shanghai || tm.Hour() != 0 || tm.Day() != 31 {
		t.Errorf("Time() = %v, want midnight in Shanghai", tm)
	}
	if d := DateOf(time.Date(2009, 12, 31, 16, 0, 0, 0, time.UTC).In(Shanghai)); d.String() != "2010-01-01" {
		t.Errorf("DateOf(16:00Z in Shanghai) = %s, want 2010-01-01", d)
	}
}

func TestDateJSON(t *testing.T) {
	type record struct {
		Due  Date `json:"due"`
		Done Date `json:"done"`
	}
	raw, err := json.Marshal(record{Due: MustDate("2009-03-02")})
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != `{"due":"2009-03-02","done":null}` {
		t.Errorf("json = %s, want the zero date as null", raw)
	}
	var back record
	if err := json.Unmarshal([]byte(`{"due":"2009-03-02","done":null}`), &back); err != nil {
		t.Fatal(err)
	}
	if back.Due != MustDate("2009-03-02") || !back.Done.IsZero() {
		t.Errorf("round trip = %+v", back)
	}
	if err := json.Unmarshal([]byte(`{"due":"2009-02-30"}`), &back); err == nil {
		t.Error("unmarshalling 2009-02-30 succeeded")
	}
	text, _ := Date{}.MarshalText()
	if len(text) != 0 || (Date{}).String() != "" || !(Date{}).IsZero() {
		t.Errorf("zero date text = %q", text)
	}
	var d Date
	if err := d.UnmarshalText(nil); err != nil || !d.IsZero() {
		t.Errorf("UnmarshalText(empty) = %v, %v", d, err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2009-01-31", "2009-02-30", "2012-02-29", "2009-1-3", "", "0000-01-01", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) returned %v with an error", s, d)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q: a date must read back as written", s, d.String())
		}
		if d.AddDays(1).AddDays(-1) != d || d.DaysUntil(d.AddDays(40)) != 40 {
			t.Fatalf("day arithmetic is inconsistent around %s", d)
		}
	})
}

// TestDateStringAsPrintf checks the hand-written YYYY-MM-DD against the format it stands for,
// inside and outside the range it covers.
func TestDateStringAsPrintf(t *testing.T) {
	for _, d := range []Date{
		{1, 1, 1}, {999, 9, 9}, {2026, 11, 1}, {2024, 2, 29}, {9999, 12, 31}, {10000, 1, 1}, {-5, 3, 4},
		{2026, 0, 5}, {2026, 13, 5}, {2026, 5, 0}, {2026, 5, 32}, {0, 1, 1},
	} {
		want := fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
		if got := d.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", d, got, want)
		}
	}
}
