package words

import (
	"testing"

	"cpportal/domain"
	"cpportal/search/contract"
	"cpportal/themes"
)

// TestSearchWords: the search's words come from the theme's i18n files, in each language;
// English names become labels with the published name beside them on English pages only, and
// every facet, type and status has words.
func TestOf(t *testing.T) {
	names := EnglishNames{contract.FacetCity: {"佛山市": "Foshan"}, contract.FacetCounty: {"顺德区": "Shunde District", "某某镇": ""}}
	en, err := Of(contract.LangEn, names)
	if err != nil {
		t.Fatal(err)
	}
	zh, err := Of(contract.LangZh, names)
	if err != nil {
		t.Fatal(err)
	}
	enT, zhT := mustStrings(t, contract.LangEn), mustStrings(t, contract.LangZh)
	if got := en.Label(contract.FacetCity, "佛山市"); got != "Foshan (佛山市)" {
		t.Errorf("English label of 佛山市: %q", got)
	}
	if got := en.Label(contract.FacetCounty, "顺德区"); got != "Shunde District (顺德区)" {
		t.Errorf("English label of 顺德区: %q", got)
	}
	if got := en.Label(contract.FacetCounty, "某某镇"); got != "某某镇" {
		t.Errorf("a value without an English name: %q", got)
	}
	if got := zh.Label(contract.FacetCity, "佛山市"); got != "佛山市" {
		t.Errorf("Chinese label of 佛山市: %q", got)
	}
	if got := en.Label(contract.FacetLevel, "国控"); got != enT["level_state"] {
		t.Errorf("English label of 国控: %q", got)
	}
	for _, r := range domain.Reasons {
		if got := en.Label(contract.FacetReason, string(r)); got != enT["reason_"+string(r)] || got == string(r) {
			t.Errorf("English label of the reason %s: %q", r, got)
		}
		if got := zh.Label(contract.FacetReason, string(r)); got != string(r) {
			t.Errorf("Chinese label of the reason %s: %q", r, got)
		}
	}
	if got := en.Say("heading_query", 1, "query", "dyeing"); got != "1 result for “dyeing”" {
		t.Errorf("English heading for one: %q", got)
	}
	if got := zh.Say("heading_query", 3, "query", "印染"); got != "“印染”：共 3 条结果" {
		t.Errorf("Chinese heading: %q", got)
	}
	for _, w := range []*contract.Words{&en, &zh} {
		tx := zhT
		if w.Lang == contract.LangEn {
			tx = enT
		}
		for _, f := range contract.Facets {
			if w.Facets[f] != tx["search_facet_"+f] || w.Facets[f] == "" {
				t.Errorf("%s: facet %s is labelled %q", w.Lang, f, w.Facets[f])
			}
		}
		for _, typ := range contract.Types {
			if w.Label(contract.FacetType, typ) != tx["search_type_"+typ] {
				t.Errorf("%s: type %s is labelled %q", w.Lang, typ, w.Label(contract.FacetType, typ))
			}
		}
		for _, s := range contract.Statuses {
			b := w.Badges[s]
			if b.Class == "" || b.Symbol == "" || b.Label != tx["status_filter_"+s] || b.Short != tx["search_instant_status_"+s] {
				t.Errorf("%s: badge of %s: %+v", w.Lang, s, b)
			}
		}
		for k, key := range searchText {
			if _, ok := tx[key]; !ok || w.Text[k] == "" {
				t.Errorf("%s: text %s (i18n %s) is missing", w.Lang, k, key)
			}
		}
	}
}

func mustStrings(t *testing.T, lang string) map[string]string {
	t.Helper()
	strs, err := themes.Strings(lang)
	if err != nil {
		t.Fatal(err)
	}
	return strs
}
