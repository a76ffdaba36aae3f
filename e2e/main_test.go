package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// asOf is the date the sample is built for; the expectations below (days overdue) depend on it.
const asOf = "2026-11-01"

// site is the portal under test, shared by every test of the package.
var site struct {
	bin    string // the built program
	public string // the built site folder, as `cpportal build --out` wrote it
	base   string // the server's URL, e.g. http://127.0.0.1:40123, without a trailing slash
	host   string // host:port of base
}

// inCI reports whether the tests run in continuous integration, where a missing browser or
// axe-core is a failure, not a reason to skip.
func inCI() bool {
	return os.Getenv("CI") == "true"
}

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	tmp, err := os.MkdirTemp("", "cpportal-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(tmp)

	stop, err := startPortal(tmp)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	code := m.Run()
	closeBrowser()
	if err := stop(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: stopping the server:", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// startPortal builds the program and the sample site into dir and serves it on a free
// loopback port. The returned func stops the server.
func startPortal(dir string) (stop func() error, err error) {
	site.bin = filepath.Join(dir, "cpportal")
	site.public = filepath.Join(dir, "public")
	index := filepath.Join(dir, "index")

	// The repository under test is the parent folder; E2E_ROOT names another checkout (for
	// instance a clean export of a commit) to build and serve instead.
	root := ".."
	if r := os.Getenv("E2E_ROOT"); r != "" {
		root = r
	}
	started := time.Now()
	build := exec.Command("go", "build", "-o", site.bin, ".")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build in %s: %v\n%s", root, err, out)
	}
	built := time.Now()
	cmd := exec.Command(site.bin, "build", "--source", root, "--out", site.public, "--index", index, "--as-of", asOf)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("cpportal build: %v\n%s", err, out)
	}
	fmt.Fprintf(os.Stderr, "e2e: program built in %s, sample site built in %s\n",
		built.Sub(started).Round(time.Second), time.Since(built).Round(time.Second))

	port, err := freePort()
	if err != nil {
		return nil, err
	}
	site.host = net.JoinHostPort("127.0.0.1", port)
	site.base = "http://" + site.host

	var log bytes.Buffer
	srv := exec.Command(site.bin, "serve", "--no-build", "--out", site.public, "--index", index, "--addr", site.host)
	srv.Stdout = &log
	srv.Stderr = &log
	if err := srv.Start(); err != nil {
		return nil, fmt.Errorf("cpportal serve: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	stop = func() error {
		_ = srv.Process.Signal(os.Interrupt)
		select {
		case err := <-exited:
			return err
		case <-time.After(15 * time.Second):
			_ = srv.Process.Kill()
			<-exited
			return errors.New("the server did not stop within 15 s of SIGINT")
		}
	}
	if err := waitHealthy(exited); err != nil {
		_ = stop()
		return nil, fmt.Errorf("%v\nserver log:\n%s", err, log.String())
	}
	return stop, nil
}

// freePort asks the kernel for a free loopback port. Another process could take it before the
// server binds it; the health check then fails loudly rather than testing something else.
func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, err := net.SplitHostPort(l.Addr().String())
	return port, err
}

// waitHealthy polls /healthz until the server answers with its index open.
func waitHealthy(exited <-chan error) error {
	deadline := time.Now().Add(60 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			return fmt.Errorf("the server exited before it was healthy: %v", err)
		default:
		}
		res, err := http.Get(site.base + "/healthz")
		if err == nil {
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			var h struct {
				Status    string `json:"status"`
				Search    string `json:"search"`
				Documents int    `json:"documents"`
			}
			if res.StatusCode == http.StatusOK && json.Unmarshal(body, &h) == nil && h.Search == "ok" && h.Documents > 0 {
				return nil
			}
			last = fmt.Sprintf("%s %s", res.Status, strings.TrimSpace(string(body)))
		} else {
			last = err.Error()
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("the server was not healthy within 60 s; last answer: %s", last)
}

// get fetches a path of the served site.
func get(ctx context.Context, path string) (*http.Response, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, site.base+path, nil)
	if err != nil {
		return nil, nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	return res, body, err
}

// need reports a missing tool: a failure in CI, a loud skip elsewhere.
func need(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if inCI() {
		t.Fatalf("%s is required in CI (CI=true): %v", what, err)
	}
	t.Skipf("SKIPPED: %s is not available (%v); these browser tests did NOT run. "+
		"Install it (apt-get install chromium; npm ci in e2e/) to run them.", what, err)
}
