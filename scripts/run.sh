#!/usr/bin/env bash
# Runs the whole Kickstart stack locally, for real (no mocks, no Docker) — what `make run` calls:
#   PostgreSQL+PostGIS (database kickstart) -> Keycloak :8180 (realm kickstart) -> build ->
#   backend :8080 -> SPA :5173 (vite preview of the production build) -> demo data -> URLs and logins.
# Ctrl-C (or TERM) stops everything this script started. Logs are in .run/logs/.
#
#   scripts/run.sh          # start everything in the foreground
#   scripts/run.sh stop     # stop pieces left behind by an earlier run that was killed hard
#
# Environment:
#   KICKSTART_SKIP_BUILD=1   reuse backend/target/quarkus-app and frontend/dist as they are
#   KICKSTART_DEMO_DATA=0    do not run scripts/demo-data.sh (which, when present, is run with
#                            KICKSTART_API_URL, KEYCLOAK_URL, KICKSTART_DB and PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE set)
#   BACKEND_JAVA_OPTS        JVM options for the backend (default -Xmx512m)
#   BACKEND_START_TIMEOUT / FRONTEND_START_TIMEOUT   seconds to wait for each (180 / 60)
#   plus those of ensure-postgres.sh, ensure-keycloak.sh and keycloak.sh.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$KICKSTART_ROOT"

BACKEND_PORT=8080
FRONTEND_PORT=5173
KEYCLOAK_PORT=8180
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
REALM_URL="$KEYCLOAK_URL/realms/kickstart"
API_URL="http://localhost:$BACKEND_PORT/api/v1"
SPA_URL="http://localhost:$FRONTEND_PORT"
BACKEND_JAVA_OPTS="${BACKEND_JAVA_OPTS:--Xmx512m}"
BACKEND_START_TIMEOUT="${BACKEND_START_TIMEOUT:-180}"
FRONTEND_START_TIMEOUT="${FRONTEND_START_TIMEOUT:-60}"
BACKEND_JAR="backend/target/quarkus-app/quarkus-run.jar"

stop_all_recorded() {
  stop_pgid frontend 10
  stop_pgid backend 30
  if pid_alive keycloak >/dev/null; then "$KICKSTART_ROOT/scripts/keycloak.sh" stop; fi
}

if [ "${1:-}" = "stop" ]; then
  say "stopping whatever an earlier run left behind (from .run/*.pid)"
  stop_all_recorded
  say "done"
  exit 0
fi
[ "$#" -eq 0 ] || die "usage: scripts/run.sh [stop]"

mkdir -p "$LOG_DIR"
started=()          # names of the pieces this run started, in start order
stopping=0
cleanup() {
  local rc=$?
  [ "$stopping" -eq 1 ] && return
  stopping=1
  trap '' INT TERM   # a second Ctrl-C must not interrupt the clean-up
  if [ "${#started[@]}" -gt 0 ]; then
    echo
    say "stopping what this run started: ${started[*]}"
    local i
    for ((i = ${#started[@]} - 1; i >= 0; i--)); do
      case "${started[$i]}" in
        keycloak) "$KICKSTART_ROOT/scripts/keycloak.sh" stop || true ;;
        *) stop_pgid "${started[$i]}" 30 || true ;;
      esac
    done
    say "all stopped"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail_with_log() { # fail_with_log LOGFILE MESSAGE
  show_log_tail "$1" 60
  die "$2"
}

# 0. Ports: fail early and say which one is taken.
keycloak_reused=0
if pid_alive keycloak >/dev/null || curl -fsS -o /dev/null --max-time 3 "$REALM_URL/.well-known/openid-configuration" 2>/dev/null; then
  keycloak_reused=1
  say "Keycloak already runs on port $KEYCLOAK_PORT with realm kickstart: reusing it (this run will not stop it)"
elif port_in_use "$KEYCLOAK_PORT"; then
  die "port $KEYCLOAK_PORT (Keycloak) is in use by something else; free it and run again"
fi
for p in "$BACKEND_PORT:backend" "$FRONTEND_PORT:SPA"; do
  if port_in_use "${p%%:*}"; then
    die "port ${p%%:*} (${p#*:}) is already in use — an earlier 'make run' still running? Stop it with 'make stop', or find the process with: ss -ltnp 'sport = :${p%%:*}'"
  fi
done

# 1. Infrastructure.
say "1/6 PostgreSQL + PostGIS (database kickstart)"
"$KICKSTART_ROOT/scripts/ensure-postgres.sh" kickstart
say "2/6 Keycloak distribution and Java 21+"
kc_env="$("$KICKSTART_ROOT/scripts/ensure-keycloak.sh")" || die "scripts/ensure-keycloak.sh failed"
printf '%s\n' "$kc_env" | grep -v '^KEYCLOAK_' || true
KEYCLOAK_HOME="$(printf '%s\n' "$kc_env" | sed -n 's/^KEYCLOAK_HOME=//p')"
KEYCLOAK_JAVA_HOME="$(printf '%s\n' "$kc_env" | sed -n 's/^KEYCLOAK_JAVA_HOME=//p')"
export KEYCLOAK_HOME KEYCLOAK_JAVA_HOME   # so scripts/keycloak.sh does not repeat the checks

# 2. Build both sides (skipped with KICKSTART_SKIP_BUILD=1).
if [ "${KICKSTART_SKIP_BUILD:-0}" = "1" ]; then
  say "3/6 build skipped (KICKSTART_SKIP_BUILD=1)"
else
  [ -x backend/mvnw ] || die "backend/mvnw not found"
  say "3/6 building the backend (./mvnw package -DskipTests; the first build downloads dependencies and takes minutes; log: .run/logs/build-backend.log)"
  (cd backend && ./mvnw -B -ntp -DskipTests package) >"$LOG_DIR/build-backend.log" 2>&1 \
    || fail_with_log "$LOG_DIR/build-backend.log" "backend build failed"
  [ -f frontend/package.json ] || die "frontend/package.json not found"
  if [ ! -f frontend/node_modules/.package-lock.json ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
    say "3/6 installing frontend dependencies (npm ci; log: .run/logs/build-frontend.log)"
    (cd frontend && npm ci --no-audit --no-fund) >"$LOG_DIR/build-frontend.log" 2>&1 \
      || fail_with_log "$LOG_DIR/build-frontend.log" "npm ci failed"
  fi
  say "3/6 building the SPA (npm run build; log: .run/logs/build-frontend.log)"
  (cd frontend && npm run build) >>"$LOG_DIR/build-frontend.log" 2>&1 \
    || fail_with_log "$LOG_DIR/build-frontend.log" "frontend build failed"
fi
[ -f "$BACKEND_JAR" ] || die "$BACKEND_JAR is missing — build the backend first (make build)"
[ -d frontend/dist ] || die "frontend/dist is missing — build the SPA first (make build)"

# 3. Keycloak.
if [ "$keycloak_reused" -eq 0 ]; then
  say "4/6 starting Keycloak"
  started+=(keycloak)
  "$KICKSTART_ROOT/scripts/keycloak.sh" start
elif pid_alive keycloak >/dev/null; then
  say "4/6 Keycloak: waiting for the running one to be ready"
  "$KICKSTART_ROOT/scripts/keycloak.sh" start
else
  say "4/6 Keycloak: using the one already on port $KEYCLOAK_PORT"
fi

# 4. Backend.
say "5/6 starting the backend on port $BACKEND_PORT (log: .run/logs/backend.log)"
java_bin="java"
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java_bin="$JAVA_HOME/bin/java"
command -v "$java_bin" >/dev/null 2>&1 || die "no java on the PATH for the backend (it needs Java 17+; apt-get install openjdk-17-jre-headless)"
started+=(backend)
# shellcheck disable=SC2086 # BACKEND_JAVA_OPTS is a list of options
backend_pid="$(start_bg backend "$LOG_DIR/backend.log" env \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/kickstart" \
  QUARKUS_DATASOURCE_USERNAME=kickstart \
  QUARKUS_DATASOURCE_PASSWORD=kickstart \
  QUARKUS_OIDC_AUTH_SERVER_URL="$REALM_URL" \
  KICKSTART_CORS_ORIGINS="http://localhost:$FRONTEND_PORT,http://127.0.0.1:$FRONTEND_PORT" \
  "$java_bin" $BACKEND_JAVA_OPTS -jar "$BACKEND_JAR")"
rc=0; wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" "$BACKEND_START_TIMEOUT" "$backend_pid" || rc=$?
case "$rc" in
  0) say "backend ready: http://localhost:$BACKEND_PORT/q/health/ready" ;;
  2) fail_with_log "$LOG_DIR/backend.log" "the backend exited during start-up" ;;
  *) fail_with_log "$LOG_DIR/backend.log" "the backend was not ready within ${BACKEND_START_TIMEOUT}s" ;;
esac

# 5. SPA: the production build served by `npm run preview` on port 5173.
say "6/6 starting the SPA on port $FRONTEND_PORT (log: .run/logs/frontend.log)"
preview_args=()
if ! grep -Eq '"preview"[[:space:]]*:[[:space:]]*"[^"]*--port' frontend/package.json; then
  preview_args=(-- --port "$FRONTEND_PORT" --strictPort)
fi
started+=(frontend)
frontend_pid="$(cd frontend && start_bg frontend "$LOG_DIR/frontend.log" npm run preview "${preview_args[@]}")"
rc=0; wait_for_url "$SPA_URL/" "$FRONTEND_START_TIMEOUT" "$frontend_pid" || rc=$?
case "$rc" in
  0) say "SPA ready: $SPA_URL" ;;
  2) fail_with_log "$LOG_DIR/frontend.log" "the SPA server exited during start-up" ;;
  *) fail_with_log "$LOG_DIR/frontend.log" "the SPA was not served within ${FRONTEND_START_TIMEOUT}s" ;;
esac

# 6. Demo data (scripts/demo-data.sh, when present).
if [ "${KICKSTART_DEMO_DATA:-1}" = "0" ]; then
  say "demo data skipped (KICKSTART_DEMO_DATA=0)"
elif [ -x scripts/demo-data.sh ]; then
  say "loading demo data (scripts/demo-data.sh; log: .run/logs/demo-data.log)"
  KICKSTART_API_URL="$API_URL" KEYCLOAK_URL="$KEYCLOAK_URL" \
    KICKSTART_DB=kickstart PGHOST=127.0.0.1 PGPORT=5432 PGUSER=kickstart PGPASSWORD=kickstart PGDATABASE=kickstart \
    scripts/demo-data.sh >"$LOG_DIR/demo-data.log" 2>&1 \
    || fail_with_log "$LOG_DIR/demo-data.log" "loading demo data failed"
  say "demo data loaded"
else
  warn "scripts/demo-data.sh not found or not executable: starting without demo data"
fi

cat <<EOF

  Kickstart is running.

    SPA         $SPA_URL
    API         $API_URL
    Swagger UI  http://localhost:$BACKEND_PORT/q/swagger-ui
    Keycloak    $KEYCLOAK_URL   (master admin console: admin / admin — development only)

    Demo logins (password: demo)
      user                   role
      admin                  admin
      organiser.calderdale   organiser of Calderdale
      organiser.newham       organiser of Newham
      analyst                analyst
    Service account: kickstart-analytics / kickstart-analytics-dev-secret (client credentials, role analyst)
    A token for curl:  scripts/token.sh organiser.calderdale

    Logs: .run/logs/   Press Ctrl-C to stop.

EOF

# 7. Watch the pieces; if one dies, show why and stop the rest.
while true; do
  for name in "${started[@]}"; do
    if ! pid_alive "$name" >/dev/null; then
      fail_with_log "$LOG_DIR/$name.log" "$name stopped unexpectedly"
    fi
  done
  sleep 2 &
  wait $! || true
done
