package main

import (
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"cpportal/internal/fixture"
	"cpportal/internal/testkit"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"cpportal": func() { os.Exit(run()) },
	})
}

// TestScripts runs the end-to-end command-line scripts in testdata/script.
func TestScripts(t *testing.T) {
	repo, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			addr, err := testkit.FreeAddr()
			if err != nil {
				return err
			}
			_, port, _ := net.SplitHostPort(addr)
			env.Setenv("PORT", port)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// httpget URL waits up to 30 s for a server to answer, then prints
			// "STATUS content-type" and the body on stdout.
			"httpget": httpget,
			// fixturesource DIR writes the small valid source folder of internal/fixture into DIR.
			"fixturesource": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: fixturesource DIR")
				}
				ts.Check(os.CopyFS(ts.MkAbs(args[0]), fixture.Source()))
			},
			// copysample DIR copies the bundled sample (data/ and content/) into DIR.
			"copysample": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: copysample DIR")
				}
				dst := ts.MkAbs(args[0])
				for _, top := range []string{"data", "content"} {
					ts.Check(copyTree(filepath.Join(repo, top), filepath.Join(dst, top)))
				}
			},
		},
	})
}

func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

func httpget(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: httpget URL")
	}
	client := &http.Client{Timeout: 10 * time.Second}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := client.Get(args[0])
		if err != nil {
			if time.Now().Before(deadline) && strings.Contains(err.Error(), "connection refused") {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			if neg {
				return
			}
			ts.Fatalf("GET %s: %v", args[0], err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		ts.Check(err)
		fmt.Fprintf(ts.Stdout(), "%d %s\n%s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
		if neg == (resp.StatusCode < 400) {
			ts.Fatalf("GET %s: status %d", args[0], resp.StatusCode)
		}
		return
	}
}
