package opendata

import (
	"cpportal/domain"
	"cpportal/generator/derive"
)

// CityReportRow is one city's year-end report to the province for one year (city-reports.csv):
// every city and every year from the first data/reports.csv records to the year before the
// as-of date, a report not submitted by then included as missing.
type CityReportRow struct {
	Year      int         `json:"year"`
	City      string      `json:"city"`
	CityName  string      `json:"city_name"`
	Status    string      `json:"status"`
	Submitted domain.Date `json:"submitted"`
	DaysLate  int         `json:"days_late"`
	DocNumber string      `json:"doc_number"`
	SourceURL string      `json:"source_url"`
}

// cityReportRows are the province's list of every city's reports; none without reports.csv.
func cityReportRows(f *derive.Facts) []CityReportRow {
	rows := make([]CityReportRow, 0, len(f.Province.Reports))
	for _, r := range f.Province.Reports {
		rows = append(rows, CityReportRow{Year: r.Year, City: r.City, CityName: r.CityName, Status: string(r.Status),
			Submitted: r.Submitted, DaysLate: r.DaysLate, DocNumber: r.DocNumber, SourceURL: r.SourceURL})
	}
	return rows
}

// The reports' columns, documented under the "reports" group.
func init() {
	for name, d := range map[string]fieldDoc{
		"year":      {"报告年度", "Year reported on", "报告所述年度；报告应在该年 12 月 31 日前报送省级。", "The year reported on; the report is due to the province by its 31 December.", "", nil},
		"city":      {"地市代码", "City code", "报送报告的地级市的行政区划代码。", "Division code of the reporting city.", "", nil},
		"city_name": {"地市", "City", "报送报告的地级市名称。", "Name of the reporting city.", "", nil},
		"status": {"报送情况", "Status", "on_time：在报告年度 12 月 31 日前报送；late：此后报送；missing：截至数据日期未见报送记录。",
			"on_time: submitted by 31 December of the year reported on; late: after it; missing: no submission recorded by the data date.", "", []string{"on_time", "late", "missing"}},
		"submitted":  {"报送日期", "Submitted", "报告报送省级的日期；未报送为空。", "Day the report reached the province; empty when missing.", "", nil},
		"days_late":  {"逾期天数", "Days late", "报送日期晚于 12 月 31 日的天数；按期或未报送为 0。", "Days after 31 December the report was submitted; 0 when on time or missing.", "天 / days", nil},
		"doc_number": {"文号", "Document number", "报告的文号。", "Document number of the report.", "", nil},
		"source_url": {"来源链接", "Source", "报告或其公开信息的链接。", "Link to the report or its public notice.", "", nil},
	} {
		fieldDocs["reports."+name] = d
	}
}
