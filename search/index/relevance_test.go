package index

import (
	"context"
	"testing"

	"cpportal/search/relevance"
)

// relevanceTable is the table the analysis is measured against.
const relevanceTable = "../relevance/testdata/relevance.tsv"

// evaluate judges ix's own search against the table, following its suggestions.
func evaluate(t *testing.T, ix *Index, table []relevance.Case) relevance.Report {
	t.Helper()
	return evaluateWith(t, ix, table, relevance.Following(func(q, lang string, size int) ([]string, string, error) {
		res, err := ix.Search(context.Background(), Request{Query: q, Size: size, FacetSize: -1, Lang: lang})
		if err != nil {
			return nil, "", err
		}
		urls := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			urls[i] = h.URL
		}
		return urls, res.Suggestion, nil
	}))
}

// evaluateWith judges rank's hits against ix's documents.
func evaluateWith(t *testing.T, ix *Index, table []relevance.Case, rank relevance.Ranker) relevance.Report {
	t.Helper()
	docs, err := ix.StoredDocuments()
	if err != nil {
		t.Fatal(err)
	}
	return relevance.Evaluate(docs, table, rank)
}

// precisionBar is the mean precision@5 the relevance table must reach.
const precisionBar = 0.85

func TestRelevanceTableOnFixtureSite(t *testing.T) {
	ix, _ := sharedIndex(t)
	table, err := relevance.LoadTable(relevanceTable)
	if err != nil {
		t.Fatal(err)
	}
	if len(table) < 30 {
		t.Fatalf("the relevance table has %d queries, want at least 30", len(table))
	}
	rep := evaluate(t, ix, table)
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
	table, err := relevance.LoadTable(relevanceTable)
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
		{"words checked as phrases", features{exactWords: true}},
		{"no partial matches", features{noPartial: true}},
		{"no suggestions", features{noSuggest: true}},
		{"full analysis", features{}},
	}
	defer func() { ix.features = features{} }()
	scores := map[string]relevance.Report{}
	for _, v := range variants {
		ix.features = v.f
		rep := evaluate(t, ix, table)
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

// TestEvaluateWithAnotherRanker judges hits from outside the index by the index's documents:
// the index's own ranking scores the same as a ranker of its own, a ranker that finds nothing
// scores zero and fails every first-hit requirement, and pages unknown to the index count as
// irrelevant.
func TestEvaluateWithAnotherRanker(t *testing.T) {
	ix, _ := sharedIndex(t)
	table, err := relevance.LoadTable(relevanceTable)
	if err != nil {
		t.Fatal(err)
	}
	own := evaluate(t, ix, table)
	var asked []string
	same := evaluateWith(t, ix, table, func(q, lang string) ([]string, error) {
		asked = append(asked, q)
		res, err := ix.Search(context.Background(), Request{Query: q, Size: 8, Lang: lang})
		if err == nil && res.Total == 0 && res.Suggestion != "" {
			res, err = ix.Search(context.Background(), Request{Query: res.Suggestion, Size: 8, Lang: lang}) // as Evaluate follows it
		}
		if err != nil {
			return nil, err
		}
		var urls []string
		for _, h := range res.Hits {
			urls = append(urls, h.URL)
		}
		return urls, nil // more than five: only the first five count
	})
	if same.Precision != own.Precision || same.FirstMet != own.FirstMet {
		t.Errorf("the index through EvaluateWith: precision %.3f first %d, own %.3f first %d",
			same.Precision, same.FirstMet, own.Precision, own.FirstMet)
	}
	if len(asked) != len(table) {
		t.Errorf("ranker asked %d queries for %d cases", len(asked), len(table))
	}
	none := evaluateWith(t, ix, table, func(string, string) ([]string, error) { return nil, nil })
	if none.Precision != 0 {
		t.Errorf("a ranker that finds nothing has precision %.3f", none.Precision)
	}
	unknown := evaluateWith(t, ix, table, func(string, string) ([]string, error) { return []string{"/no/such/page/"}, nil })
	if unknown.Precision != 0 || unknown.FirstMet >= own.FirstMet {
		t.Errorf("unknown pages: precision %.3f, first hit right %d", unknown.Precision, unknown.FirstMet)
	}
}
