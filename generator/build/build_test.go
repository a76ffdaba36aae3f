package build

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"cpportal/domain"
	"cpportal/internal/fixture"
	"cpportal/search/index"
	"cpportal/search/relevance"
)

// repoRoot is the repository root, which holds the bundled sample site.
var repoRoot = filepath.Join("..", "..")

// sample is one build of the bundled sample shared by the tests that only read it.
var sample struct {
	once sync.Once
	dir  string
	sum  Summary
	err  error
}

func sampleBuild(t *testing.T) (string, Summary) {
	t.Helper()
	sample.once.Do(func() {
		sample.dir, sample.err = os.MkdirTemp("", "cpportal-sample-")
		if sample.err != nil {
			return
		}
		sample.sum, sample.err = Run(context.Background(), Config{
			Source: repoRoot,
			Out:    filepath.Join(sample.dir, "public"),
			Index:  filepath.Join(sample.dir, "index"),
		})
	})
	if sample.err != nil {
		t.Fatalf("building the sample: %v", sample.err)
	}
	return sample.dir, sample.sum
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sample.dir != "" {
		os.RemoveAll(sample.dir)
	}
	if program.path != "" {
		os.RemoveAll(filepath.Dir(program.path))
	}
	os.Exit(code)
}

// writeSource writes an in-memory source folder to disk.
func writeSource(t *testing.T, dir string, src fs.FS) {
	t.Helper()
	if err := os.CopyFS(dir, src); err != nil {
		t.Fatal(err)
	}
}

// tree hashes every file below dir, keyed by slash path.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		h := sha256.Sum256(b)
		out[filepath.ToSlash(rel)] = hex.EncodeToString(h[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameTree(t *testing.T, what string, a, b map[string]string) {
	t.Helper()
	for name, h := range a {
		if b[name] != h {
			t.Errorf("%s: %s differs", what, name)
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			t.Errorf("%s: %s appeared", what, name)
		}
	}
}

func TestSampleBuildPublishesEveryPhase(t *testing.T) {
	dir, sum := sampleBuild(t)
	var names []string
	for _, p := range sum.Phases {
		names = append(names, p.Name)
	}
	if got, want := strings.Join(names, " "), "load validate derive generate render index compress publish"; got != want {
		t.Errorf("phases = %q, want %q", got, want)
	}
	if sum.AsOf != domain.MustDate("2026-11-01") {
		t.Errorf("as of %s, want the sample's site.yaml date 2026-11-01", sum.AsOf)
	}
	if sum.Enterprises < 300 || sum.Pages < sum.Enterprises || sum.Documents < sum.Enterprises {
		t.Errorf("summary %+v: too few pages or documents", sum)
	}
	for _, name := range []string{"index.html", "404.html", "sitemap.xml", "robots.txt", "policy/index.html", "lists/index.html", "lists/2009-1/index.html", "data/datapackage.json", "feeds/batches.atom"} {
		if _, err := os.Stat(filepath.Join(dir, "public", name)); err != nil {
			t.Errorf("published site lacks %s: %v", name, err)
		}
	}
	// Nothing of the build is left beside the output.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "public" && e.Name() != "index" && !strings.HasSuffix(e.Name(), ".lock") {
			t.Errorf("left beside the output: %s", e.Name())
		}
	}
}

// TestRelevance measures the search of the bundled sample against the relevance table and
// fails below the bar. It lives here because it needs the real rendered site.
func TestRelevance(t *testing.T) {
	dir, _ := sampleBuild(t)
	table, err := relevance.LoadTable(filepath.Join(repoRoot, "search", "relevance", "testdata", "relevance.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs, err := ix.StoredDocuments()
	if err != nil {
		t.Fatal(err)
	}
	rep := relevance.Evaluate(docs, table, relevance.Following(func(q, lang string, size int) ([]string, string, error) {
		res, err := ix.Search(context.Background(), index.Request{Query: q, Size: size, FacetSize: -1, Lang: lang})
		var urls []string
		for _, h := range res.Hits {
			urls = append(urls, h.URL)
		}
		return urls, res.Suggestion, err
	}))
	t.Logf("relevance on the bundled sample: %d queries, precision@5 %.3f, first hit right in %d", len(table), rep.Precision, rep.FirstMet)
	if len(table) < 30 {
		t.Errorf("relevance table has %d queries, want at least 30", len(table))
	}
	const bar = 0.9
	if rep.Precision < bar || rep.Failed > 0 {
		t.Errorf("precision@5 %.3f (bar %.2f), %d failed cases:\n%s", rep.Precision, bar, rep.Failed, rep)
	}
}

// TestBuildIsDeterministic builds the same data twice and compares every published byte.
func TestBuildIsDeterministic(t *testing.T) {
	dir, _ := sampleBuild(t)
	again := t.TempDir()
	if _, err := Run(context.Background(), Config{Source: repoRoot, Out: filepath.Join(again, "public"), Index: "-"}); err != nil {
		t.Fatal(err)
	}
	sameTree(t, "second build", tree(t, filepath.Join(dir, "public")), tree(t, filepath.Join(again, "public")))
}

// TestFailedBuildLeavesPublishedSiteUntouched breaks the data, then a template, and checks
// that the published site and index stay byte for byte what they were.
func TestFailedBuildLeavesPublishedSiteUntouched(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "src")
	writeSource(t, src, fixture.Source())
	cfg := Config{Source: src, Out: filepath.Join(root, "public"), Index: filepath.Join(root, "index"), AsOf: "2026-11-01"}
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatalf("first build: %v", err)
	}
	site, idx := tree(t, cfg.Out), tree(t, cfg.Index)

	t.Run("invalid data", func(t *testing.T) {
		path := filepath.Join(src, "data", "enterprises.csv")
		good, _ := os.ReadFile(path)
		defer os.WriteFile(path, good, 0o644)
		bad := bytes.Replace(good, []byte(fixture.SourceDyeing), []byte("NOT-A-CREDIT-CODE!"), 1)
		os.WriteFile(path, bad, 0o644)
		_, err := Run(context.Background(), cfg)
		var ps domain.Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Fatalf("err = %v, want data problems", err)
		}
		if !strings.Contains(ps.Error(), "data/enterprises.csv:") {
			t.Errorf("problems do not point into enterprises.csv:\n%s", ps.Error())
		}
		sameTree(t, "site after invalid data", site, tree(t, cfg.Out))
		sameTree(t, "index after invalid data", idx, tree(t, cfg.Index))
	})

	t.Run("broken template", func(t *testing.T) {
		layout := filepath.Join(src, "layouts", "_partials", "footer.html")
		os.MkdirAll(filepath.Dir(layout), 0o755)
		os.WriteFile(layout, []byte("{{ .NoSuchThing.Broken "), 0o644)
		defer os.RemoveAll(filepath.Join(src, "layouts"))
		_, err := Run(context.Background(), cfg)
		if err == nil || !strings.HasPrefix(err.Error(), "render: ") {
			t.Fatalf("err = %v, want a render error", err)
		}
		sameTree(t, "site after render error", site, tree(t, cfg.Out))
		sameTree(t, "index after render error", idx, tree(t, cfg.Index))
	})

	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Run(ctx, cfg); err == nil {
			t.Fatal("a cancelled build succeeded")
		}
		sameTree(t, "site after cancel", site, tree(t, cfg.Out))
		sameTree(t, "index after cancel", idx, tree(t, cfg.Index))
	})

	t.Run("rebuild publishes", func(t *testing.T) {
		cfg := cfg
		cfg.AsOf = "2030-01-01"
		if _, err := Run(context.Background(), cfg); err != nil {
			t.Fatal(err)
		}
		home, _ := os.ReadFile(filepath.Join(cfg.Out, "index.html"))
		if !bytes.Contains(home, []byte("2030-01-01")) {
			t.Error("the rebuilt home page does not show the new as-of date")
		}
	})
}

// TestIndexAndSiteFoldersMustBeApart: an index inside the site folder (or the other way
// round) would be replaced when the other is published; the build refuses before it starts.
func TestIndexAndSiteFoldersMustBeApart(t *testing.T) {
	root := t.TempDir()
	for _, c := range []struct{ out, index string }{
		{"public", "public/index"},
		{"public", "public"},
		{"index/public", "index"},
	} {
		cfg := Config{Source: t.TempDir(), Out: filepath.Join(root, c.out), Index: filepath.Join(root, c.index)}
		_, err := Run(context.Background(), cfg)
		if err == nil || !strings.Contains(err.Error(), "must be apart") {
			t.Errorf("out %s, index %s: err = %v", c.out, c.index, err)
		}
		if entries, _ := os.ReadDir(root); len(entries) > 0 {
			t.Errorf("out %s, index %s: the refused build wrote %s", c.out, c.index, entries[0].Name())
		}
	}
}
