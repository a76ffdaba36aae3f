package derive

import (
	"sync"
	"time"

	lunar "github.com/6tail/lunar-go/calendar"

	"cpportal/domain"
)

// The State Council publishes each year's holiday schedule (with the weekend days worked in
// exchange) in the November before. For a year data/calendar.csv does not cover yet, only the
// statutory holidays of 《全国年节及纪念日放假办法》 as amended in 2024 are known, and a due date
// counted with them is provisional: the published schedule may add bridge days and worked
// weekends.

// statutoryRestDays returns the statutory public holidays of a year: New Year's Day (1 day), the
// Spring Festival (4 days from 除夕, the last day of the lunar year), Qingming (the day of the
// solar term), Labour Day (1–2 May), the Dragon Boat Festival (lunar 5-5), the Mid-Autumn
// Festival (lunar 8-15) and National Day (1–3 October). Lunar dates and the solar term come
// from the astronomical lunar calendar.
func statutoryRestDays(year int) []domain.Date {
	lunarDay := func(month, day int) domain.Date {
		s := lunar.NewLunarFromYmd(year, month, day).GetSolar()
		return domain.Date{Year: s.GetYear(), Month: timeMonth(s.GetMonth()), Day: s.GetDay()}
	}
	newYear := lunarDay(1, 1)
	qingming := lunar.NewSolarFromYmd(year, 4, 15).GetLunar().GetJieQiTable()["清明"]
	days := []domain.Date{
		{Year: year, Month: 1, Day: 1},
		newYear.AddDays(-1), newYear, newYear.AddDays(1), newYear.AddDays(2),
		{Year: qingming.GetYear(), Month: timeMonth(qingming.GetMonth()), Day: qingming.GetDay()},
		{Year: year, Month: 5, Day: 1}, {Year: year, Month: 5, Day: 2},
		lunarDay(5, 5),
		lunarDay(8, 15),
		{Year: year, Month: 10, Day: 1}, {Year: year, Month: 10, Day: 2}, {Year: year, Month: 10, Day: 3},
	}
	return days
}

// statutoryYears remembers each year's statutory rest days once computed, for every Calendar
// (the lunar conversion is the costly part, and the answer never changes).
var statutoryYears sync.Map // int → map[domain.Date]bool

// isStatutoryRestDay reports whether d is a statutory public holiday of its year.
func isStatutoryRestDay(d domain.Date) bool {
	v, ok := statutoryYears.Load(d.Year)
	if !ok {
		set := map[domain.Date]bool{}
		for _, h := range statutoryRestDays(d.Year) {
			set[h] = true
		}
		v, _ = statutoryYears.LoadOrStore(d.Year, set)
	}
	return v.(map[domain.Date]bool)[d]
}

func timeMonth(m int) time.Month { return time.Month(m) }

// countProvisional counts the steps whose due date is provisional.
func countProvisional(es []Enterprise) int {
	n := 0
	for i := range es {
		for _, l := range es[i].Listings {
			for _, s := range l.Steps {
				if s.Provisional {
					n++
				}
			}
		}
	}
	return n
}
