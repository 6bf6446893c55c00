#!/usr/bin/env bash
# Runs every test project of the solution against a real Azurite started here, then prints one line
# "N passed, N failed, N skipped" summed over all projects. Exit code is non-zero when anything failed
# (a failed test, a build error, or a test project that crashed before writing its results).
#   scripts/test.sh                 all tests
#   scripts/test.sh --filter EXPR   passed to every `dotnet test` (e.g. --filter "FullyQualifiedName~Parser")
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
config="${CONFIGURATION:-Release}"
filter=()
if [[ "${1:-}" == "--filter" && -n "${2:-}" ]]; then filter=(--filter "$2"); fi

fail() { echo "$1" >&2; echo "0 passed, 1 failed"; exit 1; }

# Node tools (Azurite), exactly as locked.
if [[ ! -x node_modules/.bin/azurite || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null || fail "npm ci failed"
fi

# Debian's Chromium for the browser tests (installed when missing; never downloaded by Playwright).
scripts/chromium.sh >/dev/null || fail "Chromium is not available for the browser tests (scripts/chromium.sh)"

# Debian's jupyter nbconvert, pandas and matplotlib for the notebook test (installed when missing; never from PyPI).
scripts/notebook-deps.sh >/dev/null || fail "The notebook's Python packages are not available (scripts/notebook-deps.sh)"

# Restore in locked mode on CI (Directory.Build.props), then one build of the whole solution.
dotnet restore ProcurementInsight.sln --nologo -v quiet || fail "dotnet restore failed"
dotnet build ProcurementInsight.sln -c "$config" --no-restore --nologo -v quiet -clp:ErrorsOnly || fail "dotnet build failed"

# One Azurite for the whole run, stopped whatever happens.
export AZURITE_STATE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/pi-azurite-state.XXXXXX")"
scripts/azurite.sh start >/dev/null || fail "Azurite did not start"
trap 'scripts/azurite.sh stop >/dev/null 2>&1; rm -rf "$AZURITE_STATE_DIR"' EXIT
eval "$(scripts/azurite.sh env)"

results="$(mktemp -d "${TMPDIR:-/tmp}/pi-test-results.XXXXXX")"
status=0
passed=0; failed=0; skipped=0
for project in tests/*.Tests/*.csproj; do
  name="$(basename "$project" .csproj)"
  echo "== $name"
  dotnet test "$project" -c "$config" --no-build --nologo "${filter[@]}" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
  trx="$results/$name.trx"
  if [[ ! -f "$trx" ]]; then
    echo "   $name wrote no results: counted as one failure" >&2
    failed=$((failed + 1)); status=1; continue
  fi
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p="$(value passed)"; f="$(value failed)"; e="$(value error)"; t="$(value total)"; x="$(value executed)"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${t:-0} - ${x:-0}))
done
rm -rf "$results"

if (( failed > 0 )); then status=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
