package index

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"cpportal/internal/fixture"
)

// sitePages reads every HTML file of a fixture site, as a renderer would hand them over.
func sitePages(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files, err := htmlFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{}
	for _, rel := range files {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		pages[rel] = b
	}
	return pages
}

func urlsOf(t *testing.T, dir string) []string {
	t.Helper()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var urls []string
	for _, lang := range Langs {
		res := mustSearch(t, ix, Request{Filters: map[string][]string{"type": {"enterprise", "page", "batch", "case", "city", "industry"}}, Size: MaxSize, Lang: lang})
		for from := 0; uint64(from) < res.Total; from += MaxSize {
			page := mustSearch(t, ix, Request{Filters: map[string][]string{"type": {"enterprise", "page", "batch", "case", "city", "industry"}}, From: from, Size: MaxSize, Lang: lang})
			for _, h := range page.Hits {
				urls = append(urls, h.URL)
			}
		}
	}
	sort.Strings(urls)
	return urls
}

// TestWriterFromConcurrentRenderers: pages handed over from many goroutines at once, in any
// order and some twice, give the same index as Build reading the finished site.
func TestWriterFromConcurrentRenderers(t *testing.T) {
	dir := t.TempDir()
	site, err := fixture.WriteSite(filepath.Join(dir, "public"), 60)
	if err != nil {
		t.Fatal(err)
	}
	built, err := Build(context.Background(), site.Dir, filepath.Join(dir, "built"), Options{})
	if err != nil {
		t.Fatal(err)
	}

	w, err := NewWriter(context.Background(), filepath.Join(dir, "streamed"), Options{Workers: 3, BatchSize: 7})
	if err != nil {
		t.Fatal(err)
	}
	pages := sitePages(t, site.Dir)
	var wg sync.WaitGroup
	for rel, data := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.Add(rel, data); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	// A page handed over twice counts once.
	for rel, data := range pages {
		if err := w.Add(rel, data); err != nil {
			t.Fatal(err)
		}
		break
	}
	streamed, err := w.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if streamed.Documents != built.Documents || streamed.Documents != site.Indexable {
		t.Errorf("streamed %d documents, Build %d, the site has %d indexable pages", streamed.Documents, built.Documents, site.Indexable)
	}
	if streamed.Files != len(pages)+1 || streamed.Skipped != built.Skipped {
		t.Errorf("streamed files %d skipped %d; Build files %d skipped %d", streamed.Files, streamed.Skipped, built.Files, built.Skipped)
	}
	if a, b := urlsOf(t, filepath.Join(dir, "built")), urlsOf(t, filepath.Join(dir, "streamed")); len(a) != len(b) || len(a) != site.Indexable {
		t.Errorf("documents differ: %d vs %d", len(a), len(b))
	} else {
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("document %d: %s vs %s", i, a[i], b[i])
			}
		}
	}
	if err := w.Add("late.html", []byte("<main data-search-body></main>")); !errors.Is(err, ErrWriterClosed) {
		t.Errorf("Add after Commit: %v", err)
	}
	if _, err := w.Commit(); !errors.Is(err, ErrWriterClosed) {
		t.Errorf("a second Commit: %v", err)
	}
}

// TestWriterFailureLeavesTheIndex: a bad page, an abort or a cancelled context leave the
// index folder exactly as it was and no staging folder behind.
func TestWriterFailureLeavesTheIndex(t *testing.T) {
	dir := t.TempDir()
	site, err := fixture.WriteSite(filepath.Join(dir, "public"), 10)
	if err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "index")
	if _, err := Build(context.Background(), site.Dir, target, Options{}); err != nil {
		t.Fatal(err)
	}
	before := treeDigest(t, target)
	pages := sitePages(t, site.Dir)

	cases := map[string]func(w *Writer, cancel context.CancelFunc) error{
		"bad page": func(w *Writer, _ context.CancelFunc) error {
			w.Add("bad.html", []byte(`<main data-search-body></main><div data-search-body></div>`))
			_, err := w.Commit()
			return err
		},
		"abort": func(w *Writer, _ context.CancelFunc) error {
			w.Abort()
			return errors.New("aborted")
		},
		"cancelled": func(w *Writer, cancel context.CancelFunc) error {
			cancel()
			_, err := w.Commit()
			return err
		},
	}
	for name, end := range cases {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			w, err := NewWriter(ctx, target, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for rel, data := range pages {
				if err := w.Add(rel, data); err != nil {
					break
				}
			}
			if err := end(w, cancel); err == nil {
				t.Fatal("the writer succeeded")
			}
			if after := treeDigest(t, target); after != before {
				t.Error("the index folder changed")
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if e.Name() != "index" && e.Name() != "public" {
					t.Errorf("left behind: %s", e.Name())
				}
			}
		})
	}
}

// treeDigest is the sorted list of a folder's files with their sizes and contents' hash.
func treeDigest(t *testing.T, dir string) string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, fmt.Sprintf("%s %x", rel, sha256.Sum256(b)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}
