#!/usr/bin/env bash
# Loads the demo data into the run database (default: kickstart) — idempotently, so running it
# again changes nothing. It never touches a test database. Needs the backend to have started
# once (Flyway creates the schema at start-up).
#   scripts/demo-data.sh            # uses KICKSTART_DB (default kickstart) on 127.0.0.1:5432
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${KICKSTART_DB:-kickstart}"
case "$DB" in
  *test*) echo "demo-data: refusing to load demo data into '$DB' (a test database)." >&2; exit 1 ;;
esac
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-kickstart}" PGPASSWORD="${PGPASSWORD:-kickstart}"

if ! psql -d "$DB" -tAc "SELECT 1 FROM flyway_schema_history LIMIT 1" >/dev/null 2>&1; then
  echo "demo-data: the schema is not there yet — start the backend once so Flyway migrates '$DB'." >&2
  exit 1
fi

for f in scripts/demo/*.sql; do
  echo "demo-data: $(basename "$f")"
  psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$f"
done
echo "demo-data: $(psql -d "$DB" -tAc 'SELECT count(*) FROM place') places in '$DB'."
