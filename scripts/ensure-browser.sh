#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium and the fonts that render Arabic-script and
# Ethiopic text. On Debian machines without Playwright's browser download (like CI here) it
# installs Debian's chromium and fonts-noto-core; elsewhere it tells you what to run.
set -euo pipefail

have_playwright_browser() {
  node -e "const { chromium } = require('@playwright/test'); require('fs').accessSync(chromium.executablePath())" 2>/dev/null
}

if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || have_playwright_browser; then
  missing_fonts=""
  if command -v dpkg >/dev/null 2>&1 && ! dpkg -s fonts-noto-core >/dev/null 2>&1; then missing_fonts="fonts-noto-core"; fi
  if [ -z "$missing_fonts" ]; then exit 0; fi
fi

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium and fonts-noto-core for the browser tests …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
  exit 0
fi

cat >&2 <<'MSG'
No browser for the tests was found.
  → Run `npx playwright install chromium` (or, on Debian/Ubuntu as root:
    `apt-get install chromium fonts-noto-core`), or set CHROMIUM_PATH to a Chromium binary.
MSG
exit 1
