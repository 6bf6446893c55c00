#!/usr/bin/env bash
# Makes sure the analysts' notebook (notebooks/share-over-time.ipynb) can run headless: Debian's jupyter
# nbconvert with an ipykernel, pandas and matplotlib on /usr/bin/python3 (NotebookTests runs it). Installs the
# Debian packages when missing, as root or through sudo; nothing comes from PyPI. Prints the jupyter path;
# exits non-zero when the packages cannot be had.
set -uo pipefail
jupyter=/usr/bin/jupyter
python=/usr/bin/python3
packages=(python3-pandas python3-matplotlib python3-nbformat python3-nbconvert jupyter-nbconvert python3-ipykernel)
ready() {
  [[ -x "$jupyter" && -x "$python" ]] && "$python" -c "import pandas, matplotlib, nbformat, nbconvert, ipykernel" >/dev/null 2>&1
}
if ready; then echo "$jupyter"; exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The notebook's packages are missing and this machine has no apt-get: install ${packages[*]} (or their equivalents for $python)." >&2; exit 1
fi
as_root=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo -n); else
    echo "The notebook's packages are missing; run as root or install them: apt-get install ${packages[*]}" >&2; exit 1
  fi
fi
echo "Installing Debian's notebook packages (pandas, matplotlib, nbconvert, ipykernel)…" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >/dev/null 2>&1 || true
if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null 2>&1; then
  echo "apt-get install ${packages[*]} failed: the notebook test cannot run." >&2; exit 1
fi
if ! ready; then
  echo "The packages are installed but $python cannot import pandas, matplotlib, nbformat, nbconvert and ipykernel." >&2; exit 1
fi
echo "$jupyter"
