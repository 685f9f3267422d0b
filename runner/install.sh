#!/usr/bin/env bash
# Install wasix-run into DESTDIR:
#   DESTDIR/bin/wasix-run                     launcher (from wasix-run.sh)
#   DESTDIR/lib/wasix-run/wasix-run.mjs       the runner (+ wasix-run-worker.mjs)
#   DESTDIR/lib/wasix-run/package.json, package-lock.json
#   DESTDIR/lib/wasix-run/node_modules/       @wasmer/sdk 0.16.0 and its dependencies
# node_modules is copied from runner/node_modules when that holds the pinned
# @wasmer/sdk (after `npm ci` in runner/); otherwise it is installed with
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
want="$(node -e 'process.stdout.write(require(process.argv[1]).dependencies["@wasmer/sdk"])' "$src/package.json")"

mkdir -p "$lib" "$dest/bin"
install -m 0644 "$src/wasix-run.mjs" "$src/wasix-run-worker.mjs" "$src/package.json" "$src/package-lock.json" "$lib/"

have=""
if [ -f "$src/node_modules/@wasmer/sdk/package.json" ]; then
  have="$(node -e 'process.stdout.write(require(process.argv[1]).version)' "$src/node_modules/@wasmer/sdk/package.json")"
fi
rm -rf "$lib/node_modules"
if [ "$have" = "$want" ]; then
  cp -a "$src/node_modules" "$lib/node_modules"
else
  echo "install.sh: runner/node_modules lacks @wasmer/sdk $want; running npm ci in $lib" >&2
  (cd "$lib" && { npm ci --omit=dev --offline --no-audit --no-fund || npm ci --omit=dev --no-audit --no-fund; })
fi

install -m 0755 "$src/wasix-run.sh" "$dest/bin/wasix-run"
echo "installed wasix-run into $dest (bin/wasix-run, lib/wasix-run/)"
