#!/usr/bin/env bash
# The main job end to end, offline: starts Azurite and a local mail server (MailDev), harvests one
# simulated HILMA year from the bundled simulator through the same client, parser and storage code as
# production, prints the run's counts and a few harvested notices, sends the follow-up survey of every
# innovative procurement to the local mail server and prints its counts, trains the share-estimate
# classifier, prints 2025's estimate and writes the analyst report, builds the broker's supplier profiles
# (enriched from the bundled company register simulator) and ranks suppliers for a sample need, then stops
# both and removes their data.
#   scripts/run-offline.sh [harvest options...]    e.g. --from 2025-03-01 --to 2025-04-01
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

if [[ ! -x node_modules/.bin/azurite || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "Installing the pinned Azurite (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
echo "Building..."
dotnet build src/ProcurementInsight.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
cli=(dotnet "src/ProcurementInsight.Cli/bin/Release/net10.0/procurement-insight.dll")

export AZURITE_STATE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/pi-azurite-state.XXXXXX")"
export MAILDEV_STATE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/pi-maildev-state.XXXXXX")"
trap 'scripts/maildev.sh stop >/dev/null 2>&1; scripts/azurite.sh stop >/dev/null 2>&1; rm -rf "$AZURITE_STATE_DIR" "$MAILDEV_STATE_DIR"' EXIT
scripts/azurite.sh start
scripts/maildev.sh start
eval "$(scripts/azurite.sh env)"
eval "$(scripts/maildev.sh env)"
export Storage__ConnectionString="$PI_STORAGE_CONNECTION_STRING"

if (( $# == 0 )); then set -- --from 2025-01-01 --to 2026-01-01; fi
"${cli[@]}" harvest "$@"
echo
echo "Harvesting the same range again creates nothing new:"
"${cli[@]}" harvest --quiet "$@"
echo
echo "Five notices whose buyers reported innovation:"
"${cli[@]}" notice list --innovative --top 5
echo
echo "Follow-up survey: the harvest queued every new notice with an innovation signal; dispatch creates one"
echo "invitation per procedure and buyer and sends it over SMTP to the local MailDev:"
Survey__DispatchParallelism=16 "${cli[@]}" survey dispatch
echo
echo "Dispatching again sends nothing twice:"
"${cli[@]}" survey dispatch
echo
echo "MailDev received $(scripts/maildev.sh count) e-mails. Response rates so far (nobody has answered yet):"
"${cli[@]}" survey rates | awk '$1 == "by" || $1 == "sector" || $1 == "total"'
echo
echo "Share estimate: train the classifier on the harvested notices (the buyers' own answers are the labels"
echo "until survey answers arrive), then estimate 2025's innovative share against the 10 % target:"
"${cli[@]}" train
"${cli[@]}" estimate --year 2025 --definition market
report="$(mktemp -d "${TMPDIR:-/tmp}/pi-report.XXXXXX")"
"${cli[@]}" report --year 2025 --out "$report" >/dev/null && echo "Analyst report with charts: $report/index.html"
echo
echo "Innovation broker: supplier profiles from the result notices' winners, enriched from the company register"
echo "(the bundled register simulator), then the suppliers ranked for a buyer's need, with the evidence:"
"${cli[@]}" broker build-profiles
"${cli[@]}" match --need "Hissien huolto ja kunnossapito kouluille ja päiväkodeille" --region FI1B1 --top 5
