#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into a NEW database and verifies the audit chain there
# (docs/operations.md "Backup and restore").
#
#   deploy/restore.sh BACKUPDIR
#
# The target is given as for the host: Database__Provider, ConnectionStrings__Default (a database or SQLite file that
# must not exist yet: a restore never overwrites), Audit__DataFolder (where the restored checkpoints go; default: the
# folder the host uses). Then runs `kycuong verify` on the restored copy: exit 0 only when the files match the manifest,
# the restore succeeded and the chain is intact up to every signed checkpoint. KYCUONG_CLI overrides how the command
# line is started (default: `dotnet run --project src/KyCuong.Cli --`).
set -euo pipefail
src=${1:?usage: deploy/restore.sh BACKUPDIR}
provider=${Database__Provider:-Sqlite}
conn=${ConnectionStrings__Default:?set ConnectionStrings__Default for the new database}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=deploy/dbenv.sh
source "$here/dbenv.sh"

[ -f "$src/manifest.txt" ] || { echo "not a KyCuong backup (no manifest.txt): $src" >&2; exit 2; }
(cd "$src" && grep -E '^[0-9a-f]{64}  ' manifest.txt | sha256sum --check --quiet) || { echo "backup files do not match their manifest" >&2; exit 2; }
old=$(sed -n 's/^database: //p' "$src/manifest.txt")
name=$(kc_database_name "$provider" "$conn")
folder=$(kc_audit_folder "$provider" "$conn")

case "$provider" in
  Postgres|postgres|PostgreSQL)
    [ -f "$src/database.dump" ] || { echo "this backup holds no PostgreSQL dump" >&2; exit 2; }
    kc_pg_env "$conn"
    bin=$(kc_pg_bin)
    if [ -n "$("$bin/psql" -d postgres -XAtqc "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
      echo "database $name already exists: a restore goes into a new database" >&2; exit 2
    fi
    "$bin/createdb" "$name"
    "$bin/pg_restore" --no-owner --exit-on-error --dbname="$name" "$src/database.dump"
    ;;
  *)
    [ -f "$src/database.sqlite" ] || { echo "this backup holds no SQLite file" >&2; exit 2; }
    file=$(kc_sqlite_file "$conn")
    [ ! -e "$file" ] || { echo "$file already exists: a restore goes into a new file" >&2; exit 2; }
    mkdir -p "$(dirname "$file")"
    cp "$src/database.sqlite" "$file"
    ;;
esac

# The checkpoint file is named after the database it anchors; the restored copy has its own name.
mkdir -p "$folder"
if [ -f "$src/audit/$old.audit-checkpoints" ]; then
  cp "$src/audit/$old.audit-checkpoints" "$folder/$name.audit-checkpoints"
fi
if [ -f "$src/audit/audit.key" ]; then
  if [ -f "$folder/audit.key" ] && ! cmp -s "$src/audit/audit.key" "$folder/audit.key"; then
    echo "$folder/audit.key holds another key: restore into another Audit__DataFolder" >&2; exit 2
  fi
  install -m 600 "$src/audit/audit.key" "$folder/audit.key"
fi

export Database__Provider="$provider" ConnectionStrings__Default="$conn" Audit__DataFolder="$folder"
cli=${KYCUONG_CLI:-dotnet run --project "$here/../src/KyCuong.Cli" --}
# shellcheck disable=SC2086
$cli verify
