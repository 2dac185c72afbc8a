#!/bin/sh
# Renders the main window on the built-in demo cluster under a virtual X server and saves it as
# the README's screenshot.
#   packaging/make-screenshot.sh [BUILD_DIR] [OUTPUT.png]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
out=${2:-"$here/resources/screenshots/main-window.png"}
console="$build/app/cstor-console"
. "$here/packaging/screenshot-common.sh"
screenshot_prepare make-screenshot "$console" "build the cstor-console target first" "$out"
XDG_CONFIG_HOME="$screenshot_home" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$console" --demo --demo-speed 5 --screenshot "$out"
echo "make-screenshot: wrote $out"
