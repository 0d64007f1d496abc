#!/usr/bin/env bash
# Everything CI checks, in order: install, lint, typecheck, unit tests, build, end-to-end tests in
# Debian's Chromium against the production build. Ends with one line: "N passed, N failed, N skipped".
# Lint, typecheck and build failures stop the run; test failures are counted, and the run exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
OUT=.ci-out
T0=$(date +%s)
CURRENT_STEP=start
step() { CURRENT_STEP=$1; echo; echo "=== $1 (t=$(( $(date +%s) - T0 ))s)"; }
# A step that stops the run (install, lint, typecheck, build) still ends with the closing line.
on_exit() {
  local code=$?
  if [ "$code" -ne 0 ] && [ "$CURRENT_STEP" != "summary" ]; then
    echo; echo "stopped: step \"$CURRENT_STEP\" failed"
    echo "0 passed, 1 failed, 0 skipped"
  fi
}
trap on_exit EXIT

step "npm install (not npm ci: this registry lacks other platforms' binaries, see docs)"
npm install --no-audit --no-fund
if git rev-parse --git-dir >/dev/null 2>&1 && ! git diff --quiet -- package-lock.json; then
  echo "package-lock.json changed during npm install: update it deliberately and commit it" >&2
  exit 1
fi

step "lint";      npx eslint . --max-warnings=0
step "typecheck"; npx next typegen >/dev/null; npx tsc --noEmit; npx tsc --noEmit -p lib/sim/tsconfig.json

rm -rf "$OUT"; mkdir -p "$OUT"
failed=0
step "PostgreSQL on loopback (the database tests run on it and on embedded PGlite)"
PG_URL=$(bash scripts/pg-start.sh)
trap 'bash scripts/pg-stop.sh >/dev/null 2>&1 || true' EXIT

step "unit tests (vitest)"
TEST_DATABASE_URL="$PG_URL" npx vitest run --reporter=default --reporter=json --outputFile.json="$OUT/vitest.json" || failed=1

step "build";     npm run build

step "end-to-end tests (Playwright, Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium})"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium (Playwright cannot download its own browser here)"
    DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
  else
    echo "Chromium not found: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi
CI=${CI:-true} PLAYWRIGHT_JSON_OUTPUT_NAME="$OUT/e2e.json" npx playwright test --reporter=list,json || failed=1

step "summary"
node scripts/test-summary.mjs "$OUT/vitest.json" "$OUT/e2e.json" || failed=1
exit "$failed"
