package index

import (
	"bufio"
	"context"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkIndexMix searches an existing index (a nation-size one, say) without the result
// cache, so every request costs what a reader's first search for it costs.
//
//	CPPORTAL_BENCH_INDEX=bench/out/nation/site/index          the index to open (required)
//	CPPORTAL_BENCH_PATHS=paths.txt                             request paths written by bench/querymix
//
// The frequent-word sub-benchmarks cycle through the words of the mix; mix cycles through
// the request paths (when given), one request per op; mix-fresh-index-pass sends them all,
// once, to an index just opened, with its caches.
func BenchmarkIndexMix(b *testing.B) {
	dir := os.Getenv("CPPORTAL_BENCH_INDEX")
	if dir == "" {
		b.Skip("CPPORTAL_BENCH_INDEX names no index")
	}
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ix.cache, ix.rankings = nil, nil
	run := func(b *testing.B, reqs []Request) {
		i := 0
		for b.Loop() {
			if _, err := ix.Search(context.Background(), reqs[i%len(reqs)]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	}
	frequent := []string{"审核", "印染", "化学需氧量", "COD", "电镀", "超标排放", "清洁生产", "二氧化硫",
		"氨氮", "镍", "造纸", "废水", "中高费方案", "逾期", "验收", "NOx", "VOCs", "总磷", "热电", "纺织"}
	var words, deep []Request
	for _, w := range frequent {
		words = append(words, Request{Query: w})
		deep = append(deep, Request{Query: w, From: 200})
	}
	b.Run("frequent-word", func(b *testing.B) { run(b, words) })
	b.Run("frequent-word-deep-page", func(b *testing.B) { run(b, deep) })
	b.Run("frequent-word-no-facets", func(b *testing.B) {
		reqs := make([]Request, len(words))
		for i, r := range words {
			r.FacetSize = -1
			reqs[i] = r
		}
		run(b, reqs)
	})
	if p := os.Getenv("CPPORTAL_BENCH_PATHS"); p != "" {
		reqs, err := readMixPaths(p)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("mix", func(b *testing.B) { run(b, reqs) })
		// What a freshly started server goes through: the whole mix, in order, on an index
		// just opened, with its result cache and rankings (repeats are answered from them).
		b.Run("mix-fresh-index-pass", func(b *testing.B) {
			for b.Loop() {
				fresh, err := Open(dir)
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range reqs {
					if _, err := fresh.Search(context.Background(), r); err != nil {
						b.Fatal(err)
					}
				}
				fresh.Close()
			}
			b.ReportMetric(float64(len(reqs)), "requests/op")
		})
	}
}

// readMixPaths turns /api/search?… lines into requests the way the server reads them (q,
// page of DefaultSize hits, one filter per facet parameter).
func readMixPaths(path string) ([]Request, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var reqs []Request
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		_, raw, ok := strings.Cut(line, "?")
		if !ok {
			continue
		}
		v, err := url.ParseQuery(raw)
		if err != nil {
			return nil, err
		}
		r := Request{Query: v.Get("q"), Filters: map[string][]string{}}
		if p, err := strconv.Atoi(v.Get("page")); err == nil && p > 1 {
			r.From = (p - 1) * DefaultSize
		}
		for _, name := range FacetNames {
			if vals := v[name]; len(vals) > 0 {
				r.Filters[name] = vals
			}
		}
		reqs = append(reqs, r)
	}
	return reqs, sc.Err()
}
