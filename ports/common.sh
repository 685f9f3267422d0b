# common.sh - sourced by every ports/<name>/build.sh.
#
# A recipe sets PORT (its directory name) and sources this file, then calls
# port_fetch, builds with the SDK and the program's own build system in $WORK,
# runs tests, counting with pass/fail, and ends with port_done.
#
# Environment:
#   WASIX_DIST       the SDK (default <repo>/dist)
#   WASIX_CACHE_DIR  downloads and unpacked sources (default <repo>/.cache)
#   PORTS_WORK       build and scratch space (default <repo>/build/ports); the
#                    recipe uses $PORTS_WORK/$PORT
#   WASIX_JOBS       make -j (default 1)
# A build is reused when the SDK, the recipe's build steps and the source are
# unchanged (PORTS_REBUILD=1 forces a clean build); the tests always run.
set -euo pipefail

PORTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$PORTS_DIR")
DIST=$(realpath -m "${WASIX_DIST:-$REPO/dist}")
export WASIX_CACHE_DIR=$(realpath -m "${WASIX_CACHE_DIR:-$REPO/.cache}")
WORK=$(realpath -m "${PORTS_WORK:-$REPO/build/ports}")/$PORT
JOBS=${WASIX_JOBS:-1}
CC_WASIX="$DIST/bin/wasix-clang"
CXX_WASIX="$DIST/bin/wasix-clang++"
RUN="$DIST/bin/wasix-run"
AR_WASIX=${LLVM_AR:-llvm-ar-19}
RANLIB_WASIX=${LLVM_RANLIB:-llvm-ranlib-19}

for tool in "$CC_WASIX" "$RUN"; do
  [[ -x $tool ]] || { echo "ports/$PORT: error: $tool missing (build the SDK first: scripts/build.sh)" >&2; exit 2; }
done

mkdir -p "$WORK"
PORT_START=$(date +%s)
PASSED=0 FAILED=0 KNOWN=0 BUILT=no VERSION=? BINARY= REUSED=no
: > "$WORK/failures.txt"

say() { printf '[ports/%s %s] %s\n' "$PORT" "$(date -u +%H:%M:%S)" "$*" >&2; }

# pass NAME / fail NAME [WHY]: one test result.
pass() { PASSED=$((PASSED + 1)); say "PASS $1"; }
fail() { FAILED=$((FAILED + 1)); say "FAIL $1${2:+: $2}"; echo "$1${2:+: $2}" >> "$WORK/failures.txt"; }
# known_fail NAME WHY: a failure whose cause is known and written down in the
# recipe; it is reported and counted as failed, but does not fail the port.
known_fail() { FAILED=$((FAILED + 1)) KNOWN=$((KNOWN + 1)); say "FAIL (known) $1: $2"; echo "$1 (known): $2" >> "$WORK/failures.txt"; }
# check NAME COMMAND...: pass if COMMAND succeeds.
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name" "exit $?"; fi; }

# results_of PREFIX: one result per "ok   NAME" / "FAIL NAME: WHY" line of
# stdin (the report format of the test programs written for the ports).
results_of() {
  local line
  while IFS= read -r line; do
    case $line in
      "ok   "*) pass "$1: ${line#ok   }" ;;
      "FAIL "*) fail "$1: ${line#FAIL }" ;;
    esac
  done
}

# port_fetch PACKAGE VERSION [--debian-patches=LIST] FILE=SHA256...: the pristine
# source in $SRC (read-only use: builds copy it).
port_fetch() {
  VERSION=$2
  SRC="$WASIX_CACHE_DIR/ports/src/$1_${2#*:}"
  local patches=()
  if [[ ${3:-} == --debian-patches=* ]]; then patches=("$3"); set -- "$1" "$2" "${@:4}"; fi
  bash "$PORTS_DIR/fetch.sh" "${patches[@]}" "$1" "$2" "$SRC" "${@:3}"
}

# port_fresh_build DIR [FILE...]: true (and DIR replaced by a copy of $SRC)
# when the build in DIR must be redone; false when DIR holds a build made from
# the same source, SDK, recipe `build` function and FILEs (the recipe's own
# sources that the build compiles). Edits to a recipe's tests reuse the build.
port_fresh_build() {
  local dir=$1 stamp
  shift
  stamp=$( {
    cat "$SRC/.fetched"
    sha256sum "$DIST/bin/wasix-clang" "$DIST/share/wasix-sysroot/.stamp" "$DIST/share/cmake/wasix-toolchain.cmake" | cut -d' ' -f1
    declare -f build
    (($#)) && sha256sum "$@" | cut -d' ' -f1
  } | sha256sum | cut -d' ' -f1)
  if [[ ${PORTS_REBUILD:-0} != 1 && -f "$dir/.port-stamp" && "$(cat "$dir/.port-stamp")" == "$stamp" ]]; then
    say "build in $dir is up to date"
    REUSED=yes
    return 1
  fi
  rm -rf "$dir"
  mkdir -p "$(dirname "$dir")"
  cp -a "$SRC" "$dir"
  PORT_STAMP=$stamp PORT_STAMP_DIR=$dir
  return 0
}

# port_built BINARY: the build succeeded; BINARY is the main program (its size is reported).
port_built() {
  BUILT=yes BINARY=$1
  if [[ -n ${PORT_STAMP:-} ]]; then echo "$PORT_STAMP" > "$PORT_STAMP_DIR/.port-stamp"; fi
}

# port_done: writes $WORK/result and exits 0 only if the port built and no
# test failed but the known failures.
port_done() {
  local size=-
  [[ -n $BINARY && -f $BINARY ]] && size=$(stat -c %s "$BINARY")
  {
    echo "port=$PORT"
    echo "version=$VERSION"
    echo "built=$BUILT"
    echo "passed=$PASSED"
    echo "failed=$FAILED"
    echo "known=$KNOWN"
    echo "seconds=$(( $(date +%s) - PORT_START ))"
    echo "reused=$REUSED"
    echo "binary=${BINARY##*/}"
    echo "size=$size"
  } > "$WORK/result"
  say "$PASSED passed, $FAILED failed ($KNOWN of them known)"
  [[ $BUILT == yes && $FAILED == "$KNOWN" && $PASSED -gt 0 ]]
}
