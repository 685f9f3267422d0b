#!/usr/bin/env bash
# Compiles every sysroot/src/**/*.cpp with -fsyntax-only and the C++ flags of
# sysroot/build-sysroot.sh, against this tree's include/wasix: a check, in
# minutes rather than a sysroot build, that a change to the generated headers
# still suits the sysroot's sources.
#   scripts/check-sysroot-syntax.sh SYSROOT_INCLUDE   (e.g. dist/share/wasix-sysroot/include/wasm32-wasi)
# WASIX_INCLUDE_DIR names another include/ (as for build-sysroot.sh), e.g. to
# compare with the failures of another tree's headers against the same sysroot.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
inc=${1:?usage: $0 SYSROOT_INCLUDE (a built sysroot include/wasm32-wasi)}
wasix_inc=${WASIX_INCLUDE_DIR:-$root/include}
CLANGXX=${CLANGXX:-clang++-19}
# Keep in step with cxx_flags in sysroot/build-sysroot.sh (-O2/-DNDEBUG do not change what parses).
flags=(--target=wasm32-wasi -matomics -mbulk-memory -pthread -mthread-model posix -DNDEBUG -std=c++17
       -Wall -Wextra -Werror -fno-exceptions -fno-rtti -nostdinc++
       -isystem "$inc" -I"$wasix_inc" -I"$root/sysroot/src" -fsyntax-only)
failed=0 total=0
while IFS= read -r -d '' f; do
  total=$((total + 1))
  if ! "$CLANGXX" "${flags[@]}" "$f"; then
    echo "FAILED: ${f#"$root/"}" >&2
    failed=$((failed + 1))
  fi
done < <(find "$root/sysroot/src" -name '*.cpp' -print0 | LC_ALL=C sort -z)
echo "$((total - failed))/$total sysroot sources compile against $wasix_inc"
[[ $failed -eq 0 ]]
