package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"

	"cpportal/generator/publish"
)

// Writer builds a new index from pages handed to it one at a time, so that a build can index
// each page the moment it is rendered instead of reading the whole site back afterwards. The
// pages are parsed by a pool of workers and handed to bleve's offline builder by one goroutine; Add blocks
// while the pool is busy, which paces whoever renders the pages to the indexing speed.
//
// Nothing is visible at the index folder until Commit succeeds; Abort (or a failed Commit)
// removes everything written so far and leaves the previous index exactly as it was.
type Writer struct {
	ctx    context.Context
	cancel context.CancelFunc
	opts   Options
	target string // the index folder to swap into
	stage  string // the temporary sibling folder the new index is written into
	start  time.Time

	mu     sync.RWMutex // held for reading while sending to jobs; for writing to close it
	closed bool
	jobs   chan page

	workers sync.WaitGroup
	done    chan struct{} // closed when the writing goroutine has finished
	st      Stats
	err     error // the first error, set by the writing goroutine before done closes
	ix      bleve.Builder
	ended   bool

	added, processed atomic.Int64 // pages handed over and pages parsed and written, for Progress
}

type page struct {
	rel  string
	data []byte
}

// ErrWriterClosed is returned by Add after Commit or Abort.
var ErrWriterClosed = errors.New("the index writer is closed")

// NewWriter starts a new index for indexDir. A staging folder left beside indexDir by a build
// that was killed is removed first. indexDir itself is not touched until Commit.
func NewWriter(ctx context.Context, indexDir string, opts Options) (*Writer, error) {
	if opts.BatchSize <= 0 {
		opts.BatchSize = 500
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	target, err := filepath.Abs(indexDir)
	if err != nil {
		return nil, err
	}
	stage, err := makeStaging(target)
	if err != nil {
		return nil, err
	}
	m, err := newMapping()
	if err != nil {
		os.RemoveAll(stage)
		return nil, err
	}
	// bleve's offline builder: each batch becomes a segment file, and Commit merges them all
	// into one. Cheaper than an online index, which merges segments again and again in the
	// background while it grows, and one segment is also the fastest to search.
	ix, err := bleve.NewBuilder(filepath.Join(stage, "index"), m, map[string]any{
		"batchSize":       opts.BatchSize,
		"buildPathPrefix": stage, // the builder's temporary segments go with the staging folder
	})
	if err != nil {
		os.RemoveAll(stage)
		return nil, fmt.Errorf("creating the new index: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	w := &Writer{
		ctx: ctx, cancel: cancel, opts: opts, target: target, stage: stage, start: time.Now(),
		jobs: make(chan page, opts.Workers*2), done: make(chan struct{}), ix: ix,
		st: Stats{ByType: map[string]int{}, ByLang: map[string]int{}},
	}
	results := make(chan parsed, opts.Workers*4)
	for range opts.Workers {
		w.workers.Add(1)
		go w.parse(results)
	}
	go func() { w.workers.Wait(); close(results) }()
	go w.write(results)
	return w, nil
}

// makeStaging removes leftovers of killed builds beside target and creates a fresh staging
// folder there (a sibling, so that the final rename stays on one file system).
func makeStaging(target string) (string, error) {
	parent := filepath.Dir(target)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	prefix := "." + filepath.Base(target) + ".build-"
	if entries, err := os.ReadDir(parent); err == nil {
		for _, e := range entries {
			if e.IsDir() && strings.HasPrefix(e.Name(), prefix) {
				if err := os.RemoveAll(filepath.Join(parent, e.Name())); err != nil {
					return "", fmt.Errorf("removing the leftover %s: %w", e.Name(), err)
				}
			}
		}
	}
	stage, err := os.MkdirTemp(parent, prefix)
	if err != nil {
		return "", err
	}
	return stage, nil
}

// Add hands the writer one page: rel is its slash-separated path inside the site, data its
// full content, which the writer keeps (the caller must not change it afterwards). Pages that
// cannot carry data-search-body are counted and dropped without parsing. Add may be called
// from several goroutines at once. It returns an error only once the writer has failed or
// been closed; the failure itself is reported by Commit.
func (w *Writer) Add(rel string, data []byte) error {
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.closed {
		return ErrWriterClosed
	}
	select {
	case w.jobs <- page{rel: rel, data: data}:
		w.added.Add(1)
		return nil
	case <-w.ctx.Done():
		return w.ctx.Err()
	}
}

type parsed struct {
	rel string
	doc document
	ok  bool
	err error
}

func (w *Writer) parse(results chan<- parsed) {
	defer w.workers.Done()
	for p := range w.jobs {
		if w.ctx.Err() != nil {
			continue // drain: the writer has failed or was cancelled
		}
		if !mayHaveBody(p.data) {
			results <- parsed{rel: p.rel} // not indexable, known without parsing
			continue
		}
		d, ok, err := extract(p.data, p.rel)
		results <- parsed{rel: p.rel, doc: d, ok: ok, err: err}
	}
}

// write batches parsed documents into the index. It is the only goroutine that touches ix
// and st until done is closed.
func (w *Writer) write(results <-chan parsed) {
	defer close(w.done)
	seen := map[string]bool{}
	fail := func(err error) {
		if w.err == nil {
			w.err = err
			w.cancel()
		}
	}
	for r := range results {
		w.processed.Add(1)
		if w.err != nil {
			continue // drain
		}
		w.st.Files++
		switch {
		case r.err != nil:
			fail(r.err)
		case !r.ok:
			w.st.Skipped++
		case seen[r.doc.URL]:
			// The same page handed over twice: the builder takes a document once, so the
			// first version stays. A renderer writes each page once; this only guards the count.
		default:
			seen[r.doc.URL] = true
			if err := w.ix.Index(r.doc.URL, r.doc.fields()); err != nil {
				fail(fmt.Errorf("%s: %w", r.doc.URL, err))
				break
			}
			w.st.Documents++
			w.st.ByType[r.doc.Type]++
			w.st.ByLang[r.doc.Lang]++
			w.st.TextBytes += int64(len(r.doc.Body) + len(r.doc.Title) + len(r.doc.BodyEn) + len(r.doc.TitleEn))
		}
	}
	if w.err == nil {
		if err := w.ctx.Err(); err != nil {
			fail(err)
		}
	}
}

// close stops accepting pages and waits until everything handed over is written.
func (w *Writer) close() {
	w.mu.Lock()
	if !w.closed {
		w.closed = true
		close(w.jobs)
	}
	w.mu.Unlock()
	<-w.done
}

// Commit finishes the new index (see Finish) and puts it in place at the index folder in one
// step. On any error, or when the context has ended, the new index is removed and the folder
// left as it was. Commit, Finish and Abort end the writer: after one of them, Commit and
// Finish return ErrWriterClosed.
func (w *Writer) Commit() (Stats, error) {
	st, err := w.Finish()
	defer w.Abort()
	if err != nil {
		return st, err
	}
	if err := publish.Swap(w.Staged(), w.target); err != nil {
		return st, fmt.Errorf("putting the new index in place: %w", err)
	}
	w.st.Duration = time.Since(w.start)
	return w.st, nil
}

// Finish waits for every page added so far to be indexed, merges the new index and reopens
// it to check it holds every document, but leaves it staged at Staged(): the index folder is
// not touched. The caller publishes it (with the site, in one step: see generator/publish)
// and then calls Abort, which removes the staging folder and with it the previous index the
// publish swapped out. On any error the new index is removed.
func (w *Writer) Finish() (Stats, error) {
	if w.ended {
		return w.st, ErrWriterClosed
	}
	w.ended = true
	defer w.cancel()
	w.close()
	newIndex := w.Staged()
	err := w.err
	if err == nil {
		if cerr := w.ix.Close(); cerr != nil { // merges the segments into one
			err = fmt.Errorf("closing: %w", cerr)
		}
	}
	if err == nil {
		err = recordCount(newIndex, w.st.Documents)
	}
	if err == nil {
		err = verify(newIndex, w.st.Documents)
	}
	if err == nil {
		err = w.ctx.Err()
	}
	if err != nil {
		os.RemoveAll(w.stage)
		return w.st, err
	}
	w.st.IndexSize = dirSize(newIndex)
	w.st.Duration = time.Since(w.start)
	return w.st, nil
}

// Staged is the folder the finished index waits in, beside the index folder (same file
// system), until it is published.
func (w *Writer) Staged() string { return filepath.Join(w.stage, "index") }

// Target is the index folder the writer's index is meant for.
func (w *Writer) Target() string { return w.target }

// Progress returns how many pages have been parsed and written so far and how many have
// been handed over; safe to call from any goroutine.
func (w *Writer) Progress() (written, added int64) { return w.processed.Load(), w.added.Load() }

// Abort discards everything written, and the staging folder with whatever it holds; the
// index folder is left as it is. After Finish it removes what the publish left there.
func (w *Writer) Abort() {
	if !w.ended {
		w.ended = true
		w.cancel()
		w.close()
	}
	os.RemoveAll(w.stage) // the builder's segments, the unpublished index or the previous one
}

// recordCount stores the number of documents with the index, checked when it is opened.
// The offline builder cannot store it itself.
func recordCount(dir string, n int) error {
	ix, err := bleve.Open(dir)
	if err != nil {
		return fmt.Errorf("reopening the new index: %w", err)
	}
	if err := ix.SetInternal([]byte(internalStats), []byte(fmt.Sprintf("%d", n))); err != nil {
		ix.Close()
		return err
	}
	return ix.Close()
}
