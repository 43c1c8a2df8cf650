#!/usr/bin/env bash
# Makes the test scans under tests/KyCuong.Documents.Tests/TestData/scans from real public documents of the corpus
# (TestData/corpus: the text and its hand-checked facts): the text is printed to PDF by LibreOffice (Liberation Serif),
# the first page rendered at 250 dpi in grey by pdftoppm, then "scanned" by ImageMagick — turned a small angle, Gaussian
# noise added, saved as a scanner would (JPEG, 1-bit PNG, Group 4 TIFF, or a JPEG inside a PDF without a text layer).
# Each scan keeps its document's .expected.json. Needs libreoffice-writer, poppler-utils, imagemagick (Debian).
# Usage: scripts/make-test-scans.sh   (deterministic noise: ImageMagick's -seed)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=tests/KyCuong.Documents.Tests/TestData/corpus
out=tests/KyCuong.Documents.Tests/TestData/scans
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# name  corpus-document  format  rotation(degrees)  noise(attenuate)
scans=(
  "cv2541-vpcp    vpcp-cv2541     jpg  1.5  0.5"
  "cv454-haugiang haugiang-cv454  png -1.0  0.4"
  "cv722-bacgiang bacgiang-cv722  tif  2.0  0.4"
  "kh17-thaibinh  thaibinh-kh17   pdf -0.8  0.5"
  "qd3330-quangtri quangtri-qd3330 jpg 1.0  0.8"
  "qd57-hue       hue-qd57        png  0.6  0.3"
)

# A PDF of one page holding only the JPEG (DCTDecode), as a scanner writes it: no text layer.
jpeg_to_pdf() {
  python3 - "$1" "$2" "$3" <<'PY'
import struct, sys
jpg = open(sys.argv[1], "rb").read()
dpi = float(sys.argv[3])
i = 2
while True:  # the frame header gives the size
    marker, length = jpg[i + 1], struct.unpack(">H", jpg[i + 2:i + 4])[0]
    if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
        h, w = struct.unpack(">HH", jpg[i + 5:i + 9]); comps = jpg[i + 9]; break
    i += 2 + length
pw, ph = w * 72 / dpi, h * 72 / dpi
content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
space = "/DeviceGray" if comps == 1 else "/DeviceRGB"
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n".encode() + jpg + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for n, o in enumerate(objs, 1):
    offsets.append(len(out)); out += f"{n} 0 obj\n".encode() + o + b"\nendobj\n"
xref = len(out)
out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open(sys.argv[2], "wb").write(out)
PY
}

for line in "${scans[@]}"; do
  read -r name doc format angle noise <<<"$line"
  # One line per printed line, blank runs kept to one, leading spaces dropped (web-page indentation).
  python3 - "$corpus/$doc.txt" "$work/$name.txt" <<'PY'
import re, sys
t = open(sys.argv[1], encoding="utf-8").read().strip()
t = re.sub(r"\n[ \t\u00a0]*\n(\s*\n)*", "\n\n", t)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(l.strip() for l in t.split("\n")) + "\n")
PY
  soffice --headless --infilter="Text (encoded):UTF8,LF,Liberation Serif,vi" --convert-to pdf --outdir "$work" "$work/$name.txt" >/dev/null 2>&1
  pdftoppm -r 250 -gray -png -f 1 -l 1 "$work/$name.pdf" "$work/$name-page"
  page=$(ls "$work/$name-page"*.png | head -1)
  scan=(convert "$page" -seed 16 -background white -rotate "$angle" +repage -attenuate "$noise" +noise Gaussian -density 250 -units PixelsPerInch)
  case "$format" in
    jpg) "${scan[@]}" -quality 35 "$out/$name.jpg" ;;
    png) "${scan[@]}" -threshold 60% -type bilevel "$out/$name.png" ;;
    tif) "${scan[@]}" -threshold 60% -type bilevel -compress Group4 "$out/$name.tif" ;;
    pdf) "${scan[@]}" -quality 45 "$work/$name.jpg" && jpeg_to_pdf "$work/$name.jpg" "$out/$name.pdf" 250 ;;
  esac
  python3 - "$corpus/$doc.expected.json" "$out/$name.expected.json" "$doc" <<'PY'
import json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
e = {"corpusDocument": sys.argv[3], **e}
json.dump(e, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
open(sys.argv[2], "a").write("\n")
PY
done
ls -la "$out"
