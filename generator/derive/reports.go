package derive

import (
	"slices"
	"strings"

	"cpportal/domain"
)

// ReportStatus is how a city's year-end report stands as of the as-of date.
type ReportStatus string

const (
	ReportOnTime  ReportStatus = "on_time" // submitted by 31 December of the year reported on
	ReportLate    ReportStatus = "late"    // submitted after it
	ReportMissing ReportStatus = "missing" // not submitted by the as-of date
)

// CityYearReport is one city's report for one year.
type CityYearReport struct {
	Year      int          `json:"year"`
	City      string       `json:"city"`
	CityName  string       `json:"city_name"`
	Submitted domain.Date  `json:"submitted"` // null when missing
	DocNumber string       `json:"doc_number"`
	SourceURL string       `json:"source_url"`
	Status    ReportStatus `json:"status"`
	DaysLate  int          `json:"days_late,omitempty"`
}

// cityReports lists, for every city of cities.csv and every year whose 31 December lies before
// the as-of date, from the first year data/reports.csv records to the last, the city's report
// and its standing, by year then city code. It is nil when there is no reports.csv: nothing is
// then known, and nothing is claimed.
func (in *inputs) cityReports(ds *domain.Dataset) []CityYearReport {
	if ds.Reports == nil {
		return nil
	}
	first := 0
	byKey := map[[2]any]*domain.CityReport{}
	for i := range ds.Reports {
		r := &ds.Reports[i]
		if r.Year == 0 || r.Submitted.IsZero() || r.Submitted.After(in.asOf) {
			continue // not yet submitted on the as-of date
		}
		if first == 0 || r.Year < first {
			first = r.Year
		}
		k := [2]any{r.City, r.Year}
		if byKey[k] == nil {
			byKey[k] = r
		}
	}
	out := []CityYearReport{}
	if first == 0 {
		return out
	}
	cities := slices.Clone(ds.Cities)
	slices.SortFunc(cities, func(a, b domain.City) int { return strings.Compare(a.Code, b.Code) })
	for y := first; y < in.asOf.Year; y++ {
		due := domain.Date{Year: y, Month: 12, Day: 31}
		for _, c := range cities {
			row := CityYearReport{Year: y, City: c.Code, CityName: c.Name, Status: ReportMissing}
			if r := byKey[[2]any{c.Code, y}]; r != nil {
				row.Submitted, row.DocNumber, row.SourceURL = r.Submitted, r.DocNumber, r.SourceURL
				row.Status = ReportOnTime
				if r.Submitted.After(due) {
					row.Status, row.DaysLate = ReportLate, due.DaysUntil(r.Submitted)
				}
			}
			out = append(out, row)
		}
	}
	return out
}

// attachReports gives the province every city's reports and each city its own.
func attachReports(f *Facts, reports []CityYearReport) {
	if reports == nil {
		return
	}
	f.Province.Reports = reports
	for i := range f.Cities {
		own := []CityYearReport{}
		for _, r := range reports {
			if r.City == f.Cities[i].Code {
				own = append(own, r)
			}
		}
		f.Cities[i].Reports = own
	}
}
