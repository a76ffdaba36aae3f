package opendata

import (
	"cmp"
	"slices"
	"strings"

	"cpportal/generator/derive"
)

// AgencyRow is one consulting agency with its record up to the as-of date (agencies.csv).
// The result columns follow derive.Results; a test checks that every result has its columns.
type AgencyRow struct {
	ID                         string `json:"agency"`
	Name                       string `json:"agency_name"`
	City                       string `json:"city"`
	CityName                   string `json:"city_name"`
	Rounds                     int    `json:"rounds"`
	Enterprises                int    `json:"enterprises"`
	Reports                    int    `json:"reports"`
	ReportsOnTime              int    `json:"reports_on_time"`
	ReportsLate                int    `json:"reports_late"`
	ReportsDue                 int    `json:"reports_due"`
	ReportsOverdue             int    `json:"reports_overdue"`
	EvaluationDecided          int    `json:"evaluation_decided"`
	EvaluationPassed           int    `json:"evaluation_passed"`
	EvaluationFailed           int    `json:"evaluation_failed"`
	EvaluationPostponed        int    `json:"evaluation_postponed"`
	EvaluationAwaitingProvince int    `json:"evaluation_awaiting_province"`
	AcceptanceDecided          int    `json:"acceptance_decided"`
	AcceptancePassed           int    `json:"acceptance_passed"`
	AcceptanceFailed           int    `json:"acceptance_failed"`
	AcceptancePostponed        int    `json:"acceptance_postponed"`
	AcceptanceAwaitingProvince int    `json:"acceptance_awaiting_province"`
}

// AgencyYearRow is one year of an agency's record (agency-years.csv).
type AgencyYearRow struct {
	ID                         string `json:"agency"`
	Name                       string `json:"agency_name"`
	Year                       int    `json:"year"`
	Rounds                     int    `json:"rounds"`
	Enterprises                int    `json:"enterprises"`
	Reports                    int    `json:"reports"`
	ReportsOnTime              int    `json:"reports_on_time"`
	ReportsLate                int    `json:"reports_late"`
	EvaluationDecided          int    `json:"evaluation_decided"`
	EvaluationPassed           int    `json:"evaluation_passed"`
	EvaluationFailed           int    `json:"evaluation_failed"`
	EvaluationPostponed        int    `json:"evaluation_postponed"`
	EvaluationAwaitingProvince int    `json:"evaluation_awaiting_province"`
	AcceptanceDecided          int    `json:"acceptance_decided"`
	AcceptancePassed           int    `json:"acceptance_passed"`
	AcceptanceFailed           int    `json:"acceptance_failed"`
	AcceptancePostponed        int    `json:"acceptance_postponed"`
	AcceptanceAwaitingProvince int    `json:"acceptance_awaiting_province"`
}

// resultCount is the count of one result of a stage, 0 when the stage has no such result.
func resultCount(s derive.StageResults, r derive.Result) int {
	for _, c := range s.Results {
		if c.Result == r {
			return c.Num
		}
	}
	return 0
}

func agencyRows(f *derive.Facts) []AgencyRow {
	rows := make([]AgencyRow, 0, len(f.Agencies))
	for _, a := range f.Agencies {
		t := a.Totals
		rows = append(rows, AgencyRow{
			ID: a.ID, Name: a.Name, City: a.City, CityName: a.CityName, Rounds: a.Rounds, Enterprises: a.Enterprises,
			Reports: t.Reports, ReportsOnTime: t.ReportsOnTime.Num, ReportsLate: t.ReportsLate.Num,
			ReportsDue: a.Overdue.Den, ReportsOverdue: a.Overdue.Num,
			EvaluationDecided: t.Evaluation.Decided, EvaluationPassed: resultCount(t.Evaluation, derive.ResultPassed),
			EvaluationFailed: resultCount(t.Evaluation, derive.ResultFailed), EvaluationPostponed: resultCount(t.Evaluation, derive.ResultPostponed),
			EvaluationAwaitingProvince: resultCount(t.Evaluation, derive.ResultAwaitingProvince),
			AcceptanceDecided:          t.Acceptance.Decided, AcceptancePassed: resultCount(t.Acceptance, derive.ResultPassed),
			AcceptanceFailed: resultCount(t.Acceptance, derive.ResultFailed), AcceptancePostponed: resultCount(t.Acceptance, derive.ResultPostponed),
			AcceptanceAwaitingProvince: resultCount(t.Acceptance, derive.ResultAwaitingProvince),
		})
	}
	slices.SortStableFunc(rows, func(a, b AgencyRow) int { return strings.Compare(a.ID, b.ID) })
	return rows
}

func agencyYearRows(f *derive.Facts) []AgencyYearRow {
	var rows []AgencyYearRow
	for _, a := range f.Agencies {
		for _, y := range a.Years {
			rows = append(rows, AgencyYearRow{
				ID: a.ID, Name: a.Name, Year: y.Year, Rounds: y.Rounds, Enterprises: y.Enterprises,
				Reports: y.Reports, ReportsOnTime: y.ReportsOnTime.Num, ReportsLate: y.ReportsLate.Num,
				EvaluationDecided: y.Evaluation.Decided, EvaluationPassed: resultCount(y.Evaluation, derive.ResultPassed),
				EvaluationFailed: resultCount(y.Evaluation, derive.ResultFailed), EvaluationPostponed: resultCount(y.Evaluation, derive.ResultPostponed),
				EvaluationAwaitingProvince: resultCount(y.Evaluation, derive.ResultAwaitingProvince),
				AcceptanceDecided:          y.Acceptance.Decided, AcceptancePassed: resultCount(y.Acceptance, derive.ResultPassed),
				AcceptanceFailed: resultCount(y.Acceptance, derive.ResultFailed), AcceptancePostponed: resultCount(y.Acceptance, derive.ResultPostponed),
				AcceptanceAwaitingProvince: resultCount(y.Acceptance, derive.ResultAwaitingProvince),
			})
		}
	}
	slices.SortStableFunc(rows, func(a, b AgencyYearRow) int {
		return cmp.Or(strings.Compare(a.ID, b.ID), cmp.Compare(a.Year, b.Year))
	})
	return rows
}

// The agencies' columns, documented under the "agencies" group.
func init() {
	const note = "记录描述该机构服务过的审核轮次，不评价机构的工作质量。"
	const noteEN = " The records of the rounds it served, not a judgement of its work."
	docs := map[string]fieldDoc{
		"agency":          {"咨询机构代码", "Agency id", "审核咨询机构代码（data/agencies.csv）。", "Id of the consulting agency (data/agencies.csv).", "", nil},
		"city":            {"地市代码", "City code", "机构所在地级市的行政区划代码。", "Division code of the agency's city.", "", nil},
		"city_name":       {"地市", "City", "机构所在地级市名称。", "Name of the agency's city.", "", nil},
		"year":            {"年度", "Year", "统计年度。", "Year counted.", "", nil},
		"rounds":          {"审核轮次数", "Rounds", "有事项记录写明该机构的审核轮次数（年度表：当年有这样的事项）。", "Audit rounds with an event naming the agency (by year: such an event dated in the year).", "", nil},
		"enterprises":     {"企业数", "Enterprises", "上述轮次涉及的企业数。", "Enterprises of those rounds.", "", nil},
		"reports":         {"提交审核报告数", "Reports submitted", "该机构轮次中提交的审核报告数（年度表：当年提交）。", "Audit reports submitted in the agency's rounds (by year: in the year).", "", nil},
		"reports_on_time": {"按期提交数", "On time", "其中在期限内提交的数量。", "Of those, submitted by the due date.", "", nil},
		"reports_late":    {"逾期提交数", "Late", "其中逾期提交的数量。", "Of those, submitted after the due date.", "", nil},
		"reports_due":     {"报告已到期轮次数", "Reports due", "截至数据日期报告期限已到（或已提交）的轮次数。", "Rounds whose report step is due (or done) by the data date.", "", nil},
		"reports_overdue": {"报告逾期未提交数", "Reports overdue", "其中已过期限仍未提交报告的轮次数。", "Of those, rounds whose report is overdue and not submitted.", "", nil},
	}
	for _, stage := range []struct{ key, zh, en string }{{"evaluation", "评估", "Evaluation"}, {"acceptance", "验收", "Acceptance"}} {
		docs[stage.key+"_decided"] = fieldDoc{stage.zh + "决定数", stage.en + " decisions",
			"该机构轮次的" + stage.zh + "决定数（通过、未通过、暂缓；年度表：当年作出）。",
			stage.en + " decisions on the agency's rounds: passed, failed, postponed (by year: dated in the year).", "", nil}
		for _, r := range []struct{ key, zh, en string }{{"passed", "通过", "passed"}, {"failed", "未通过", "failed"}, {"postponed", "暂缓", "postponed"}, {"awaiting_province", "待省级意见", "awaiting the province"}} {
			docs[stage.key+"_"+r.key] = fieldDoc{stage.zh + r.zh + "数", stage.en + " " + r.en,
				"其中" + stage.zh + r.zh + "的数量。", "Of those, " + r.en + ".", "", nil}
		}
	}
	for name, d := range docs {
		if !slices.Contains([]string{"agency", "city", "city_name", "year"}, name) {
			d.desc, d.descEN = d.desc+note, d.descEN+noteEN
		}
		fieldDocs["agencies."+name] = d
	}
}
