#!/usr/bin/env python3
"""A province-sized organisation file for the import bench (docs/performance.md "Onboarding import").

Writes units.csv (3,000 units: the provincial People's Committee, 30 departments with 10 divisions each, and
communes with their offices) and people.csv (40,000 people, ~13 per unit, roles as a province has them), UTF-8
with the API's English headers. The root attaches under PARENT, an existing unit's id or code.
usage: generate_province.py PARENT OUTDIR [PREFIX]
"""
import csv, os, sys

parent, out = sys.argv[1], sys.argv[2]
prefix = sys.argv[3] if len(sys.argv) > 3 else "BENCH"
os.makedirs(out, exist_ok=True)
units = [(f"{prefix}", f"Ủy ban nhân dân tỉnh Thử nghiệm {prefix}", "UBND", "province", parent)]
for d in range(30):
    dc = f"{prefix}-S{d:02}"
    units.append((dc, f"Sở số {d + 1} tỉnh Thử nghiệm {prefix}", f"S{d + 1}", "department", prefix))
    for v in range(10):
        units.append((f"{dc}-P{v:02}", f"Phòng {v + 1}, Sở số {d + 1}", f"P{v + 1}", "division", dc))
c = 0
while len(units) < 3000:
    cc = f"{prefix}-X{c:03}"
    units.append((cc, f"Ủy ban nhân dân xã số {c + 1}", "UBND", "commune", prefix))
    for o in range(min(3, 3000 - len(units))):
        units.append((f"{cc}-V{o}", f"Văn phòng {o + 1}, xã số {c + 1}", f"VP{o + 1}", "office", cc))
    c += 1
units = units[:3000]
with open(os.path.join(out, "units.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["code", "name", "shortName", "kind", "parentCode"])
    w.writerows(units)

family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
given = ["Văn An", "Thị Bình", "Minh Cường", "Thu Dung", "Thanh Hải", "Ngọc Lan", "Quốc Khánh", "Thị Mai", "Văn Phúc", "Thị Hoa"]
with open(os.path.join(out, "people.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["userName", "fullName", "email", "unitCode", "position", "roles"])
    for i in range(40000):
        unit = units[i % len(units)][0]
        lead = i < len(units)
        w.writerow([f"{prefix.lower()}.u{i:05}", f"{family[i % 12]} {given[(i // 12) % 10]}", f"{prefix.lower()}.u{i:05}@thunghiem.gov.vn",
                    unit, "Thủ trưởng" if lead else "Chuyên viên", "leader;monitor" if lead else "specialist"])
