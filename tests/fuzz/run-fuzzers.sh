#!/bin/bash
# Builds the libFuzzer targets (clang, instrumented, in BUILD_DIR) when needed and runs each one
# for SECONDS_PER_TARGET on a copy of its seed corpus, two at a time. Exits non-zero when any
# target found a crash, a leak, a timeout or ran out of memory; the input that did it is kept
# in BUILD_DIR/fuzz-artifacts/<target>/.
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET (20)] [TARGET...]
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]" >&2
    exit 2
fi
build=$1
seconds=${2:-20}
shift $(($# < 2 ? $# : 2))
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
corpus_dir="$source_dir/tests/fuzz/corpus"
cxx=${CXX_FUZZ:-clang++-14}

if ! grep -qs '^CSTOR_BUILD_FUZZERS:BOOL=ON' "$build/CMakeCache.txt"; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCSTOR_BUILD_TESTS=OFF -DCSTOR_BUILD_FUZZERS=ON
fi
ninja -C "$build" -j2 fuzzers

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for dir in "$corpus_dir"/*/; do
        targets+=("$(basename "$dir")")
    done
fi

# Stack traces with function names and lines.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/bin/llvm-symbolizer-14 ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
fi
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_one() {
    local name=$1
    local binary="$build/tests/fuzz/fuzz_$name"
    local artifacts="$build/fuzz-artifacts/$name/"
    mkdir -p "$work/$name" "$artifacts"
    # A copy: what the run discovers does not grow the checked-in corpus.
    cp -r "$corpus_dir/$name" "$work/$name/corpus"
    local status=0
    "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts" "$work/$name/corpus" >"$work/$name/log" 2>&1 || status=$?
    local runs cov rate
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name/log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$name/log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$work/$name/log" | tail -1 | cut -d' ' -f2)
    local result=ok
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status)"
        {
            echo "=== $name: last lines of the log"
            grep -v '^#[0-9]' "$work/$name/log" | tail -40
            echo "=== $name: the input is in $artifacts"
        } >"$work/$name/failure"
    fi
    printf '%-16s runs %-9s exec/s %-7s coverage %-6s %s\n' "$name" "${runs:-?}" "${rate:-?}" \
        "${cov:-?}" "$result" >"$work/$name/summary"
    return "$status"
}

failed=0
running=0
for name in "${targets[@]}"; do
    if [ ! -x "$build/tests/fuzz/fuzz_$name" ]; then
        echo "no fuzz target fuzz_$name in $build" >&2
        exit 2
    fi
    run_one "$name" &
    running=$((running + 1))
    if [ "$running" -ge 2 ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done

for name in "${targets[@]}"; do
    cat "$work/$name/summary"
done
for name in "${targets[@]}"; do
    if [ -f "$work/$name/failure" ]; then
        cat "$work/$name/failure"
    fi
done
exit "$failed"
