#!/usr/bin/env bash
# A local KyCuong cluster on loopback, from Debian packages (README "Running several nodes"):
#   PostgreSQL (the machine's server binaries), Redis (redis-server), N published hosts and nginx in front.
#
#   deploy/cluster.sh start [N]   # N hosts (default 2); publishes the app once into $KYCUONG_CLUSTER_DIR/app
#   deploy/cluster.sh status      # what runs, each node's /health/ready, and which node the proxy picked
#   deploy/cluster.sh stop        # stops everything it started; the database stays for the next start
#   deploy/cluster.sh destroy     # stop, then delete the folder (database included)
#
# Ports (override by environment): proxy 8080, nodes 5101…, PostgreSQL 55432, Redis 56379.
# PUBLISH=1 publishes again (after a code change). DEMO=0 starts without the demo world.
# NODE_SETTINGS='Key__Sub=value …' adds settings to every node (e.g. Jobs__Enabled=false for a load test).
# DB_CONNECTION='Host=a:p1,b:p2;…;Target Session Attributes=read-write' uses that database instead of starting one
# (deploy/pg-ha.sh prints such a string for its primary and replica).
# POOL_SIZE=N: each node's Maximum Pool Size (default 8: docs/operations.md, "Connections to PostgreSQL").
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIR=${KYCUONG_CLUSTER_DIR:-${TMPDIR:-/tmp}/kycuong-cluster}
PROXY_PORT=${PROXY_PORT:-8080}
NODE_PORT=${NODE_PORT:-5101}
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
PGUSER_OS=${PGUSER_OS:-postgres}

find_pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
run_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
say() { echo "== $*"; }

install_missing() {
  local need=()
  [ -x "$(find_pgbin)/initdb" ] || need+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || need+=(redis-server)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  command -v curl >/dev/null 2>&1 || need+=(curl)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then echo "missing: ${need[*]} (apt-get install them as root)" >&2; exit 1; fi
  say "installing ${need[*]} from Debian"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

secret() { # a random secret kept in the folder, the same for every node
  local f="$DIR/secrets/$1"
  [ -s "$f" ] || { mkdir -p "$DIR/secrets"; chmod 700 "$DIR/secrets"; head -c 48 /dev/urandom | base64 | tr -d '\n/+=' >"$f"; chmod 600 "$f"; }
  cat "$f"
}

wait_http() { # url seconds
  local i
  for ((i = 0; i < $2 * 5; i++)); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done
  return 1
}

start_postgres() {
  local bin; bin=$(find_pgbin)
  if [ ! -d "$DIR/pg/data" ]; then
    mkdir -p "$DIR/pg"; chmod 755 "$DIR/pg"
    if [ "$(id -u)" = 0 ]; then
      id "$PGUSER_OS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
      chown "$PGUSER_OS": "$DIR/pg"
    fi
    run_as_pg "$bin/initdb" -D "$DIR/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/pg/initdb.log" 2>&1 \
      || { cat "$DIR/pg/initdb.log" >&2; exit 1; }
  fi
  if run_as_pg "$bin/pg_ctl" -D "$DIR/pg/data" status >/dev/null 2>&1; then return 0; fi
  say "PostgreSQL on 127.0.0.1:$PG_PORT"
  run_as_pg "$bin/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $DIR/pg -c max_connections=300" >/dev/null \
    || { cat "$DIR/pg/server.log" >&2; exit 1; }
  run_as_pg "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='kycuong'" | grep -q 1 \
    || run_as_pg "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres kycuong
}

start_redis() {
  alive "$DIR/redis.pid" && return 0
  say "Redis on 127.0.0.1:$REDIS_PORT"
  mkdir -p "$DIR/redis"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$DIR/redis" \
    --daemonize yes --pidfile "$DIR/redis.pid" --logfile "$DIR/redis/redis.log"
  local i; for ((i = 0; i < 50; i++)); do [ -s "$DIR/redis.pid" ] && break; sleep 0.1; done
}

publish() {
  if [ -f "$DIR/app/KyCuong.Web.dll" ] && [ "${PUBLISH:-0}" != 1 ]; then return 0; fi
  say "dotnet publish (once) into $DIR/app"
  dotnet publish "$ROOT/src/KyCuong.Web" -c Release -o "$DIR/app" -nologo -v q
}

# The settings every node shares (docs/operations.md "Several nodes"); only the port differs.
node_env() {
  local demo; demo=$([ "${DEMO:-1}" = 1 ] && echo true || echo false)
  printf "%s='%s'\n" \
    ASPNETCORE_ENVIRONMENT Production \
    Database__Provider Postgres \
    ConnectionStrings__Default "${DB_CONNECTION:-Host=127.0.0.1;Port=$PG_PORT;Database=kycuong;Username=postgres};Maximum Pool Size=${POOL_SIZE:-8}" \
    Database__MigrateOnStartup false \
    Auth__SigningKey "$(secret signing-key)" \
    Audit__Key "$(secret audit-key)" \
    Audit__DataFolder "$DIR/audit" \
    Redis__Configuration "127.0.0.1:$REDIS_PORT" \
    ForwardedHeaders__KnownProxies 127.0.0.1 \
    App__BaseUrl "http://127.0.0.1:$PROXY_PORT" \
    Demo__Seed "$demo"
  # NODE_SETTINGS='Jobs__Enabled=false RateLimit__SignInPerMinute=100000': more settings for every node (bench/wrk/run.sh).
  local kv; for kv in ${NODE_SETTINGS:-}; do printf "%s='%s'\n" "${kv%%=*}" "${kv#*=}"; done
}

start_node() { # index
  local i=$1 port=$((NODE_PORT + $1 - 1))
  alive "$DIR/node$i.pid" && return 0
  say "node $i on 127.0.0.1:$port"
  mkdir -p "$DIR/audit"
  node_env >"$DIR/node.env"
  ( set -a; . "$DIR/node.env"; set +a
    cd "$DIR/app" && exec setsid dotnet KyCuong.Web.dll --urls "http://127.0.0.1:$port" >"$DIR/node$i.log" 2>&1 ) &
  echo $! >"$DIR/node$i.pid"
}

write_nginx() { # N
  mkdir -p "$DIR/nginx/tmp"; chmod 1777 "$DIR/nginx/tmp"
  {
    echo "worker_processes 1; pid $DIR/nginx.pid; error_log $DIR/nginx/error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http {"
    echo "  access_log $DIR/nginx/access.log;"
    echo "  client_body_temp_path $DIR/nginx/tmp/body; proxy_temp_path $DIR/nginx/tmp/proxy;"
    echo "  fastcgi_temp_path $DIR/nginx/tmp/fastcgi; uwsgi_temp_path $DIR/nginx/tmp/uwsgi; scgi_temp_path $DIR/nginx/tmp/scgi;"
    echo "  client_max_body_size 50m;"
    echo "  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }"
    echo "  upstream kycuong { least_conn;"
    local i; for ((i = 1; i <= $1; i++)); do echo "    server 127.0.0.1:$((NODE_PORT + i - 1)) max_fails=1 fail_timeout=5s;"; done
    echo "    keepalive 64; }"
    # SignalR: negotiate and the connection that follows must reach the same node; the hub needs the sign-in cookie,
    # so hashing on it keeps one person's pages on one node (another person lands elsewhere).
    echo "  map \$http_cookie \$kycuong_auth { default \"\"; \"~kycuong\\.auth=(?<c>[^;]+)\" \$c; }"
    echo "  upstream kycuong_hub { hash \$kycuong_auth consistent;"
    for ((i = 1; i <= $1; i++)); do echo "    server 127.0.0.1:$((NODE_PORT + i - 1)) max_fails=1 fail_timeout=5s;"; done
    echo "  }"
    echo "  server { listen 127.0.0.1:$PROXY_PORT;"
    echo "    proxy_http_version 1.1;"
    echo "    proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
    echo "    proxy_set_header X-Forwarded-Proto \$scheme;"
    echo "    add_header X-KyCuong-Node \$upstream_addr always;"
    echo "    location /hubs/ { proxy_pass http://kycuong_hub; proxy_set_header Upgrade \$http_upgrade;"
    echo "      proxy_set_header Connection \$connection_upgrade; proxy_read_timeout 1h; }"
    echo "    location / { proxy_pass http://kycuong; proxy_set_header Connection \"\"; proxy_next_upstream error timeout http_502 http_503; }"
    echo "  }"
    echo "}"
  } >"$DIR/nginx.conf"
}

start() {
  local n=${1:-2}
  [[ "$n" =~ ^[1-9][0-9]?$ ]] || { echo "N must be 1–99" >&2; exit 2; }
  install_missing
  mkdir -p "$DIR"
  echo "$n" >"$DIR/nodes"
  publish
  [ -n "${DB_CONNECTION:-}" ] || start_postgres
  start_redis
  node_env >"$DIR/node.env"
  say "migrating the database"
  ( set -a; . "$DIR/node.env"; set +a; cd "$DIR/app" && dotnet KyCuong.Web.dll migrate >"$DIR/migrate.log" 2>&1 ) \
    || { cat "$DIR/migrate.log" >&2; exit 1; }
  # Node 1 alone first: it seeds and creates the shared data-protection key ring; the others then find both.
  start_node 1
  wait_http "http://127.0.0.1:$NODE_PORT/health/ready" 600 || { tail -50 "$DIR/node1.log" >&2; exit 1; }
  local i; for ((i = 2; i <= n; i++)); do start_node "$i"; done
  for ((i = 2; i <= n; i++)); do
    wait_http "http://127.0.0.1:$((NODE_PORT + i - 1))/health/ready" 300 || { tail -50 "$DIR/node$i.log" >&2; exit 1; }
  done
  write_nginx "$n"
  if ! alive "$DIR/nginx.pid"; then
    say "nginx on 127.0.0.1:$PROXY_PORT"
    nginx -c "$DIR/nginx.conf" -p "$DIR/nginx" -g "daemon on;" 2>>"$DIR/nginx/error.log"
  else
    nginx -c "$DIR/nginx.conf" -p "$DIR/nginx" -s reload
  fi
  wait_http "http://127.0.0.1:$PROXY_PORT/health/ready" 30 || { cat "$DIR/nginx/error.log" >&2; exit 1; }
  say "ready: http://127.0.0.1:$PROXY_PORT  ($n nodes; folder $DIR)"
}

stop_pid() { # pidfile name
  alive "$1" || { rm -f "$1"; return 0; }
  local pid; pid=$(cat "$1")
  kill -TERM "$pid" 2>/dev/null || true
  local i; for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$1"
  say "stopped $2"
}

stop() {
  [ -d "$DIR" ] || { echo "no cluster in $DIR"; return 0; }
  stop_pid "$DIR/nginx.pid" nginx
  local f; for f in "$DIR"/node*.pid; do [ -e "$f" ] && stop_pid "$f" "$(basename "$f" .pid)"; done
  stop_pid "$DIR/redis.pid" redis
  local bin; bin=$(find_pgbin)
  if [ -d "$DIR/pg/data" ] && run_as_pg "$bin/pg_ctl" -D "$DIR/pg/data" status >/dev/null 2>&1; then
    run_as_pg "$bin/pg_ctl" -D "$DIR/pg/data" -m fast -w stop >/dev/null && say "stopped PostgreSQL"
  fi
}

status() {
  [ -d "$DIR" ] || { echo "no cluster in $DIR"; exit 1; }
  local bin rc=0; bin=$(find_pgbin)
  if run_as_pg "$bin/pg_ctl" -D "$DIR/pg/data" status >/dev/null 2>&1; then echo "postgres  up    127.0.0.1:$PG_PORT"; else echo "postgres  down"; rc=1; fi
  if alive "$DIR/redis.pid"; then echo "redis     up    127.0.0.1:$REDIS_PORT"; else echo "redis     down"; rc=1; fi
  local f i port ready
  for f in "$DIR"/node*.pid; do
    [ -e "$f" ] || continue
    i=$(basename "$f" .pid); i=${i#node}; port=$((NODE_PORT + i - 1))
    ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)
    if alive "$f"; then echo "node $i    up    127.0.0.1:$port  ready=$ready"; else echo "node $i    down"; rc=1; fi
  done
  if alive "$DIR/nginx.pid"; then
    echo "nginx     up    127.0.0.1:$PROXY_PORT"
    for i in 1 2 3 4; do
      curl -s -o /dev/null -D - "http://127.0.0.1:$PROXY_PORT/health/ready" | tr -d '\r' | awk -v n="$i" '/^HTTP/ {s=$2} tolower($1)=="x-kycuong-node:" {u=$2} END {print "  via proxy #" n ": " s " from " u}'
    done
  else echo "nginx     down"; rc=1; fi
  return $rc
}

case "${1:-}" in
start) start "${2:-2}" ;;
stop) stop ;;
status) status ;;
destroy) stop; rm -rf "$DIR"; say "deleted $DIR" ;;
*) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
