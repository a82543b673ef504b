#!/bin/sh
# After a deployment, proves that the Functions app does not take a caller's word for who they are. The organizer and
# judge routes trust x-ms-client-principal because Static Web Apps puts its sign-in in front of the linked app; if the
# app's own host name answers a caller directly, anyone who finds it can claim to be an organizer. So this calls the
# app's own address with a forged header for an organizer and for a judge (each must be refused, 401 or 403), and reads
# the app's authentication settings (the platform's sign-in on, unauthenticated callers refused, Static Web Apps its
# identity provider). Any failure fails the deployment; the README ("The sign-in check") says what to do.
# azd provides FUNCTION_APP_URL, FUNCTION_APP_NAME, AZURE_RESOURCE_GROUP and AZURE_SUBSCRIPTION_ID. AUTH_SETTINGS_URL
# reads the settings from that address instead of Azure Resource Manager (tests: the local host plays ARM).
set -eu
app=${FUNCTION_APP_URL:?FUNCTION_APP_URL is not set; run azd provision first}
app=${app%/}
failed=0

# A principal as Static Web Apps writes it (base64 JSON), claiming the role $1.
principal() {
  node -e 'const role = process.argv[1];
    const claim = { identityProvider: "aad", userId: "sign-in-check", userDetails: "sign-in-check@example.invalid", userRoles: ["anonymous", "authenticated", role] };
    process.stdout.write(Buffer.from(JSON.stringify(claim)).toString("base64"));' "$1"
}

# Calls route $2 claiming role $1; only a refusal will do.
probe() {
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -H "x-ms-client-principal: $(principal "$1")" "$app$2" || echo 000)
  case "$status" in
    401|403) echo "sign-in check: $app$2 refused a forged $1 ($status)" ;;
    000) echo "SIGN-IN CHECK FAILED: $app$2 could not be reached" >&2; failed=1 ;;
    *) echo "SIGN-IN CHECK FAILED: $app$2 answered $status to a forged $1: anyone who finds $app is $1" >&2; failed=1 ;;
  esac
}

probe organizer /api/organizer/staff
probe judge /api/judge/assignments

if [ -n "${AUTH_SETTINGS_URL:-}" ]; then
  settings=$(curl -s --max-time 60 "$AUTH_SETTINGS_URL" || true)
else
  settings=$(az rest --method get --url "https://management.azure.com/subscriptions/${AZURE_SUBSCRIPTION_ID:?}/resourceGroups/${AZURE_RESOURCE_GROUP:?}/providers/Microsoft.Web/sites/${FUNCTION_APP_NAME:?}/config/authsettingsV2?api-version=2024-04-01" || true)
fi
if ! printf '%s' "$settings" | node -e '
  let text = "";
  process.stdin.on("data", (chunk) => { text += chunk; }).on("end", () => {
    let properties;
    try { properties = JSON.parse(text).properties ?? {}; } catch { properties = null; }
    const problems = properties === null ? ["the authentication settings could not be read"] : [];
    if (properties) {
      const validation = properties.globalValidation ?? {};
      if (properties.platform?.enabled !== true) problems.push("the platform sign-in (App Service authentication) is off");
      if (validation.requireAuthentication !== true && !["Return401", "Return403"].includes(validation.unauthenticatedClientAction))
        problems.push(`unauthenticated callers are let through (${validation.unauthenticatedClientAction ?? "no action set"})`);
      if (properties.identityProviders?.azureStaticWebApps?.enabled !== true)
        problems.push("Static Web Apps is not its identity provider: the site is not linked to the app as its backend");
    }
    for (const problem of problems) console.error(`SIGN-IN CHECK FAILED: ${problem}`);
    process.exit(problems.length ? 1 : 0);
  });'; then
  failed=1
fi

if [ "$failed" -ne 0 ]; then
  echo "The Functions app trusts callers it should not. Do not open the site: see README, \"The sign-in check\"." >&2
  exit 1
fi
echo "sign-in check: the Functions app answers only through Static Web Apps"
