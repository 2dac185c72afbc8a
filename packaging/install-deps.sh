#!/bin/sh
# Installs every Debian 12 package needed to build, run and test cStor Console.
# Run as root (or through sudo). Safe to run again.
set -eu
PACKAGES="cmake ninja-build g++ ccache clang-format
qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libyaml-cpp-dev libssl-dev
xvfb xauth gnome-keyring dbus-x11 libsecret-tools
help2man dpkg-dev desktop-file-utils appstream man-db
clang-14 libclang-rt-14-dev llvm-14
fonts-noto-cjk zsh prometheus"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y $missing
fi
