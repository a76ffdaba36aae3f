package build

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"cpportal/search/contract"
)

// TestSearchWordsPublished: the build publishes the search's words of each language beside
// its search page; the English ones name every city and industry of the data and the
// sample's counties in English with the published name beside it, the Chinese ones none.
func TestSearchWordsPublished(t *testing.T) {
	dir, _ := sampleBuild(t)
	read := func(rel string) contract.Words {
		t.Helper()
		raw, err := os.ReadFile(filepath.Join(dir, "public", filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		var w contract.Words
		if err := json.Unmarshal(raw, &w); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		return w
	}
	en, zh := read("en/"+contract.WordsFile), read(contract.WordsFile)
	if en.Lang != contract.LangEn || zh.Lang != contract.LangZh {
		t.Fatalf("languages %q and %q", en.Lang, zh.Lang)
	}
	for facet, want := range map[string]map[string]string{
		contract.FacetCity:     {"佛山市": "Foshan (佛山市)", "广州市": "Guangzhou (广州市)"},
		contract.FacetCounty:   {"顺德区": "Shunde District (顺德区)"},
		contract.FacetIndustry: {"棉印染精加工": "Cotton printing and dyeing (棉印染精加工)"},
	} {
		for value, label := range want {
			if got := en.Label(facet, value); got != label {
				t.Errorf("English %s %s: %q, want %q", facet, value, got, label)
			}
			if got := zh.Label(facet, value); got != value {
				t.Errorf("Chinese %s %s: %q", facet, value, got)
			}
		}
	}
	if len(en.Values[contract.FacetCity]) != 21 {
		t.Errorf("English names of %d cities, want the 21 of the sample", len(en.Values[contract.FacetCity]))
	}
}
