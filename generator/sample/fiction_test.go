package sample

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"cpportal/domain"
)

// TestNothingPassesForReal enforces, for every generated record, the marks that keep the
// sample from ever passing for a real enterprise: credit codes in the non-existent division
// 4499xx, names with 某某, titles and document numbers marked as samples, links to example.org.
func TestNothingPassesForReal(t *testing.T) {
	_, ds := bundledSample(t)
	checkFiction(t, ds)
}

func TestLargerSizesAreFictionalToo(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Config{Seed: 5, Enterprises: 1500, Years: 3, Cases: 40}); err != nil {
		t.Fatal(err)
	}
	ds, probs := loadDir(dir)
	if len(probs) > 0 {
		t.Fatalf("does not load:\n%s", probs.Error())
	}
	if len(ds.Enterprises) != 1500 || len(ds.Cases) != 40 {
		t.Errorf("%d enterprises and %d cases, want 1500 and 40", len(ds.Enterprises), len(ds.Cases))
	}
	checkFiction(t, ds)
}

func checkFiction(t *testing.T, ds *domain.Dataset) {
	t.Helper()
	ordinal := map[string]string{}
	cityName := map[string]string{}
	for i, c := range cities {
		ordinal[c.code] = fmt.Sprintf("%02d", i+1)
	}
	for _, c := range ds.Cities {
		cityName[c.Code] = c.Name
	}
	if !ds.Site.Sample || !strings.Contains(ds.Site.Title, "示例") || !strings.HasSuffix(ds.Site.Email, "@example.org") {
		t.Errorf("site.yaml does not say the data is a sample: %+v", ds.Site)
	}
	seen := map[string]bool{}
	industryOf := map[string]string{}
	reserved := 0
	for _, e := range ds.Enterprises {
		if len(e.IDs()) == 0 {
			t.Errorf("%s: no identifier", e.Name)
		}
		if code := e.CreditCode; code != "" {
			if err := domain.CheckUSCC(code); err != nil {
				t.Errorf("%s", err)
			}
			if !slices.Contains([]string{"91", "92", "93", "12"}, code[:2]) {
				t.Errorf("%s: entity type %s", code, code[:2])
			}
			if code[2:6] != FictionalDivision || code[6:8] != ordinal[e.City] {
				t.Errorf("%s: division %s, want %s%s (city %s)", code, code[2:8], FictionalDivision, ordinal[e.City], e.City)
			}
		}
		// An organisation code carries no division: the sample's begin with SAMPL, whose S no
		// credit code can hold, so no enterprise that ever had a credit code has one of them.
		if org := e.OrgCode; org != "" && (domain.CheckOrgCode(org) != nil || !strings.HasPrefix(org, SampleOrgPrefix)) {
			t.Errorf("%s: organisation code %s is not a valid code beginning with %s", e.USCC, org, SampleOrgPrefix)
		}
		// Local ids are derived from the same fictional division as the credit codes.
		if id := e.LocalID; id != "" && (domain.CheckLocalID(id) != nil || id[1:7] != FictionalDivision+ordinal[e.City]) {
			t.Errorf("%s: local id %s is not of the fictional division %s%s", e.Name, id, FictionalDivision, ordinal[e.City])
		}
		if seen[e.USCC] {
			t.Errorf("%s: credit code used twice", e.USCC)
		}
		seen[e.USCC] = true
		industryOf[e.USCC] = e.Industry
		if !strings.HasPrefix(e.Name, cityName[e.City]+Placeholder) {
			t.Errorf("%s: name %q does not start with %s%s", e.USCC, e.Name, cityName[e.City], Placeholder)
		}
		if e.Address != "" && !strings.Contains(e.Address, Placeholder) {
			t.Errorf("%s: address %q names a real place", e.USCC, e.Address)
		}
		if strings.Contains(e.Name, ReservedBrand) {
			reserved++
			if e.Name != "佛山市某某千百丽纺织印染有限公司" || e.Industry != "1713" {
				t.Errorf("%s: %q (%s) carries the reserved brand", e.USCC, e.Name, e.Industry)
			}
		}
	}
	if reserved != 1 {
		t.Errorf("%d enterprises named with %s, want exactly 佛山市某某千百丽纺织印染有限公司", reserved, ReservedBrand)
	}
	for _, a := range ds.Agencies {
		if !strings.HasPrefix(a.Name, cityName[a.City]+Placeholder) {
			t.Errorf("agency %s: name %q", a.ID, a.Name)
		}
	}
	for _, b := range ds.Batches {
		if !strings.HasSuffix(b.Title, "（示例）") || !strings.Contains(b.DocNumber, "示〔") || !strings.HasPrefix(b.SourceURL, "https://example.org/") {
			t.Errorf("batch %s is not marked as a sample: %q %q %q", b.ID, b.Title, b.DocNumber, b.SourceURL)
		}
		for _, m := range b.Members {
			if !seen[m.USCC] {
				t.Errorf("batch %s lists %s, which is not in the registry", b.ID, m.USCC)
			}
		}
	}
	for _, ev := range ds.Events {
		if ev.DocNumber != "" && !strings.Contains(ev.DocNumber, "环示") {
			t.Errorf("%s %s %s: document number %q is not marked as a sample", ev.USCC, ev.Batch, ev.Event, ev.DocNumber)
		}
		if ev.Date.After(AsOf) {
			t.Errorf("%s %s %s dated %s, after the as-of date", ev.USCC, ev.Batch, ev.Event, ev.Date)
		}
	}
	for _, d := range ds.Disclosures {
		if !strings.HasPrefix(d.SourceURL, "https://example.org/") {
			t.Errorf("disclosure of %s links to %s", d.USCC, d.SourceURL)
		}
	}
	for _, o := range ds.Options {
		if o.Status == domain.OptionCompleted && o.Completed.After(AsOf) {
			t.Errorf("option %s %s %s completed %s, after the as-of date", o.USCC, o.Batch, o.ID, o.Completed)
		}
	}
	for _, c := range ds.Cases {
		if industryOf[c.USCC] != c.Industry {
			t.Errorf("case %s names %s of industry %q, the case is about %s", c.Slug, c.USCC, industryOf[c.USCC], c.Industry)
		}
	}
}

// TestCalendarIsPlausible checks the holiday calendar: every year from 2009 to the as-of year
// has New Year's Day, the Spring Festival and National Day off, and every 班 day is a weekend.
func TestCalendarIsPlausible(t *testing.T) {
	days := calendarDays()
	off := map[domain.Date]bool{}
	for i, d := range days {
		if i > 0 && !days[i-1].Date.Before(d.Date) {
			t.Errorf("calendar not sorted or duplicated at %s", d.Date)
		}
		switch d.Kind {
		case domain.DayWorking:
			if wd := d.Date.Weekday(); wd != 0 && wd != 6 {
				t.Errorf("%s is a %s, a 班 day must be a weekend day", d.Date, wd)
			}
		case domain.DayHoliday:
			off[d.Date] = true
		}
	}
	for y := 2009; y <= AsOf.Year; y++ {
		if !off[domain.Date{Year: y, Month: 1, Day: 1}] {
			t.Errorf("%d: New Year's Day is not a holiday", y)
		}
		for day := 1; day <= 3; day++ {
			if !off[domain.Date{Year: y, Month: 10, Day: day}] {
				t.Errorf("%d-10-%02d: National Day is not a holiday", y, day)
			}
		}
		spring := 0
		for d := (domain.Date{Year: y, Month: 1, Day: 15}); d.Before(domain.Date{Year: y, Month: 3, Day: 1}); d = d.AddDays(1) {
			if off[d] && d.Weekday() != 0 && d.Weekday() != 6 {
				spring++
			}
		}
		if spring < 3 {
			t.Errorf("%d: %d weekday holidays around the Spring Festival, want at least 3", y, spring)
		}
	}
}

// loadDir loads a written source folder.
func loadDir(dir string) (*domain.Dataset, domain.Problems) {
	return loadFS(os.DirFS(filepath.Clean(dir)))
}
