#!/usr/bin/env bash
# Makes sure the explorer's browser tests (graph-service web/*IT) have Debian's headless Chromium
# and its ChromeDriver. Run by the graph-service build before its integration tests, so that
# `./mvnw verify` passes on a fresh machine: silent when they are there (or PAPERGRAPH_CHROMIUM
# and PAPERGRAPH_CHROMEDRIVER point at them), installs them with apt-get when it can (root, or
# sudo without a password), and otherwise stops the build with one sentence saying what to do.
set -euo pipefail

chromium="${PAPERGRAPH_CHROMIUM:-/usr/bin/chromium}"
chromedriver="${PAPERGRAPH_CHROMEDRIVER:-/usr/bin/chromedriver}"
if [[ -x "$chromium" && -x "$chromedriver" ]]; then
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "provision-browser: the explorer's browser tests need $chromium and $chromedriver; install them with" \
       "'sudo apt-get install -y chromium chromium-driver' (or set PAPERGRAPH_CHROMIUM and PAPERGRAPH_CHROMEDRIVER)," \
       "then run ./mvnw verify again" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "provision-browser: the explorer's browser tests need $chromium and $chromedriver, and there is no apt-get" \
       "to install them; install Chromium and its ChromeDriver and set PAPERGRAPH_CHROMIUM and PAPERGRAPH_CHROMEDRIVER" >&2
  exit 1
fi

echo "provision-browser: installing Debian's chromium and chromium-driver for the browser tests (once)..." >&2
log="$(mktemp)"
if ! { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
       --no-install-recommends chromium chromium-driver; } >"$log" 2>&1; then
  echo "provision-browser: 'apt-get install chromium chromium-driver' failed; its last lines:" >&2
  tail -n 5 "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  echo "provision-browser: apt-get installed chromium and chromium-driver, yet /usr/bin/chromium or" \
       "/usr/bin/chromedriver is missing" >&2
  exit 1
fi
