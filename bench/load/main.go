package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8190", "server base `URL` (loopback only)")
	duration := flag.Duration("duration", time.Minute, "how long to run")
	rate := flag.Float64("rate", 0, "requests per second: an open loop over -paths (0: a closed loop of -c clients)")
	pathsFile := flag.String("paths", "", "open loop: `FILE` of request paths, one a line")
	maxConns := flag.Int("conns", 256, "open loop: most connections kept open")
	clients := flag.Int("c", 8, "closed loop: concurrent clients")
	maxRequests := flag.Int64("n", 5_000_000, "closed loop: stop after this many requests")
	pid := flag.Int("pid", 0, "closed loop: server process id, for memory samples (0: none)")
	every := flag.Duration("sample", 10*time.Second, "closed loop: memory sample interval")
	budget := flag.Duration("budget", 2*time.Second, "closed loop: per-request time budget")
	flag.Parse()

	u, err := url.Parse(*base)
	if err != nil || !isLoopback(u.Hostname()) {
		fmt.Fprintf(os.Stderr, "load: %s is not a loopback address; this tool only loads a local server\n", *base)
		os.Exit(2)
	}
	root := strings.TrimRight(*base, "/")
	if *rate > 0 {
		paths, err := readPaths(*pathsFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "load:", err)
			os.Exit(2)
		}
		fmt.Println(openLoop(root, paths, *rate, *duration, *maxConns))
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ok, err := closedLoop(ctx, root, *duration, *clients, *maxRequests, *pid, *every, *budget)
	if err != nil {
		fmt.Fprintf(os.Stderr, "load: %v\n", err)
		os.Exit(1)
	}
	if !ok {
		os.Exit(1)
	}
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
