package opendata

import (
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
)

func TestCityReportRows(t *testing.T) {
	f := &derive.Facts{}
	f.Province.Reports = []derive.CityYearReport{
		{Year: 2024, City: "440100", CityName: "广州市", Submitted: domain.MustDate("2025-01-10"), DocNumber: "穗环示〔2025〕1号",
			Status: derive.ReportLate, DaysLate: 10},
		{Year: 2024, City: "440300", CityName: "深圳市", Status: derive.ReportMissing},
	}
	rows := cityReportRows(f)
	if len(rows) != 2 {
		t.Fatalf("rows = %+v", rows)
	}
	if r := rows[0]; r.Status != "late" || r.DaysLate != 10 || r.Submitted.String() != "2025-01-10" || r.DocNumber != "穗环示〔2025〕1号" {
		t.Errorf("late report: %+v", r)
	}
	if r := rows[1]; r.Status != "missing" || !r.Submitted.IsZero() || r.CityName != "深圳市" {
		t.Errorf("missing report: %+v", r)
	}
	if rows := cityReportRows(&derive.Facts{}); rows == nil || len(rows) != 0 {
		t.Errorf("without reports.csv: %#v, want an empty table", rows)
	}
}
