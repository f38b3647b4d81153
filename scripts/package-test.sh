#!/usr/bin/env bash
# Builds the .deb from build/, unpacks it into a temporary folder and checks what a user would
# install: the menu entry (desktop-file-validate), the AppStream metainfo (appstreamcli), the
# package itself (lintian, failing on errors), and that the installed binary starts (--version).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build}
WC_WITH_PACKAGE_TOOLS=1 scripts/install-deps.sh
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

cmake --build "$build" --parallel 2 --target workspace-console wc_desktop_files
rm -f "$build"/workspace-console_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/workspace-console_*.deb)
echo "package: $deb"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
dpkg-deb -f "$deb" Package Version Depends Recommends

app_id=io.github.workspaceconsole.WorkspaceConsole
expect=(usr/bin/workspace-console
        usr/share/applications/$app_id.desktop
        usr/share/metainfo/$app_id.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/$app_id.svg
        usr/share/icons/hicolor/16x16/apps/$app_id.png
        usr/share/icons/hicolor/256x256/apps/$app_id.png
        usr/share/man/man1/workspace-console.1.gz
        usr/share/doc/workspace-console/copyright)
for f in "${expect[@]}"; do
    [ -e "$tmp/root/$f" ] || { echo "missing from the package: /$f" >&2; exit 1; }
done

depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6sql6-sqlite libqt6svg6; do
    grep -q "$d" <<<"$depends" || { echo "Depends lacks $d: $depends" >&2; exit 1; }
done
grep -q fonts-wqy-microhei <<<"$(dpkg-deb -f "$deb" Recommends)" || { echo "no CJK font in Recommends" >&2; exit 1; }

desktop-file-validate "$tmp/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$tmp/root/usr/share/metainfo/$app_id.metainfo.xml"
man -l "$tmp/root/usr/share/man/man1/workspace-console.1.gz" >/dev/null 2>&1 \
    || zcat "$tmp/root/usr/share/man/man1/workspace-console.1.gz" | grep -q '^\.TH'

lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
[ -z "$lintian_out" ] || echo "$lintian_out"
if grep -q '^E:' <<<"$lintian_out"; then
    echo "lintian reports errors" >&2
    exit 1
fi

mkdir -m 700 "$tmp/xdg"
version=$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$tmp/xdg" "$tmp/root/usr/bin/workspace-console" --version)
echo "installed binary: $version"
expected=$(sed -n 's/^project(WorkspaceConsole VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
grep -q "$expected" <<<"$version" || { echo "expected version $expected" >&2; exit 1; }
echo "package test passed"
