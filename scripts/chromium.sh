#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests (Playwright drives it;
# no browser is ever downloaded). Installs the `chromium` package when it is missing, as root or
# through sudo. Prints the path; exits non-zero when Chromium cannot be had.
set -uo pipefail
chromium=/usr/bin/chromium
if [[ -x "$chromium" ]]; then echo "$chromium"; exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is not at $chromium and this machine has no apt-get: install Chromium there." >&2; exit 1
fi
as_root=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo -n); else
    echo "Chromium is not at $chromium; run as root or install it: apt-get install chromium" >&2; exit 1
  fi
fi
echo "Installing Debian's chromium package (browser tests)…" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >/dev/null 2>&1 || true
if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; then
  echo "apt-get install chromium failed: the survey's browser test cannot run." >&2; exit 1
fi
[[ -x "$chromium" ]] && echo "$chromium"
