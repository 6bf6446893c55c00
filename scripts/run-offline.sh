#!/usr/bin/env bash
# The main job end to end, offline: starts Azurite and a local mail server (MailDev), harvests one
# simulated HILMA year from the bundled simulator through the same client, parser and storage code as
# production, prints the run's counts and a few harvested notices, sends the follow-up survey of every
# innovative procurement to the local mail server and prints its counts, lets the simulator's procurement
# units answer the mailed surveys through the form of a local `serve` (as its response model decides), trains
# the share-estimate classifier, prints 2025's estimate beside the simulator's hidden true share and writes
# the analyst report, builds the broker's supplier profiles
# (enriched from the bundled company register simulator) and ranks suppliers for a sample need, then stops
# everything it started and removes their data. Simulator__* settings (e.g. Simulator__NewToMarketShare=0.1)
# change the simulated truth and respondents for the whole job.
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
serve_pid=""
stop_serve() {
  if [[ -n "$serve_pid" ]] && kill -0 "$serve_pid" 2>/dev/null; then
    kill -TERM "$serve_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$serve_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$serve_pid" 2>/dev/null || true
  fi
  serve_pid=""
}
trap 'stop_serve; scripts/maildev.sh stop >/dev/null 2>&1; scripts/azurite.sh stop >/dev/null 2>&1; rm -rf "$AZURITE_STATE_DIR" "$MAILDEV_STATE_DIR"' EXIT

# The survey links in the e-mails point at the local serve started below: on a free port, so a busy 7071
# does not matter, and set for the whole job so the links and the server agree.
serve_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
serve_url="http://127.0.0.1:$serve_port"
export Survey__LinkBaseUrl="$serve_url/api/"
# serve keeps the routes the function app keys (the answers export, estimates, notices, the broker view) behind
# a function key, as Azure does: one random key per run, sent in the x-functions-key header.
serve_key="$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
export Serve__FunctionKeys__default="$serve_key"
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
echo "Follow-up survey: the harvest queued every new contract and award notice; dispatch surveys every flagged"
echo "procedure and buyer and a random control sample of the unflagged ones, and sends one e-mail per address"
echo "over SMTP to the local MailDev:"
Survey__DispatchParallelism=16 "${cli[@]}" survey dispatch
echo
echo "Dispatching again sends nothing twice:"
"${cli[@]}" survey dispatch
echo
echo "MailDev received $(scripts/maildev.sh count) e-mails. Response rates so far (nobody has answered yet):"
"${cli[@]}" survey rates | awk '$1 == "by" || $1 == "sector" || $1 == "total"'
echo
echo "Simulated respondents open the links in the e-mails and answer through the survey form of a local serve"
echo "at $serve_url, as the simulator's response model decides (by sector, size and settings Simulator__Survey__*):"
# Only the form is needed: no HILMA or register simulator, and no timer job runs while it answers.
Hilma__UseSimulator=false Prh__UseSimulator=false HarvestNoticesSchedule="0 0 0 1 1 *" SendSurveyRemindersSchedule="0 0 0 1 1 *" \
  TrainClassifierSchedule="0 0 0 1 1 *" PublishEstimateSchedule="0 0 0 1 1 *" BuildSupplierProfilesSchedule="0 0 0 1 1 *" \
  "${cli[@]}" serve --urls "$serve_url" >"$MAILDEV_STATE_DIR/serve.log" 2>&1 &
serve_pid=$!
deadline=$((SECONDS + 90))
until curl -fsS -o /dev/null "$serve_url/api/health" 2>/dev/null; do
  if ! kill -0 "$serve_pid" 2>/dev/null; then echo "serve exited:" >&2; cat "$MAILDEV_STATE_DIR/serve.log" >&2; exit 1; fi
  if ((SECONDS > deadline)); then echo "serve did not answer at $serve_url within 90 s" >&2; exit 1; fi
  sleep 0.3
done
"${cli[@]}" survey simulate-responses --url "$serve_url/" --parallelism 8
echo "The answers export of serve, with this run's function key (without it serve answers 401, as the app does):"
echo "  $(curl -fsS -H "x-functions-key: $serve_key" "$serve_url/api/surveys/export" | wc -l) CSV lines;" \
  "without the key: HTTP $(curl -s -o /dev/null -w '%{http_code}' "$serve_url/api/surveys/export")"
stop_serve
"${cli[@]}" survey rates | awk '$1 == "by" || $1 == "sector" || $1 == "total"'
echo
echo "Share estimate: train the classifier on the harvested notices and the survey answers (the buyers' own"
echo "answers are the weak labels), then estimate 2025's innovative share against the 10 % target:"
"${cli[@]}" train
"${cli[@]}" estimate --year 2025 --definition market
echo
echo "The simulator's hidden truth for the same year and definition, to hold the estimate against:"
"${cli[@]}" simulator truth --year 2025 --definition market
report="$(mktemp -d "${TMPDIR:-/tmp}/pi-report.XXXXXX")"
"${cli[@]}" report --year 2025 --out "$report" >/dev/null && echo "Analyst report with charts: $report/index.html"
echo
echo "Innovation broker: supplier profiles from the result notices' winners, enriched from the company register"
echo "(the bundled register simulator), then the suppliers ranked for a buyer's need, with the evidence:"
"${cli[@]}" broker build-profiles
"${cli[@]}" match --need "Hissien huolto ja kunnossapito kouluille ja päiväkodeille" --region FI1B1 --top 5
