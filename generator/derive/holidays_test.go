package derive

import (
	"slices"
	"testing"

	"github.com/6tail/lunar-go/HolidayUtil"

	"cpportal/domain"
)

func TestStatutoryRestDays(t *testing.T) {
	want := map[int][]string{
		// 除夕 2027-02-05, Qingming 04-05, Dragon Boat 06-09, Mid-Autumn 09-15.
		2027: {"2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05", "2027-05-01",
			"2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03"},
		// 除夕 2028-01-25, Qingming 04-04, Dragon Boat 05-28, Mid-Autumn 10-03 (within National Day).
		2028: {"2028-01-01", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28", "2028-04-04", "2028-05-01",
			"2028-05-02", "2028-05-28", "2028-10-03", "2028-10-01", "2028-10-02", "2028-10-03"},
	}
	for year, days := range want {
		got := statutoryRestDays(year)
		var gotS []string
		for _, d := range got {
			gotS = append(gotS, d.String())
		}
		slices.Sort(gotS)
		slices.Sort(days)
		if !slices.Equal(gotS, days) {
			t.Errorf("statutoryRestDays(%d)\n got %v\nwant %v", year, gotS, days)
		}
	}
}

// TestStatutoryDaysAreHolidaysOfPublishedSchedules: in every year since the 2024 amendment whose
// schedule the State Council has published, each statutory day computed here is a rest day of
// the published schedule (which adds bridge days around them).
func TestStatutoryDaysAreHolidaysOfPublishedSchedules(t *testing.T) {
	for year := 2025; year <= 2027; year++ {
		off := map[string]bool{}
		for e := HolidayUtil.GetHolidaysByYear(year).Front(); e != nil; e = e.Next() {
			if h := e.Value.(*HolidayUtil.Holiday); !h.IsWork() {
				off[h.GetDay()] = true
			}
		}
		if len(off) == 0 {
			t.Fatalf("no published schedule for %d", year)
		}
		for _, d := range statutoryRestDays(year) {
			if !off[d.String()] {
				t.Errorf("%s is a statutory holiday but not a rest day of the published %d schedule", d, year)
			}
		}
	}
}

func TestDueAfterTheCalendarIsProvisional(t *testing.T) {
	through2026 := calendar("2026-10-01", "休", "2026-10-10", "班")
	through2027 := calendar("2027-01-01", "休", "2027-01-02", "休", "2027-01-03", "休", "2027-02-05", "休", "2027-10-09", "班")
	tests := []struct {
		cal         Calendar
		published   string
		months      int
		want        string
		provisional bool
	}{
		// Covered: 2026-02-01 is a Sunday.
		{through2026, "2026-01-01", 1, "2026-02-02", false},
		{through2026, "2026-11-30", 1, "2026-12-30", false},
		// 2027-01-01, a Friday, is New Year's Day by statute; then a weekend.
		{through2026, "2026-12-01", 1, "2027-01-04", true},
		// A weekday of 2027 that no statutory holiday touches is still provisional: the schedule
		// not yet published may make it a bridge day.
		{through2026, "2026-12-15", 1, "2027-01-15", true},
		// 2028 Spring Festival: 除夕 Tuesday 01-25 to Friday 01-28, then a weekend.
		{through2027, "2027-12-25", 1, "2028-01-31", true},
		// Mid-Autumn 2028 (10-03) inside National Day 10-01..03; 10-04 is a Wednesday.
		{through2027, "2028-09-01", 1, "2028-10-04", true},
		// The zero calendar counts weekends only and never falls back.
		{Calendar{}, "2027-12-25", 1, "2028-01-25", false},
	}
	for _, tt := range tests {
		got, prov := tt.cal.DueProvisional(day(tt.published), tt.months)
		if got.String() != tt.want || prov != tt.provisional {
			t.Errorf("calendar to %d: DueProvisional(%s, %d) = %s, %v; want %s, %v", tt.cal.LastYear(), tt.published, tt.months, got, prov, tt.want, tt.provisional)
		}
	}
}

func TestEvaluateStepMarksProvisional(t *testing.T) {
	cal := calendar("2026-10-01", "休")
	s := EvaluateStep(StepReport, day("2026-06-30"), domain.Date{}, cal, day("2026-11-01"))
	if !s.Provisional || s.Due.String() != "2027-06-30" || s.Status != StatusPending {
		t.Errorf("report step from 2026-06-30 = %+v, want provisional pending due 2027-06-30", s)
	}
	s = EvaluateStep(StepDisclosure, day("2026-06-30"), domain.Date{}, cal, day("2026-11-01"))
	if s.Provisional {
		t.Errorf("disclosure step due in 2026 marked provisional: %+v", s)
	}
}
