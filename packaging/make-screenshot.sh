#!/bin/sh
# Renders the README's pictures under a virtual X server at 1280x800:
#   main-window.png          the main window on the built-in demo cluster;
#   overview-1000-nodes.png  a generated cluster of 1,000 nodes in three zones, one node lost;
#   evacuation.png, evacuation-plan.png
#                            the Evacuate dialog with two nodes ticked, and the plan it makes
#                            (driven by gui/tst_mainwindowmoves);
#   health-dock.png          a lost node's findings in the Health dock (driven by
#                            gui/tst_healthdock);
#   capacity-forecast.png    the pools' read-only dates and the forecast chart on a month of
#                            simulated history in a real Prometheus (driven by gui/tst_forecast).
#   packaging/make-screenshot.sh [BUILD_DIR] [OUTPUT_DIR]
# With OUTPUT.png in place of OUTPUT_DIR, only the main window, into that file.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
out=${2:-"$here/resources/screenshots"}
console="$build/app/cstor-console"
screen="-screen 0 1280x800x24"
. "$here/packaging/screenshot-common.sh"
case "$out" in
*.png)
    screenshot_prepare make-screenshot "$console" "build the cstor-console target first" "$out"
    XDG_CONFIG_HOME="$screenshot_home" QT_QPA_PLATFORM=xcb xvfb-run -a -s "$screen" \
        "$console" --demo --demo-speed 5 --screenshot "$out"
    echo "make-screenshot: wrote $out"
    exit 0
    ;;
esac
screenshot_prepare make-screenshot "$console" "build the cstor-console target first" "$out/main-window.png"
for program in "$build/app/cstor-sim" "$build/tests/gui_tst_mainwindowmoves" "$build/tests/gui_tst_healthdock" "$build/tests/gui_tst_forecast"; do
    [ -x "$program" ] || { echo "make-screenshot: $program not found; build with tests" >&2; exit 1; }
done
export QT_QPA_PLATFORM=xcb
XDG_CONFIG_HOME="$screenshot_home" xvfb-run -a -s "$screen" \
    "$console" --demo --demo-speed 5 --screenshot "$out/main-window.png"

# The overview: its own simulator, the node with most replicas lost.
kubeconfig="$screenshot_home/overview.kubeconfig"
"$build/app/cstor-sim" --generate nodes=1000,pools-per-node=1,volumes=3000,replicas=3 --seed 7 \
    --situation lost-node --write-kubeconfig "$kubeconfig" >"$screenshot_home/sim.log" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; rm -rf "$screenshot_home"' EXIT
tries=0
until [ -s "$kubeconfig" ]; do
    tries=$((tries + 1))
    if [ $tries -gt 600 ] || ! kill -0 $sim 2>/dev/null; then
        echo "make-screenshot: the simulator did not start:" >&2
        cat "$screenshot_home/sim.log" >&2
        exit 1
    fi
    sleep 0.1
done
HOME="$screenshot_home" XDG_CONFIG_HOME="$screenshot_home/config" xvfb-run -a -s "$screen" \
    "$console" --kubeconfig "$kubeconfig" --screenshot "$out/overview-1000-nodes.png"
kill $sim

# The dialogs and the Health dock, from the GUI tests that drive them.
HOME="$screenshot_home" CSTOR_SIM="$build/app/cstor-sim" CSTOR_EVACUATE_SCREENSHOT="$out/evacuation.png" \
    xvfb-run -a -s "$screen" "$build/tests/gui_tst_mainwindowmoves" evacuatingTwoNodesAsOnePlan >/dev/null
HOME="$screenshot_home" CSTOR_SIM="$build/app/cstor-sim" CSTOR_HEALTH_SCREENSHOT="$out/health-dock.png" \
    xvfb-run -a -s "$screen" "$build/tests/gui_tst_healthdock" lostNodeBringsUpItsCriticalFinding >/dev/null
HOME="$screenshot_home" CSTOR_SIM="$build/app/cstor-sim" CSTOR_FORECAST_SCREENSHOT="$out/capacity-forecast.png" \
    xvfb-run -a -s "$screen" "$build/tests/gui_tst_forecast" poolsTableAndChartShowTheForecast >/dev/null
echo "make-screenshot: wrote main-window.png, overview-1000-nodes.png, evacuation.png," \
    "evacuation-plan.png, health-dock.png and capacity-forecast.png in $out"
