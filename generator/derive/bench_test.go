package derive

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"cpportal/domain"
)

// syntheticDataset builds a province of n enterprises the size later issues publish: 21
// cities, 10 industries, a list every year from 2009, every enterprise on one or two lists,
// four events per round, two options and four disclosure rows per enterprise, and a holiday
// calendar.
func syntheticDataset(n int) *domain.Dataset {
	rng := rand.New(rand.NewPCG(2009, 31))
	ds := &domain.Dataset{Site: domain.Site{Province: "广东省"}}
	for i := 0; i < 21; i++ {
		ds.Cities = append(ds.Cities, domain.City{Code: fmt.Sprintf("44%02d00", i+1), Name: fmt.Sprintf("市%02d", i+1)})
	}
	for i := 0; i < 10; i++ {
		ds.Industries = append(ds.Industries, domain.Industry{Code: fmt.Sprintf("%04d", 1700+i), Name: fmt.Sprintf("行业%02d", i)})
	}
	const batches = 12
	for i := 0; i < batches; i++ {
		ds.Batches = append(ds.Batches, domain.Batch{ID: fmt.Sprintf("%d-1", 2009+i), Published: domain.Date{Year: 2009 + i, Month: 3, Day: 1 + i}})
	}
	for y := 2009; y <= 2021; y++ {
		for _, md := range [][2]int{{1, 1}, {5, 1}, {5, 2}, {5, 3}, {10, 1}, {10, 2}, {10, 3}, {10, 4}, {10, 5}, {10, 6}, {10, 7}} {
			ds.Calendar = append(ds.Calendar, domain.CalendarDay{Date: domain.Date{Year: y, Month: 1, Day: 1}.AddMonthsClamped(md[0] - 1).AddDays(md[1] - 1), Kind: domain.DayHoliday})
		}
	}
	kinds := []domain.EventKind{domain.EventDisclosed, domain.EventStarted, domain.EventReportSubmitted, domain.EventEvaluated, domain.EventAccepted}
	for i := 0; i < n; i++ {
		uscc := usccFor(i + 1)
		ds.Enterprises = append(ds.Enterprises, domain.Enterprise{
			USCC: uscc, Name: fmt.Sprintf("企业%06d有限公司", rng.IntN(n)), City: ds.Cities[rng.IntN(21)].Code,
			Industry: ds.Industries[rng.IntN(10)].Code, Level: domain.ControlLevels[rng.IntN(3)],
		})
		first := rng.IntN(batches)
		rounds := []int{first}
		if first+2 < batches && rng.IntN(4) == 0 {
			rounds = append(rounds, first+1+rng.IntN(batches-first-1))
		}
		for _, bi := range rounds {
			b := &ds.Batches[bi]
			b.Members = append(b.Members, domain.ListEntry{Batch: b.ID, USCC: uscc, Level: domain.LevelCity, Reasons: []domain.Reason{domain.ReasonOverStandard}})
			date := b.Published
			for _, k := range kinds[:rng.IntN(len(kinds)+1)] {
				date = date.AddDays(10 + rng.IntN(120))
				ds.Events = append(ds.Events, domain.AuditEvent{USCC: uscc, Batch: b.ID, Event: k, Date: date})
			}
		}
		for j := 0; j < 2; j++ {
			o := domain.Option{USCC: uscc, Batch: ds.Batches[first].ID, ID: fmt.Sprintf("F%02d", j), CostClass: domain.CostClasses[rng.IntN(3)],
				Status: domain.OptionStatuses[rng.IntN(4)], InvestmentWan: num(float64(rng.IntN(5000)) / 10)}
			o.Reductions.Set(domain.ReduceCOD, float64(rng.IntN(100))/100)
			if o.Status == domain.OptionCompleted {
				o.Completed = ds.Batches[first].Published.AddDays(400 + rng.IntN(400))
			}
			ds.Options = append(ds.Options, o)
		}
		for j := 0; j < 4; j++ {
			d := domain.Disclosure{USCC: uscc, Year: 2009 + rng.IntN(12), Pollutant: domain.Pollutants[j].Name, Outlet: "DW001", DischargeMethod: "间接排放",
				Concentration: num(float64(rng.IntN(200))), Limit: num(100), TotalT: num(float64(rng.IntN(50))), QuotaT: num(40), Standard: "GB 4287-2012"}
			if rng.IntN(5) == 0 {
				d.Concentration = nil
			}
			ds.Disclosures = append(ds.Disclosures, d)
		}
		if i%100 == 0 {
			ds.Cases = append(ds.Cases, domain.Case{Slug: fmt.Sprintf("case-%d", i), USCC: uscc})
		}
	}
	return ds
}

func BenchmarkDerive(b *testing.B) {
	ds := syntheticDataset(50_000)
	asOf := day("2021-06-30")
	b.ReportAllocs()
	b.ResetTimer()
	var f *Facts
	for b.Loop() {
		f = Derive(ds, asOf)
	}
	b.StopTimer()
	if len(f.Enterprises) != 50_000 || len(f.Cities) != 21 || len(f.Province.Years) != 13 {
		b.Fatalf("derived %d enterprises, %d cities, %d years", len(f.Enterprises), len(f.Cities), len(f.Province.Years))
	}
	b.ReportMetric(float64(len(f.Overdue)), "overdue-steps")
}
