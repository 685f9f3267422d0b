#!/usr/bin/env bash
# build.sh — the build steps shared by main.sh and test.sh:
#   setup → host CMake project in build/ (Ninja, Release) → sysroot in build/sysroot → dist/.
# WASIX_JOBS sets the parallelism (default: nproc). WASIX_SKIP_SETUP=1 skips setup.sh.
# WASIX_BUILD_DIR / WASIX_DIST_DIR move build/ and dist/ (default: build, dist).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "build: $*"; }
die() { echo "build: error: $*" >&2; exit 1; }

JOBS="${WASIX_JOBS:-$(nproc)}"
BUILD="${WASIX_BUILD_DIR:-build}"
DIST="${WASIX_DIST_DIR:-dist}"
mkdir -p "$DIST"
DIST_ABS="$(cd "$DIST" && pwd)"

if [ "${WASIX_SKIP_SETUP:-0}" != 1 ]; then
  bash scripts/setup.sh
fi

[ -f CMakeLists.txt ] || die "top-level CMakeLists.txt is missing"
say "configuring the host project in $BUILD/"
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWASIX_DIST="$DIST_ABS"
say "building the host project (-j$JOBS)"
cmake --build "$BUILD" -j "$JOBS"

[ -f sysroot/build-sysroot.sh ] || die "sysroot/build-sysroot.sh is missing (the sysroot build is not in the tree yet)"
say "building the sysroot into $BUILD/sysroot"
JOBS="$JOBS" bash sysroot/build-sysroot.sh "$BUILD/sysroot"

bash scripts/make-dist.sh "$BUILD" "$DIST"
