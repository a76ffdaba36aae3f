package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

func readPaths(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var paths []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if p := strings.TrimSpace(sc.Text()); p != "" {
			paths = append(paths, p)
		}
	}
	if len(paths) == 0 && sc.Err() == nil {
		return nil, fmt.Errorf("%s holds no paths", name)
	}
	return paths, sc.Err()
}

// result summarizes one run.
type result struct {
	rate               float64
	sent, ok, errors   int
	p50, p90, p99, max time.Duration
}

func (r result) String() string {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d)/1e6) }
	return strings.Join([]string{fmt.Sprintf("%.0f", r.rate), fmt.Sprint(r.sent), fmt.Sprint(r.ok),
		fmt.Sprint(r.errors), ms(r.p50), ms(r.p90), ms(r.p99), ms(r.max)}, "\t")
}

// openLoop sends requests for paths in turn at rate per second for duration, each at its own
// due time whatever the server's speed, and measures each from that time (no coordinated
// omission).
func openLoop(base string, paths []string, rate float64, duration time.Duration, maxConns int) result {
	client := &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			MaxIdleConns: maxConns, MaxIdleConnsPerHost: maxConns, MaxConnsPerHost: maxConns,
			DisableCompression: true,
		},
	}
	interval := time.Duration(float64(time.Second) / rate)
	total := int(duration / interval)
	latencies := make([]time.Duration, total)
	failed := make([]bool, total)
	var wg sync.WaitGroup
	ctx, cancel := context.WithTimeout(context.Background(), duration+10*time.Second)
	defer cancel()
	start := time.Now()
	for i := range total {
		due := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(due))
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+paths[i%len(paths)], nil)
			if err == nil {
				var resp *http.Response
				if resp, err = client.Do(req); err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode/100 != 2 {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
			}
			latencies[i] = time.Since(due)
			failed[i] = err != nil
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	res := result{sent: total, rate: float64(total) / elapsed.Seconds()}
	for _, f := range failed {
		if f {
			res.errors++
		} else {
			res.ok++
		}
	}
	slices.Sort(latencies)
	q := func(p float64) time.Duration { return latencies[min(int(p*float64(len(latencies))), len(latencies)-1)] }
	if total > 0 {
		res.p50, res.p90, res.p99, res.max = q(0.50), q(0.90), q(0.99), latencies[len(latencies)-1]
	}
	return res
}
