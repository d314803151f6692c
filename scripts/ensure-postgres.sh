#!/usr/bin/env bash
# Makes sure a local PostgreSQL 15 with PostGIS 3 is installed, running on 127.0.0.1:5432 and
# holds the Kickstart role and databases. Safe to run any number of times.
#
#   scripts/ensure-postgres.sh                 # databases kickstart (make run) and kickstart_test (tests)
#   scripts/ensure-postgres.sh kickstart_bench # just the named database(s)
#   KICKSTART_DBS="kickstart kickstart_bench" scripts/ensure-postgres.sh
#   KICKSTART_DB_FRESH=1 scripts/ensure-postgres.sh kickstart_e2e   # drop the named database(s) first
#
# Steps: apt-get install postgresql-15 / postgresql-15-postgis-3 when missing; start the 15/main
# cluster when it is stopped; create role kickstart (LOGIN, password kickstart) and each database
# owned by it, with CREATE EXTENSION postgis run as superuser (the app's own migrations cannot,
# as a non-superuser); finally sign in as kickstart and call postgis_version() in each database.
#
# Environment: KICKSTART_DBS (databases, space or comma separated), KICKSTART_DB_PORT (5432),
# KICKSTART_DB_FRESH (1: drop each named database, closing its connections, and create it empty),
# KICKSTART_PG_CLUSTER (the Debian cluster name, main),
# KICKSTART_DB_USER / KICKSTART_DB_PASSWORD (kickstart / kickstart). Dev credentials only.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PG_VERSION=15
PG_CLUSTER="${KICKSTART_PG_CLUSTER:-main}"
PG_HOST=127.0.0.1
PG_PORT="${KICKSTART_DB_PORT:-5432}"
DB_USER="${KICKSTART_DB_USER:-kickstart}"
DB_PASSWORD="${KICKSTART_DB_PASSWORD:-kickstart}"

if [ "$#" -gt 0 ]; then
  DBS=("$@")
else
  read -r -a DBS <<<"$(echo "${KICKSTART_DBS:-kickstart kickstart_test}" | tr ',' ' ')"
fi
[ "${#DBS[@]}" -gt 0 ] || die "no database names given"
for name in "${DBS[@]}" "$DB_USER"; do
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || die "'$name' is not a plain lower-case SQL identifier"
done
# The password goes into a SQL literal: keep it to a safe alphabet.
[[ "$DB_PASSWORD" =~ ^[A-Za-z0-9_.-]+$ ]] || die "KICKSTART_DB_PASSWORD may only use letters, digits, _ . -"

# 1. Packages -----------------------------------------------------------------------------------
say "checking packages postgresql-$PG_VERSION and postgresql-$PG_VERSION-postgis-3"
apt_install "postgresql-$PG_VERSION" "postgresql-$PG_VERSION-postgis-3"

# 2. Cluster exists and is running --------------------------------------------------------------
if ! pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {f=1} END {exit !f}'; then
  say "no cluster $PG_VERSION/$PG_CLUSTER yet: creating it on port $PG_PORT"
  as_root pg_createcluster --port="$PG_PORT" "$PG_VERSION" "$PG_CLUSTER"
fi
cluster_line="$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c')"
cluster_port="$(echo "$cluster_line" | awk '{print $3}')"
cluster_status="$(echo "$cluster_line" | awk '{print $4}')"
[ "$cluster_port" = "$PG_PORT" ] || die "cluster $PG_VERSION/$PG_CLUSTER listens on port $cluster_port, expected $PG_PORT (set KICKSTART_DB_PORT=$cluster_port to use it)"

if [ "$cluster_status" != "online" ]; then
  say "cluster $PG_VERSION/$PG_CLUSTER is $cluster_status: starting it"
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    as_root systemctl start "postgresql@$PG_VERSION-$PG_CLUSTER"
  else
    as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
  fi
else
  say "cluster $PG_VERSION/$PG_CLUSTER is already running on port $PG_PORT"
fi

say "waiting for PostgreSQL to accept connections on $PG_HOST:$PG_PORT"
for i in $(seq 1 60); do
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break
  [ "$i" -eq 60 ] && die "PostgreSQL did not accept connections on $PG_HOST:$PG_PORT within 60s (see /var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log)"
  sleep 1
done

# 3. A superuser connection: TCP as postgres when trust auth allows it, else peer auth via the
#    postgres OS user (a fresh Debian install). `super_psql DB` reads SQL from stdin.
if PGPASSWORD='' psql -X -w -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
  say "superuser access: psql -h $PG_HOST -U postgres (trust auth)"
  super_psql() { PGPASSWORD='' psql -X -w -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$1"; }
else
  say "superuser access: psql as OS user postgres (peer auth)"
  if [ "$(id -u)" -eq 0 ]; then
    super_psql() { (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d "$1"); }
  else
    super_psql() { (cd / && sudo -u postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d "$1"); }
  fi
fi

# 4. Role and databases -------------------------------------------------------------------------
say "ensuring role $DB_USER (LOGIN, dev password)"
super_psql postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END
\$\$;
SQL

for db in "${DBS[@]}"; do
  if [ "${KICKSTART_DB_FRESH:-0}" = "1" ]; then
    say "dropping database $db (KICKSTART_DB_FRESH=1), to create it empty"
    super_psql postgres <<SQL
DROP DATABASE IF EXISTS $db WITH (FORCE);
SQL
  fi
  say "ensuring database $db owned by $DB_USER, with extension postgis"
  super_psql postgres <<SQL
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', '$db', '$DB_USER', 'UTF8')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')
\gexec
ALTER DATABASE $db OWNER TO $DB_USER;
SQL
  super_psql "$db" <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS postgis;
SQL
done

# 5. Verify as the application user, over TCP with the password -----------------------------------
for db in "${DBS[@]}"; do
  v="$(PGPASSWORD="$DB_PASSWORD" psql -X -w -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -d "$db" -Atc 'select postgis_version()')" \
    || die "could not sign in to $db as $DB_USER and call postgis_version()"
  say "ok: $DB_USER@$PG_HOST:$PG_PORT/$db has PostGIS $v"
done
say "PostgreSQL ready: jdbc:postgresql://$PG_HOST:$PG_PORT/${DBS[0]} user $DB_USER password $DB_PASSWORD"
