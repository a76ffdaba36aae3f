package build

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"cpportal/internal/testkit"
)

// program builds the command-line program once for the tests that run it as a process.
var program struct {
	once sync.Once
	path string
	err  error
}

func programPath(t *testing.T) string {
	t.Helper()
	program.once.Do(func() {
		dir, err := os.MkdirTemp("", "cpportal-bin-")
		if err != nil {
			program.err = err
			return
		}
		program.path = filepath.Join(dir, "cpportal")
		out, err := exec.Command("go", "build", "-o", program.path, repoRoot).CombinedOutput()
		if err != nil {
			program.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if program.err != nil {
		t.Fatal(program.err)
	}
	return program.path
}

// TestKilledBuildLeavesPublishedSiteAndIndex publishes the sample, then starts rebuilds for
// another as-of date (so a rebuild that got through would change the pages) and kills each
// with SIGKILL at a different point: at the start, after derive, during generate, during the
// render (which indexes each page as it is written) and in the index phase's last step (the
// merge of the new index, its check and its swap).
// After every kill the published site and index must be byte for byte what they were, and
// the next build must clear what the killed ones left behind.
func TestKilledBuildLeavesPublishedSiteAndIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program and the sample several times")
	}
	bin := programPath(t)
	root := t.TempDir()
	out, ix := filepath.Join(root, "public"), filepath.Join(root, "index")
	args := func(asOf string) []string {
		return []string{"build", "--source", repoRoot, "--out", out, "--index", ix, "--as-of", asOf}
	}
	if b, err := exec.Command(bin, args("2026-11-01")...).CombinedOutput(); err != nil {
		t.Fatalf("first build: %v\n%s", err, b)
	}
	site, index := tree(t, out), tree(t, ix)

	for _, kill := range []struct {
		after string        // the phase line printed when that phase is done ("" = start)
		wait  time.Duration // then wait this long
	}{
		{"", 150 * time.Millisecond},
		{"derive:", 300 * time.Millisecond},
		{"generate:", 500 * time.Millisecond},
		{"generate:", 800 * time.Millisecond},
		{"render:", 0},
		{"render:", 100 * time.Millisecond},
	} {
		name := fmt.Sprintf("after %q + %s", kill.after, kill.wait)
		cmd := exec.Command(bin, args("2031-01-01")...)
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(stderr)
		var seen []string
		reached := kill.after == ""
		for !reached && lines.Scan() {
			seen = append(seen, lines.Text())
			reached = strings.HasPrefix(lines.Text(), kill.after)
		}
		time.Sleep(kill.wait)
		cmd.Process.Kill()
		for lines.Scan() { // what it printed before it died, up to the end of the pipe
			seen = append(seen, lines.Text())
		}
		cmd.Wait()
		last := ""
		if len(seen) > 0 {
			last = strings.Fields(seen[len(seen)-1])[0]
		}
		if !reached || strings.Contains(strings.Join(seen, "\n"), "publish:") {
			t.Fatalf("%s: the build was not killed in the middle; it printed:\n%s", name, strings.Join(seen, "\n"))
		}
		t.Logf("killed %s, last phase done: %q", name, last)
		sameTree(t, "site after a kill "+name, site, tree(t, out))
		sameTree(t, "index after a kill "+name, index, tree(t, ix))
	}

	leftovers := func() []string {
		var names []string
		entries, _ := os.ReadDir(root)
		for _, e := range entries {
			if e.Name() != "public" && e.Name() != "index" && !strings.HasSuffix(e.Name(), ".lock") {
				names = append(names, e.Name())
			}
		}
		return names
	}
	t.Logf("left behind by the killed builds: %v", leftovers())
	if b, err := exec.Command(bin, args("2031-01-01")...).CombinedOutput(); err != nil {
		t.Fatalf("build after the kills: %v\n%s", err, b)
	}
	if names := leftovers(); len(names) > 0 {
		t.Errorf("the next build left these beside the output: %v", names)
	}
	if home, _ := os.ReadFile(filepath.Join(out, "index.html")); !strings.Contains(string(home), "2031-01-01") {
		t.Error("the build after the kills did not publish")
	}
}

// TestServerSurvivesBadIndexAndRebuildUnderLoad runs the server as a process over the sample:
// with a corrupt index it serves the site, answers search with 503 and a JSON reason and logs
// why; SIGHUP picks up a good index; then clients hammer it while the site is rebuilt and the
// server reloaded, and not one request may fail.
func TestServerSurvivesBadIndexAndRebuildUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program and the sample")
	}
	bin := programPath(t)
	root := t.TempDir()
	out, ix := filepath.Join(root, "public"), filepath.Join(root, "index")
	build := func(asOf string) {
		t.Helper()
		if b, err := exec.Command(bin, "build", "--source", repoRoot, "--out", out, "--index", ix, "--as-of", asOf).CombinedOutput(); err != nil {
			t.Fatalf("build: %v\n%s", err, b)
		}
	}
	build("2026-11-01")
	good := filepath.Join(root, "good-index")
	if err := os.Rename(ix, good); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(ix, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(ix, "index_meta.json"), []byte(`{"storage":"scorch","index_type":`), 0o644)

	addr, err := testkit.FreeAddr()
	if err != nil {
		t.Fatal(err)
	}
	var log testkit.SyncBuffer
	srv := exec.Command(bin, "serve", "--no-build", "--out", out, "--index", ix, "--addr", addr)
	srv.Stderr = &log
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		srv.Process.Signal(syscall.SIGTERM)
		srv.Wait()
	}()
	base := "http://" + addr
	client := &http.Client{Timeout: 10 * time.Second}
	waitFor(t, func() bool { return status(client, base+"/healthz") == 200 })

	if code := status(client, base+"/"); code != 200 {
		t.Errorf("home page with a corrupt index: %d", code)
	}
	res, err := client.Get(base + "/api/search?q=%E5%8D%B0%E6%9F%93")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 503 || !strings.Contains(string(body), `"code":"index_unavailable"`) || res.Header.Get("Retry-After") == "" {
		t.Errorf("search with a corrupt index: %d %s", res.StatusCode, body)
	}
	if !strings.Contains(log.String(), "search is unavailable") {
		t.Errorf("the server did not log why search is unavailable:\n%s", log.String())
	}

	os.RemoveAll(ix)
	if err := os.Rename(good, ix); err != nil {
		t.Fatal(err)
	}
	srv.Process.Signal(syscall.SIGHUP)
	waitFor(t, func() bool { return status(client, base+"/api/search?q=%E5%8D%B0%E6%9F%93") == 200 })

	// Rebuild and reload under load.
	targets := []string{"/", "/api/search?q=%E5%8D%B0%E6%9F%93", "/search?q=COD", "/lists/2009-1/",
		"/api/search?q=%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8&size=50&page=2", "/policy/", "/data/enterprises.csv"}
	ctx, cancel := context.WithCancel(context.Background())
	var ok, failed atomic.Int64
	var firstFailure atomic.Value
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; ctx.Err() == nil; i++ {
				target := targets[i%len(targets)]
				if code := status(client, base+target); code == 200 {
					ok.Add(1)
				} else {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, fmt.Sprintf("%s: %d", target, code))
				}
			}
		}()
	}
	start := time.Now()
	for _, asOf := range []string{"2031-01-01", "2026-11-01"} {
		build(asOf)
		srv.Process.Signal(syscall.SIGHUP)
		time.Sleep(300 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	t.Logf("%d requests during 2 rebuilds and reloads in %s, %d failed", ok.Load(), time.Since(start).Round(time.Millisecond), failed.Load())
	if failed.Load() > 0 {
		t.Errorf("%d requests failed; first: %v", failed.Load(), firstFailure.Load())
	}
	if strings.Count(log.String(), "reload: index reopened") != 3 {
		t.Errorf("want 3 reloads in the log:\n%s", log.String())
	}
}

// status fetches url and returns its status code, or 0 when the request failed.
func status(c *http.Client, url string) int {
	res, err := c.Get(url)
	if err != nil {
		return 0
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
