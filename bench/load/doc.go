// Command load puts a running portal server on the loopback interface under HTTP load and
// reports latency and errors. It runs in one of two ways:
//
// Closed loop (the default; scripts/loadtest.sh): -c clients each send their next request as
// soon as the last is answered, for -duration. The requests are what people send and the
// worst the API allows, discovered from the server: the most frequent words of the site,
// filters on the largest facets, the deepest page the API serves at the largest page size,
// the longest query allowed, the results page, static pages, and invalid requests that must
// get a 4xx. Out: a report per kind of request and, with -pid, the server's resident memory
// over the run; exit status 1 when any request failed (a transport error, a 5xx or an
// unexpected status) or took longer than -budget.
//
// Open loop (-rate, with -paths; bench/run.sh): requests go out at a fixed rate, whatever
// the server's speed, each at its own start time, and a request's latency is counted from
// when it was due, not from when it was sent: a stalled server therefore shows as high
// latency instead of quietly lowering the rate (no coordinated omission). -paths is a file
// of request paths, one a line (e.g. from bench/querymix). Out: one tab-separated line on
// stdout,
//
//	rate<TAB>sent<TAB>ok<TAB>errors<TAB>p50_ms<TAB>p90_ms<TAB>p99_ms<TAB>max_ms
//
// where ok counts 2xx answers and errors counts everything else (other statuses, transport
// errors, requests still waiting when the run ends).
//
// Only loopback addresses are accepted: the tool loads a local server, never another host.
package main
