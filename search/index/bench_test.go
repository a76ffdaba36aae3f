package index

import (
	"context"
	"path/filepath"
	"testing"

	"cpportal/internal/fixture"
)

// benchSite is a synthetic site of 3,000 enterprises (about 3,400 pages), written once.
func benchSite(b *testing.B) (site, dir string) {
	b.Helper()
	dir = b.TempDir()
	s, err := fixture.WriteSite(filepath.Join(dir, "public"), 3000)
	if err != nil {
		b.Fatal(err)
	}
	return s.Dir, dir
}

func BenchmarkBuild(b *testing.B) {
	site, dir := benchSite(b)
	var st Stats
	b.ResetTimer()
	for b.Loop() {
		var err error
		if st, err = Build(context.Background(), site, filepath.Join(dir, "index"), Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(st.Documents), "docs")
	b.ReportMetric(float64(st.IndexSize)/1e6, "MB-index")
}

func BenchmarkSearch(b *testing.B) {
	site, dir := benchSite(b)
	if _, err := Build(context.Background(), site, filepath.Join(dir, "index"), Options{}); err != nil {
		b.Fatal(err)
	}
	ix, err := Open(filepath.Join(dir, "index"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	cache, rankings := ix.cache, ix.rankings
	ix.cache, ix.rankings = nil, nil // the cost of searching; the cache is measured on its own below
	for _, c := range []struct{ name, q, lang string }{
		{"name-part", "千百丽", ""},
		{"frequent-word", "审核", ""},
		{"pollutant-alias", "COD", ""},
		{"single-char", "镍", ""},
		{"phrase", `"公布排放情况"`, ""},
		{"credit-code", "9144990600104729XR", ""},
		{"two-words", "东莞市 印染", ""},
		// No document holds every word: the partial fallback, a suggestion, or both.
		{"partial-two-words", "中水回用 钛白粉", ""},
		{"partial-frequent-word", "审核 钛白粉", ""},
		{"no-match-suggested", "千百力", ""},
		{"partial-suggested", "千百力 印染", ""},
		{"no-match-nothing-close", "钛白粉 氯碱", ""},
		// English pages, searched in English words and by a Chinese name.
		{"en-word", "dyeing", LangEn},
		{"en-two-words", "Foshan dyeing", LangEn},
		{"en-chinese-name", "千百丽", LangEn},
		{"en-suggested", "Fosham", LangEn},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := ix.Search(context.Background(), Request{Query: c.q, Lang: c.lang}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("deep-page-all-facets", func(b *testing.B) {
		for b.Loop() {
			if _, err := ix.Search(context.Background(), Request{Query: "审核", From: MaxWindow - MaxSize, Size: MaxSize}); err != nil {
				b.Fatal(err)
			}
		}
	})
	ix.cache, ix.rankings = cache, rankings
	b.Run("cached-frequent-word", func(b *testing.B) {
		for b.Loop() {
			if _, err := ix.Search(context.Background(), Request{Query: "审核"}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
