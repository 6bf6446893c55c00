#!/bin/sh
# azd preprovision hook (azure.yaml): the survey link signing key and opt-out key must exist before anything is deployed,
# or the survey would start switched off. azd passes its environment's values as environment variables.
#   - SURVEY_TOKEN_SIGNING_KEY set: it must be base64 of at least 32 bytes, else provisioning stops here.
#   - not set, but the vault already holds survey-token-signing-key (set or rotated by hand): kept as it is.
#   - neither: a new random key is generated and saved in the azd environment; Bicep writes it to Key Vault.
# Missing HILMA or SMTP secrets only warn: those features stay off (GET /api/health says so) until set.
set -eu

# ensure_key VARIABLE SECRET LABEL: the key in VARIABLE must be base64 of at least 32 bytes; when unset, a key the
# vault already holds is kept; else a new one is generated into the azd environment for Bicep to write.
ensure_key() {
  variable="$1"; secret_name="$2"; label="$3"
  eval "key=\"\${$variable:-}\""
  if [ -n "$key" ]; then
    if printf '%s' "$key" | base64 -d >/dev/null 2>&1; then
      bytes="$(printf '%s' "$key" | base64 -d | wc -c | tr -d ' ')"
    else
      bytes=0
    fi
    if [ "$bytes" -lt 32 ]; then
      echo "$variable is not base64 of at least 32 bytes. Set a new one with" >&2
      echo "  azd env set $variable \"\$(openssl rand -base64 32)\"" >&2
      echo "or remove it (azd env set $variable '') to have one generated. Nothing was deployed." >&2
      exit 1
    fi
    echo "$label: taken from the azd environment."
  elif [ -n "${AZURE_KEY_VAULT_NAME:-}" ] && command -v az >/dev/null 2>&1 \
    && az keyvault secret show --vault-name "$AZURE_KEY_VAULT_NAME" --name "$secret_name" --query id -o tsv >/dev/null 2>&1; then
    echo "$label: $AZURE_KEY_VAULT_NAME already holds $secret_name; it is kept."
  else
    if command -v openssl >/dev/null 2>&1; then
      key="$(openssl rand -base64 32)"
    else
      key="$(head -c 32 /dev/urandom | base64)"
    fi
    azd env set "$variable" "$key" >/dev/null
    echo "$label: generated and saved in the azd environment (.azure/<environment>/.env: keep .azure/ out of git);"
    echo "provisioning writes it to Key Vault as $secret_name."
  fi
}

ensure_key SURVEY_TOKEN_SIGNING_KEY survey-token-signing-key "Survey signing key"
# The opt-out key is never rotated (opted-out addresses are stored under it): once in the vault it is kept.
ensure_key SURVEY_OPT_OUT_KEY survey-opt-out-key "Survey opt-out key"

if [ -z "${HILMA_SUBSCRIPTION_KEY:-}" ]; then
  echo "Note: HILMA_SUBSCRIPTION_KEY is not set. Unless hilma-subscription-key is already in the vault, the scheduled"
  echo "harvest stays off until you set it (infra/README.md, Secrets); the rest of the app runs."
fi
if [ -z "${SMTP_USER_NAME:-}" ]; then
  echo "Note: SMTP_USER_NAME is not set. Unless smtp-user-name and smtp-password are already in the vault, survey"
  echo "e-mail is held until you set them; invitations stay due."
fi
