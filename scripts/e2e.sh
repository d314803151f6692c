#!/usr/bin/env bash
# The end-to-end journeys (what `make e2e` calls): Playwright driving Debian's Chromium against the
# whole stack, for real — Keycloak sign-in, the packaged backend, the production build of the SPA
# and a database that starts empty (the tests seed what they need through the API).
#
#   PostgreSQL (database kickstart_e2e, dropped and created empty) -> Keycloak :8180 (reused when
#   it already runs) -> build what is out of date -> backend :8280 -> SPA :4173 (vite preview of a
#   copy of frontend/dist with its own config.json) -> Playwright (frontend/e2e) -> stop what it started.
#
#   scripts/e2e.sh                       # run every journey
#   scripts/e2e.sh journeys/03-space.spec.ts --headed   # arguments go to `playwright test`
#   scripts/e2e.sh serve                 # start the stack and wait (Ctrl-C stops it); meanwhile
#                                        # run `cd frontend && npx playwright test -c e2e` as often as you like
#   scripts/e2e.sh stop                  # stop pieces a run killed hard left behind (make stop does it too)
#
# Screenshots of each journey's key pages: frontend/e2e/screenshots/<journey>/ (git-ignored).
# A failed journey keeps its trace in frontend/e2e/test-results/ (npx playwright show-trace <zip>),
# and the HTML report in frontend/e2e/report/. Logs of the stack: .run/logs/e2e-*.log.
#
# Ports and database differ from `make run` (8080, 5173, kickstart) and the backend tests (8081,
# kickstart_test), so all three can run at once. Keycloak (8180) is shared; the realm must allow
# the SPA origin http://localhost:4173 (keycloak/kickstart-realm.json does).
#
# Environment:
#   KICKSTART_SKIP_BUILD=1   use backend/target/quarkus-app and frontend/dist as they are (by default the
#                            backend is rebuilt when a source is newer than its jar, the SPA always)
#   E2E_CHROMIUM             the browser (default /usr/bin/chromium; installed with apt-get when missing)
#   E2E_BACKEND_PORT / E2E_SPA_PORT / E2E_DB   (8280 / 4173 / kickstart_e2e)
#   BACKEND_JAVA_OPTS        JVM options for the backend (default -Xmx512m)
#   plus those of ensure-postgres.sh, ensure-keycloak.sh and keycloak.sh.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$KICKSTART_ROOT"

BACKEND_PORT="${E2E_BACKEND_PORT:-8280}"
SPA_PORT="${E2E_SPA_PORT:-4173}"
DB="${E2E_DB:-kickstart_e2e}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
REALM_URL="$KEYCLOAK_URL/realms/kickstart"
API_URL="http://localhost:$BACKEND_PORT"
SPA_URL="http://localhost:$SPA_PORT"
CHROMIUM="${E2E_CHROMIUM:-/usr/bin/chromium}"
BACKEND_JAVA_OPTS="${BACKEND_JAVA_OPTS:--Xmx512m}"
BACKEND_JAR="backend/target/quarkus-app/quarkus-run.jar"
SPA_DIR="$RUN_DIR/e2e/spa"
E2E_DIR="frontend/e2e"

if [ "${1:-}" = "stop" ]; then
  say "stopping what an earlier e2e run left behind (from .run/e2e-*.pid)"
  stop_pgid e2e-spa 10
  stop_pgid e2e-backend 30
  exit 0
fi
mode=test
if [ "${1:-}" = "serve" ]; then mode=serve; shift; fi
[ "$mode" = "test" ] || [ "$#" -eq 0 ] || die "usage: scripts/e2e.sh [playwright arguments] | scripts/e2e.sh serve"

started_at=$SECONDS
mkdir -p "$LOG_DIR"
started=()   # what this run started, in start order
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
  say "finished in $((SECONDS - started_at))s (exit code $rc)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail_with_log() { show_log_tail "$1" 60; die "$2"; }

# Keycloak accepts the SPA's sign-in redirect only for origins its realm lists.
realm_allows_spa() {
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -G "$REALM_URL/protocol/openid-connect/auth" \
    --data-urlencode client_id=kickstart-spa --data-urlencode response_type=code --data-urlencode scope=openid \
    --data-urlencode "redirect_uri=$SPA_URL/auth/callback" --data-urlencode code_challenge_method=S256 \
    --data-urlencode code_challenge=e2e-probe-e2e-probe-e2e-probe-e2e-probe-e2e || true)"
  [ "$code" = "200" ]
}

# 0. Ports: fail early and say which one is taken.
for p in "$BACKEND_PORT:backend (e2e)" "$SPA_PORT:SPA (e2e)"; do
  if port_in_use "${p%%:*}"; then
    die "port ${p%%:*} (${p#*:}) is already in use — is another e2e run going? Find it with: ss -ltnp 'sport = :${p%%:*}'"
  fi
done

# 1. The browser: Debian's Chromium, never a downloaded one.
say "1/6 Chromium ($CHROMIUM)"
if [ ! -x "$CHROMIUM" ]; then
  [ "$CHROMIUM" = "/usr/bin/chromium" ] || die "E2E_CHROMIUM=$CHROMIUM is not an executable"
  apt_install chromium
fi
"$CHROMIUM" --version 2>/dev/null | head -n1 || true

# 2. A fresh, empty database.
say "2/6 PostgreSQL + PostGIS: database $DB, created empty"
KICKSTART_DB_FRESH=1 "$KICKSTART_ROOT/scripts/ensure-postgres.sh" "$DB" >"$LOG_DIR/e2e-postgres.log" 2>&1 \
  || fail_with_log "$LOG_DIR/e2e-postgres.log" "could not prepare database $DB"

# 3. Keycloak: reuse a running one (it must know the e2e origin), else start one for this run.
if curl -fsS -o /dev/null --max-time 3 "$REALM_URL/.well-known/openid-configuration" 2>/dev/null; then
  say "3/6 Keycloak already runs on port $KEYCLOAK_PORT: reusing it"
  realm_allows_spa || die "the running Keycloak's realm does not allow sign-in from $SPA_URL (it was started with an older keycloak/kickstart-realm.json). Restart it with 'scripts/keycloak.sh restart' (or stop 'make run' and start it again), then run this again."
elif port_in_use "$KEYCLOAK_PORT"; then
  die "port $KEYCLOAK_PORT (Keycloak) is in use by something else; free it and run again"
else
  say "3/6 starting Keycloak (log: .run/logs/keycloak.log)"
  started+=(keycloak)
  "$KICKSTART_ROOT/scripts/keycloak.sh" start
  realm_allows_spa || die "Keycloak does not allow sign-in from $SPA_URL: check the kickstart-spa client in keycloak/kickstart-realm.json"
fi

# 4. Build: the backend when a source is newer than its jar (make test has just packaged it), the SPA always.
if [ "${KICKSTART_SKIP_BUILD:-0}" = "1" ]; then
  say "4/6 build skipped (KICKSTART_SKIP_BUILD=1)"
else
  if [ ! -f "$BACKEND_JAR" ] || [ -n "$(find backend/src/main backend/pom.xml openapi.yaml -newer "$BACKEND_JAR" -print -quit)" ]; then
    say "4/6 building the backend (./mvnw package -DskipTests; log: .run/logs/e2e-build-backend.log)"
    (cd backend && ./mvnw -B -ntp -DskipTests package) >"$LOG_DIR/e2e-build-backend.log" 2>&1 \
      || fail_with_log "$LOG_DIR/e2e-build-backend.log" "backend build failed"
  else
    say "4/6 the backend jar is up to date"
  fi
  if [ ! -f frontend/node_modules/.package-lock.json ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
    say "4/6 installing the SPA's dependencies (npm ci)"
    (cd frontend && npm ci --no-audit --no-fund) >"$LOG_DIR/e2e-build-frontend.log" 2>&1 \
      || fail_with_log "$LOG_DIR/e2e-build-frontend.log" "npm ci failed"
  fi
  say "4/6 building the SPA (npm run build; log: .run/logs/e2e-build-frontend.log)"
  (cd frontend && npm run build) >>"$LOG_DIR/e2e-build-frontend.log" 2>&1 \
    || fail_with_log "$LOG_DIR/e2e-build-frontend.log" "SPA build failed"
fi
[ -f "$BACKEND_JAR" ] || die "$BACKEND_JAR is missing — build the backend first (make build)"
[ -f frontend/dist/index.html ] || die "frontend/dist is missing — build the SPA first (make build)"

# The SPA as deployed for this stack: a copy of the build with its own config.json, so frontend/dist
# (and `make run`) keep theirs. Map tiles come from the same server: one plain tile, no internet.
rm -rf "$SPA_DIR"
mkdir -p "$(dirname "$SPA_DIR")"
cp -R frontend/dist "$SPA_DIR"
cp "$E2E_DIR/assets/map-tile.png" "$SPA_DIR/e2e-map-tile.png"
cat >"$SPA_DIR/config.json" <<EOF
{
  "apiBaseUrl": "$API_URL",
  "oidcAuthority": "$REALM_URL",
  "oidcClientId": "kickstart-spa",
  "mapTileUrl": "/e2e-map-tile.png?z={z}&x={x}&y={y}",
  "mapAttribution": "Plain test tiles, no map data"
}
EOF

# 5. Backend.
say "5/6 starting the backend on port $BACKEND_PORT (database $DB; log: .run/logs/e2e-backend.log)"
java_bin="java"
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java_bin="$JAVA_HOME/bin/java"
command -v "$java_bin" >/dev/null 2>&1 || die "no java on the PATH for the backend (it needs Java 17+)"
started+=(e2e-backend)
# shellcheck disable=SC2086 # BACKEND_JAVA_OPTS is a list of options
backend_pid="$(start_bg e2e-backend "$LOG_DIR/e2e-backend.log" env \
  QUARKUS_HTTP_PORT="$BACKEND_PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME=kickstart \
  QUARKUS_DATASOURCE_PASSWORD=kickstart \
  QUARKUS_OIDC_AUTH_SERVER_URL="$REALM_URL" \
  KICKSTART_CORS_ORIGINS="http://localhost:$SPA_PORT,http://127.0.0.1:$SPA_PORT" \
  "$java_bin" $BACKEND_JAVA_OPTS -jar "$BACKEND_JAR")"
rc=0; wait_for_url "$API_URL/q/health/ready" 180 "$backend_pid" || rc=$?
case "$rc" in
  0) ;;
  2) fail_with_log "$LOG_DIR/e2e-backend.log" "the backend exited during start-up" ;;
  *) fail_with_log "$LOG_DIR/e2e-backend.log" "the backend was not ready within 180s" ;;
esac

# 6. SPA.
say "6/6 serving the SPA on port $SPA_PORT (vite preview; log: .run/logs/e2e-spa.log)"
started+=(e2e-spa)
spa_pid="$(cd frontend && start_bg e2e-spa "$LOG_DIR/e2e-spa.log" \
  node_modules/.bin/vite preview --outDir "$SPA_DIR" --port "$SPA_PORT" --strictPort --host 127.0.0.1)"
rc=0; wait_for_url "$SPA_URL/config.json" 60 "$spa_pid" || rc=$?
[ "$rc" -eq 0 ] || fail_with_log "$LOG_DIR/e2e-spa.log" "the SPA was not served within 60s"
say "stack ready after $((SECONDS - started_at))s: SPA $SPA_URL, API $API_URL/api/v1, Keycloak $KEYCLOAK_URL"

export E2E_SPA_URL="$SPA_URL" E2E_API_URL="$API_URL" E2E_KEYCLOAK_URL="$KEYCLOAK_URL" E2E_CHROMIUM="$CHROMIUM"

if [ "$mode" = "serve" ]; then
  cat <<EOF

  The e2e stack is running (Ctrl-C stops it). In another terminal:
    cd frontend && npx playwright test -c e2e            # all journeys
    cd frontend && npx playwright test -c e2e --headed   # only where a display is available
  (the defaults of frontend/e2e/support/env.ts point at this stack; the database is not reset between runs)

EOF
  while true; do
    for name in e2e-backend e2e-spa; do
      pid_alive "$name" >/dev/null || fail_with_log "$LOG_DIR/$name.log" "$name stopped unexpectedly"
    done
    sleep 2 &
    wait $! || true
  done
fi

say "running the journeys (Playwright on $CHROMIUM)"
journeys_started=$SECONDS
rc=0
(cd frontend && node_modules/.bin/playwright test -c e2e "$@") || rc=$?
say "journeys took $((SECONDS - journeys_started))s; screenshots: $E2E_DIR/screenshots/"
[ "$rc" -eq 0 ] || say "failed: traces and the report are in $E2E_DIR/test-results/ and $E2E_DIR/report/ (npx playwright show-report e2e/report)"
exit "$rc"
