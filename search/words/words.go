package words

import (
	"cpportal/domain"
	"cpportal/search/contract"
	"cpportal/themes"
)

// searchText maps the keys of contract.Words.Text to the theme's i18n keys they come from.
var searchText = map[string]string{
	"filters": "search_filters", "remove_filter": "search_remove_filter", "facets_label": "search_facets_label",
	"none": "search_none", "colon": "search_colon", "pages_label": "pager_label", "prev": "pager_prev", "next": "pager_next",
	"heading": "search_heading", "heading_one": "search_heading_one",
	"heading_query": "search_heading_query", "heading_query_one": "search_heading_query_one",
	"partial": "search_partial", "not_found": "search_not_found", "missing": "search_missing", "suggest": "search_suggest",
	"quote_open": "search_quote_open", "quote_sep": "search_quote_sep", "quote_close": "search_quote_close",
	"instant_label": "search_instant_label", "instant_all": "search_instant_all", "instant_all_one": "search_instant_all_one",
	"instant_found": "search_instant_found", "instant_found_one": "search_instant_found_one", "instant_none": "search_instant_none",
}

// statusLook is how a status badge looks, as on the site's lists: its class and symbol.
var statusLook = map[string][2]string{
	contract.StatusOverdue: {"badge-overdue", "✖"}, contract.StatusExceeding: {"badge-overdue", "▲"},
	contract.StatusUndisclosed: {"badge-warn", "○"}, contract.StatusRectification: {"badge-overdue", "⚠"},
}

// EnglishNames are the English names of published values by facet and published name
// (city → 佛山市 → Foshan), for the labels of facet values on English results pages.
type EnglishNames map[string]map[string]string

// defaultLang is the theme's default language, whose strings stand in for those another
// language lacks (as Hugo's i18n does).
const defaultLang = contract.LangZh

// Of returns the search's words in lang (contract.Words), from the theme's i18n files; names
// gives the English names of published values, labelled as search_named says.
func Of(lang string, names EnglishNames) (contract.Words, error) {
	strs, err := themes.Strings(lang)
	if err != nil {
		return contract.Words{}, err
	}
	fallback := strs
	if lang != defaultLang {
		if fallback, err = themes.Strings(defaultLang); err != nil {
			return contract.Words{}, err
		}
	}
	raw := func(key string) string {
		if s, ok := strs[key]; ok {
			return s
		}
		if s, ok := fallback[key]; ok {
			return s
		}
		return key
	}
	w := contract.Words{Lang: lang, Text: map[string]string{}, Facets: map[string]string{},
		Values: map[string]map[string]string{}, Badges: map[string]contract.Badge{}, TypeFacet: contract.FacetType, StatusFacet: contract.FacetStatus}
	for k, key := range searchText {
		w.Text[k] = raw(key)
	}
	for _, f := range contract.Facets {
		w.Facets[f] = raw("search_facet_" + f)
	}
	label := func(facet, value, text string) {
		if text == value {
			return
		}
		if w.Values[facet] == nil {
			w.Values[facet] = map[string]string{}
		}
		w.Values[facet][value] = text
	}
	for _, typ := range contract.Types {
		label(contract.FacetType, typ, raw("search_type_"+typ))
	}
	for _, v := range []string{"true", "false"} {
		label(contract.FacetOverdue, v, raw("search_overdue_"+v))
	}
	for _, s := range contract.Statuses {
		label(contract.FacetStatus, s, raw("status_filter_"+s))
		look := statusLook[s]
		w.Badges[s] = contract.Badge{Class: look[0], Symbol: look[1], Label: raw("status_filter_" + s), Short: raw("search_instant_status_" + s)}
	}
	for _, l := range domain.ControlLevels {
		label(contract.FacetLevel, string(l), raw("level_"+l.Slug()))
	}
	for _, r := range domain.Reasons {
		label(contract.FacetReason, string(r), raw("reason_"+string(r)))
	}
	named := raw("search_named")
	for facet, byName := range names {
		for published, name := range byName {
			if name != "" {
				label(facet, published, contract.Fill(named, "name", name, "published", published))
			}
		}
	}
	return w, nil
}
