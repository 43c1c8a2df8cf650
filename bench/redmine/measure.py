#!/usr/bin/env python3
"""Times KyCuong and Redmine side by side over HTTP on loopback, alternating request by request (bench/redmine/run.sh).

Environment: KC_URL, RM_URL, KC_ROOT (root unit id), RM_ROOT (root project identifier), KC_ADMIN_PASSWORD (national.admin and
every generated person), RM_ADMIN_KEY (admin's web password is KC_ADMIN_PASSWORD too), USERS (space-separated
"login:redmine_api_key:redmine_password:open_tasks_led_in_kycuong_sql"), TODAY (Vietnam date),
N (requests per measure, default 20). Prints a markdown table and the counts each system returned.
"""
import http.cookiejar, json, os, re, statistics, sys, time, urllib.parse, urllib.request, datetime

KC, RM = os.environ["KC_URL"], os.environ["RM_URL"]
N = int(os.environ.get("N", "20"))
today = datetime.date.fromisoformat(os.environ["TODAY"])
yesterday = (today - datetime.timedelta(days=1)).isoformat()
PW = os.environ["KC_ADMIN_PASSWORD"]
users = [u.split(":") for u in os.environ["USERS"].split()]


def call(url, headers=None, data=None, opener=None):
    req = urllib.request.Request(url, headers=headers or {}, data=data)
    t = time.perf_counter()
    with (opener or urllib.request.build_opener()).open(req, timeout=600) as r:
        body = r.read()
        # A page that bounced to a sign-in form would time the wrong thing.
        if data is None and "login" in r.geturl().lower() and "login" not in url.lower():
            raise RuntimeError(f"{url} ended at {r.geturl()} (not signed in)")
    return (time.perf_counter() - t) * 1000, body


def kc_token(user):
    _, b = call(f"{KC}/api/v1/auth/token", {"Content-Type": "application/json"}, json.dumps({"userName": user, "password": PW}).encode())
    return json.loads(b)["accessToken"]


def form_login(login_url, fields, token_name):
    jar = http.cookiejar.CookieJar()
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    _, page = call(login_url, opener=op)
    tok = re.search(rf'name="{token_name}"[^>]*value="([^"]+)"', page.decode()) or re.search(rf'value="([^"]+)"[^>]*name="{token_name}"', page.decode())
    body = urllib.parse.urlencode({**fields, token_name: tok.group(1)}).encode()
    call(login_url, {"Content-Type": "application/x-www-form-urlencoded"}, body, op)
    return op


admin_kc = {"Authorization": f"Bearer {kc_token('national.admin')}"}
admin_rm = {"X-Redmine-API-Key": os.environ["RM_ADMIN_KEY"]}
kc_tok = {u[0]: {"Authorization": f"Bearer {kc_token(u[0])}"} for u in users}
rm_key = {u[0]: {"X-Redmine-API-Key": u[1]} for u in users}
kc_web = {u[0]: form_login(f"{KC}/Account/Login", {"UserName": u[0], "Password": PW}, "__RequestVerificationToken") for u in users}
rm_admin_web = form_login(f"{RM}/login", {"username": "admin", "password": PW}, "authenticity_token")
rm_web = {u[0]: form_login(f"{RM}/login", {"username": u[0], "password": u[2]}, "authenticity_token") for u in users}

root_kc = f"{KC}/api/v1/units/{os.environ['KC_ROOT']}/task-summary?includeDescendants=true"
root_rm = f"{RM}/issues.json?project_id={os.environ['RM_ROOT']}&status_id=open&due_date=%3C%3D{yesterday}&limit=1"
report_rm = f"{RM}/projects/{os.environ['RM_ROOT']}/issues/report"

# (name, KyCuong request, Redmine request); each request: i -> (url, headers, opener)
pairs = [
    ("Overdue roll-up of the root with all descendants (API)",
     lambda i: (root_kc, admin_kc, None), lambda i: (root_rm, admin_rm, None)),
    *([("Same, Redmine's grouped form: /projects/root/issues/report (HTML, admin)",
        lambda i: (root_kc, admin_kc, None), lambda i: (report_rm, {}, rm_admin_web))]
      # Did not answer within 600 s on 500,000 issues under 5,000 subprojects (docs/performance.md): opt in with REPORT=1.
      if os.environ.get("REPORT") == "1" else []),
    ("A person's open list, first page (API, as that person)",
     lambda i: (f"{KC}/api/v1/tasks?mine=true&page=1&pageSize=20", kc_tok[users[i % len(users)][0]], None),
     lambda i: (f"{RM}/issues.json?assigned_to_id=me&status_id=open&limit=20", rm_key[users[i % len(users)][0]], None)),
    ("A person's open list, page (HTML, signed in as that person)",
     lambda i: (f"{KC}/Tasks", {}, kc_web[users[i % len(users)][0]]),
     lambda i: (f"{RM}/issues?set_filter=1&assigned_to_id=me&status_id=o", {}, rm_web[users[i % len(users)][0]])),
]

rows = []
for name, kc, rm in pairs:
    t_kc, t_rm = [], []
    for i in range(-3, N):  # 3 warm-up rounds per measure, then N alternated pairs
        for fn, out in ((kc, t_kc), (rm, t_rm)) if i % 2 == 0 else ((rm, t_rm), (kc, t_kc)):
            url, h, op = fn(abs(i))
            ms, _ = call(url, h, opener=op)
            if i >= 0:
                out.append(ms)
    def p(ms, q): ms = sorted(ms); return ms[min(len(ms) - 1, int(len(ms) * q))]
    rows.append((name, statistics.median(t_kc), p(t_kc, 0.95), statistics.median(t_rm), p(t_rm, 0.95)))
    print(f"{name}: KyCuong p50 {rows[-1][1]:.0f} ms, Redmine p50 {rows[-1][3]:.0f} ms", file=sys.stderr, flush=True)

# Same question, same answer? Print what each system says.
_, b = call(root_kc, admin_kc); kc_over = json.loads(b)["inProgressOverdue"]
_, b = call(root_rm, admin_rm); rm_over = json.loads(b)["total_count"]
print(f"\ncounts: overdue open tasks under the root — KyCuong inProgressOverdue {kc_over}, Redmine total_count {rm_over}: {'agree' if kc_over == rm_over else 'DIFFER'}")
agree_list = []
for u in users:
    _, b = call(f"{RM}/issues.json?assigned_to_id=me&status_id=open&limit=1", rm_key[u[0]]); rm_n = json.loads(b)["total_count"]
    kc_n = 0
    for st in ("inProgressOnTime", "inProgressOverdue"):
        _, b = call(f"{KC}/api/v1/tasks?mine=true&status={st}&page=1&pageSize=1", kc_tok[u[0]]); kc_n += json.loads(b)["total"]
    agree_list.append((u[0], int(u[3]), rm_n, kc_n))
ok = all(a == b for _, a, b, _ in agree_list)
print("counts: open tasks a person leads — KyCuong's tables (SQL) | Redmine assigned_to=me open"
      f" [| KyCuong's own 'my work' list, open, which also holds the person's units' tasks]: {'agree' if ok else 'DIFFER'}")
print("  " + ", ".join(f"{u} {a}|{b} [{c}]" for u, a, b, c in agree_list))
print(f"\n| Measure (n={N} each, alternated) | KyCuong p50 | KyCuong p95 | Redmine p50 | Redmine p95 | Redmine/KyCuong (p50) |")
print("|---|---:|---:|---:|---:|---:|")
for name, a50, a95, b50, b95 in rows:
    print(f"| {name} | {a50:.1f} ms | {a95:.1f} ms | {b50:.1f} ms | {b95:.1f} ms | {b50 / a50:.1f}× |")
