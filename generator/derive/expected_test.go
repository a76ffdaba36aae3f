package derive

import (
	"slices"
	"testing"

	"cpportal/domain"
)

// TestDeletingARowRaisesMissing: deleting one disclosure row of a listed enterprise raises
// disclosure_missing of that year by one and leaves disclosure_expected unchanged, in the
// province, the enterprise's city and its industry; the completeness rate falls.
func TestDeletingARowRaisesMissing(t *testing.T) {
	before := Derive(scenario(), scenarioAsOf)
	ds := scenario()
	i := slices.IndexFunc(ds.Disclosures, func(d domain.Disclosure) bool {
		return d.USCC == entA && d.Year == 2010 && d.Pollutant == "化学需氧量"
	})
	if i < 0 {
		t.Fatal("scenario has no 2010 COD row of 甲")
	}
	ds.Disclosures = slices.Delete(ds.Disclosures, i, i+1)
	after := Derive(ds, scenarioAsOf)

	pairs := [][2]Area{{before.Province, after.Province},
		{*areaOf(t, before.Cities, "440100"), *areaOf(t, after.Cities, "440100")},
		{*areaOf(t, before.Industries, "1713"), *areaOf(t, after.Industries, "1713")}}
	for _, p := range pairs {
		b, a := yearOf(t, p[0], 2010), yearOf(t, p[1], 2010)
		if a.DisclosureMissing != b.DisclosureMissing+1 {
			t.Errorf("%s 2010: disclosure_missing %d → %d, want +1", p[0].Code, b.DisclosureMissing, a.DisclosureMissing)
		}
		if a.DisclosureExpected != b.DisclosureExpected {
			t.Errorf("%s 2010: disclosure_expected %d → %d, want unchanged", p[0].Code, b.DisclosureExpected, a.DisclosureExpected)
		}
		if a.DisclosureRows != b.DisclosureRows-1 {
			t.Errorf("%s 2010: disclosure_rows %d → %d, want −1", p[0].Code, b.DisclosureRows, a.DisclosureRows)
		}
	}
	gaps := enterpriseOf(t, after, entA).DisclosureGaps
	want := []DisclosureGap{{2010, "化学需氧量", "DW001"}, {2010, "二氧化硫", "DA001"}}
	if !slices.Equal(gaps, want) {
		t.Errorf("甲's gaps = %+v, want %+v", gaps, want)
	}
}

// TestNothingIsExpectedOfAnUnlistedEnterprise: 丁 is on no list; its rows count as rows and as
// expected items, and no absent row is expected of it.
func TestNothingIsExpectedOfAnUnlistedEnterprise(t *testing.T) {
	ds := scenario()
	ds.Disclosures = append(ds.Disclosures,
		domain.Disclosure{USCC: entD, Year: 2009, Pollutant: "氨氮", Outlet: "DW001", Concentration: num(1), Limit: num(5), TotalT: num(1),
			QuotaT: num(2), DischargeMethod: "间接排放", Unit: "mg/L", Standard: "GB 4287-2012"})
	f := Derive(ds, scenarioAsOf)
	if g := enterpriseOf(t, f, entD).DisclosureGaps; len(g) != 0 {
		t.Errorf("丁 (not listed) has gaps %+v", g)
	}
	y := yearOf(t, *areaOf(t, f.Industries, "1713"), 2009)
	base := yearOf(t, *areaOf(t, Derive(scenario(), scenarioAsOf).Industries, "1713"), 2009)
	if y.DisclosureExpected != base.DisclosureExpected+1 || y.DisclosureMissing != base.DisclosureMissing {
		t.Errorf("1713 2009 with 丁's complete row: expected %d missing %d, want %d and %d", y.DisclosureExpected, y.DisclosureMissing,
			base.DisclosureExpected+1, base.DisclosureMissing)
	}
}

// TestProcedureCounts: postponed decisions, disclosures without medium or link, verified and
// claimed reductions, cancelled medium/high-cost options.
func TestProcedureCounts(t *testing.T) {
	ds := scenario()
	for i := range ds.Events {
		if e := &ds.Events[i]; e.USCC == entA && e.Event == domain.EventDisclosed {
			e.Media = "某某报（示例）"
		}
	}
	ds.Events = append(ds.Events, domain.AuditEvent{USCC: entC, Batch: "2010-1", Event: domain.EventPostponed, Date: day("2011-02-01")})
	verifiedAt := map[string]string{"F01": "2010-12-01", "F02": "2011-06-01"} // F02 is verified after the as-of date
	for i := range ds.Options {
		if o := &ds.Options[i]; o.USCC == entA {
			if v, ok := verifiedAt[o.ID]; ok {
				o.Verified = day(v)
			}
		}
	}
	f := Derive(ds, scenarioAsOf)
	p := f.Province
	if y := yearOf(t, p, 2011); y.Postponed != 1 {
		t.Errorf("2011 postponed = %d, want 1", y.Postponed)
	}
	base := Derive(scenario(), scenarioAsOf).Province
	if p.Totals.DisclosedRouteUnstated != base.Totals.DisclosedRouteUnstated-1 {
		t.Errorf("disclosures without medium or link: %d, want one fewer than %d", p.Totals.DisclosedRouteUnstated, base.Totals.DisclosedRouteUnstated)
	}
	a := enterpriseOf(t, f, entA).OptionStats
	// F01 (completed 2010-05-01, COD 1.1, SO2 0.2) is verified; F03 (completed, COD 0.2) is claimed only.
	if a.Verified.Amount(domain.ReduceCOD) != 1.1 || a.Verified.Amount(domain.ReduceSO2) != 0.2 || a.CompletedAchieved.Amount(domain.ReduceCOD) != 1.3 {
		t.Errorf("甲 verified %+v of claimed %+v", a.Verified, a.CompletedAchieved)
	}
	if a.MediumHighCancelled != 1 {
		t.Errorf("甲 cancelled medium/high-cost options = %d, want 1 (F04)", a.MediumHighCancelled)
	}
	if y := yearOf(t, p, 2010); y.ReductionsVerified.Amount(domain.ReduceCOD) != 1.1 || y.Reductions.Amount(domain.ReduceCOD) != 1.3 {
		t.Errorf("2010 verified %+v of claimed %+v", y.ReductionsVerified, y.Reductions)
	}
}

func yearOf(t *testing.T, a Area, year int) YearSummary {
	t.Helper()
	for _, y := range a.Years {
		if y.Year == year {
			return y
		}
	}
	t.Fatalf("%s has no year %d", a.Code, year)
	return YearSummary{}
}
