package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
)

// OpenTimeout is how long Open waits for the index's lock before giving up.
const OpenTimeout = "2s"

// Index is an index opened for searching. It is safe for concurrent use.
type Index struct {
	bleve bleve.Index
	dir   string
	docs  uint64
	features
	facets *facetTable  // nil: bleve counts facets
	cache  *resultCache // nil: every search runs
	// rankings remembers each query's order of documents for its other pages; nil: none.
	rankings   *lru[*ranking]
	rankWindow int         // RankWindow; smaller in tests
	flights    flights     // searches under way, by cache key
	damaged    atomic.Bool // set when a search faulted reading the index's files
}

// ErrNoIndex means there is no index at the given folder (it was never built).
var ErrNoIndex = errors.New("no search index")

// Open opens the index at indexDir read-only. Several processes may open one index at once; a
// lock held by a writer makes Open fail after OpenTimeout instead of waiting forever.
func Open(indexDir string) (*Index, error) {
	if _, err := os.Stat(filepath.Join(indexDir, "index_meta.json")); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w at %s", ErrNoIndex, indexDir)
		}
		return nil, err
	}
	b, err := bleve.OpenUsing(indexDir, map[string]any{"read_only": true, "bolt_timeout": OpenTimeout})
	if err != nil {
		return nil, fmt.Errorf("opening the search index %s: %w", indexDir, err)
	}
	ix := &Index{bleve: b, dir: indexDir, cache: newResultCache(CacheEntries), rankings: newLRU[*ranking](RankEntries), rankWindow: RankWindow}
	n, err := b.DocCount()
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("reading the search index %s: %w", indexDir, err)
	}
	ix.docs = n
	// An index written by Build records its document count; a mismatch means it is damaged.
	if raw, err := b.GetInternal([]byte(internalStats)); err == nil && raw != nil {
		if want, err := strconv.ParseUint(string(raw), 10, 64); err != nil || want != n {
			b.Close()
			return nil, fmt.Errorf("the search index %s is damaged: it records %s documents and holds %d", indexDir, raw, n)
		}
	} else if err == nil && raw == nil {
		b.Close()
		return nil, fmt.Errorf("the search index %s was not written by this program's build", indexDir)
	}
	// Without the table (an index too unusual for it) bleve counts facets: slower, as exact.
	ix.facets, _ = readFacetTable(b)
	return ix, nil
}

// Documents is the number of documents in the index.
func (ix *Index) Documents() uint64 { return ix.docs }

// Dir is the folder the index was opened from.
func (ix *Index) Dir() string { return ix.dir }

// Close releases the index. Searches must have finished.
func (ix *Index) Close() error { return ix.bleve.Close() }
