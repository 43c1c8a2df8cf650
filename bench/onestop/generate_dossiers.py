#!/usr/bin/env python3
"""One-stop dossiers for the import bench (docs/performance.md "One-stop dossier import").

Writes dossiers.csv: N dossiers received by one body over 2025 (time limits 1-20 working days), a fifth handled first by a
division, three quarters with their result returned, UTF-8 with the API's English headers.
usage: generate_dossiers.py N BODY DIVISION OUTDIR [PREFIX]   (BODY, DIVISION: a unit's id, import code or full name)
"""
import csv, datetime, os, random, sys

n, body, division, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
prefix = sys.argv[5] if len(sys.argv) > 5 else "BENCH"
os.makedirs(out, exist_ok=True)
rnd = random.Random(17)
procedures = [("SCT.001", "Cấp Giấy phép bán lẻ sản phẩm rượu", 10), ("SCT.002", "Đăng ký thực hiện khuyến mại", 3),
              ("SCT.003", "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu", 15), ("SCT.004", "Cấp Giấy xác nhận cửa hàng LPG chai", 5),
              ("SCT.005", "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp", 20), ("SCT.006", "Cấp Giấy chứng nhận an toàn thực phẩm", 1)]
start = datetime.date(2025, 1, 2)
with open(os.path.join(out, "dossiers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["code", "procedureCode", "procedureName", "timeLimitWorkingDays", "receivedAt", "receivingUnit", "handlingUnit", "applicantName", "returnedOn"])
    for i in range(n):
        code, name, days = procedures[i % len(procedures)]
        received = start + datetime.timedelta(days=rnd.randrange(0, 330))
        returned = received + datetime.timedelta(days=rnd.randrange(0, days * 2 + 3)) if rnd.random() < 0.75 else None
        w.writerow([f"{prefix}-{i:08d}", code, name, days, received.strftime("%d/%m/%Y") + f" {8 + i % 9:02d}:{i % 60:02d}", body,
                    division if i % 5 == 0 else "", f"Công ty TNHH Thử nghiệm {i % 997}", returned.strftime("%d/%m/%Y") if returned else ""])
