package index

import (
	"context"
	"path/filepath"
	"testing"
)

// TestPagesWithoutBodyAreSkippedUnparsed: a page that cannot carry the body attribute is
// skipped before parsing, and the attribute is still found in any letter case, as HTML
// reads it.
func TestPagesWithoutBodyAreSkippedUnparsed(t *testing.T) {
	for _, c := range []struct {
		page string
		may  bool
	}{
		{`<main data-search-body data-search-type="page"><h1>甲</h1></main>`, true},
		{`<MAIN DATA-SEARCH-BODY DATA-SEARCH-TYPE="page"><h1>乙</h1></MAIN>`, true},
		{`<main Data-Search-Body><h1>丙</h1></main>`, true},
		{`<main data-search-ignore><h1>English page</h1></main>`, false},
		{`<p>data-search-bod</p>`, false},
		{`-`, false},
		{`data-SEARCH-body`, true},
		{`xx-data-Search-Body-`, true},
		{`ata-search-body`, false},
		{`data-search-bodx data_search_body data-search body`, false},
	} {
		if got := mayHaveBody([]byte(c.page)); got != c.may {
			t.Errorf("mayHaveBody(%q) = %v, want %v", c.page, got, c.may)
		}
	}

	dir := t.TempDir()
	site := filepath.Join(dir, "public")
	writeFile(t, filepath.Join(site, "a", "index.html"), `<!doctype html><title>a</title><main data-search-body data-search-type="page"><h1>甲页</h1><p>正文</p></main>`)
	writeFile(t, filepath.Join(site, "b", "index.html"), `<!doctype html><title>b</title><MAIN DATA-SEARCH-BODY DATA-SEARCH-TYPE="page"><H1>乙页</H1></MAIN>`)
	writeFile(t, filepath.Join(site, "en", "a", "index.html"), `<!doctype html><title>a</title><main><h1>Page A</h1></main>`)
	st, err := Build(context.Background(), site, filepath.Join(dir, "index"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 3 || st.Documents != 2 || st.Skipped != 1 {
		t.Errorf("files %d, documents %d, skipped %d; want 3, 2, 1", st.Files, st.Documents, st.Skipped)
	}
}
