package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cpportal/internal/testkit"
)

// TestServeWatch runs `serve --watch` on a copy of the sample: a corrected address is
// rebuilt, published and announced to open pages; a broken date is reported in the terminal
// and to open pages while the site stays as it was.
func TestServeWatch(t *testing.T) {
	src := t.TempDir()
	for _, d := range []string{"data", "content"} {
		if err := os.CopyFS(filepath.Join(src, d), os.DirFS(filepath.Join("..", d))); err != nil {
			t.Fatal(err)
		}
	}
	addr, err := testkit.FreeAddr()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr testkit.SyncBuffer
	done := make(chan int)
	go func() {
		done <- Run(ctx, []string{"serve", "--watch", "--source", src, "--addr", addr}, io.Discard, &stderr, func(string) string { return "" })
	}()
	defer func() {
		cancel()
		select {
		case <-done:
		case <-time.After(time.Minute):
			t.Error("serve did not stop")
		}
	}()
	base := "http://" + addr
	deadline := time.Now().Add(5 * time.Minute)
	for {
		res, err := http.Get(base + "/healthz")
		if err == nil {
			res.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server did not start:\n%s", stderr.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	page := func() string {
		res, err := http.Get(base + "/enterprises/12449903605224429N/")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return string(b)
	}
	if p := page(); !strings.Contains(p, "共富街66号") || !strings.Contains(p, `<script src="/_live/live.js" defer></script>`) {
		t.Fatal("the dossier lacks its address or the live script")
	}

	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/_live/events", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	events := bufio.NewReader(res.Body)
	type state struct {
		Build    int
		Problems string
	}
	next := func() state {
		t.Helper()
		got := make(chan state, 1)
		go func() {
			for {
				line, err := events.ReadString('\n')
				if err != nil {
					close(got)
					return
				}
				if data, ok := strings.CutPrefix(line, "data: "); ok {
					var st state
					json.Unmarshal([]byte(data), &st)
					got <- st
					return
				}
			}
		}()
		select {
		case st, ok := <-got:
			if !ok {
				t.Fatalf("the event stream ended:\n%s", stderr.String())
			}
			return st
		case <-time.After(5 * time.Minute):
			t.Fatalf("no event:\n%s", stderr.String())
		}
		return state{}
	}
	if st := next(); st.Build != 0 || st.Problems != "" {
		t.Fatalf("first state %+v", st)
	}

	edit := func(file, old, new string) {
		name := filepath.Join(src, "data", file)
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("enterprises.csv", "共富街66号", "共富街68号")
	if st := next(); st.Build != 1 || st.Problems != "" {
		t.Fatalf("after the fix: %+v, want build 1 published\n%s", st, stderr.String())
	}
	if !strings.Contains(page(), "共富街68号") {
		t.Error("the published dossier lacks the corrected address")
	}
	if !strings.Contains(stderr.String(), "rendered,") {
		t.Errorf("the rebuild's render line does not say what was rendered and reused:\n%s", stderr.String())
	}

	edit("audits.csv", "2010-1,disclosed,2010-08-07,", "2010-1,disclosed,2010-08-37,")
	st := next()
	if st.Build != 1 || !strings.Contains(st.Problems, "data/audits.csv:") || !strings.Contains(st.Problems, "2010-08-37") {
		t.Fatalf("after breaking a date: %+v", st)
	}
	if !strings.Contains(stderr.String(), "2010-08-37") {
		t.Errorf("the terminal does not show the problem:\n%s", stderr.String())
	}
	if !strings.Contains(page(), "共富街68号") {
		t.Error("a failed build changed the published site")
	}
}
