#!/usr/bin/env bash
# Installs what is missing, builds, and opens the app (extra arguments go to the app).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/workspace-console "$@"
