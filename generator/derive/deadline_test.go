package derive

import (
	"testing"

	"cpportal/domain"
)

func day(s string) domain.Date { return domain.MustDate(s) }

// calendar builds a Calendar from "YYYY-MM-DD kind" pairs.
func calendar(pairs ...string) Calendar {
	var days []domain.CalendarDay
	for i := 0; i+1 < len(pairs); i += 2 {
		days = append(days, domain.CalendarDay{Date: day(pairs[i]), Kind: domain.DayKind(pairs[i+1])})
	}
	return NewCalendar(days)
}

// holidays2009 is the 2009 Spring Festival and National Day as the State Council set them:
// 25–31 January and 1–8 October off, with Saturday 24 January, Sunday 1 February, Sunday 27
// September and Saturday 10 October made working days.
var holidays2009 = calendar(
	"2009-01-24", "班", "2009-01-25", "休", "2009-01-26", "休", "2009-01-27", "休", "2009-01-28", "休",
	"2009-01-29", "休", "2009-01-30", "休", "2009-01-31", "休", "2009-02-01", "班",
	"2009-09-27", "班", "2009-10-01", "休", "2009-10-02", "休", "2009-10-03", "休", "2009-10-04", "休",
	"2009-10-05", "休", "2009-10-06", "休", "2009-10-07", "休", "2009-10-08", "休", "2009-10-10", "班",
)

func TestStepMonths(t *testing.T) {
	for name, want := range map[StepName]int{StepDisclosure: 1, StepStart: 2, StepReport: 12, "other": 0} {
		if got := name.Months(); got != want {
			t.Errorf("%s.Months() = %d, want %d", name, got, want)
		}
	}
}

func TestIsWorkingDay(t *testing.T) {
	tests := []struct {
		day  string
		want bool
	}{
		{"2009-03-02", true},  // Monday
		{"2009-02-28", false}, // Saturday
		{"2009-03-01", false}, // Sunday
		{"2009-10-05", false}, // Monday, National Day holiday
		{"2009-10-10", true},  // Saturday made a working day
		{"2009-09-27", true},  // Sunday made a working day
		{"2009-10-09", true},  // Friday after the holiday
	}
	for _, tt := range tests {
		if got := holidays2009.IsWorkingDay(day(tt.day)); got != tt.want {
			t.Errorf("IsWorkingDay(%s) = %v, want %v", tt.day, got, tt.want)
		}
	}
}

func TestDue(t *testing.T) {
	none := Calendar{}
	tests := []struct {
		name      string
		cal       Calendar
		published string
		months    int
		want      string
	}{
		// The examples the regime's own dates give.
		{"disclosure: Feb has no 31st, 28th is a Saturday", none, "2009-01-31", 1, "2009-03-02"},
		{"start: 31 March exists and is a Tuesday", none, "2009-01-31", 2, "2009-03-31"},
		{"report: 31 Jan 2010 is a Sunday", none, "2009-01-31", 12, "2010-02-01"},
		// Month ends.
		{"30-day month takes its last day", none, "2009-03-31", 1, "2009-04-30"},
		{"corresponding day exists", none, "2009-03-16", 1, "2009-04-16"},
		{"30 Nov + 3 months is 28 Feb, a Sunday", none, "2009-11-30", 3, "2010-03-01"}, // 2010-02-28 is a Sunday
		// Leap years.
		{"2012 is a leap year: 29 Feb", none, "2012-01-31", 1, "2012-02-29"},
		{"2011 is not: 28 Feb", none, "2011-01-31", 1, "2011-02-28"},
		{"from 29 Feb, a year ends 28 Feb", none, "2012-02-29", 12, "2013-02-28"},
		{"from 28 Feb, a year ends 28 Feb even in a leap year", none, "2011-02-28", 12, "2012-02-28"},
		{"30 Jan in a leap year", none, "2012-01-30", 1, "2012-02-29"},
		// Weekends.
		{"ends on a Saturday", none, "2009-02-07", 1, "2009-03-09"},
		{"ends on a Sunday", none, "2009-02-08", 1, "2009-03-09"},
		{"ends on a Friday stays", none, "2009-02-06", 1, "2009-03-06"},
		// The holiday calendar.
		{"a working Sunday (班) is a working day", holidays2009, "2009-08-27", 1, "2009-09-27"},
		{"same day without the calendar moves to Monday", none, "2009-08-27", 1, "2009-09-28"},
		{"a chain of 休 days incl. a weekend", holidays2009, "2009-09-01", 1, "2009-10-09"},
		{"holiday chain ending on a working Sunday", holidays2009, "2008-12-25", 1, "2009-02-01"},
		{"weekend then a 休 Monday", calendar("2010-04-05", "休"), "2010-03-03", 1, "2010-04-06"},
		{"休 on a weekday", calendar("2010-06-16", "休"), "2010-05-16", 1, "2010-06-17"},
		{"31 Jan 2009 is 休 but the period end is 28 Feb", holidays2009, "2009-01-31", 1, "2009-03-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.cal.Due(day(tt.published), tt.months); got != day(tt.want) {
				t.Errorf("Due(%s, %d) = %s, want %s", tt.published, tt.months, got, tt.want)
			}
		})
	}
}
