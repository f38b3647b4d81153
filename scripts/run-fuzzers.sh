#!/usr/bin/env bash
# Runs every libFuzzer target of a build directory (default build-asan) over its committed corpus
# (tests/fuzz/corpus/<target>/) for a fixed number of runs; any crash, sanitizer finding or
# failed check stops with the reproducer written to <build>/fuzz-artifacts/.
# WC_FUZZ_RUNS overrides the number of runs per target.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
runs=${WC_FUZZ_RUNS:-20000}
corpus_root=tests/fuzz/corpus
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan-system.supp
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/ubsan-qt.supp
symbolizer=$(command -v llvm-symbolizer-15 || command -v llvm-symbolizer || true)
[ -z "$symbolizer" ] || export ASAN_SYMBOLIZER_PATH="$symbolizer"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    target_runs=$runs
    # Opening a database writes and syncs a file per input: fewer runs keep it at seconds.
    [ "$name" = fuzz_database_open ] && target_runs=$(( runs / 10 ))
    # Up to 4 KB of tag lines validated row by row is the slowest rule per input.
    [ "$name" = fuzz_tags ] && target_runs=$(( runs / 4 ))
    # New inputs go to a scratch copy so the committed corpus stays small and reviewed.
    work="$build/fuzz-corpus/$name"
    mkdir -p "$work"
    start=$(date +%s)
    if ! "$fuzzer" -runs="$target_runs" -seed=1 -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$artifacts/$name-" -print_final_stats=0 "$work" "$corpus_root/$name" \
            >"$artifacts/$name.log" 2>&1; then
        tail -n 60 "$artifacts/$name.log"
        echo "FUZZ FAILED: $name (log and reproducer in $artifacts)"
        exit 1
    fi
    echo "fuzz $name: $target_runs runs, $(( $(date +%s) - start )) s"
done
