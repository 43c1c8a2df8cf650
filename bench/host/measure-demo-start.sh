#!/usr/bin/env bash
# Cold start of `dotnet run` with the demo world and its simulated past (Platform/Demo/DemoHistory.cs), from a fresh SQLite
# file to the first 200 on /health/ready. For N runs prints: wall time, the host's CPU time (user+system) at that moment —
# the figure a shared machine disturbs least — and the time the demo history logged for itself.
# Usage: bench/host/measure-demo-start.sh [runs=3] [configuration=Debug]   (build first: dotnet build src/KyCuong.Web -c <configuration>)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
config=${2:-Debug}
out=$(mktemp -d)
tick=$(getconf CLK_TCK)
for i in $(seq 1 "$runs"); do
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
  start=$(date +%s%N)
  ConnectionStrings__Default="Data Source=$out/run$i.db" DOTNET_gcServer=0 \
    dotnet run --no-build -c "$config" --project src/KyCuong.Web --urls "http://127.0.0.1:$port" >"$out/log$i" 2>&1 &
  runner=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.05; done
  end=$(date +%s%N)
  host=$(pgrep -P "$runner" -f KyCuong.Web | head -1)
  cpu=$(awk -v t="$tick" '{printf "%.1f", ($14 + $15) / t}' "/proc/$host/stat")
  history=$(grep -o '[0-9]* ms. / Demo history played' "$out/log$i" | grep -o '^[0-9]*' || echo "?")
  echo "run $i: ready after $(( (end - start) / 1000000 )) ms wall; host CPU ${cpu} s; demo history ${history} ms; load $(cut -d' ' -f1 /proc/loadavg)"
  kill "$host" "$runner" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
done
rm -rf "$out"
