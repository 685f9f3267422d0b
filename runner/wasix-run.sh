#!/usr/bin/env bash
# wasix-run launcher: runs wasix-run.mjs with Node >= 20.
# Looks for the .mjs next to this script (source tree: runner/) or in
# ../lib/wasix-run/ (installed layout: DESTDIR/bin/wasix-run).
# Set WASIX_RUN_NODE to choose the node binary (see below for the default).
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
# Node: $WASIX_RUN_NODE; else `node`/`nodejs` from PATH when it is >= 20; else the
# Node 20 that scripts/setup.sh installs when the system's is older (Debian 12 has 18):
# $WASIX_NODE_DIR/bin/node, default ${XDG_CACHE_HOME:-$HOME/.cache}/wasix-sdk/node20.
node_major() {  # NODE -> major version, or 0
  local v
  v="$("$1" --version 2>/dev/null)" || v=""
  v="${v#v}"; v="${v%%.*}"
  case "$v" in ''|*[!0-9]*) echo 0 ;; *) echo "$v" ;; esac
}
node="${WASIX_RUN_NODE:-}"
old=""
if [ -z "$node" ]; then
  for cand in node nodejs; do
    if command -v "$cand" >/dev/null 2>&1; then
      if [ "$(node_major "$cand")" -ge 20 ]; then node="$(command -v "$cand")"; break; fi
      [ -n "$old" ] || old="$(command -v "$cand") ($("$cand" --version 2>/dev/null || echo '?'))"
    fi
  done
fi
if [ -z "$node" ]; then
  cached="${WASIX_NODE_DIR:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/wasix-sdk/node20}/bin/node"
  if [ -x "$cached" ]; then node="$cached"; fi
fi
if [ -z "$node" ]; then
  if [ -n "$old" ]; then
    echo "wasix-run: error: node >= 20 required, found only $old; run scripts/setup.sh (installs Node 20 into ~/.cache/wasix-sdk/node20) or set WASIX_RUN_NODE" >&2
  else
    echo "wasix-run: error: node (>= 20) not found; install nodejs, run scripts/setup.sh or set WASIX_RUN_NODE" >&2
  fi
  exit 125
fi
exec "$node" "$mjs" "$@"
