#!/usr/bin/env bash
# Failover bench (docs/performance.md "Failover: losing the PostgreSQL primary"): pg_auto_failover primary + replica,
# two app nodes behind nginx following the primary through a multi-host connection string, a stream of task creations,
# kill -9 of the primary. Leaves nothing running. Not part of the test suite (about 3 minutes plus the first publish).
set -euo pipefail
cd "$(dirname "$0")/../.."
trap 'deploy/cluster.sh stop >/dev/null 2>&1 || true; deploy/pg-ha.sh destroy >/dev/null 2>&1 || true' EXIT
deploy/pg-ha.sh destroy >/dev/null 2>&1 || true
conn=$(deploy/pg-ha.sh start | tail -1)
DB_CONNECTION="$conn" deploy/cluster.sh start "${NODES:-2}"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
psql="runuser -u postgres -- $pgbin/psql 'host=127.0.0.1,127.0.0.1 port=${PORT1:-56001},${PORT2:-56002} dbname=kycuong user=postgres target_session_attrs=read-write'"
[ "$(id -u)" = 0 ] || psql="$pgbin/psql 'host=127.0.0.1,127.0.0.1 port=${PORT1:-56001},${PORT2:-56002} dbname=kycuong user=postgres target_session_attrs=read-write'"
python3 bench/failover/failover.py --kill "deploy/pg-ha.sh kill-primary" --psql "$psql" "$@"
deploy/pg-ha.sh status
