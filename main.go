// Command cpportal builds and serves the public portal of Guangdong's compulsory
// cleaner-production audits. See README.md, or run `go run . help`.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"cpportal/cli"
)

func main() { os.Exit(run()) }

// run executes the command line; SIGINT and SIGTERM cancel it (serve shuts down gracefully).
func run() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return cli.Run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
}
