#!/usr/bin/env bash
# Runs the local Keycloak (OIDC provider) for development: dev mode on port 8180 with the
# committed realm keycloak/kickstart-realm.json imported. No Docker needed.
#
#   scripts/keycloak.sh [run]   # foreground: start, wait until ready, follow the log; Ctrl-C stops it
#   scripts/keycloak.sh start   # background: start (or reuse the running one) and wait until ready
#   scripts/keycloak.sh stop    # stop the background server
#   scripts/keycloak.sh restart # stop + start (e.g. after editing the realm JSON)
#   scripts/keycloak.sh status  # exit 0 when running and ready, 3 when not running, 1 when unhealthy
#
# DEV ONLY: the master-realm admin console (http://localhost:8180/admin) uses the bootstrap admin
# admin/admin (KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD). Data lives in Keycloak's dev H2 database
# inside the cached server directory; when the realm JSON changes (its sha256 is stored beside the
# server), that database is wiped so the new realm is imported — changes made in the console are lost.
#
# Files: log .run/logs/keycloak.log, pid .run/keycloak.pid (both git-ignored).
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_HOSTNAME (issuer base URL, default
# http://localhost:$KEYCLOAK_PORT; set empty to derive it from each request), KEYCLOAK_HEAP
# (JVM heap options, default "-Xms64m -Xmx512m"), KEYCLOAK_START_TIMEOUT (seconds, 240), plus those of
# scripts/ensure-keycloak.sh (KICKSTART_CACHE, KEYCLOAK_VERSION, KEYCLOAK_JAVA_HOME). With both
# KEYCLOAK_HOME (an unpacked Keycloak) and KEYCLOAK_JAVA_HOME set, ensure-keycloak.sh is skipped.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_HOSTNAME="${KEYCLOAK_HOSTNAME-http://localhost:$KEYCLOAK_PORT}"
KEYCLOAK_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx512m}"
KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-240}"
REALM_FILE="$KICKSTART_ROOT/keycloak/kickstart-realm.json"
LOG_FILE="$LOG_DIR/keycloak.log"
READY_URL="http://localhost:$KEYCLOAK_PORT/realms/kickstart/.well-known/openid-configuration"
NAME=keycloak

is_ready() { curl -fsS -o /dev/null --max-time 3 "$READY_URL" 2>/dev/null; }

cmd_status() {
  local pid
  if pid="$(pid_alive "$NAME")"; then
    if is_ready; then say "running (pid $pid), realm kickstart ready at http://localhost:$KEYCLOAK_PORT"; return 0; fi
    say "running (pid $pid) but $READY_URL does not answer (yet); log: $LOG_FILE"; return 1
  fi
  if is_ready; then say "not started by this script, but something on port $KEYCLOAK_PORT serves realm kickstart"; return 0; fi
  say "not running"; return 3
}

cmd_start() {
  local pid
  if pid="$(pid_alive "$NAME")"; then
    say "already running (pid $pid); waiting until it is ready"
  else
    if port_in_use "$KEYCLOAK_PORT"; then
      die "port $KEYCLOAK_PORT is already in use by another process (not started by this script); stop it or set KEYCLOAK_PORT"
    fi

    # Server and Java (prints KEYCLOAK_HOME=..., KEYCLOAK_JAVA_HOME=... on its last lines)
    # (skipped when the caller already did that and passes KEYCLOAK_HOME and KEYCLOAK_JAVA_HOME)
    local env_out kc_home java_home
    if [ -n "${KEYCLOAK_HOME:-}" ] && [ -x "${KEYCLOAK_HOME}/bin/kc.sh" ] && [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then
      kc_home="$KEYCLOAK_HOME"; java_home="$KEYCLOAK_JAVA_HOME"
    else
      env_out="$("$KICKSTART_ROOT/scripts/ensure-keycloak.sh")" || die "scripts/ensure-keycloak.sh failed"
      printf '%s\n' "$env_out" | grep -v '^KEYCLOAK_' || true
      kc_home="$(printf '%s\n' "$env_out" | sed -n 's/^KEYCLOAK_HOME=//p')"
      java_home="$(printf '%s\n' "$env_out" | sed -n 's/^KEYCLOAK_JAVA_HOME=//p')"
    fi

    # Realm: re-import (wipe the dev database) only when the JSON changed since the last import.
    jq -e '.realm == "kickstart"' "$REALM_FILE" >/dev/null || die "$REALM_FILE is not valid realm JSON"
    local sum_file="$kc_home/.kickstart-realm.sha256" new_sum old_sum=""
    new_sum="$(sha256sum "$REALM_FILE" | awk '{print $1}')"
    [ -f "$sum_file" ] && old_sum="$(cat "$sum_file")"
    if [ "$new_sum" != "$old_sum" ]; then
      if [ -d "$kc_home/data/h2" ]; then
        say "realm JSON changed since the last import: wiping Keycloak's dev database so it is imported again"
      else
        say "first start: the realm will be imported"
      fi
      rm -rf "$kc_home/data/h2"
    else
      say "realm JSON unchanged since the last import (sha256 ${new_sum:0:12}…): keeping Keycloak's data"
    fi
    mkdir -p "$kc_home/data/import"
    rm -f "$kc_home/data/import/"*.json
    cp "$REALM_FILE" "$kc_home/data/import/kickstart-realm.json"
    echo "$new_sum" >"$sum_file"

    local args=(start-dev "--http-port=$KEYCLOAK_PORT" --import-realm)
    [ -n "$KEYCLOAK_HOSTNAME" ] && args+=("--hostname=$KEYCLOAK_HOSTNAME")
    say "starting Keycloak on port $KEYCLOAK_PORT (dev mode, ~30-60s; log: ${LOG_FILE#"$KICKSTART_ROOT"/})"
    pid="$(start_bg "$NAME" "$LOG_FILE" env \
      JAVA_HOME="$java_home" PATH="$java_home/bin:$PATH" \
      JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP" \
      KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      "$kc_home/bin/kc.sh" "${args[@]}")"
  fi

  say "waiting for $READY_URL (up to ${KEYCLOAK_START_TIMEOUT}s)"
  local rc=0
  wait_for_url "$READY_URL" "$KEYCLOAK_START_TIMEOUT" "$pid" || rc=$?
  if [ "$rc" -ne 0 ]; then
    if [ "$rc" -eq 2 ]; then warn "Keycloak exited during start-up"
    else warn "Keycloak did not become ready within ${KEYCLOAK_START_TIMEOUT}s"; fi
    show_log_tail "$LOG_FILE" 60
    stop_pgid "$NAME" 10
    die "Keycloak failed to start"
  fi
  say "Keycloak ready: http://localhost:$KEYCLOAK_PORT (realm kickstart; master console admin/admin, dev only)"
}

cmd_stop() {
  if pid_alive "$NAME" >/dev/null || [ -f "$RUN_DIR/$NAME.pid" ]; then
    stop_pgid "$NAME" 30
    say "stopped"
  else
    say "not running (nothing to stop)"
  fi
}

cmd_run() {
  local pid
  if pid="$(pid_alive "$NAME")"; then
    die "already running in the background (pid $pid); use 'scripts/keycloak.sh stop' first, or just use it"
  fi
  trap 'echo; cmd_stop; exit 0' INT TERM
  cmd_start
  pid="$(pid_alive "$NAME")"
  say "following the log; press Ctrl-C to stop Keycloak"
  tail -n 0 -F "$LOG_FILE" --pid="$pid" &
  wait $! || true
  # tail ends when Keycloak exits by itself
  stop_pgid "$NAME" 5
  die "Keycloak exited; see $LOG_FILE"
}

case "${1:-run}" in
  run) cmd_run ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  status) cmd_status ;;
  -h|--help|help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0" ;;
  *) die "unknown command '$1' (use run, start, stop, restart or status)" ;;
esac
