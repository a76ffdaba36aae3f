#!/bin/sh
# Load test of the search server on the bundled sample, on the loopback interface only.
#
#   scripts/loadtest.sh [SECONDS] [CLIENTS]      (defaults: 60 seconds, 8 clients)
#
# Builds the program and the sample into a temporary folder, serves it on 127.0.0.1:$PORT
# (default 8190), runs bench/load against it with memory samples of the server, and
# stops the server. With REBUILD_EVERY=N the sample is rebuilt every N seconds during the run
# and the server reloaded with SIGHUP, to show that no request fails across a republish.
# Exit status 1 if any request failed or went over the time budget.
set -eu
seconds=${1:-60}
clients=${2:-8}
port=${PORT:-8190}
rebuild=${REBUILD_EVERY:-0}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cpportal-load.XXXXXX")
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT INT TERM

cd "$repo"
go build -o "$work/cpportal" .
go build -o "$work/load" ./bench/load
"$work/cpportal" build --source . --out "$work/public" --index "$work/index" 2>"$work/build.log" ||
	{ cat "$work/build.log"; exit 1; }
"$work/cpportal" serve --no-build --source . --out "$work/public" --index "$work/index" \
	--addr "127.0.0.1:$port" 2>"$work/serve.log" &
server=$!
i=0
until curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
	i=$((i + 1))
	[ $i -gt 100 ] && { echo "server did not start"; cat "$work/serve.log"; exit 1; }
	sleep 0.1
done

if [ "$rebuild" -gt 0 ]; then
	(
		n=0
		while sleep "$rebuild"; do
			n=$((n + 1))
			# Alternate the as-of date so that every rebuild publishes different pages.
			if [ $((n % 2)) -eq 1 ]; then asof=2031-01-01; else asof=2026-11-01; fi
			"$work/cpportal" build --source . --out "$work/public" --index "$work/index" --as-of "$asof" \
				2>>"$work/build.log" && kill -HUP "$server"
		done
	) &
	rebuilder=$!
fi

status=0
"$work/load" -url "http://127.0.0.1:$port" -duration "${seconds}s" -c "$clients" -pid "$server" || status=$?
[ "$rebuild" -gt 0 ] && kill "$rebuilder" 2>/dev/null
echo
echo "server log:"
grep -v '^$' "$work/serve.log" | tail -n 20
exit $status
