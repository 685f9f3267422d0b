#!/usr/bin/env bash
# make-release.sh [DIST_DIR] [OUT_DIR] — pack the assembled SDK (default: dist, after
# scripts/build.sh) as OUT_DIR/wasix-sdk-<version>-linux-x86_64.tar.gz (default OUT_DIR: .),
# one top directory wasix-sdk-<version>/ that works wherever it is unpacked. Prints the
# tarball's path.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { echo "make-release: error: $*" >&2; exit 1; }

DIST="${1:-dist}"
OUT="${2:-.}"
[ -x "$DIST/bin/wasix-clang" ] && [ -x "$DIST/bin/wasix-run" ] ||
  die "$DIST is not an assembled SDK (run scripts/build.sh, or scripts/make-dist.sh BUILD $DIST)"
[ -f "$DIST/share/wasix/VERSION" ] || die "$DIST/share/wasix/VERSION missing (an SDK assembled before versions were installed: rerun scripts/make-dist.sh)"
version="$(cat "$DIST/share/wasix/VERSION")"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x86_64 ;;
  *) die "the SDK bundles Node for linux-x86_64 only (this is $(uname -s)-$(uname -m))" ;;
esac
name="wasix-sdk-$version"
mkdir -p "$OUT"
tarball="$(cd "$OUT" && pwd)/$name-$platform.tar.gz"
dist_abs="$(cd "$DIST" && pwd)"
# Owner and group of the files are not the packer's; the order is fixed, so that two packs
# of one tree list the same files in the same order.
tar --create --gzip --file "$tarball.tmp" --directory "$dist_abs" \
  --transform "s,^\\.,$name,S" --sort=name --owner=0 --group=0 --numeric-owner .
mv "$tarball.tmp" "$tarball"
echo "$tarball"
