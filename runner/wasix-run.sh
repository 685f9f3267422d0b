#!/usr/bin/env bash
# wasix-run launcher: runs wasix-run.mjs with Node >= 20.
# Looks for the .mjs next to this script (source tree: runner/) or in
# ../lib/wasix-run/ (installed layout: DESTDIR/bin/wasix-run).
# Set WASIX_RUN_NODE to choose the node binary.
set -euo pipefail
self="${BASH_SOURCE[0]}"
while [ -L "$self" ]; do
  link="$(readlink "$self")"
  case "$link" in /*) self="$link" ;; *) self="$(dirname "$self")/$link" ;; esac
done
here="$(cd "$(dirname "$self")" && pwd)"
mjs=""
for cand in "$here/wasix-run.mjs" "$here/../lib/wasix-run/wasix-run.mjs"; do
  if [ -f "$cand" ]; then mjs="$cand"; break; fi
done
if [ -z "$mjs" ]; then
  echo "wasix-run: error: cannot find wasix-run.mjs next to $here" >&2
  exit 125
fi
node="${WASIX_RUN_NODE:-}"
if [ -z "$node" ]; then
  for cand in node nodejs; do
    if command -v "$cand" >/dev/null 2>&1; then node="$(command -v "$cand")"; break; fi
  done
fi
if [ -z "$node" ]; then
  echo "wasix-run: error: node (>= 20) not found; install nodejs or set WASIX_RUN_NODE" >&2
  exit 125
fi
exec "$node" "$mjs" "$@"
