package index

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"cpportal/search/contract"
)

// Limits on one search request.
const (
	MaxSize         = 50   // hits per page
	MaxWindow       = 1000 // From+Size: results deeper than this are not served
	MaxFilterValues = 10   // values per facet filter
	MaxFilterRunes  = 100  // length of one filter value
	DefaultSize     = 10
	FacetSize       = 30 // values reported per facet
)

// Request is one search: what the user typed, facet filters and a page of results.
type Request struct {
	Query string
	// Filters keep only documents having one of the given values for each named facet
	// (values of one facet are alternatives; different facets must all match).
	Filters map[string][]string
	From    int // offset of the first hit
	Size    int // hits to return; 0 means DefaultSize
	// FacetSize is how many values each facet reports (0: FacetSize; <0: no facets).
	FacetSize int
	// Lang is the language of the pages searched: zh (the default, "") or en. A search
	// never answers with pages of another language, and its facets, partial matches and
	// suggestions count only pages of its own.
	Lang string
}

// Result is one page of hits with the facet counts of all matching documents.
type Result struct {
	Total  uint64
	Hits   []Hit
	Facets []Facet // in FacetNames order; empty facets are left out
	Took   time.Duration

	// Partial is set when no document holds every word of the query and the hits are the
	// documents holding the most of them (see partial.go). Matched and Unmatched name the
	// words some document holds and those none holds; both are set only when not every word
	// could be found together.
	Partial   bool
	Matched   []string
	Unmatched []string
	// Suggestion is the query with the words found nowhere corrected to close words the
	// index holds ("did you mean"), "" when there is none (see suggest.go).
	Suggestion string
}

// Hit is one matching document.
type Hit struct {
	URL   string
	Title string
	Type  string
	// Snippet is HTML: the text around the matches, escaped, with matches in <mark>.
	Snippet string
	Score   float64
	Fields  Fields
	Matched []string // the query's words the document holds, for a partial result
}

// Fields are the stored record key, language and facet values of a hit. In JSON they are
// one object keyed by the contract's names (fields.go).
type Fields struct {
	ID       string
	Lang     string
	City     []string
	Industry []string
	Level    []string
	Year     []string
	Reason   []string
	Overdue  []string
	County   []string // enterprises: the county or district
	Status   []string // enterprises: contract.Statuses that apply now
}

// Facet is the count of matching documents per value of one facet.
type Facet struct {
	Name   string
	Values []FacetValue
	Other  int // matching documents whose value is beyond the reported ones
}

// FacetValue is one value and how many matching documents have it.
type FacetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// RequestError is a request that cannot be answered as asked. Status is the HTTP status a
// server should answer with (400 or 413).
type RequestError struct {
	Status  int
	Code    string
	Message string
}

func (e *RequestError) Error() string { return e.Message }

// ErrTimeout means the search did not finish within its context's deadline.
var ErrTimeout = errors.New("the search took longer than its time budget")

var storedFields = append([]string{fieldURL, fieldType, fieldTitle, fieldBody, fieldTitleEn, fieldBodyEn, fieldID, fieldLang},
	contract.Stored...)

// Validate checks a request against the limits and fills in defaults.
func (r *Request) Validate() error {
	bad := func(code, format string, args ...any) error {
		return &RequestError{Status: 400, Code: code, Message: fmt.Sprintf(format, args...)}
	}
	if r.Size == 0 {
		r.Size = DefaultSize
	}
	if r.Lang == "" {
		r.Lang = LangZh
	}
	if !contains(Langs, r.Lang) {
		return bad("invalid_lang", "lang must be one of %s", strings.Join(Langs, ", "))
	}
	if r.Size < 1 || r.Size > MaxSize {
		return bad("invalid_size", "size must be between 1 and %d", MaxSize)
	}
	if r.From < 0 {
		return bad("invalid_page", "the offset must not be negative")
	}
	if r.From+r.Size > MaxWindow {
		return bad("page_too_deep", "only the first %d results can be paged through; refine the query", MaxWindow)
	}
	for name, values := range r.Filters {
		if !isFacet(name) {
			return bad("invalid_filter", "%q is not a facet", name)
		}
		if len(values) > MaxFilterValues {
			return bad("invalid_filter", "at most %d values per filter", MaxFilterValues)
		}
		for _, v := range values {
			if v == "" || len([]rune(v)) > MaxFilterRunes || clean(v, MaxFilterRunes) != v {
				return bad("invalid_filter", "a %s filter value is empty, too long or contains control characters", name)
			}
		}
	}
	return nil
}

func isFacet(name string) bool {
	for _, f := range FacetNames {
		if f == name {
			return true
		}
	}
	return false
}

// Search runs a request. A request over a limit returns a *RequestError; a search whose ctx
// ended before it finished returns an error wrapping ErrTimeout. The latest CacheEntries
// distinct results are remembered and answered again at once, and concurrent searches for
// the same request share one run; callers must not modify a Result's slices.
func (ix *Index) Search(ctx context.Context, r Request) (Result, error) {
	start := time.Now()
	if err := r.Validate(); err != nil {
		return Result{}, err
	}
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrTimeout, err)
	}
	if ix.cache == nil {
		return ix.guarded(func() (Result, error) { return ix.search(ctx, r, start) })
	}
	key := cacheKey(r, ix.features)
	if res, ok := ix.cache.get(key); ok {
		res.Took = time.Since(start)
		return res, nil
	}
	// The search is not cut short when ctx ends: it finishes (within MaxSearchTime) and is
	// remembered, and this call returns when it has. A caller that must answer sooner does
	// not wait for Search (the server answers at its deadline and lets Search finish).
	res, err := ix.flights.do(key, func() (Result, error) {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), MaxSearchTime)
		defer cancel()
		res, err := ix.guarded(func() (Result, error) { return ix.search(sctx, r, start) })
		if err == nil {
			ix.cache.put(key, res)
		}
		return res, err
	})
	if err == nil && ctx.Err() != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrTimeout, ctx.Err())
	}
	res.Took = time.Since(start)
	return res, err
}

// search runs a validated request against the index.
func (ix *Index) search(ctx context.Context, r Request, start time.Time) (Result, error) {
	clauses, err := ParseQuery(r.Query)
	if err != nil {
		return Result{}, err
	}
	english := r.Lang == LangEn
	b := queryBuilder{m: ix.bleve.Mapping(), features: ix.features, english: english}
	text := b.build(clauses)
	filters := filterQuery(r.Filters)
	var q query.Query
	switch {
	case text == nil && len(clauses) > 0:
		// Only punctuation was typed: nothing can match.
		return Result{Took: time.Since(start)}, nil
	case text == nil && filters == nil:
		return Result{}, &RequestError{Status: 400, Code: "missing_query", Message: "type something to search for, or choose a filter"}
	}
	// Every query, and the counts, partial matches and suggestions made from it, keeps to
	// the pages of the request's language.
	filters = withFilters(langQuery(r.Lang), filters)
	switch {
	case text == nil:
		q = filters
	case filters == nil:
		q = text
	default:
		q = query.NewConjunctionQuery([]query.Query{text, filters})
	}

	facetSize := r.FacetSize
	if facetSize == 0 {
		facetSize = FacetSize
	}
	rk, err := ix.rank(ctx, r, q, facetSize)
	var plan *partialPlan
	if err == nil && rk.total == 0 && text != nil {
		var partial *ranking
		if plan, partial, err = ix.partialRank(ctx, r, b, clauses, filters, facetSize); partial != nil {
			rk = partial
		}
	}
	var hits search.DocumentMatchCollection
	if err == nil {
		from, to := min(r.From, len(rk.ids)), min(r.From+r.Size, len(rk.ids))
		hits, err = ix.page(ctx, rk.ids[from:to], rk.scores[from:to])
	}
	if err == nil && text != nil && len(hits) > 0 {
		// Snippets mark whole words and phrases, not each bigram of a word found anywhere:
		// the page's matches are located with the words checked as phrases, in the body
		// fields snippets are cut from.
		exact := ix.features
		exact.exactWords = true
		err = ix.locate(ctx, queryBuilder{m: ix.bleve.Mapping(), features: exact, bodyOnly: true, english: english}.build(clauses), hits)
	}
	if err != nil {
		if ctx.Err() != nil {
			return Result{}, fmt.Errorf("%w: %v", ErrTimeout, ctx.Err())
		}
		return Result{}, err
	}
	out := Result{Total: rk.total, Hits: make([]Hit, 0, len(hits)), Facets: rk.facets}
	for _, h := range hits {
		out.Hits = append(out.Hits, toHit(h))
	}
	if plan != nil {
		out.Partial = rk.total > 0
		out.Matched, out.Unmatched = plan.words(true), plan.words(false)
		if err := ix.matchedWords(ctx, plan, out.Hits); err != nil {
			if ctx.Err() != nil {
				return Result{}, fmt.Errorf("%w: %v", ErrTimeout, ctx.Err())
			}
			return Result{}, err
		}
		if len(out.Unmatched) > 0 {
			out.Suggestion = ix.suggestion(ctx, plan, b, filters)
		}
	}
	out.Took = time.Since(start)
	return out, nil
}

// idQuery matches the documents with the given ids. It is a term query on bleve's _id field
// for each, not bleve's document-id query, whose searcher reads the segments on goroutines
// of its own, where a memory fault cannot be recovered (see guarded).
func idQuery(ids []string) query.Query {
	terms := make([]query.Query, len(ids))
	for i, id := range ids {
		t := query.NewTermQuery(id)
		t.SetField("_id")
		terms[i] = t
	}
	return query.NewDisjunctionQuery(terms)
}

// filterQuery requires, for each facet filtered on, one of its values.
func filterQuery(filters map[string][]string) query.Query {
	var musts []query.Query
	for _, name := range FacetNames { // fixed order: the same request builds the same query
		values := filters[name]
		if len(values) == 0 {
			continue
		}
		var alts []query.Query
		for _, v := range values {
			t := query.NewTermQuery(v)
			t.SetField(name)
			alts = append(alts, t)
		}
		var one query.Query = alts[0]
		if len(alts) > 1 {
			one = query.NewDisjunctionQuery(alts)
		}
		// Filters select; they must not change the ranking.
		musts = append(musts, scoreless(one))
	}
	switch len(musts) {
	case 0:
		return nil
	case 1:
		return musts[0]
	}
	return query.NewConjunctionQuery(musts)
}

// langQuery keeps the documents of one language.
func langQuery(lang string) query.Query {
	t := query.NewTermQuery(lang)
	t.SetField(fieldLang)
	return scoreless(t)
}

func scoreless(q query.Query) query.Query {
	if b, ok := q.(query.BoostableQuery); ok {
		b.SetBoost(0.0001)
	}
	return q
}

func toHit(h *search.DocumentMatch) Hit {
	str := func(name string) string {
		switch v := h.Fields[name].(type) {
		case string:
			return v
		case []any:
			if len(v) > 0 {
				s, _ := v[0].(string)
				return s
			}
		}
		return ""
	}
	strs := func(name string) []string {
		switch v := h.Fields[name].(type) {
		case string:
			return []string{v}
		case []any:
			out := make([]string, 0, len(v))
			for _, x := range v {
				if s, ok := x.(string); ok {
					out = append(out, s)
				}
			}
			return out
		}
		return nil
	}
	title, body, bodyFields := str(fieldTitle), str(fieldBody), []string{fieldBody, fieldBodyUni}
	if str(fieldLang) == LangEn {
		title, body, bodyFields = str(fieldTitleEn), str(fieldBodyEn), []string{fieldBodyEn}
	}
	return Hit{
		URL:     h.ID,
		Title:   title,
		Type:    str(fieldType),
		Score:   h.Score,
		Snippet: snippet(body, matchRanges(h.Locations, bodyFields...), SnippetRunes),
		Fields:  fieldsOf(str(fieldID), str(fieldLang), strs),
	}
}
