#!/bin/sh
# Builds cStor Console and runs the whole test suite the way CI does: real windows under Xvfb,
# a private D-Bus session with an unlocked gnome-keyring, real kubectl against cstor-sim.
# Usage: tests/run-tests.sh [extra ctest arguments, e.g. -L unit]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${CSTOR_BUILD_DIR:-$here/build}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCSTOR_BUILD_TESTS=ON ${CSTOR_CMAKE_ARGS:-}
cmake --build "$build"
if [ -z "${CSTOR_TEST_SESSION:-}" ]; then
    export CSTOR_TEST_SESSION=1
    exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- "$0" "$@"
fi
# A fresh HOME so that no kubeconfig, keyring or setting of the person running this leaks in.
HOME=$(mktemp -d)
export HOME
mkdir -p "$HOME/.local/share/keyrings"
eval "$(printf 'test-keyring' | gnome-keyring-daemon --unlock --daemonize --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
export QT_QPA_PLATFORM=xcb
cd "$build"
status=0
ctest --output-on-failure --timeout 600 -j2 "$@" || status=$?
rm -rf "$HOME"
exit $status
