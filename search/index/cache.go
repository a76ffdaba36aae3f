package index

import (
	"container/list"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// CacheEntries is how many distinct requests an open index remembers the results of (a result
// is a page of hits with snippets and the facet counts, mostly under 10 kB). Readers'
// queries repeat (frequent words, the same filters, the next page), and an index never changes
// once opened (a rebuild is opened as a new Index), so a remembered result stays exact.
const CacheEntries = 8192

// resultCache remembers the results of the most recently used requests.
type resultCache = lru[Result]

func newResultCache(max int) *resultCache { return newLRU[Result](max) }

// lru remembers the values of the most recently used keys.
type lru[V any] struct {
	mu    sync.Mutex
	max   int
	order *list.List // most recent first; values are *lruEntry[V]
	byKey map[string]*list.Element
}

type lruEntry[V any] struct {
	key string
	val V
}

func newLRU[V any](max int) *lru[V] {
	return &lru[V]{max: max, order: list.New(), byKey: make(map[string]*list.Element, max)}
}

// cacheKey names a validated request and the analysis it was searched with. Filter names are
// put in a fixed order; the values of one filter keep theirs.
func cacheKey(r Request, f features) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %q %d %d %d %v", r.Lang, r.Query, r.From, r.Size, r.FacetSize, f)
	names := make([]string, 0, len(r.Filters))
	for name := range r.Filters {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		fmt.Fprintf(&b, " %s=%q", name, r.Filters[name])
	}
	return b.String()
}

func (c *lru[V]) get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*lruEntry[V]).val, true
}

func (c *lru[V]) put(key string, val V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		e.Value.(*lruEntry[V]).val = val // a deeper ranking replaces a shallower one
		c.order.MoveToFront(e)
		return
	}
	c.byKey[key] = c.order.PushFront(&lruEntry[V]{key: key, val: val})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*lruEntry[V]).key)
	}
}

// MaxSearchTime bounds one search run for the cache. A search runs to completion even when
// the caller stops waiting (a time budget shorter than the search): its result then answers
// the next reader who asks, instead of every reader starting it again and giving up again.
const MaxSearchTime = 20 * time.Second

// flights runs each distinct request once at a time: readers asking for a request already
// being searched wait for that search instead of starting their own.
type flights struct {
	mu      sync.Mutex
	running map[string]*flight
}

type flight struct {
	done chan struct{}
	res  Result
	err  error
}

// do returns the result of run for key, sharing a run already under way.
func (f *flights) do(key string, run func() (Result, error)) (Result, error) {
	f.mu.Lock()
	if f.running == nil {
		f.running = map[string]*flight{}
	}
	if fl, ok := f.running[key]; ok {
		f.mu.Unlock()
		<-fl.done
		return fl.res, fl.err
	}
	fl := &flight{done: make(chan struct{})}
	f.running[key] = fl
	f.mu.Unlock()

	fl.res, fl.err = run()
	f.mu.Lock()
	delete(f.running, key)
	f.mu.Unlock()
	close(fl.done)
	return fl.res, fl.err
}
