#!/usr/bin/env bash
# PDF conversion by LibreOffice headless, as LibreOfficePdf runs it (docs/performance.md "Reports at a province's size, set-based"):
# a fresh profile per call (what the export did before) against one profile kept and reused between calls (what it does now),
# alternated so both see the same machine load. Prints each run and the median and max of each.
#   bench/pdf/profile-reuse.sh [runs=7] [docx]
# Without a DOCX it converts a one-line document LibreOffice itself writes first (a report's DOCX is about 4 KB).
set -euo pipefail
runs=${1:-7}
work=$(mktemp -d /tmp/kycuong-pdfbench-XXXXXX)
trap 'rm -rf "$work"' EXIT
soffice=$(command -v soffice || echo /usr/lib/libreoffice/program/soffice)
if [[ $# -ge 2 ]]; then
  cp "$2" "$work/report.docx"
else
  printf 'Báo cáo tình hình thực hiện nhiệm vụ\nKết quả: 12 nhiệm vụ đúng hạn, 3 quá hạn.\n' > "$work/report.txt"
  HOME="$work/seed" "$soffice" -env:UserInstallation="file://$work/seed/user" --headless --norestore --convert-to docx --outdir "$work" "$work/report.txt" >/dev/null 2>&1
fi
convert() { # $1 profile folder
  local out; out=$(mktemp -d "$work/out-XXXX")
  local start end
  start=$(date +%s%N)
  HOME="$1" "$soffice" -env:UserInstallation="file://$1/user" --headless --norestore --convert-to pdf --outdir "$out" "$work/report.docx" >/dev/null 2>&1
  end=$(date +%s%N)
  [[ -s "$out/report.pdf" ]] || { echo "no PDF" >&2; exit 1; }
  echo $(( (end - start) / 1000000 ))
}
stats() { sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "median %.0f ms, max %.0f ms (n=%d)\n", m, a[NR], NR}'; }
mkdir -p "$work/kept"
convert "$work/kept" >/dev/null   # the kept profile's first conversion: what the pre-warm pays at start
fresh=(); kept=()
for i in $(seq "$runs"); do
  f=$(convert "$work/fresh-$i"); k=$(convert "$work/kept")
  fresh+=("$f"); kept+=("$k")
  echo "run $i: fresh profile $f ms, reused profile $k ms (load $(cut -d' ' -f1 /proc/loadavg))"
done
echo "fresh profile per call (before): $(printf '%s\n' "${fresh[@]}" | stats)"
echo "reused profile (after):          $(printf '%s\n' "${kept[@]}" | stats)"
