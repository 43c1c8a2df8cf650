#!/usr/bin/env bash
# Cold start and idle memory of the host. Publishes Release, then for N runs:
#  - first start on an empty SQLite database (migrate + demo seed) until /health/ready answers 200,
#  - warm start on the existing database,
#  - resident memory (VmRSS) and managed heap after 10 s idle.
# Usage: bench/host/measure-startup.sh [runs=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
out=$(mktemp -d)
dotnet publish src/KyCuong.Web -c Release -o "$out/app" -nologo -v q >/dev/null
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
measure() { # $1 = db file; prints ms until ready and the pid
  local start end pid
  start=$(date +%s%N)
  ConnectionStrings__Default="Data Source=$1" ASPNETCORE_URLS="http://127.0.0.1:$port" DOTNET_gcServer=0 \
    "$out/app/KyCuong.Web" >"$out/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.02; done
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $pid"
}
cold=(); warm=(); rss=()
for i in $(seq 1 "$runs"); do
  db="$out/run$i.db"
  read -r ms pid < <(measure "$db"); cold+=("$ms"); kill "$pid"; wait "$pid" 2>/dev/null || true
  read -r ms pid < <(measure "$db"); warm+=("$ms")
  sleep 10
  rss+=("$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "runs: $runs"
echo "cold start, empty database (migrate + demo seed) to /health/ready: median $(median "${cold[@]}") ms  [${cold[*]}]"
echo "warm start, existing database, to /health/ready: median $(median "${warm[@]}") ms  [${warm[*]}]"
echo "idle resident memory after 10 s: median $(median "${rss[@]}") MiB  [${rss[*]}]"
rm -rf "$out"
