#!/usr/bin/env bash
# Makes the virtual environment on the Python of .python-version (pyenv when present).
set -euo pipefail
want="$1"; venv="$2"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import sys; exit(0 if sys.version.startswith('$want') else 1)"; then
  exit 0
fi
py=""
if command -v pyenv >/dev/null 2>&1; then
  prefix=$(pyenv prefix "$want" 2>/dev/null || pyenv prefix "$(pyenv versions --bare | grep -E "^$want" | tail -n1)" 2>/dev/null || true)
  [ -n "$prefix" ] && [ -x "$prefix/bin/python3" ] && py="$prefix/bin/python3"
fi
[ -z "$py" ] && command -v "python$want" >/dev/null 2>&1 && py=$(command -v "python$want")
if [ -z "$py" ]; then
  echo "Python $want not found: install it (pyenv install $want, or apt-get install python$want python$want-venv)" >&2
  exit 1
fi
rm -rf "$venv"
"$py" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
