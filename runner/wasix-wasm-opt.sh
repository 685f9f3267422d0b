#!/usr/bin/env bash
# wasix-wasm-opt launcher: the wasm-opt of the pinned npm `binaryen` (see package.json), run by
# Node. The drivers use it to asyncify modules with wasm exception instructions, which needs
# binaryen 125 or newer (Debian 12 has 108). Looks for binaryen next to this script (source
# tree: runner/node_modules) or in ../lib/wasix-run/node_modules (installed layout).
set -euo pipefail
self="${BASH_SOURCE[0]}"
while [ -L "$self" ]; do
  link="$(readlink "$self")"
  case "$link" in /*) self="$link" ;; *) self="$(dirname "$self")/$link" ;; esac
done
here="$(cd "$(dirname "$self")" && pwd)"
lib=""
for cand in "$here" "$here/../lib/wasix-run"; do
  if [ -f "$cand/node_modules/binaryen/bin/wasm-opt" ] && [ -f "$cand/find-node.sh" ]; then lib="$cand"; break; fi
done
if [ -z "$lib" ]; then
  echo "wasix-wasm-opt: error: the npm package binaryen is not installed next to $here (run scripts/setup.sh, then reinstall the SDK)" >&2
  exit 125
fi
# shellcheck source=find-node.sh
. "$lib/find-node.sh"
wasix_find_node
if [ -z "$WASIX_NODE" ]; then
  echo "wasix-wasm-opt: error: node (>= 20) not found; install nodejs, run scripts/setup.sh or set WASIX_RUN_NODE" >&2
  exit 125
fi
exec "$WASIX_NODE" "$lib/node_modules/binaryen/bin/wasm-opt" "$@"
