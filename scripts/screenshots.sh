#!/usr/bin/env bash
# Remakes the README's screenshots (resources/screenshots/) from the real windows under Xvfb:
# both languages, and the Spark page at scale 2.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
out=resources/screenshots
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1280x800x24" build/tests/wc_screenshots "$out"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2560x1600x24" build/tests/wc_screenshots "$out" --only-2x
rm -f "$out/spark-page-2x-zh_CN.png"
echo "Screenshots written to $out"
