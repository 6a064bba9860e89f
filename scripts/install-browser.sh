#!/usr/bin/env sh
# Installs Debian's Chromium for the browser end-to-end test (scripts/browser-test.ts).
# Idempotent: does nothing when /usr/bin/chromium is already there. Needs root (CI runs as root).
set -eu

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: must run as root to apt-get install chromium" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
/usr/bin/chromium --version
