package validate

import "cpportal/domain"

// reports checks the cities' year-end reports: a known city, one report per city and year,
// not submitted before the year it reports on began, and a proper link.
func (v *checker) reports() {
	type key struct {
		city string
		year int
	}
	seen := map[key]domain.Source{}
	for i := range v.ds.Reports {
		r := &v.ds.Reports[i]
		v.city(r.Src, "city", r.City)
		v.sourceURL(r.Src, r.SourceURL)
		if r.Year > 0 && !r.Submitted.IsZero() && r.Submitted.Year < r.Year {
			v.ps.Add(r.Src, "submitted", "%s is before the year %d it reports on", r.Submitted, r.Year)
		}
		k := key{r.City, r.Year}
		if first, dup := seen[k]; dup && r.City != "" && r.Year > 0 {
			v.ps.Add(r.Src, "year", "a second report of %s for %d, first at %s", r.City, r.Year, line(first))
		} else {
			seen[k] = r.Src
		}
	}
}
