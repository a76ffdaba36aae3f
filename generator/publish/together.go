package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Pair is one folder to publish: the fully built Staging folder becomes Dst. Staging must sit
// on the same file system as Dst (Staging creates it beside Dst).
type Pair struct {
	Staging string
	Dst     string
}

// errNoExchange means the system cannot exchange two folders in one step.
var errNoExchange = errors.New("atomic exchange not supported")

// Together publishes every pair, in order, so that either all of them are in place or none:
// when one swap fails, the swaps already made are undone in reverse order and the error
// says so. Only after every swap succeeded is the previous content of each destination
// removed. The site and its search index are published with one call, so search never
// answers with records the published site does not have.
func Together(pairs ...Pair) error {
	var done []swapped
	for _, p := range pairs {
		s, err := swapOne(p)
		if err != nil {
			for i := len(done) - 1; i >= 0; i-- {
				if uerr := done[i].undo(); uerr != nil {
					err = fmt.Errorf("%w (and putting back the previous %s failed: %v)", err, done[i].dst, uerr)
				}
			}
			return err
		}
		done = append(done, s)
	}
	var first error
	for _, s := range done {
		if err := s.cleanup(); err != nil && first == nil {
			first = fmt.Errorf("publish %s: removing the previous content: %w", s.dst, err)
		}
	}
	return first
}

// swapped is one swap made: how to take it back, and what to remove once every swap held.
type swapped struct {
	dst     string
	undo    func() error
	cleanup func() error
}

// swapOne puts p.Staging at p.Dst. On Linux an existing destination is exchanged with the
// staging folder in one renameat2 call (readers see the old folder or the new one, never
// none) and the old content waits at the staging path. Elsewhere the old folder is renamed
// aside first; Recover puts it back if the process dies between the two renames.
func swapOne(p Pair) (swapped, error) {
	staging, dst := filepath.Clean(p.Staging), filepath.Clean(p.Dst)
	s := swapped{dst: dst, cleanup: func() error { return nil }}
	fail := func(err error) (swapped, error) { return swapped{}, fmt.Errorf("publish %s: %w", dst, err) }
	if _, err := os.Lstat(staging); err != nil {
		return fail(err)
	}
	if _, err := os.Lstat(dst); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(staging, dst); err != nil {
			return fail(err)
		}
		s.undo = func() error { return os.Rename(dst, staging) }
		return s, nil
	} else if err != nil {
		return fail(err)
	}
	err := exchange(staging, dst)
	if err == nil {
		s.undo = func() error { return exchange(staging, dst) }
		s.cleanup = func() error { return os.RemoveAll(staging) } // the previous content
		return s, nil
	}
	if !errors.Is(err, errNoExchange) {
		return fail(err)
	}
	aside := dst + asideMark
	if err := os.RemoveAll(aside); err != nil {
		return fail(err)
	}
	if err := os.Rename(dst, aside); err != nil {
		return fail(err)
	}
	if err := os.Rename(staging, dst); err != nil {
		if rerr := os.Rename(aside, dst); rerr != nil {
			return fail(fmt.Errorf("%w (and restoring the previous folder failed: %v)", err, rerr))
		}
		return fail(err)
	}
	s.undo = func() error {
		if err := os.Rename(dst, staging); err != nil {
			return err
		}
		return os.Rename(aside, dst)
	}
	s.cleanup = func() error { return os.RemoveAll(aside) }
	return s, nil
}
