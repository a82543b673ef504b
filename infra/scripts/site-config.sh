#!/bin/sh
# Writes the Entra ID tenant into web/staticwebapp.config.json before a deployment ("apply") and puts the
# TENANT_ID placeholder back afterwards ("restore"). Static Web Apps cannot read the issuer from a setting.
# azd provides AZURE_TENANT_ID (an output of infra/main.bicep). SITE_CONFIG overrides the file (tests).
set -eu
cd "$(dirname "$0")/../.."
config=${SITE_CONFIG:-web/staticwebapp.config.json}
placeholder='login.microsoftonline.com/TENANT_ID/'
case "${1:-}" in
  apply)
    tenant=${AZURE_TENANT_ID:?AZURE_TENANT_ID is not set; run azd provision first}
    printf '%s' "$tenant" | grep -Eq '^[0-9a-fA-F-]{36}$' || { echo "AZURE_TENANT_ID is not a tenant id: $tenant" >&2; exit 1; }
    sed "s#$placeholder#login.microsoftonline.com/$tenant/#" "$config" > "$config.tmp" && mv "$config.tmp" "$config"
    ;;
  restore)
    sed -E "s#login\.microsoftonline\.com/[0-9a-fA-F-]{36}/#$placeholder#" "$config" > "$config.tmp" && mv "$config.tmp" "$config"
    ;;
  *)
    echo "usage: $0 apply|restore" >&2
    exit 2
    ;;
esac
