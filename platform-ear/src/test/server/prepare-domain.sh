#!/usr/bin/env bash
# Creates the Payara domain the integration tests run on, once per target/ directory.
# Usage: prepare-domain.sh <payara-home> <domain> <port-base>   (HTTP = base+80, admin = base+48)
set -euo pipefail
payara="$1"; domain="$2"; base="$3"
chmod +x "$payara"/bin/* "$payara"/glassfish/bin/*
if [ -d "$payara/glassfish/domains/$domain" ]; then
  echo "Test domain $domain exists"
else
  "$payara/bin/asadmin" --user admin create-domain --nopassword --portbase "$base" "$domain"
fi
# Each run starts with an empty server log, so that a failure's log is easy to read in target/.
: > "$payara/glassfish/domains/$domain/logs/server.log" 2>/dev/null || true
