# Sourced by the make-*-screenshot.sh scripts: checks that the program to run and xvfb-run are
# there, makes the output's folder and a temporary HOME of its own (removed on exit), so that the
# picture depends on no saved layout or setting.
#   screenshot_prepare SCRIPT_NAME PROGRAM HINT OUTPUT   (sets $screenshot_home)
screenshot_prepare() {
    if [ ! -x "$2" ]; then
        echo "$1: $2 not found; $3" >&2
        exit 1
    fi
    if ! command -v xvfb-run >/dev/null 2>&1; then
        echo "$1: xvfb-run not found (Debian package xvfb)" >&2
        exit 1
    fi
    mkdir -p "$(dirname "$4")"
    screenshot_home=$(mktemp -d)
    trap 'rm -rf "$screenshot_home"' EXIT
}
