#!/bin/sh
# Builds the tests with sanitizers (clang) and runs them; fails on any sanitizer report.
#   asan: AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer, every unit and
#         integration test (and the cstor-sim / cstor-console programs they start). This build
#         is also the fuzz build (CSTOR_BUILD_FUZZERS: instrumented for libFuzzer as well), so
#         that the fuzz targets are built in it too and the code is compiled once for both;
#         tests/fuzz/run-fuzzers.sh BUILD_BASE_DIR/build-asan runs them.
#   tsan: ThreadSanitizer, the tests that run the informers' worker thread against a simulated
#         cluster in the same process (ClusterWatcher and its decoding threads, RestClient,
#         MigrationEngine), the job threads alone, Ui::OffThread alone, and the windows whose
#         work runs on the job threads: the charts' capacity history files and forecasts, the
#         kept hourly history, the node-loss impact. Not the tests that start a program with
#         QProcess: clang 14's ThreadSanitizer fails its own check when Qt forks.
# Both compile in unity batches, as the main build does (half the time of file by file), without
# precompiled headers. clang: it builds these about a third faster than gcc, and libFuzzer needs
# it; its -Wshadow also sees a file-local name that clashes with a member of another file of the
# batch. The file-by-file check that every file includes what it uses is the build README.md names
# for before a release.
# Usage: tests/sanitizers/run-sanitizers.sh [BUILD_BASE_DIR] [asan|tsan|all]
# The build directories are BUILD_BASE_DIR/build-asan and BUILD_BASE_DIR/build-tsan;
# BUILD_BASE_DIR defaults to $CSTOR_SANITIZER_BUILD_BASE, else the source tree (beside build/).
# The compiler is $CXX_SANITIZERS, else clang++-14.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
supp="$here/tests/sanitizers"
cxx=${CXX_SANITIZERS:-clang++-14}

case "${1:-}" in
asan | tsan | all | "") base=${CSTOR_SANITIZER_BUILD_BASE:-$here} ;;
*)
    base=$1
    shift
    ;;
esac
mode=${1:-all}
case "$mode" in
asan | tsan | all) ;;
*)
    echo "usage: $0 [BUILD_BASE_DIR] [asan|tsan|all]" >&2
    exit 2
    ;;
esac
mkdir -p "$base"
base=$(cd "$base" && pwd)

asan_labels='^(unit|integration)$'
tsan_tests='^(integration/tst_(informerfaults|migration|restclient)|unit/tst_jobthreads|gui/tst_(charts|nodelossdialog|offthread))$'

# -O1 with line tables: fast enough to build and run, precise enough for the stack traces.
# UBSan must not recover, so that a report also fails the test that hit it.
configure() { # dir cmake-options...
    dir=$1
    shift
    cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCSTOR_BUILD_TESTS=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCSTOR_PRECOMPILED_HEADERS=OFF -DCMAKE_UNITY_BUILD=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" "$@" >/dev/null
}
build() { # dir targets...
    dir=$1
    shift
    cmake --build "$dir" -j "${CSTOR_BUILD_JOBS:-2}" --target "$@"
}
test_targets() { # dir ctest-selection...: the build targets of the tests ctest would run
    dir=$1
    shift
    (cd "$dir" && ctest -N "$@" | sed -n 's|^ *Test *#[0-9]*: \([a-z]*\)/\(tst_[a-z0-9_]*\)$|\1_\2|p')
}

if [ -z "${CSTOR_TEST_SESSION:-}" ]; then
    start=$(date +%s)
    if [ "$mode" = asan ] || [ "$mode" = all ]; then
        # The fuzz build's instrumentation: address, undefined (not recovering) and libFuzzer's.
        configure "$base/build-asan" -DCSTOR_BUILD_FUZZERS=ON -DCSTOR_SANITIZERS=
        # shellcheck disable=SC2046 # one target per word
        build "$base/build-asan" cstor-sim cstor-console fuzzers \
            $(test_targets "$base/build-asan" -L "$asan_labels")
    fi
    if [ "$mode" = tsan ] || [ "$mode" = all ]; then
        configure "$base/build-tsan" -DCSTOR_SANITIZERS=thread
        # shellcheck disable=SC2046 # one target per word
        build "$base/build-tsan" cstor-sim cstor-console \
            $(test_targets "$base/build-tsan" -R "$tsan_tests")
    fi
    echo "sanitizers: built in $(($(date +%s) - start)) s"
    export CSTOR_TEST_SESSION=1
    exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- "$0" "$base" "$mode"
fi

# A fresh HOME with an unlocked keyring, as tests/run-tests.sh does.
HOME=$(mktemp -d)
export HOME
mkdir -p "$HOME/.local/share/keyrings"
eval "$(printf 'test-keyring' | gnome-keyring-daemon --unlock --daemonize --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
export QT_QPA_PLATFORM=xcb
# Reports go to files as well, so that one from a program a test starts (cstor-sim,
# cstor-console) fails the run even when the test does not look at its exit code.
reports="$HOME/sanitizer-reports"
mkdir -p "$reports"

# Stack traces with function names and lines.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/bin/llvm-symbolizer-14 ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14 TSAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
fi
status=0
run() { # dir ctest-args...
    dir=$1
    shift
    (cd "$dir" && ctest --output-on-failure --timeout 900 -j2 "$@") || status=1
}
if [ "$mode" = asan ] || [ "$mode" = all ]; then
    export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1:log_path=$reports/asan"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
    # The plain test suite runs the 200 fault schedules; under ASan 50 cover the same code
    # paths at a quarter of the time.
    export CSTOR_FAULT_SCHEDULES="${CSTOR_FAULT_SCHEDULES:-50}"
    run "$base/build-asan" -L "$asan_labels"
    unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
fi
if [ "$mode" = tsan ] || [ "$mode" = all ]; then
    # Qt is not built with ThreadSanitizer: what its own code allocates, frees and touches is
    # not checked (ignore_noninstrumented_modules); our code is, including what it hands to
    # another thread (see the Mailbox in models/kube/clusterwatcher.cpp).
    export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:suppressions=$supp/tsan.supp:log_path=$reports/tsan"
    run "$base/build-tsan" -R "$tsan_tests"
    unset TSAN_OPTIONS
fi

for report in "$reports"/*; do
    [ -e "$report" ] || continue
    echo "=== sanitizer report: $(basename "$report")"
    cat "$report"
    status=1
done
rm -rf "$HOME"
[ "$status" = 0 ] && echo "sanitizers: no reports"
exit $status
