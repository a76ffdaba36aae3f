// Command cpportal builds and serves the public portal of Guangdong's compulsory
// cleaner-production audits. See README.md, or run `go run . help`.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"cpportal/generator/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}
