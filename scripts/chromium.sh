#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests (Playwright drives it;
# no browser is ever downloaded). Installs the `chromium` package when it is missing, as root or
# through sudo (scripts/apt-install.sh). Prints the path; exits non-zero when Chromium cannot be had.
set -uo pipefail
chromium=/usr/bin/chromium
if [[ ! -x "$chromium" ]]; then
  "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" "the survey's browser test" chromium || exit 1
fi
[[ -x "$chromium" ]] && echo "$chromium"
