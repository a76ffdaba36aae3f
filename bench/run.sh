#!/usr/bin/env bash
# The portal's benchmark: one command, same data, same machine. See BENCHMARKS.md.
#
#   bench/run.sh                       # sizes small province nation, 3 runs each
#   RUNS=5 SIZES="province" bench/run.sh
#
# Environment:
#   SIZES      sample sizes to build (small = the bundled size, province = 5,000 enterprises,
#              nation = 50,000); default "small province nation"
#   RUNS       runs of every timed command, the median is reported; default 3
#   SERVE_SIZE size whose site the search server is loaded with; default the last of SIZES
#   DURATION   seconds of each load test; default 30
#   RATE       open-loop request rate; default 200
#   PORT       first of the two loopback ports the servers use; default 8190
#   SKIP       space-separated parts to skip: build hugo incremental pagefind relevance serve
#
# Figures go to bench/out/results.md (and are printed); raw logs stay in bench/out/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/bench/out
SIZES=${SIZES:-small province nation}
RUNS=${RUNS:-3}
DURATION=${DURATION:-30}
RATE=${RATE:-200}
PORT=${PORT:-8190}
SKIP=${SKIP:-}
read -r -a SIZE_LIST <<<"$SIZES"
SERVE_SIZE=${SERVE_SIZE:-${SIZE_LIST[${#SIZE_LIST[@]}-1]}}
RESULTS=$OUT/results.md
mkdir -p "$OUT"
cd "$ROOT"

say() { printf '%s\n' "$*" >&2; }
skip() { [[ " $SKIP " == *" $1 "* ]]; }
need() { command -v "$1" >/dev/null || { say "bench: $1 is needed ($2)"; exit 2; }; }
need /usr/bin/time "apt-get install -y time"
skip serve || need wrk "apt-get install -y wrk"
{ skip pagefind && skip relevance; } || need node "apt-get install -y nodejs npm"

# ---------------------------------------------------------------------------------------------
# Tools: the portal and the bench helpers from this tree, Hugo from the pinned module version,
# Pagefind from the npm registry (bench/package.json).
say "== tools"
go build -o "$OUT/cpportal" .
for tool in relevance querymix load indexonly; do
	go build -o "$OUT/$tool" "./bench/$tool"
done
HUGO_VERSION=$(go list -m -f '{{.Version}}' github.com/gohugoio/hugo)
if ! skip hugo && ! "$OUT/hugo" version 2>/dev/null | grep -q "${HUGO_VERSION}"; then
	say "building hugo $HUGO_VERSION (first time: several minutes)"
	GOBIN=$OUT CGO_ENABLED=0 GOFLAGS= go install "github.com/gohugoio/hugo@$HUGO_VERSION"
fi
PAGEFIND=$ROOT/bench/node_modules/@pagefind/linux-x64/bin/pagefind_extended
if ! { skip pagefind && skip relevance; } && [[ ! -x $PAGEFIND ]]; then
	(cd bench && npm install --no-audit --no-fund --silent)
fi

# ---------------------------------------------------------------------------------------------
# Measuring. timed LOG CMD… runs CMD under /usr/bin/time -v, its stderr and the figures in LOG.
timed() {
	local log=$1
	shift
	/usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>"$log.err"
}
# figures LOG prints "wall cpu rss_mb" from a /usr/bin/time -v file.
figures() {
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
		/User time/ { u = $2 } /System time/ { s = $2 }
		/Maximum resident set size/ { r = $2 / 1024 }
		END { printf "%.2f %.2f %.0f\n", w, u + s, r }' "$1.time"
}
# median reads numbers, one a line, and prints their median.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# col N FILE: the median of column N of FILE.
col() { awk -v c="$1" '{ print $c }' "$2" | median; }
# phases LOG prints "name seconds" for each phase line of a build's stderr.
phases() {
	awk '
		function secs(d,   t, n, u) {
			t = 0
			while (match(d, /^[0-9.]+(h|ms|µs|us|ns|m|s)/)) {
				n = substr(d, 1, RLENGTH); d = substr(d, RLENGTH + 1)
				u = n; sub(/^[0-9.]+/, "", u); sub(/[a-zµ]+$/, "", n)
				t += n * (u == "h" ? 3600 : u == "m" ? 60 : u == "s" ? 1 : u == "ms" ? 1e-3 : u == "ns" ? 1e-9 : 1e-6)
			}
			return t
		}
		/^[a-z]+: / && match($0, /\([0-9.hmsµun]+\)$/) {
			name = $1; sub(/:$/, "", name)
			printf "%s %.3f\n", name, secs(substr($0, RSTART + 1, RLENGTH - 2))
		}' "$1"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { du -sm "$1" | awk '{ print $1 }'; }

: >"$RESULTS"
out() { printf '%s\n' "$*" | tee -a "$RESULTS"; }
out "# Benchmark results"
out ""
out "$(date -u +%Y-%m-%d) · $(nproc) cores · $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) · $(go version | awk '{ print $3 }') · hugo $HUGO_VERSION · median of $RUNS runs · load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
out ""
out "Times in seconds: wall (elapsed) and CPU (user + system, all cores); memory is the peak resident set."

BUILD_ROWS=() PHASE_ROWS=() HUGO_ROWS=() INDEX_ROWS=() INC_ROWS=()
for size in "${SIZE_LIST[@]}"; do
	W=$OUT/$size
	mkdir -p "$W"
	if [[ ! -d $W/src/data ]]; then
		say "== $size: writing the sample"
		"$OUT/cpportal" sample --size "$size" --out "$W/src" >/dev/null
	fi
	ents=$(($(wc -l <"$W/src/data/enterprises.csv") - 1))

	# 1. Our full build.
	if ! skip build; then
		: >"$W/build.figs"
		: >"$W/phases.all"
		for run in $(seq "$RUNS"); do
			say "== $size: build $run/$RUNS"
			rm -rf "$W/site"
			timed "$W/build.$run" "$OUT/cpportal" build --source "$W/src" --out "$W/site/public" --index "$W/site/index" --project "$W/site/.build" --as-of 2026-11-01 --cache -
			figures "$W/build.$run" >>"$W/build.figs"
			phases "$W/build.$run.err" >>"$W/phases.all"
		done
		b_wall=$(col 1 "$W/build.figs") b_cpu=$(col 2 "$W/build.figs") b_rss=$(col 3 "$W/build.figs")
		BUILD_ROWS+=("| $size | $ents | $b_wall | $b_cpu | $b_rss |")
		row="| $size |"
		for p in load validate derive generate render index publish; do
			row+=" $(awk -v p="$p" '$1 == p { print $2 }' "$W/phases.all" | median) |"
		done
		PHASE_ROWS+=("$row")
	fi

	# 2. Hugo alone on the generated project the build left in .build/.
	if ! skip hugo && [[ -d $W/site/.build ]]; then
		: >"$W/hugo.figs"
		for run in $(seq "$RUNS"); do
			say "== $size: hugo alone $run/$RUNS"
			rm -rf "$W/hugo-public" "$W/site/.build/.cache" "$W/site/.build/resources"
			timed "$W/hugo.$run" "$OUT/hugo" --source "$W/site/.build" --destination "$W/hugo-public" --quiet
			figures "$W/hugo.$run" >>"$W/hugo.figs"
		done
		h_wall=$(col 1 "$W/hugo.figs") h_cpu=$(col 2 "$W/hugo.figs") h_rss=$(col 3 "$W/hugo.figs")
		HUGO_ROWS+=("| $size | ${b_wall:--} | $h_wall | $(ratio "${b_wall:-0}" "$h_wall") | ${b_cpu:--} | $h_cpu | $(ratio "${b_cpu:-0}" "$h_cpu") | $h_rss |")
		rm -rf "$W/hugo-public"
	fi

	# 2b. Incremental builds: a copy of the sample built once with a cache, then one kind of
	# change at a time, each built again with the cache. A source layout override stands for
	# a theme change: every page is rendered again (the build says why).
	if ! skip incremental; then
		I=$W/inc
		rm -rf "$I"
		mkdir -p "$I"
		cp -a "$W/src" "$I/src"
		rm -rf "$I/src/.cache"
		say "== $size: incremental, first build with an empty cache"
		incbuild=("$OUT/cpportal" build --source "$I/src" --out "$I/public" --index "$I/index" --cache "$I/cache" --as-of 2026-11-01)
		timed "$I/seed" "${incbuild[@]}"
		change_enterprise() { awk -F, -v OFS=, -v n="$1" 'NR == 2 { $7 = $7 "（更正" n "）" } 1' "$I/src/data/enterprises.csv" >"$I/x" && mv "$I/x" "$I/src/data/enterprises.csv"; }
		change_disclosure() { awk -F, -v OFS=, 'NR == 2 { $6 = $6 + 0.1 } 1' "$I/src/data/disclosures.csv" >"$I/x" && mv "$I/x" "$I/src/data/disclosures.csv"; }
		change_case() { printf '\n补充说明 %s。\n' "$1" >>"$(ls "$I/src/content/cases/"*.md | grep -v _index | head -1)"; }
		change_template() {
			mkdir -p "$I/src/layouts/_partials"
			sed "s|</footer>|<p>$1</p></footer>|" themes/portal/layouts/_partials/footer.html >"$I/src/layouts/_partials/footer.html"
		}
		for kind in enterprise disclosure case template; do
			: >"$I/$kind.figs"
			: >"$I/$kind.counts"
			for run in $(seq "$RUNS"); do
				say "== $size: incremental, one $kind changed, $run/$RUNS"
				"change_$kind" "$run"
				timed "$I/$kind.$run" "${incbuild[@]}"
				figures "$I/$kind.$run" >>"$I/$kind.figs"
				grep '^render:' "$I/$kind.$run.err" | sed -n 's/.*; \([0-9]*\) rendered, \([0-9]*\) reused.*/\1 \2/p; s/.*; all rendered: .*/all 0/p' >>"$I/$kind.counts"
			done
			counts=$(tail -1 "$I/$kind.counts")
			INC_ROWS+=("| $size | $kind | $(col 1 "$I/$kind.figs") | $(col 2 "$I/$kind.figs") | $(col 3 "$I/$kind.figs") | ${counts% *} | ${counts#* } |")
		done
		# The site of the last incremental build against a clean full build of the same data.
		say "== $size: incremental, checking against a clean full build"
		"$OUT/cpportal" build --source "$I/src" --out "$I/check/public" --index - --cache - --as-of 2026-11-01 2>"$I/check.err"
		if diff -r "$I/public" "$I/check/public" >"$I/check.diff"; then
			INC_CHECK="the site of the last incremental build was byte for byte the clean full build's"
		else
			INC_CHECK="THE SITE OF THE LAST INCREMENTAL BUILD DIFFERED FROM A CLEAN FULL BUILD (see $I/check.diff)"
		fi
		rm -rf "$I/check"
	fi

	# 3. Our index phase alone and Pagefind, on the same rendered pages.
	if ! skip pagefind && [[ -d $W/site/public ]]; then
		: >"$W/ours.figs"
		: >"$W/pf.figs"
		for run in $(seq "$RUNS"); do
			say "== $size: index alone and pagefind $run/$RUNS"
			rm -rf "$W/ix" "$W/pagefind"
			timed "$W/ours.$run" "$OUT/indexonly" "$W/site/public" "$W/ix"
			figures "$W/ours.$run" >>"$W/ours.figs"
			timed "$W/pf.$run" "$PAGEFIND" --site "$W/site/public" --output-path "$W/pagefind" \
				--root-selector "[data-search-body]" --exclude-selectors "[data-search-ignore]"
			figures "$W/pf.$run" >>"$W/pf.figs"
		done
		docs=$(grep -o '^[0-9]* documents' "$W/ours.1.out" | cut -d' ' -f1)
		o_wall=$(col 1 "$W/ours.figs") o_cpu=$(col 2 "$W/ours.figs") o_rss=$(col 3 "$W/ours.figs")
		p_wall=$(col 1 "$W/pf.figs") p_cpu=$(col 2 "$W/pf.figs") p_rss=$(col 3 "$W/pf.figs")
		INDEX_ROWS+=("| $size | $docs | $o_wall | $p_wall | $(ratio "$o_wall" "$p_wall") | $o_cpu | $p_cpu | $(ratio "$o_cpu" "$p_cpu") | $o_rss | $p_rss | $(mb "$W/ix") | $(mb "$W/pagefind") |")
	fi
done

if ((${#BUILD_ROWS[@]})); then
	out ""
	out "## 1. Full build (load, validate, derive, generate, render, index, publish)"
	out ""
	out "| size | enterprises | wall s | CPU s | peak MB |"
	out "|---|---:|---:|---:|---:|"
	for r in "${BUILD_ROWS[@]}"; do out "$r"; done
	out ""
	out "Each phase, wall seconds (from the build's own phase lines):"
	out ""
	out "| size | load | validate | derive | generate | render | index | publish |"
	out "|---|---:|---:|---:|---:|---:|---:|---:|"
	for r in "${PHASE_ROWS[@]}"; do out "$r"; done
fi
if ((${#HUGO_ROWS[@]})); then
	out ""
	out "## 2. Hugo alone rendering the same generated project (hugo CLI $HUGO_VERSION on .build/)"
	out ""
	out "| size | ours wall | Hugo wall | ours ÷ Hugo | ours CPU | Hugo CPU | ours ÷ Hugo (CPU) | Hugo peak MB |"
	out "|---|---:|---:|---:|---:|---:|---:|---:|"
	for r in "${HUGO_ROWS[@]}"; do out "$r"; done
fi
if ((${#INC_ROWS[@]})); then
	out ""
	out "## 2b. Incremental builds with the cache, one change at a time (template: a layout override, which renders every page)"
	out ""
	out "| size | change | wall s | CPU s | peak MB | pages rendered | pages reused |"
	out "|---|---|---:|---:|---:|---:|---:|"
	for r in "${INC_ROWS[@]}"; do out "$r"; done
	out ""
	out "Check: $INC_CHECK."
fi
if ((${#INDEX_ROWS[@]})); then
	out ""
	out "## 3. Index phase alone vs Pagefind $(node -p 'require("./bench/node_modules/pagefind/package.json").version' 2>/dev/null) on the same rendered pages"
	out ""
	out "| size | documents | ours wall | Pagefind wall | ours ÷ PF | ours CPU | PF CPU | ours ÷ PF (CPU) | ours peak MB | PF peak MB | ours index MB | PF bundle MB |"
	out "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	for r in "${INDEX_ROWS[@]}"; do out "$r"; done
fi

# ---------------------------------------------------------------------------------------------
# Relevance on the bundled sample (the table's data), both engines judged alike.
if ! skip relevance; then
	say "== relevance on the bundled sample"
	R=$OUT/bundled
	rm -rf "$R"
	mkdir -p "$R"
	"$OUT/cpportal" build --source . --out "$R/public" --index "$R/index" 2>"$R/build.err"
	"$PAGEFIND" --site "$R/public" --output-path "$R/pagefind" --root-selector "[data-search-body]" \
		--exclude-selectors "[data-search-ignore]" >"$R/pagefind.log" 2>&1
	"$OUT/relevance" --index "$R/index" --pagefind "$R/pagefind" --v >"$R/relevance.tsv" 2>"$R/relevance.log"
	out ""
	out "## Relevance table (search/relevance/testdata/relevance.tsv) on the bundled sample"
	out ""
	out "Precision@5 is the share of the first five hits that are relevant, out of min(5, relevant pages): the recall of the first five. Both engines' hits are judged by the same stored pages."
	out ""
	out "| engine | precision@5 | first hit right | queries |"
	out "|---|---:|---:|---:|"
	while IFS=$'\t' read -r engine p first n; do out "| $engine | $p | $first | $n |"; done <"$R/relevance.tsv"
fi

# ---------------------------------------------------------------------------------------------
# The search server under load, on the SERVE_SIZE site.
if ! skip serve; then
	S=$OUT/$SERVE_SIZE
	[[ -d $S/site/index ]] || { say "bench: no built $SERVE_SIZE site to serve; run with build first"; exit 1; }
	"$OUT/querymix" --source "$S/src" --n 5000 >"$S/paths.txt"
	PIDS=()
	cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
	trap cleanup EXIT
	serve() { # serve PORT: starts a server on the site, waits until it answers
		"$OUT/cpportal" serve --no-build --out "$S/site/public" --index "$S/site/index" --addr "127.0.0.1:$1" >"$S/serve.$1.log" 2>&1 &
		PIDS+=($!)
		for _ in $(seq 100); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return; sleep 0.2; done
		say "bench: the server on port $1 did not start"; cat "$S/serve.$1.log" >&2; exit 1
	}
	# wrkrun NAME URL [SCRIPT]: closed loop, 64 connections; prints "req/s p50 p99 non2xx".
	wrkrun() {
		local args=(-t2 -c64 -d"${DURATION}s" --latency)
		[[ -n ${3:-} ]] && args+=(-s "$3")
		PATHS=$S/paths.txt wrk "${args[@]}" "$2" >"$S/wrk.$1.log" 2>&1
		awk '
			function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
			/Requests\/sec/ { rps = $2 }
			$1 == "50.000%" || $1 == "50%" { p50 = ms($2) } $1 == "99.000%" || $1 == "99%" { p99 = ms($2) }
			/Non-2xx/ { bad = $NF }
			END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }' "$S/wrk.$1.log"
	}
	serve "$PORT"
	say "== serve: warm-up, then closed loop (wrk) and open loop ($RATE req/s)"
	PATHS=$S/paths.txt wrk -t2 -c16 -d5s -s bench/lib/mix.lua "http://127.0.0.1:$PORT" >/dev/null 2>&1
	: >"$S/search.figs"
	: >"$S/static.figs"
	: >"$S/open.figs"
	for run in $(seq "$RUNS"); do
		wrkrun "search.$run" "http://127.0.0.1:$PORT" bench/lib/mix.lua >>"$S/search.figs"
		wrkrun "static.$run" "http://127.0.0.1:$PORT/robots.txt" >>"$S/static.figs"
		"$OUT/load" --url "http://127.0.0.1:$PORT" --paths "$S/paths.txt" --rate "$RATE" --duration "${DURATION}s" >>"$S/open.figs"
	done
	s_rps=$(col 1 "$S/search.figs") s_p50=$(col 2 "$S/search.figs") s_p99=$(col 3 "$S/search.figs") s_bad=$(col 4 "$S/search.figs")
	t_rps=$(col 1 "$S/static.figs") t_p50=$(col 2 "$S/static.figs") t_p99=$(col 3 "$S/static.figs")
	docs=$(curl -fs "http://127.0.0.1:$PORT/healthz" | grep -o '"documents":[0-9]*' | cut -d: -f2 || true)
	out ""
	out "## 4. Search server, $SERVE_SIZE site (${docs:-?} documents), loopback"
	out ""
	out "Closed loop: wrk, 2 threads, 64 connections, ${DURATION} s, the query mix of bench/querymix (frequent words, name parts, credit codes, facet filters, deep pages) against a small static file (robots.txt) from the same server."
	out ""
	out "| load | req/s | p50 ms | p99 ms | non-2xx |"
	out "|---|---:|---:|---:|---:|"
	out "| search mix | $s_rps | $s_p50 | $s_p99 | $s_bad |"
	out "| static file | $t_rps | $t_p50 | $t_p99 | - |"
	out "| search ÷ static | $(ratio "$s_rps" "$t_rps") | | | |"
	out ""
	out "Open loop: bench/load at a fixed $RATE req/s for ${DURATION} s, latency from each request's due time."
	out ""
	out "| rate | sent | ok | errors | p50 ms | p90 ms | p99 ms | max ms |"
	out "|---:|---:|---:|---:|---:|---:|---:|---:|"
	out "| $(col 1 "$S/open.figs") | $(col 2 "$S/open.figs") | $(col 3 "$S/open.figs") | $(col 4 "$S/open.figs") | $(col 5 "$S/open.figs") | $(col 6 "$S/open.figs") | $(col 7 "$S/open.figs") | $(col 8 "$S/open.figs") |"

	# Two read-only servers on one index, each taking half of the connections.
	serve $((PORT + 1))
	say "== serve: two processes on one index"
	wrk1() { PATHS=$S/paths.txt wrk -t1 -c32 -d"${DURATION}s" -s bench/lib/mix.lua "http://127.0.0.1:$1" >"$S/wrk.two.$1.log" 2>&1; }
	wrk1 "$PORT" &
	w1=$!
	wrk1 $((PORT + 1))
	wait "$w1"
	each() { awk '/Requests\/sec/ { r = $2 } /Non-2xx/ { b = $NF } END { printf "%.0f req/s (%d non-2xx)", r, b }' "$S/wrk.two.$1.log"; }
	two=$(cat "$S/wrk.two.$PORT.log" "$S/wrk.two.$((PORT + 1)).log" | awk '/Requests\/sec/ { s += $2 } END { printf "%.0f", s }')
	out ""
	out "Two server processes opened read-only on the same index, 32 connections each: $two req/s in all; the first, its cache warmed by the runs above, $(each "$PORT"); the second, started cold, $(each $((PORT + 1))). One process alone: $s_rps req/s."
fi
say "== results in $RESULTS"
