#!/usr/bin/env bash
# Loads the demo data into the run database (default: kickstart) — idempotently, so running it
# again changes nothing. It never touches a test database. Needs the backend to have started
# once (Flyway creates the schema at start-up).
#   scripts/demo-data.sh            # uses KICKSTART_DB (default kickstart) on 127.0.0.1:5432
# Neighbourhoods come from the real IoD2025 file in ../shared/data (when it is there), loaded
# through the API's own importer as the demo admin (needs the backend and Keycloak running).
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

IOD="${KICKSTART_IOD_FILE:-../shared/data/imd2025_lsoa_pilot_places.csv}"
API="${KICKSTART_API_URL:-http://localhost:8080/api/v1}"
if [ -f "$IOD" ]; then
  if token="$(scripts/token.sh admin 2>/dev/null)"; then
    for slug in $(psql -d "$DB" -tAc "SELECT slug FROM place p WHERE NOT EXISTS (SELECT 1 FROM neighbourhood n WHERE n.place_id = p.id) ORDER BY slug"); do
      id="$(psql -d "$DB" -tAc "SELECT id FROM place WHERE slug = '$slug'")"
      report="$(curl -sS --fail-with-body -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
        --data-binary "@$IOD" "$API/places/$id/neighbourhoods/import")" \
        || { echo "demo-data: neighbourhood import for $slug failed: $report" >&2; exit 1; }
      echo "demo-data: neighbourhoods of $slug: $report"
    done
  else
    echo "demo-data: Keycloak is not answering, so neighbourhoods were not imported (run again when it is)." >&2
  fi
else
  echo "demo-data: $IOD not found; neighbourhoods not imported."
fi

psql -d "$DB" -tAc "SELECT count(*) || ' places, ' || (SELECT count(*) FROM partner) || ' partners, '
  || (SELECT count(*) FROM neighbourhood) || ' neighbourhoods, ' || (SELECT count(*) FROM space) || ' spaces, '
  || (SELECT count(*) FROM event) || ' events' FROM place" | sed "s/^/demo-data: in '$DB': /"
