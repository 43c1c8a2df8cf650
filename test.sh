#!/usr/bin/env bash
# Runs every test of KyCuong: unit, integration (on SQLite AND PostgreSQL), browser (Chromium) and architecture.
# Installs or starts what it needs by itself: a throwaway PostgreSQL cluster from the machine's binaries,
# Debian's Chromium (and poppler's pdftotext for PDF import) when missing.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi liberation || need+=(fonts-liberation2)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing ${need[*]} from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing: ${need[*]} (install them with apt-get as root)" >&2; exit 1
  fi
fi
export CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium)}

echo "== starting a throwaway PostgreSQL"
eval "$(scripts/pg-throwaway.sh start)"
trap 'scripts/pg-throwaway.sh stop "$PGTEST_DIR"' EXIT

export TEST_ARTIFACTS=${TEST_ARTIFACTS:-$PWD/artifacts}
mkdir -p "$TEST_ARTIFACTS/screenshots"

echo "== building"
dotnet build KyCuong.slnx -c Debug -nologo -v q

results=$(mktemp)
status=0
for project in tests/*/; do
  name=$(basename "$project")
  echo "== $name"
  if ! dotnet test "$project" --no-build -nologo -v q --logger "console;verbosity=minimal" 2>&1 | tee -a "$results" | grep -E "^(Passed!|Failed!)|\[FAIL\]|Error Message" ; then :; fi
  if grep -q "^Failed!.*$name" "$results"; then status=1; fi
done

passed=$(grep -oE "Passed: +[0-9]+" "$results" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE "Failed: +[0-9]+" "$results" | awk '{s+=$2} END {print s+0}')
projects=$(grep -cE "^(Passed!|Failed!)" "$results" || true)
expected=$(ls -d tests/*/ | wc -l)
rm -f "$results"
if [ "$projects" -ne "$expected" ]; then
  echo "only $projects of $expected test projects reported results" >&2
  status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "screenshots: $TEST_ARTIFACTS/screenshots"
echo "$passed passed, $failed failed"
exit $status
