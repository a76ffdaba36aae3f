package opendata

import (
	"slices"
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// TestEnterpriseIdentifierColumns: enterprises.csv says how each enterprise is identified;
// uscc is the id every table joins on, the credit code column stays empty when none is known.
func TestEnterpriseIdentifierColumns(t *testing.T) {
	fx := newFixture(t)
	org := domain.Enterprise{USCC: "SAMPL0104", OrgCode: "SAMPL0104", LocalID: "L449906-AZOEBG3H", Name: "佛山市某某旧城五金电镀厂", City: "440100"}
	fx.facts.Enterprises = append(fx.facts.Enterprises, derive.Enterprise{Enterprise: org, Identifiers: org.IDs(),
		CityName: "广州市", Stage: derive.StageNotListed, Listings: []derive.Listing{}, Overdue: []derive.OverdueStep{}})
	dir, _ := write(t, fx)
	header, recs := readCSV(t, dir, "enterprises.csv")
	want := []string{"uscc", "credit_code", "org_code", "local_id", "identified_by", "former_ids"}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, h := range want {
		if _, ok := col[h]; !ok {
			t.Fatalf("enterprises.csv has no column %s: %v", h, header)
		}
	}
	get := func(rec []string) []string {
		var out []string
		for _, h := range want {
			out = append(out, rec[col[h]])
		}
		return out
	}
	if got := get(recs[0]); !slices.Equal(got, []string{fx.e1, fx.e1, "", "", "credit_code", ""}) {
		t.Errorf("enterprise with a credit code: %q", got)
	}
	last := recs[len(recs)-1]
	if got := get(last); !slices.Equal(got, []string{"SAMPL0104", "", "SAMPL0104", "L449906-AZOEBG3H", "org_code", "L449906-AZOEBG3H"}) {
		t.Errorf("enterprise with an organisation code: %q", got)
	}
}
