#!/usr/bin/env bash
# Checks that the local Keycloak serves the committed kickstart realm the way the backend and the
# SPA expect: real tokens for every demo user and for the analytics service account, with the
# fixed subjects, audience kickstart-api, realm roles and profile claims; PKCE enforced on the SPA
# client; CORS for the SPA origin. Starts Keycloak for the check (and stops it again) when it is
# not already running.
#
#   scripts/verify-keycloak.sh
#
# Environment: KEYCLOAK_URL (default http://localhost:8180).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
ISSUER="$KEYCLOAK_URL/realms/kickstart"
TOKEN="$KICKSTART_ROOT/scripts/token.sh"
ensure_cmd jq jq

started_here=0
if ! curl -fsS -o /dev/null --max-time 3 "$ISSUER/.well-known/openid-configuration" 2>/dev/null; then
  say "Keycloak is not running: starting it for the check"
  "$KICKSTART_ROOT/scripts/keycloak.sh" start
  started_here=1
fi
cleanup() { if [ "$started_here" -eq 1 ]; then "$KICKSTART_ROOT/scripts/keycloak.sh" stop; fi; }
trap cleanup EXIT

failures=0
check() { # check DESCRIPTION JSON JQ_EXPRESSION
  if printf '%s' "$2" | jq -e "$3" >/dev/null 2>&1; then say "ok   $1"
  else warn "FAIL $1 (jq: $3)"; failures=$((failures + 1)); fi
}
jwt_payload() { # base64url-decodes the middle part of a JWT
  local p; p="$(printf '%s' "$1" | cut -d. -f2 | tr '_-' '/+')"
  while [ $(( ${#p} % 4 )) -ne 0 ]; do p="$p="; done
  printf '%s' "$p" | base64 -d
}

# Demo users: direct grant through kickstart-spa.
while read -r user id role; do
  claims="$(jwt_payload "$("$TOKEN" "$user")")"
  check "$user: sub is $id" "$claims" ".sub == \"$id\""
  check "$user: iss is $ISSUER" "$claims" ".iss == \"$ISSUER\""
  check "$user: aud contains kickstart-api" "$claims" '(.aud | if type == "array" then . else [.] end) | index("kickstart-api") != null'
  check "$user: realm_access.roles contains $role" "$claims" ".realm_access.roles | index(\"$role\") != null"
  check "$user: preferred_username, name, email present" "$claims" \
    ".preferred_username == \"$user\" and (.name | length > 0) and .email == \"$user@example.org\""
  check "$user: access token lives 15 minutes" "$claims" '.exp - .iat == 900'
done <<'USERS'
admin 11111111-1111-4111-8111-111111111111 admin
organiser.calderdale 22222222-2222-4222-8222-222222222222 organiser
organiser.newham 33333333-3333-4333-8333-333333333333 organiser
analyst 44444444-4444-4444-8444-444444444444 analyst
USERS
say "organiser.calderdale claims: $(jwt_payload "$("$TOKEN" organiser.calderdale)" | jq -c '{sub, aud, azp, preferred_username, name, email, roles: .realm_access.roles}')"

# Service account: client credentials through kickstart-analytics.
claims="$(jwt_payload "$("$TOKEN" kickstart-analytics)")"
check "kickstart-analytics: realm_access.roles contains analyst" "$claims" '.realm_access.roles | index("analyst") != null'
check "kickstart-analytics: aud contains kickstart-api" "$claims" '(.aud | if type == "array" then . else [.] end) | index("kickstart-api") != null'
check "kickstart-analytics: sub and azp" "$claims" '.sub == "55555555-5555-4555-8555-555555555555" and .azp == "kickstart-analytics"'
say "kickstart-analytics claims: $(printf '%s' "$claims" | jq -c '{sub, aud, azp, preferred_username, roles: .realm_access.roles}')"

# A wrong password is refused.
if "$TOKEN" organiser.newham wrong-password >/dev/null 2>&1; then
  warn "FAIL a wrong password was accepted"; failures=$((failures + 1))
else say "ok   wrong password refused"; fi

# PKCE is required on kickstart-spa: an authorization request without code_challenge is refused.
location="$(curl -sS -o /dev/null -w '%{redirect_url}' \
  "$ISSUER/protocol/openid-connect/auth?client_id=kickstart-spa&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2F")"
check "kickstart-spa: authorization without PKCE is refused" "\"$location\"" 'test("error=invalid_request") and test("code_challenge")'

# The SPA's real flow: Authorization Code + PKCE S256 through the login form, as a browser would;
# the user must land on the redirect URI with a code (no "update profile" or other required action).
ensure_cmd openssl openssl
jar="$(mktemp)"; trap 'rm -f "$jar"; cleanup' EXIT
verifier="$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')"
redirect="http://127.0.0.1:5173/callback"
form_action="$(curl -sS -c "$jar" -b "$jar" \
  "$ISSUER/protocol/openid-connect/auth?client_id=kickstart-spa&response_type=code&scope=openid&state=s1&redirect_uri=http%3A%2F%2F127.0.0.1%3A5173%2Fcallback&code_challenge=$challenge&code_challenge_method=S256" \
  | grep -o 'action="[^"]*"' | head -n1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')"
landing="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode username=organiser.newham --data-urlencode password=demo "$form_action")"
code="$(printf '%s' "$landing" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')"
check "kickstart-spa: login form redirects to $redirect with a code" "\"$landing\"" "startswith(\"$redirect?\") and test(\"[?&]code=\")"
exchanged="$(curl -sS --data-urlencode grant_type=authorization_code --data-urlencode client_id=kickstart-spa \
  --data-urlencode "code=$code" --data-urlencode "code_verifier=$verifier" --data-urlencode "redirect_uri=$redirect" \
  "$ISSUER/protocol/openid-connect/token")"
check "kickstart-spa: code + PKCE verifier exchanged for tokens" "$exchanged" '(.access_token | length > 0) and (.id_token | length > 0)'

# CORS: the token endpoint answers the SPA origin.
acao="$(curl -sS -o /dev/null -D - -H 'Origin: http://localhost:5173' \
  --data-urlencode grant_type=password --data-urlencode client_id=kickstart-spa \
  --data-urlencode username=analyst --data-urlencode password=demo \
  "$ISSUER/protocol/openid-connect/token" | tr -d '\r' | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: //p')"
check "CORS: token endpoint allows origin http://localhost:5173" "\"$acao\"" '. == "http://localhost:5173"'

if [ "$failures" -gt 0 ]; then die "$failures check(s) failed"; fi
say "all Keycloak realm checks passed"
