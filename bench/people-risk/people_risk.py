"""Builds a unit of P officials holding T tasks and times the people ranking of a check of that unit (bench/people-risk/run.sh).

The officials are created through the API (POST /api/v1/users); one task and one approved extension are made through the API as
templates, then T tasks (spread over the officials, due over the last year, a third completed, a fifth extended) and their extensions
are copied from them in SQL, which is what a year of work would leave in the tables the ranking reads.
"""
import json
import os
import statistics
import subprocess
import time
import urllib.request
import uuid

BASE = os.environ["BASE"]
PSQL = os.environ["PSQL"].split()
P = int(os.environ["P"])
T = int(os.environ["T"])
RUNS = int(os.environ["RUNS"])
PASSWORD = "KyCuong@2026"


def call(method, path, token=None, body=None, expect=(200, 201)):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=600) as r:
        if r.status not in expect:
            raise RuntimeError(f"{method} {path}: {r.status}")
        raw = r.read()
        return json.loads(raw) if raw else None


def token(user):
    return call("POST", "/api/v1/auth/token", body={"userName": user, "password": PASSWORD})["accessToken"]


def sql(text):
    return subprocess.run(PSQL + ["-At", "-c", text], check=True, capture_output=True, text=True).stdout.strip()


admin = token("admin")
units = call("GET", "/api/v1/units", admin)
stp = next(u["id"] for u in units if u["name"] == "Sở Tư pháp tỉnh An Giang")
suffix = uuid.uuid4().hex[:6]
unit = call("POST", "/api/v1/units", admin, {"name": f"Phòng thử tải {suffix}", "shortName": "PTT", "parentId": stp, "kind": "division"})["id"]

started = time.time()
people = []
for n in range(P):
    role = "leader" if n == 0 else "specialist"
    people.append(call("POST", "/api/v1/users", admin, {
        "userName": f"bench.{suffix}.{n}", "fullName": f"Công chức thử {n:03d}", "password": PASSWORD, "unitId": unit,
        "position": "Trưởng phòng" if n == 0 else "Chuyên viên", "roles": [role]})["id"])
print(f"{P} officials created through the API in {time.time() - started:.1f} s")

# Templates through the API: a task of the first official, extended once and approved.
director = token("giamdoc.stp")
holder = token(f"bench.{suffix}.0")
template = call("POST", "/api/v1/tasks", director, {"title": "Nhiệm vụ mẫu", "leadUnitId": unit, "leadUserId": people[0],
                                                     "coordinatingUnitIds": [], "dueDate": "2026-12-31"})["id"]
ext = call("POST", f"/api/v1/tasks/{template}/extensions", holder, {"reason": "Chờ số liệu.", "newDueDate": "2027-01-15"})["id"]
call("POST", f"/api/v1/tasks/{template}/extensions/{ext}/decision", director, {"approve": True, "note": "Đồng ý."})

started = time.time()
cols = sql("SELECT string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'task_tasks'").split(",")
override = {
    '"Id"': "md5('t' || g)::uuid",
    '"CurrentHolderUserId"': f"(ARRAY[{','.join(repr(p) for p in people)}]::uuid[])[1 + g % {P}]",
    '"DueDate"': "CURRENT_DATE - (g % 365)",
    '"OriginalDueDate"': "CURRENT_DATE - (g % 365)",
    '"CompletedOn"': "CASE WHEN g % 3 = 0 THEN CURRENT_DATE - (g % 365) + (g % 5) - 2 END",
    '"Title"': "'Nhiệm vụ thử ' || g",
}
select = ",".join(override.get(c, c) for c in cols)
sql(f"INSERT INTO task_tasks ({','.join(cols)}) SELECT {select} FROM task_tasks, generate_series(1, {T}) g WHERE \"Id\" = '{template}'")
ecols = sql("SELECT string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'task_extensions'").split(",")
eover = {'"Id"': "md5('e' || g || '.' || k)::uuid", '"TaskId"': "md5('t' || g)::uuid"}
eselect = ",".join(eover.get(c, c) for c in ecols)
sql(f"INSERT INTO task_extensions ({','.join(ecols)}) SELECT {eselect} FROM task_extensions, generate_series(1, {T}) g, generate_series(1, 2) k "
    f"WHERE \"Id\" = '{ext}' AND g % 5 = 0 AND (k = 1 OR g % 10 = 0)")
sql("ANALYZE task_tasks; ANALYZE task_extensions;")
print(f"{T} tasks and {sql('SELECT count(*) FROM task_extensions') } extensions in total, copied in SQL in {time.time() - started:.1f} s")

# The check: Sở Tư pháp's director decides it, the inspector heads the team and reads the ranking.
inspector = token("thanhtra")
me = call("GET", "/api/v1/me", inspector)["id"]
check = call("POST", "/api/v1/inspections", director, {
    "title": "Kiểm tra công vụ (thử tải)", "checkedUnitIds": [unit], "surprise": False, "plannedStart": time.strftime("%Y-%m-%d", time.gmtime(time.time() + 7 * 86400)),
    "teamUserIds": [me], "topics": ["Xử lý nhiệm vụ được giao, thời hạn"], "teamLeaderUserId": me})["id"]

walls = []
for run in range(RUNS + 1):
    s = time.time()
    ranking = call("GET", f"/api/v1/inspections/{check}/people-risk", inspector)
    walls.append(time.time() - s)
    assert len(ranking) == P, len(ranking)
first, rest = walls[0], walls[1:]  # the first call also warms the host
print(f"people ranking of {P} officials over {T} tasks: first call {first:.2f} s; then median {statistics.median(rest):.2f} s, "
      f"min {min(rest):.2f} s over {len(rest)} calls; top score {ranking[0]['score']}")
