#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback (for tests and the load benchmark) and prints its URL.
# Uses Debian's postgresql package, installing it if missing. Stop it with scripts/pg-stop.sh.
set -euo pipefail
PGPORT=${PGPORT:-55432}
PGDATA=${PGDATA:-/tmp/memorylab-pg-$PGPORT}
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ -f "$PGDATA/postmaster.pid" ]; then
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D '$PGDATA' -m fast -w stop" >/dev/null 2>&1 || true
fi
rm -rf "$PGDATA"
install -d -o postgres -g postgres -m 700 "$PGDATA"
su postgres -s /bin/sh -c "$PGBIN/initdb -D '$PGDATA' -U postgres -A trust -E UTF8 --no-sync" >/dev/null
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D '$PGDATA' -l '$PGDATA/server.log' -w -t 60 \
  -o \"-c listen_addresses=127.0.0.1 -p $PGPORT -k '$PGDATA' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" >/dev/null
echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
