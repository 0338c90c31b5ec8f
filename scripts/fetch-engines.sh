#!/usr/bin/env bash
# Installs the optional WCAG engines (--engine ibm, --engine htmlcs) from the npm registry into a
# cache folder, pinned, with their licence files (they stay inside each package folder:
# accessibility-checker-engine/ace.js.LICENSE.txt (Apache-2.0), html_codesniffer/licence.txt
# (BSD-3-Clause)). The checker reads them from there and never fetches anything at run time.
# Override the folder with CLINIC_CHECKER_ENGINES_CACHE (checker.browser.engines.base reads it).
set -euo pipefail
IBM="accessibility-checker-engine@4.0.34"
HTMLCS="html_codesniffer@2.5.1"
cache="${CLINIC_CHECKER_ENGINES_CACHE:-$HOME/.cache/clinic-checker/engines}"
stamp="$cache/.installed-$IBM-$HTMLCS"
if [ -f "$stamp" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "npm is needed to install the IBM and HTML_CodeSniffer engines; install with:" \
         "sudo apt-get install -y npm" >&2
    exit 1
  fi
  echo "Installing npm from Debian's packages..."
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm
fi
mkdir -p "$cache"
npm install --silent --no-audit --no-fund --no-save --prefix "$cache" "$IBM" "$HTMLCS"
for file in accessibility-checker-engine/ace.js accessibility-checker-engine/ace.js.LICENSE.txt \
            html_codesniffer/build/HTMLCS.js html_codesniffer/licence.txt; do
  [ -f "$cache/node_modules/$file" ] || { echo "missing after install: $file" >&2; exit 1; }
done
rm -f "$cache"/.installed-*
touch "$stamp"
echo "WCAG engines installed in $cache: $IBM, $HTMLCS"
