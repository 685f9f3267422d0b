#!/usr/bin/env bash
# zlib (Debian `zlib`): its own ./configure and Makefile with the SDK's driver;
# its `make test` (teststatic: minigzip round trip + example, test64: the same
# with the 64-bit offset API) with the Makefile's emulator hook QEMU_RUN set to
# wasix-run; then a 10 MB file through minigzip on a --dir mount, compared
# byte for byte and cross-checked with the host's gzip.
PORT=zlib
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

port_fetch zlib 1:1.2.13.dfsg-1 \
  zlib_1.2.13.dfsg-1.dsc=3fa1e6b2fc525062aa88207dda52fed8e045373c809d362fe8a2bfbf7cf515a8 \
  zlib_1.2.13.dfsg.orig.tar.bz2=71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1 \
  zlib_1.2.13.dfsg-1.debian.tar.xz=f66cf3d4f2d7defcd4d1fd1fb0a11ee39f1e01b42ec7d059c9dc5c1695133c44

B="$WORK/build"
build() {
  # zlib's configure runs no test programs, so it needs no emulator; CHOST
  # only names the target (it picks the archiver from it otherwise).
  (cd "$B" && CC="$CC_WASIX" CFLAGS=-O2 AR="$AR_WASIX" RANLIB="$RANLIB_WASIX" CHOST=wasm32-wasi \
     ./configure --static) > "$WORK/configure.log" 2>&1 || { say "configure failed (log: $WORK/configure.log)"; return 1; }
  nice make -C "$B" -j"$JOBS" all > "$WORK/make.log" 2>&1 || { say "make failed (log: $WORK/make.log)"; return 1; }
}
if port_fresh_build "$B"; then
  say "building in $B"
  build || { port_done; exit 1; }
fi
port_built "$B/minigzip"

# zlib's own test targets; QEMU_RUN prefixes every test program.
emu="$RUN --dir $B"
for t in teststatic test64; do
  check "make $t" make -s -C "$B" "$t" QEMU_RUN="$emu"
done

# 10 MB through minigzip on a --dir mount: half random bytes, half text (about 10.5 MB).
data="$WORK/roundtrip"
rm -rf "$data" && mkdir -p "$data"
{ head -c 5000000 /dev/urandom; seq 1 800000; } > "$data/orig"
cp "$data/orig" "$data/big"
roundtrip() {
  $RUN --dir "$data" "$B/minigzip" -9 big || return 1
  [[ -s $data/big.gz ]] || { say "no big.gz"; return 1; }
  gzip -t "$data/big.gz" || { say "the host's gzip rejects big.gz"; return 1; }
  cmp <(gzip -dc "$data/big.gz") "$data/orig" || return 1
  rm -f "$data/big"
  $RUN --dir "$data" "$B/minigzip" -d big.gz || return 1
  cmp "$data/big" "$data/orig"
}
check "minigzip 10 MB round trip on a --dir mount" roundtrip
port_done
