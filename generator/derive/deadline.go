package derive

import (
	"time"

	"cpportal/generator/domain"
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
// (休) of data/calendar.csv, plus the weekend days that calendar makes working days (班).
type Calendar struct {
	days map[domain.Date]domain.DayKind
}

// NewCalendar builds a Calendar from the rows of data/calendar.csv. When a day appears twice
// the last row wins (validation reports the duplicate).
func NewCalendar(days []domain.CalendarDay) Calendar {
	c := Calendar{days: make(map[domain.Date]domain.DayKind, len(days))}
	for _, d := range days {
		c.days[d.Date] = d.Kind
	}
	return c
}

// IsWorkingDay reports whether d is a working day: a 班 day always is, a 休 day never is, and
// any other day is one when it is not a Saturday or Sunday.
func (c Calendar) IsWorkingDay(d domain.Date) bool {
	switch c.days[d] {
	case domain.DayWorking:
		return true
	case domain.DayHoliday:
		return false
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// NextWorkingDay returns d when it is a working day, else the first working day after it.
// It ends because the calendar lists finitely many days and every week outside it has
// weekdays.
func (c Calendar) NextWorkingDay(d domain.Date) domain.Date {
	for !c.IsWorkingDay(d) {
		d = d.AddDays(1)
	}
	return d
}

// Due returns the last day of a period of the given months that starts the day after
// published, as the Civil Code counts it (arts. 201–203): the period ends on the day of the
// due month that corresponds to the publication day, or on that month's last day when it has
// no such day; when that day is not a working day, the period ends on the next working day.
//
// A list published 2009-01-31 makes a one-month period end on 2009-02-28, a Saturday, so the
// due date is Monday 2009-03-02.
func (c Calendar) Due(published domain.Date, months int) domain.Date {
	return c.NextWorkingDay(published.AddMonthsClamped(months))
}
