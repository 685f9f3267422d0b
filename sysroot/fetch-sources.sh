#!/usr/bin/env bash
# fetch-sources.sh [CACHE_DIR]
# fetch-sources.sh --choose-version PACKAGE PINNED [AVAILABLE...]
#
# Downloads the Debian source packages the sysroot is built from, checks them
# against the checksums recorded below (and against their .dsc), and unpacks
# what the build needs into CACHE_DIR/src:
#   CACHE_DIR/src/wasi-libc/        the wasi-libc tree, pristine (no patches)
#   CACHE_DIR/src/llvm/             libcxx, libcxxabi, libunwind, runtimes,
#                                   cmake, llvm/cmake, llvm/utils/llvm-lit,
#                                   compiler-rt (builtins) of llvm-toolchain-19
# Downloads go through a project-local deb-src list (the machine's apt
# configuration is not touched).
#
# A Debian point release replaces a package's version in the archive (e.g.
# 1:19.1.7-3~deb12u1 by 1:19.1.7-3~deb12u2). When the pinned version is no
# longer offered, the newest Debian revision of the same upstream release is
# used instead, and one line says so. Its files are checked against apt's
# signed Sources index and against its .dsc, and the upstream tarballs it shares
# with the pinned version must still have the pinned sums: they are the only
# files unpacked, so the build input stays the same. No revision of that
# upstream release, or any checksum mismatch, is an error.
#
# Each file is hashed once: dl/.verified records size, mtime and sha256 of the
# verified files (and which versions are in use), so a later run only stats
# them and needs no network.
#
# --choose-version prints which of the AVAILABLE versions a fetch would use for
# PACKAGE pinned at PINNED, with the same message and error (no network, no
# cache; for tests).
set -euo pipefail

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

PACKAGES=(wasi-libc llvm-toolchain-19)
declare -A PINNED=([wasi-libc]=$WASI_LIBC_VERSION [llvm-toolchain-19]=$LLVM_VERSION)
declare -A TARBALL=([wasi-libc]=$WASI_LIBC_TARBALL [llvm-toolchain-19]=$LLVM_TARBALL)

log() { printf 'fetch-sources: %s\n' "$*" >&2; }
die() { printf 'fetch-sources: error: %s\n' "$*" >&2; exit 1; }

# The upstream release of a Debian version: everything before the last '-'
# (the epoch stays, so 1:19.1.7 and 19.1.7 are different releases).
upstream_of() { if [[ $1 == *-* ]]; then echo "${1%-*}"; else echo "$1"; fi; }

note_substitute() { # PACKAGE USED PINNED
  local up
  up=$(upstream_of "$3")
  log "using $1 $2 instead of the pinned $3: the archive no longer offers $3, and $2 is its newest Debian revision of upstream ${up#*:}"
}

# choose_version PACKAGE PINNED AVAILABLE... -> the version to fetch, on stdout:
# PINNED if available, else the newest available revision of its upstream
# release (with one line on stderr saying so); fails if there is none.
choose_version() {
  local pkg=$1 pinned=$2 up v best=
  shift 2
  up=$(upstream_of "$pinned")
  for v in "$@"; do
    if [[ $v == "$pinned" ]]; then echo "$pinned"; return 0; fi
  done
  for v in "$@"; do
    [[ $(upstream_of "$v") == "$up" ]] || continue
    if [[ -z $best ]] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
  done
  if [[ -z $best ]]; then
    printf 'fetch-sources: error: %s: the archive offers neither the pinned %s nor another Debian revision of upstream %s (it offers: %s)\n' \
      "$pkg" "$pinned" "${up#*:}" "${*:-nothing}" >&2
    return 1
  fi
  note_substitute "$pkg" "$best" "$pinned"
  echo "$best"
}

if [[ ${1:-} == --choose-version ]]; then
  [[ $# -ge 3 ]] || { echo "usage: $0 --choose-version PACKAGE PINNED [AVAILABLE...]" >&2; exit 2; }
  shift
  choose_version "$@" || exit 1
  exit 0
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
cache=$(realpath -m "${1:-$root/.cache}")

dl="$cache/dl"
src="$cache/src"
mkdir -p "$dl" "$src"

# Several builds may share the cache: one fetch at a time.
exec 9>"$cache/.fetch.lock"
flock 9

# --- Record of verified files -----------------------------------------------
# Lines "file NAME SIZE MTIME SHA256" and "source PACKAGE VERSION", written
# only after every file of the versions in use has been verified.
record="$dl/.verified"
declare -A FILE_ID=() FILE_SUM=() RECORDED=()
if [[ -f "$record" ]]; then
  while read -r kind a b c d; do
    case $kind in
      file) FILE_ID[$a]="$b $c"; FILE_SUM[$a]=$d ;;
      source) RECORDED[$a]=$b ;;
    esac
  done < "$record"
fi

file_id() { stat -c '%s %.9Y' "$dl/$1" 2>/dev/null; }

# sum_of FILE: sets SUM to the sha256 of dl/FILE (empty if it is missing),
# hashing the file only if its size or mtime differ from what is known.
sum_of() {
  local id
  SUM=
  id=$(file_id "$1") || return 0
  if [[ ${FILE_ID[$1]:-} != "$id" ]]; then
    FILE_SUM[$1]=$(sha256sum "$dl/$1" | cut -d' ' -f1)
    FILE_ID[$1]=$id
  fi
  SUM=${FILE_SUM[$1]}
}

dsc_of() { echo "$1_${2#*:}.dsc"; } # PACKAGE VERSION (file names have no epoch)

dsc_sums() { # DSC -> "SHA256 NAME" per file it lists
  awk '/^Checksums-Sha256:/{on=1;next} /^[^ ]/{on=0} on&&NF==3{print $1, $3}' "$dl/$1"
}

# check_version PACKAGE VERSION: true if the .dsc and every file it lists are in
# dl/ and match it and the pinned sums; else WHY says what is wrong. On success
# the files go to KEEP (what the record will hold).
KEEP=()
check_version() {
  local pkg=$1 ver=$2 dsc sum f files=() listed=
  dsc=$(dsc_of "$pkg" "$ver")
  sum_of "$dsc"
  [[ -n $SUM ]] || { WHY="$dsc is missing"; return 1; }
  if [[ -n ${SHA256[$dsc]:-} && $SUM != "${SHA256[$dsc]}" ]]; then
    WHY="checksum mismatch for $dsc (pinned ${SHA256[$dsc]}, got $SUM)"; return 1
  fi
  files+=("$dsc")
  while read -r sum f; do
    sum_of "$f"
    [[ -n $SUM ]] || { WHY="$f is missing"; return 1; }
    [[ $SUM == "$sum" ]] || { WHY="checksum mismatch for $f ($dsc says $sum, got $SUM)"; return 1; }
    if [[ -n ${SHA256[$f]:-} && $SUM != "${SHA256[$f]}" ]]; then
      WHY="checksum mismatch for $f (pinned ${SHA256[$f]}, got $SUM)"; return 1
    fi
    [[ $f != "${TARBALL[$pkg]}" ]] || listed=1
    files+=("$f")
  done < <(dsc_sums "$dsc")
  [[ -n $listed ]] || { WHY="$dsc does not list ${TARBALL[$pkg]}"; return 1; }
  KEEP+=("${files[@]}")
}

# --- Versions already in the cache ------------------------------------------
declare -A USE=()
need=()
for pkg in "${PACKAGES[@]}"; do
  pinned=${PINNED[$pkg]}
  if check_version "$pkg" "$pinned"; then USE[$pkg]=$pinned; continue; fi
  # A substitute is trusted only with its .dsc as it was when verified
  # against the signed index (a pinned .dsc has its own sum).
  prev=${RECORDED[$pkg]:-}
  prev_dsc=$(dsc_of "$pkg" "$prev")
  if [[ -n $prev && $prev != "$pinned" && $(upstream_of "$prev") == "$(upstream_of "$pinned")" &&
        -n ${FILE_ID[$prev_dsc]:-} && "$(file_id "$prev_dsc")" == "${FILE_ID[$prev_dsc]}" ]] &&
     check_version "$pkg" "$prev"; then
    note_substitute "$pkg" "$prev" "$pinned"
    USE[$pkg]=$prev
    continue
  fi
  need+=("$pkg")
done

# --- Download ---------------------------------------------------------------
# The file list and sums come from apt's signed Sources index (apt-get source
# --print-uris, run in an empty directory so that apt does not hash the files
# that are already here); only what is missing or different is downloaded,
# and apt-helper checks each download against that sum.
if ((${#need[@]})); then
  command -v apt-get >/dev/null || die "apt-get is needed to download Debian sources"
  apt_helper=/usr/lib/apt/apt-helper
  [[ -x $apt_helper ]] || die "$apt_helper is needed to download Debian sources"
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
  apt-get "${aptopts[@]}" -qq update || die "apt-get update failed"
  rm -rf "$debsrc/empty" "$dl/partial"
  mkdir -p "$debsrc/empty" "$dl/partial"

  for pkg in "${need[@]}"; do
    mapfile -t offered < <(apt-cache "${aptopts[@]}" showsrc --only-source "$pkg" 2>/dev/null | sed -n 's/^Version: //p')
    ver=$(choose_version "$pkg" "${PINNED[$pkg]}" "${offered[@]}") || exit 1
    uris=$(cd "$debsrc/empty" && apt-get "${aptopts[@]}" -qq source --print-uris "$pkg=$ver") ||
      die "apt-get source --print-uris $pkg=$ver failed"
    [[ -n $uris ]] || die "the Sources index lists no files for $pkg $ver"
    while read -r uri f size hash; do
      [[ $hash == SHA256:* ]] || die "the Sources index has no sha256 for $f"
      sum_of "$f"
      [[ $SUM != "${hash#SHA256:}" ]] || continue
      log "downloading $f ($size bytes)"
      rm -f "$dl/partial/$f" "$dl/partial/$f.FAILED"
      "$apt_helper" "${aptopts[@]}" -qq download-file "${uri//\'/}" "$dl/partial/$f" "$hash" </dev/null >&2 ||
        die "download of $f failed"
      mv "$dl/partial/$f" "$dl/$f"
      unset "FILE_ID[$f]"
    done <<< "$uris"
    check_version "$pkg" "$ver" || die "$pkg $ver: $WHY"
    USE[$pkg]=$ver
  done
fi

new_record=$(
  for pkg in "${PACKAGES[@]}"; do echo "source $pkg ${USE[$pkg]}"; done
  for f in "${KEEP[@]}"; do echo "file $f ${FILE_ID[$f]} ${FILE_SUM[$f]}"; done
)
if [[ "$(cat "$record" 2>/dev/null)" != "$new_record" ]]; then
  printf '%s\n' "$new_record" > "$record.tmp"
  mv "$record.tmp" "$record"
fi
log "checksums ok: wasi-libc ${USE[wasi-libc]}, llvm-toolchain-19 ${USE[llvm-toolchain-19]}"

# --- Unpack -----------------------------------------------------------------
# The .fetched marker holds the sha256 of the tarball the tree came from.
if [[ "$(cat "$src/wasi-libc/.fetched" 2>/dev/null)" != "${FILE_SUM[$WASI_LIBC_TARBALL]}" ]]; then
  log "unpacking $WASI_LIBC_TARBALL"
  rm -rf "$src/wasi-libc" "$src/wasi-libc.tmp"
  mkdir -p "$src/wasi-libc.tmp"
  tar -xJf "$dl/$WASI_LIBC_TARBALL" -C "$src/wasi-libc.tmp" --strip-components=1
  echo "${FILE_SUM[$WASI_LIBC_TARBALL]}" > "$src/wasi-libc.tmp/.fetched"
  mv "$src/wasi-libc.tmp" "$src/wasi-libc"
fi

if [[ "$(cat "$src/llvm/.fetched" 2>/dev/null)" != "${FILE_SUM[$LLVM_TARBALL]}" ]]; then
  log "unpacking parts of $LLVM_TARBALL: ${LLVM_PARTS[*]}"
  rm -rf "$src/llvm" "$src/llvm.tmp"
  mkdir -p "$src/llvm.tmp"
  patterns=()
  for p in "${LLVM_PARTS[@]}"; do patterns+=("$LLVM_TOPDIR/$p/*"); done
  tar -xJf "$dl/$LLVM_TARBALL" -C "$src/llvm.tmp" --strip-components=1 --wildcards "${patterns[@]}"
  echo "${FILE_SUM[$LLVM_TARBALL]}" > "$src/llvm.tmp/.fetched"
  mv "$src/llvm.tmp" "$src/llvm"
fi

log "sources ready in $src"
