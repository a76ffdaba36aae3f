package index

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Partial matches. A query's words must all be found in a document; when no document holds
// every word ("造纸 中水回用" where the paper mills' pages never say 中水回用), the search
// answers with the documents that hold the most of them instead of nothing: first those
// holding all words but one, then fewer, each tier ranked as usual. The result says so
// (Result.Partial) and names the words found and not found, and each hit names the words it
// holds. A word found in no document at all is what a spelling suggestion looks at.

// partialKey marks the ranking of a partial search in the rankings cache, apart from the
// (empty) ranking of the same request's full search. It holds a NUL, which no query keeps.
const partialKey = "\x00partial\x00"

// clauseQueries returns the clauses that have something searchable in them, each with its
// query, as build would combine them.
func (b queryBuilder) clauseQueries(clauses []Clause) ([]Clause, []query.Query) {
	var cs []Clause
	var qs []query.Query
	for _, c := range joinAlias(clauses) {
		if q := b.clause(c); q != nil {
			cs = append(cs, c)
			qs = append(qs, q)
		}
	}
	return cs, qs
}

// partialPlan is what a partial search found out about the query's words.
type partialPlan struct {
	clauses []Clause      // the searchable clauses, in query order
	queries []query.Query // their queries
	found   []bool        // whether some document (within the filters) holds each
}

func (p *partialPlan) words(found bool) []string {
	var out []string
	for i, c := range p.clauses {
		if p.found[i] == found {
			out = append(out, c.Text)
		}
	}
	return out
}

// partialRank ranks the documents holding the most of the query's words, once the search
// for all of them found nothing. The ranking is nil when no word is found in any document,
// and when the query has a single word (which the search found nowhere).
func (ix *Index) partialRank(ctx context.Context, r Request, b queryBuilder, clauses []Clause, filters query.Query, facetSize int) (*partialPlan, *ranking, error) {
	cs, qs := b.clauseQueries(clauses)
	p := &partialPlan{clauses: cs, queries: qs, found: make([]bool, len(cs))}
	if len(cs) < 2 {
		return p, nil, nil
	}
	var alts []query.Query
	for i, q := range qs {
		n, err := ix.count(ctx, withFilters(q, filters))
		if err != nil {
			return nil, nil, err
		}
		if p.found[i] = n > 0; p.found[i] {
			alts = append(alts, tierQuery{Query: q, n: len(cs)})
		}
	}
	if len(alts) == 0 || ix.features.noPartial {
		return p, nil, nil
	}
	key := r
	key.Query = partialKey + r.Query
	rk, err := ix.rank(ctx, key, withFilters(query.NewDisjunctionQuery(alts), filters), facetSize)
	return p, rk, err
}

// matchedWords fills in the words each hit of a partial search holds.
func (ix *Index) matchedWords(ctx context.Context, p *partialPlan, hits []Hit) error {
	if len(hits) == 0 {
		return nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.URL
	}
	holds := make(map[string][]string, len(hits))
	for i, q := range p.queries {
		if !p.found[i] {
			continue
		}
		req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery(ids), q}), len(ids), 0, false)
		res, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			holds[h.ID] = append(holds[h.ID], p.clauses[i].Text)
		}
	}
	for i := range hits {
		hits[i].Matched = holds[hits[i].URL]
	}
	return nil
}

// count returns how many documents q matches.
func (ix *Index) count(ctx context.Context, q query.Query) (uint64, error) {
	res, err := ix.bleve.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 0, 0, false))
	if err != nil {
		return 0, err
	}
	return res.Total, nil
}

func withFilters(q, filters query.Query) query.Query {
	if filters == nil {
		return q
	}
	return query.NewConjunctionQuery([]query.Query{q, filters})
}

// tierQuery is one clause of a partial search. Every document it matches scores 1 plus its
// own score squeezed below 1/(2n), n being the number of clauses: a disjunction adds its
// clauses' scores and multiplies the sum by the share of clauses matched, so a document
// holding c clauses scores between c²/n and (c+½)·c/n, and one holding more clauses always
// ranks higher. Within a tier the order is the clauses' own.
type tierQuery struct {
	query.Query
	n int
}

func (q tierQuery) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	s, err := q.Query.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	return &tierSearcher{Searcher: s, n: float64(max(q.n, 1))}, nil
}

type tierSearcher struct {
	search.Searcher
	n float64
}

func (s *tierSearcher) tier(dm *search.DocumentMatch) {
	if dm != nil {
		x := max(dm.Score, 0)
		dm.Score = 1 + x/(x+1)/(2*s.n)
	}
}

func (s *tierSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Next(ctx)
	s.tier(dm)
	return dm, err
}

func (s *tierSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Advance(ctx, id)
	s.tier(dm)
	return dm, err
}
