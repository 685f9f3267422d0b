#!/usr/bin/env bash
# Lua 5.4 (Debian `lua5.4`): upstream's Makefile (`make posix`) with the SDK's
# driver. Debian's patches 0001/0002 replace that Makefile with Debian's
# packaging (libtool shared libraries, a linker version script, multiarch
# paths), so only its source fixes (0003-0005) are applied. The interpreter
# links system() and popen(), i.e. fork/exec: the driver asyncifies it.
# Debian ships no Lua test suite; test.lua is ours (errors over setjmp,
# coroutines, string/table/io/os, os.execute/io.popen through a stand-in
# /bin/sh). It also runs under a native lua5.4 with the same result.
PORT=lua
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

port_fetch lua5.4 5.4.4-3+deb12u1 --debian-patches=0003-extern_C.patch,0004-cve-2022-28805.patch,0005-cve-2022-33099.patch \
  lua5.4_5.4.4-3+deb12u1.dsc=d47c50154294a68c8a209c5d61bc09e5b22891c01b7c47501ac3f9725eb4a813 \
  lua5.4_5.4.4.orig.tar.gz=164c7849653b80ae67bec4b7473b884bf5cc8d2dca05653475ec2ed27b9ebf61 \
  lua5.4_5.4.4-3+deb12u1.debian.tar.xz=2d8e0e380722c648cfeffb8d58287865619b4d035544d93d7ef3a2eaf627abe6

B="$WORK/build"
bin="$WORK/bin"
build() {
  nice make -C "$B" -j"$JOBS" posix CC="$CC_WASIX -std=gnu99" AR="$AR_WASIX rcu" RANLIB="$RANLIB_WASIX" \
    > "$WORK/make.log" 2>&1 || { say "make failed (log: $WORK/make.log)"; return 1; }
  # The stand-in shell and an echo for os.execute/io.popen.
  rm -rf "$bin" && mkdir -p "$bin"
  "$CC_WASIX" -O2 "$PORTS_DIR/lua/sh.c" -o "$bin/sh" &&
    "$CC_WASIX" -O2 "$REPO/examples/mini-shell/tools/echo.c" -o "$bin/echo"
}
if port_fresh_build "$B" "$PORTS_DIR/lua/sh.c" "$REPO/examples/mini-shell/tools/echo.c"; then
  say "building in $B"
  build || { port_done; exit 1; }
fi
port_built "$B/src/lua"

data="$WORK/data"
rm -rf "$data" && mkdir -p "$data"
lua() {
  "$RUN" --env LUA_PORT_TEST=yes --dir "$bin:/bin:ro" --dir "$data:/data" --dir "$PORTS_DIR/lua:/tests:ro" \
    --cwd /data "$B/src/$1" "${@:2}"
}

version() { lua lua -v | tee /dev/stderr | grep -q '^Lua 5\.4\.4'; }
check "lua -v" version

# Every test of test.lua counts; its summary line is the last it prints.
if out=$(lua lua /tests/test.lua /data); then status=0; else status=$?; fi
printf '%s\n' "$out"
results_of test.lua <<< "$out"
summary=$(tail -1 <<< "$out")
[[ $status == 0 && $summary == *" passed, 0 failed" ]] || fail "test.lua" "exit $status, last line: $summary"

# luac compiles the script to bytecode on the mount, lua runs the bytecode.
bytecode() { lua luac -o /data/test.luac /tests/test.lua && lua lua /data/test.luac /data > "$WORK/bytecode.log"; }
check "luac, then lua on the bytecode" bytecode
port_done
