#!/usr/bin/env bash
# Makes sure the Keycloak server used by `make run` is available locally, without Docker:
# the keycloak-quarkus-dist zip from Maven Central, downloaded once into a cache outside the work
# tree, checked against Maven Central's .sha1, and unpacked there; plus a Java 21+ runtime for it.
# Safe to run any number of times; a complete, verified install is left alone.
#
#   scripts/ensure-keycloak.sh            # prints KEYCLOAK_HOME=... and KEYCLOAK_JAVA_HOME=... at the end
#
# Environment: KICKSTART_CACHE (default ~/.cache/kickstart), KEYCLOAK_VERSION (default 26.7.3),
# KEYCLOAK_JAVA_HOME (a Java 21+ JDK to use instead of searching /usr/lib/jvm).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KC_URL="https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
KC_ZIP="$KICKSTART_CACHE/keycloak-$KEYCLOAK_VERSION.zip"
KC_HOME="$KICKSTART_CACHE/keycloak-$KEYCLOAK_VERSION"
KC_MARKER="$KC_HOME/.kickstart-unpacked"

# 1. Tools: curl to download, unzip to unpack, jq for scripts/token.sh and the realm checks.
ensure_cmd curl curl
ensure_cmd unzip unzip
ensure_cmd jq jq
ensure_cmd sha1sum coreutils

# 2. Java 21+ for Keycloak only (the backend keeps its own Java 17).
if [ -n "${KEYCLOAK_JAVA_HOME:-}" ] && ! find_java21 >/dev/null; then
  die "KEYCLOAK_JAVA_HOME=$KEYCLOAK_JAVA_HOME is not a Java 21+ JDK (found: Java $(java_major "$KEYCLOAK_JAVA_HOME" || echo none)); Keycloak $KEYCLOAK_VERSION needs 21 or newer"
fi
if ! java_home="$(find_java21)"; then
  die "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer and none was found under /usr/lib/jvm, in JAVA_HOME or on the PATH.
  Install a Java 21+ JDK (for example Eclipse Temurin 21 or 25, unpacked or installed under /usr/lib/jvm),
  or point KEYCLOAK_JAVA_HOME at one. Debian 12's own openjdk-17 is too old for Keycloak 26."
fi
say "Java for Keycloak: $java_home (Java $(java_major "$java_home"))"

# 3. Distribution: download once, verify, unpack once.
if [ -f "$KC_MARKER" ] && [ -x "$KC_HOME/bin/kc.sh" ]; then
  say "Keycloak $KEYCLOAK_VERSION already unpacked in $KC_HOME"
else
  mkdir -p "$KICKSTART_CACHE"
  # The expected checksum: cached beside the zip after the first successful fetch.
  if [ ! -s "$KC_ZIP.sha1" ]; then
    say "fetching checksum $KC_URL.sha1"
    curl -fsSL --retry 3 -o "$KC_ZIP.sha1.part" "$KC_URL.sha1"
    mv "$KC_ZIP.sha1.part" "$KC_ZIP.sha1"
  fi
  expected="$(awk '{print $1}' "$KC_ZIP.sha1")"
  [[ "$expected" =~ ^[0-9a-f]{40}$ ]] || { rm -f "$KC_ZIP.sha1"; die "unexpected checksum file content from $KC_URL.sha1"; }

  if [ -f "$KC_ZIP" ] && [ "$(sha1sum "$KC_ZIP" | awk '{print $1}')" = "$expected" ]; then
    say "using cached $KC_ZIP (sha1 ok)"
  else
    [ -f "$KC_ZIP" ] && say "cached $KC_ZIP is incomplete or corrupt: downloading again"
    say "downloading Keycloak $KEYCLOAK_VERSION (~170 MB) from Maven Central to $KC_ZIP"
    curl -fSL --retry 3 --progress-bar -C - -o "$KC_ZIP.part" "$KC_URL" \
      || curl -fSL --retry 3 --progress-bar -o "$KC_ZIP.part" "$KC_URL"
    actual="$(sha1sum "$KC_ZIP.part" | awk '{print $1}')"
    if [ "$actual" != "$expected" ]; then
      rm -f "$KC_ZIP.part"
      die "checksum mismatch for the Keycloak download (got $actual, expected $expected); run again"
    fi
    mv "$KC_ZIP.part" "$KC_ZIP"
    say "download verified (sha1 $expected)"
  fi

  say "unpacking into $KC_HOME"
  tmp="$(mktemp -d "$KICKSTART_CACHE/.unpack.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  unzip -q "$KC_ZIP" -d "$tmp"
  [ -x "$tmp/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ] || die "the zip does not contain keycloak-$KEYCLOAK_VERSION/bin/kc.sh"
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  echo "$expected" >"$KC_MARKER"
fi

say "Keycloak ready to start with scripts/keycloak.sh"
echo "KEYCLOAK_HOME=$KC_HOME"
echo "KEYCLOAK_JAVA_HOME=$java_home"
