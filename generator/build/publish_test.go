package build

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"cpportal/generator/publish"
	"cpportal/internal/fixture"
)

// smallSite writes the small test source and publishes it once.
func smallSite(t *testing.T) (cfg Config, site, idx map[string]string) {
	t.Helper()
	root := t.TempDir()
	src := filepath.Join(root, "src")
	writeSource(t, src, fixture.Source())
	cfg = Config{Source: src, Out: filepath.Join(root, "public"), Index: filepath.Join(root, "index"), AsOf: "2026-11-01"}
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatalf("first build: %v", err)
	}
	return cfg, tree(t, cfg.Out), tree(t, cfg.Index)
}

// TestIndexGoesLiveOnlyWithTheSite: the index of a rebuild is staged, not published, while
// the site is still unpublished; when publishing the site fails, the index swapped in just
// before it is put back, so search never answers from a site that is not there.
func TestIndexGoesLiveOnlyWithTheSite(t *testing.T) {
	cfg, site, idx := smallSite(t)
	cfg.AsOf = "2030-01-01"
	var seen []publish.Pair
	testHookBeforePublish = func(pairs []publish.Pair) {
		seen = pairs
		// Every phase but publish is done: the published index must still be the old one.
		sameTree(t, "index before the publish phase", idx, tree(t, cfg.Index))
		// Make the site's swap (the second) fail.
		os.RemoveAll(pairs[len(pairs)-1].Staging)
	}
	defer func() { testHookBeforePublish = nil }()
	_, err := Run(context.Background(), cfg)
	if err == nil || !strings.HasPrefix(err.Error(), "publish: ") {
		t.Fatalf("err = %v, want a publish error", err)
	}
	if len(seen) != 2 || seen[0].Dst != cfg.Index || seen[1].Dst != cfg.Out {
		t.Fatalf("published %+v, want the index and then the site in one step", seen)
	}
	sameTree(t, "site after a failed publish", site, tree(t, cfg.Out))
	sameTree(t, "index after a failed publish", idx, tree(t, cfg.Index))

	testHookBeforePublish = nil
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatalf("rebuild: %v", err)
	}
	if home, _ := os.ReadFile(filepath.Join(cfg.Out, "index.html")); !bytes.Contains(home, []byte("2030-01-01")) {
		t.Error("the rebuild after the failed publish did not publish")
	}
	entries, _ := os.ReadDir(filepath.Dir(cfg.Out))
	for _, e := range entries {
		switch e.Name() {
		case "src", "public", "index", ".public.lock", ".index.lock":
		default:
			t.Errorf("left beside the output: %s", e.Name())
		}
	}
}

// TestBuildRefusedWhileAnotherHoldsTheOutput: while another build holds the output (here the
// test itself holds its lock), a build fails at once, names the holder and changes nothing.
func TestBuildRefusedWhileAnotherHoldsTheOutput(t *testing.T) {
	cfg, site, idx := smallSite(t)
	for _, held := range []string{cfg.Out, cfg.Index} {
		lock, err := publish.Acquire(held)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		_, err = Run(context.Background(), Config{Source: cfg.Source, Out: cfg.Out, Index: cfg.Index, AsOf: "2030-01-01"})
		lock.Release()
		var le *publish.LockedError
		if !errors.As(err, &le) {
			t.Fatalf("%s held: err = %v, want a LockedError", held, err)
		}
		if le.PID != os.Getpid() || le.Started.IsZero() || !strings.Contains(err.Error(), "is publishing to "+held) {
			t.Errorf("%s held: %q does not name the holder (pid %d)", held, err, os.Getpid())
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s held: the refused build took %s instead of failing at once", held, d)
		}
		sameTree(t, "site after a refused build", site, tree(t, cfg.Out))
		sameTree(t, "index after a refused build", idx, tree(t, cfg.Index))
	}
}

// TestConcurrentBuildsAsProcesses starts builds as separate processes: a second build into
// the same output while the first runs exits 1 naming the first, and the first publishes a
// whole site; two builds into different outputs under one parent run side by side and each
// publishes its own site.
func TestConcurrentBuildsAsProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	bin := programPath(t)
	root := t.TempDir()
	src := filepath.Join(root, "src")
	writeSource(t, src, fixture.Source())
	build := func(out, asOf string) *exec.Cmd {
		return exec.Command(bin, "build", "--source", src, "--out", filepath.Join(root, out), "--index", filepath.Join(root, out+"-index"), "--as-of", asOf)
	}

	t.Run("same output", func(t *testing.T) {
		first := build("public", "2026-11-01")
		var firstErr bytes.Buffer
		first.Stderr = &firstErr
		if err := first.Start(); err != nil {
			t.Fatal(err)
		}
		// The first holds the lock from before its load phase to after its publish phase.
		lock := publish.LockPath(filepath.Join(root, "public"))
		for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(5 * time.Millisecond) {
			if b, _ := os.ReadFile(lock); bytes.Contains(b, []byte("started")) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("the first build never took its lock")
			}
		}
		out, err := build("public", "2030-01-01").CombinedOutput()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("second build: %v, want exit 1\n%s", err, out)
		}
		if !bytes.Contains(out, []byte("is publishing to")) || !bytes.Contains(out, []byte("pid ")) {
			t.Errorf("the second build does not say who holds the output:\n%s", out)
		}
		if err := first.Wait(); err != nil {
			t.Fatalf("first build: %v\n%s", err, firstErr.String())
		}
		home, err := os.ReadFile(filepath.Join(root, "public", "index.html"))
		if err != nil || !bytes.Contains(home, []byte("2026-11-01")) {
			t.Errorf("the first build's site is not whole: index.html: %v", err)
		}
	})

	t.Run("outputs under one parent", func(t *testing.T) {
		a, b := build("a", "2026-11-01"), build("b", "2030-01-01")
		var aErr, bErr bytes.Buffer
		a.Stderr, b.Stderr = &aErr, &bErr
		if err := a.Start(); err != nil {
			t.Fatal(err)
		}
		if err := b.Start(); err != nil {
			t.Fatal(err)
		}
		if err := a.Wait(); err != nil {
			t.Errorf("build a: %v\n%s", err, aErr.String())
		}
		if err := b.Wait(); err != nil {
			t.Errorf("build b: %v\n%s", err, bErr.String())
		}
		for _, c := range []struct{ out, want, not string }{{"a", "2026-11-01", "2030-01-01"}, {"b", "2030-01-01", "2026-11-01"}} {
			home, err := os.ReadFile(filepath.Join(root, c.out, "index.html"))
			if err != nil || !bytes.Contains(home, []byte(c.want)) || bytes.Contains(home, []byte(c.not)) {
				t.Errorf("%s/index.html is not its own build's (as of %s): %v", c.out, c.want, err)
			}
		}
		// Compare with the same builds run one after the other.
		for _, c := range []struct{ out, asOf string }{{"a", "2026-11-01"}, {"b", "2030-01-01"}} {
			alone := build(c.out+"-alone", c.asOf)
			if b, err := alone.CombinedOutput(); err != nil {
				t.Fatalf("%v\n%s", err, b)
			}
			sameTree(t, c.out+" built beside another", tree(t, filepath.Join(root, c.out+"-alone")), tree(t, filepath.Join(root, c.out)))
		}
	})
}

// TestUnreadableFileIsReportedAlone: a list saved in GBK used to give a problem for every
// record referring to it before the one line that says "save it as UTF-8". Now that line is
// the report, and the rest is counted as left out.
func TestUnreadableFileIsReportedAlone(t *testing.T) {
	dir := t.TempDir()
	src := fixture.Source()
	utf8List := src["data/lists/2009-1.csv"].Data
	gbkList, err := simplifiedchinese.GBK.NewEncoder().Bytes(utf8List)
	if err != nil {
		t.Fatal(err)
	}
	src["data/lists/2009-1.csv"].Data = gbkList
	writeSource(t, dir, src)
	_, rep := CheckReport(dir)
	if rep == nil {
		t.Fatal("a GBK list passed the check")
	}
	if len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0].String(), "data/lists/2009-1.csv:2:") ||
		!strings.Contains(rep.Problems[0].Hint, "save it as UTF-8") {
		t.Errorf("report:\n%s", rep.Error())
	}
	if rep.LeftOut == 0 || !strings.Contains(rep.Error(), "further problems left out") {
		t.Errorf("the follow-on problems are not counted: %d left out", rep.LeftOut)
	}
	// Without the unreadable file, nothing is left out.
	src["data/lists/2009-1.csv"].Data = utf8List
	src["data/enterprises.csv"].Data = bytes.Replace(src["data/enterprises.csv"].Data, []byte("省控"), []byte("区控"), 1)
	dir2 := t.TempDir()
	writeSource(t, dir2, src)
	if _, rep := CheckReport(dir2); rep == nil || rep.LeftOut != 0 || len(rep.Problems) == 0 {
		t.Errorf("an ordinary problem: %+v", rep)
	}
}
