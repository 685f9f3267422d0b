#!/usr/bin/env bash
# main.sh — the main job: install what is missing, build generator, headers, sysroot and dist/,
# then build examples/hello with dist/bin/wasix-clang and run it with dist/bin/wasix-run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh
BUILD="${WASIX_BUILD_DIR:-build}"
DIST="${WASIX_DIST_DIR:-dist}"

mkdir -p "$BUILD/examples"
echo "main: building examples/hello/hello.c with $DIST/bin/wasix-clang"
"$DIST/bin/wasix-clang" -O2 examples/hello/hello.c -o "$BUILD/examples/hello.wasm"
echo "main: running $BUILD/examples/hello.wasm with $DIST/bin/wasix-run"
"$DIST/bin/wasix-run" "$BUILD/examples/hello.wasm"
