package serve

import (
	"io"
	"os"
	"runtime"
	"time"

	"cpportal/search/index"
)

// Config says what to serve and within which limits. Every zero field takes its default.
type Config struct {
	Addr     string    // listen address; default 127.0.0.1:8080
	SiteDir  string    // the rendered site; default "public"
	IndexDir string    // the search index built from it; default "index"
	Log      io.Writer // where problems are logged; default os.Stderr

	// Search limits.
	MaxQueryRunes int           // longest query in characters; default index.MaxQueryRunes (413 beyond)
	MaxURLBytes   int           // longest query string in bytes; default 4096 (413 beyond)
	SearchTimeout time.Duration // time budget of one search; default 2s (503 beyond)
	MaxConcurrent int           // searches running at once; default 4×GOMAXPROCS
	QueueWait     time.Duration // how long a search waits for a free slot; default 100ms (503 beyond)

	// HTTP server limits.
	ReadHeaderTimeout time.Duration // default 5s
	ReadTimeout       time.Duration // default 10s
	WriteTimeout      time.Duration // default 30s
	IdleTimeout       time.Duration // default 60s
	MaxHeaderBytes    int           // request line and headers, in bytes; default 16 KiB, at least 8 KiB
	MaxConnections    int           // open connections at once, beyond which accepting waits; default 1000
	ShutdownTimeout   time.Duration // how long shutdown waits for requests in flight; default 10s

	// WatchInterval is how often Serve looks whether a build published a new site or index
	// (and reloads it); default 2s; negative: never (SIGHUP only).
	WatchInterval time.Duration

	// Live, when set, turns on the live preview (see Live): every HTML page is served with
	// its script, uncompressed and uncached.
	Live *Live
}

func (c Config) withDefaults() Config {
	set := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8080"
	}
	if c.SiteDir == "" {
		c.SiteDir = "public"
	}
	if c.IndexDir == "" {
		c.IndexDir = "index"
	}
	if c.Log == nil {
		c.Log = os.Stderr
	}
	if c.MaxQueryRunes <= 0 || c.MaxQueryRunes > index.MaxQueryRunes {
		c.MaxQueryRunes = index.MaxQueryRunes
	}
	if c.MaxURLBytes <= 0 {
		c.MaxURLBytes = 4096
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = 4 * runtime.GOMAXPROCS(0)
	}
	if c.MaxConnections <= 0 {
		c.MaxConnections = 1000
	}
	if c.MaxHeaderBytes <= 0 {
		c.MaxHeaderBytes = 16 << 10
	}
	c.MaxHeaderBytes = max(c.MaxHeaderBytes, 8<<10)
	set(&c.SearchTimeout, 2*time.Second)
	set(&c.QueueWait, 100*time.Millisecond)
	set(&c.ReadHeaderTimeout, 5*time.Second)
	set(&c.ReadTimeout, 10*time.Second)
	set(&c.WriteTimeout, 30*time.Second)
	set(&c.IdleTimeout, 60*time.Second)
	set(&c.ShutdownTimeout, 10*time.Second)
	if c.WatchInterval == 0 {
		c.WatchInterval = 2 * time.Second
	}
	return c
}
