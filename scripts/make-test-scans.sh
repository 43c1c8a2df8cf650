#!/usr/bin/env bash
# Makes the test scans under tests/KyCuong.Documents.Tests/TestData/scans from real public documents of the corpus
# (TestData/corpus: the text and its hand-checked facts): the text is printed to PDF by LibreOffice (Liberation Serif),
# the first page rendered at 250 dpi in grey by pdftoppm, then "scanned" by ImageMagick — turned a small angle, Gaussian
# noise added, saved as a scanner would (JPEG, 1-bit PNG, Group 4 TIFF, or a JPEG inside a PDF without a text layer).
# Each scan keeps its document's .expected.json. Needs libreoffice-writer, poppler-utils, imagemagick (Debian).
# Harder scans add what real ones carry: a red round seal stamped over the signing block ("stamp"), a fax at 200 dpi
# in black and white with speckle ("fax"), or a letter that runs onto a second page, the signing block on page 2
# ("pages2": a two-page PDF without a text layer).
# Usage: scripts/make-test-scans.sh [name …]   (all scans by default; deterministic noise: ImageMagick's -seed)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=tests/KyCuong.Documents.Tests/TestData/corpus
out=tests/KyCuong.Documents.Tests/TestData/scans
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# name  corpus-document  format  rotation(degrees)  noise(attenuate)  [effect]
scans=(
  "cv2541-vpcp    vpcp-cv2541     jpg  1.5  0.5"
  "cv454-haugiang haugiang-cv454  png -1.0  0.4"
  "cv722-bacgiang bacgiang-cv722  tif  2.0  0.4"
  "kh17-thaibinh  thaibinh-kh17   pdf -0.8  0.5"
  "qd3330-quangtri quangtri-qd3330 jpg 1.0  0.8"
  "qd57-hue       hue-qd57        png  0.6  0.3"
  "cv40-vpcp-stamp  vpcp-cv40       jpg  0.7  0.4 stamp"
  "cv7785-vpcp-fax  vpcp-cv7785     tif -1.2  0.08 fax"
  "cv454-haugiang-2p haugiang-cv454 pdf  0.9  0.4 pages2"
)
only=("$@")

# A PDF holding only the JPEGs (DCTDecode), one a page, as a scanner writes it: no text layer.
# Usage: jpeg_to_pdf OUT.pdf DPI PAGE1.jpg [PAGE2.jpg …]
jpeg_to_pdf() {
  python3 - "$@" <<'PY'
import struct, sys
out_path, dpi, pages = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
kids = []
for path in pages:
    jpg = open(path, "rb").read()
    i = 2
    while True:  # the frame header gives the size
        marker, length = jpg[i + 1], struct.unpack(">H", jpg[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h, w = struct.unpack(">HH", jpg[i + 5:i + 9]); comps = jpg[i + 9]; break
        i += 2 + length
    pw, ph = w * 72 / dpi, h * 72 / dpi
    content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
    space = "/DeviceGray" if comps == 1 else "/DeviceRGB"
    page, image, stream = len(objs) + 1, len(objs) + 2, len(objs) + 3
    kids.append(f"{page} 0 R")
    objs += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {stream} 0 R >>".encode(),
             f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n".encode() + jpg + b"\nendstream",
             f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"]
objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
out = bytearray(b"%PDF-1.4\n")
offsets = []
for n, o in enumerate(objs, 1):
    offsets.append(len(out)); out += f"{n} 0 obj\n".encode() + o + b"\nendobj\n"
xref = len(out)
out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open(out_path, "wb").write(out)
PY
}

# Prints a text file to PDF (LibreOffice, Liberation Serif) and renders its first page at 250 dpi grey: PAGE.png
print_page() {
  soffice --headless --infilter="Text (encoded):UTF8,LF,Liberation Serif,vi" --convert-to pdf --outdir "$work" "$1" >/dev/null 2>&1
  pdftoppm -r 250 -gray -png -f 1 -l 1 "${1%.txt}.pdf" "${1%.txt}-page"
  mv "$(ls "${1%.txt}-page"*.png | head -1)" "$2"
}

for line in "${scans[@]}"; do
  read -r name doc format angle noise effect <<<"$line"
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then
    continue
  fi
  # One line per printed line, blank runs kept to one, leading spaces dropped (web-page indentation).
  python3 - "$corpus/$doc.txt" "$work/$name.txt" <<'PY'
import re, sys
t = open(sys.argv[1], encoding="utf-8").read().strip()
t = re.sub(r"\n[ \t\u00a0]*\n(\s*\n)*", "\n\n", t)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(l.strip() for l in t.split("\n")) + "\n")
PY
  pages=()
  if [ "${effect:-}" = pages2 ]; then
    # The letter runs onto a second page from "Nơi nhận:" on: two printed pages, the signing block on the second.
    python3 - "$work/$name.txt" "$work/$name-p1.txt" "$work/$name-p2.txt" <<'PY'
import sys
t = open(sys.argv[1], encoding="utf-8").read()
cut = t.index("Nơi nhận")
open(sys.argv[2], "w", encoding="utf-8").write(t[:cut])
open(sys.argv[3], "w", encoding="utf-8").write(t[cut:])
PY
    print_page "$work/$name-p1.txt" "$work/$name-1.png"
    print_page "$work/$name-p2.txt" "$work/$name-2.png"
    pages=("$work/$name-1.png" "$work/$name-2.png")
  else
    print_page "$work/$name.txt" "$work/$name-1.png"
    pages=("$work/$name-1.png")
  fi
  if [ "${effect:-}" = stamp ]; then
    # A red round seal (two rings, the issuer's name, a star) stamped over the signing block, as the office seals a
    # signed letter (NĐ 30/2020 art. 33): placed on the signer's name and title, partly covering them.
    # The signer's name is the last printed line: the seal's centre sits on the title above it.
    read -r bw bh bx by < <(convert "${pages[0]}" -trim -format '%w %h %X %Y\n' info: | tr -d '+')
    echo "$((bx + 330)) $((by + bh - 60))" > "$work/$name-at"
    read -r x y < "$work/$name-at"
    convert "${pages[0]}" -colorspace sRGB -fill none -stroke 'rgba(200,20,30,0.8)' -strokewidth 9 \
      -draw "circle $x,$y $((x + 230)),$y" -strokewidth 4 -draw "circle $x,$y $((x + 175)),$y" \
      -fill 'rgba(200,20,30,0.8)' -stroke none -font Liberation-Sans-Bold -pointsize 34 \
      -draw "text $((x - 150)),$((y - 80)) 'VĂN PHÒNG'" -draw "text $((x - 130)),$((y + 110)) 'CHÍNH PHỦ'" \
      -draw "polygon $x,$((y - 45)) $((x + 13)),$((y - 12)) $((x + 45)),$((y - 12)) $((x + 19)),$((y + 8)) $((x + 28)),$((y + 42)) $x,$((y + 22)) $((x - 28)),$((y + 42)) $((x - 19)),$((y + 8)) $((x - 45)),$((y - 12)) $((x - 13)),$((y - 12))" \
      "${pages[0]}"
  fi
  scanned=()
  for i in "${!pages[@]}"; do
    page=${pages[$i]}
    scan=(convert "$page" -seed $((16 + i)) -background white -rotate "$angle" +repage -attenuate "$noise" +noise Gaussian -density 250 -units PixelsPerInch)
    if [ "${effect:-}" = fax ]; then
      # Fax: 200 dpi, black and white, salt-and-pepper speckle from the line.
      scan=(convert "$page" -seed 16 -background white -rotate "$angle" +repage -resample 200 -attenuate "$noise" +noise Impulse -threshold 55% -density 200 -units PixelsPerInch)
    fi
    case "$format" in
      jpg) "${scan[@]}" -quality 35 "$out/$name.jpg" ;;
      png) "${scan[@]}" -threshold 60% -type bilevel "$out/$name.png" ;;
      tif) "${scan[@]}" -threshold 60% -type bilevel -compress Group4 "$out/$name.tif" ;;
      pdf) "${scan[@]}" -quality 45 "$work/$name-scan-$i.jpg" && scanned+=("$work/$name-scan-$i.jpg") ;;
    esac
  done
  if [ "$format" = pdf ]; then
    jpeg_to_pdf "$out/$name.pdf" 250 "${scanned[@]}"
  fi
  python3 - "$corpus/$doc.expected.json" "$out/$name.expected.json" "$doc" <<'PY'
import json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
e = {"corpusDocument": sys.argv[3], **e}
json.dump(e, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
open(sys.argv[2], "a").write("\n")
PY
done
ls -la "$out"
