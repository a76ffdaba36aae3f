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
	fs := newFlags(e, "serve", "[--source DIR] [--out DIR] [--index DIR] [--addr HOST:PORT] [--no-build] [--as-of YYYY-MM-DD]")
	b.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	noBuild := fs.Bool("no-build", false, "serve the existing output and index without building first")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	cfg := b.config(e)
	if cfg.Out == "" {
		cfg.Out = filepath.Join(cfg.Source, "public")
	}
	if cfg.Index == "" {
		cfg.Index = filepath.Join(cfg.Source, "index")
	}
	if !*noBuild {
		if _, err := doBuild(ctx, e, cfg); err != nil {
			return err
		}
	}
	srv, err := serve.New(serve.Config{Addr: *addr, SiteDir: cfg.Out, IndexDir: cfg.Index, Log: e.stderr})
	if err != nil {
		return err
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
