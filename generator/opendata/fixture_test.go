package opendata

import (
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
	shared "cpportal/internal/fixture"
	"cpportal/internal/testkit"
)

func f64(x float64) *float64 { return &x }

func mustUSCC(t testing.TB, prefix16 string) string {
	t.Helper()
	code, err := domain.CompleteUSCC(prefix16)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// hostileName carries what an attacker or a careless import could put in a name: a formula, a
// tag, NUL, a bidirectional override, invalid UTF-8, a quote, a comma and a line break.
const hostileName = testkit.Hostile + "厂有限公司"

// fixture is a small dataset and its facts, built by hand so that every value in the
// downloads can be checked against a number written here.
type fixture struct {
	ds    *domain.Dataset
	facts *derive.Facts
	e1    string // credit code of the dyeing works in Guangzhou
	e2    string // credit code of the plating works in Shenzhen (hostile name)
}

func newFixture(t testing.TB) fixture {
	e1 := mustUSCC(t, "9144010119050000")
	e2 := mustUSCC(t, "9144030019060000")
	asOf := domain.MustDate("2025-06-30")
	b1 := domain.Batch{ID: "2009-1", Title: "广东省第一批强制性清洁生产审核企业名单", Issuer: "广东省环境保护局",
		DocNumber: "粤环〔2009〕31号", Published: domain.MustDate("2009-01-31"), SourceURL: "https://example.org/notice/2009-1.html"}
	b2 := domain.Batch{ID: "2024-A", Title: "@SUM(A1:A9) 第二批", Issuer: "广东省生态环境厅",
		DocNumber: "-粤环函〔2024〕5号", Published: domain.MustDate("2024-03-15"), SourceURL: "https://example.org/notice/2024.html"}
	ds := &domain.Dataset{
		Site: domain.Site{Title: "广东省强制性清洁生产审核信息公开平台", TitleEN: "Guangdong Compulsory Cleaner-Production Audit Portal",
			Province: "广东省", Email: "cp-audit@example.org", BaseURL: "https://cp.example.gov.cn/", Sample: true},
		Cities:     []domain.City{{Code: "440100", Name: "广州市", NameEN: "Guangzhou"}, {Code: "440300", Name: "深圳市", NameEN: "Shenzhen"}},
		Industries: []domain.Industry{{Code: "1713", Name: "棉印染精加工"}, {Code: "3360", Name: "金属表面处理及热处理加工"}},
		Enterprises: []domain.Enterprise{
			{USCC: e1, Name: "广州市某某印染有限公司", City: "440100", County: "+番禺区", Industry: "1713", Level: domain.LevelProvince, Address: "广州市番禺区某路1号"},
			{USCC: e2, Name: hostileName, City: "440300", County: "宝安区", Industry: "3360", Level: domain.LevelCity, Address: "\t深圳市宝安区"},
		},
		Batches:  []domain.Batch{b1, b2},
		Agencies: []domain.Agency{{ID: "A01", Name: "广东某环保咨询有限公司", City: "440100"}},
		Cases: []domain.Case{
			{Slug: "dyeing-water-reuse", Title: "印染废水深度处理回用", USCC: e1, Industry: "1713", Technology: "膜法回用",
				Problem: "用水量大", Benefits: []domain.Benefit{domain.BenefitWater, domain.BenefitCOD}, CostClass: domain.CostHigh,
				InvestmentWan: f64(850), BenefitWan: f64(320.5), PaybackYears: f64(2.7),
				Reductions: shared.Amounts(map[domain.ReductionKind]float64{domain.ReduceWater: 350000, domain.ReduceCOD: 42.3}),
				Date:       domain.MustDate("2024-11-05"), Summary: "=cmd|' /C calc'!A0 回用率 60%。"},
		},
	}
	step := func(name derive.StepName, due, done string, st derive.Status, days int) derive.Step {
		s := derive.Step{Step: name, Due: domain.MustDate(due), Status: st}
		if done != "" {
			s.Done = domain.MustDate(done)
		}
		if st == derive.StatusOverdue {
			s.DaysOverdue = days
		} else if st == derive.StatusLate {
			s.DaysLate = days
		}
		return s
	}
	e1Steps := []derive.Step{
		step(derive.StepDisclosure, "2009-03-02", "2009-02-20", derive.StatusOnTime, 0),
		step(derive.StepStart, "2009-03-31", "2009-04-10", derive.StatusLate, 10),
		step(derive.StepReport, "2010-02-01", "2010-01-15", derive.StatusOnTime, 0),
	}
	e2Steps := []derive.Step{
		step(derive.StepDisclosure, "2024-04-15", "", derive.StatusOverdue, 441),
		step(derive.StepStart, "2024-05-15", "", derive.StatusOverdue, 411),
		step(derive.StepReport, "2025-03-17", "", derive.StatusOverdue, 105),
	}
	events := []domain.AuditEvent{
		{USCC: e1, Batch: "2009-1", Event: domain.EventDisclosed, Date: domain.MustDate("2009-02-20")},
		{USCC: e1, Batch: "2009-1", Event: domain.EventStarted, Date: domain.MustDate("2009-04-10"), Agency: "A01"},
		{USCC: e1, Batch: "2009-1", Event: domain.EventAccepted, Date: domain.MustDate("2010-06-01"), DocNumber: "=粤环审〔2010〕8号"},
	}
	cod := derive.DisclosureFactOf(domain.Disclosure{USCC: e1, Year: 2023, Pollutant: "化学需氧量", Outlet: "DW001", DischargeMethod: "间接排放",
		Concentration: f64(120), Unit: domain.UnitWater, Limit: f64(100), TotalT: f64(12.5), QuotaT: f64(20),
		Standard: "GB 4287-2012", Published: domain.MustDate("2024-03-10"), SourceURL: "https://example.org/e1/2023"})
	nh3 := derive.DisclosureFactOf(domain.Disclosure{USCC: e1, Year: 2023, Pollutant: "氨氮", Outlet: "DW001", DischargeMethod: "间接排放",
		Unit: domain.UnitWater, Limit: f64(12), TotalT: f64(0.0000005), Standard: "GB 4287-2012", Published: domain.MustDate("2024-03-10")})
	opts := []domain.Option{
		{USCC: e1, Batch: "2009-1", ID: "F01", Title: "+冷凝水回收", CostClass: domain.CostMedium, InvestmentWan: f64(120),
			Status: domain.OptionCompleted, Planned: domain.MustDate("2009-12-31"), Completed: domain.MustDate("2009-11-20"),
			Reductions: shared.Amounts(map[domain.ReductionKind]float64{domain.ReduceCOD: 3.2, domain.ReduceWater: 15000, domain.ReduceBenefit: 45.5})},
		{USCC: e1, Batch: "2009-1", ID: "F02", Title: "定型机余热回收", CostClass: domain.CostHigh, InvestmentWan: f64(300),
			Status: domain.OptionInProgress, Planned: domain.MustDate("2026-06-30")},
	}
	rate := 0.5
	ent1 := derive.Enterprise{
		Enterprise: ds.Enterprises[0], CityName: "广州市", IndustryName: "棉印染精加工",
		Listings: []derive.Listing{{Batch: "2009-1", BatchTitle: b1.Title, Published: b1.Published, Level: domain.LevelProvince,
			Reasons: []domain.Reason{domain.ReasonOverStandard, domain.ReasonToxicInput}, Steps: e1Steps, Events: events, Outcome: derive.OutcomeAccepted}},
		Stage:       derive.StageAccepted,
		Overdue:     []derive.OverdueStep{},
		Disclosures: []derive.DisclosureFact{cod, nh3},
		Options:     opts,
		OptionStats: derive.OptionStats{Total: 2, MediumHigh: 2, MediumHighDone: 1, CompletionRate: &rate, InvestmentWan: 420,
			CompletedAchieved: shared.Sums(120, map[domain.ReductionKind]float64{domain.ReduceCOD: 3.2, domain.ReduceWater: 15000, domain.ReduceBenefit: 45.5})},
		Cases: []string{"dyeing-water-reuse"},
	}
	ent2 := derive.Enterprise{
		Enterprise: ds.Enterprises[1], CityName: "深圳市", IndustryName: "金属表面处理及热处理加工",
		Listings: []derive.Listing{{Batch: "2024-A", BatchTitle: b2.Title, Published: b2.Published, Level: domain.LevelCity,
			Reasons: []domain.Reason{domain.ReasonHeavyMetal}, Steps: e2Steps, Events: []domain.AuditEvent{}}},
		Stage: derive.StageListed,
		Overdue: []derive.OverdueStep{
			{USCC: e2, Batch: "2024-A", Step: derive.StepDisclosure, DaysOverdue: 441},
			{USCC: e2, Batch: "2024-A", Step: derive.StepStart, DaysOverdue: 411},
			{USCC: e2, Batch: "2024-A", Step: derive.StepReport, DaysOverdue: 105},
		},
		Disclosures: []derive.DisclosureFact{}, Options: []domain.Option{}, Cases: []string{},
	}
	year := func(y, listed int, cod float64) derive.YearSummary {
		return derive.YearSummary{Year: y, Listed: listed, DisclosureDue: listed, Reductions: shared.Sums(0, map[domain.ReductionKind]float64{domain.ReduceCOD: cod})}
	}
	facts := &derive.Facts{
		AsOf:        asOf,
		Enterprises: []derive.Enterprise{ent1, ent2},
		Batches: []derive.Batch{
			{Batch: b1, Rows: []derive.Member{{USCC: e1, Name: "广州市某某印染有限公司", City: "440100", Industry: "1713",
				Level: domain.LevelProvince, Reasons: ent1.Listings[0].Reasons, Steps: e1Steps, Outcome: derive.OutcomeAccepted,
				CityName: "广州市", IndustryName: "棉印染精加工"}}},
			{Batch: b2, Overdue: 3, Rows: []derive.Member{{USCC: e2, Name: hostileName, City: "440300", Industry: "3360",
				Level: domain.LevelCity, Reasons: ent2.Listings[0].Reasons, Steps: e2Steps,
				CityName: "深圳市", IndustryName: "金属表面处理及热处理加工"}}},
		},
		Cities: []derive.Area{
			{Code: "440100", Name: "广州市", Years: []derive.YearSummary{year(2009, 1, 3.2), year(2010, 0, 0)}},
			{Code: "440300", Name: "深圳市", Years: []derive.YearSummary{year(2024, 1, 0)}},
		},
		Industries: []derive.Area{{Code: "1713", Name: "棉印染精加工", Years: []derive.YearSummary{year(2009, 1, 3.2)}}},
		Province:   derive.Area{Code: derive.ProvinceCode, Name: "广东省", Years: []derive.YearSummary{year(2009, 1, 3.2), year(2024, 1, 0)}},
	}
	ds.Events = events
	ds.Batches[0].Members = []domain.ListEntry{{Batch: "2009-1", USCC: e1, Name: "广州市某某印染有限公司", Level: domain.LevelProvince,
		Reasons: []domain.Reason{domain.ReasonOverStandard, domain.ReasonToxicInput}}}
	ds.Batches[1].Members = []domain.ListEntry{{Batch: "2024-A", USCC: e2, Name: hostileName, Level: domain.LevelCity,
		Reasons: []domain.Reason{domain.ReasonHeavyMetal}}}
	ds.Disclosures = []domain.Disclosure{cod.Disclosure, nh3.Disclosure}
	ds.Options = opts
	return fixture{ds: ds, facts: facts, e1: e1, e2: e2}
}
