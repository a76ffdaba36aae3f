package index

// A query's ranking: its first search ranks the matching documents as deep as readers page and
// counts the facets once; the next pages of the same query are cut from the remembered ranking
// and only their documents are read.

import (
	"context"
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// ranking is what every page of one query shares: the matching documents in order, as deep
// as readers page (the window), their number and the facet counts.
type ranking struct {
	total  uint64
	ids    []string
	scores []float64
	window int // ids holds the first window documents (or all, when fewer match)
	facets []Facet
}

// RankWindow is how deep a query's first search ranks its documents, so that the next pages
// (readers seldom go past the 50th) are cut from it instead of searched again. A page deeper
// than this ranks to MaxWindow.
const RankWindow = 500

// RankEntries is how many rankings an open index remembers (each under 40 kB).
const RankEntries = 1024

// rank orders the documents q matches, or finds the order remembered for the same query,
// filters and facet size.
func (ix *Index) rank(ctx context.Context, r Request, q query.Query, facetSize int) (*ranking, error) {
	need := r.From + r.Size
	window := need
	var key string
	if ix.rankings != nil {
		key = cacheKey(Request{Query: r.Query, Filters: r.Filters, FacetSize: r.FacetSize, Lang: r.Lang}, ix.features)
		if rk, ok := ix.rankings.get(key); ok && rk.window >= need {
			return rk, nil
		}
		window = ix.rankWindow
		if need > window {
			window = MaxWindow
		}
	}
	// Facets are counted from the in-memory table as the matches go by (see facetTable);
	// bleve counts them when the index has no table.
	var counter *facetCounter
	plain := q
	if facetSize > 0 && ix.facets != nil {
		counter = ix.facets.counter()
		q = countingQuery{Query: q, c: counter}
	}
	req := bleve.NewSearchRequestOptions(q, window, 0, false)
	req.SortBy([]string{"-_score", "_id"})
	if facetSize > 0 && counter == nil {
		for _, name := range FacetNames {
			req.AddFacet(name, bleve.NewFacetRequest(name, facetSize))
		}
	}
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err == nil && counter != nil && (counter.failed || counter.docs != res.Total) {
		// Not every match went by the counter: count with bleve instead.
		req.Query = plain
		for _, name := range FacetNames {
			req.AddFacet(name, bleve.NewFacetRequest(name, facetSize))
		}
		counter = nil
		res, err = ix.bleve.SearchInContext(ctx, req)
	}
	if err != nil {
		return nil, err
	}
	rk := &ranking{total: res.Total, window: window, ids: make([]string, len(res.Hits)), scores: make([]float64, len(res.Hits))}
	for i, h := range res.Hits {
		rk.ids[i], rk.scores[i] = h.ID, h.Score
	}
	if counter != nil {
		rk.facets = counter.facets(facetSize)
	}
	for _, name := range FacetNames {
		fr, ok := res.Facets[name]
		if !ok || fr == nil || fr.Terms == nil {
			continue
		}
		f := Facet{Name: name, Other: fr.Other}
		for _, t := range fr.Terms.Terms() {
			f.Values = append(f.Values, FacetValue{Value: t.Term, Count: t.Count})
		}
		sort.SliceStable(f.Values, func(i, j int) bool {
			if f.Values[i].Count != f.Values[j].Count {
				return f.Values[i].Count > f.Values[j].Count
			}
			return f.Values[i].Value < f.Values[j].Value
		})
		if len(f.Values) > 0 {
			rk.facets = append(rk.facets, f)
		}
	}
	if ix.rankings != nil {
		ix.rankings.put(key, rk)
	}
	return rk, nil
}

// page loads the stored fields of one page of ranked documents, in their order.
func (ix *Index) page(ctx context.Context, ids []string, scores []float64) (search.DocumentMatchCollection, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	req := bleve.NewSearchRequestOptions(idQuery(ids), len(ids), 0, false)
	req.Fields = storedFields
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*search.DocumentMatch, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h
	}
	hits := make(search.DocumentMatchCollection, 0, len(ids))
	for i, id := range ids {
		h, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("the search index has no stored document %s", id)
		}
		h.Score = scores[i]
		hits = append(hits, h)
	}
	return hits, nil
}

// locate fills in where the text matched in one page of hits, for their snippets. Asking for
// locations in the search itself would collect them for every matching document (tens of
// thousands for a frequent word) and cost more than the search; a document's match locations
// do not depend on which other documents match, so the text query is run again on the page's
// documents alone.
func (ix *Index) locate(ctx context.Context, text query.Query, hits search.DocumentMatchCollection) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{idQuery(ids), text}), len(ids), 0, false)
	req.IncludeLocations = true
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return err
	}
	byID := make(map[string]search.FieldTermLocationMap, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h.Locations
	}
	for _, h := range hits {
		h.Locations = byID[h.ID]
	}
	return nil
}
