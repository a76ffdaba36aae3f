package derive

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"cpportal/domain"
)

// usccFor makes a valid credit code from a number, as the registry would hold it.
func usccFor(n int) string {
	code, err := domain.CompleteUSCC(fmt.Sprintf("91440100%08d", n))
	if err != nil {
		panic(err)
	}
	return code
}

var (
	entA = usccFor(1) // 甲: on time throughout, accepted
	entB = usccFor(2) // 乙: disclosed late, never started: two overdue steps, a rectification order
	entC = usccFor(3) // 丙: failed, rolled over into 2010-1
	entD = usccFor(4) // 丁: never listed
)

func event(uscc, batch string, kind domain.EventKind, date string) domain.AuditEvent {
	return domain.AuditEvent{USCC: uscc, Batch: batch, Event: kind, Date: day(date), DocNumber: "doc-" + date}
}

// scenario is a small province: two cities with enterprises and one without, three batches of
// which the last is published after the as-of date 2011-03-15.
func scenario() *domain.Dataset {
	optA1 := domain.Option{USCC: entA, Batch: "2009-1", ID: "F01", CostClass: domain.CostMedium, Status: domain.OptionCompleted,
		Completed: day("2010-05-01"), InvestmentWan: num(50), Reductions: amounts(map[domain.ReductionKind]float64{domain.ReduceCOD: 1.1, domain.ReduceSO2: 0.2, domain.ReduceBenefit: 10})}
	optA2 := domain.Option{USCC: entA, Batch: "2009-1", ID: "F02", CostClass: domain.CostHigh, Status: domain.OptionCompleted,
		Completed: day("2011-05-01"), InvestmentWan: num(200), Reductions: amounts(map[domain.ReductionKind]float64{domain.ReduceCOD: 5})}
	optA3 := domain.Option{USCC: entA, Batch: "2009-1", ID: "F03", CostClass: domain.CostLow, Status: domain.OptionCompleted,
		Completed: day("2010-02-01"), InvestmentWan: num(0.1), Reductions: amounts(map[domain.ReductionKind]float64{domain.ReduceCOD: 0.2, domain.ReduceWater: 100})}
	optA4 := domain.Option{USCC: entA, Batch: "2009-1", ID: "F04", CostClass: domain.CostMedium, Status: domain.OptionCancelled, InvestmentWan: num(30)}
	optC1 := domain.Option{USCC: entC, Batch: "2009-1", ID: "F01", CostClass: domain.CostHigh, Status: domain.OptionInProgress, InvestmentWan: num(80)}
	optC2 := domain.Option{USCC: entC, Batch: "2009-1", ID: "F02", CostClass: domain.CostMedium, Status: domain.OptionCompleted,
		Completed: day("2009-12-01"), InvestmentWan: num(20), Reductions: amounts(map[domain.ReductionKind]float64{domain.ReduceCOD: 0.1, domain.ReduceSO2: 0.1})}

	return &domain.Dataset{
		Site:   domain.Site{Title: "portal", Province: "广东省"},
		Cities: []domain.City{{Code: "440300", Name: "深圳市"}, {Code: "440100", Name: "广州市"}, {Code: "440600", Name: "佛山市"}},
		Industries: []domain.Industry{
			{Code: "1713", Name: "棉印染精加工"}, {Code: "2221", Name: "机制纸及纸板制造"},
			{Code: "3360", Name: "金属表面处理及热处理加工"}, {Code: "4411", Name: "火力发电"},
		},
		Enterprises: []domain.Enterprise{
			{USCC: entD, Name: "丁印染有限公司", City: "440300", Industry: "1713", Level: domain.LevelCity},
			{USCC: entA, Name: "甲印染有限公司", City: "440100", Industry: "1713", Level: domain.LevelProvince},
			{USCC: entC, Name: "丙电镀有限公司", City: "440300", Industry: "3360", Level: domain.LevelState},
			{USCC: entB, Name: "乙纸业有限公司", City: "440100", Industry: "2221", Level: domain.LevelCity},
		},
		Batches: []domain.Batch{
			{ID: "2030-1", Title: "future", Published: day("2030-01-01"), Members: []domain.ListEntry{{Batch: "2030-1", USCC: entA, Name: "甲印染有限公司"}}},
			{ID: "2010-1", Title: "第二批", Published: day("2010-06-30"), Members: []domain.ListEntry{
				{Batch: "2010-1", USCC: entC, Name: "丙电镀有限公司", Level: domain.LevelState, Reasons: []domain.Reason{domain.ReasonHeavyMetal}},
			}},
			{ID: "2009-1", Title: "第一批", DocNumber: "粤环〔2009〕31号", SourceURL: "https://example.org/2009-1", Published: day("2009-01-31"), Members: []domain.ListEntry{
				{Batch: "2009-1", USCC: entA, Name: "甲印染有限公司", Level: domain.LevelProvince, Reasons: []domain.Reason{domain.ReasonOverStandard, domain.ReasonToxicInput}},
				{Batch: "2009-1", USCC: entB, Name: "乙纸业有限公司", Level: domain.LevelCity, Reasons: []domain.Reason{domain.ReasonOverQuota}},
				{Batch: "2009-1", USCC: entC, Name: "丙电镀有限公司", Level: domain.LevelState, Reasons: []domain.Reason{domain.ReasonHeavyMetal}},
			}},
		},
		Events: []domain.AuditEvent{
			event(entA, "2009-1", domain.EventAccepted, "2010-12-01"),
			event(entA, "2009-1", domain.EventDisclosed, "2009-02-20"),
			event(entA, "2009-1", domain.EventStarted, "2009-03-31"),
			event(entA, "2009-1", domain.EventReportSubmitted, "2010-01-20"),
			event(entA, "2009-1", domain.EventEvaluated, "2010-06-01"),
			event(entB, "2009-1", domain.EventDisclosed, "2009-03-05"),
			event(entB, "2009-1", domain.EventRectification, "2010-03-01"),
			event(entB, "2009-1", domain.EventStarted, "2011-04-01"), // after the as-of date: not yet happened
			event(entC, "2009-1", domain.EventDisclosed, "2009-02-27"),
			event(entC, "2009-1", domain.EventStarted, "2009-03-20"),
			event(entC, "2009-1", domain.EventReportSubmitted, "2010-03-01"),
			event(entC, "2009-1", domain.EventFailed, "2010-05-10"),
			event(entC, "2010-1", domain.EventDisclosed, "2010-07-29"),
		},
		Options: []domain.Option{optC2, optA4, optA2, optC1, optA1, optA3},
		Disclosures: []domain.Disclosure{
			{USCC: entA, Year: 2010, Pollutant: "化学需氧量", Outlet: "DW001", DischargeMethod: "间接排放", Concentration: num(80), Unit: "mg/L", Limit: num(100), TotalT: num(30), QuotaT: num(40), Standard: "GB 4287-2012"},
			{USCC: entA, Year: 2009, Pollutant: "二氧化硫", Outlet: "DA001", DischargeMethod: "有组织排放", Unit: "mg/m³", Limit: num(400), QuotaT: num(10)},
			{USCC: entA, Year: 2009, Pollutant: "化学需氧量", Outlet: "DW001", DischargeMethod: "间接排放", Concentration: num(120), Unit: "mg/L", Limit: num(100), TotalT: num(50), QuotaT: num(40), Standard: "GB 4287-2012"},
			{USCC: entC, Year: 2010, Pollutant: "总铬", Outlet: "DW001", DischargeMethod: "间接排放", Concentration: num(0.5), Unit: "mg/L", Limit: num(0.5), TotalT: num(0.01), QuotaT: num(0.02), Standard: "GB 21900-2008"},
			{USCC: entB, Year: 2011, Pollutant: "化学需氧量", Outlet: "DW001", Published: day("2012-03-01")}, // published after the as-of date
		},
		Cases: []domain.Case{{Slug: "b-dyeing", USCC: entA}, {Slug: "a-dyeing", USCC: entA}, {Slug: "generic"}},
	}
}

var scenarioAsOf = day("2011-03-15")

func enterpriseOf(t *testing.T, f *Facts, uscc string) *Enterprise {
	t.Helper()
	for i := range f.Enterprises {
		if f.Enterprises[i].USCC == uscc {
			return &f.Enterprises[i]
		}
	}
	t.Fatalf("enterprise %s not derived", uscc)
	return nil
}

func areaOf(t *testing.T, areas []Area, code string) *Area {
	t.Helper()
	for i := range areas {
		if areas[i].Code == code {
			return &areas[i]
		}
	}
	t.Fatalf("area %s not derived", code)
	return nil
}

func statuses(steps []Step) []Status {
	var out []Status
	for _, s := range steps {
		out = append(out, s.Status)
	}
	return out
}

func TestDeriveEnterprises(t *testing.T) {
	f := Derive(scenario(), scenarioAsOf)
	if f.AsOf != scenarioAsOf {
		t.Errorf("AsOf = %s", f.AsOf)
	}
	var codes []string
	for _, e := range f.Enterprises {
		codes = append(codes, e.USCC)
	}
	if !slices.Equal(codes, []string{entA, entB, entC, entD}) {
		t.Errorf("enterprises = %v, want by credit code", codes)
	}

	a := enterpriseOf(t, f, entA)
	if a.CityName != "广州市" || a.IndustryName != "棉印染精加工" || a.Stage != StageAccepted {
		t.Errorf("A: city %q industry %q stage %q", a.CityName, a.IndustryName, a.Stage)
	}
	if len(a.Listings) != 1 {
		t.Fatalf("A listings = %+v, want only 2009-1 (2030-1 is not yet published)", a.Listings)
	}
	la := a.Listings[0]
	if la.Batch != "2009-1" || la.BatchTitle != "第一批" || la.DocNumber != "粤环〔2009〕31号" || la.Published != day("2009-01-31") ||
		la.Level != domain.LevelProvince || !slices.Equal(la.Reasons, []domain.Reason{domain.ReasonOverStandard, domain.ReasonToxicInput}) {
		t.Errorf("A listing header = %+v", la)
	}
	wantSteps := []Step{
		{Step: StepDisclosure, Due: day("2009-03-02"), Done: day("2009-02-20"), Status: StatusOnTime},
		{Step: StepStart, Due: day("2009-03-31"), Done: day("2009-03-31"), Status: StatusOnTime},
		{Step: StepReport, Due: day("2010-02-01"), Done: day("2010-01-20"), Status: StatusOnTime},
	}
	if !slices.Equal(la.Steps, wantSteps) {
		t.Errorf("A steps = %+v", la.Steps)
	}
	var kinds []domain.EventKind
	for _, e := range la.Events {
		kinds = append(kinds, e.Event)
	}
	if !slices.Equal(kinds, []domain.EventKind{domain.EventDisclosed, domain.EventStarted, domain.EventReportSubmitted, domain.EventEvaluated, domain.EventAccepted}) {
		t.Errorf("A events not in date order: %v", kinds)
	}
	if la.Outcome != OutcomeAccepted || la.NextBatch != "" || len(la.Rectifications) != 0 || len(a.Overdue) != 0 {
		t.Errorf("A outcome %q next %q rect %v overdue %v", la.Outcome, la.NextBatch, la.Rectifications, a.Overdue)
	}
	if !slices.Equal(a.Cases, []string{"a-dyeing", "b-dyeing"}) {
		t.Errorf("A cases = %v", a.Cases)
	}
	var optIDs []string
	for _, o := range a.Options {
		optIDs = append(optIDs, o.ID)
	}
	if !slices.Equal(optIDs, []string{"F01", "F02", "F03", "F04"}) {
		t.Errorf("A options = %v", optIDs)
	}
	if s := a.OptionStats; s.Total != 4 || s.MediumHigh != 2 || s.MediumHighDone != 1 || *s.CompletionRate != 0.5 ||
		s.CompletedAchieved != (sums(50.1, map[domain.ReductionKind]float64{domain.ReduceCOD: 1.3, domain.ReduceSO2: 0.2, domain.ReduceWater: 100, domain.ReduceBenefit: 10})) || s.InvestmentWan != 250.1 {
		t.Errorf("A option stats = %+v", s)
	}
	var rows []string
	for _, d := range a.Disclosures {
		rows = append(rows, fmt.Sprintf("%d %s %v %v", d.Year, d.Pollutant, d.NotDisclosed, d.OverLimit))
	}
	if want := []string{"2009 化学需氧量 [] true", "2009 二氧化硫 [concentration total_t standard] false", "2010 化学需氧量 [] false"}; !slices.Equal(rows, want) {
		t.Errorf("A disclosures = %q, want %q", rows, want)
	}
	if x := a.Disclosures[0].Exceedance; x == nil || *x != 0.2 || !a.Disclosures[0].OverQuota {
		t.Errorf("A 2009 COD exceedance = %v, over quota %v", x, a.Disclosures[0].OverQuota)
	}

	b := enterpriseOf(t, f, entB)
	if got := statuses(b.Listings[0].Steps); !slices.Equal(got, []Status{StatusLate, StatusOverdue, StatusOverdue}) {
		t.Errorf("B statuses = %v (the 2011-04-01 start is after the as-of date)", got)
	}
	if b.Listings[0].Steps[0].DaysLate != 3 || b.Stage != StageDisclosed {
		t.Errorf("B disclosure %+v stage %q", b.Listings[0].Steps[0], b.Stage)
	}
	if len(b.Listings[0].Rectifications) != 1 || b.Listings[0].Rectifications[0].Date != day("2010-03-01") {
		t.Errorf("B rectifications = %+v", b.Listings[0].Rectifications)
	}
	if len(b.Disclosures) != 0 {
		t.Errorf("B disclosures = %+v, want none (published after the as-of date)", b.Disclosures)
	}
	wantOverdueB := []OverdueStep{
		{USCC: entB, Name: "乙纸业有限公司", City: "440100", CityName: "广州市", Batch: "2009-1", Step: StepStart, Due: day("2009-03-31"), DaysOverdue: 714},
		{USCC: entB, Name: "乙纸业有限公司", City: "440100", CityName: "广州市", Batch: "2009-1", Step: StepReport, Due: day("2010-02-01"), DaysOverdue: 407},
	}
	if !slices.Equal(b.Overdue, wantOverdueB) {
		t.Errorf("B overdue = %+v", b.Overdue)
	}

	c := enterpriseOf(t, f, entC)
	if len(c.Listings) != 2 || c.Listings[0].NextBatch != "2010-1" || c.Listings[1].NextBatch != "" {
		t.Fatalf("C listings = %+v, want 2009-1 rolled into 2010-1", c.Listings)
	}
	if c.Listings[0].Outcome != OutcomeFailed || c.Listings[0].Steps[2].Status != StatusLate || c.Listings[0].Steps[2].DaysLate != 28 {
		t.Errorf("C 2009-1 = %+v", c.Listings[0])
	}
	second := c.Listings[1].Steps
	if second[0].Due != day("2010-07-30") || second[1].Due != day("2010-08-30") || second[2].Due != day("2011-06-30") ||
		!slices.Equal(statuses(second), []Status{StatusOnTime, StatusOverdue, StatusPending}) || second[1].DaysOverdue != 197 {
		t.Errorf("C 2010-1 steps = %+v", second)
	}
	if c.Stage != StageDisclosed {
		t.Errorf("C stage = %q, want the latest round's: disclosed", c.Stage)
	}

	d := enterpriseOf(t, f, entD)
	if d.Stage != StageNotListed || d.Listings == nil || len(d.Listings) != 0 || d.Overdue == nil || d.Cases == nil || d.Options == nil {
		t.Errorf("D = %+v, want not listed with empty (non-nil) lists", d)
	}
	if d.OptionStats.CompletionRate != nil {
		t.Errorf("D completion rate = %v, want nil", *d.OptionStats.CompletionRate)
	}
}

func TestDeriveOverdueOrder(t *testing.T) {
	f := Derive(scenario(), scenarioAsOf)
	var got []string
	for _, o := range f.Overdue {
		got = append(got, fmt.Sprintf("%s %s %s %d", o.USCC, o.Batch, o.Step, o.DaysOverdue))
	}
	want := []string{entB + " 2009-1 start 714", entB + " 2009-1 report 407", entC + " 2010-1 start 197"}
	if !slices.Equal(got, want) {
		t.Errorf("overdue = %q, want %q", got, want)
	}
	if !slices.Equal(f.Province.Overdue, f.Overdue) {
		t.Error("province overdue differs from the facts' overdue list")
	}
	if gz := areaOf(t, f.Cities, "440100"); len(gz.Overdue) != 2 || gz.Overdue[0].Step != StepStart {
		t.Errorf("广州 overdue = %+v", gz.Overdue)
	}
}

func TestDeriveBatches(t *testing.T) {
	f := Derive(scenario(), scenarioAsOf)
	if len(f.Batches) != 2 || f.Batches[0].ID != "2009-1" || f.Batches[1].ID != "2010-1" {
		t.Fatalf("batches = %+v, want 2009-1 then 2010-1 (2030-1 is not yet published)", f.Batches)
	}
	first := f.Batches[0]
	if first.Overdue != 2 || len(first.Rows) != 3 {
		t.Fatalf("2009-1: %d overdue, %d rows", first.Overdue, len(first.Rows))
	}
	var got []string
	for _, m := range first.Rows {
		got = append(got, fmt.Sprintf("%s %s %s %s %v %q %q %d", m.USCC, m.CityName, m.IndustryName, m.Level, statuses(m.Steps), m.Outcome, m.NextBatch, m.Rectifications))
	}
	want := []string{
		entA + " 广州市 棉印染精加工 省控 [on_time on_time on_time] \"accepted\" \"\" 0",
		entB + " 广州市 机制纸及纸板制造 市控 [late overdue overdue] \"\" \"\" 1",
		entC + " 深圳市 金属表面处理及热处理加工 国控 [on_time on_time late] \"failed\" \"2010-1\" 0",
	}
	if !slices.Equal(got, want) {
		t.Errorf("2009-1 rows:\n%s\nwant\n%s", got, want)
	}
	if f.Batches[1].Overdue != 1 || f.Batches[1].Rows[0].City != "440300" {
		t.Errorf("2010-1 = %+v", f.Batches[1])
	}
}

func TestDeriveAreas(t *testing.T) {
	f := Derive(scenario(), scenarioAsOf)
	var cities []string
	for _, c := range f.Cities {
		cities = append(cities, c.Code+" "+c.Name)
	}
	if !slices.Equal(cities, []string{"440100 广州市", "440300 深圳市", "440600 佛山市"}) {
		t.Errorf("cities = %v", cities)
	}
	// Sorted by name: 乙 (U+4E59) before 甲 (U+7532); 丁 (U+4E01) before 丙 (U+4E19).
	if got := areaOf(t, f.Cities, "440100").Enterprises; !slices.Equal(got, []string{entB, entA}) {
		t.Errorf("广州 enterprises = %v", got)
	}
	if got := areaOf(t, f.Cities, "440300").Enterprises; !slices.Equal(got, []string{entD, entC}) {
		t.Errorf("深圳 enterprises = %v", got)
	}
	if got := areaOf(t, f.Industries, "1713").Enterprises; !slices.Equal(got, []string{entD, entA}) {
		t.Errorf("1713 enterprises = %v", got)
	}

	p := f.Province
	if p.Code != ProvinceCode || p.Name != "广东省" || len(p.Enterprises) != 4 {
		t.Errorf("province = %s %s %v", p.Code, p.Name, p.Enterprises)
	}
	// Expected disclosure items (years 2009 and 2010, the as-of year 2011 not yet due): 甲 disclosed
	// COD at DW001 and SO2 at DA001, so both are expected in both years; its 2009 SO2 row has
	// empty cells and its 2010 SO2 row is absent. 丙 disclosed 总铬 at DW001 in 2010 only: its
	// 2009 row is absent. 乙's only row was published after the as-of date: nothing is expected.
	// No disclosed event names its medium or link; 乙's 2010 order names no deadline: open.
	wantYears := []YearSummary{
		{Year: 2009, Listed: 3, DisclosureDue: 3, DisclosedOnTime: 2, Started: 2, MediumHighDone: 1,
			Reductions: sums(20, map[domain.ReductionKind]float64{domain.ReduceCOD: 0.1, domain.ReduceSO2: 0.1}), DisclosureRows: 2, DisclosureMissing: 2,
			YearProcedure: YearProcedure{DisclosureExpected: 3, DisclosedRouteUnstated: 3}},
		{Year: 2010, Listed: 1, DisclosureDue: 1, DisclosedOnTime: 1, Reports: 2, Evaluated: 1, Accepted: 1, Failed: 1, MediumHighDone: 1,
			Reductions: sums(50.1, map[domain.ReductionKind]float64{domain.ReduceCOD: 1.3, domain.ReduceSO2: 0.2, domain.ReduceWater: 100, domain.ReduceBenefit: 10}), DisclosureRows: 2, DisclosureMissing: 1,
			YearProcedure: YearProcedure{DisclosureExpected: 3, DisclosedRouteUnstated: 1, RectificationsOrdered: 1, RectificationsOpen: 1}},
		{Year: 2011},
	}
	if !slices.Equal(p.Years, wantYears) {
		t.Errorf("province years:\n got %+v\nwant %+v", p.Years, wantYears)
	}
	wantTotals := YearSummary{Listed: 4, DisclosureDue: 4, DisclosedOnTime: 3, Started: 2, Reports: 2, Evaluated: 1, Accepted: 1, Failed: 1,
		MediumHighDone: 2, Reductions: sums(70.1, map[domain.ReductionKind]float64{domain.ReduceCOD: 1.4, domain.ReduceSO2: 0.3, domain.ReduceWater: 100, domain.ReduceBenefit: 10}), DisclosureRows: 4, DisclosureMissing: 3,
		YearProcedure: YearProcedure{DisclosureExpected: 6, DisclosedRouteUnstated: 4, RectificationsOrdered: 1, RectificationsOpen: 1}}
	if p.Totals != wantTotals {
		t.Errorf("province totals:\n got %+v\nwant %+v", p.Totals, wantTotals)
	}
	// Accepted: A (accepted), B (report overdue), C 2009-1 (report late) are due; C 2010-1 is pending.
	if r := p.Rates; r.DisclosedOnTime.Num != 3 || r.DisclosedOnTime.Den != 4 || *r.DisclosedOnTime.Share != 0.75 ||
		r.Accepted.Num != 1 || r.Accepted.Den != 3 || *r.Accepted.Share != 0.3333 ||
		r.Completeness.Num != 3 || r.Completeness.Den != 6 {
		t.Errorf("province rates = %+v", r)
	}
	if o := p.Options; o.Total != 6 || o.MediumHigh != 4 || o.MediumHighDone != 2 || *o.CompletionRate != 0.5 || o.InvestmentWan != 350.1 {
		t.Errorf("province options = %+v", o)
	}
	if y := p.Years[0]; y.DisclosedOnTimeRate().Num != 2 || y.DisclosedOnTimeRate().Den != 3 || *y.DisclosedOnTimeRate().Share != 0.6667 ||
		y.DisclosureExpected-y.DisclosureMissing != 1 || y.DisclosureExpected != 3 {
		t.Errorf("2009: disclosed on time %+v, %d of %d expected items disclosed", y.DisclosedOnTimeRate(), y.DisclosureExpected-y.DisclosureMissing, y.DisclosureExpected)
	}

	sz := areaOf(t, f.Cities, "440300")
	if sz.Years[0].Listed != 1 || sz.Years[1].Listed != 1 || sz.Years[1].Failed != 1 || sz.Totals.Reductions.Amount(domain.ReduceCOD) != 0.1 {
		t.Errorf("深圳 years = %+v", sz.Years)
	}
	fs := areaOf(t, f.Cities, "440600")
	if len(fs.Years) != 3 || fs.Totals != (YearSummary{}) || fs.Rates.DisclosedOnTime.Share != nil || fs.Rates.Accepted.Share != nil ||
		fs.Rates.Completeness.Share != nil || fs.Enterprises == nil || fs.Overdue == nil || fs.Options.CompletionRate != nil {
		t.Errorf("佛山 (no enterprises) = %+v", fs)
	}
	if power := areaOf(t, f.Industries, "4411"); len(power.Enterprises) != 0 || len(power.Years) != 3 {
		t.Errorf("火力发电 = %+v", power)
	}
	// Cities add up to the province.
	var sum YearSummary
	for _, c := range f.Cities {
		sum.plus(c.Totals)
	}
	sum.Reductions = sum.Reductions.rounded()
	if sum != wantTotals {
		t.Errorf("cities add up to %+v, want the province's %+v", sum, wantTotals)
	}
}

func TestDeriveYearRange(t *testing.T) {
	ds := scenario()
	f := Derive(ds, day("2013-01-01"))
	if len(f.Province.Years) != 5 || f.Province.Years[0].Year != 2009 || f.Province.Years[4].Year != 2013 {
		t.Errorf("years %+v, want 2009..2013", f.Province.Years)
	}
	// Before any list: one row, the as-of year, and no listings.
	f = Derive(ds, day("2008-06-01"))
	if len(f.Province.Years) != 1 || f.Province.Years[0].Year != 2008 || len(f.Batches) != 0 || len(f.Overdue) != 0 {
		t.Errorf("as of 2008: years %+v, batches %d", f.Province.Years, len(f.Batches))
	}
	if e := enterpriseOf(t, f, entA); e.Stage != StageNotListed || len(e.Disclosures) != 0 {
		t.Errorf("as of 2008, A = %+v", e)
	}
}

// TestDeriveAsOfMovesStatuses checks that the same data read as of an earlier day shows what
// was known then.
func TestDeriveAsOfMovesStatuses(t *testing.T) {
	f := Derive(scenario(), day("2009-03-02"))
	b := enterpriseOf(t, f, entB)
	if got := statuses(b.Listings[0].Steps); !slices.Equal(got, []Status{StatusPending, StatusPending, StatusPending}) {
		t.Errorf("B as of the disclosure due day = %v (its 2009-03-05 disclosure had not happened)", got)
	}
	a := enterpriseOf(t, f, entA)
	if a.Stage != StageDisclosed || len(a.Listings[0].Events) != 1 || a.OptionStats.MediumHighDone != 0 {
		t.Errorf("A as of 2009-03-02: stage %q, %d events", a.Stage, len(a.Listings[0].Events))
	}
	f = Derive(scenario(), day("2011-04-01"))
	if b := enterpriseOf(t, f, entB); b.Listings[0].Steps[1].Status != StatusLate || b.Listings[0].Steps[1].DaysLate != 731 {
		t.Errorf("B start as of 2011-04-01 = %+v", b.Listings[0].Steps[1])
	}
}

func TestDeriveIsDeterministic(t *testing.T) {
	want, err := json.Marshal(Derive(scenario(), scenarioAsOf))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		ds := scenario()
		rng.Shuffle(len(ds.Enterprises), func(i, j int) { ds.Enterprises[i], ds.Enterprises[j] = ds.Enterprises[j], ds.Enterprises[i] })
		rng.Shuffle(len(ds.Batches), func(i, j int) { ds.Batches[i], ds.Batches[j] = ds.Batches[j], ds.Batches[i] })
		rng.Shuffle(len(ds.Events), func(i, j int) { ds.Events[i], ds.Events[j] = ds.Events[j], ds.Events[i] })
		rng.Shuffle(len(ds.Options), func(i, j int) { ds.Options[i], ds.Options[j] = ds.Options[j], ds.Options[i] })
		rng.Shuffle(len(ds.Disclosures), func(i, j int) { ds.Disclosures[i], ds.Disclosures[j] = ds.Disclosures[j], ds.Disclosures[i] })
		rng.Shuffle(len(ds.Cities), func(i, j int) { ds.Cities[i], ds.Cities[j] = ds.Cities[j], ds.Cities[i] })
		rng.Shuffle(len(ds.Cases), func(i, j int) { ds.Cases[i], ds.Cases[j] = ds.Cases[j], ds.Cases[i] })
		got, err := json.Marshal(Derive(ds, scenarioAsOf))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Fatalf("shuffle %d changed the output", i)
		}
	}
}

// TestEnterpriseJSON checks the shape of the enterprise's JSON twin that the site publishes.
func TestEnterpriseJSON(t *testing.T) {
	f := Derive(scenario(), scenarioAsOf)
	raw, err := json.Marshal(enterpriseOf(t, f, entB))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		USCC     string `json:"uscc"`
		Name     string `json:"name"`
		Listings []struct {
			Batch     string `json:"batch"`
			Published string `json:"published"`
			Steps     []struct {
				Step        string  `json:"step"`
				Due         *string `json:"due"`
				Done        *string `json:"done"`
				Status      string  `json:"status"`
				DaysOverdue int     `json:"days_overdue"`
			} `json:"steps"`
		} `json:"listings"`
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if got.USCC != entB || got.Name != "乙纸业有限公司" || len(got.Listings) != 1 || got.Listings[0].Published != "2009-01-31" {
		t.Fatalf("json = %s", raw)
	}
	s := got.Listings[0].Steps
	if len(s) != 3 || s[0].Step != "disclosure" || *s[0].Done != "2009-03-05" || s[0].Status != "late" ||
		s[1].Step != "start" || s[1].Done != nil || *s[1].Due != "2009-03-31" || s[1].Status != "overdue" || s[1].DaysOverdue != 714 {
		t.Errorf("steps json = %s", raw)
	}
}

// TestDeriveToleratesInconsistentInput checks that records validation would reject still give
// sensible facts rather than a crash or double counting.
func TestDeriveToleratesInconsistentInput(t *testing.T) {
	ds := scenario()
	stranger := usccFor(99) // on a list, missing from the registry
	b := &ds.Batches[2]     // 2009-1
	b.Members = append(b.Members, b.Members[0], domain.ListEntry{Batch: b.ID, USCC: stranger, Name: "某公司"})
	ds.Enterprises = append(ds.Enterprises, domain.Enterprise{USCC: entA, Name: "重复", City: "440300"})
	ds.Events = append(ds.Events, event(entD, "2009-1", domain.EventDisclosed, "2009-02-01")) // D is not on 2009-1
	f := Derive(ds, scenarioAsOf)
	if len(f.Enterprises) != 4 || enterpriseOf(t, f, entA).Name != "甲印染有限公司" {
		t.Errorf("duplicate registry row: %d enterprises", len(f.Enterprises))
	}
	rows := f.Batches[0].Rows
	if len(rows) != 4 || rows[3].USCC != stranger || rows[3].City != "" || f.Batches[0].Overdue != 5 {
		t.Errorf("2009-1 rows = %d, overdue %d", len(rows), f.Batches[0].Overdue)
	}
	if len(f.Overdue) != 3 || f.Province.Years[0].Listed != 3 {
		t.Errorf("province counts an enterprise missing from the registry: %d overdue, %d listed", len(f.Overdue), f.Province.Years[0].Listed)
	}
	if d := enterpriseOf(t, f, entD); d.Stage != StageNotListed || len(d.Listings) != 0 {
		t.Errorf("an event for a list D is not on made D listed: %+v", d.Listings)
	}
}
