#!/bin/sh
# Renders the main window in the pseudo-locale en_XA (every string bracketed and about 40%
# longer, generated from the translations at build time) to show clipped or untranslated text.
#   packaging/make-pseudo-screenshot.sh [BUILD_DIR] [OUTPUT.png]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
out=${2:-"$here/resources/screenshots/pseudo-locale.png"}
CSTOR_LANGUAGE=en_XA exec "$here/packaging/make-screenshot.sh" "$build" "$out"
