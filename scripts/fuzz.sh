#!/bin/sh
# Fuzzes every fuzz target of the repository, one after another, for a set time each.
#
#   scripts/fuzz.sh [SECONDS] [PATTERN]     (defaults: 20 seconds, every target)
#
# Targets are found by looking for "func Fuzz" in the test files, so new ones are picked up.
# A failure stops the script; Go keeps the failing input in the package's
# testdata/fuzz/<Target>/ folder, where it stays as a seed that every `go test` runs: commit
# it with the fix. Runs with -parallel 1 so that the machine stays usable.
set -eu
seconds=${1:-20}
pattern=${2:-.}
cd "$(dirname "$0")/.."
targets=$(grep -rn --include='*_test.go' -E '^func Fuzz[A-Za-z0-9_]*\(' . |
	sed -E 's|^\./(.*)/[^/]*_test\.go:[0-9]+:func (Fuzz[A-Za-z0-9_]*)\(.*|\1 \2|' | sort -u | grep -E "$pattern" || true)
[ -n "$targets" ] || { echo "no fuzz targets match $pattern"; exit 1; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
failed=0
while read -r pkg target; do
	echo "== ./$pkg $target (${seconds}s)"
	if go test "./$pkg" -run '^$' -fuzz "^$target\$" -fuzztime "${seconds}s" -parallel 1 >"$log" 2>&1; then
		tail -n 2 "$log"
	else
		cat "$log"
		failed=1
		break
	fi
done <<END
$targets
END
exit $failed
