# Shared by deploy/backup.sh and deploy/restore.sh: reading the host's connection string and folders the way the host does
# (Platform/Persistence/DatabaseOptions.cs, Platform/Auditing/AuditKey.cs).

# kc_conn_get CONN KEY...: the value of the first of KEYs present in a "Key=Value;…" connection string (keys case-insensitive).
kc_conn_get() {
  python3 - "$@" <<'PY'
import sys
conn, keys = sys.argv[1], [k.lower().replace(" ", "") for k in sys.argv[2:]]
pairs = {}
for part in conn.split(";"):
    if "=" in part:
        k, v = part.split("=", 1)
        pairs[k.strip().lower().replace(" ", "")] = v.strip()
for k in keys:
    if k in pairs:
        print(pairs[k]); break
PY
}

kc_sqlite_file() { local f; f=$(kc_conn_get "$1" "Data Source" "DataSource" "Filename"); realpath -m "$f"; }

kc_database_name() {
  case "$1" in
    Postgres|postgres|PostgreSQL) local d; d=$(kc_conn_get "$2" Database); echo "${d:-kycuong}" ;;
    *) basename "$(kc_sqlite_file "$2")" ;;
  esac
}

# Where the host keeps the audit checkpoints and its generated key: Audit__DataFolder, else beside the SQLite file, else
# the user's data folder (~/.local/share/KyCuong).
kc_audit_folder() {
  if [ -n "${Audit__DataFolder:-}" ]; then echo "$Audit__DataFolder"; return; fi
  case "$1" in
    Postgres|postgres|PostgreSQL) echo "${XDG_DATA_HOME:-$HOME/.local/share}/KyCuong" ;;
    *) dirname "$(kc_sqlite_file "$2")" ;;
  esac
}

kc_pg_env() {
  export PGHOST PGPORT PGUSER PGDATABASE
  PGHOST=$(kc_conn_get "$1" Host Server); PGHOST=${PGHOST:-localhost}
  PGPORT=$(kc_conn_get "$1" Port); PGPORT=${PGPORT:-5432}
  PGUSER=$(kc_conn_get "$1" Username "User Id" UserId User); PGUSER=${PGUSER:-postgres}
  PGDATABASE=$(kc_conn_get "$1" Database); PGDATABASE=${PGDATABASE:-kycuong}
  local pw; pw=$(kc_conn_get "$1" Password); if [ -n "$pw" ]; then export PGPASSWORD="$pw"; fi
}

kc_pg_bin() {
  if [ -n "${PGTEST_BIN:-}" ]; then echo "$PGTEST_BIN"; return; fi
  if command -v pg_dump >/dev/null 2>&1 && [ -x "$(dirname "$(command -v pg_dump)")/pg_restore" ]; then dirname "$(command -v pg_dump)"; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}
