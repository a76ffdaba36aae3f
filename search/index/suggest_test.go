package index

import (
	"context"
	"strings"
	"testing"
)

func TestSuggestions(t *testing.T) {
	ix, _ := sharedIndex(t)
	for _, c := range []struct{ query, want string }{
		{"千百力", "千百丽"},                   // a wrong character in a name
		{"千百丽纺识印染", "千百丽纺织印染"},           // inside a longer name
		{"化学需养量", "化学需氧量"},               // a pollutant written wrong
		{"千百力 技术改造", "千百丽 技术改造"},         // the word found nowhere is corrected, the other kept
		{"千百力 “公布排放情况”", "千百丽 “公布排放情况”"}, // a phrase stays a phrase
		{"钛白粉", ""}, // nothing close
		{"千百丽", ""}, // found: nothing to suggest
	} {
		res, err := ix.Search(context.Background(), Request{Query: c.query})
		if err != nil {
			t.Fatal(err)
		}
		if res.Suggestion != c.want {
			t.Errorf("%q: suggestion %q, want %q", c.query, res.Suggestion, c.want)
		}
		if c.want == "" {
			continue
		}
		again, err := ix.Search(context.Background(), Request{Query: res.Suggestion})
		if err != nil || again.Total == 0 || again.Partial {
			t.Errorf("%q: the suggestion %q finds %d documents (partial %v, %v)", c.query, res.Suggestion, again.Total, again.Partial, err)
		}
	}
}

// TestSuggestionsAreBounded: words no suggestion looks at, and filters that leave the
// correction no document.
func TestSuggestionsAreBounded(t *testing.T) {
	ix, _ := sharedIndex(t)
	for _, q := range []string{
		"千" + strings.Repeat("百力", suggestRunes/2), // longer than suggestRunes
		"千力",  // two characters: too many neighbours to choose from
		"丽纺X", // mixed scripts
	} {
		res, err := ix.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total == 0 && res.Suggestion != "" {
			t.Errorf("%q: suggestion %q, want none", q, res.Suggestion)
		}
	}
	// The correction must be found within the filters: no city page names 千百丽.
	res, err := ix.Search(context.Background(), Request{Query: "千百力", Filters: map[string][]string{"type": {"city"}}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Suggestion != "" {
		t.Errorf("with a filter that leaves it nothing, 千百力 has the suggestion %q", res.Suggestion)
	}
	// At most suggestWords words found nowhere are looked at: 千百力 comes fifth.
	res, err = ix.Search(context.Background(), Request{Query: "钛白粉 氯碱工 苯乙烯 硫酸铵 千百力"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Suggestion != "" {
		t.Errorf("the fifth word found nowhere was corrected: %q", res.Suggestion)
	}
	if got := (&dictionary{}).candidates(strings.Repeat("镍", suggestRunes+1)); got != nil {
		t.Errorf("a word over the limit has candidates %v", got)
	}
}
