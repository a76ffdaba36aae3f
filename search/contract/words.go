package contract

import (
	"regexp"
	"strconv"
	"strings"
)

// WordsFile is where the build writes a language's Words, relative to that language's root
// in the site (the site's root for Chinese, en/ for English): beside its search page.
const WordsFile = "search/words.json"

// Words are the interface words of the search in one language: what the results page and
// the instant results under the header box say, and the English names of published values.
// The build takes them from the theme's i18n files (the only home of interface words) and
// writes them as WordsFile; the server reads them with the site, and search.js fetches them.
type Words struct {
	Lang string `json:"lang"`
	// Text holds the sentences by key (filters, heading, instant_all, …); a "{{ .name }}" in
	// one is a value to fill in (Fill). A key ending in _one is the form for a count of one.
	Text map[string]string `json:"text"`
	// Facets are the facets' labels; Values the labels of facet values, by facet and value,
	// where a label differs from the value (the published Chinese name of a city is its value,
	// its English name the label on English pages).
	Facets map[string]string            `json:"facets"`
	Values map[string]map[string]string `json:"values"`
	// Badges are the statuses' badges, as the site's lists show them.
	Badges map[string]Badge `json:"badges"`
	// TypeFacet and StatusFacet name the facets of a hit's type and of an enterprise's
	// statuses (FacetType, FacetStatus), for the scripts.
	TypeFacet   string `json:"type_facet"`
	StatusFacet string `json:"status_facet"`
}

// Badge is how a status is shown: a class and symbol as the site's lists show them, the
// label of the results page and the shorter one of the instant results.
type Badge struct {
	Class  string `json:"class"`
	Symbol string `json:"symbol"`
	Label  string `json:"label"`
	Short  string `json:"short"`
}

// Label returns the label of a facet value, the value itself when it has none.
func (w *Words) Label(facet, value string) string {
	if l, ok := w.Values[facet][value]; ok {
		return l
	}
	return value
}

// Say returns the sentence key with its values filled in; the _one form when count is 1 and
// the language has one. A missing sentence is the key itself, which shows what is missing.
func (w *Words) Say(key string, count int, values ...string) string {
	s, ok := "", false
	if count == 1 {
		s, ok = w.Text[key+"_one"]
	}
	if !ok {
		if s, ok = w.Text[key]; !ok {
			return key
		}
	}
	return Fill(s, append([]string{"count", strconv.Itoa(count)}, values...)...)
}

// hole is a value to fill in a sentence, as the theme's i18n strings write it.
var hole = regexp.MustCompile(`\{\{-? *\.([A-Za-z_][A-Za-z0-9_]*) *-?\}\}`)

// Fill replaces each {{ .name }} of s by the value that follows name in pairs.
func Fill(s string, pairs ...string) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	return hole.ReplaceAllStringFunc(s, func(h string) string {
		name := hole.FindStringSubmatch(h)[1]
		for i := 0; i+1 < len(pairs); i += 2 {
			if pairs[i] == name {
				return pairs[i+1]
			}
		}
		return ""
	})
}
