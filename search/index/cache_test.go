package index

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// searchAllLocations is the search with match locations collected for every matching
// document in one pass: what Search answers, without its page-only locations and its cache.
func searchAllLocations(t *testing.T, ix *Index, r Request) []Hit {
	t.Helper()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	clauses, err := ParseQuery(r.Query)
	if err != nil {
		t.Fatal(err)
	}
	var q query.Query = queryBuilder{m: ix.bleve.Mapping(), features: ix.features, english: r.Lang == LangEn}.build(clauses)
	q = query.NewConjunctionQuery([]query.Query{q, withFilters(langQuery(r.Lang), filterQuery(r.Filters))})
	req := bleve.NewSearchRequestOptions(q, r.Size, r.From, false)
	req.Fields = storedFields
	req.IncludeLocations = true
	req.SortBy([]string{"-_score", "_id"})
	res, err := ix.bleve.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	var hits []Hit
	for _, h := range res.Hits {
		hits = append(hits, toHit(h))
	}
	return hits
}

var cacheRequests = []Request{
	{Query: "审核"},
	{Query: "千百丽"},
	{Query: "镍", Size: 20},
	{Query: `"公布排放情况"`},
	{Query: "COD", Filters: map[string][]string{"type": {"enterprise"}}},
	{Query: "东莞市 印染", From: 2},
	{Query: "印染", Filters: map[string][]string{"level": {"国控", "省控"}, "type": {"enterprise"}}, Size: 50},
	{Query: "dyeing", Lang: LangEn},
	{Query: "千百丽", Lang: LangEn},
	{Query: "Foshan cotton", Lang: LangEn, Filters: map[string][]string{"type": {"enterprise"}}},
}

// TestPageLocationsGiveTheSameHits: snippets from locations found on the page alone equal
// those from locations collected during the search, hit by hit, and so do ranks and scores.
func TestPageLocationsGiveTheSameHits(t *testing.T) {
	ix, _ := sharedIndex(t)
	for _, r := range cacheRequests {
		want := searchAllLocations(t, ix, r)
		got, err := ix.search(context.Background(), validated(t, r), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 {
			t.Fatalf("%q finds nothing: the request does not test snippets", r.Query)
		}
		if !reflect.DeepEqual(got.Hits, want) {
			t.Errorf("%q: hits differ\n got %+v\nwant %+v", r.Query, got.Hits, want)
		}
	}
}

// TestCachedResultsEqualFreshOnes: a remembered answer is the answer, requests that differ in
// any part are told apart, and the least recently used entry is the one forgotten.
func TestCachedResultsEqualFreshOnes(t *testing.T) {
	ix, _ := sharedIndex(t)
	for _, r := range cacheRequests {
		fresh, err := ix.search(context.Background(), validated(t, r), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		for range 2 { // the first fills the cache, the second is answered from it
			got, err := ix.Search(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			got.Took, fresh.Took = 0, 0
			if !reflect.DeepEqual(got, fresh) {
				t.Errorf("%q: cached result differs from a fresh search", r.Query)
			}
		}
	}
	keys := map[string]bool{}
	for _, r := range []Request{
		{Query: "印染"}, {Query: "印染", From: 10}, {Query: "印染", Size: 20}, {Query: "印染", FacetSize: -1},
		{Query: "印染", Filters: map[string][]string{"city": {"广州市"}}},
		{Query: "印染", Filters: map[string][]string{"industry": {"广州市"}}},
		{Query: "印染", Filters: map[string][]string{"city": {"广州市", "深圳市"}}},
	} {
		keys[cacheKey(r, features{})] = true
	}
	keys[cacheKey(Request{Query: "印染"}, features{noAliases: true})] = true
	if len(keys) != 8 {
		t.Errorf("%d distinct keys for 8 distinct requests", len(keys))
	}

	c := newResultCache(2)
	c.put("a", Result{Total: 1})
	c.put("b", Result{Total: 2})
	c.get("a")
	c.put("c", Result{Total: 3})
	if _, ok := c.get("b"); ok {
		t.Error("the least recently used entry was kept")
	}
	if r, ok := c.get("a"); !ok || r.Total != 1 {
		t.Error("a recently used entry was forgotten")
	}
}

func validated(t *testing.T, r Request) Request {
	t.Helper()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestFlightsShareOneRun: concurrent calls for one key run it once and all get its result.
func TestFlightsShareOneRun(t *testing.T) {
	var f flights
	release := make(chan struct{})
	runs := 0
	var wg sync.WaitGroup
	results := make([]Result, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _ = f.do("k", func() (Result, error) {
				runs++ // only ever one run at a time for a key
				<-release
				return Result{Total: 7}, nil
			})
		}()
	}
	time.Sleep(50 * time.Millisecond) // let every caller join the run under way
	close(release)
	wg.Wait()
	if runs != 1 {
		t.Errorf("%d runs for four concurrent calls", runs)
	}
	for i, r := range results {
		if r.Total != 7 {
			t.Errorf("call %d got %+v", i, r)
		}
	}
}

// TestSearchPastItsDeadlineIsRemembered: a caller whose deadline passes gets ErrTimeout, but
// the search finishes and answers the next caller from the cache.
func TestSearchPastItsDeadlineIsRemembered(t *testing.T) {
	ix, _ := sharedIndex(t)
	r := Request{Query: "废水", Size: 7}
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(time.Nanosecond))
	defer cancel()
	time.Sleep(time.Millisecond)
	// An already expired context is refused at once, before any work.
	if _, err := ix.Search(ctx, r); !errors.Is(err, ErrTimeout) {
		t.Fatalf("expired context: %v", err)
	}
	slow, stop := context.WithCancel(context.Background())
	key := cacheKey(validated(t, r), ix.features)
	res, err := ix.flights.do(key, func() (Result, error) {
		stop() // the caller gives up while the search is running
		sctx, cancel := context.WithTimeout(context.WithoutCancel(slow), MaxSearchTime)
		defer cancel()
		res, err := ix.search(sctx, validated(t, r), time.Now())
		if err == nil {
			ix.cache.put(key, res)
		}
		return res, err
	})
	if err != nil || res.Total == 0 {
		t.Fatalf("the search did not finish after its caller gave up: %v", err)
	}
	if _, ok := ix.cache.get(key); !ok {
		t.Error("the finished search was not remembered")
	}
}

// TestRankingsGiveTheSamePages: pages cut from a remembered ranking equal pages searched on
// their own, including pages beyond the ranking window and after a shallower ranking was remembered.
func TestRankingsGiveTheSamePages(t *testing.T) {
	sharedIndex(t)
	fresh, err := Open(filepath.Join(shared.dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	plain, err := Open(filepath.Join(shared.dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	fresh.cache = nil
	fresh.rankWindow = 15 // the fixture's pages go deeper than this, not than RankWindow
	plain.cache, plain.rankings = nil, nil
	filters := map[string][]string{"type": {"enterprise"}}
	reqs := []Request{
		{Query: "审核"}, {Query: "审核", From: 10}, {Query: "审核", From: 40, Size: 20},
		{Query: "审核", From: 12}, {Query: "审核", From: MaxWindow - MaxSize, Size: MaxSize},
		{Query: "审核", From: 30, FacetSize: 2}, {Query: "审核", From: 30, FacetSize: -1},
		{Query: "印染", Filters: filters}, {Query: "印染", Filters: filters, From: 20, Size: 5},
		{Filters: filters, From: 100}, {Query: "千百丽", From: 10},
	}
	deep := 0
	for _, r := range reqs {
		want := mustSearch(t, plain, r)
		got := mustSearch(t, fresh, r)
		if got.Total != want.Total || !reflect.DeepEqual(got.Hits, want.Hits) || !reflect.DeepEqual(got.Facets, want.Facets) {
			t.Errorf("%+v: the page cut from the ranking differs from the page searched alone", r)
		}
		if r.From >= fresh.rankWindow && len(want.Hits) > 0 {
			deep++
		}
	}
	if deep == 0 {
		t.Error("no page beyond the ranking window had hits to compare")
	}
	if n := fresh.rankings.order.Len(); n != 6 {
		t.Errorf("%d rankings remembered, want one per query, filters and facet size (6)", n)
	}
}
