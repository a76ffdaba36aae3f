package cli

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"cpportal/domain"
	"cpportal/generator/build"
	"cpportal/search/serve"
)

// watchEvery is how often serve --watch looks at the source folders. The folders are
// polled (names, sizes and modification times) rather than watched through the operating
// system's notifications: those do not follow new subfolders by themselves, miss edits on
// some network and container file systems, and a look at a few thousand files every half
// second costs next to nothing.
const watchEvery = 500 * time.Millisecond

// watchedFolders are what staff edit; the rest of the source (layouts, static) is read too,
// but changes there are rare and a restart picks them up.
var watchedFolders = []string{"data", "content"}

// watchSource rebuilds the site whenever the files under data/ and content/ change and have
// stayed the same for one more look (an editor's save in several writes makes one build),
// until ctx ends. A build that publishes makes the server reopen the index and open pages
// reload; a failed build publishes nothing, and its problems go to the terminal (doBuild)
// and to the overlay of every open page.
func watchSource(ctx context.Context, e *env, cfg build.Config, srv *serve.Server, live *serve.Live) {
	last := fingerprint(cfg.Source)
	pending := false
	tick := time.NewTicker(watchEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		now := fingerprint(cfg.Source)
		if now != last {
			last, pending = now, true
			continue // wait until it holds still
		}
		if !pending {
			continue
		}
		pending = false
		fmt.Fprintln(e.stderr, "watch: the source changed; building")
		rebuild(ctx, e, cfg, srv, live)
	}
}

// watchBuild runs a build, prints its problems or its summary like build does, and tells
// the open pages about a failure.
func watchBuild(ctx context.Context, e *env, cfg build.Config, live *serve.Live) error {
	sum, err := build.Run(ctx, cfg)
	if err != nil {
		var ps domain.Problems
		if errors.As(err, &ps) {
			reportProblems(e, asReport(ps, err), "; nothing was published")
		} else {
			fmt.Fprintf(e.stderr, "%s serve: %v\n", progName, err)
		}
		if ctx.Err() == nil {
			live.Failed(problemsText(err))
			fmt.Fprintln(e.stderr, "watch: the build failed; the site stays as it was")
		}
		return err
	}
	printBuilt(e, sum)
	return nil
}

// rebuild runs one build for the watch and reports how it ended.
func rebuild(ctx context.Context, e *env, cfg build.Config, srv *serve.Server, live *serve.Live) {
	if watchBuild(ctx, e, cfg, live) != nil {
		return
	}
	if err := srv.Reload(); err != nil {
		fmt.Fprintf(e.stderr, "watch: reopening the index: %v\n", err)
	}
	live.Published()
	fmt.Fprintln(e.stderr, "watch: published; open pages reload")
}

// problemsText is a failed build's problems for the overlay, as the terminal shows them.
func problemsText(err error) string {
	var ps domain.Problems
	if !errors.As(err, &ps) {
		return err.Error()
	}
	rep := asReport(ps, err)
	var b strings.Builder
	for _, p := range rep.Problems.Reported() {
		if p.Severity == domain.Warning {
			continue
		}
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	if rep.LeftOut > 0 {
		b.WriteString(rep.LeftOutLine())
		b.WriteByte('\n')
	}
	return b.String()
}

// fingerprint sums the names, sizes and modification times of the files the watch looks at.
func fingerprint(source string) [sha256.Size]byte {
	h := sha256.New()
	for _, dir := range watchedFolders {
		root := filepath.Join(source, dir)
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(h, "%s error\n", p)
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") && p != root {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil // editors' swap and backup files
			}
			if fi, err := d.Info(); err == nil {
				fmt.Fprintf(h, "%s %d %d %v\n", p, fi.Size(), fi.ModTime().UnixNano(), d.IsDir())
			}
			return nil
		})
	}
	var sum [sha256.Size]byte
	copy(sum[:], h.Sum(nil))
	return sum
}
