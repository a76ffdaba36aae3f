package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"cpportal/search/serve"
)

func runServe(ctx context.Context, e *env, args []string) error {
	var b buildFlags
	fs := newFlags(e, "serve", "[--source DIR] [--out DIR] [--index DIR] [--addr HOST:PORT] [--no-build | --watch] [--as-of YYYY-MM-DD] [--cache DIR]")
	b.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	noBuild := fs.Bool("no-build", false, "serve the existing output and index without building first")
	watch := fs.Bool("watch", false, "live preview: rebuild when files under SOURCE/data or SOURCE/content change, show a failed build's problems on every open page, reload open pages when a build is published")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if *watch && *noBuild {
		return usageError{"--watch builds; it cannot be combined with --no-build"}
	}
	cfg := b.config(e)
	if cfg.Out == "" {
		cfg.Out = filepath.Join(cfg.Source, "public")
	}
	if cfg.Index == "" {
		cfg.Index = filepath.Join(cfg.Source, "index")
	}
	var live *serve.Live
	if *watch {
		live = serve.NewLive()
	}
	switch {
	case live != nil:
		// A published site is served with the problems over it, to be fixed live.
		if err := watchBuild(ctx, e, cfg, live); err != nil {
			if _, statErr := os.Stat(cfg.Out); statErr != nil {
				return exitError{ExitFailure}
			}
		}
	case !*noBuild:
		if _, err := doBuild(ctx, e, cfg); err != nil {
			return err
		}
	}
	srv, err := serve.New(serve.Config{Addr: *addr, SiteDir: cfg.Out, IndexDir: cfg.Index, Log: e.stderr, Live: live})
	if err != nil {
		return err
	}
	if live != nil {
		go watchSource(ctx, e, cfg, srv, live)
		fmt.Fprintf(e.stderr, "watch: rebuilding on changes under %s and %s\n", filepath.Join(cfg.Source, "data"), filepath.Join(cfg.Source, "content"))
	}

	// SIGHUP reloads a newly built index without dropping requests in flight.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				if err := srv.Reload(); err != nil {
					fmt.Fprintf(e.stderr, "reload: %v\n", err)
				} else {
					fmt.Fprintln(e.stderr, "reload: index reopened")
				}
			}
		}
	}()
	if err := srv.ListenAndServe(ctx); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "serve: shut down cleanly")
	return nil
}
