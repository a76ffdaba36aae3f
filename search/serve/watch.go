package serve

import (
	"context"
	"os"
	"time"
)

// indexFaulted is called when a search found the open index damaged (its mapped files
// changed under it). Searches answer 503 index_unavailable from then on; the index is
// opened afresh at once, and again by the watcher when a build publishes a new one.
func (s *Server) indexFaulted(g *generation, err error) {
	if !g.faulted.CompareAndSwap(false, true) {
		return // already reported and being reopened
	}
	s.log.Printf("search is unavailable: %v; reopening the index", err)
	go func() {
		if err := s.Reload(); err != nil {
			s.log.Printf("reopening after the fault: %v", err)
		} else {
			s.log.Printf("reopening after the fault: index reopened")
		}
	}()
}

// folderID identifies what a path points to: a build publishes by putting a new folder at the
// same path, so a different folder (or a changed one) means there is something new to open.
type folderID struct {
	fi os.FileInfo // nil when the path is missing
}

func identify(path string) folderID {
	fi, err := os.Stat(path)
	if err != nil {
		return folderID{}
	}
	return folderID{fi: fi}
}

func (a folderID) same(b folderID) bool {
	if a.fi == nil || b.fi == nil {
		return a.fi == nil && b.fi == nil
	}
	return os.SameFile(a.fi, b.fi) && a.fi.ModTime().Equal(b.fi.ModTime())
}

// Watch reloads the index and the search page by itself when a build publishes a new site or
// index into the served folders, looking every WatchInterval (two stat calls) until ctx
// ends. Reload lets searches in flight finish on the old index, so no request fails. Serve
// runs it; SIGHUP (Reload) still works beside it.
func (s *Server) Watch(ctx context.Context) {
	if s.cfg.WatchInterval < 0 {
		return
	}
	site, ix := identify(s.cfg.SiteDir), identify(s.cfg.IndexDir)
	t := time.NewTicker(s.cfg.WatchInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		nsite, nix := identify(s.cfg.SiteDir), identify(s.cfg.IndexDir)
		if nsite.same(site) && nix.same(ix) {
			continue
		}
		// Let a publish that is swapping the site and the index finish both swaps.
		time.Sleep(s.cfg.WatchInterval / 4)
		site, ix = identify(s.cfg.SiteDir), identify(s.cfg.IndexDir)
		if err := s.Reload(); err != nil {
			s.log.Printf("new build found; %v", err)
		} else {
			s.log.Printf("new build found; index reopened")
		}
	}
}
