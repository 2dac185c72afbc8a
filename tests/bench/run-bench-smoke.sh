#!/bin/sh
# Proves that cstor-bench works, on a small generated cluster: one run, a few seconds of status
# updates at each rate. Figures are printed, never checked (timings are not pass/fail here).
# Usage: tests/bench/run-bench-smoke.sh BUILD_DIR
set -eu
if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
QT_QPA_PLATFORM=offscreen "$build/tests/bench/cstor-bench" --sim "$build/app/cstor-sim" \
    --small --runs 1 --phase-seconds 2 --churn-seconds 3 --json "$out/bench.json"
# The JSON holds every figure with its samples.
grep -q '"sync_paint_ms"' "$out/bench.json"
grep -q '"drop_to_patch_ms"' "$out/bench.json"
echo "cstor-bench smoke run: OK"
