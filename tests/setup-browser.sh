#!/usr/bin/env bash
# Installs Debian's headless Chromium and its driver for the browser tests, when missing.
# Needs root (apt-get); without it the browser tests skip and say why.
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-browser: chromium/chromedriver missing and cannot apt-get install them (not root or no apt-get)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null \
  || echo "setup-browser: apt-get install chromium chromium-driver failed" >&2
exit 0
