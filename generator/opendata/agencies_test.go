package opendata

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"cpportal/generator/derive"
)

// csvRecords reads a written CSV file: header first.
func csvRecords(t *testing.T, dir, rel string) [][]string {
	t.Helper()
	b := bytes.TrimPrefix(read(t, dir, rel), []byte("\ufeff"))
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return recs
}

// TestAgencyTables writes the agencies' tables from derived facts: the Guangzhou agency
// started the dyeing works' 2009 round, which was accepted in 2010.
func TestAgencyTables(t *testing.T) {
	fx := newFixture(t)
	fx.facts.Agencies = derive.Derive(fx.ds, fx.facts.AsOf).Agencies
	dir, _ := write(t, fx)

	recs := csvRecords(t, dir, "agencies.csv")
	if len(recs) != 2 {
		t.Fatalf("agencies.csv has %d records, want a header and one agency", len(recs))
	}
	row := map[string]string{}
	for i, h := range recs[0] {
		row[h] = recs[1][i]
	}
	want := map[string]string{"agency": "A01", "city": "440100", "city_name": "广州市", "rounds": "1", "enterprises": "1",
		"reports": "0", "evaluation_decided": "0", "acceptance_decided": "1", "acceptance_passed": "1", "acceptance_failed": "0"}
	for k, v := range want {
		if row[k] != v {
			t.Errorf("agencies.csv %s = %q, want %q", k, row[k], v)
		}
	}

	years := csvRecords(t, dir, "agency-years.csv")
	yi := slices.Index(years[0], "year")
	var got []string
	for _, r := range years[1:] {
		got = append(got, r[yi])
	}
	if first, last := "2009", fx.facts.AsOf.String()[:4]; len(got) == 0 || got[0] != first || got[len(got)-1] != last {
		t.Errorf("agency-years.csv years = %v, want %s to %s", got, first, last)
	}
}

// TestAgencyColumnsCoverEveryResult fails when a result is added to derive.Results without
// its columns in the downloads.
func TestAgencyColumnsCoverEveryResult(t *testing.T) {
	for _, typ := range []string{"AgencyRow", "AgencyYearRow"} {
		var cols []column
		if typ == "AgencyRow" {
			cols = columnsOf(typeOf[AgencyRow]())
		} else {
			cols = columnsOf(typeOf[AgencyYearRow]())
		}
		names := map[string]bool{}
		for _, c := range cols {
			names[c.name] = true
		}
		for _, stage := range []derive.DecisionStage{derive.StageEvaluation, derive.StageAcceptance} {
			for _, r := range derive.Results {
				if !names[string(stage)+"_"+string(r)] {
					t.Errorf("%s has no column %s_%s", typ, stage, r)
				}
			}
		}
	}
}
