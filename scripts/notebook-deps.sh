#!/usr/bin/env bash
# Makes sure the analysts' notebook (notebooks/share-over-time.ipynb) can run headless: Debian's jupyter
# nbconvert with an ipykernel, pandas and matplotlib on /usr/bin/python3 (NotebookTests runs it). Installs the
# Debian packages when missing, as root or through sudo (scripts/apt-install.sh); nothing comes from PyPI.
# Prints the jupyter path; exits non-zero when the packages cannot be had.
set -uo pipefail
jupyter=/usr/bin/jupyter
python=/usr/bin/python3
ready() {
  [[ -x "$jupyter" && -x "$python" ]] && "$python" -c "import pandas, matplotlib, nbformat, nbconvert, ipykernel" >/dev/null 2>&1
}
if ! ready; then
  "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" "the notebook test" \
    python3-pandas python3-matplotlib python3-nbformat python3-nbconvert jupyter-nbconvert python3-ipykernel || exit 1
  if ! ready; then
    echo "The notebook's packages are installed but $python cannot import pandas, matplotlib, nbformat, nbconvert and ipykernel." >&2; exit 1
  fi
fi
echo "$jupyter"
