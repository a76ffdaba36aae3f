package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"cpportal/search/contract"
)

// closedLoop runs clients that each send their next request as soon as the last is answered,
// over the mix discovered from the server, for the run's duration or maxRequests; it reports
// per kind of request and the server's memory, and returns false when any request failed or
// took longer than budget.
func closedLoop(ctx context.Context, base string, duration time.Duration, clients int, maxRequests int64, pid int, every, budget time.Duration) (bool, error) {
	client := &http.Client{Timeout: 4 * budget, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	mix, err := discover(client, base)
	if err != nil {
		return false, err
	}
	fmt.Printf("load: %s, %d clients, %s, %d kinds of request\n", base, clients, duration, len(mix))
	for _, k := range mix {
		fmt.Printf("  %-10s weight %2d, %d targets, e.g. %s\n", k.name, k.weight, len(k.targets), k.targets[0])
	}
	ctx, cancel := context.WithTimeout(ctx, duration)
	defer cancel()
	st := newStats(mix)
	var sent atomic.Int64
	var wg sync.WaitGroup
	weighted := weights(mix)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c * 7919; ctx.Err() == nil && sent.Add(1) <= maxRequests; i++ {
				k := weighted[i%len(weighted)]
				target := k.targets[(i/len(weighted))%len(k.targets)]
				t0 := time.Now()
				code, err := fetch(client, base+target)
				st.record(k, time.Since(t0), code, err, target)
			}
		}()
	}
	rss := sampleRSS(ctx, pid, every)
	wg.Wait()
	cancel()
	samples := <-rss
	ok := st.report(os.Stdout, budget)
	reportRSS(os.Stdout, samples)
	return ok, nil
}

// kind is one class of request and the status it must get.
type kind struct {
	name    string
	weight  int
	want    func(code int) bool
	targets []string
}

func is200(c int) bool { return c == 200 }
func is4xx(c int) bool { return c >= 400 && c < 500 }
func weights(ks []*kind) []*kind {
	var out []*kind
	for _, k := range ks {
		for range k.weight {
			out = append(out, k)
		}
	}
	return out
}

// frequent are words that occur on most pages of the portal.
var frequent = []string{"有限公司", "公司", "印染", "电镀", "化学需氧量", "COD", "镍", "超标排放", "广州市", "佛山市",
	"清洁生产", "审核", "中水回用", "余热回收", "重金属", "废水", "国控", "2019"}

// discover asks the server for its largest facets and the depth of a broad query, and builds
// the request mix from them.
func discover(c *http.Client, base string) ([]*kind, error) {
	var res struct {
		Total  int
		Hits   []struct{ URL string }
		Facets map[string][]struct {
			Value string
			Count int
		}
	}
	get := func(target string) error {
		r, err := c.Get(base + target)
		if err != nil {
			return err
		}
		defer r.Body.Close()
		if r.StatusCode != 200 {
			return fmt.Errorf("%s: status %d (is the index built?)", target, r.StatusCode)
		}
		return json.NewDecoder(r.Body).Decode(&res)
	}
	if err := get("/api/search?" + contract.FacetType + "=" + contract.TypeEnterprise + "&size=50"); err != nil {
		return nil, err
	}
	var pages []string
	for _, h := range res.Hits {
		pages = append(pages, h.URL)
	}
	var worst []string
	for _, name := range []string{contract.FacetCity, contract.FacetIndustry, contract.FacetLevel, contract.FacetYear, contract.FacetReason, contract.FacetOverdue} {
		if vs := res.Facets[name]; len(vs) > 0 {
			top := url.QueryEscape(vs[0].Value)
			worst = append(worst, "/api/search?"+name+"="+top+"&size=50",
				"/api/search?q=%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8&"+name+"="+top+"&size=50")
		}
	}
	if err := get("/api/search?q=" + url.QueryEscape("有限公司") + "&size=50"); err != nil {
		return nil, err
	}
	deepest := max(1, min(res.Total, 1000)/50)
	for _, q := range []string{"有限公司", "公司", "COD"} {
		worst = append(worst, "/api/search?q="+url.QueryEscape(q)+"&size=50&page="+strconv.Itoa(deepest))
	}
	// The largest query allowed: as many words as the API takes (12), the last a run of
	// ideographs long enough to reach the 200-character limit, searched as one phrase.
	words := strings.Join(frequent[:11], " ") + " "
	run := []rune(strings.Repeat("清洁生产审核企业名单", 20))[:200-len([]rune(words))]
	worst = append(worst, "/api/search?q="+url.QueryEscape(words+string(run)))

	var api, page []string
	for _, q := range frequent {
		api = append(api, "/api/search?q="+url.QueryEscape(q))
		page = append(page, "/search?q="+url.QueryEscape(q))
	}
	pages = append(pages, "/", "/lists/", "/policy/", "/cases/", "/js/search.js", "/data/enterprises.csv", "/nope/")
	invalid := []string{"/api/search?q=COD&size=51", "/api/search?q=COD&page=100000", "/api/search?q=" + strings.Repeat("x", 300),
		"/api/search?level=nope", "/api/search?q=%ff", "/api/search", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"}
	return []*kind{
		{name: "api", weight: 8, want: is200, targets: api},
		{name: "api-worst", weight: 3, want: is200, targets: worst},
		{name: "page", weight: 3, want: is200, targets: page},
		{name: "static", weight: 5, want: func(c int) bool { return c == 200 || c == 404 }, targets: pages},
		{name: "invalid", weight: 1, want: is4xx, targets: invalid},
	}, nil
}

func fetch(c *http.Client, target string) (int, error) {
	r, err := c.Get(target)
	if err != nil {
		return 0, err
	}
	_, err = io.Copy(io.Discard, r.Body)
	r.Body.Close()
	return r.StatusCode, err
}

type kindStats struct {
	mu        sync.Mutex
	latencies []time.Duration
	errors    int
	firstErr  string
}

type stats struct {
	kinds map[*kind]*kindStats
	order []*kind
	start time.Time
}

func newStats(ks []*kind) *stats {
	s := &stats{kinds: map[*kind]*kindStats{}, order: ks, start: time.Now()}
	for _, k := range ks {
		s.kinds[k] = &kindStats{}
	}
	return s
}

func (s *stats) record(k *kind, d time.Duration, code int, err error, target string) {
	ks := s.kinds[k]
	ks.mu.Lock()
	defer ks.mu.Unlock()
	ks.latencies = append(ks.latencies, d)
	if err != nil || !k.want(code) {
		ks.errors++
		if ks.firstErr == "" {
			ks.firstErr = fmt.Sprintf("%s: status %d %v", target, code, err)
		}
	}
}

func (s *stats) report(w io.Writer, budget time.Duration) bool {
	elapsed := time.Since(s.start)
	ok := true
	total, errs := 0, 0
	fmt.Fprintf(w, "\n%-10s %9s %7s %9s %9s %9s %9s\n", "kind", "requests", "errors", "p50", "p90", "p99", "max")
	for _, k := range s.order {
		ks := s.kinds[k]
		l := ks.latencies
		slices.Sort(l)
		total += len(l)
		errs += ks.errors
		if len(l) == 0 {
			continue
		}
		pct := func(p float64) time.Duration {
			return l[min(len(l)-1, int(p*float64(len(l))))].Round(10 * time.Microsecond)
		}
		fmt.Fprintf(w, "%-10s %9d %7d %9s %9s %9s %9s\n", k.name, len(l), ks.errors, pct(0.5), pct(0.9), pct(0.99), l[len(l)-1].Round(10*time.Microsecond))
		if ks.firstErr != "" {
			fmt.Fprintf(w, "           first error: %s\n", ks.firstErr)
		}
		if l[len(l)-1] > budget {
			fmt.Fprintf(w, "           slowest request over the %s budget\n", budget)
			ok = false
		}
	}
	fmt.Fprintf(w, "total      %9d %7d   in %s, %.0f requests/s\n", total, errs, elapsed.Round(time.Second), float64(total)/elapsed.Seconds())
	return ok && errs == 0
}

type rssSample struct {
	at  time.Duration
	kib int
}

// sampleRSS reads the server's resident memory every interval until ctx is done.
func sampleRSS(ctx context.Context, pid int, every time.Duration) <-chan []rssSample {
	out := make(chan []rssSample, 1)
	go func() {
		var samples []rssSample
		if pid == 0 {
			out <- nil
			return
		}
		start := time.Now()
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			if kib, err := readRSS(pid); err == nil {
				samples = append(samples, rssSample{time.Since(start), kib})
			}
			select {
			case <-ctx.Done():
				if kib, err := readRSS(pid); err == nil {
					samples = append(samples, rssSample{time.Since(start), kib})
				}
				out <- samples
				return
			case <-tick.C:
			}
		}
	}()
	return out
}

func readRSS(pid int) (int, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
		}
	}
	return 0, fmt.Errorf("no VmRSS")
}

// reportRSS prints the samples and compares the second half of the run with the first: flat
// memory means the later samples are not growing past the early ones.
func reportRSS(w io.Writer, s []rssSample) {
	if len(s) == 0 {
		return
	}
	var parts []string
	lo, hi := s[0].kib, s[0].kib
	for _, x := range s {
		parts = append(parts, fmt.Sprintf("%s %.1f", x.at.Round(time.Second), float64(x.kib)/1024))
		lo, hi = min(lo, x.kib), max(hi, x.kib)
	}
	fmt.Fprintf(w, "\nserver RSS (MiB) over the run: %s\n", strings.Join(parts, ", "))
	half := len(s) / 2
	peak := func(xs []rssSample) int {
		m := 0
		for _, x := range xs {
			m = max(m, x.kib)
		}
		return m
	}
	if half > 0 {
		fmt.Fprintf(w, "RSS min %.1f, max %.1f MiB; peak of first half %.1f, of second half %.1f MiB\n",
			float64(lo)/1024, float64(hi)/1024, float64(peak(s[:half]))/1024, float64(peak(s[half:]))/1024)
	}
}
