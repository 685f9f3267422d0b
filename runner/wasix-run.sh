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
# With WASIX_SDK_RUN_SERVER=DIR, runs go to warm run servers in DIR (run_server.mjs) through
# the client, which comes back here with WASIX_RUN_COLD=1 when none is free: then this run
# starts a server for the runs after it and goes on as a single run. A run that chooses its
# Node (WASIX_SDK_NODE) is a single run: the servers run on the default one.
serve=""
case "${0##*/}" in
  wasix-wasm-opt*) ;;
  *)
    # (Without the client, built with the drivers, e.g. in the source tree: single runs.)
    if [ -n "${WASIX_SDK_RUN_SERVER:-}" ] && [ -z "${WASIX_SDK_NODE:-}" ] && [ -x "$lib/wasix-run-client" ]; then
      if [ -z "${WASIX_RUN_COLD:-}" ]; then
        exec "$lib/wasix-run-client" "$self" "$WASIX_SDK_RUN_SERVER" "$@"
      fi
      serve="$WASIX_SDK_RUN_SERVER"
    fi ;;
esac
unset WASIX_RUN_COLD
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
if [ -n "$serve" ]; then
  # Its own session, no terminal, no inherited output: it outlives this run, and whoever waits
  # for this run's output does not wait for it.
  # The subshell bash forks for it becomes the server (exec), so nothing stays in this run's
  # process group or holds its output open.
  ( mkdir -p -m 700 "$serve" && exec setsid "$node" "$mjs" --serve "$serve" ) </dev/null >/dev/null 2>&1 &
fi
exec "$node" "$mjs" "$@"
