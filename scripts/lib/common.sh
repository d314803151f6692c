# shellcheck shell=bash disable=SC2034  # the path variables are used by the scripts that source this
# Shared helpers for the scripts in scripts/. Source it; do not run it.
#   - paths: KICKSTART_ROOT (the repository), RUN_DIR (.run/, git-ignored), LOG_DIR (.run/logs)
#   - KICKSTART_CACHE (default ~/.cache/kickstart): downloads kept outside the work tree
#   - logging (say/warn/die), apt installs, port checks, waiting for URLs,
#     starting a command in its own process group with a pid file, and stopping it again.

KICKSTART_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$KICKSTART_ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
KICKSTART_CACHE="${KICKSTART_CACHE:-$HOME/.cache/kickstart}"

_prefix() { printf '[%s]' "$(basename "$0" .sh)"; }
say()  { printf '%s %s\n' "$(_prefix)" "$*"; }
warn() { printf '%s WARNING: %s\n' "$(_prefix)" "$*" >&2; }
die()  { printf '%s ERROR: %s\n' "$(_prefix)" "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, else through sudo when it exists.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (re-run as root or install sudo)"; fi
}

# apt_install PKG... — installs only the packages that are missing; runs apt-get update once.
_APT_UPDATED=0
apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "missing packages (${missing[*]}) and no apt-get to install them"
  if [ "$_APT_UPDATED" -eq 0 ]; then
    say "apt-get update (to install: ${missing[*]})"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    _APT_UPDATED=1
  fi
  say "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_cmd COMMAND PACKAGE — installs PACKAGE when COMMAND is not on the PATH.
ensure_cmd() { command -v "$1" >/dev/null 2>&1 || apt_install "$2"; }

# port_in_use PORT — true when something accepts TCP connections on 127.0.0.1 or ::1.
port_in_use() {
  local port="$1" host
  for host in 127.0.0.1 ::1; do
    if timeout 1 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null; then return 0; fi
  done
  return 1
}

# wait_for_url URL TIMEOUT_SECONDS [PID] — polls until URL answers 2xx; gives up early when PID dies.
wait_for_url() {
  local url="$1" timeout="$2" pid="${3:-}" waited=0
  while ! curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    if [ "$waited" -ge "$timeout" ]; then return 1; fi
    sleep 2; waited=$((waited + 2))
  done
}

# start_bg NAME LOGFILE CMD... — starts CMD in a new session (its own process group), output to
# LOGFILE, and records the pid (= process-group id) in $RUN_DIR/NAME.pid. Prints the pid.
start_bg() {
  local name="$1" logfile="$2"; shift 2
  mkdir -p "$RUN_DIR" "$(dirname "$logfile")"
  : >"$logfile"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$RUN_DIR/$name.pid"
  echo "$pid"
}

# proc_alive PID — true when PID is a running process (a zombie waiting to be reaped is not).
proc_alive() {
  local s st
  s="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  s="${s##*) }"; st="${s%% *}"
  [ "$st" != "Z" ] && [ "$st" != "X" ]
}

# group_alive PGID — true while any live (non-zombie) process is in process group PGID.
group_alive() {
  local f s st _ppid pg
  for f in /proc/[0-9]*/stat; do
    s="$(cat "$f" 2>/dev/null)" || continue
    s="${s##*) }"
    read -r st _ppid pg _ <<<"$s"
    if [ "$pg" = "$1" ] && [ "$st" != "Z" ] && [ "$st" != "X" ]; then return 0; fi
  done
  return 1
}

# pid_alive NAME — true when $RUN_DIR/NAME.pid names a live process. Prints the pid.
pid_alive() {
  local f="$RUN_DIR/$1.pid" pid
  [ -f "$f" ] || return 1
  pid="$(cat "$f")"
  [ -n "$pid" ] && proc_alive "$pid" && { echo "$pid"; return 0; }
  return 1
}

# stop_pgid NAME [GRACE_SECONDS] — TERM to the process group in $RUN_DIR/NAME.pid, KILL after grace.
stop_pgid() {
  local name="$1" grace="${2:-30}" pid waited=0
  [ -f "$RUN_DIR/$name.pid" ] || return 0
  pid="$(cat "$RUN_DIR/$name.pid")"
  if [ -z "$pid" ] || ! group_alive "$pid"; then
    wait "$pid" 2>/dev/null || true
    rm -f "$RUN_DIR/$name.pid"; return 0
  fi
  say "stopping $name (process group $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  while group_alive "$pid"; do
    if [ "$waited" -ge "$grace" ]; then
      warn "$name did not stop within ${grace}s; sending KILL"
      kill -KILL -- "-$pid" 2>/dev/null || true
      break
    fi
    sleep 1; waited=$((waited + 1))
  done
  # reap it when it is our own child, so no zombie lingers
  wait "$pid" 2>/dev/null || true
  rm -f "$RUN_DIR/$name.pid"
}

# show_log_tail FILE [LINES] — prints the end of a log, for failures.
show_log_tail() {
  local f="$1" n="${2:-40}"
  [ -f "$f" ] || return 0
  printf '%s ----- last %s lines of %s -----\n' "$(_prefix)" "$n" "$f" >&2
  tail -n "$n" "$f" >&2 || true
  printf '%s ----- end of %s -----\n' "$(_prefix)" "$f" >&2
}

# java_major DIR — major version of the JDK in DIR (from its release file or `java -version`).
java_major() {
  local dir="$1" v=""
  [ -x "$dir/bin/java" ] || return 1
  if [ -f "$dir/release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$dir/release")"
  fi
  if [ -z "$v" ]; then
    v="$("$dir/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  fi
  v="${v#1.}"
  v="${v%%[.+-]*}"
  [ -n "$v" ] && echo "$v"
}

# find_java21 — prints a JAVA_HOME with Java 21 or newer: $KEYCLOAK_JAVA_HOME if set, else the
# newest JDK under /usr/lib/jvm, else $JAVA_HOME / the java on the PATH. Fails when there is none.
find_java21() {
  local best="" best_v=0 d v
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then
    v="$(java_major "$KEYCLOAK_JAVA_HOME" || echo 0)"
    [ "$v" -ge 21 ] || return 1
    echo "$KEYCLOAK_JAVA_HOME"; return 0
  fi
  local candidates=()
  for d in /usr/lib/jvm/*; do [ -L "$d" ] || candidates+=("$d"); done
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for d in "${candidates[@]}"; do
    v="$(java_major "$d" 2>/dev/null || echo 0)"
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  [ -n "$best" ] || return 1
  echo "$best"
}
