#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (CTest; widgets offscreen).
# The benchmark runs first and prints its report (it never fails on time); then the test suite.
# The million-step invariant run (label "long", about half an hour) is left out: ctest -L long -V
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd build
ctest -L benchmark -LE long --output-on-failure -V --timeout 600 | sed -n '/Workspace list benchmark/,/Benchmark took/p'
ctest -LE benchmark --output-on-failure --parallel 2 --timeout 600
