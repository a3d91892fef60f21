#!/usr/bin/env bash
# Install kg with its test extras into ./.venv and run the whole test suite.
# The tests start the servers they need themselves (an ArcadeDB Bolt server from the
# arcadedb-embedded package); the browser tests need Debian's chromium, installed here when missing.
# Extra arguments go to pytest, e.g.  scripts/test.sh -m "not browser and not server"
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  else
    echo "chromium is missing and cannot be installed here: the browser tests will be skipped." >&2
  fi
fi
exec .venv/bin/python -m pytest "$@"
