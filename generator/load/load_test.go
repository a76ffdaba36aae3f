package load

import (
	"strings"
	"testing"
	"testing/fstest"

	"cpportal/domain"
	"cpportal/internal/fixture"
)

// problemLines loads fsys and returns its problems as report lines.
func problemLines(fsys fstest.MapFS) []string {
	_, ps := Load(fsys)
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

// checkProblems compares reported problems with the expected report lines, in order.
func checkProblems(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n  got:\n\t%s\n  want:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestLoadValidSource(t *testing.T) {
	ds, ps := Load(fixture.Source())
	if len(ps) != 0 {
		t.Fatalf("valid source has problems:\n%s", ps.Error())
	}
	if n := len(ds.Cities); n != 2 {
		t.Errorf("cities: %d, want 2", n)
	}
	if n := len(ds.Enterprises); n != 2 {
		t.Fatalf("enterprises: %d, want 2", n)
	}
	e := ds.Enterprises[1]
	if e.USCC != fixture.SourcePlating || e.Level != domain.LevelCity || e.Address != "深圳市宝安区示例大道2号, 厂区B" {
		t.Errorf("enterprise 2 = %+v", e)
	}
	if got := e.Src.At("address").String(); got != "data/enterprises.csv:3:55" {
		t.Errorf("address position %s, want data/enterprises.csv:3:55 (characters, not bytes)", got)
	}
	if n := len(ds.Batches); n != 2 || ds.Batches[0].ID != "2009-1" || ds.Batches[1].ID != "2010-1" {
		t.Fatalf("batches: %+v", ds.Batches)
	}
	b := ds.Batches[0]
	if b.Published != domain.MustDate("2009-01-31") || b.DocNumber != "粤环〔2009〕31号" || len(b.Members) != 2 {
		t.Errorf("batch 2009-1 = %+v", b)
	}
	if got := b.Src.At("published").String(); got != "data/lists/2009-1.yaml:5:12" {
		t.Errorf("published position %s, want data/lists/2009-1.yaml:5:12", got)
	}
	wantReasons := []domain.Reason{domain.ReasonToxicInput, domain.ReasonToxicOutput, domain.ReasonHeavyMetal}
	if got := b.Members[1].Reasons; strings.Join(reasonStrings(got), ";") != strings.Join(reasonStrings(wantReasons), ";") {
		t.Errorf("reasons %v, want %v", got, wantReasons)
	}
	if got := b.Members[0].Reasons; len(got) != 2 || got[1] != domain.ReasonOverQuota {
		t.Errorf("reasons split on full-width semicolon: %v", got)
	}

	if n := len(ds.Disclosures); n != 3 {
		t.Fatalf("disclosures: %d, want 3", n)
	}
	d := ds.Disclosures[2]
	if d.Concentration != nil || d.TotalT != nil || d.QuotaT != nil || d.Limit == nil || *d.Limit != 0.5 || d.SourceURL != "" {
		t.Errorf("undisclosed items must be nil: %+v", d)
	}
	if c := ds.Disclosures[0].Concentration; c == nil || *c != 95 {
		t.Errorf("concentration = %v, want 95", c)
	}
	if n := len(ds.Events); n != 8 || ds.Events[2].Event != domain.EventReportSubmitted || ds.Events[2].Date != domain.MustDate("2010-01-20") {
		t.Errorf("events: %d, third %+v", n, ds.Events[2])
	}
	o := ds.Options[0]
	if o.Status != domain.OptionCompleted || o.Completed != domain.MustDate("2010-05-20") || *o.InvestmentWan != 120 || o.Reductions.Ptr(domain.ReduceSO2) != nil || o.Reductions.Amount(domain.ReduceWater) != 30000 {
		t.Errorf("option F01 = %+v", o)
	}
	if n := len(ds.Calendar); n != 2 || ds.Calendar[0].Kind != domain.DayHoliday {
		t.Errorf("calendar = %+v", ds.Calendar)
	}
	if !ds.Site.Sample || ds.Site.AsOf != domain.MustDate("2012-01-01") || ds.Site.Email != "cp-audit@example.org" {
		t.Errorf("site = %+v", ds.Site)
	}
	if got := ds.Site.Src.At("email").String(); got != "data/site.yaml:4:8" {
		t.Errorf("email position %s", got)
	}
}

func reasonStrings(rs []domain.Reason) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}

func TestLoadOptionalFiles(t *testing.T) {
	fsys := fixture.SourceWith(map[string]string{
		"data/calendar.csv":                     "",
		"content/cases/dyeing-water-reuse.md":   "",
		"content/cases/electroplating-rinse.md": "",
		"content/cases/_index.md":               "",
	})
	ds, ps := Load(fsys)
	if len(ps) != 0 {
		t.Fatalf("problems without the optional files:\n%s", ps.Error())
	}
	if len(ds.Calendar) != 0 || len(ds.Cases) != 0 {
		t.Errorf("calendar %d, cases %d; want none", len(ds.Calendar), len(ds.Cases))
	}
}

func TestLoadMissingFiles(t *testing.T) {
	fsys := fixture.SourceWith(map[string]string{"data/enterprises.csv": "", "data/site.yaml": ""})
	delete(fsys, "data/lists/2009-1.yaml")
	delete(fsys, "data/lists/2009-1.csv")
	delete(fsys, "data/lists/2010-1.yaml")
	delete(fsys, "data/lists/2010-1.csv")
	checkProblems(t, problemLines(fsys), []string{
		"data/enterprises.csv: file is missing",
		"data/lists: file is missing",
		"data/site.yaml: file is missing",
	})
}

// TestLoadReportsEverything breaks many files at once: every problem is reported, sorted by
// file, line and column, and the good records around the bad ones are still loaded.
func TestLoadReportsEverything(t *testing.T) {
	fsys := fixture.SourceWith(map[string]string{
		"data/site.yaml":  "title: 门户\nprovince: 广东省\nemail: a@example.org\nsample: yes\ncolour: red\n",
		"data/cities.csv": "code,name\n4401,广州市\n440300,深圳市\n",
		"data/audits.csv": "uscc,batch,event,date,doc_number,agency\n" +
			"91449901MA59AB121C,2009-1,begun,2009-03-15,,\n" +
			"91449901MA59AB121C,2009-1,started,2009/03/15,,\n" +
			"91449901MA59AB121C,2009-1,report_submitted,2010-01-20,,\n",
		"data/options.csv": "uscc,batch,option_id,title,cost_class,investment_wan,status,planned,completed,cod_t,so2_t,nox_t,nh3n_t,water_t,energy_tce,benefit_wan\n" +
			"91449901MA59AB121C,2009-1,F01,中水回用,中费,-120,completed,2010-06-30,2010-05-20,12.5,,,1.2,30000,,45\n" +
			"91449901MA59AB121C,2009-1,F02,余热回收,高费,1e3,planned,2011-12-31,,,,,,,150,38\n",
	})
	ds, ps := Load(fsys)
	got := make([]string, len(ps))
	for i, p := range ps {
		got[i] = p.String()
	}
	checkProblems(t, got, []string{
		`data/audits.csv:2:27: event: "begun" is not one of disclosed, registered, started, report_submitted, city_reviewed, city_evaluated, evaluated, city_accepted, accepted, failed, postponed, rectification_proposed, rectification_ordered, rectified`,
		`data/audits.csv:3:35: date: "2009/03/15" is not a date written as YYYY-MM-DD`,
		`data/cities.csv:2:1: code: "4401" is not a 6-digit administrative division code`,
		`data/options.csv:2:39: investment_wan: "-120" is negative; numbers are never negative`,
		`data/options.csv:3:39: investment_wan: "1e3" is not a number (hint: write a plain number with a dot as decimal separator, e.g. 1250.5)`,
		`data/site.yaml:4:9: sample: "yes" is not true or false`,
		`data/site.yaml:5:1: colour: unknown key (hint: the keys are title, title_en, province, email, base_url, as_of, sample)`,
	})
	if len(ds.Events) != 3 || ds.Events[2].Event != domain.EventReportSubmitted {
		t.Errorf("rows after bad rows must still load: %+v", ds.Events)
	}
	if len(ds.Cities) != 2 || len(ds.Options) != 2 || ds.Options[1].InvestmentWan != nil {
		t.Errorf("cities %d, options %+v", len(ds.Cities), ds.Options)
	}
}
