package derive

import (
	"time"

	"cpportal/domain"
)

// Months returns the length of a step's period in months, counted from the list's
// publication date: disclosure 1, start 2, report 12 (one year).
func (s StepName) Months() int {
	switch s {
	case StepDisclosure:
		return 1
	case StepStart:
		return 2
	case StepReport:
		return 12
	}
	return 0
}

// Calendar says which days are working days: Monday to Friday, except the public holidays
// (休) of data/calendar.csv, plus the weekend days that calendar makes working days (班). After
// the calendar's last year (LastYear) the statutory holidays stand in for the schedule not yet
// published, and a day counted there is provisional. The zero Calendar knows weekends only.
type Calendar struct {
	days map[domain.Date]domain.DayKind
	last int // the last year the rows cover; 0 when there are none (no statutory fallback)
}

// NewCalendar builds a Calendar from the rows of data/calendar.csv. When a day appears twice
// the last row wins (validation reports the duplicate).
func NewCalendar(days []domain.CalendarDay) Calendar {
	c := Calendar{days: make(map[domain.Date]domain.DayKind, len(days))}
	for _, d := range days {
		c.days[d.Date] = d.Kind
		c.last = max(c.last, d.Date.Year)
	}
	return c
}

// LastYear is the last year the published schedule covers, 0 for a calendar without rows.
func (c Calendar) LastYear() int { return c.last }

// Covers reports whether d's year is one of the published schedule: true up to LastYear, and
// for every year when the calendar has no rows (it then counts weekends only, as documented).
func (c Calendar) Covers(d domain.Date) bool { return c.last == 0 || d.Year <= c.last }

// IsWorkingDay reports whether d is a working day: a 班 day always is, a 休 day never is, a
// statutory holiday of a year after the calendar never is, and any other day is one when it is
// not a Saturday or Sunday.
func (c Calendar) IsWorkingDay(d domain.Date) bool {
	switch c.days[d] {
	case domain.DayWorking:
		return true
	case domain.DayHoliday:
		return false
	}
	if !c.Covers(d) && isStatutoryRestDay(d) {
		return false
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// nextWorkingDay returns d when it is a working day, else the first working day after it, and
// whether a day it looked at lies after the calendar (the answer then rests on the statutory
// holidays alone). It ends because the calendar lists finitely many days and every week
// outside it has weekdays.
func (c Calendar) nextWorkingDay(d domain.Date) (domain.Date, bool) {
	provisional := !c.Covers(d)
	for !c.IsWorkingDay(d) {
		d = d.AddDays(1)
		provisional = provisional || !c.Covers(d)
	}
	return d, provisional
}

// Due returns the last day of a period of the given months that starts the day after
// published, as the Civil Code counts it (arts. 201–203): the period ends on the day of the
// due month that corresponds to the publication day, or on that month's last day when it has
// no such day; when that day is not a working day, the period ends on the next working day.
//
// A list published 2009-01-31 makes a one-month period end on 2009-02-28, a Saturday, so the
// due date is Monday 2009-03-02.
func (c Calendar) Due(published domain.Date, months int) domain.Date {
	d, _ := c.DueProvisional(published, months)
	return d
}

// DueProvisional is Due that also reports whether the due date is provisional: counted in a
// year after the calendar, with the statutory holidays standing in for the unpublished schedule.
func (c Calendar) DueProvisional(published domain.Date, months int) (domain.Date, bool) {
	return c.nextWorkingDay(published.AddMonthsClamped(months))
}
