package validate

import (
	"slices"

	"cpportal/domain"
)

// registry checks the enterprise registry, the agencies and the calendar.
func (v *checker) registry() {
	for i := range v.ds.Enterprises {
		e := &v.ds.Enterprises[i]
		v.identifiers(e)
		v.city(e.Src, "city", e.City)
		v.industry(e.Src, "industry", e.Industry)
	}
	for i := range v.ds.Agencies {
		a := &v.ds.Agencies[i]
		v.city(a.Src, "city", a.City)
	}
	seen := map[domain.Date]domain.Source{}
	for _, d := range v.ds.Calendar {
		if d.Date.IsZero() {
			continue
		}
		if first, dup := seen[d.Date]; dup {
			v.ps.Add(d.Src, "date", "%s appears twice, first at %s", d.Date, line(first))
			continue
		}
		seen[d.Date] = d.Src
		if d.Kind == domain.DayWorking && !slices.Contains([]int{0, 6}, int(d.Date.Weekday())) {
			v.ps.AddHint(d.Src, "kind", "班 marks a Saturday or Sunday that is a working day", "%s is a weekday", d.Date)
		}
	}
}
