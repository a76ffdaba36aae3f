package index

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"cpportal/internal/fixture"
)

// shared is one fixture site and its index, built once for the read-only tests.
var shared struct {
	once sync.Once
	site fixture.Site
	ix   *Index
	err  error
	dir  string
}

func sharedIndex(t testing.TB) (*Index, fixture.Site) {
	t.Helper()
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "search-index-test-")
		if err != nil {
			shared.err = err
			return
		}
		shared.dir = dir
		shared.site, shared.err = fixture.WriteSite(filepath.Join(dir, "public"), 240)
		if shared.err != nil {
			return
		}
		if _, shared.err = Build(context.Background(), shared.site.Dir, filepath.Join(dir, "index"), Options{}); shared.err != nil {
			return
		}
		shared.ix, shared.err = Open(filepath.Join(dir, "index"))
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.ix, shared.site
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.ix != nil {
		shared.ix.Close()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

func mustSearch(t testing.TB, ix *Index, r Request) Result {
	t.Helper()
	res, err := ix.Search(context.Background(), r)
	if err != nil {
		t.Fatalf("search %+v: %v", r, err)
	}
	return res
}
