#!/usr/bin/env bash
# KyCuong and Redmine side by side on the same national dataset (issue 19, docs/performance.md "Redmine side by side").
#
#   sudo bench/redmine/run.sh                      # from the repository root, as root (apt-get, runuser)
#   TASKS=500000 bench/redmine/run.sh              # smaller dataset (default 2,000,000 tasks, 5,000 units, 100,000 people)
#   KC_DB=kc_national_… bench/redmine/run.sh       # reuse a dataset generated earlier on the same cluster (PGTEST_* set)
#   REPORT=1 …                                     # also time Redmine's /projects/<root>/issues/report (very slow)
#   SKIP_SETUP=1 SKIP_BUILD=1 SKIP_COPY=1 …       # keep the Redmine database, the Release build, the copied data
#
# Installs from Debian (bookworm): redmine 5.0, redmine-pgsql, puma (≈ 60 packages, ≈ 3 min). Uses a throwaway PostgreSQL
# cluster (scripts/pg-throwaway.sh; started here unless PGTEST_PORT is set, and then left running for reuse).
# Steps: setup-redmine.sh (schema, default data, REST API, admin key; ≈ 5 min under load) → `KyCuong.LoadTests generate`
# (≈ 13 min for 2,000,000 tasks at load 20–40) → copy-into-redmine.sh (SQL, same cluster) → start Redmine
# (puma, production, 2 workers × 4 threads, app preloaded: without it the workers miss puma's 60 s boot timeout under load) and KyCuong (Release build, production) on loopback → measure.py
# (warm, N=20 alternated pairs per measure, as admin and as 20 people with their own API keys and signed-in sessions)
# → stop both. Prints the table and the counts each system returned.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
TASKS=${TASKS:-2000000}; UNITS=${UNITS:-5000}; PEOPLE=${PEOPLE:-100000}; N=${N:-20}
PASSWORD=Tai-kiem-quoc-gia-2026   # NationalDataset.Password
if [ -z "${PGTEST_PORT:-}" ]; then eval "$(scripts/pg-throwaway.sh start)"; echo "cluster: $PGTEST_DIR (port $PGTEST_PORT)"; fi
export PGTEST_PORT PGTEST_CONN
q() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGTEST_PORT" -U postgres "$@"; }

[ -n "${SKIP_SETUP:-}" ] || eval "$(bench/redmine/setup-redmine.sh | grep '^REDMINE_KEY=')"
REDMINE_KEY=${REDMINE_KEY:-$(q -d redmine_bench -At -c "SELECT t.value FROM tokens t JOIN users u ON u.id = t.user_id WHERE u.login = 'admin' AND t.action = 'api'")}

[ -n "${SKIP_BUILD:-}" ] || dotnet build bench/KyCuong.LoadTests -c Release -nologo -v q
if [ -z "${KC_DB:-}" ]; then
  KC_DB=$(dotnet bench/KyCuong.LoadTests/bin/Release/net10.0/KyCuong.LoadTests.dll generate "$UNITS" "$PEOPLE" "$TASKS" | tee /dev/stderr | sed -n 's/^database: //p')
fi
echo "KyCuong database: $KC_DB"
[ -n "${SKIP_COPY:-}" ] || bench/redmine/copy-into-redmine.sh "$KC_DB"

# Redmine's admin gets the benchmark password (for its HTML pages); 20 people who lead open tasks (by login) get their own
# Redmine API key and password, and we note the open tasks they lead in KyCuong's tables (SQL).
USERS=""
while IFS='|' read -r login open; do
  key=$(python3 -c 'import secrets;print(secrets.token_hex(20))')
  read -r salt hash < <(python3 -c 'import hashlib,secrets,sys;s=secrets.token_hex(16);h=lambda x:hashlib.sha1(x.encode()).hexdigest();print(s,h(s+h(sys.argv[1])))' "$PASSWORD")
  q -d redmine_bench -c "UPDATE users SET salt='$salt', hashed_password='$hash', must_change_passwd=false WHERE login='$login'"
  [ "$login" = admin ] && continue
  q -d redmine_bench -c "DELETE FROM tokens WHERE action='api' AND user_id=(SELECT id FROM users WHERE login='$login')" \
    -c "INSERT INTO tokens (user_id, action, value, created_on, updated_on) SELECT id, 'api', '$key', now(), now() FROM users WHERE login='$login'"
  [ "$login" = admin ] || USERS="$USERS $login:$key:$PASSWORD:$open"
done < <(echo "admin|0"; q -d "$KC_DB" -At -c "SELECT u.\"UserName\", count(*) FROM task_tasks t JOIN org_users u ON u.\"Id\" = t.\"LeadUserId\"
          WHERE t.\"CompletedOn\" IS NULL GROUP BY 1 ORDER BY 1 LIMIT 20")

port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
RM_PORT=$(port); KC_PORT=$(port); LOGS=$(mktemp -d /tmp/redmine-bench.XXXXXX); chmod 755 "$LOGS"
(cd /usr/share/redmine && exec runuser -u www-data -- env RAILS_ENV=production REDMINE_INSTANCE=default \
   puma -e production -w 2 -t 4:4 --preload -b "tcp://127.0.0.1:$RM_PORT" >"$LOGS/redmine.log" 2>&1) &
RM_PID=$!
KC_CS="Host=127.0.0.1;Port=$PGTEST_PORT;Database=$KC_DB;Username=postgres;Maximum Pool Size=100"
(cd src/KyCuong.Web && exec dotnet bin/Release/net10.0/KyCuong.Web.dll --urls="http://127.0.0.1:$KC_PORT" --environment=Production \
   --Database:Provider=Postgres "--ConnectionStrings:Default=$KC_CS" --Database:MigrateOnStartup=false --Demo:Seed=false \
   --Admin:UserName=national.admin "--Admin:Password=$PASSWORD" --Logging:LogLevel:Default=Warning --RateLimit:SignInPerMinute=100000 \
   --Jobs:Enabled=false --Auth:SigningKey=national-benchmark-signing-key-0123456789abcdef >"$LOGS/kycuong.log" 2>&1) &
KC_PID=$!
stop() { kill "$KC_PID" 2>/dev/null || true; pkill -P "$RM_PID" 2>/dev/null || true; kill "$RM_PID" 2>/dev/null || true; }
trap stop EXIT
for url in "http://127.0.0.1:$RM_PORT/login" "http://127.0.0.1:$KC_PORT/Account/Login"; do
  for _ in $(seq 600); do curl -fs -o /dev/null "$url" && break; sleep 1; done
  curl -fs -o /dev/null "$url" || { echo "not answering: $url (logs in $LOGS)" >&2; exit 1; }
done

echo "versions: Redmine $(dpkg-query -W -f='${Version}' redmine), puma $(dpkg-query -W -f='${Version}' puma), ruby $(ruby -e 'print RUBY_VERSION'),\
 PostgreSQL $(q -d postgres -At -c 'SHOW server_version'), .NET $(dotnet --version), KyCuong $(git rev-parse --short HEAD)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
KC_URL="http://127.0.0.1:$KC_PORT" RM_URL="http://127.0.0.1:$RM_PORT" KC_ROOT=$(q -d "$KC_DB" -At -c 'SELECT "Id" FROM org_units WHERE "ParentId" IS NULL AND "ValidTo" IS NULL') \
RM_ROOT=$(q -d redmine_bench -At -c 'SELECT identifier FROM projects WHERE parent_id IS NULL') KC_ADMIN_PASSWORD=$PASSWORD RM_ADMIN_KEY=$REDMINE_KEY \
REPORT=${REPORT:-} USERS="$USERS" TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F) N=$N python3 bench/redmine/measure.py
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
