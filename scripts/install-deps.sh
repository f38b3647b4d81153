#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the tests and screenshots need; skips what is there.
# A CJK font is always installed: without one the Chinese interface shows empty boxes.
# WC_WITH_DISPLAY_TOOLS=1 adds what screenshots need, WC_WITH_PACKAGE_TOOLS=1 what the package
# test needs (scripts/package-test.sh sets it).
set -euo pipefail
packages=(cmake ninja-build qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n qt6-svg-dev libqt6sql6-sqlite libgl-dev fonts-wqy-microhei libsqlite3-dev
          clang-15)  # clang-15 brings the ASan/UBSan/libFuzzer runtimes (libclang-common-15-dev)
if [ "${WC_WITH_DISPLAY_TOOLS:-0}" = 1 ]; then
    packages+=(xvfb xauth imagemagick)
fi
if [ "${WC_WITH_PACKAGE_TOOLS:-0}" = 1 ]; then
    packages+=(dpkg-dev desktop-file-utils appstream lintian)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
