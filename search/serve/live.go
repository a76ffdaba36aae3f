package serve

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"time"
)

// Live is the live preview of `serve --watch`: the command rebuilds the site when its data
// change and tells Live how each build ended; every page served then carries a small script
// (livePath + "live.js", served only when Config.Live is set, from the site's own origin, so
// the Content-Security-Policy allows it as it is) that listens to the server's events
// (server-sent, at livePath + "events"), reloads the page when a build was published, and
// shows the problems of a failed build on an overlay until a build succeeds.
type Live struct {
	mu       sync.Mutex
	build    int    // builds published since the server started
	problems string // the problems of the last build, "" when it was published
	changed  chan struct{}
}

// NewLive starts a live preview with nothing published yet.
func NewLive() *Live { return &Live{changed: make(chan struct{})} }

// Published says a build was published: open pages reload.
func (l *Live) Published() {
	l.mu.Lock()
	l.build++
	l.problems = ""
	l.notifyLocked()
	l.mu.Unlock()
}

// Failed says a build failed with these problems (one a line): open pages show them.
func (l *Live) Failed(problems string) {
	l.mu.Lock()
	l.problems = problems
	l.notifyLocked()
	l.mu.Unlock()
}

func (l *Live) notifyLocked() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// liveState is what each event carries.
type liveState struct {
	Build    int    `json:"build"`
	Problems string `json:"problems"`
}

func (l *Live) state() (liveState, <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return liveState{Build: l.build, Problems: l.problems}, l.changed
}

// livePath is where the live preview's script and events are served.
const livePath = "/_live/"

//go:embed live.js
var liveScript []byte

// liveTag is put into every HTML page served in watch mode, before </head>.
var liveTag = []byte(`<script src="` + livePath + `live.js" defer></script>`)

// liveKeepAlive is how often an idle event stream gets a comment, so that proxies and the
// browser keep it open.
const liveKeepAlive = 15 * time.Second

func (s *Server) handleLiveScript(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r) {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(liveScript)
}

// handleLiveEvents streams the live state: once at once, then at every change.
func (s *Server) handleLiveEvents(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r) {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Time{}) // the stream outlives the server's WriteTimeout
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	tick := time.NewTicker(liveKeepAlive)
	defer tick.Stop()
	for {
		st, changed := s.cfg.Live.state()
		b, _ := json.Marshal(st)
		if _, err := fmt.Fprintf(w, "event: state\ndata: %s\n\n", b); err != nil {
			return
		}
		if rc.Flush() != nil {
			return
		}
	wait:
		select {
		case <-r.Context().Done():
			return
		case <-changed:
		case <-tick.C:
			if _, err := io.WriteString(w, ": keep-alive\n\n"); err != nil || rc.Flush() != nil {
				return
			}
			goto wait
		}
	}
}

// serveLivePage sends an HTML page with the live script added, uncompressed and never cached.
func serveLivePage(w http.ResponseWriter, r *http.Request, f *os.File) {
	body, err := io.ReadAll(io.LimitReader(f, 64<<20))
	if err != nil {
		http.Error(w, "reading the page failed", http.StatusInternalServerError)
		return
	}
	if i := bytes.LastIndex(body, []byte("</head>")); i >= 0 {
		body = append(body[:i:i], append(append([]byte{}, liveTag...), body[i:]...)...)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Del("Vary")
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}
