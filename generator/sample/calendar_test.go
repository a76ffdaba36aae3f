package sample

import (
	"testing"

	"github.com/6tail/lunar-go/HolidayUtil"

	"cpportal/domain"
)

// TestCalendarMatchesPublishedSchedules compares every year of the calendar with the State
// Council's schedules as github.com/6tail/lunar-go carries them: the same 休 days and the same
// 班 days, none missing and none extra. The 2027 schedule (published in November 2026) is the
// newest either holds.
//
// Where the two differ, the calendar follows the State Council's notice: the library marks two
// weekdays of 2012 (05-02, 10-08) as worked, which changes no deadline, and misses two weekend
// days of 2013 the notice made working days (Sunday 04-07 after Qingming, Saturday 10-12 after
// National Day).
var knownScheduleDifferences = map[string]bool{"2012-05-02": true, "2012-10-08": true, "2013-04-07": true, "2013-10-12": true}

func TestCalendarMatchesPublishedSchedules(t *testing.T) {
	ours := map[int]map[string]domain.DayKind{}
	for _, d := range calendarDays() {
		if ours[d.Date.Year] == nil {
			ours[d.Date.Year] = map[string]domain.DayKind{}
		}
		ours[d.Date.Year][d.Date.String()] = d.Kind
	}
	if _, ok := ours[2027]; !ok {
		t.Fatal("the calendar has no 2027")
	}
	for year, days := range ours {
		theirs := map[string]domain.DayKind{}
		for e := HolidayUtil.GetHolidaysByYear(year).Front(); e != nil; e = e.Next() {
			h := e.Value.(*HolidayUtil.Holiday)
			kind := domain.DayHoliday
			if h.IsWork() {
				kind = domain.DayWorking
			}
			theirs[h.GetDay()] = kind
		}
		for day, kind := range days {
			if theirs[day] != kind && !knownScheduleDifferences[day] {
				t.Errorf("%s: calendar says %s, the published schedule %q", day, kind, theirs[day])
			}
		}
		for day, kind := range theirs {
			if _, ok := days[day]; !ok && !knownScheduleDifferences[day] {
				t.Errorf("%s: the published schedule has %s, the calendar nothing", day, kind)
			}
		}
	}
}
