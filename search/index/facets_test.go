package index

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestFacetTableCountsAsBleve compares the facets counted from the in-memory table with the
// facets bleve counts from doc values, on the same requests.
func TestFacetTableCountsAsBleve(t *testing.T) {
	ix, _ := sharedIndex(t)
	if ix.facets == nil {
		t.Fatal("the fixture index was opened without a facet table")
	}
	plain, err := Open(filepath.Join(shared.dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	plain.facets, plain.cache, plain.rankings = nil, nil, nil
	reqs := []Request{
		{Query: "审核"},
		{Query: "印染", FacetSize: 3},
		{Query: "镍", FacetSize: 1},
		{Query: "化学需氧量 东莞"},
		{Query: "COD", Filters: map[string][]string{"type": {"enterprise"}, "level": {"国控", "省控"}}},
		{Filters: map[string][]string{"city": {"佛山市"}}},
		{Query: "审核", From: 20, Size: 5},
		{Query: "审核", FacetSize: -1},
		{Query: "nothing-matches-this"},
	}
	counted := 0
	for _, r := range reqs {
		want := mustSearch(t, plain, r)
		got := mustSearch(t, ix, r)
		if got.Total != want.Total {
			t.Errorf("%+v: total %d, bleve %d", r, got.Total, want.Total)
		}
		if !reflect.DeepEqual(got.Facets, want.Facets) {
			t.Errorf("%+v: facets\n%+v\nbleve counts\n%+v", r, got.Facets, want.Facets)
		}
		if !reflect.DeepEqual(got.Hits, want.Hits) {
			t.Errorf("%+v: the hits differ from a search without the table", r)
		}
		if len(want.Facets) > 0 {
			counted++
		}
	}
	if counted < 6 {
		t.Errorf("only %d requests had facets to compare", counted)
	}
}
