#!/usr/bin/env bash
# Builds everything with clang, ASan and UBSan into build-asan (WC_SANITIZE; the libFuzzer
# targets come with it) and runs the test suite there. The first finding stops its test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-15 \
      -DWC_SANITIZE=ON "${launcher[@]}" >/dev/null
cmake --build build-asan --parallel 2
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan-system.supp
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/ubsan-qt.supp
# Readable stack traces when a symbolizer is installed (any LLVM version reads clang-15's output).
symbolizer=$(command -v llvm-symbolizer-15 || command -v llvm-symbolizer || true)
[ -z "$symbolizer" ] || export ASAN_SYMBOLIZER_PATH="$symbolizer"
cd build-asan
ctest -LE benchmark --output-on-failure --parallel 2 --timeout 900
