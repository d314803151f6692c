#!/usr/bin/env bash
# `make bench`: how fast the API is, as a ratio to what PostgreSQL does alone on the same machine in
# the same run (absolute times on shared machines drift), plus start-up, memory and the SPA's
# weight and Lighthouse scores. Not part of `make test`.
#
#   bench/run.sh                 # SCALE=1: 6 places, 10,000 spaces, 5,000 recurring events, 1,000,000 responses
#   SCALE=0.1 bench/run.sh       # a tenth of everything, for a quick run
#   bench/run.sh stop            # stop pieces a run killed hard left behind (make stop does it too)
#
# Steps: build what is out of date (backend jar, SPA into .run/bench/spa) -> database kickstart_bench,
# dropped and created empty -> Keycloak :8180 (reused when it runs) -> the backend once to migrate
# the schema -> the dataset (bench/load.sql, generated in SQL, responses in two sessions at once)
# -> that backend records the indicators SQL it sends, and stops -> the backend again, packaged
# (java -jar, a fixed 128 MB heap, backend/Dockerfile's memory settings), timed to its first
# answer -> warm-up (150 s) and the cases (bench/lib/cases.mjs: the
# API under autocannon and an open-model generator, PostgreSQL under pgbench / psql / COPY) -> the
# SPA served on :4573 and measured (bundle sizes, Lighthouse) -> bench/results/<timestamp>.json and
# a Markdown table on stdout -> stop what it started.
#
# Environment:
#   SCALE (1)                      dataset size
#   BENCH_SECONDS (15)             length of each measured run; BENCH_WARMUP_SECONDS (150)
#   BENCH_CONNECTIONS (8)          connections (API) and clients (pgbench) in the closed-model runs
#   BENCH_OPEN_FRACTION (0.5)      open-model rate as a share of the API's closed-model throughput
#   BENCH_CASES                    a comma list to run only some of get-one, list-near, occurrences,
#                                  indicators, export, submit (the report then says what is missing)
#   BENCH_SKIP_FRONTEND=1          no SPA build, sizes or Lighthouse
#   BENCH_LH_RUNS (3)              Lighthouse runs a page (the median is reported)
#   BENCH_DASHBOARD_PATH           the SPA page measured as the place dashboard (default: Calderdale's
#                                  dashboard or insights route, whichever the router has, else its overview)
#   BENCH_JFR=1                    record a Java Flight Recording of the measured backend (profile
#                                  settings) into the run's work directory, for looking into a miss
#   BENCH_BACKEND_PORT / BENCH_SPA_PORT / BENCH_DB   (8580 / 4573 / kickstart_bench)
#   KICKSTART_SKIP_BUILD=1         use backend/target/quarkus-app as it is
#
# Work files (logs, pgbench output, Lighthouse reports, GC log): .run/bench/<timestamp>/.
# The database stays afterwards for EXPLAIN (ANALYZE) (psql -h 127.0.0.1 -U kickstart kickstart_bench);
# the next run drops it.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=../scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
cd "$KICKSTART_ROOT"

if [ "${1:-}" = "stop" ]; then
  say "stopping what an earlier bench run left behind (from .run/bench-*.pid)"
  stop_pgid bench-spa 10
  stop_pgid bench-backend 30
  stop_pgid bench-capture 30
  exit 0
fi
[ "$#" -eq 0 ] || die "usage: bench/run.sh | bench/run.sh stop"

SCALE="${SCALE:-1}"
BACKEND_PORT="${BENCH_BACKEND_PORT:-8580}"
SPA_PORT="${BENCH_SPA_PORT:-4573}"
DB="${BENCH_DB:-kickstart_bench}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
REALM_URL="http://localhost:$KEYCLOAK_PORT/realms/kickstart"
API_URL="http://127.0.0.1:$BACKEND_PORT"
SPA_URL="http://localhost:$SPA_PORT"
CHROMIUM="${CHROME_PATH:-/usr/bin/chromium}"
BACKEND_JAR="backend/target/quarkus-app/quarkus-run.jar"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
WORK="$RUN_DIR/bench/$STAMP"
SPA_DIR="$RUN_DIR/bench/spa"
RESULTS="bench/results/$STAMP.json"

[[ "$SCALE" =~ ^[0-9]*\.?[0-9]+$ ]] || die "SCALE must be a positive number (1 = 1,000,000 responses), not '$SCALE'"
awk -v s="$SCALE" 'BEGIN { exit !(s >= 0.001 && s <= 10) }' || die "SCALE must be between 0.001 and 10"
[ "${BENCH_SKIP_FRONTEND:-0}" = "1" ] && skip_frontend=1 || skip_frontend=0

started_at=$SECONDS
mkdir -p "$WORK" "$LOG_DIR" bench/results
started=()
stopping=0
cleanup() {
  local rc=$?
  [ "$stopping" -eq 1 ] && return
  stopping=1
  trap '' INT TERM
  if [ "${#started[@]}" -gt 0 ]; then
    say "stopping what this run started: ${started[*]}"
    local i
    for ((i = ${#started[@]} - 1; i >= 0; i--)); do
      case "${started[$i]}" in
        keycloak) "$KICKSTART_ROOT/scripts/keycloak.sh" stop || true ;;
        *) stop_pgid "${started[$i]}" 30 || true ;;
      esac
    done
  fi
  say "finished in $((SECONDS - started_at))s (exit code $rc); work files in ${WORK#"$KICKSTART_ROOT"/}"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail_with_log() { show_log_tail "$1" 60; die "$2"; }
phase() { say "$*"; echo "$((SECONDS - started_at)) $*" >>"$WORK/phases.txt"; }

for p in "$BACKEND_PORT:backend (bench)" "$SPA_PORT:SPA (bench)"; do
  if port_in_use "${p%%:*}"; then
    die "port ${p%%:*} (${p#*:}) is already in use — is another bench run going? Find it with: ss -ltnp 'sport = :${p%%:*}'"
  fi
done

uptime >"$WORK/uptime-start.txt"
phase "1/8 tools and dependencies (machine load: $(cut -d, -f3- "$WORK/uptime-start.txt" | sed 's/^ *//'))"
command -v node >/dev/null 2>&1 || die "no node on the PATH (Node.js 20 or newer is needed)"
if [ "$skip_frontend" -eq 0 ] && [ ! -x "$CHROMIUM" ]; then
  [ "$CHROMIUM" = "/usr/bin/chromium" ] || die "CHROME_PATH=$CHROMIUM is not an executable"
  apt_install chromium
fi
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  say "installing the bench tools (npm ci in bench/)"
  (cd bench && npm ci --no-audit --no-fund) >"$WORK/npm-bench.log" 2>&1 || fail_with_log "$WORK/npm-bench.log" "npm ci in bench/ failed"
fi

phase "2/8 build"
if [ "${KICKSTART_SKIP_BUILD:-0}" != "1" ]; then
  if [ ! -f "$BACKEND_JAR" ] || [ -n "$(find backend/src/main backend/pom.xml openapi.yaml -newer "$BACKEND_JAR" -print -quit)" ]; then
    say "building the backend (./mvnw package -DskipTests)"
    (cd backend && ./mvnw -B -ntp -DskipTests package) >"$WORK/build-backend.log" 2>&1 \
      || fail_with_log "$WORK/build-backend.log" "backend build failed"
  fi
fi
[ -f "$BACKEND_JAR" ] || die "$BACKEND_JAR is missing — build the backend first (make build)"
if [ "$skip_frontend" -eq 0 ]; then
  if [ ! -f frontend/node_modules/.package-lock.json ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
    say "installing the SPA's dependencies (npm ci)"
    (cd frontend && npm ci --no-audit --no-fund) >"$WORK/build-frontend.log" 2>&1 || fail_with_log "$WORK/build-frontend.log" "npm ci failed"
  fi
  say "building the SPA into ${SPA_DIR#"$KICKSTART_ROOT"/} (npm run build)"
  (cd frontend && npm run build -- --outDir "$SPA_DIR" --emptyOutDir) >>"$WORK/build-frontend.log" 2>&1 \
    || fail_with_log "$WORK/build-frontend.log" "SPA build failed"
  node bench/lib/frontend.mjs sizes "$SPA_DIR" "$WORK/frontend-sizes.json"
fi

phase "3/8 database $DB, created empty; Keycloak"
KICKSTART_DB_FRESH=1 "$KICKSTART_ROOT/scripts/ensure-postgres.sh" "$DB" >"$WORK/postgres.log" 2>&1 \
  || fail_with_log "$WORK/postgres.log" "could not prepare database $DB"
export PGHOST=127.0.0.1 PGPORT="${KICKSTART_DB_PORT:-5432}" PGUSER=kickstart PGPASSWORD=kickstart PGDATABASE="$DB"
if curl -fsS -o /dev/null --max-time 3 "$REALM_URL/.well-known/openid-configuration" 2>/dev/null; then
  say "Keycloak already runs on port $KEYCLOAK_PORT: reusing it"
elif port_in_use "$KEYCLOAK_PORT"; then
  die "port $KEYCLOAK_PORT (Keycloak) is in use by something else; free it and run again"
else
  say "starting Keycloak (log: .run/logs/keycloak.log)"
  started+=(keycloak)
  "$KICKSTART_ROOT/scripts/keycloak.sh" start
fi

java_bin="java"
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java_bin="$JAVA_HOME/bin/java"
backend_env=(
  QUARKUS_HTTP_PORT="$BACKEND_PORT"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
  QUARKUS_DATASOURCE_USERNAME=kickstart
  QUARKUS_DATASOURCE_PASSWORD=kickstart
  QUARKUS_OIDC_AUTH_SERVER_URL="$REALM_URL"
  KICKSTART_CORS_ORIGINS="http://localhost:$SPA_PORT,http://127.0.0.1:$SPA_PORT"
  KICKSTART_RATE_LIMIT_PER_MINUTE=100000000
  # The deployment's memory settings (as in backend/Dockerfile): two malloc arenas rather than
  # one per thread, a serial collector (no G1 remembered sets for a 128 MB heap), and native
  # memory the JIT freed handed back to the system every 5 s.
  MALLOC_ARENA_MAX=2
)
java_opts=(-Xms128m -Xmx128m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000)

# 4. The backend once, on the empty database: Flyway creates the schema. It stays up, idle, while
# the dataset loads; then, with Hibernate's SQL log on, one indicators request records the exact
# statement the psql side will replay (its shape depends on what the loaded surveys ask).
phase "4/8 the backend once: the schema"
started+=(bench-capture)
capture_pid="$(start_bg bench-capture "$WORK/backend-capture.log" env "${backend_env[@]}" \
  QUARKUS_HIBERNATE_ORM_LOG_SQL=true QUARKUS_HIBERNATE_ORM_LOG_FORMAT_SQL=false QUARKUS_HIBERNATE_ORM_LOG_HIGHLIGHT_SQL=false \
  "$java_bin" "${java_opts[@]}" -jar "$BACKEND_JAR")"
rc=0; wait_for_url "$API_URL/q/health/ready" 180 "$capture_pid" || rc=$?
[ "$rc" -eq 0 ] || fail_with_log "$WORK/backend-capture.log" "the backend did not start on the empty database"

phase "5/8 the dataset at SCALE=$SCALE (bench/load.sql)"
load_started=$SECONDS
psql -X -q -v ON_ERROR_STOP=1 -v scale="$SCALE" -v part=base -f bench/load.sql >"$WORK/load.log" 2>&1 \
  || fail_with_log "$WORK/load.log" "loading the base data failed"
load_pids=()
for slice in 0 1; do
  psql -X -q -v ON_ERROR_STOP=1 -v scale="$SCALE" -v part=responses -v slice=$slice -v slices=2 -f bench/load.sql \
    >"$WORK/load-responses-$slice.log" 2>&1 &
  load_pids+=($!)
done
for i in "${!load_pids[@]}"; do
  wait "${load_pids[$i]}" || fail_with_log "$WORK/load-responses-$i.log" "loading responses (slice $i) failed"
done
psql -X -q -v ON_ERROR_STOP=1 -v scale="$SCALE" -v part=finish -f bench/load.sql >>"$WORK/load.log" 2>&1 \
  || fail_with_log "$WORK/load.log" "VACUUM ANALYZE failed"
# Indicators are an index-only scan (V7), so they need the visibility map that VACUUM sets. A
# VACUUM that overlaps an autovacuum ANALYZE of the new rows leaves it unset; a running system's
# autovacuum catches up, so here VACUUM again until it has.
for try in 1 2 3 4 5; do
  visible="$(psql -X -A -t -c "SELECT relallvisible >= relpages * 0.99 FROM pg_class WHERE relname = 'survey_response'")"
  [ "$visible" = t ] && break
  say "survey_response's visibility map is not yet set (try $try): VACUUM again"
  sleep 2
  psql -X -q -c 'VACUUM survey_response' >>"$WORK/load.log" 2>&1
done
load_seconds=$((SECONDS - load_started))
psql -X -A -t -v ON_ERROR_STOP=1 >"$WORK/dataset.json" <<'SQL'
SELECT json_build_object('places', (SELECT count(*) FROM place), 'partners', (SELECT count(*) FROM partner),
  'neighbourhoods', (SELECT count(*) FROM neighbourhood), 'spaces', (SELECT count(*) FROM space),
  'spaceStatusChanges', (SELECT count(*) FROM space_status_change), 'events', (SELECT count(*) FROM event),
  'surveys', (SELECT count(*) FROM survey), 'responses', (SELECT count(*) FROM survey_response),
  'databaseSize', pg_size_pretty(pg_database_size(current_database())));
SQL
say "loaded in ${load_seconds}s: $(cat "$WORK/dataset.json")"
spaces="$(psql -X -A -t -c 'SELECT count(*) FROM space')"

token="$("$KICKSTART_ROOT/scripts/token.sh" analyst)"
curl -fsS -o /dev/null -H "Authorization: Bearer $token" \
  "$API_URL/api/v1/indicators?place=6a1d0c52-4f0e-4b7a-9a01-000000000002&interval=quarter&breakdown=age_band" \
  || fail_with_log "$WORK/backend-capture.log" "the indicators request failed"
grep -q '^Hibernate: WITH r AS (' "$WORK/backend-capture.log" || fail_with_log "$WORK/backend-capture.log" "no indicators SQL in the log"
stop_pgid bench-capture 30

# 6. The measured backend: the packaged jar with a fixed 128 MB heap, timed from launch to its
# first successful API answer.
phase "6/8 the backend, timed to its first answer"
measured_opts=("${java_opts[@]}" "-Xlog:gc:file=$WORK/gc.log")
if [ "${BENCH_JFR:-0}" = "1" ]; then
  measured_opts+=("-XX:StartFlightRecording=filename=$WORK/backend.jfr,settings=profile,dumponexit=true")
fi
started+=(bench-backend)
t0="$(date +%s%N)"
backend_pid="$(start_bg bench-backend "$WORK/backend.log" env "${backend_env[@]}" "$java_bin" "${measured_opts[@]}" -jar "$BACKEND_JAR")"
while ! curl -fsS -o /dev/null --max-time 2 "$API_URL/api/v1/places" 2>/dev/null; do
  proc_alive "$backend_pid" || fail_with_log "$WORK/backend.log" "the backend exited during start-up"
  [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 180 ] || fail_with_log "$WORK/backend.log" "the backend did not answer within 180s"
  sleep 0.05
done
t1="$(date +%s%N)"
first_answer_ms=$(( (t1 - t0) / 1000000 ))
# CPU the JVM used to get there (utime + stime, in clock ticks of 10 ms): what start-up costs
# whatever else the machine is doing.
stat="$(cat "/proc/$backend_pid/stat")"; stat="${stat##*) }"
read -r -a stat_fields <<<"$stat"
startup_cpu_ms=$(( (stat_fields[11] + stat_fields[12]) * 10 ))
quarkus_started="$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$WORK/backend.log" | head -n1)"
say "first answer after ${first_answer_ms} ms, ${startup_cpu_ms} ms of CPU (Quarkus reports started in ${quarkus_started:-?}s)"

phase "7/8 warm-up and cases (about $(( ${BENCH_WARMUP_SECONDS:-150} + 20 * ${BENCH_SECONDS:-15} ))s and the exports)"
if ! BENCH_API="$API_URL" BENCH_BACKEND_PID="$backend_pid" BENCH_SPACES="$spaces" BENCH_CAPTURE_LOG="$WORK/backend-capture.log" \
  BENCH_WORK="$WORK" BENCH_OUT="$WORK/cases.json" KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
  node bench/lib/cases.mjs 2>&1 | tee "$WORK/cases.log"; then
  show_log_tail "$WORK/backend.log" 40
  die "a case failed (see above)"
fi

if [ "$skip_frontend" -eq 0 ]; then
  phase "8/8 the SPA: Lighthouse on the place dashboard and the public survey form"
  rm -f "$SPA_DIR/config.json"
  cp frontend/e2e/assets/map-tile.png "$SPA_DIR/bench-map-tile.png"
  cat >"$SPA_DIR/config.json" <<EOF
{
  "apiBaseUrl": "http://localhost:$BACKEND_PORT",
  "oidcAuthority": "$REALM_URL",
  "oidcClientId": "kickstart-spa",
  "mapTileUrl": "/bench-map-tile.png?z={z}&x={x}&y={y}",
  "mapAttribution": "Plain test tiles, no map data"
}
EOF
  if [ -n "${BENCH_DASHBOARD_PATH:-}" ]; then
    dashboard_path="$BENCH_DASHBOARD_PATH"
  elif grep -q "path: 'dashboard'" frontend/src/app/router.tsx; then
    dashboard_path="/places/calderdale/dashboard"
  elif grep -q "path: 'insights'" frontend/src/app/router.tsx; then
    dashboard_path="/places/calderdale/insights"
  else
    dashboard_path="/places/calderdale"
  fi
  started+=(bench-spa)
  spa_pid="$(cd frontend && start_bg bench-spa "$WORK/spa.log" \
    node_modules/.bin/vite preview --outDir "$SPA_DIR" --port "$SPA_PORT" --strictPort --host 127.0.0.1)"
  rc=0; wait_for_url "$SPA_URL/config.json" 60 "$spa_pid" || rc=$?
  [ "$rc" -eq 0 ] || fail_with_log "$WORK/spa.log" "the SPA was not served within 60s"
  CHROME_PATH="$CHROMIUM" node bench/lib/frontend.mjs lighthouse "$WORK" "$WORK/lighthouse.json" \
    "dashboard=$SPA_URL$dashboard_path" "survey=$SPA_URL/s/bench-survey-token-2"
  stop_pgid bench-spa 10
fi

stop_pgid bench-backend 30
uptime >"$WORK/uptime-end.txt"
cat >"$WORK/meta.json" <<EOF
{
  "timestamp": "$STAMP",
  "scale": $SCALE,
  "loadSeconds": $load_seconds,
  "firstAnswerMs": $first_answer_ms,
  "startupCpuMs": $startup_cpu_ms,
  "quarkusStartedSeconds": ${quarkus_started:-null},
  "dashboardPath": "${dashboard_path:-}",
  "javaOpts": "${measured_opts[*]}",
  "totalSeconds": $((SECONDS - started_at))
}
EOF
node bench/lib/report.mjs "$WORK" "$RESULTS" | tee "$WORK/results.md"
say "results: $RESULTS"
