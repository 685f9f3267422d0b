#!/usr/bin/env bash
# make-dist.sh [BUILD_DIR] [DIST_DIR] — assemble the SDK (defaults: build, dist):
#   DIST/bin/wasix-clang, wasix-clang++   (cmake --install of the drivers/ component)
#   DIST/share/cmake/wasix-toolchain.cmake (+ Platform/WASI.cmake)
#   DIST/bin/wasix-configure, wasix-make, wasix-cmake, … and DIST/share/wasix/ (the same
#                                           install, plus config.sub/config.guess of the host's
#                                           autotools-dev)
#   DIST/share/wasix-sysroot/              (copy of BUILD_DIR/sysroot, plus include/wasix/
#                                           in include/wasm32-wasi/wasix for <wasix/wasix.hpp>)
#   DIST/bin/wasix-run                     (runner/install.sh DIST)
#   DIST/share/wasix/VERSION               the SDK's version (VERSION)
#   DIST/share/doc/wasix-sdk/              README, CHANGELOG, LICENSE and the drivers' and
#                                           runner's READMEs
# DIST may be an existing prefix (`cmake --install build --prefix P` runs this script): only
# the SDK's own files there are replaced. Everything in DIST finds the rest relative to
# itself, so DIST can be moved. The sysroot to copy can be overridden with
# WASIX_SYSROOT_BUILD=DIR.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "make-dist: $*"; }
die() { echo "make-dist: error: $*" >&2; exit 1; }

BUILD="${1:-build}"
DIST="${2:-dist}"
SYSROOT_SRC="${WASIX_SYSROOT_BUILD:-$BUILD/sysroot}"

case "$DIST" in ""|/|.|..) die "refusing to use '$DIST' as the dist directory" ;; esac
[ -f "$BUILD/CMakeCache.txt" ] || die "$BUILD is not a configured CMake build (run the host build first)"
[ -d "$SYSROOT_SRC/include/wasm32-wasi" ] && [ -d "$SYSROOT_SRC/lib/wasm32-wasi" ] ||
  die "no built sysroot at $SYSROOT_SRC (expected include/wasm32-wasi and lib/wasm32-wasi; run sysroot/build-sysroot.sh $SYSROOT_SRC)"
[ -f runner/install.sh ] || die "runner/install.sh is missing (the runner is not in the tree yet)"

say "assembling $DIST"
# The SDK's own files: DIST may be a prefix shared with others, so only these are replaced
# (and checked below).
sdk_files() {
  printf '%s\n' "$DIST"/bin/wasix-* "$DIST/lib/wasix-run" "$DIST/share/wasix" "$DIST/share/wasix-sysroot" \
    "$DIST/share/cmake/wasix-toolchain.cmake" "$DIST/share/cmake/Platform/WASI.cmake" \
    "$DIST/share/doc/wasix-sdk"
}
sdk_files | while IFS= read -r f; do rm -rf "$f"; done
mkdir -p "$DIST/share"

# Drivers and the CMake toolchain file.
cmake --install "$BUILD" --prefix "$DIST" --component wasix-drivers >/dev/null
[ -x "$DIST/bin/wasix-clang" ] ||
  die "the drivers were not installed: is drivers/ part of the host build (add_subdirectory(drivers)) and built?"
[ -L "$DIST/bin/wasix-clang++" ] || die "$DIST/bin/wasix-clang++ was not installed"
[ -f "$DIST/share/cmake/wasix-toolchain.cmake" ] || die "the CMake toolchain file was not installed"

# GNU config's config.sub/config.guess (GPL with the autoconf exception, which allows
# shipping them), for wasix-configure to put into packages whose copies reject wasm32-wasi.
CONFIG_AUX="${WASIX_CONFIG_AUX_DIR:-/usr/share/misc}"
for f in config.sub config.guess; do
  [ -f "$CONFIG_AUX/$f" ] || die "$CONFIG_AUX/$f missing (install autotools-dev: scripts/setup.sh)"
  install -m 755 "$CONFIG_AUX/$f" "$DIST/share/wasix/$f"
done
"$DIST/share/wasix/config.sub" wasm32-wasi >/dev/null ||
  die "$CONFIG_AUX/config.sub does not know wasm32-wasi (too old)"

# The sysroot, and the generated WASIX headers inside its include directory.
mkdir -p "$DIST/share/wasix-sysroot"
cp -a "$SYSROOT_SRC/." "$DIST/share/wasix-sysroot/"
header_dest="$DIST/share/wasix-sysroot/include/wasm32-wasi/wasix"
if [ -f include/wasix/wasix.hpp ]; then
  rm -rf "$header_dest"
  mkdir -p "$header_dest"
  cp -a include/wasix/. "$header_dest/"
elif [ ! -f "$header_dest/wasix.hpp" ]; then
  die "the generated headers are missing: neither include/wasix/wasix.hpp nor the sysroot's wasix/wasix.hpp exists"
fi

# The runner.
bash runner/install.sh "$DIST"
[ -x "$DIST/bin/wasix-run" ] || die "runner/install.sh did not install $DIST/bin/wasix-run"

# The version (wasix-run reads it here) and the documents.
install -m 644 VERSION "$DIST/share/wasix/VERSION"
mkdir -p "$DIST/share/doc/wasix-sdk"
for f in README.md CHANGELOG.md LICENSE; do
  install -m 644 "$f" "$DIST/share/doc/wasix-sdk/$f"
done
install -m 644 drivers/README.md "$DIST/share/doc/wasix-sdk/drivers.md"
install -m 644 runner/README.md "$DIST/share/doc/wasix-sdk/runner.md"

# Relocatable: no file may name the build tree or the repository.
repo="$(pwd)"
if leaks="$(sdk_files | xargs -d '\n' grep -rlIF -e "$repo" --exclude-dir=node_modules 2>/dev/null)"; then
  die "files in $DIST name the repository $repo (the SDK would not work once moved): $leaks"
fi

say "done: $(cd "$DIST" && pwd)"
