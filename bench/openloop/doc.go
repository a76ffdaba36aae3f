// Command openloop sends requests at a fixed rate, whatever the server's speed, and reports
// latency percentiles: the open-loop half of the search benchmark (wrk, closed-loop, gives the
// throughput half).
//
// In: a base URL (--url), a file of request paths, one a line (--paths, e.g. from querymix),
// the rate (--rate, requests per second) and the duration (--duration). Requests go out on a
// fixed schedule, each at its own start time, and a request's latency is counted from when it
// was due, not from when it was sent: a stalled server therefore shows as high latency instead
// of quietly lowering the rate (no coordinated omission). Out: one tab-separated line on
// stdout,
//
//	rate<TAB>sent<TAB>ok<TAB>errors<TAB>p50_ms<TAB>p90_ms<TAB>p99_ms<TAB>max_ms
//
// where ok counts 2xx answers and errors counts everything else (other statuses, transport
// errors, requests still waiting when the run ends).
package main
