package index

import (
	"testing"
)

// precisionBar is the mean precision@5 the relevance table must reach.
const precisionBar = 0.85

func TestRelevanceTableOnFixtureSite(t *testing.T) {
	ix, _ := sharedIndex(t)
	table, err := LoadTable("testdata/relevance.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(table) < 30 {
		t.Fatalf("the relevance table has %d queries, want at least 30", len(table))
	}
	rep := Evaluate(ix, table)
	t.Logf("relevance on the fixture site:\n%s", rep)
	if rep.Precision < precisionBar {
		t.Errorf("mean precision@5 %.3f is below the bar %.2f", rep.Precision, precisionBar)
	}
	if rep.Failed > 0 {
		t.Errorf("%d cases failed", rep.Failed)
	}
}

// TestAnalysisChoice measures what each part of the analysis contributes: the full analysis
// must do at least as well as every variant without one of its parts.
func TestAnalysisChoice(t *testing.T) {
	ix, _ := sharedIndex(t)
	table, err := LoadTable("testdata/relevance.tsv")
	if err != nil {
		t.Fatal(err)
	}
	variants := []struct {
		name string
		f    features
	}{
		{"bigrams only (no unigram fields)", features{noUnigrams: true}},
		{"unigrams only", features{unigramOnly: true}},
		{"no pollutant aliases", features{noAliases: true}},
		{"no enterprise-name weight", features{noNameBoost: true}},
		{"full analysis", features{}},
	}
	defer func() { ix.features = features{} }()
	scores := map[string]Report{}
	for _, v := range variants {
		ix.features = v.f
		rep := Evaluate(ix, table)
		scores[v.name] = rep
		t.Logf("%-34s precision@5 %.3f, first hit right %d/%d", v.name, rep.Precision, rep.FirstMet, len(table))
	}
	full := scores["full analysis"]
	for name, rep := range scores {
		if rep.Precision > full.Precision+1e-9 || rep.FirstMet > full.FirstMet {
			t.Errorf("%s scores better than the full analysis: the choice is wrong", name)
		}
	}
}
