#!/usr/bin/env bash
# Creates the Payara domain the integration tests run on, once per target/ directory.
# Usage: prepare-domain.sh <payara-home> <domain> <port-base> <mariadb-driver-jar> <config/bin/http-protocol>
#        (HTTP = base+80, admin = base+48)
set -euo pipefail
payara="$1"; domain="$2"; base="$3"; driver="$4"; http_protocol="$5"
chmod +x "$payara"/bin/* "$payara"/glassfish/bin/*
# a domain left running by an interrupted run is stopped first
"$payara/bin/asadmin" stop-domain "$domain" > /dev/null 2>&1 || true
config="$payara/glassfish/domains/$domain/config/domain.xml"
if [ -f "$config" ] && grep -q '<application ' "$config"; then
  # an interrupted run left a deployment behind, which the next start would try (and fail) to load
  echo "Test domain $domain has a stale deployment: creating it afresh"
  "$payara/bin/asadmin" delete-domain "$domain"
fi
if [ -d "$payara/glassfish/domains/$domain" ]; then
  echo "Test domain $domain exists"
else
  "$payara/bin/asadmin" --user admin create-domain --nopassword --portbase "$base" "$domain"
fi
# Every test class redeploys the whole EAR: 512 MB (Payara's default) runs out after a few dozen deployments.
sed -i 's|<jvm-options>-Xmx512m</jvm-options>|<jvm-options>-Xmx2g</jvm-options>|' "$payara/glassfish/domains/$domain/config/domain.xml"
# Headers, cookies and compression of the HTTP protocol, and every other listener on this machine only, as in production
"$http_protocol" "$payara/glassfish/domains/$domain/config/domain.xml"
"$(dirname "$http_protocol")/local-listeners" "$payara/glassfish/domains/$domain/config/domain.xml"
# The batch job repository's server-wide pool (config/bin/batch-repository) loads the driver from the domain
cp "$driver" "$payara/glassfish/domains/$domain/lib/"
# Each run starts with an empty server log, so that a failure's log is easy to read in target/.
: > "$payara/glassfish/domains/$domain/logs/server.log" 2>/dev/null || true
