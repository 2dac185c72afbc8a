#!/bin/sh
# Checks the desktop integration and the Debian package end to end, as CI does (as root):
# validates the .desktop file and the AppStream metainfo, builds the package with cpack,
# installs it with dpkg -i (apt-get -f install must then have nothing to add), runs the
# installed programs, checks the installed files and the man pages, and removes the package.
#   packaging/check-package.sh BUILD_DIR
# BUILD_DIR is a configured build directory; the programs and man pages are built if needed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
package=cstor-console
step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "check-package: $*" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || fail "run as root: it installs and removes the package"
for tool in desktop-file-validate appstreamcli cpack dpkg-shlibdeps man; do
    command -v "$tool" >/dev/null 2>&1 ||
        fail "$tool not found (Debian packages desktop-file-utils appstream dpkg-dev man-db)"
done

scratch=$(mktemp -d)
installed=no
cleanup() {
    if [ "$installed" = yes ]; then
        dpkg -r "$package" >/dev/null 2>&1 || true
    fi
    [ -z "${sim_pid:-}" ] || kill "$sim_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

step "validate the desktop entry and the metainfo"
desktop-file-validate "$here/cstor-console.desktop"
appstreamcli validate --no-net --pedantic "$here/io.github.cstor_console.CstorConsole.metainfo.xml"

step "build the programs and the man pages"
cmake --build "$build" --parallel "${CMAKE_BUILD_PARALLEL_LEVEL:-2}" --target cstor-console cstor-sim manpages completions

step "build the package"
rm -f "$build"/${package}_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/${package}_*.deb)
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Suggests
dpkg-deb --field "$deb" Depends | grep -q libqt6core6 ||
    fail "Depends lacks the libraries of the programs (dpkg-shlibdeps did not run?)"
dpkg-deb --field "$deb" Recommends | grep -q fonts-noto-cjk ||
    fail "Recommends lacks a CJK font (Chinese and Japanese would show as boxes)"

step "install it"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    fail "$package is installed already; remove it first (dpkg -r $package)"
fi
installed=yes
dpkg -i "$deb"
apt_plan=$(apt-get -f install -s -o Debug::NoLocking=1)
echo "$apt_plan" | tail -n 1
if echo "$apt_plan" | grep -Eq '^(Inst|Remv|Conf) '; then
    echo "$apt_plan" >&2
    fail "apt-get -f install has something to add: Depends is incomplete"
fi
echo "$apt_plan" | grep -Eq '^0 upgraded, 0 newly installed, 0 to remove' ||
    fail "apt-get -f install would change packages"

step "run the installed programs"
# --help and --version need no display.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/cstor-console --version
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/cstor-console --help >"$scratch/help"
grep -q "KUBECONFIG" "$scratch/help" || fail "cstor-console --help does not mention KUBECONFIG"
/usr/bin/cstor-sim --help >"$scratch/sim-help"
grep -q -- "--write-kubeconfig" "$scratch/sim-help" || fail "cstor-sim --help is incomplete"
# The installed simulator and console talk over HTTPS, from a home of their own.
mkdir -p "$scratch/home"
HOME="$scratch/home" /usr/bin/cstor-sim --write-kubeconfig "$scratch/kubeconfig" --speed 0 \
    >"$scratch/sim.log" 2>&1 &
sim_pid=$!
tries=0
until grep -q "^kubeconfig:" "$scratch/sim.log"; do
    kill -0 "$sim_pid" 2>/dev/null || {
        cat "$scratch/sim.log" >&2
        fail "the installed cstor-sim did not start"
    }
    tries=$((tries + 1))
    [ "$tries" -le 300 ] || fail "the installed cstor-sim did not start within 30 s"
    sleep 0.1
done
HOME="$scratch/home" /usr/bin/cstor-console get pools --kubeconfig "$scratch/kubeconfig"
# kubectl's plugin, as kubectl finds it on the PATH (or run directly where kubectl is absent).
if command -v kubectl >/dev/null 2>&1; then
    HOME="$scratch/home" PATH="/usr/bin:$PATH" kubectl cstor get pools --kubeconfig "$scratch/kubeconfig" -o name
else
    HOME="$scratch/home" /usr/bin/kubectl-cstor get pools --kubeconfig "$scratch/kubeconfig" -o name
fi
kill "$sim_pid"
wait "$sim_pid" 2>/dev/null || true
sim_pid=

step "check the installed files"
dpkg -L "$package" >"$scratch/files"
for file in /usr/bin/cstor-console /usr/bin/cstor-sim \
    /usr/share/applications/cstor-console.desktop \
    /usr/share/metainfo/io.github.cstor_console.CstorConsole.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/cstor-console.svg \
    /usr/share/man/man1/cstor-console.1.gz /usr/share/man/man1/cstor-sim.1.gz \
    /usr/bin/kubectl-cstor /usr/bin/kubectl_complete-cstor \
    /usr/share/bash-completion/completions/cstor-console \
    /usr/share/bash-completion/completions/kubectl-cstor; do
    grep -qx "$file" "$scratch/files" || fail "$file is not in the package"
    [ -f "$file" ] || fail "$file is not installed"
done
desktop-file-validate /usr/share/applications/cstor-console.desktop
[ "$(readlink /usr/bin/kubectl-cstor)" = cstor-console ] || fail "kubectl-cstor is not a link to cstor-console"
bash -c '. /usr/share/bash-completion/completions/cstor-console && complete -p cstor-console kubectl-cstor' ||
    fail "the bash completion does not register cstor-console and kubectl-cstor"
for page in cstor-console cstor-sim; do
    warnings=$(MANWIDTH=80 man --warnings -l "/usr/share/man/man1/$page.1.gz" 2>&1 >"$scratch/$page.txt")
    [ -z "$warnings" ] || fail "man $page warns: $warnings"
    grep -q "^NAME" "$scratch/$page.txt" || fail "man $page renders no NAME section"
    echo "man $page: $(wc -l <"$scratch/$page.txt") lines"
done
grep -q "migrate" "$scratch/cstor-console.txt" || fail "man cstor-console lacks the verbs"
grep -q "KUBECONFIG" "$scratch/cstor-console.txt" || fail "man cstor-console lacks KUBECONFIG"

step "remove it"
dpkg -r "$package"
installed=no
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    fail "$package is still installed"
fi
while read -r file; do
    if [ -f "$file" ]; then fail "$file is left after removal"; fi
done <"$scratch/files"
echo "check-package: all good ($deb)"
