#!/usr/bin/env bash
# Makes sure a headless Chromium is available for the HTML-report test (test/cli/html.test.ts).
# playwright-core never downloads browsers here (no network but the package registries), so we use Debian's.
set -euo pipefail

CHROMIUM="${GOVLINT_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo present) at $CHROMIUM"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium missing and apt-get unavailable: the HTML browser test will be skipped" >&2
  exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
# A failed install is reported, not fatal here: the HTML test itself fails in CI without a browser and skips elsewhere.
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null; }; then
  echo "chromium could not be installed: the HTML browser test cannot run" >&2
  exit 0
fi
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
