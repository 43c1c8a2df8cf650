#!/usr/bin/env bash
# The deadline engine's benchmark (docs/performance.md, "Deadline engine"), end to end on a throwaway PostgreSQL:
#   bench/sweep/run.sh [tasks=1000000] [quartz sizes=5000,10000]
# Builds the host and the bench in Release, generates the open tasks all due on one date, lets the sweep plan its
# watches, then measures the sweep (real host process), the set-based floor and Quartz.NET on copies of the data.
set -euo pipefail
cd "$(dirname "$0")/../.."
tasks=${1:-1000000}
quartz=${2:-5000,10000}
started_here=0
if [ -z "${PGTEST_CONN:-}" ]; then
  eval "$(scripts/pg-throwaway.sh start)"
  started_here=1
  trap 'scripts/pg-throwaway.sh stop "$PGTEST_DIR"' EXIT
fi
export PGTEST_CONN
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(psql "$(echo "$PGTEST_CONN" | sed -E 's/Host=([^;]*);Port=([^;]*);Database=([^;]*);Username=([^;]*)/host=\1 port=\2 dbname=\3 user=\4/')" -Atc 'SHOW server_version' 2>/dev/null || echo 'PostgreSQL ?')"
dotnet build -c Release src/KyCuong.Web -nologo -v q
dotnet build -c Release bench/KyCuong.SweepBench -nologo -v q
bench=bench/KyCuong.SweepBench/bin/Release/net10.0/KyCuong.SweepBench.dll
db=$(dotnet "$bench" prepare "$tasks" | tee /dev/stderr | sed -n 's/^prepared \([a-z0-9_]*\) .*/\1/p')
dotnet "$bench" sweep "$db"
dotnet "$bench" floor "$db"
dotnet "$bench" quartz "$quartz"
[ "$started_here" = 1 ] || echo "template database kept: $db"
