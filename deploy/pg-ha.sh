#!/usr/bin/env bash
# PostgreSQL that survives losing its primary, on loopback: a pg_auto_failover monitor, a primary and a streaming
# replica (Debian's postgresql-15-auto-failover and pg-auto-failover-cli, installed when missing and run as root).
#
#   deploy/pg-ha.sh start     # monitor :56000, nodes :56001 :56002, database kycuong; prints the multi-host connection string
#   deploy/pg-ha.sh status    # pg_autoctl show state
#   deploy/pg-ha.sh kill-primary   # kill -9 the primary's PostgreSQL and its keeper, as a crashed server
#   deploy/pg-ha.sh stop      # stops everything it started; deploy/pg-ha.sh destroy also deletes the folder
#
# The app follows the new primary without restart through the connection string it prints
# (Host=a,b;Target Session Attributes=read-write): docs/performance.md "Failover: losing the PostgreSQL primary".
set -euo pipefail
DIR=${KYCUONG_HA_DIR:-${TMPDIR:-/tmp}/kycuong-pg-ha}
MONITOR_PORT=${MONITOR_PORT:-56000}
PORT1=${PORT1:-56001}
PORT2=${PORT2:-56002}
PGUSER_OS=${PGUSER_OS:-postgres}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
export PATH=$PGBIN:$PATH
say() { echo "== $*" >&2; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$PGUSER_OS" -- env PATH="$PATH" "$@"; else "$@"; fi; }
monitor_uri="postgres://autoctl_node@127.0.0.1:$MONITOR_PORT/pg_auto_failover?sslmode=disable"

install_missing() {
  command -v pg_autoctl >/dev/null 2>&1 && ls /usr/lib/postgresql/*/lib/pgautofailover.so >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || { echo "missing: postgresql-15-auto-failover pg-auto-failover-cli" >&2; exit 1; }
  say "installing pg_auto_failover from Debian"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15-auto-failover pg-auto-failover-cli >/dev/null
}

run_keeper() { # name pgdata
  ( cd "$DIR" && exec setsid runuser -u "$PGUSER_OS" -- env PATH="$PATH" pg_autoctl run --pgdata "$2" >>"$DIR/$1.log" 2>&1 ) &
  echo $! >"$DIR/$1.keeper.pid"
}

wait_state() { # port wanted-state seconds
  local i
  for ((i = 0; i < $3 * 2; i++)); do
    as_pg psql -h 127.0.0.1 -p "$MONITOR_PORT" -U autoctl_node -d pg_auto_failover -tAc \
      "SELECT reportedstate FROM pgautofailover.node WHERE nodeport=$1" 2>/dev/null | grep -qx "$2" && return 0
    sleep 0.5
  done
  return 1
}

start() {
  install_missing
  if [ "$(id -u)" = 0 ]; then id "$PGUSER_OS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"; fi
  mkdir -p "$DIR"; chmod 755 "$DIR"; [ "$(id -u)" = 0 ] && chown "$PGUSER_OS": "$DIR"
  export PG_AUTOCTL_DEBUG=0 XDG_CONFIG_HOME=$DIR/config XDG_DATA_HOME=$DIR/data
  if [ ! -d "$DIR/monitor" ]; then
    say "monitor on 127.0.0.1:$MONITOR_PORT"
    as_pg env XDG_CONFIG_HOME="$DIR/config" XDG_DATA_HOME="$DIR/data" pg_autoctl create monitor --pgdata "$DIR/monitor" \
      --pgport "$MONITOR_PORT" --hostname 127.0.0.1 --auth trust --no-ssl >>"$DIR/monitor.log" 2>&1
  fi
  alive "$DIR/monitor.keeper.pid" || run_keeper monitor "$DIR/monitor"
  local i; for ((i = 0; i < 120; i++)); do as_pg pg_isready -h 127.0.0.1 -p "$MONITOR_PORT" -q && break; sleep 0.5; done
  local n port
  for n in 1 2; do
    port=$([ $n = 1 ] && echo "$PORT1" || echo "$PORT2")
    if [ ! -d "$DIR/node$n" ]; then
      say "node $n on 127.0.0.1:$port"
      as_pg env XDG_CONFIG_HOME="$DIR/config" XDG_DATA_HOME="$DIR/data" pg_autoctl create postgres --pgdata "$DIR/node$n" \
        --pgport "$port" --hostname 127.0.0.1 --name "node$n" --dbname kycuong --auth trust --no-ssl \
        --monitor "$monitor_uri" >>"$DIR/node$n.log" 2>&1
    fi
    alive "$DIR/node$n.keeper.pid" || run_keeper "node$n" "$DIR/node$n"
    if [ $n = 1 ]; then wait_state "$PORT1" single 120 || wait_state "$PORT1" primary 5 || { tail -30 "$DIR/node1.log" >&2; exit 1; }; fi
  done
  wait_state "$PORT2" secondary 300 || { tail -30 "$DIR/node2.log" >&2; exit 1; }
  say "primary and replica up"
  echo "Host=127.0.0.1:$PORT1,127.0.0.1:$PORT2;Database=kycuong;Username=postgres;Target Session Attributes=read-write"
}

status() { as_pg env XDG_CONFIG_HOME="$DIR/config" XDG_DATA_HOME="$DIR/data" pg_autoctl show state --pgdata "$DIR/monitor"; }

primary_port() {
  as_pg psql -h 127.0.0.1 -p "$MONITOR_PORT" -U autoctl_node -d pg_auto_failover -tAc \
    "SELECT nodeport FROM pgautofailover.node WHERE reportedstate IN ('primary','single','wait_primary') LIMIT 1"
}

kill_primary() {
  local port n; port=$(primary_port); n=$([ "$port" = "$PORT1" ] && echo 1 || echo 2)
  say "killing node $n (127.0.0.1:$port): its keeper and its PostgreSQL, with SIGKILL"
  # The keeper was started in its own session (setsid): its process group holds it and the PostgreSQL it runs.
  local pg; pg=$(head -1 "$DIR/node$n/postmaster.pid" 2>/dev/null || true)
  kill -KILL -- "-$(cat "$DIR/node$n.keeper.pid")" 2>/dev/null || true
  [ -n "$pg" ] && kill -KILL "$pg" 2>/dev/null || true
  echo "$port"
}

stop() {
  local f
  for f in "$DIR"/node1.keeper.pid "$DIR"/node2.keeper.pid "$DIR"/monitor.keeper.pid; do
    [ -f "$f" ] || continue
    kill -TERM -- "-$(cat "$f")" 2>/dev/null || true
  done
  sleep 3
  local d
  for d in node1 node2 monitor; do
    [ -f "$DIR/$d/postmaster.pid" ] && as_pg pg_ctl -D "$DIR/$d" -m immediate stop >/dev/null 2>&1 || true
    [ -f "$DIR/$d.keeper.pid" ] && { kill -KILL -- "-$(cat "$DIR/$d.keeper.pid")" 2>/dev/null || true; rm -f "$DIR/$d.keeper.pid"; }
  done
  say "stopped"
}

case "${1:-}" in
start) start ;;
status) status ;;
kill-primary) kill_primary ;;
stop) stop ;;
destroy) stop; rm -rf "$DIR"; say "deleted $DIR" ;;
*) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
