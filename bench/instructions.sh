#!/bin/bash
# Machine instructions per run of a benchmark program, counted by valgrind: unlike wall time on a
# shared machine (30 to 50% apart from run to run), repeatable to about 2%, so two builds can be
# compared. The count is of runs 2 and 3 (after the JIT warmed up), halved.
# Usage: bash bench/instructions.sh [program] [plain|traced]   (needs the valgrind package)
set -euo pipefail
cd "$(dirname "$0")/.."
prog=${1:-loop-function}
mode=${2:-plain}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
npx esbuild bench/instructions-run.ts --bundle --platform=node --format=esm --outfile="$dir/run.mjs" --log-level=warning
count() {
  # compile on the main thread, so the JIT tiers up at the same point under valgrind as without it
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    node --no-concurrent-recompilation "$dir/run.mjs" "$prog" "$mode" "$1" 2>&1 | sed -n 's/.*I *refs: *//p' | tr -d ,
}
one=$(count 1)
three=$(count 3)
echo "$prog ($mode): $(( (three - one) / 2 / 1000000 ))M machine instructions per run"
