#!/usr/bin/env bash
# Times the people ranking of one check (GET /api/v1/inspections/{id}/people-risk) over a unit of P officials holding T tasks, on
# PostgreSQL (docs/performance.md "People ranking of a unit").
# usage: PGCONN='Host=…;Port=…;Username=postgres' P=500 T=50000 bench/people-risk/run.sh   (a server you may create a database on)
#        CONFIG=Debug NO_BUILD=1 … reuses an existing build of that configuration (when the machine is too loaded to build Release).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
db="kc_people_risk_bench_$$"
port=${PORT:-5397}
psql_bin=${PGTEST_BIN:-/usr/lib/postgresql/15/bin}
host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$PGCONN"); pgport=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$PGCONN")
"$psql_bin/createdb" -h "$host" -p "$pgport" -U postgres "$db"
trap '"$psql_bin/dropdb" -h "$host" -p "$pgport" -U postgres --force "$db" 2>/dev/null || true; rm -rf "$work"' EXIT
config=${CONFIG:-Release}
[ -n "${NO_BUILD:-}" ] || dotnet build "$root/src/KyCuong.Web" -c "$config" -nologo -v q >/dev/null
ASPNETCORE_ENVIRONMENT=Development Database__Provider=Postgres Database__MigrateOnStartup=true \
  ConnectionStrings__Default="Host=$host;Port=$pgport;Username=postgres;Database=$db" \
  dotnet "$root/src/KyCuong.Web/bin/$config/net10.0/KyCuong.Web.dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; "$psql_bin/dropdb" -h "$host" -p "$pgport" -U postgres --force "$db" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
BASE="http://127.0.0.1:$port" PSQL="$psql_bin/psql -h $host -p $pgport -U postgres -d $db -v ON_ERROR_STOP=1 -q" \
  P=${P:-500} T=${T:-50000} RUNS=${RUNS:-5} python3 "$root/bench/people-risk/people_risk.py"
