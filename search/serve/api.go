package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"cpportal/search/index"
)

// apiResponse is the JSON answer of /api/search.
type apiResponse struct {
	Query  string                        `json:"query"`
	Total  uint64                        `json:"total"`
	TookMS float64                       `json:"took_ms"`
	Page   int                           `json:"page"`
	Size   int                           `json:"size"`
	Hits   []apiHit                      `json:"hits"`
	Facets map[string][]index.FacetValue `json:"facets"`
	// Partial: no document holds every word; the hits hold the most of them. Matched and
	// Unmatched name the words found and not found when not every word was found together.
	Partial   bool     `json:"partial"`
	Matched   []string `json:"matched,omitempty"`
	Unmatched []string `json:"unmatched,omitempty"`
	// Suggestion is the query with the words found nowhere corrected ("did you mean").
	Suggestion string `json:"suggestion,omitempty"`
}

type apiHit struct {
	URL     string       `json:"url"`
	Title   string       `json:"title"`
	Type    string       `json:"type"`
	Snippet string       `json:"snippet"` // HTML: escaped text with <mark> around matches
	Fields  index.Fields `json:"fields"`
	Matched []string     `json:"matched,omitempty"` // the query's words a partial hit holds
}

type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func (s *Server) handleAPI(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r) {
		writeError(w, r, &apiError{Status: http.StatusMethodNotAllowed, Code: "method_not_allowed", Message: "use GET"})
		return
	}
	p, perr := s.parseParams(r)
	if perr != nil {
		writeError(w, r, perr)
		return
	}
	start := time.Now()
	res, err := s.search(r.Context(), p)
	if err != nil {
		writeError(w, r, err)
		return
	}
	out := apiResponse{Query: p.Query, Total: res.Total, Page: p.Page, Size: p.Size,
		Hits: make([]apiHit, 0, len(res.Hits)), Facets: map[string][]index.FacetValue{},
		Partial: res.Partial, Matched: res.Matched, Unmatched: res.Unmatched, Suggestion: res.Suggestion}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, apiHit{URL: h.URL, Title: h.Title, Type: h.Type, Snippet: h.Snippet, Fields: h.Fields, Matched: h.Matched})
	}
	for _, f := range res.Facets {
		out.Facets[f.Name] = f.Values
	}
	out.TookMS = float64(time.Since(start).Microseconds()) / 1000
	w.Header().Set("Cache-Control", "no-cache")
	writeJSON(w, r, http.StatusOK, out)
}

// search runs one search within the limits: a free slot among MaxConcurrent (waiting at most
// QueueWait), the time budget, and the current index.
func (s *Server) search(ctx context.Context, p params) (index.Result, *apiError) {
	if p.empty() {
		return index.Result{}, &apiError{Status: http.StatusBadRequest, Code: "missing_query", Message: "type something to search for, or choose a filter"}
	}
	if !s.enter(ctx) {
		return index.Result{}, &apiError{Status: http.StatusServiceUnavailable, Code: "busy", Message: "the search is busy; try again in a moment"}
	}
	g := s.acquire()
	if g.ix == nil || g.ix.Damaged() {
		g.release()
		<-s.sem
		return index.Result{}, &apiError{Status: http.StatusServiceUnavailable, Code: "index_unavailable", Message: "search is not available at the moment; the rest of the site works"}
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.SearchTimeout)
	defer cancel()
	// bleve looks at the deadline only between documents, and a phrase over text repeated
	// thousands of times in one document can take far longer than the budget. The answer
	// does not wait for it: the search finishes in the background, keeping its slot and its
	// index until then, so that such searches can fill at most MaxConcurrent slots.
	type outcome struct {
		res index.Result
		err error
	}
	done := make(chan outcome, 1)
	started := time.Now()
	go func() {
		defer func() { <-s.sem }()
		defer g.release()
		res, err := g.ix.Search(ctx, p.request())
		if ctx.Err() != nil && time.Since(started) > 2*s.cfg.SearchTimeout {
			s.log.Printf("search over its time budget finished after %s: %q", time.Since(started).Round(time.Millisecond), p.Query)
		}
		done <- outcome{res, err}
	}()
	var res index.Result
	var err error
	select {
	case o := <-done:
		res, err = o.res, o.err
	case <-ctx.Done():
		err = fmt.Errorf("%w: %v", index.ErrTimeout, ctx.Err())
	}
	if err == nil {
		return res, nil
	}
	var re *index.RequestError
	switch {
	case errors.Is(err, index.ErrDamaged):
		s.indexFaulted(g, err)
		return index.Result{}, &apiError{Status: http.StatusServiceUnavailable, Code: "index_unavailable", Message: "search is not available at the moment; the rest of the site works"}
	case errors.As(err, &re):
		return index.Result{}, &apiError{Status: re.Status, Code: re.Code, Message: re.Message}
	case errors.Is(err, index.ErrTimeout):
		s.log.Printf("search over its time budget: %q", p.Query)
		return index.Result{}, &apiError{Status: http.StatusServiceUnavailable, Code: "timeout", Message: "the search took too long; try a more specific query"}
	}
	s.log.Printf("search failed: %q: %v", p.Query, err)
	return index.Result{}, &apiError{Status: http.StatusServiceUnavailable, Code: "search_failed", Message: "the search failed; try again later"}
}

// enter takes a search slot, waiting at most QueueWait for one.
func (s *Server) enter(ctx context.Context) bool {
	select {
	case s.sem <- struct{}{}:
		return true
	default:
	}
	wait := time.NewTimer(s.cfg.QueueWait)
	defer wait.Stop()
	select {
	case s.sem <- struct{}{}:
		return true
	case <-wait.C:
	case <-ctx.Done():
	}
	return false
}

func writeError(w http.ResponseWriter, r *http.Request, e *apiError) {
	var body errorBody
	body.Error.Code, body.Error.Message = e.Code, e.Message
	if e.Status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", retryAfter)
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, r, e.Status, body)
}

func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v) // escapes <, > and & as \u003c… so JSON is safe in any context
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(append(b, '\n'))
	}
}

// allowMethods admits GET and HEAD and sets Allow otherwise.
func allowMethods(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	return false
}
