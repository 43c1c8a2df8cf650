#!/usr/bin/env bash
# Installs Debian's Redmine (5.0.x, bookworm) with puma and points its "default" instance at a database `redmine_bench`
# on the throwaway cluster given by PGTEST_PORT (scripts/pg-throwaway.sh). Migrates Redmine's schema, loads its default
# data (English), enables the REST API and gives the admin an API key (printed: REDMINE_KEY=...).
# Run as root, from the repository root; called by bench/redmine/run.sh. ~3 min install + ~2 min migrate on a loaded machine.
set -euo pipefail
: "${PGTEST_PORT:?eval \"\$(scripts/pg-throwaway.sh start)\" first}"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGTEST_PORT" -U postgres)
if ! dpkg -s redmine redmine-pgsql puma >/dev/null 2>&1; then
  # Do not let dbconfig-common create a database: we write database.yml ourselves.
  echo "redmine redmine/instances/default/dbconfig-install boolean false" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redmine redmine-pgsql puma >&2
fi
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS redmine_bench" -c "CREATE DATABASE redmine_bench ENCODING 'UTF8'" >&2
cat > /etc/redmine/default/database.yml <<YML
production:
  adapter: postgresql
  database: redmine_bench
  host: 127.0.0.1
  port: $PGTEST_PORT
  username: postgres
  encoding: utf8
  pool: 16
YML
chmod 640 /etc/redmine/default/database.yml; chown root:www-data /etc/redmine/default/database.yml
cd /usr/share/redmine
runuser -u www-data -- env RAILS_ENV=production REDMINE_INSTANCE=default SCHEMA=/var/cache/redmine/default/tmp/schema.rb rake db:migrate >&2
runuser -u www-data -- env RAILS_ENV=production REDMINE_INSTANCE=default REDMINE_LANG=en rake redmine:load_default_data >&2
key=$(python3 -c 'import secrets;print(secrets.token_hex(20))')
"${PSQL[@]}" -d redmine_bench <<SQL >&2
DELETE FROM settings WHERE name IN ('rest_api_enabled','display_subprojects_issues','login_required');
INSERT INTO settings (name, value, updated_on) VALUES
  ('rest_api_enabled','1',now()), ('display_subprojects_issues','1',now()), ('login_required','1',now());
DELETE FROM tokens WHERE action = 'api';
INSERT INTO tokens (user_id, action, value, created_on, updated_on)
  SELECT id, 'api', '$key', now(), now() FROM users WHERE login = 'admin';
SQL
echo "REDMINE_KEY=$key"
