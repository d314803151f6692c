#!/usr/bin/env bash
# Prints an access token from the local Keycloak, for curl and scripts:
#
#   scripts/token.sh organiser.calderdale          # demo user, password "demo", direct grant via kickstart-spa
#   scripts/token.sh admin secret                  # another password
#   scripts/token.sh kickstart-analytics           # service account, client credentials (role analyst)
#   curl -H "Authorization: Bearer $(scripts/token.sh analyst)" http://localhost:8080/api/v1/places
#
# Direct grants are enabled on kickstart-spa in the development realm only.
# Environment: KEYCLOAK_URL (default http://localhost:8180), KEYCLOAK_REALM (kickstart),
# KICKSTART_ANALYTICS_SECRET (the documented dev secret of kickstart-analytics).
set -euo pipefail

KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
KEYCLOAK_REALM="${KEYCLOAK_REALM:-kickstart}"
TOKEN_URL="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token"

if [ "$#" -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0" >&2
  exit 2
fi
subject="$1"

if [ "$subject" = "kickstart-analytics" ]; then
  form=(--data-urlencode grant_type=client_credentials
        --data-urlencode client_id=kickstart-analytics
        --data-urlencode "client_secret=${KICKSTART_ANALYTICS_SECRET:-kickstart-analytics-dev-secret}")
else
  form=(--data-urlencode grant_type=password
        --data-urlencode client_id=kickstart-spa
        --data-urlencode "username=$subject"
        --data-urlencode "password=${2:-demo}"
        --data-urlencode "scope=openid")
fi

if ! body="$(curl -sS --max-time 10 -w '\n%{http_code}' "${form[@]}" "$TOKEN_URL")"; then
  echo "[token] ERROR: cannot reach $TOKEN_URL — is Keycloak running? (scripts/keycloak.sh start)" >&2
  exit 1
fi
status="${body##*$'\n'}"
body="${body%$'\n'*}"
if [ "$status" != "200" ]; then
  echo "[token] ERROR: Keycloak answered HTTP $status for '$subject': $body" >&2
  exit 1
fi
# JWTs contain no quotes, so this works without jq too.
token="$(printf '%s' "$body" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[ -n "$token" ] || { echo "[token] ERROR: no access_token in the response: $body" >&2; exit 1; }
printf '%s\n' "$token"
