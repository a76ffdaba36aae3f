package index

import (
	"context"
	"encoding/binary"
	"errors"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// facetTable holds every document's facet values in memory, read once when the index is
// opened. bleve counts facets by reading each matching document's doc values and counting
// the terms in maps, which for a word found on 50,000 pages costs more than finding them;
// counting value numbers in arrays costs a few milliseconds. An opened index never changes,
// so the table stays exact.
type facetTable struct {
	values [][]string // per facet (FacetNames order): the distinct values, by value number
	docs   [][]uint32 // per document number: facet<<16 | value number, in visiting order
}

// maxFacetNumbers bounds the distinct values of one facet the table can number.
const maxFacetNumbers = 1 << 16

var errFacetTable = errors.New("the index's document numbers or facet values do not fit the facet table")

// readFacetTable reads the facet values of every document of b.
func readFacetTable(b bleve.Index) (*facetTable, error) {
	adv, err := b.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	all, err := r.DocIDReaderAll()
	if err != nil {
		return nil, err
	}
	defer all.Close()
	dv, err := r.DocValueReader(FacetNames)
	if err != nil {
		return nil, err
	}
	facetOf := make(map[string]uint32, len(FacetNames))
	for i, name := range FacetNames {
		facetOf[name] = uint32(i)
	}
	t := &facetTable{values: make([][]string, len(FacetNames))}
	numbers := make([]map[string]uint32, len(FacetNames))
	for i := range numbers {
		numbers[i] = map[string]uint32{}
	}
	var bad error
	for {
		id, err := all.Next()
		if err != nil {
			return nil, err
		}
		if id == nil {
			break
		}
		doc, ok := docNumber(id)
		if !ok || doc > 1<<32 {
			return nil, errFacetTable
		}
		var vals []uint32
		err = dv.VisitDocValues(id, func(field string, term []byte) {
			f, ok := facetOf[field]
			if !ok {
				return
			}
			n, ok := numbers[f][string(term)]
			if !ok {
				n = uint32(len(t.values[f]))
				if n >= maxFacetNumbers {
					bad = errFacetTable
					return
				}
				numbers[f][string(term)] = n
				t.values[f] = append(t.values[f], string(term))
			}
			vals = append(vals, f<<16|n)
		})
		if err != nil {
			return nil, err
		}
		if bad != nil {
			return nil, bad
		}
		if int(doc) >= len(t.docs) {
			t.docs = slices.Grow(t.docs, int(doc)+1-len(t.docs))[:doc+1]
		}
		t.docs[doc] = vals
	}
	return t, nil
}

// docNumber is the document number inside a scorch index's internal id.
func docNumber(id index.IndexInternalID) (uint64, bool) {
	if len(id) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(id), true
}

// facetCounter counts the facet values of the documents a search matches.
type facetCounter struct {
	t      *facetTable
	counts [][]int // per facet, per value number
	total  []int   // per facet: values counted, for Other
	docs   uint64  // documents counted, to check against the search's total
	failed bool    // a document outside the table: the counts cannot be trusted
}

func (t *facetTable) counter() *facetCounter {
	c := &facetCounter{t: t, counts: make([][]int, len(t.values)), total: make([]int, len(t.values))}
	for i, v := range t.values {
		c.counts[i] = make([]int, len(v))
	}
	return c
}

func (c *facetCounter) add(id index.IndexInternalID) {
	doc, ok := docNumber(id)
	if !ok || doc >= uint64(len(c.t.docs)) {
		c.failed = true
		return
	}
	c.docs++
	for _, v := range c.t.docs[doc] {
		f := v >> 16
		c.counts[f][v&0xffff]++
		c.total[f]++
	}
}

// facets returns up to size values of each facet, as bleve's term facets report them: most
// frequent first, then by value; Other counts the values left out.
func (c *facetCounter) facets(size int) []Facet {
	var out []Facet
	for i, name := range FacetNames {
		var values []FacetValue
		for n, count := range c.counts[i] {
			if count > 0 {
				values = append(values, FacetValue{Value: c.t.values[i][n], Count: count})
			}
		}
		if len(values) == 0 {
			continue
		}
		slices.SortFunc(values, func(a, b FacetValue) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			if a.Value < b.Value {
				return -1
			}
			if a.Value > b.Value {
				return 1
			}
			return 0
		})
		values = values[:min(size, len(values))]
		reported := 0
		for _, v := range values {
			reported += v.Count
		}
		out = append(out, Facet{Name: name, Values: values, Other: c.total[i] - reported})
	}
	return out
}

// countingQuery is a query whose searcher hands every document it matches to a counter on
// its way to bleve's collector, which visits all matches to count them.
type countingQuery struct {
	query.Query
	c *facetCounter
}

func (q countingQuery) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	s, err := q.Query.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	return &countingSearcher{Searcher: s, c: q.c}, nil
}

type countingSearcher struct {
	search.Searcher
	c *facetCounter
}

func (s *countingSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Next(ctx)
	if dm != nil {
		s.c.add(dm.IndexInternalID)
	}
	return dm, err
}

func (s *countingSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	// The collector only calls Next; a caller that skips documents cannot be counted for.
	s.c.failed = true
	return s.Searcher.Advance(ctx, id)
}
