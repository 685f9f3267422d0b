#!/usr/bin/env bash
# wasix-run launcher: runs wasix-run.mjs with Node >= 20.
# Looks for the .mjs next to this script (source tree: runner/) or in
# ../lib/wasix-run/ (installed layout: DESTDIR/bin/wasix-run).
# Set WASIX_SDK_NODE to choose the node binary (see below for the default).
# Called as wasix-wasm-opt (a symlink install.sh makes), it runs the wasm-opt of the pinned npm
# binaryen next to the runner instead: the drivers use it to asyncify modules with wasm
# exception instructions, which needs binaryen 125 or newer (Debian 12 has 108).
# Every start of a guest goes through here, so the launcher forks nothing on its way to Node
# (parameter expansions instead of dirname/basename/pwd; readlink only when called through a
# symbolic link such as wasix-wasm-opt).
set -euo pipefail
self="${BASH_SOURCE[0]}"
while [ -L "$self" ]; do
  link="$(readlink "$self")"
  case "$link" in /*) self="$link" ;; *) self="${self%/*}/$link" ;; esac
done
case "$self" in */*) here="${self%/*}" ;; *) here=. ;; esac
mjs=""
for cand in "$here/wasix-run.mjs" "$here/../lib/wasix-run/wasix-run.mjs"; do
  if [ -f "$cand" ]; then mjs="$cand"; break; fi
done
if [ -z "$mjs" ]; then
  echo "wasix-run: error: cannot find wasix-run.mjs next to $here" >&2
  exit 125
fi
lib="${mjs%/*}"
# Which node: see find-node.sh (installed next to wasix-run.mjs).
finder="$lib/find-node.sh"
if [ ! -f "$finder" ]; then
  echo "wasix-run: error: cannot find find-node.sh next to $mjs" >&2
  exit 125
fi
# shellcheck source=find-node.sh
. "$finder"
wasix_find_node "$lib"
node="$WASIX_NODE"
old="$WASIX_OLD_NODE"
if [ -z "$node" ]; then
  if [ -n "$old" ]; then
    echo "wasix-run: error: node >= 20 required, found only $old; run scripts/setup.sh (installs Node 20 into ~/.cache/wasix-sdk/node20) or set WASIX_SDK_NODE" >&2
  else
    echo "wasix-run: error: node (>= 20) not found; install nodejs, run scripts/setup.sh or set WASIX_SDK_NODE" >&2
  fi
  exit 125
fi
case "${0##*/}" in
  wasix-wasm-opt*)
    opt="$lib/node_modules/binaryen/bin/wasm-opt"
    if [ ! -f "$opt" ]; then
      echo "wasix-wasm-opt: error: $opt is missing (run scripts/setup.sh, then reinstall the SDK)" >&2
      exit 125
    fi
    exec "$node" "$opt" "$@" ;;
esac
exec "$node" "$mjs" "$@"
