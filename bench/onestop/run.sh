#!/usr/bin/env bash
# Times the import of N one-stop dossiers (default 100,000): dry run, real run, the same file again (all unchanged), on PostgreSQL
# or SQLite, with the host's peak resident memory (VmHWM) after each run (docs/performance.md "One-stop import streamed").
# usage: DB=postgres PGCONN='Host=…;Port=…;Username=postgres' N=1000000 bench/onestop/run.sh   (a server you may create a database on)
#        DB=sqlite N=1000000 bench/onestop/run.sh
#        CSV=path/dossiers.csv … reuses a file generate_dossiers.py wrote (its rows then set N)
#        CONFIG=Debug NO_BUILD=1 … reuses an existing build of that configuration (when the machine is too loaded to build Release).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
port=${PORT:-5398}
n=${N:-100000}
db_kind=${DB:-postgres}
config=${CONFIG:-Release}
psql_bin=${PGTEST_BIN:-/usr/lib/postgresql/15/bin}
cleanup_db() { :; }
if [ "$db_kind" = postgres ]; then
  db="kc_onestop_bench_$$"
  host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$PGCONN"); pgport=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$PGCONN")
  "$psql_bin/createdb" -h "$host" -p "$pgport" -U postgres "$db"
  cleanup_db() { "$psql_bin/dropdb" -h "$host" -p "$pgport" -U postgres --force "$db" 2>/dev/null || true; }
  provider=Postgres; conn="Host=$host;Port=$pgport;Username=postgres;Database=$db"
else
  provider=Sqlite; conn="Data Source=$work/bench.db"
fi
trap 'cleanup_db; rm -rf "$work"' EXIT
[ -n "${NO_BUILD:-}" ] || dotnet build "$root/src/KyCuong.Web" -c "$config" -nologo -v q >/dev/null
ASPNETCORE_ENVIRONMENT=Development Database__Provider=$provider Database__MigrateOnStartup=true \
  ConnectionStrings__Default="$conn" Kestrel__Limits__MaxRequestBodySize=300000000 \
  dotnet "$root/src/KyCuong.Web/bin/$config/net10.0/KyCuong.Web.dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; cleanup_db; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
token=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"admin","password":"KyCuong@2026"}' "http://127.0.0.1:$port/api/v1/auth/token" | python3 -c 'import json,sys;print(json.load(sys.stdin)["accessToken"])')
if [ -n "${CSV:-}" ]; then cp "$CSV" "$work/dossiers.csv"; n=$(($(wc -l <"$CSV") - 1)); else
  python3 "$root/bench/onestop/generate_dossiers.py" "$n" "Sở Công Thương tỉnh An Giang" "Phòng Quản lý thương mại" "$work"; fi
peak() { awk '/VmHWM/{printf "%.0f MB", $2/1024}' "/proc/$app/status"; }
run() { # dryRun label
  local s e; s=$(date +%s.%N)
  curl -s --fail-with-body -H "Authorization: Bearer $token" -F "file=@$work/dossiers.csv" "http://127.0.0.1:$port/api/v1/one-stop/import?dryRun=$1" -o "$work/out.json"
  e=$(date +%s.%N)
  printf '%-20s %7.1f s  peak RSS %s  load %s  %s\n' "$2" "$(echo "$e - $s" | bc)" "$(peak)" "$(cut -d' ' -f1 /proc/loadavg)" \
    "$(python3 -c 'import json,sys;d=json.load(open(sys.argv[1]));print({k:d[k] for k in ("created","updated","unchanged","errorCount")})' "$work/out.json")"
}
echo "$db_kind, $config, $n dossiers, $(du -h "$work/dossiers.csv" | cut -f1) CSV; host peak RSS after start $(peak)"
run true  "dry run"
run false "real run"
run false "again (idempotent)"
