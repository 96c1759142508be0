#!/usr/bin/env bash
# Make a fresh machine ready, and do nothing on a ready one: Debian's Chromium and Firefox ESR, then the npm packages.
# Called by `npm run demo` and `npm test`, so each is one command on a new machine. No test tool downloads a browser.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
# A font with every Urdu, Pashto and Dari letter: without one, headless browsers break Arabic-script words apart.
dpkg -s fonts-sil-scheherazade >/dev/null 2>&1 || need+=(fonts-sil-scheherazade)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: ${need[*]} missing; install them with: apt-get install -y ${need[*]} (as root)" >&2
    exit 1
  fi
  echo "setup: installing ${need[*]} from Debian"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
