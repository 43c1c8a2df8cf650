#!/usr/bin/env python3
"""Sessions and work for bench/wrk/mix.lua, on a database filled by `bench/KyCuong.LoadTests generate`.

prepare.py BASE_URL PSQL_DSN OUT.lua [specialists=200] [leaders=20]

Picks specialists and leaders of the national dataset (user names u…, password NationalDataset.Password) and signs each
in through the proxy as a client does (a bearer token from POST /api/v1/auth/token) and, for pages, as a browser does
(the sign-in form with its antiforgery token, keeping the cookies). Lists from the database the tasks each specialist
holds (what their task pages and calls read) and, for the writes, leaders whose sub-units have a head and a specialist:
the leader assigns a task to a sub-unit, whose head then hands it to the specialist or completes it.
Writes a Lua table that every wrk thread loads.
"""
import http.cookiejar, json, re, subprocess, sys, urllib.parse, urllib.request

PASSWORD = "Tai-kiem-quoc-gia-2026"  # bench/KyCuong.LoadTests/NationalDataset.cs
base, dsn, out = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
n_specialists = int(sys.argv[4]) if len(sys.argv) > 4 else 200
n_leaders = int(sys.argv[5]) if len(sys.argv) > 5 else 20


def sql(query):
    rows = subprocess.run(["psql", dsn, "-At", "-F", "\t", "-c", query], check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in rows.splitlines() if line]


def token(user):
    req = urllib.request.Request(base + "/api/v1/auth/token", data=json.dumps({"userName": user, "password": PASSWORD}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)["accessToken"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def cookie(user):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    with opener.open(base + "/Account/Login", timeout=60) as r:
        form = r.read().decode()
    anti = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', form).group(1)
    body = urllib.parse.urlencode({"UserName": user, "Password": PASSWORD, "__RequestVerificationToken": anti}).encode()
    try:
        opener.open(base + "/Account/Login", data=body, timeout=60)
    except urllib.error.HTTPError as e:  # 302 to the work page once signed in
        if e.code != 302:
            raise
    if not any(c.name.startswith("kycuong.auth") for c in jar):
        raise SystemExit(f"sign-in of {user} through the form failed")
    return "; ".join(f"{c.name}={c.value}" for c in jar)


# Specialists spread over the country: their work page, task list, task pages (the tasks they hold).
specialists = sql(f"""
    SELECT u."UserName", p."UserId" FROM org_positions p JOIN org_users u ON u."Id" = p."UserId"
    WHERE u."UserName" LIKE 'u%' AND p."Roles" <> 2 ORDER BY md5(u."UserName") LIMIT {n_specialists}""")
ids = ",".join(f"'{s[1]}'" for s in specialists)
reads = {}
for task, holder in sql(f"""
        SELECT "Id", "CurrentHolderUserId" FROM (
          SELECT "Id", "CurrentHolderUserId", row_number() OVER (PARTITION BY "CurrentHolderUserId" ORDER BY "Id") AS n
          FROM task_tasks WHERE "CurrentHolderUserId" IN ({ids})) t
        WHERE n <= 20"""):
    reads.setdefault(holder, []).append(task)

# Leaders whose unit has sub-units with a head and a specialist: the leader assigns a task to a sub-unit (create), whose
# head hands it to the specialist (hand-off) or completes it (complete). The created task's id and lead unit come back
# in the 201, so each wrk thread queues the tasks it created and acts on them with the sub-unit head's token.
chain = sql(f"""
    WITH leaders AS (
      SELECT u."UserName" AS name, p."UnitId" AS unit FROM org_positions p JOIN org_users u ON u."Id" = p."UserId"
      WHERE u."UserName" LIKE 'u%' AND p."Roles" = 2
        AND EXISTS (SELECT 1 FROM org_units c WHERE c."ParentId" = p."UnitId")
      ORDER BY md5(u."UserName") LIMIT {n_leaders}),
    children AS (
      SELECT l.name, c."Id" AS child, hu."UserName" AS head,
             (SELECT sp."UserId" FROM org_positions sp WHERE sp."UnitId" = c."Id" AND sp."Roles" <> 2 ORDER BY sp."UserId" LIMIT 1) AS specialist,
             row_number() OVER (PARTITION BY l.name ORDER BY c."Id") AS n
      FROM leaders l JOIN org_units c ON c."ParentId" = l.unit
      JOIN org_positions hp ON hp."UnitId" = c."Id" AND hp."Roles" = 2 JOIN org_users hu ON hu."Id" = hp."UserId")
    SELECT name, child, head, specialist FROM children WHERE n <= 3 AND specialist IS NOT NULL ORDER BY name, child""")


def lua(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


lines = ["return {", "  specialists = {"]
for name, user in specialists:
    lines.append(f"    {{ token = {lua(token(name))}, cookie = {lua(cookie(name))}, tasks = {{ {', '.join(lua(t) for t in reads.get(user, []))} }} }},")
lines.append("  },")
leader_names = sorted({row[0] for row in chain})
lines.append("  leaders = {")
for name in leader_names:
    children = [row[1] for row in chain if row[0] == name]
    lines.append(f"    {{ token = {lua(token(name))}, cookie = {lua(cookie(name))}, units = {{ {', '.join(lua(c) for c in children)} }} }},")
lines.append("  },")
lines.append("  subunits = {")
heads = {}
for name, child, head, specialist in chain:
    if head not in heads:
        heads[head] = token(head)
    lines.append(f"    [{lua(child)}] = {{ token = {lua(heads[head])}, to = {lua(specialist)} }},")
lines += ["  },", "}"]
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"{len(specialists)} specialists ({sum(len(v) for v in reads.values())} tasks to read), {len(leader_names)} leaders "
      f"assigning to {len(chain)} sub-units", file=sys.stderr)
