#!/usr/bin/env bash
# fetch.sh [--debian-patches=P1,P2...] PACKAGE VERSION DEST FILE=SHA256...
#
# Puts the Debian source package PACKAGE at VERSION, unpacked by dpkg-source
# (Debian's own patches applied, none of ours), into DEST. With
# --debian-patches only the named patches of debian/patches are applied (for
# a package whose Debian patches also replace the upstream build system with
# Debian's packaging, when the port uses the upstream one). Every file of the
# package is named with its pinned sha256; a file that is missing or differs in
# WASIX_CACHE_DIR/dl is downloaded through a project-local deb-src list (the
# machine's apt setup is untouched), as sysroot/fetch-sources.sh does, and
# checked again. DEST/.fetched holds the sums it was unpacked from, so a warm
# run hashes the files and does nothing else (no network).
set -euo pipefail
only=
if [[ ${1:-} == --debian-patches=* ]]; then only=${1#*=}; shift; fi
[[ $# -ge 4 ]] || { echo "usage: $0 PACKAGE VERSION DEST FILE=SHA256..." >&2; exit 2; }
pkg=$1 ver=$2 dest=$(realpath -m "$3")
shift 3
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=$(realpath -m "${WASIX_CACHE_DIR:-$root/.cache}")
dl="$cache/dl"
mkdir -p "$dl"

log() { printf 'ports/fetch: %s\n' "$*" >&2; }
die() { printf 'ports/fetch: error: %s\n' "$*" >&2; exit 1; }

declare -A want=()
dsc=
for spec in "$@"; do
  want[${spec%%=*}]=${spec#*=}
  [[ ${spec%%=*} != *.dsc ]] || dsc=${spec%%=*}
done
[[ -n $dsc ]] || die "$pkg: no .dsc among the pinned files"

exec 9>"$cache/.fetch.lock"
flock 9

ok() { [[ -f "$dl/$1" && "$(sha256sum "$dl/$1" | cut -d' ' -f1)" == "${want[$1]}" ]]; }
missing=()
for f in "${!want[@]}"; do ok "$f" || missing+=("$f"); done

if ((${#missing[@]})); then
  debsrc="$cache/deb-src"
  mkdir -p "$debsrc/lists/partial" "$debsrc/parts" "$debsrc/empty" "$dl/partial"
  [[ -f /etc/apt/sources.list.d/debian.sources ]] || die "/etc/apt/sources.list.d/debian.sources not found (Debian 12 expected)"
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$debsrc/parts/src.sources"
  aptopts=(-o "Dir::Etc::SourceList=$debsrc/none" -o "Dir::Etc::SourceParts=$debsrc/parts"
           -o "Dir::State::Lists=$debsrc/lists" -o "APT::Sandbox::User=root")
  log "apt-get update (project-local deb-src list)"
  apt-get "${aptopts[@]}" -qq update || die "apt-get update failed"
  uris=$(cd "$debsrc/empty" && apt-get "${aptopts[@]}" -qq source --print-uris "$pkg=$ver") ||
    die "apt-get source --print-uris $pkg=$ver failed (is $ver still in the archive?)"
  while read -r uri f size hash; do
    [[ -n ${want[$f]:-} ]] || die "$pkg $ver has a file that is not pinned: $f"
    ok "$f" && continue
    [[ ${hash#SHA256:} == "${want[$f]}" ]] || die "$f: the signed Sources index says ${hash#SHA256:}, pinned ${want[$f]}"
    log "downloading $f ($size bytes)"
    rm -f "$dl/partial/$f"
    /usr/lib/apt/apt-helper "${aptopts[@]}" -qq download-file "${uri//\'/}" "$dl/partial/$f" "$hash" </dev/null >&2 ||
      die "download of $f failed"
    mv "$dl/partial/$f" "$dl/$f"
  done <<< "$uris"
  for f in "${!want[@]}"; do ok "$f" || die "$f: missing or checksum mismatch after download"; done
fi

# The .dsc must list exactly the other pinned files, with the same sums.
listed=$(awk '/^Checksums-Sha256:/{on=1;next} /^[^ ]/{on=0} on&&NF==3{print $3 "=" $1}' "$dl/$dsc" | sort)
pinned=$(for f in "${!want[@]}"; do [[ $f == "$dsc" ]] || echo "$f=${want[$f]}"; done | sort)
[[ $listed == "$pinned" ]] || die "$dsc does not list the pinned files and sums"

stamp=$( (printf '%s\n' "$@" | sort; echo "patches: ${only:-all}") | sha256sum | cut -d' ' -f1)
if [[ "$(cat "$dest/.fetched" 2>/dev/null)" != "$stamp" ]]; then
  log "unpacking $pkg $ver into $dest"
  rm -rf "$dest" "$dest.tmp"
  mkdir -p "$(dirname "$dest")"
  # dpkg-source checks the .dsc sums again; its gpgv notes (no Debian keyring
  # here) are only shown if it fails.
  skip=()
  [[ -z $only ]] || skip=(--skip-patches)
  out=$(dpkg-source --no-copy -q "${skip[@]}" -x "$dl/$dsc" "$dest.tmp" 2>&1) || { echo "$out" >&2; die "dpkg-source -x $dsc failed"; }
  if [[ -n $only ]]; then
    IFS=, read -r -a names <<< "$only"
    for p in "${names[@]}"; do
      patch -s -p1 -d "$dest.tmp" < "$dest.tmp/debian/patches/$p" || die "Debian's $p does not apply"
    done
  fi
  echo "$stamp" > "$dest.tmp/.fetched"
  mv "$dest.tmp" "$dest"
fi
