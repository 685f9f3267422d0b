#!/usr/bin/env bash
# fetch-sources.sh [CACHE_DIR]
#
# Downloads the Debian source packages the sysroot is built from, checks them
# against the checksums recorded below (and against their .dsc), and unpacks
# what the build needs into CACHE_DIR/src:
#   CACHE_DIR/src/wasi-libc/        the wasi-libc tree, pristine (no patches)
#   CACHE_DIR/src/llvm/             libcxx, libcxxabi, libunwind, runtimes,
#                                   cmake, llvm/cmake, llvm/utils/llvm-lit,
#                                   compiler-rt (builtins) of llvm-toolchain-19
# Downloads go through a project-local deb-src list (the machine's apt
# configuration is not touched). Re-running is cheap: files already present
# with the right checksum are neither downloaded nor unpacked again.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
cache=$(realpath -m "${1:-$root/.cache}")

# --- Pinned source packages -------------------------------------------------
WASI_LIBC_VERSION=0.0~git20220510.9886d3d-2
LLVM_VERSION=1:19.1.7-3~deb12u1

# sha256 of every file of the two source packages (from their .dsc, and of the
# .dsc itself). A changed file makes the fetch fail.
declare -A SHA256=(
  [wasi-libc_0.0~git20220510.9886d3d-2.dsc]=3405fb077e79bf9a3aba06b2523eefbd12079494649d511545a27b3e4f3d307c
  [wasi-libc_0.0~git20220510.9886d3d.orig.tar.xz]=8f9b802736a856942839d32966937c389f46e9f156415a549a6675b7535e5f74
  [wasi-libc_0.0~git20220510.9886d3d-2.debian.tar.xz]=d29dd149f8e2cd8ac72952801a3b03ead259d90c164bf51c8aa0daf1cee64476
  [llvm-toolchain-19_19.1.7-3~deb12u1.dsc]=e1824f8969b5c3e12974b707b4658a319eb6bb45d552ddc109cb18add24bea5c
  [llvm-toolchain-19_19.1.7.orig.tar.xz]=ae498f3bc58ae2d9f64ef5f0c035c4240152bf015a5b7738b15c22e93bdc97ce
  [llvm-toolchain-19_19.1.7-3~deb12u1.debian.tar.xz]=69e23e395388e3b87b5c18461c38a3cf5f43d71aecf54fcf0dc9ac9664b4c16f
)
WASI_LIBC_TARBALL=wasi-libc_0.0~git20220510.9886d3d.orig.tar.xz
LLVM_TARBALL=llvm-toolchain-19_19.1.7.orig.tar.xz
LLVM_TOPDIR=llvm-toolchain-19_19.1.7
# Only these parts of the 164 MB LLVM tarball are unpacked.
LLVM_PARTS=(libcxx libcxxabi libunwind runtimes cmake llvm/cmake llvm/utils/llvm-lit compiler-rt third-party)

dl="$cache/dl"
src="$cache/src"
mkdir -p "$dl" "$src"

# Several builds may share the cache: one fetch at a time.
exec 9>"$cache/.fetch.lock"
flock 9

log() { printf 'fetch-sources: %s\n' "$*" >&2; }
die() { printf 'fetch-sources: error: %s\n' "$*" >&2; exit 1; }

sha_ok() { # FILE -> true if present with the recorded checksum
  local f=$1 want=${SHA256[$1]}
  [[ -f "$dl/$f" ]] && [[ "$(sha256sum "$dl/$f" | cut -d' ' -f1)" == "$want" ]]
}

all_present() {
  local f
  for f in "${!SHA256[@]}"; do sha_ok "$f" || return 1; done
}

# --- Download ---------------------------------------------------------------
if ! all_present; then
  command -v apt-get >/dev/null || die "apt-get is needed to download Debian sources"
  debsrc="$cache/deb-src"
  mkdir -p "$debsrc/lists/partial" "$debsrc/parts"
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$debsrc/parts/src.sources"
  else
    die "/etc/apt/sources.list.d/debian.sources not found (Debian 12 expected)"
  fi
  aptopts=(-o "Dir::Etc::SourceList=$debsrc/none" -o "Dir::Etc::SourceParts=$debsrc/parts"
           -o "Dir::State::Lists=$debsrc/lists" -o "APT::Sandbox::User=root")
  log "apt-get update (project-local deb-src list)"
  apt-get "${aptopts[@]}" -qq update
  log "downloading wasi-libc=$WASI_LIBC_VERSION llvm-toolchain-19=$LLVM_VERSION"
  (cd "$dl" && apt-get "${aptopts[@]}" -qq source --download-only \
      "wasi-libc=$WASI_LIBC_VERSION" "llvm-toolchain-19=$LLVM_VERSION")
fi

# --- Verify -----------------------------------------------------------------
for f in "${!SHA256[@]}"; do
  [[ -f "$dl/$f" ]] || die "missing $dl/$f"
  sha_ok "$f" || die "checksum mismatch for $f (expected ${SHA256[$f]})"
done
# The .dsc files (checked above) list the tarballs' checksums: check those too.
for dsc in "$dl"/*.dsc; do
  awk '/^Checksums-Sha256:/{on=1;next} /^[^ ]/{on=0} on{print $1"  "$3}' "$dsc" |
    (cd "$dl" && sha256sum --quiet -c -) || die "files do not match $(basename "$dsc")"
done
log "checksums ok"

# --- Unpack -----------------------------------------------------------------
stamp_of() { echo "${SHA256[$1]}"; }

if [[ "$(cat "$src/wasi-libc/.fetched" 2>/dev/null)" != "$(stamp_of "$WASI_LIBC_TARBALL")" ]]; then
  log "unpacking $WASI_LIBC_TARBALL"
  rm -rf "$src/wasi-libc" "$src/wasi-libc.tmp"
  mkdir -p "$src/wasi-libc.tmp"
  tar -xJf "$dl/$WASI_LIBC_TARBALL" -C "$src/wasi-libc.tmp" --strip-components=1
  stamp_of "$WASI_LIBC_TARBALL" > "$src/wasi-libc.tmp/.fetched"
  mv "$src/wasi-libc.tmp" "$src/wasi-libc"
fi

if [[ "$(cat "$src/llvm/.fetched" 2>/dev/null)" != "$(stamp_of "$LLVM_TARBALL")" ]]; then
  log "unpacking parts of $LLVM_TARBALL: ${LLVM_PARTS[*]}"
  rm -rf "$src/llvm" "$src/llvm.tmp"
  mkdir -p "$src/llvm.tmp"
  patterns=()
  for p in "${LLVM_PARTS[@]}"; do patterns+=("$LLVM_TOPDIR/$p/*"); done
  tar -xJf "$dl/$LLVM_TARBALL" -C "$src/llvm.tmp" --strip-components=1 --wildcards "${patterns[@]}"
  stamp_of "$LLVM_TARBALL" > "$src/llvm.tmp/.fetched"
  mv "$src/llvm.tmp" "$src/llvm"
fi

log "sources ready in $src"
