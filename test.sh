#!/usr/bin/env bash
# Runs every test of KyCuong: unit, integration (on SQLite AND PostgreSQL), browser (Chromium) and architecture.
# Installs or starts what it needs by itself: a throwaway PostgreSQL cluster from the machine's binaries,
# Debian's old headless shell of Chromium, or its full Chromium as the fallback (and poppler's pdftotext for PDF import, tesseract-ocr(-vie) for scans, LibreOffice for report PDFs, redis-server for the
# backplane tests) when missing.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

need=()
# The browser tests run in Debian's chromium-headless-shell, the lighter headless build Playwright itself prefers for
# headless runs (docs/performance.md "The test suite's CPU, third pass"); as root it is installed when missing. Without
# it and without root, Debian's full Chromium (headless) is the fallback.
shell_present() { command -v chromium-headless-shell >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium-headless-shell ]; }
shell_present || command -v chromium >/dev/null 2>&1 || need+=(chromium-headless-shell)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# Scanned letters are read by tesseract with its Vietnamese data (docs/operations.md, "Scanned letters (OCR)").
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; } || need+=(tesseract-ocr tesseract-ocr-vie)
# Reports export PDF by converting their DOCX with LibreOffice headless (docs/domain.md §14, Output).
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -qi liberation || need+=(fonts-liberation2)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
# The SignalR backplane tests start their own redis-server on a free loopback port (tests/…/Infrastructure/RedisServer.cs).
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing ${need[*]} from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing: ${need[*]} (install them with apt-get as root)" >&2; exit 1
  fi
fi
# The shell is a saving, not a need: where it cannot be installed, the full Chromium already present runs the tests.
if ! shell_present && [ "$(id -u)" = 0 ]; then
  echo "== installing chromium-headless-shell from Debian"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell >/dev/null; } \
    || echo "   not installed: the browser tests run in the full Chromium" >&2
fi
# The shell's binary itself (/usr/bin/chromium-headless-shell is a script that starts it as a child), else the full Chromium.
if [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ -x /usr/lib/chromium/chromium-headless-shell ]; then CHROMIUM_PATH=/usr/lib/chromium/chromium-headless-shell
  elif command -v chromium-headless-shell >/dev/null 2>&1; then CHROMIUM_PATH=$(command -v chromium-headless-shell)
  else CHROMIUM_PATH=$(command -v chromium)
  fi
fi
export CHROMIUM_PATH
echo "== browser: $CHROMIUM_PATH"

echo "== starting a throwaway PostgreSQL"
eval "$(scripts/pg-throwaway.sh start)"
trap 'scripts/pg-throwaway.sh stop "$PGTEST_DIR"' EXIT

export TEST_ARTIFACTS=${TEST_ARTIFACTS:-$PWD/artifacts}
mkdir -p "$TEST_ARTIFACTS/screenshots"

echo "== building"
# Kiota (.config/dotnet-tools.json) regenerates the API client in KyCuong.ClientTests.
dotnet tool restore >/dev/null
# No ReadyToRun precompilation here (KyCuong.Web.csproj): it is for `dotnet run`'s cold start, test hosts never start cold.
# The product and the tests are built first, from a filter of the solution made here (every project outside bench/, so a new
# project needs no list kept by hand). The benchmarks are compiled too, so a change that breaks one fails this command, but
# beside the tests at the lowest priority (they only take the cores the runners leave idle) and against the product's
# assemblies already built (no project reference is built twice at once); their result is checked at the end. Their own
# MSBuild nodes and compiler (no shared compiler server, no reused node) keep the low priority.
# docs/performance.md "The build inside the test command".
# solution_filter FILE GREP-ARGS: a filter of KyCuong.slnx holding the projects whose paths the grep arguments select.
solution_filter() {
  local file=$1; shift
  { printf '{"solution":{"path":"%s","projects":[' "$PWD/KyCuong.slnx"
    grep -o 'Project Path="[^"]*"' KyCuong.slnx | cut -d'"' -f2 | grep "$@" | sed 's/.*/"&"/' | paste -sd, - | tr -d '\n'
    printf ']}}\n'; } >"$file"
}
solution_filter "$TEST_ARTIFACTS/KyCuong.tests.slnf" -v '^bench/'
solution_filter "$TEST_ARTIFACTS/KyCuong.bench.slnf" '^bench/'
build_started=$SECONDS
dotnet build "$TEST_ARTIFACTS/KyCuong.tests.slnf" -c Debug -nologo -v q -p:ReadyToRunOnBuild=false
echo "   built in $((SECONDS - build_started))s"
bench_log=$(mktemp)
( rc=0
  nice -n 19 dotnet build "$TEST_ARTIFACTS/KyCuong.bench.slnf" -c Debug -nologo -v q -p:ReadyToRunOnBuild=false \
    -p:BuildProjectReferences=false -p:UseSharedCompilation=false -nodeReuse:false >"$bench_log" 2>&1 || rc=1
  echo "$rc" >"$bench_log.rc" ) &
# Not a job the runners' `wait -n` below should count as a finished runner.
disown
tests_started=$SECONDS
# The machine's busy and idle CPU time over the tests (all processes, /proc/stat): with the runners' own CPU below, it
# tells whether the run was short of cores (busy ≈ cores × wall) or waited on something else (idle left over).
cpu_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat 2>/dev/null || echo "0 0"; }
read -r busy0 idle0 <<<"$(cpu_ticks)"

# The test projects are independent processes (each integration fixture has its own database, the browser project its
# own host and SQLite file), so they run side by side, longest first, at most TEST_JOBS at a time (default 2, the cores
# the suite is sized for). The integration project is split in two runners (its SQLite classes, and the rest). The crash
# tests (real host processes SIGKILLed over 30 000 tasks, two hosts sweeping at once) and the failover test (a PostgreSQL
# primary with its replica, killed under a writing, sweeping host) time real processes against each
# other, so they run last and alone, never starved by another runner. Each runner writes its own log; it counts only if
# it printed its "Passed!"/"Failed!" line and exited 0.
# The runners' whole logs stay with the screenshots (artifacts/logs, emptied at each run): a failure's full message (for a
# browser test, Playwright's call log naming the action that waited) is there when the summary below cuts it short.
logs=$TEST_ARTIFACTS/logs
rm -rf "$logs" && mkdir -p "$logs"
jobs_max=${TEST_JOBS:-2}
crash="FullyQualifiedName~KyCuong.IntegrationTests.Safety.SweepCrashTests|FullyQualifiedName~KyCuong.IntegrationTests.Safety.FailoverTests"
notcrash="FullyQualifiedName!~KyCuong.IntegrationTests.Safety.SweepCrashTests&FullyQualifiedName!~KyCuong.IntegrationTests.Safety.FailoverTests"
# The browser project is the longest runner, so it starts first: the two integration runners and the small projects
# share the other slot while it runs.
runs=("KyCuong.BrowserTests|" "KyCuong.IntegrationTests|FullyQualifiedName~.Sqlite&$notcrash" "KyCuong.IntegrationTests|FullyQualifiedName!~.Sqlite&$notcrash")
# The test projects of the solution (a tool under tests/ that says <IsTestProject>false, the corpus forms tool, is no runner).
for project in $(grep -o 'Project Path="tests/[^"]*"' KyCuong.slnx | cut -d'"' -f2); do
  grep -q '<IsTestProject>false</IsTestProject>' "$project" && continue
  name=$(basename "$(dirname "$project")")
  case "$name" in KyCuong.IntegrationTests | KyCuong.BrowserTests) ;; *) runs+=("$name|") ;; esac
done
alone=${#runs[@]}
runs+=("KyCuong.IntegrationTests|$crash")

reaped=""
command -v python3 >/dev/null 2>&1 && reaped=scripts/reaped.py

run_tests() {
  local i=$1 name=${2%%|*} filter=${2#*|} start=$SECONDS rc=0 TIMEFORMAT="%U %S"
  # The runner's CPU time (its processes and their children: test host, Chromium) beside its wall time tells whether a
  # runner waits or works, which decides whether splitting it would help on two cores.
  # Under scripts/reaped.py (where python3 is) the runner also adopts and reaps what its processes leave behind: Chromium's
  # zygote and renderers, which would otherwise end as init's children and leave its CPU out of the runner's.
  { time { $reaped dotnet test "tests/$name" --no-build -nologo -v q ${filter:+--filter "$filter"} --logger "console;verbosity=minimal" >"$logs/$i.log" 2>&1 || rc=$?; }; } 2>"$logs/$i.cpu"
  echo "$rc" >"$logs/$i.rc"
  echo "$((SECONDS - start))" >"$logs/$i.sec"
  echo "   $name${filter:+ ($filter)} finished in $((SECONDS - start))s, CPU $(awk '{printf "%.0f", $1 + $2}' "$logs/$i.cpu")s (exit $rc)"
}

echo "== testing: ${#runs[@]} runners, $jobs_max at a time, the crash tests last and alone"
running=0
for ((i = 0; i < alone; i++)); do
  if [ "$running" -ge "$jobs_max" ]; then wait -n || true; running=$((running - 1)); fi
  run_tests "$i" "${runs[$i]}" &
  running=$((running + 1))
done
wait || true
# The crash tests time real processes against each other: the benchmarks' build is over before they start.
while [ ! -s "$bench_log.rc" ]; do sleep 1; done
run_tests "$alone" "${runs[$alone]}"

status=0
if [ "$(cat "$bench_log.rc")" = 0 ]; then
  echo "== benchmarks (bench/): compiled"
else
  echo "== benchmarks (bench/) do not compile:" >&2
  grep -E "error|warning" "$bench_log" | sort -u | head -40 >&2
  status=1
fi
rm -f "$bench_log" "$bench_log.rc"
passed=0
failed=0
reported=0
for i in "${!runs[@]}"; do
  name=${runs[$i]%%|*}
  filter=${runs[$i]#*|}
  log=$logs/$i.log
  echo "== $name${filter:+ ($filter)}: $(cat "$logs/$i.sec")s, CPU $(awk '{printf "%.0f", $1 + $2}' "$logs/$i.cpu")s, exit $(cat "$logs/$i.rc")"
  grep -E "^(Passed!|Failed!)|\[FAIL\]" "$log" || true
  # Each failure's test name and the first lines of its message, so a CI log alone tells what broke.
  grep -E -A6 "^  Failed |^  Error Message:" "$log" | grep -vE "^\s*$" | head -80 || true
  [ "$(cat "$logs/$i.rc")" = 0 ] || echo "   whole log: $log"
  summary=$(grep -E "^(Passed!|Failed!).* $name\.dll" "$log" | tail -1 || true)
  if [ -z "$summary" ]; then
    echo "$name did not report results; its output ends with:" >&2
    tail -20 "$log" >&2
    status=1
    continue
  fi
  reported=$((reported + 1))
  p=$(grep -oE "Passed: +[0-9]+" <<<"$summary" | awk '{print $2}')
  f=$(grep -oE "Failed: +[0-9]+" <<<"$summary" | awk '{print $2}')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  case "$summary" in Failed!*) status=1 ;; esac
  [ "$(cat "$logs/$i.rc")" = 0 ] || status=1
done

if [ "$reported" -ne "${#runs[@]}" ]; then
  echo "only $reported of ${#runs[@]} test runners reported results" >&2
  status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "screenshots: $TEST_ARTIFACTS/screenshots"
echo "tests took $((SECONDS - tests_started))s"
read -r busy1 idle1 <<<"$(cpu_ticks)"
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)
echo "machine CPU over the tests: $(((busy1 - busy0) / hz))s busy, $(((idle1 - idle0) / hz))s idle or waiting on I/O, $(nproc) cores"
# The shared PostgreSQL server's CPU, outside every runner's process tree: the postmaster's own, its exited backends'
# (added to its children's times when it reaps them) and its live helpers'. The failover test's own clusters are not in it.
pg_master=$(head -1 "$PGTEST_DIR/data/postmaster.pid" 2>/dev/null || true)
if [ -n "$pg_master" ] && [ -r "/proc/$pg_master/stat" ]; then
  pg_ticks=$( { awk '{print $14 + $15 + $16 + $17}' "/proc/$pg_master/stat"
    for child in $(pgrep -P "$pg_master" || true); do awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || true; done; } | awk '{t += $1} END {print t + 0}')
  echo "PostgreSQL server CPU (shared cluster, since it started): $((pg_ticks / hz))s"
fi
echo "$passed passed, $failed failed"
exit $status
