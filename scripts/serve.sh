#!/usr/bin/env bash
# Installs the dependencies, builds the site and serves it on http://localhost:${PORT:-3000}.
# No configuration needed; set SITE_URL to the public origin when deploying.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

npm install --no-audit --no-fund
npm run build
echo
echo "Serving Memory Lab on http://localhost:${PORT:-3000} (Ctrl+C to stop)"
exec npx next start -p "${PORT:-3000}"
