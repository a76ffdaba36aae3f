package serve

import (
	"io"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"
)

// TestSlowClientsCannotHoldTheServer opens twice as many connections as the server admits,
// each sending its headers one line every 50 ms and never finishing (slowloris). The server
// must close every one of them once ReadHeaderTimeout has passed since it admitted it, and a
// normal client must be answered throughout, waiting at most for the slow connections ahead
// of it to be cut off.
func TestSlowClientsCannotHoldTheServer(t *testing.T) {
	const (
		limit   = 16
		slow    = 2 * limit
		timeout = 400 * time.Millisecond
	)
	f := newFixture(t, Config{ReadHeaderTimeout: timeout, MaxConnections: limit})
	addr := serveOnLoopback(t, f.srv)

	type outcome struct {
		lived    time.Duration
		answered bool
	}
	outcomes := make(chan outcome, slow)
	var wg sync.WaitGroup
	start := time.Now()
	for range slow {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(2)
		stop := make(chan struct{})
		go func() { // drip headers until the server hangs up
			defer wg.Done()
			io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: slow\r\n")
			tick := time.NewTicker(50 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-stop:
					return
				case <-tick.C:
					if _, err := io.WriteString(conn, "X-Slow: 1\r\n"); err != nil {
						return
					}
				}
			}
		}()
		go func() { // wait for the server to close the connection
			defer wg.Done()
			defer conn.Close()
			conn.SetReadDeadline(time.Now().Add(20 * time.Second))
			b, _ := io.ReadAll(conn)
			close(stop)
			outcomes <- outcome{lived: time.Since(start), answered: len(b) > 0 && string(b[:min(len(b), 12)]) == "HTTP/1.1 200"}
		}()
	}

	// A normal client keeps asking while the slow ones hold the connections.
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	var worst time.Duration
	answered := 0
	for time.Since(start) < 3*timeout {
		t0 := time.Now()
		res, err := client.Get("http://" + addr + "/healthz")
		if err != nil {
			t.Fatalf("a normal request failed while slow clients were connected: %v", err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("a normal request got %d", res.StatusCode)
		}
		answered++
		worst = max(worst, time.Since(t0))
		time.Sleep(20 * time.Millisecond)
	}
	wg.Wait()
	close(outcomes)
	var longest time.Duration
	for o := range outcomes {
		if o.answered {
			t.Error("a connection that never finished its headers was answered")
		}
		longest = max(longest, o.lived)
	}
	t.Logf("%d slow connections (limit %d, header timeout %s): all closed within %s; %d normal requests answered, slowest %s",
		slow, limit, timeout, longest.Round(time.Millisecond), answered, worst.Round(time.Millisecond))
	// Two rounds of slow connections fill the limit; each round is cut off at the timeout.
	if bound := 3*timeout + 2*time.Second; longest > bound {
		t.Errorf("slow connections lived up to %s, want at most %s", longest, bound)
	}
	// The connections beyond the limit are admitted only when the first round is cut off, so
	// the last of them closes about two timeouts after the start.
	if longest < 2*timeout-timeout/4 {
		t.Errorf("the last slow connection closed after %s: connections beyond the limit of %d were admitted at once", longest, limit)
	}
	if bound := 2*timeout + 2*time.Second; worst > bound {
		t.Errorf("a normal request waited %s, want at most %s", worst, bound)
	}
}
