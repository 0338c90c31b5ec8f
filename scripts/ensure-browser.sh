#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver when they are missing. Never downloads a browser
# build of its own: Selenium Manager cannot work offline, and the checker always names the driver.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "clinic-checker needs ${missing[*]}; install with: sudo apt-get update && sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian's packages..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
