#!/usr/bin/env bash
# Installs Debian packages for a test dependency, as root or through sudo (never from another registry).
#   scripts/apt-install.sh "what needs them" package…
# Exits non-zero, saying why, when apt-get is missing, there is no way to root, or the install fails.
set -uo pipefail
purpose="$1"; shift
packages=("$@")
if ! command -v apt-get >/dev/null 2>&1; then
  echo "$purpose needs ${packages[*]} and this machine has no apt-get: install them (or their equivalents)." >&2; exit 1
fi
as_root=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo -n); else
    echo "$purpose needs ${packages[*]}; run as root or install them: apt-get install ${packages[*]}" >&2; exit 1
  fi
fi
echo "Installing Debian's ${packages[*]} ($purpose)…" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >/dev/null 2>&1 || true
if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null 2>&1; then
  echo "apt-get install ${packages[*]} failed: $purpose cannot run." >&2; exit 1
fi
