#!/usr/bin/env bash
# Creates the Payara domain the integration tests run on, once per target/ directory.
# Usage: prepare-domain.sh <payara-home> <domain> <port-base>   (HTTP = base+80, admin = base+48)
set -euo pipefail
payara="$1"; domain="$2"; base="$3"
chmod +x "$payara"/bin/* "$payara"/glassfish/bin/*
if [ -d "$payara/glassfish/domains/$domain" ]; then
  echo "Test domain $domain exists"
  exit 0
fi
"$payara/bin/asadmin" --user admin create-domain --nopassword --portbase "$base" "$domain"
