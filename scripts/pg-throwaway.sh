#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests, from the machine's server binaries (no service, no Docker).
#   eval "$(scripts/pg-throwaway.sh start)"     # exports PGTEST_DIR PGTEST_PORT PGTEST_CONN
#   scripts/pg-throwaway.sh stop "$PGTEST_DIR"  # stops and deletes it
# Installs the postgresql package from Debian when the binaries are missing and we are root.
set -euo pipefail
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
PGBIN=${PGBIN:-$(find_bin)}
if [ ! -x "${PGBIN:-/nonexistent}/initdb" ] && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null) >&2
  PGBIN=$(find_bin)
fi
[ -x "${PGBIN:-/nonexistent}/initdb" ] || { echo "no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 1; }
PGUSER_OS=${PGUSER_OS:-postgres}
run_as() { if [ "$(id -u)" = 0 ]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi; }

case "${1:-}" in
start)
  if [ "$(id -u)" = 0 ] && ! id "$PGUSER_OS" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"; fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/pgtest.XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown "$PGUSER_OS": "$dir"; fi
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
  run_as "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  run_as "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "export PGTEST_DIR=$dir PGTEST_PORT=$port PGTEST_BIN=$PGBIN"
  echo "export PGTEST_CONN='Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres'"
  ;;
stop)
  dir=${2:-${PGTEST_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir" ] || exit 0
  run_as "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*) echo "usage: eval \"\$($0 start)\" ; $0 stop \"\$PGTEST_DIR\"" >&2; exit 2 ;;
esac
