#!/usr/bin/env bash
# Backs up a KyCuong installation: the database and the audit chain's trust anchors (docs/operations.md "Backup and restore").
#
#   deploy/backup.sh OUTDIR
#
# Reads the host's own settings from the environment: Database__Provider (Sqlite|Postgres), ConnectionStrings__Default,
# Audit__DataFolder (where the checkpoint file and, without Audit__Key, the generated audit.key live; default: the folder
# the host uses). Writes OUTDIR/kycuong-<UTC time>/ with
#   database.dump    PostgreSQL: pg_dump custom format (consistent snapshot; the app may keep running)
#   database.sqlite  SQLite: SQLite's online backup (consistent while the app writes)
#   audit/           the signed checkpoints, and audit.key when the key is generated rather than configured
#   manifest.txt     provider, source database, time, audit rows and last sealed sequence, SHA-256 of every file
# The checkpoints are copied before the database: every checkpoint in the copy then names rows the dump holds, so
# `verify` on the restored copy reaches all of them (rows are only ever appended to the chain).
# For large PostgreSQL installs use a base backup with WAL archiving instead (pg_basebackup; docs/operations.md).
set -euo pipefail
out=${1:?usage: deploy/backup.sh OUTDIR}
provider=${Database__Provider:-Sqlite}
conn=${ConnectionStrings__Default:?set ConnectionStrings__Default as for the host}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=deploy/dbenv.sh
source "$here/dbenv.sh"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
dest="$out/kycuong-$stamp"
mkdir -p "$dest/audit"
chmod 700 "$dest"

name=$(kc_database_name "$provider" "$conn")
folder=$(kc_audit_folder "$provider" "$conn")
if [ -f "$folder/$name.audit-checkpoints" ]; then
  cp "$folder/$name.audit-checkpoints" "$dest/audit/"
fi
if [ -z "${Audit__Key:-}" ] && [ -f "$folder/audit.key" ]; then
  # The generated key verifies the chain; whoever holds this backup can forge seals, so keep it as secret as the database.
  cp "$folder/audit.key" "$dest/audit/"
  chmod 600 "$dest/audit/audit.key"
fi

case "$provider" in
  Postgres|postgres|PostgreSQL)
    kc_pg_env "$conn"
    bin=$(kc_pg_bin)
    "$bin/pg_dump" --format=custom --no-owner --file="$dest/database.dump"
    rows=$("$bin/psql" -XAtq -F ' ' -c 'SELECT count(*), coalesce(max("Sequence"), 0) FROM sys_audit')
    ;;
  *)
    file=$(kc_sqlite_file "$conn")
    [ -f "$file" ] || { echo "no SQLite file at $file" >&2; exit 2; }
    python3 - "$file" "$dest/database.sqlite" <<'PY'
import sqlite3, sys
src = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
dst = sqlite3.connect(sys.argv[2])
with dst:
    src.backup(dst)
dst.close(); src.close()
PY
    rows=$(python3 -c 'import sqlite3,sys;c=sqlite3.connect(sys.argv[1]);r=c.execute("SELECT count(*), coalesce(max(\"Sequence\"),0) FROM sys_audit").fetchone();print(r[0], r[1])' "$dest/database.sqlite")
    ;;
esac

{
  echo "provider: $provider"
  echo "database: $name"
  echo "created: $stamp"
  echo "audit rows and last sealed sequence: $rows"
  echo "audit key: $([ -f "$dest/audit/audit.key" ] && echo "generated, included" || echo "configured (Audit__Key), not included")"
  (cd "$dest" && find . -type f ! -name manifest.txt -print0 | sort -z | xargs -0 sha256sum)
} >"$dest/manifest.txt"
echo "$dest"
