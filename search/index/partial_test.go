package index

import (
	"context"
	"slices"
	"testing"
)

func TestPartialMatchesRankByWordsHeld(t *testing.T) {
	ix, _ := sharedIndex(t)
	// 钛白粉 is on no page; 中水回用 is the technology of some case studies, and every case
	// study is a 技术改造.
	res, err := ix.Search(context.Background(), Request{Query: "中水回用 技术改造 钛白粉", Size: 50})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Partial || res.Total == 0 {
		t.Fatalf("partial %v, %d hits: want the documents holding some of the words", res.Partial, res.Total)
	}
	if !slices.Equal(res.Matched, []string{"中水回用", "技术改造"}) || !slices.Equal(res.Unmatched, []string{"钛白粉"}) {
		t.Errorf("matched %q, unmatched %q", res.Matched, res.Unmatched)
	}
	prev := 3
	both := 0
	for _, h := range res.Hits {
		n := len(h.Matched)
		if n == 0 || slices.Contains(h.Matched, "钛白粉") {
			t.Errorf("%s holds %q", h.URL, h.Matched)
		}
		if n > prev {
			t.Errorf("%s holds %d words after a hit holding %d: more words must rank first", h.URL, n, prev)
		}
		prev = n
		if n == 2 {
			both++
		}
	}
	if both == 0 {
		t.Errorf("no hit holds both 中水回用 and 技术改造; the fixture has such cases")
	}
	for _, h := range res.Hits {
		one, err := ix.Search(context.Background(), Request{Query: h.Matched[0], Size: MaxSize, FacetSize: -1})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(one.Hits, func(x Hit) bool { return x.URL == h.URL }) && one.Total <= MaxSize {
			t.Errorf("%s is said to hold %s, which does not find it", h.URL, h.Matched[0])
		}
	}
}

func TestFullMatchesAreNotPartial(t *testing.T) {
	ix, _ := sharedIndex(t)
	res, err := ix.Search(context.Background(), Request{Query: "中水回用 技术改造"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Partial || res.Matched != nil || res.Unmatched != nil || res.Total == 0 {
		t.Errorf("a query every word of which is found together: partial %v, matched %q, unmatched %q, %d hits",
			res.Partial, res.Matched, res.Unmatched, res.Total)
	}
	for _, h := range res.Hits {
		if h.Matched != nil {
			t.Errorf("%s names matched words in a full result", h.URL)
		}
	}
}

func TestNothingFoundNamesTheWords(t *testing.T) {
	ix, _ := sharedIndex(t)
	res, err := ix.Search(context.Background(), Request{Query: "钛白粉 氯碱"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 0 || res.Partial || len(res.Matched) != 0 || !slices.Equal(res.Unmatched, []string{"钛白粉", "氯碱"}) {
		t.Errorf("total %d, partial %v, matched %q, unmatched %q", res.Total, res.Partial, res.Matched, res.Unmatched)
	}
	// Filters apply to the partial search too: no enterprise page holds 中水回用.
	res, err = ix.Search(context.Background(), Request{Query: "中水回用 钛白粉", Filters: map[string][]string{"type": {"enterprise"}}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 0 || res.Partial {
		t.Errorf("with a filter no partial hit passes: total %d, partial %v", res.Total, res.Partial)
	}
}
