#!/usr/bin/env bash
# Times the organisation import of a province (3,000 units, 40,000 people) on PostgreSQL: dry run, real run, again.
# usage: PGCONN='Host=…;Port=…;Username=postgres' bench/onboarding/run.sh   (a server you may create a database on)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
db="kc_onboard_bench_$$"
port=${PORT:-5399}
psql_bin=${PGTEST_BIN:-/usr/lib/postgresql/15/bin}
host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$PGCONN"); pgport=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$PGCONN")
"$psql_bin/createdb" -h "$host" -p "$pgport" -U postgres "$db"
trap '"$psql_bin/dropdb" -h "$host" -p "$pgport" -U postgres --force "$db" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build "$root/src/KyCuong.Web" -c Release -nologo -v q >/dev/null
ASPNETCORE_ENVIRONMENT=Development Database__Provider=Postgres Database__MigrateOnStartup=true \
  ConnectionStrings__Default="Host=$host;Port=$pgport;Username=postgres;Database=$db" \
  dotnet "$root/src/KyCuong.Web/bin/Release/net10.0/KyCuong.Web.dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; "$psql_bin/dropdb" -h "$host" -p "$pgport" -U postgres --force "$db" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
token=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"admin","password":"KyCuong@2026"}' "http://127.0.0.1:$port/api/v1/auth/token" | python3 -c 'import json,sys;print(json.load(sys.stdin)["accessToken"])')
rootid=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/units" | python3 -c 'import json,sys;print([u["id"] for u in json.load(sys.stdin) if u["parentId"] is None][0])')
python3 "$root/bench/onboarding/generate_province.py" "$rootid" "$work"
run() { # file dryRun label
  local s e; s=$(date +%s.%N)
  curl -sf -H "Authorization: Bearer $token" -F "file=@$work/$1" "http://127.0.0.1:$port/api/v1/organisation/import?dryRun=$2" -o "$work/out.json"
  e=$(date +%s.%N)
  printf '%-28s %6.1f s  %s\n' "$3" "$(echo "$e - $s" | bc)" "$(python3 -c 'import json,sys;d=json.load(open(sys.argv[1]));print({k:d[k] for k in ("units","people")}, "errors:", len(d["errors"]))' "$work/out.json")"
}
run units.csv true  "units, dry run"
run units.csv false "units, real run"
run people.csv true "people, dry run"
run people.csv false "people, real run"
run units.csv false "units, again"
run people.csv false "people, again"
