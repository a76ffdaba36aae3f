package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestLivePreview: in watch mode every page carries the live script, uncompressed and
// uncached, under the same Content-Security-Policy; the event stream says at once which
// build is live, then each published build and each failed build's problems.
func TestLivePreview(t *testing.T) {
	live := NewLive()
	f := newFixture(t, Config{Live: live})
	ts := httptest.NewServer(f.srv.Handler())
	defer ts.Close()

	req, _ := http.NewRequest("GET", ts.URL+"/enterprises/hostile/", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), `<script src="/_live/live.js" defer></script></head>`) {
		t.Errorf("page lacks the live script before </head>")
	}
	if res.Header.Get("Content-Encoding") != "" || res.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("live page: Content-Encoding %q, Cache-Control %q; want uncompressed, no-store", res.Header.Get("Content-Encoding"), res.Header.Get("Cache-Control"))
	}
	if csp := res.Header.Get("Content-Security-Policy"); csp != contentSecurityPolicy {
		t.Errorf("live page CSP %q", csp)
	}

	res, err = http.Get(ts.URL + "/_live/live.js")
	if err != nil {
		t.Fatal(err)
	}
	script, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") || !strings.Contains(string(script), `new EventSource("/_live/events")`) {
		t.Fatalf("live.js: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ = http.NewRequestWithContext(ctx, "GET", ts.URL+"/_live/events", nil)
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("events Content-Type %q", ct)
	}
	events := bufio.NewReader(res.Body)
	next := func() liveState {
		t.Helper()
		for {
			line, err := events.ReadString('\n')
			if err != nil {
				t.Fatalf("reading the event stream: %v", err)
			}
			if data, ok := strings.CutPrefix(line, "data: "); ok {
				var st liveState
				if err := json.Unmarshal([]byte(data), &st); err != nil {
					t.Fatal(err)
				}
				return st
			}
		}
	}
	if st := next(); st != (liveState{}) {
		t.Errorf("first state %+v, want build 0 without problems", st)
	}
	live.Failed("data/audits.csv:2:37: date: \"2009-02-30\" is not a date written as YYYY-MM-DD\n")
	if st := next(); st.Build != 0 || !strings.Contains(st.Problems, "data/audits.csv:2:37: date:") {
		t.Errorf("after a failed build: %+v", st)
	}
	live.Published()
	if st := next(); st != (liveState{Build: 1}) {
		t.Errorf("after a published build: %+v, want build 1 without problems", st)
	}
}

// TestNoLiveScriptWithoutWatch: without watch mode nothing of the live preview is served.
func TestNoLiveScriptWithoutWatch(t *testing.T) {
	f := newFixture(t, Config{})
	for _, p := range []string{"/_live/live.js", "/_live/events"} {
		rec := httptest.NewRecorder()
		f.srv.Handler().ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		if rec.Code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", p, rec.Code)
		}
	}
	rec := httptest.NewRecorder()
	f.srv.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/enterprises/hostile/", nil))
	if strings.Contains(rec.Body.String(), "/_live/") {
		t.Error("a page served without watch mode carries the live script")
	}
}
