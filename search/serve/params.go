package serve

import (
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"unicode/utf8"

	"cpportal/domain"
	"cpportal/search/contract"
	"cpportal/search/index"
)

// params is a search request as received, validated.
type params struct {
	Query   string
	Filters map[string][]string
	Page    int // from 1
	Size    int
	Lang    string // the language of the pages searched: zh or en (index.Langs)

	lang  *resultLang     // the results page's language; nil for the API
	words *contract.Words // the results page's words; nil for the API
}

// apiError is an answer other than results: its status and a stable code for clients.
type apiError struct {
	Status  int
	Code    string
	Message string
}

func (e *apiError) Error() string { return e.Message }

var (
	yearPattern = regexp.MustCompile(`^[0-9]{4}$`)
	bools       = map[string]bool{"true": true, "false": true}
)

// parseParams reads q, lang, the facet filters, page and size. Unknown parameters are ignored.
func (s *Server) parseParams(r *http.Request) (params, *apiError) {
	bad := func(code, msg string) *apiError {
		return &apiError{Status: http.StatusBadRequest, Code: code, Message: msg}
	}
	if len(r.URL.RawQuery) > s.cfg.MaxURLBytes {
		return params{}, &apiError{Status: http.StatusRequestEntityTooLarge, Code: "request_too_large",
			Message: "the query string is longer than " + strconv.Itoa(s.cfg.MaxURLBytes) + " bytes"}
	}
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return params{}, bad("invalid_parameters", "the query string is malformed")
	}
	p := params{Page: 1, Size: index.DefaultSize, Filters: map[string][]string{}, Lang: contract.LangZh}
	for name, values := range v {
		for _, value := range values {
			if !utf8.ValidString(value) {
				return params{}, bad("invalid_encoding", "parameter "+strconv.Quote(name)+" is not valid UTF-8")
			}
		}
	}
	if qs := v["q"]; len(qs) > 1 {
		return params{}, bad("invalid_query", "give q once")
	} else if len(qs) == 1 {
		p.Query = qs[0]
	}
	if n := utf8.RuneCountInString(p.Query); n > s.cfg.MaxQueryRunes {
		return params{}, &apiError{Status: http.StatusRequestEntityTooLarge, Code: "query_too_long",
			Message: "the query is longer than " + strconv.Itoa(s.cfg.MaxQueryRunes) + " characters"}
	}
	if ls := v["lang"]; len(ls) > 1 || (len(ls) == 1 && !contains(contract.Langs, ls[0])) {
		return params{}, bad("invalid_lang", "lang must be zh or en, given once")
	} else if len(ls) == 1 {
		p.Lang = ls[0]
	}
	intParam := func(name string, def, lo, hi int) (int, *apiError) {
		vs := v[name]
		if len(vs) == 0 || vs[0] == "" {
			return def, nil
		}
		n, err := strconv.Atoi(vs[0])
		if len(vs) > 1 || err != nil || n < lo || n > hi {
			return 0, bad("invalid_"+name, name+" must be a whole number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi))
		}
		return n, nil
	}
	var e *apiError
	if p.Size, e = intParam("size", index.DefaultSize, 1, index.MaxSize); e != nil {
		return params{}, e
	}
	maxPage := index.MaxWindow / p.Size
	if p.Page, e = intParam("page", 1, 1, 1<<30); e != nil {
		return params{}, e
	}
	if p.Page > maxPage {
		return params{}, bad("page_too_deep", "only the first "+strconv.Itoa(index.MaxWindow)+
			" results can be paged through (page "+strconv.Itoa(maxPage)+" at this size); refine the query")
	}
	for _, name := range contract.Facets {
		values := v[name]
		if len(values) > index.MaxFilterValues {
			return params{}, bad("invalid_filter", "at most "+strconv.Itoa(index.MaxFilterValues)+" values for "+name)
		}
		for _, value := range values {
			if value == "" {
				continue
			}
			ok := true
			switch name {
			case contract.FacetType:
				ok = contains(contract.Types, value)
			case contract.FacetLevel:
				ok = domain.ControlLevel(value).Valid()
			case contract.FacetYear:
				ok = yearPattern.MatchString(value)
			case contract.FacetOverdue:
				ok = bools[value]
			case contract.FacetStatus:
				ok = contains(contract.Statuses, value)
			default:
				ok = utf8.RuneCountInString(value) <= index.MaxFilterRunes
			}
			if !ok {
				return params{}, bad("invalid_filter", "invalid value for "+name)
			}
			if !contains(p.Filters[name], value) {
				p.Filters[name] = append(p.Filters[name], value)
			}
		}
	}
	return p, nil
}

// request is the index request for these parameters.
func (p params) request() index.Request {
	lang := p.Lang
	if p.lang != nil {
		lang = p.lang.code // a results page searches the pages of its own language
	}
	return index.Request{Query: p.Query, Filters: p.Filters, From: (p.Page - 1) * p.Size, Size: p.Size, Lang: lang}
}

// empty reports whether there is nothing to search for.
func (p params) empty() bool {
	if p.Query != "" {
		return false
	}
	for _, vs := range p.Filters {
		if len(vs) > 0 {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
