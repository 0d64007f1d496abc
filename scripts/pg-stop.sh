#!/usr/bin/env bash
# Stops the cluster started by scripts/pg-start.sh (same PGPORT/PGDATA).
set -uo pipefail
PGPORT=${PGPORT:-55432}
PGDATA=${PGDATA:-/tmp/memorylab-pg-$PGPORT}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] && [ -d "$PGDATA" ] && su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D '$PGDATA' -m fast -w stop" >/dev/null 2>&1
rm -rf "$PGDATA"
