#!/usr/bin/env bash
# run.sh [NAME...] - builds and tests the ports (default: all, in order), each
# with ports/NAME/build.sh, its output in $PORTS_WORK/NAME/log, and writes
# ports/results.md. Exits 1 if a port failed to build or a test failed (but
# the known failures a recipe lists with their causes).
# Environment: as ports/common.sh (WASIX_DIST, WASIX_CACHE_DIR, PORTS_WORK,
# WASIX_JOBS, PORTS_REBUILD).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(realpath -m "${PORTS_WORK:-$(dirname "$here")/build/ports}")
names=("$@")
((${#names[@]})) || names=(zlib lua sqlite fmt redis)

status=0
for n in "${names[@]}"; do
  [[ -f $here/$n/build.sh ]] || { echo "run.sh: no recipe ports/$n/build.sh" >&2; exit 2; }
  mkdir -p "$work/$n"
  rm -f "$work/$n/result"
  start=$(date +%s)
  if bash "$here/$n/build.sh" > "$work/$n/log" 2>&1; then
    echo "ports: $n ok ($(( $(date +%s) - start )) s)"
  else
    status=1
    echo "ports: $n FAILED ($(( $(date +%s) - start )) s, log: $work/$n/log)"
    [[ -s $work/$n/failures.txt ]] && sed 's/^/  /' "$work/$n/failures.txt"
  fi
done

get() { sed -n "s/^$2=//p" "$work/$1/result" 2>/dev/null; }
{
  echo "# Ports: results"
  echo
  echo "Written by \`ports/run.sh\` ($(date -u '+%Y-%m-%d %H:%M UTC')). Wall time is the whole recipe"
  echo "(fetch, configure, build, tests), or only the tests where the build was reused (\"cached"
  echo "build\"), on the project's shared 2-core machine. Size is the main program's .wasm."
  echo
  echo "| program | Debian version | builds | tests passed | tests failed | wall time | binary | size |"
  echo "|---|---|---|---|---|---|---|---|"
  for n in "${names[@]}"; do
    if [[ -f $work/$n/result ]]; then
      cached=
      [[ $(get "$n" reused) != yes ]] || cached=" (cached build)"
      printf '| %s | %s | %s | %s | %s | %s s%s | %s | %s |\n' "$n" "$(get "$n" version)" "$(get "$n" built)" \
        "$(get "$n" passed)" "$(get "$n" failed)$(k=$(get "$n" known); [[ ${k:-0} == 0 ]] || echo " ($k known)")" "$(get "$n" seconds)" "$cached" "$(get "$n" binary)" \
        "$(get "$n" size | awk '$1 ~ /^[0-9]+$/ { printf "%.2f MB", $1 / 1e6; next } { print }')"
    else
      printf '| %s | ? | no | - | - | - | - | - |\n' "$n"
    fi
  done
  for n in "${names[@]}"; do
    if [[ -s $work/$n/failures.txt ]]; then
      echo
      echo "Failures of $n:"
      echo
      sed 's/^/- /' "$work/$n/failures.txt"
    fi
  done
} > "$here/results.md"
echo "ports: wrote $here/results.md"
exit $status
