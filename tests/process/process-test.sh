#!/usr/bin/env bash
# process-test.sh TEST — build one process-model guest with the SDK's driver
# and run it under wasix-run (called by ctest, see CMakeLists.txt). Needs:
#   WASIX_DIST  the assembled SDK (dist/)    PT_SRC   this directory
#   PT_WORK     a scratch directory          REPO_ROOT the repository root
#
# The drivers asyncify guests that fork or take stack checkpoints and link
# the relative-path resolver by themselves; the explicit -fwasix-asyncify and
# -Wl,-u,__wasilibc_find_relpath_alloc below check that saying so changes
# nothing.
set -euo pipefail

TEST="${1:?usage: process-test.sh TEST}"
: "${WASIX_DIST:?WASIX_DIST is not set}" "${PT_SRC:?}" "${PT_WORK:?}"

fail() { echo "FAIL [$TEST]: $*" >&2; exit 1; }

CC="$WASIX_DIST/bin/wasix-clang"
RUN="$WASIX_DIST/bin/wasix-run"
[ -x "$CC" ] || fail "no SDK at WASIX_DIST=$WASIX_DIST ($CC missing): run scripts/make-dist.sh"
[ -x "$RUN" ] || fail "$RUN missing in the SDK"

work="$PT_WORK/$TEST"
rm -rf "$work"
mkdir -p "$work/bin"
cd "$work"

ASYNC=(-fwasix-asyncify)
CWD=(-Wl,-u,__wasilibc_find_relpath_alloc)
build() {  # OUT SRC [FLAGS...]
  local out=$1 src=$2; shift 2
  "$CC" -O2 -Wall -Werror "$@" "$PT_SRC/$src" -o "$out" || fail "cannot build $src"
}

case "$TEST" in
fd)      build fd_test.wasm fd_test.c;                       "$RUN" fd_test.wasm ;;
misc)    build misc_test.wasm misc_test.c;                   "$RUN" misc_test.wasm ;;
cwd)     build cwd_test.wasm cwd_test.c "${CWD[@]}";          "$RUN" cwd_test.wasm ;;
# The checkpoint-based setjmp (-fno-wasix-sjlj), kept for objects built without the
# exception-based lowering.
setjmp)  build setjmp_test.wasm setjmp_test.c -fno-wasix-sjlj "${ASYNC[@]}";  "$RUN" setjmp_test.wasm ;;
setjmp_eh)
  # LLVM's exception-based setjmp: no asyncify, and the module must not import
  # stack_checkpoint/stack_restore (it could not be asyncified).
  build setjmp_eh.wasm setjmp_test.c -mllvm -wasm-enable-sjlj
  if command -v wasm-objdump >/dev/null; then
    ! wasm-objdump -x -j Import setjmp_eh.wasm | grep -Eq '<- wasix_32v1\.stack_(checkpoint|restore)$' ||
      fail "the exception-based build imports stack_checkpoint/stack_restore"
  fi
  "$RUN" setjmp_eh.wasm ;;
fork)    build fork_test.wasm fork_test.c "${ASYNC[@]}";      "$RUN" fork_test.wasm ;;
signal)  build signal_test.wasm signal_test.c "${ASYNC[@]}";  "$RUN" signal_test.wasm ;;
exec|spawn)
  build bin/exec_child.wasm exec_child.c "${CWD[@]}"
  build "${TEST}_test.wasm" "${TEST}_test.c" "${ASYNC[@]}" "${CWD[@]}"
  "$RUN" --dir "$work/bin:/workspace/bin" "${TEST}_test.wasm" /workspace/bin ;;
mini_shell)
  ex="$REPO_ROOT/examples/mini-shell"
  for t in echo upper cat wc exit; do
    "$CC" -O2 -Wall -Werror "${CWD[@]}" "$ex/tools/$t.c" -o "bin/$t.wasm" || fail "cannot build $t"
  done
  "$CC" -O2 -Wall -Werror "${ASYNC[@]}" "${CWD[@]}" "$ex/mini-shell.c" -o mini-shell.wasm || fail "cannot build mini-shell"
  printf '%s\n' "echo hello world | upper" "echo 'two  spaces' > /tmp/o.txt" "cat /tmp/o.txt | wc" \
    "exit.wasm 3" "status" "cd /tmp" "pwd" "echo again>>o.txt" "cat o.txt|upper|wc" "nosuch" \
    "echo a | exit.wasm 4" "exit 5" > script.txt
  rc=0
  "$RUN" --dir "$work/bin:/workspace/bin" mini-shell.wasm -v -n < script.txt > out.txt 2> err.txt || rc=$?
  cat out.txt err.txt
  [ "$rc" -eq 5 ] || fail "mini-shell exited with $rc, expected 5"
  expected=$(printf '%s\n' "HELLO WORLD" "[status 0]" "[status 0]" "1 2 12" "[status 0]" "[status 3]" "3" \
    "[status 0]" "[status 0]" "/tmp" "[status 0]" "[status 0]" "2 3 18" "[status 0]" "[status 79]" "[status 4]")
  [ "$(cat out.txt)" = "$expected" ] || fail "unexpected output"
  grep -q "mini-shell: nosuch: No such file or directory" err.txt || fail "no error for a missing program"
  echo "mini_shell: ok" ;;
os_checklist)
  build os_checklist.wasm os_checklist.c;                  "$RUN" os_checklist.wasm ;;
cxx_terminate)
  # An uncaught exception ends a C++ program as on Linux: GCC's terminate message on stderr
  # and exit status 134 (SIGABRT natively). Compared with the same program built by the host
  # c++ when there is one.
  "$WASIX_DIST/bin/wasix-clang++" -O2 -Wall -Wno-terminate -Wno-exceptions "$PT_SRC/cxx_terminate.cpp" -o cxx_terminate.wasm ||
    fail "cannot build cxx_terminate.cpp"
  native=""
  if command -v c++ >/dev/null && c++ -O2 -Wno-terminate "$PT_SRC/cxx_terminate.cpp" -o cxx_terminate.native 2>/dev/null; then
    native=./cxx_terminate.native
  fi
  for mode in uncaught uncaught_int noexcept terminate; do
    rc=0
    "$RUN" cxx_terminate.wasm "$mode" > "$mode.out" 2> "$mode.err" || rc=$?
    [ "$rc" -eq 134 ] || { cat "$mode.err" >&2; fail "$mode: exit status $rc, expected 134"; }
    # wasix-run adds its own line about the trap abort() is.
    grep -v '^wasix-run: ' "$mode.err" > "$mode.msg" || true
    echo "--- $mode (exit $rc):"; cat "$mode.msg"
    case "$mode" in
      uncaught) expected=$'terminate called after throwing an instance of \'std::runtime_error\'\n  what():  nobody catches this' ;;
      uncaught_int) expected="terminate called after throwing an instance of 'int'" ;;
      noexcept) expected=$'terminate called after throwing an instance of \'std::logic_error\'\n  what():  through noexcept' ;;
      terminate) expected="terminate called without an active exception" ;;
    esac
    [ "$(cat "$mode.msg")" = "$expected" ] || fail "$mode: unexpected stderr"
    if [ -n "$native" ]; then
      nrc=0
      "$native" "$mode" > /dev/null 2> "$mode.native.err" || nrc=$?
      [ "$nrc" -eq 134 ] || fail "$mode: the native program exited with $nrc (expected 134)"
      diff "$mode.native.err" "$mode.msg" || fail "$mode: stderr differs from the native program's"
    fi
  done
  rc=0
  "$RUN" cxx_terminate.wasm fork_in_catch > fork.out 2> fork.err || rc=$?
  cat fork.out fork.err
  [ "$rc" -eq 0 ] || fail "fork_in_catch: exit status $rc"
  [ "$(cat fork.out)" = $'in catch: ENOTSUP\nafter catch: forked\ncaught again' ] || fail "fork_in_catch: unexpected output"
  grep -q '^fork: not supported inside a C++ catch block' fork.err || fail "fork_in_catch: no message on stderr"
  echo "cxx_terminate: ok" ;;
*) fail "unknown test" ;;
esac
