#!/bin/sh
# Renders the main window on the built-in demo cluster under a virtual X server and saves it as
# the README's screenshot.
#   packaging/make-screenshot.sh [BUILD_DIR] [OUTPUT.png]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
out=${2:-"$here/resources/screenshots/main-window.png"}
console="$build/app/cstor-console"
if [ ! -x "$console" ]; then
    echo "make-screenshot: $console not found; build the cstor-console target first" >&2
    exit 1
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "make-screenshot: xvfb-run not found (Debian package xvfb)" >&2
    exit 1
fi
mkdir -p "$(dirname "$out")"
# A settings directory of its own, so that the picture does not depend on a saved layout.
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
XDG_CONFIG_HOME="$settings" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$console" --demo --demo-speed 5 --screenshot "$out"
echo "make-screenshot: wrote $out"
