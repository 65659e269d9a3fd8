#!/usr/bin/env bash
# Installs the system packages hocvu builds against (Debian/Ubuntu), if missing.
set -euo pipefail
if pkg-config --exists libcmark 2>/dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends libcmark-dev pkg-config
