package derive

import (
	"testing"

	"cpportal/domain"
)

// TestCityReports: as of 2011-03-15 the years 2009 and 2010 are due. 广州 reported 2009 on
// 31 December (on time) and 2010 in January (late); 深圳 reported 2009 only; 佛山 nothing; a
// report submitted after the as-of date has not been submitted yet.
func TestCityReports(t *testing.T) {
	ds := scenario()
	ds.Reports = []domain.CityReport{
		{City: "440100", Year: 2009, Submitted: day("2009-12-31"), DocNumber: "穗1"},
		{City: "440100", Year: 2010, Submitted: day("2011-01-20"), DocNumber: "穗2"},
		{City: "440300", Year: 2009, Submitted: day("2009-12-01")},
		{City: "440300", Year: 2010, Submitted: day("2011-04-01")}, // after the as-of date
	}
	f := Derive(ds, scenarioAsOf)
	type row struct {
		year   int
		city   string
		status ReportStatus
		late   int
	}
	want := []row{
		{2009, "440100", ReportOnTime, 0}, {2009, "440300", ReportOnTime, 0}, {2009, "440600", ReportMissing, 0},
		{2010, "440100", ReportLate, 20}, {2010, "440300", ReportMissing, 0}, {2010, "440600", ReportMissing, 0},
	}
	got := f.Province.Reports
	if len(got) != len(want) {
		t.Fatalf("province reports = %+v", got)
	}
	for i, w := range want {
		g := got[i]
		if g.Year != w.year || g.City != w.city || g.Status != w.status || g.DaysLate != w.late {
			t.Errorf("report %d = %+v, want %+v", i, g, w)
		}
	}
	gz := areaOf(t, f.Cities, "440100").Reports
	if len(gz) != 2 || gz[0].DocNumber != "穗1" || gz[1].Status != ReportLate {
		t.Errorf("广州's reports = %+v", gz)
	}
	if f := Derive(scenario(), scenarioAsOf); f.Province.Reports != nil || f.Cities[0].Reports != nil {
		t.Error("without reports.csv the areas claim something about reports")
	}
}
