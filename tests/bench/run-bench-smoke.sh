#!/bin/sh
# Proves that cstor-bench works, on a small generated cluster: two runs (each a process of its
# own), a few seconds of status updates at each rate, and a month of 30 pools' capacity history
# in Prometheus (first run). Figures are printed, never checked (timings are not pass/fail here).
# Usage: tests/bench/run-bench-smoke.sh BUILD_DIR
set -eu
if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
QT_QPA_PLATFORM=offscreen "$build/tests/bench/cstor-bench" --sim "$build/app/cstor-sim" \
    --small --runs 2 --phase-seconds 2 --churn-seconds 3 --history-pools 30 --json "$out/bench.json" \
    2>"$out/log" || status=$?
cat "$out/log" >&2
[ "$status" -eq 0 ]
# Each run is a process of its own; the JSON holds every figure with its samples.
[ "$(grep -c 'synced: models' "$out/log")" -eq 2 ]
grep -q '"runs": 2' "$out/bench.json"
grep -q '"sync_paint_ms"' "$out/bench.json"
grep -q '"drop_to_patch_ms"' "$out/bench.json"
grep -q '"forecast_first_paint_ms"' "$out/bench.json"
grep -q 'forecast: 30 pools' "$out/log"
echo "cstor-bench smoke run: OK"
