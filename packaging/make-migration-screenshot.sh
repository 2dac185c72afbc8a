#!/bin/sh
# Renders the main window on the seed (demo) cluster while a replica moves between nodes, with
# the Charts dock showing the rebuild, and saves it as the README's second screenshot. The
# window is driven by the charts GUI test, which starts the migration through the engine.
#   packaging/make-migration-screenshot.sh [BUILD_DIR] [OUTPUT.png]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
out=${2:-"$here/resources/screenshots/migration-charts.png"}
test="$build/tests/gui_tst_charts"
. "$here/packaging/screenshot-common.sh"
screenshot_prepare make-migration-screenshot "$test" "build with -DCSTOR_BUILD_TESTS=ON" "$out"
HOME="$screenshot_home" CSTOR_SIM="$build/app/cstor-sim" CSTOR_CHART_SCREENSHOT="$out" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$test" rebuildChartFollowsTheSeedMigration capacityChartFollowsThePools >/dev/null
# The test writes the capacity tab beside it as <name>-capacity.png.
echo "make-migration-screenshot: wrote $out and ${out%.png}-capacity.png"
