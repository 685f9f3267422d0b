#!/usr/bin/env bash
# process-build-hook.sh - the two steps build-sysroot.sh runs for the process
# model (issue 5); see process-build-hook.md.
#
#   process-build-hook.sh headers INCDIR
#       Install sysroot/include/ over the wasi-libc headers in INCDIR
#       (OUTDIR/include/wasm32-wasi). An overlay that extends wasi-libc's
#       header instead of replacing it includes the original as
#       <__wasilibc/NAME>; for those the original is moved there first.
#       Idempotent.
#
#   process-build-hook.sh prune LIBC_A NM OBJ...
#       Delete from LIBC_A the wasi-libc members that define a global symbol
#       one of the SDK objects OBJ... also defines (getcwd.o, chdir.o,
#       isatty.o, fcntl.o, ioctl.o, ...), so the SDK's versions are the only
#       ones. Fails if a deleted member defined a symbol no OBJ defines.
#       Prints one line per deleted member: "MEMBER SYMBOL...".
#       Run it before the OBJs are added to LIBC_A.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() { printf 'process-build-hook: error: %s\n' "$*" >&2; exit 1; }

case "${1:-}" in
headers)
  inc=$2
  [[ -d "$inc" ]] || die "no such directory: $inc"
  (cd "$here/include" && find . -type f -name '*.h' | LC_ALL=C sort) | while read -r rel; do
    rel=${rel#./}
    if grep -q "<__wasilibc/$rel>" "$here/include/$rel"; then
      if [[ ! -f "$inc/__wasilibc/$rel" ]]; then
        [[ -f "$inc/$rel" ]] || die "$rel extends a wasi-libc header that does not exist"
        mkdir -p "$(dirname "$inc/__wasilibc/$rel")"
        mv "$inc/$rel" "$inc/__wasilibc/$rel"
      fi
    fi
    mkdir -p "$(dirname "$inc/$rel")"
    cp "$here/include/$rel" "$inc/$rel"
  done
  ;;
prune)
  libc=$2; nm=$3; shift 3
  [[ -f "$libc" ]] || die "no such archive: $libc"
  # Weak definitions on either side do not make a conflict (the linker
  # prefers the strong one): only strong SDK symbols select members to drop,
  # and only a dropped member's strong symbols must all be provided again.
  ours=$("$nm" --defined-only -g "$@" 2>/dev/null | awk 'NF==3 && $2 !~ /^[UuWwVv]$/ {print $3}' | LC_ALL=C sort -u)
  ours_all=$("$nm" --defined-only -g "$@" 2>/dev/null | awk 'NF==3 && $2 != "U" {print $3}' | LC_ALL=C sort -u)
  # member:symbol for every global definition in libc.a
  theirs=$("$nm" -A --defined-only -g "$libc" 2>/dev/null | awk 'NF==4 && $3 !~ /^[WwVv]$/ {m=$1; sub(/:$/, "", m); sub(/^.*:/, "", m); print m " " $4}')
  members=$(join -1 2 -2 1 <(echo "$theirs" | LC_ALL=C sort -k2,2) <(echo "$ours") | awk '{print $2}' | LC_ALL=C sort -u)
  [[ -n "$members" ]] || exit 0
  for m in $members; do
    for s in $(echo "$theirs" | awk -v m="$m" '$1 == m {print $2}'); do
      # A here-string, not a pipe: grep -q stops reading at the first match,
      # and under pipefail the writer's SIGPIPE would fail the test.
      grep -qx -- "$s" <<< "$ours_all" || die "$m also defines $s, which the SDK objects do not provide"
    done
    # One line per replaced member and the symbols it defined, for
    # sysroot/overrides.txt (build-sysroot.sh compares).
    echo "$m $(echo "$theirs" | awk -v m="$m" '$1 == m {print $2}' | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')"
    "${LLVM_AR:-llvm-ar-19}" d "$libc" "$m"
  done
  ;;
*) die "usage: $0 headers INCDIR | prune LIBC_A NM OBJ..." ;;
esac
