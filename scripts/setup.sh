#!/usr/bin/env bash
# setup.sh — install what the WASIX SDK build needs on Debian 12; idempotent.
#
#  1. Debian packages: skipped entirely when all are present; otherwise one `apt-get update`,
#     a check that each missing package exists, and one `apt-get install -y` (needs root).
#  2. `npm ci` in runner/ when runner/node_modules is missing or older than the lockfile.
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
  autoconf
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

# runner/ needs Node >= 20; Debian 12's own nodejs is 18.
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$node_major" -lt 20 ]; then
  echo "setup: warning: node $(node --version 2>/dev/null || echo '(none)') is older than 20, which runner/ (wasix-run) requires" >&2
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
