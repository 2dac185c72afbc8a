#!/bin/sh
# The never-rules of the architecture, checked on every #include of the sources: each folder may
# include its own headers and those of the folders listed after it, nothing else. The libraries'
# link lines enforce the same arrows for what is linked; this also catches a header-only use.
# Usage: tests/architecture/check-dependencies.sh [SOURCE_DIR]
set -eu
cd "${1:-$(dirname "$0")/../..}"

# folder: allowed include prefixes (its own folder is always allowed; a prefix ending in / allows
# everything below it).
rules='
models/json:
models/cstor: models/json
models/kube: models/cstor models/json
models/planning: models/kube models/cstor models/json
models/migration: models/planning models/kube models/cstor models/json
models/health: models/planning models/kube models/cstor models/json
models/metrics: models/kube models/cstor models/json
models/recovery: models/migration models/planning models/kube models/cstor models/json
models/items: models/health models/metrics models/migration models/planning models/kube models/cstor models/json
models/sim/store: models/cstor models/json
models/sim/apiserver: models/sim/store models/cstor models/json
models/sim/metrics: models/sim/store models/cstor models/json
models/sim/upstream: models/sim/store models/cstor models/json
models/sim/scenarios: models/sim/upstream models/sim/store models/cstor models/json
models/sim: models/sim/ models/cstor models/json
models/sim/situations: models/sim/ models/cstor models/json
ui: models/health models/recovery models/metrics models/items models/migration models/planning models/kube models/cstor models/json
app/common:
app/sim: models/sim/ models/cstor models/json app/common
app/console: ui models/ app/console app/common
'

allowed() { # include-path folder allowed-list
    dir=${1%/*}
    [ "$dir" = "$2" ] && return 0
    for prefix in $3; do
        case $prefix in
        */) case $1 in "$prefix"*) return 0 ;; esac ;;
        *) [ "$dir" = "$prefix" ] && return 0 ;;
        esac
    done
    return 1
}

# A folder of sources with no rule would escape the check.
folders=$(echo "$rules" | cut -d: -f1)
for dir in $(find models ui app -name '*.cpp' -o -name '*.h' | sed 's|/[^/]*$||' | sort -u); do
    echo "$folders" | grep -qx "$dir" || { echo "architecture: $dir has no rule in $0" >&2; exit 1; }
done

violations=$(echo "$rules" | while IFS=: read -r folder allow; do
    [ -n "$folder" ] && [ -d "$folder" ] || continue
    for file in "$folder"/*.cpp "$folder"/*.h; do
        [ -f "$file" ] || continue
        grep -n '^#include "[a-z]*/' "$file" | while IFS= read -r line; do
            path=$(echo "$line" | sed 's/.*#include "\([^"]*\)".*/\1/')
            allowed "$path" "$folder" "$allow" || echo "$file:${line%%:*}: $folder must not include $path"
        done
    done
done)
if [ -n "$violations" ]; then
    echo "$violations"
    echo "architecture: forbidden includes (the rules are at the top of $0)" >&2
    exit 1
fi
echo "architecture: every include follows the rules"
