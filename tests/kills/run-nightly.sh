#!/bin/sh
# The kill tests at nightly strength: kill -9 of cstor-console at random points of single moves
# (kubectl/tst_movekills), of a plan of many moves (kubectl/tst_queuekills) and of the window
# (kubectl/tst_guikills), many more times than CI does, from a new seed each night unless
# CSTOR_KILL_SEED is set. Each test prints its seed and kill points; replay a failure with
# CSTOR_KILL_SEED=<seed> and the same counts. Runs under Xvfb with a private D-Bus session and
# keyring, as tests/run-tests.sh does.
# Usage: tests/kills/run-nightly.sh [BUILD_DIR]
#   CSTOR_MOVE_KILLS (default 200), CSTOR_KILLS (plan, default 100), CSTOR_GUI_KILLS (default 60)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-${CSTOR_BUILD_DIR:-$here/build}}
if [ -z "${CSTOR_TEST_SESSION:-}" ]; then
    cmake --build "$build" --target cstor-console cstor-sim kubectl_tst_movekills \
        kubectl_tst_queuekills kubectl_tst_guikills
    export CSTOR_TEST_SESSION=1
    exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- "$0" "$build"
fi
HOME=$(mktemp -d)
export HOME
mkdir -p "$HOME/.local/share/keyrings"
eval "$(printf 'test-keyring' | gnome-keyring-daemon --unlock --daemonize --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
export QT_QPA_PLATFORM=xcb
export CSTOR_CONSOLE="$build/app/cstor-console" CSTOR_SIM="$build/app/cstor-sim" CSTOR_SOURCE_DIR="$here"
export CSTOR_KILL_SEED="${CSTOR_KILL_SEED:-$(date +%s | cut -c4-)}"
export CSTOR_MOVE_KILLS="${CSTOR_MOVE_KILLS:-200}" CSTOR_KILLS="${CSTOR_KILLS:-100}"
export CSTOR_GUI_KILLS="${CSTOR_GUI_KILLS:-60}"
# Qt Test's watchdog ends a test function after 5 minutes unless told otherwise (milliseconds).
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-14400000}"
echo "kill seed $CSTOR_KILL_SEED: $CSTOR_MOVE_KILLS single-move, $CSTOR_KILLS plan, $CSTOR_GUI_KILLS window kills"
status=0
for test in movekills queuekills guikills; do
    echo "== kubectl/tst_$test ($(date -u +%H:%M:%S))"
    "$build/tests/kubectl_tst_$test" || status=1
done
rm -rf "$HOME"
exit $status
