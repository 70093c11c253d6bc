#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and the sanitizers, and runs each.
#
#   bash tests/fuzz/run.sh SECONDS [TARGET...]   every target (or those named)
#                                                for SECONDS each
#
# Exits non-zero when any target finds something: a crash, a leak, undefined
# behaviour, a broken invariant, an input that takes over 10 s. The input is
# then in build-fuzz/findings/TARGET/; replay it with
#   build-fuzz/tests/fuzz/TARGET FILE
# and make it a regression test in the normal suite.
#
# The build goes to build-fuzz/ beside tests/. New inputs go to
# build-fuzz/corpus/TARGET/ and are kept from run to run; the seeds in
# tests/fuzz/corpus/TARGET/ are read only, so a run never adds files there.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$here/build-fuzz"
all_targets=(fuzz_csvreader fuzz_numbers fuzz_header fuzz_regions fuzz_filter fuzz_open fuzz_figures)

# The compiler and runtimes (libclang-rt-14-dev has libFuzzer and the
# sanitizers, llvm-14 the symbolizer for readable stacks), and what Mirador's
# configure step asks for.
packages=(
    cmake ninja-build clang libclang-rt-14-dev llvm-14
    qt6-base-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev libsqlite3-dev
)

usage() {
    echo "usage: bash tests/fuzz/run.sh SECONDS [TARGET...]   (targets: ${all_targets[*]})" >&2
    exit 2
}

# shellcheck source=scripts/install-missing.sh
source "$here/scripts/install-missing.sh"

seconds=${1:-}
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $t "* ]] || usage
done

install_missing fuzz "${packages[@]}"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DMIRADOR_FUZZ=ON -DMIRADOR_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --parallel 2 --target "${targets[@]}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1
export LC_ALL=C LANG=C

passed=0
failed=0
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    findings="$build/findings/$t"
    log="$build/logs/$t.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    echo "fuzz: $t for ${seconds}s (log: $log)"
    status=0
    # The first folder receives new inputs; the seeds are only read.
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$corpus" "$here/tests/fuzz/corpus/$t" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$status" -eq 0 ]; then
        passed=$((passed + 1))
        echo "fuzz: $t: ${execs:-?} runs, nothing found"
    else
        failed=$((failed + 1))
        echo "fuzz: $t: FOUND something after ${execs:-?} runs (exit $status):" >&2
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*invariant broken|.*runtime error|artifact_prefix|Test unit written)' "$log" >&2 || tail -n 30 "$log" >&2
    fi
done

echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
