#!/usr/bin/env python3
"""Failover bench (not in the test suite): a steady stream of task creations through the proxy while the PostgreSQL
primary is killed. Measures the time from the kill until writes succeed again and checks afterwards that every
acknowledged 201 exists exactly once, and what happened to the requests that failed.

  bench/failover/run.sh          # starts pg-ha + cluster, runs this, stops everything
  python3 bench/failover/failover.py --proxy http://127.0.0.1:8080 --kill 'deploy/pg-ha.sh kill-primary' \
      --psql 'psql "host=127.0.0.1 port=56001,56002 dbname=kycuong user=postgres target_session_attrs=read-write"'
"""
import argparse, json, subprocess, threading, time, urllib.request, urllib.error, uuid

ap = argparse.ArgumentParser()
ap.add_argument("--proxy", default="http://127.0.0.1:8080")
ap.add_argument("--kill", required=True)
ap.add_argument("--psql", required=True)
ap.add_argument("--before", type=float, default=10.0, help="seconds of stream before the kill")
ap.add_argument("--after", type=float, default=180.0, help="seconds of stream after the kill, at most")
ap.add_argument("--workers", type=int, default=4)
a = ap.parse_args()

def call(method, path, body=None, token=None, timeout=30):
    req = urllib.request.Request(a.proxy + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, None
    except Exception as e:  # connection reset, timeout
        return 0, str(e)

def token(user):
    s, b = call("POST", "/api/v1/auth/token", {"userName": user, "password": "KyCuong@2026"})
    assert s == 200, s
    return b["accessToken"]

admin = token("admin")
leader = token("giamdoc.snv")
s, units = call("GET", "/api/v1/units", token=admin)
lead = next(u["id"] for u in units if u["name"] == "Sở Nội vụ tỉnh An Giang")
run = uuid.uuid4().hex[:8]
results = []  # (start, end, status, title, id)
lock = threading.Lock()
stop_at = [time.time() + a.before + a.after]
kill_at = [None]

def worker(w):
    i = 0
    while time.time() < stop_at[0]:
        i += 1
        title = f"Chịu lỗi {run} w{w} #{i}"
        t0 = time.time()
        s, b = call("POST", "/api/v1/tasks", {"title": title, "leadUnitId": lead, "coordinatingUnitIds": [], "dueDate": "2026-12-31"}, leader, timeout=30)
        t1 = time.time()
        with lock:
            results.append((t0, t1, s, title, b.get("id") if s == 201 and isinstance(b, dict) else None))
        if s != 201:
            time.sleep(0.05)

threads = [threading.Thread(target=worker, args=(w,)) for w in range(a.workers)]
for t in threads: t.start()
time.sleep(a.before)
print(subprocess.run(a.kill, shell=True, capture_output=True, text=True).stderr.strip())
kill_at[0] = time.time()  # the primary is dead once the kill command returns
# stop early once writes have succeeded without a failure for 10 s after the outage
while time.time() < stop_at[0]:
    time.sleep(1)
    with lock:
        fails = [r for r in results if r[0] >= kill_at[0] and r[2] != 201]
        oks = [r for r in results if fails and r[0] >= max(f[1] for f in fails) and r[2] == 201]
    if oks and time.time() - max(f[1] for f in fails) > 10:
        stop_at[0] = time.time()
for t in threads: t.join()

k = kill_at[0]
before = [r for r in results if r[1] <= k]
after = [r for r in results if r[1] > k]
post = [r for r in results if r[0] >= k]
post_fails = [r for r in post if r[2] != 201]
last_fail = max((r[1] for r in post_fails), default=k)
back = min((r[1] for r in post if r[2] == 201 and r[0] >= last_fail), default=None)
first_fail = min((r[0] for r in post_fails), default=None)
failed = [r for r in results if r[2] != 201]
acked = [r for r in results if r[2] == 201]
titles = [r[3] for r in results]
for attempt in range(60):  # the check reads the new primary, which may still be finishing its promotion
    out = subprocess.run(a.psql + f" -tA -c \"SELECT \\\"Title\\\", count(*) FROM task_tasks WHERE \\\"Title\\\" LIKE 'Chịu lỗi {run} %' GROUP BY 1\"",
                         shell=True, capture_output=True, text=True)
    if out.returncode == 0:
        break
    time.sleep(1)
else:
    raise SystemExit("no primary to check against: " + out.stderr)
stored = dict(line.rsplit("|", 1) for line in out.stdout.strip().splitlines() if "|" in line)
lost = [r for r in acked if r[3] not in stored]
doubled = [t for t, c in stored.items() if int(c) > 1]
failed_but_stored = [r for r in failed if r[3] in stored]
lat_before = sorted(r[1] - r[0] for r in before if r[2] == 201)
print(json.dumps({
    "requests": len(results), "acknowledged_201": len(acked), "failed": len(failed),
    "failed_statuses": sorted({r[2] for r in failed}),
    "writes_per_second_before_kill": round(len([r for r in before if r[2] == 201]) / a.before, 1),
    "p50_ms_before_kill": round(1000 * lat_before[len(lat_before) // 2], 1) if lat_before else None,
    "seconds_from_kill_to_first_failure": None if first_fail is None else round(first_fail - k, 2),
    "seconds_from_kill_until_writes_succeed_again": None if back is None else round(back - k, 2),
    "failed_after_kill": len(post_fails),
    "acknowledged_but_missing": len(lost), "stored_twice": len(doubled),
    "failed_but_stored_anyway": len(failed_but_stored),
}, indent=2))
