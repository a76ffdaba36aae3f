package serve

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/net/netutil"

	"cpportal/search/index"
)

// Server serves the static site and answers searches from the index.
type Server struct {
	cfg Config
	log *log.Logger
	sem chan struct{}

	mu      sync.RWMutex // guards cur; held for writing only while swapping
	cur     *generation
	reloads sync.Mutex // one Reload at a time

	handler http.Handler
	closing atomic.Bool
}

// generation is one opened index and the search page read with it. Searches hold it with
// acquire/release, so that a reload closes the old index only after they are done.
type generation struct {
	ix       *index.Index           // nil when no index could be opened
	why      error                  // why ix is nil
	pages    map[string]*searchPage // by results language code
	inflight sync.WaitGroup
	faulted  atomic.Bool // a search found ix damaged; reported once
}

// New prepares a server. A missing or broken index is not an error: the site is served and
// searches answer 503 until Reload finds a good index. A missing site folder is an error.
func New(cfg Config) (*Server, error) {
	cfg = cfg.withDefaults()
	fi, err := os.Stat(cfg.SiteDir)
	if err != nil {
		return nil, fmt.Errorf("serve: site folder: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("serve: site folder %s is not a directory", cfg.SiteDir)
	}
	s := &Server{
		cfg: cfg,
		log: log.New(cfg.Log, "serve: ", log.LstdFlags),
		sem: make(chan struct{}, cfg.MaxConcurrent),
	}
	s.cur = s.open()
	s.handler = s.routes()
	return s, nil
}

// openSite opens SiteDir as an os.Root, so that no path (.., encoded slashes, symbolic links
// pointing elsewhere) can reach outside it. It is opened afresh for every use because a
// rebuild publishes the site by swapping a new folder in at the same path: a root held open
// would keep serving the old, removed folder.
func (s *Server) openSite() (*os.Root, error) {
	return os.OpenRoot(s.cfg.SiteDir)
}

// open opens the index and reads the search page; failures are logged and kept.
func (s *Server) open() *generation {
	root, err := s.openSite()
	if err != nil {
		s.log.Printf("search page: %v", err)
	}
	g := &generation{pages: loadSearchPages(root, s.log)}
	if root != nil {
		root.Close()
	}
	ix, err := index.Open(s.cfg.IndexDir)
	if err != nil {
		g.why = err
		s.log.Printf("search is unavailable: %v", err)
		return g
	}
	g.ix = ix
	s.log.Printf("search index %s: %d documents", s.cfg.IndexDir, ix.Documents())
	return g
}

// Reload opens the index at IndexDir again (after a rebuild) and swaps it in. Searches in
// flight finish on the old index, which is closed after them. If the new index cannot be
// opened, the old one keeps serving and the error is returned.
func (s *Server) Reload() error {
	s.reloads.Lock()
	defer s.reloads.Unlock()
	next := s.open()
	s.mu.RLock()
	hadIndex := s.cur.ix != nil && !s.cur.ix.Damaged() // a damaged index is not worth keeping
	s.mu.RUnlock()
	if next.ix == nil && hadIndex {
		// Keep the working index; take the new search page only.
		s.mu.Lock()
		s.cur.pages = next.pages
		s.mu.Unlock()
		return fmt.Errorf("serve: reload: keeping the previous index: %w", next.why)
	}
	s.mu.Lock()
	old := s.cur
	s.cur = next
	s.mu.Unlock()
	old.inflight.Wait()
	if old.ix != nil {
		if err := old.ix.Close(); err != nil {
			s.log.Printf("closing the previous index: %v", err)
		}
	}
	return next.why
}

func (s *Server) acquire() *generation {
	s.mu.RLock()
	g := s.cur
	g.inflight.Add(1)
	s.mu.RUnlock()
	return g
}

func (g *generation) release() { g.inflight.Done() }

// Handler is the server's whole HTTP interface, for tests and for embedding.
func (s *Server) Handler() http.Handler { return s.handler }

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/search", s.handleAPI)
	mux.HandleFunc("/search", s.handleResults)
	mux.HandleFunc("/search/", s.handleResults)
	mux.HandleFunc("/en/search", s.handleResults)
	mux.HandleFunc("/en/search/", s.handleResults)
	mux.HandleFunc("/healthz", s.handleHealth)
	mux.HandleFunc("/", s.handleStatic)
	if s.cfg.Live != nil {
		mux.HandleFunc(livePath+"live.js", s.handleLiveScript)
		mux.HandleFunc(livePath+"events", s.handleLiveEvents)
	}
	return securityHeaders(mux)
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r) {
		writeError(w, r, &apiError{Status: http.StatusMethodNotAllowed, Code: "method_not_allowed", Message: "use GET"})
		return
	}
	g := s.acquire()
	defer g.release()
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if g.ix == nil || g.ix.Damaged() {
		writeJSON(w, r, http.StatusOK, map[string]any{"status": "ok", "search": "unavailable", "documents": 0})
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]any{"status": "ok", "search": "ok", "documents": g.ix.Documents()})
}

// ListenAndServe serves until ctx is cancelled, then shuts down gracefully: it stops
// accepting connections, waits for requests in flight (up to ShutdownTimeout) and closes the
// index.
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve is ListenAndServe on an existing listener. At most MaxConnections connections are
// open at once: beyond that, new connections wait in the kernel's backlog until one closes, so
// that a flood of connections cannot exhaust the process's file descriptors. Slow clients
// cannot keep their slot: a connection that has not sent its headers within
// ReadHeaderTimeout is closed, as is one idle for IdleTimeout.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	ln = netutil.LimitListener(ln, s.cfg.MaxConnections)
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    headerAllowance(s.cfg.MaxHeaderBytes),
		ErrorLog:          s.log,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	s.log.Printf("serving %s on http://%s/", s.cfg.SiteDir, ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	go s.Watch(watchCtx)
	select {
	case err := <-errc:
		s.Close()
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	<-errc
	s.Close()
	if err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}

// Close closes the index and the site folder once searches in flight are done.
func (s *Server) Close() error {
	if s.closing.Swap(true) {
		return nil
	}
	s.mu.Lock()
	g := s.cur
	s.cur = &generation{why: errors.New("the server is shutting down"), pages: g.pages}
	s.mu.Unlock()
	g.inflight.Wait()
	var err error
	if g.ix != nil {
		err = g.ix.Close()
	}
	return err
}

// headerAllowance is what net/http must be told so that a request line and headers longer
// than limit bytes in all are refused (431): it reads MaxHeaderBytes plus 4,096 bytes of
// buffer slack before it refuses.
func headerAllowance(limit int) int {
	return max(limit-4096, 1)
}

// retryAfter is what a busy or unavailable search tells clients to wait, in seconds.
const retryAfter = "1"

var _ = time.Second
