package validate

import (
	"testing"

	"cpportal/internal/fixture"
)

// plating is the 市控 enterprise of the fixture source's list 2009-1 (dye is 省控).
const plating = "91449903708461C363"

// TestProcedureEvents covers the notice's two stages, the disclosure and order columns, and the
// closing of rectification orders.
func TestProcedureEvents(t *testing.T) {
	const head = "uscc,batch,event,date,doc_number,agency,media,source_url,grounds,deadline\n"
	row := func(uscc, event, date, rest string) string {
		return uscc + ",2009-1," + event + "," + date + ",,," + rest + "\n"
	}
	report := row(dye, "report_submitted", "2010-01-01", ",,,") + row(plating, "report_submitted", "2010-01-01", ",,,")
	tests := []struct {
		name, audits string
		want         []string
	}{
		{"both stages at the right levels", head + report +
			row(dye, "city_reviewed", "2010-02-01", ",,,") + row(dye, "evaluated", "2010-03-01", ",,,") +
			row(plating, "city_evaluated", "2010-02-01", ",,,") + row(plating, "evaluated", "2010-03-01", ",,,") +
			row(plating, "city_accepted", "2010-06-01", ",,,") +
			row(dye, "disclosed", "2009-02-15", "南方日报,https://example.org/d.html,,") +
			row(dye, "rectification_proposed", "2010-04-01", ",,,") +
			row(dye, "rectification_ordered", "2010-05-01", ",,未按规定实施审核,2010-08-01") +
			row(dye, "rectified", "2010-07-01", ",,,"), nil},
		{"a city report on a 省控 round", head + report + row(dye, "city_accepted", "2010-06-01", ",,,"),
			[]string{"data/audits.csv:4:27: event: city_accepted is a step of 市控 rounds only; 91449901MA59AB121C is 省控 on list 2009-1 (hint: for 国控/省控 rounds the city's preliminary review is city_reviewed)"}},
		{"a city review on a 市控 round", head + report + row(plating, "city_reviewed", "2010-02-01", ",,,"),
			[]string{"data/audits.csv:4:27: event: city_reviewed is a step of 国控/省控 rounds only; 91449903708461C363 is 市控 on list 2009-1 (hint: for 市控 rounds the city's preliminary report is city_evaluated or city_accepted)"}},
		{"a proposal on a 市控 round", head + report + row(plating, "rectification_proposed", "2010-02-01", ",,,"),
			[]string{"data/audits.csv:4:27: event: rectification_proposed is a step of 国控/省控 rounds only; 91449903708461C363 is 市控 on list 2009-1 (hint: for 市控 rounds the city orders the rectification itself: rectification_ordered)"}},
		{"a city report without an audit report", head + row(plating, "city_evaluated", "2010-02-01", ",,,"),
			[]string{"data/audits.csv:2:27: event: city_evaluated without a report_submitted event for 91449903708461C363 in 2009-1 (hint: add the report_submitted event to data/audits.csv)"}},
		{"media on a start", head + row(dye, "started", "2009-03-01", "南方日报,javascript:x,,"),
			[]string{"data/audits.csv:2:48: media: only a disclosed event says where it was published; this is started",
				"data/audits.csv:2:53: source_url: only a disclosed event links to the published disclosure; this is started"}},
		{"a disclosure link that is not http", head + row(dye, "disclosed", "2009-02-15", ",ftp://example.org/x,,"),
			[]string{"data/audits.csv:2:51: source_url: \"ftp://example.org/x\" is not an http(s) URL (hint: source links are absolute http:// or https:// URLs)"}},
		{"order columns on another event, a deadline before the order", head + row(dye, "started", "2009-03-01", ",,其他,2009-04-01") +
			row(dye, "rectification_ordered", "2010-05-01", ",,其他,2010-05-01"),
			[]string{"data/audits.csv:2:50: grounds: only a rectification_ordered event has grounds; this is started",
				"data/audits.csv:2:53: deadline: only a rectification_ordered event has a deadline; this is started",
				"data/audits.csv:3:67: deadline: deadline 2010-05-01 is not after the order of 2010-05-01"}},
		{"accepted while a high-cost option is unfinished", head + report + row(dye, "accepted", "2010-06-01", ",,,"),
			[]string{"data/audits.csv:4:27: warning: event: accepted on 2010-06-01 while 1 medium/high-cost options of 91449901MA59AB121C in 2009-1 were unfinished (F02) (hint: the notice has an enterprise apply for acceptance once its medium/high-cost options are implemented)"}},
		{"rectified without an order, and before it", head + row(dye, "rectified", "2010-03-01", ",,,") +
			row(plating, "rectification_ordered", "2010-05-01", ",,,") + row(plating, "rectified", "2010-04-01", ",,,"),
			[]string{"data/audits.csv:2:27: event: rectified without a rectification_ordered event for 91449901MA59AB121C in 2009-1 (hint: add the rectification_ordered event to data/audits.csv)",
				"data/audits.csv:4:37: date: rectified on 2010-04-01 is before the order of 2010-05-01 (data/audits.csv:3)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			compare(t, check(t, fixture.SourceWith(map[string]string{"data/audits.csv": tt.audits})), tt.want)
		})
	}
}

func TestVerifiedOptions(t *testing.T) {
	const head = "uscc,batch,option_id,title,cost_class,investment_wan,status,planned,completed,cod_t,so2_t,nox_t,nh3n_t,water_t,energy_tce,benefit_wan,verified\n"
	opts := head +
		dye + ",2009-1,F01,逆流漂洗,中费,30,completed,2010-01-01,2010-02-01,1,,,,,,,2010-06-01\n" +
		dye + ",2009-1,F02,冷轧堆,高费,300,in_progress,2010-01-01,,,,,,,,,2010-06-01\n" +
		dye + ",2009-1,F03,中水回用,高费,300,completed,2010-01-01,2010-02-01,,,,,,,,2010-01-15\n"
	compare(t, check(t, fixture.SourceWith(map[string]string{"data/options.csv": opts})), []string{
		"data/audits.csv:6:27: warning: event: accepted on 2011-03-01 while 1 medium/high-cost options of 91449901MA59AB121C in 2009-1 were unfinished (F02) (hint: the notice has an enterprise apply for acceptance once its medium/high-cost options are implemented)",
		"data/options.csv:3:73: verified: set, but the status is in_progress (hint: only a completed option's reductions are verified)",
		"data/options.csv:4:82: verified: 2010-01-15 is before the option was completed on 2010-02-01",
	})
}

func TestReports(t *testing.T) {
	reports := "city,year,submitted,doc_number,source_url\n" +
		"440100,2010,2010-12-20,穗环示报〔2010〕1号,https://example.org/r.html\n" +
		"440100,2010,2011-01-05,,\n" +
		"449900,2011,2010-12-01,,ftp://x\n"
	compare(t, check(t, fixture.SourceWith(map[string]string{"data/reports.csv": reports})), []string{
		"data/reports.csv:3:8: year: a second report of 440100 for 2010, first at data/reports.csv:2",
		"data/reports.csv:4:1: city: unknown city code \"449900\" (hint: the cities are listed in data/cities.csv)",
		"data/reports.csv:4:13: submitted: 2010-12-01 is before the year 2011 it reports on",
		"data/reports.csv:4:25: source_url: \"ftp://x\" is not an http(s) URL (hint: source links are absolute http:// or https:// URLs)",
	})
}

// TestAcceptanceAfterTheOptionsIsQuiet: once every medium/high-cost option of the round was
// completed by the acceptance date (a cancelled one does not count), nothing is said.
func TestAcceptanceAfterTheOptionsIsQuiet(t *testing.T) {
	audits := "uscc,batch,event,date,doc_number,agency,media,source_url,grounds,deadline\n" +
		dye + ",2009-1,report_submitted,2010-01-01,,,,,,\n" +
		dye + ",2009-1,accepted,2010-06-01,,,,,,\n"
	options := `uscc,batch,option_id,title,cost_class,investment_wan,status,planned,completed,cod_t,so2_t,nox_t,nh3n_t,water_t,energy_tce,benefit_wan
91449901MA59AB121C,2009-1,F01,染色废水中水回用,中费,120,completed,2010-06-30,2010-05-20,12.5,,,1.2,30000,,45
91449901MA59AB121C,2009-1,F02,定型机余热回收,高费,260.5,cancelled,2011-12-31,,,,,,,150,38
91449901MA59AB121C,2009-1,F03,车间照明改造,无低费,2,in_progress,,,,,,,,12.3,1.5
`
	compare(t, check(t, fixture.SourceWith(map[string]string{"data/audits.csv": audits, "data/options.csv": options})), nil)
}
