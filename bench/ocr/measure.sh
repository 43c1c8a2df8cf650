#!/usr/bin/env bash
# OCR of one-page scans (docs/performance.md, "Scanned letters"): wall and CPU seconds of reading each test scan the way
# the server does (TesseractOcrEngine through the CLI `kycuong parse`, which also extracts), with the 1-minute load
# average before and after, so a figure taken on a shared machine can be judged. Usage: bench/ocr/measure.sh [runs=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
dotnet build src/KyCuong.Cli -c Release -nologo -v q >/dev/null
cli=src/KyCuong.Cli/bin/Release/net10.0/kycuong.dll
echo "cores: $(nproc); load before: $(cut -d' ' -f1 /proc/loadavg)"
echo "| scan | run | wall s | CPU s (user+sys) | numberSymbol |"
echo "|---|---:|---:|---:|---|"
for f in tests/KyCuong.Documents.Tests/TestData/scans/*.{jpg,png,tif,pdf}; do
  for r in $(seq 1 "$runs"); do
    /usr/bin/time -f "%e %U %S" -o /tmp/kycuong-ocr-time dotnet "$cli" parse "$f" >/tmp/kycuong-ocr-out 2>/dev/null || true
    read -r wall user sys </tmp/kycuong-ocr-time
    ns=$(python3 -c "import json;print(json.load(open('/tmp/kycuong-ocr-out')).get('numberSymbol'))" 2>/dev/null || echo "-")
    printf '| %s | %d | %s | %.2f | %s |\n' "$(basename "$f")" "$r" "$wall" "$(echo "$user + $sys" | bc)" "$ns"
  done
done
echo "load after: $(cut -d' ' -f1 /proc/loadavg)"
rm -f /tmp/kycuong-ocr-time /tmp/kycuong-ocr-out
