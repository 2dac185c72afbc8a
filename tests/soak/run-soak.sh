#!/bin/sh
# The soak: the console's migration engine against cstor-sim under churn and faults with a stream
# of moves, for simulated hours (tests/soak/tst_soak.cpp says what it checks). Prints its report:
# moves done, rolled back, failed; invariant breaks; resident memory and open descriptors over
# time, with their spread after the warm-up.
# Usage: tests/soak/run-soak.sh [--full] [BUILD_DIR]
#   without --full: the form ctest runs (40 simulated minutes at speed 60, under a minute);
#   --full: 8 simulated hours at speed 40 (12 minutes).
#   CSTOR_SOAK_MINUTES, CSTOR_SOAK_SPEED and CSTOR_SOAK_SEED override either.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
full=
if [ "${1:-}" = "--full" ]; then
    full=1
    shift
fi
build=${1:-${CSTOR_BUILD_DIR:-$here/build}}
cmake --build "$build" --target cstor-soak-console soak_tst_soak
if [ -n "$full" ]; then
    export CSTOR_SOAK_MINUTES="${CSTOR_SOAK_MINUTES:-480}" CSTOR_SOAK_SPEED="${CSTOR_SOAK_SPEED:-40}"
fi
export CSTOR_SOAK_CONSOLE="$build/tests/cstor-soak-console"
# Qt Test's watchdog ends a test function after 5 minutes unless told otherwise (milliseconds).
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-7200000}"
exec "$build/tests/soak_tst_soak" -maxwarnings 0
