package contract

import (
	"slices"
	"testing"
)

// TestThemeData: the theme gets every stored facet's attribute after the record key's, in
// the order pages write them, and every facet by name.
func TestThemeData(t *testing.T) {
	th := ThemeData()
	if len(th.Attributes) != len(Stored)+1 || th.Attributes[0] != (Attribute{Key: FieldID, Attr: "data-search-id"}) {
		t.Fatalf("attributes %+v", th.Attributes)
	}
	for i, f := range Stored {
		if a := th.Attributes[i+1]; a.Key != f || a.Attr != "data-search-"+f {
			t.Errorf("attribute %d is %+v, want %s", i+1, a, f)
		}
	}
	for _, f := range Facets {
		if th.Facet[f] != f {
			t.Errorf("facet %s is named %q", f, th.Facet[f])
		}
	}
	if !slices.Contains(Facets, FacetType) || len(Stored) != len(Facets)-1 || slices.Contains(Stored, FacetType) {
		t.Errorf("Stored %v should be Facets %v without the type", Stored, Facets)
	}
}

// TestWords: labels fall back to the value, sentences take the form for one where there is
// one, and holes are filled by name.
func TestWords(t *testing.T) {
	w := &Words{
		Text:   map[string]string{"n": "{{ .count }} results for “{{ .query }}”", "n_one": "{{ .count }} result for “{{ .query }}”", "plain": "共 {{.count}} 条"},
		Values: map[string]map[string]string{FacetCity: {"佛山市": "Foshan (佛山市)"}},
	}
	if w.Label(FacetCity, "佛山市") != "Foshan (佛山市)" || w.Label(FacetCity, "广州市") != "广州市" || w.Label(FacetLevel, "国控") != "国控" {
		t.Errorf("labels: %q %q", w.Label(FacetCity, "佛山市"), w.Label(FacetCity, "广州市"))
	}
	if got := w.Say("n", 1, "query", "dye"); got != "1 result for “dye”" {
		t.Errorf("one: %q", got)
	}
	if got := w.Say("n", 2, "query", "dye"); got != "2 results for “dye”" {
		t.Errorf("two: %q", got)
	}
	if got := w.Say("plain", 1); got != "共 1 条" {
		t.Errorf("no form for one: %q", got)
	}
	if got := w.Say("missing", 3); got != "missing" {
		t.Errorf("a missing sentence: %q", got)
	}
	if got := Fill("{{ .a }}-{{ .b }}-{{ .c }}", "a", "1", "b", "2"); got != "1-2-" {
		t.Errorf("fill: %q", got)
	}
}
