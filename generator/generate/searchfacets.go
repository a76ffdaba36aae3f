package generate

import (
	"strings"

	"cpportal/search/contract"
)

// search is a page's search parameters in its front matter, keyed by the names of the search
// contract (search/contract): the document type, the record key and the facets that apply,
// several values joined by contract.Separator. The theme writes each as the data-search-*
// attribute data/search.json names for it. Empty values are left out.
type search map[string]string

// searchOf starts the parameters of a page of type typ with record key id ("" for none).
func searchOf(typ, id string) search {
	s := search{contract.FacetType: typ}
	return s.with(contract.FieldID, id)
}

// with sets a facet to values, joined; nothing when they are all empty.
func (s search) with(facet string, values ...string) search {
	if v := strings.Join(values, contract.Separator); v != "" {
		s[facet] = v
	}
	return s
}

// writeSearchContract writes data/search.json, the contract's names as the theme reads them.
func (g *generator) writeSearchContract() error {
	return g.out.json("data/search.json", contract.ThemeData())
}
