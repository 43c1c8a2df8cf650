#!/usr/bin/env bash
# The citizens' portal with a million items stored (docs/performance.md "Citizens' portal with a million items"):
#   bench/citizens/run.sh                       PostgreSQL: a throwaway server (or PGTEST_CONN's), a fresh database
#   DB=sqlite bench/citizens/run.sh             SQLite: a fresh file
#   N=1000000 REQUESTS=20000 CONFIG=Release NO_BUILD=1 …
# Builds the host and the bench in Release, creates the database, starts the host on it (migrations, the demo organisation,
# default per-address limits, 127.0.0.1 trusted as the reverse proxy so each simulated citizen has its own address), fills
# cit_feedback with N items and measures over HTTP (bench/citizens/KyCuong.CitizensBench/Program.cs).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
n=${N:-1000000}
requests=${REQUESTS:-20000}
db_kind=${DB:-postgres}
config=${CONFIG:-Release}
port=${PORT:-5417}
work=$(mktemp -d)
cleanup() { :; }
trap 'cleanup; rm -rf "$work"' EXIT
if [ "$db_kind" = postgres ]; then
  if [ -z "${PGTEST_CONN:-}" ]; then
    eval "$(scripts/pg-throwaway.sh start)"
    stop_pg() { scripts/pg-throwaway.sh stop "$PGTEST_DIR"; }
  else
    stop_pg() { :; }
  fi
  host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$PGTEST_CONN"); pgport=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$PGTEST_CONN")
  db="kc_citizens_bench_$$"
  psql_bin=${PGTEST_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
  "$psql_bin/createdb" -h "$host" -p "$pgport" -U postgres "$db"
  provider=Postgres; conn="Host=$host;Port=$pgport;Username=postgres;Database=$db;Maximum Pool Size=100"
  cleanup() { "$psql_bin/dropdb" -h "$host" -p "$pgport" -U postgres --force "$db" 2>/dev/null || true; stop_pg; }
else
  provider=Sqlite; conn="Data Source=$work/citizens.db"
fi
if [ -z "${NO_BUILD:-}" ]; then
  dotnet build src/KyCuong.Web -c "$config" -nologo -v q -p:ReadyToRunOnBuild=false >/dev/null
  dotnet build bench/citizens/KyCuong.CitizensBench -c "$config" -nologo -v q -p:ReadyToRunOnBuild=false >/dev/null
fi
echo "# $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg); $db_kind, $config, $n items, $requests lookups per concurrency"
ASPNETCORE_ENVIRONMENT=Production Demo__Seed=true Database__Provider=$provider Database__MigrateOnStartup=true \
  ConnectionStrings__Default="$conn" ForwardedHeaders__KnownProxies=127.0.0.1 Logging__LogLevel__Default=Warning \
  Auth__SigningKey=citizens-benchmark-signing-key-0123456789abcdef \
  dotnet "src/KyCuong.Web/bin/$config/net10.0/KyCuong.Web.dll" --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; cleanup; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; kill -0 $app 2>/dev/null || { cat "$work/host.log"; exit 1; }; sleep 1; done
# SQLite: the bench writes the same file as the host; the host's own connection string is the bench's too.
status=0
dotnet "bench/citizens/KyCuong.CitizensBench/bin/$config/net10.0/KyCuong.CitizensBench.dll" "${db_kind}" "$conn" "http://127.0.0.1:$port" "$n" "$requests" || status=$?
echo "host peak RSS $(awk '/VmHWM/{printf "%.0f MB", $2/1024}' "/proc/$app/status"); errors in the host log: $(grep -c -i 'fail\|error' "$work/host.log" || true)"
grep -i -m5 'fail\|error' "$work/host.log" || true
exit $status
