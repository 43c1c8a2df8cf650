#!/usr/bin/env bash
# Times the import of N one-stop dossiers (default 100,000) on PostgreSQL: dry run, real run, the same file again (all unchanged).
# usage: PGCONN='Host=…;Port=…;Username=postgres' N=100000 bench/onestop/run.sh   (a server you may create a database on)
#        CONFIG=Debug NO_BUILD=1 … reuses an existing build of that configuration (when the machine is too loaded to build Release).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
db="kc_onestop_bench_$$"
port=${PORT:-5398}
n=${N:-100000}
psql_bin=${PGTEST_BIN:-/usr/lib/postgresql/15/bin}
host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$PGCONN"); pgport=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$PGCONN")
"$psql_bin/createdb" -h "$host" -p "$pgport" -U postgres "$db"
trap '"$psql_bin/dropdb" -h "$host" -p "$pgport" -U postgres --force "$db" 2>/dev/null || true; rm -rf "$work"' EXIT
config=${CONFIG:-Release}
[ -n "${NO_BUILD:-}" ] || dotnet build "$root/src/KyCuong.Web" -c "$config" -nologo -v q >/dev/null
ASPNETCORE_ENVIRONMENT=Development Database__Provider=Postgres Database__MigrateOnStartup=true \
  ConnectionStrings__Default="Host=$host;Port=$pgport;Username=postgres;Database=$db" Kestrel__Limits__MaxRequestBodySize=300000000 \
  dotnet "$root/src/KyCuong.Web/bin/$config/net10.0/KyCuong.Web.dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; "$psql_bin/dropdb" -h "$host" -p "$pgport" -U postgres --force "$db" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
token=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"admin","password":"KyCuong@2026"}' "http://127.0.0.1:$port/api/v1/auth/token" | python3 -c 'import json,sys;print(json.load(sys.stdin)["accessToken"])')
python3 "$root/bench/onestop/generate_dossiers.py" "$n" "Sở Công Thương tỉnh An Giang" "Phòng Quản lý thương mại" "$work"
run() { # dryRun label
  local s e; s=$(date +%s.%N)
  curl -sf -H "Authorization: Bearer $token" -F "file=@$work/dossiers.csv" "http://127.0.0.1:$port/api/v1/one-stop/import?dryRun=$1" -o "$work/out.json"
  e=$(date +%s.%N)
  printf '%-24s %7.1f s  %s\n' "$2" "$(echo "$e - $s" | bc)" "$(python3 -c 'import json,sys;d=json.load(open(sys.argv[1]));print({k:d[k] for k in ("created","updated","unchanged")}, "errors:", len(d["errors"]))' "$work/out.json")"
}
echo "$n dossiers, $(du -h "$work/dossiers.csv" | cut -f1) CSV"
run true  "dry run"
run false "real run"
run false "again (idempotent)"
