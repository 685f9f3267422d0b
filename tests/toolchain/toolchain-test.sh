#!/usr/bin/env bash
# toolchain-test.sh CASE — one test of the SDK's drivers, toolchain file and autotools support,
# run by ctest (see CMakeLists.txt). Needs:
#   WASIX_DIST   the assembled SDK (dist/)      TC_SRC   this directory
#   TC_WORK      a scratch directory for CASE   REPO_ROOT the repository root
set -euo pipefail

CASE="${1:?usage: toolchain-test.sh CASE}"
: "${WASIX_DIST:?WASIX_DIST is not set}" "${TC_SRC:?}" "${TC_WORK:?}" "${REPO_ROOT:?}"

fail() { echo "FAIL [$CASE]: $*" >&2; exit 1; }
note() { echo "[$CASE] $*"; }

CC="$WASIX_DIST/bin/wasix-clang"
CXX="$WASIX_DIST/bin/wasix-clang++"
RUN="$WASIX_DIST/bin/wasix-run"
[ -x "$CC" ] || fail "no SDK at WASIX_DIST=$WASIX_DIST ($CC missing): run scripts/make-dist.sh (or set -DWASIX_DIST=...)"
[ -e "$CXX" ] || fail "$CXX missing in the SDK"
[ -d "$WASIX_DIST/share/wasix-sysroot" ] || fail "$WASIX_DIST/share/wasix-sysroot missing"
command -v wasm-objdump >/dev/null || fail "wasm-objdump not found (install wabt)"

rm -rf "$TC_WORK"
mkdir -p "$TC_WORK"
cd "$TC_WORK"

need_runner() { [ -x "$RUN" ] || fail "$RUN missing in the SDK"; }

# expect_error_line RC_EXPECTED STDERR_FILE EXPECTED_LINE_OR_PREFIX…: exactly one line on stderr.
one_error_line() {
  local file="$1" prefix="$2"
  local lines; lines=$(wc -l < "$file")
  [ "$lines" -eq 1 ] || { cat "$file" >&2; fail "expected one line on stderr, got $lines"; }
  grep -q "^$prefix" "$file" || { cat "$file" >&2; fail "stderr does not start with '$prefix'"; }
}

# noted_error FILE NOTE ERROR_PREFIX: stderr is the note that a setting overrides a default,
# then one error line.
noted_error() {
  local lines; lines=$(wc -l < "$1")
  [ "$lines" -eq 2 ] && [ "$(head -1 "$1")" = "$2" ] && tail -1 "$1" | grep -q "^$3" ||
    { cat "$1" >&2; fail "expected '$2' then '$3…' on stderr"; }
}

# Section details of a module, for grepping.
details() { wasm-objdump -x "$1"; }

check_memory_import() {  # FILE MAX_PAGES
  local d; d=$(details "$1")
  grep -Eq "memory\[0\] pages: initial=[0-9]+ max=$2 shared <- env\.memory" <<<"$d" ||
    { grep -i memory <<<"$d" >&2; fail "$1 does not import env.memory as shared with max=$2 pages"; }
}

check_export() {  # FILE NAME
  grep -Eq -- "-> \"$2\"\$" <<<"$(details "$1")" || fail "$1 does not export $2"
}

run_guest() {  # EXPECTED_REGEX FILE ARGS…
  local expect="$1"; shift
  need_runner
  local out rc=0
  out=$("$RUN" "$@" 2>"$TC_WORK/run.err") || rc=$?
  echo "$out"
  [ "$rc" -eq 0 ] || { cat "$TC_WORK/run.err" >&2; fail "guest $1 exited with $rc"; }
  grep -Eq -- "$expect" <<<"$out" || fail "guest $1 output does not match /$expect/"
}

case "$CASE" in

side-module)
  # -shared links a side module: a dylink.0 section, the program's shared memory imported,
  # no libc of its own (its libc calls are imports the program's exports resolve).
  printf '#include <string.h>\nint side_value = 5;\nint side_len(const char *s) { return (int)strlen(s) + side_value; }\n' > side.c
  "$CC" -fPIC -shared side.c -o libside.so
  d=$(details libside.so)
  grep -q -- '- name: "dylink.0"' <<<"$d" || { head -20 <<<"$d" >&2; fail "libside.so has no dylink.0 section"; }
  check_memory_import libside.so 65536
  grep -Eq '<- env\.strlen$' <<<"$d" || fail "libside.so does not import strlen from the program"
  grep -Eq -- '-> "side_len"$' <<<"$d" || fail "libside.so does not export side_len"
  # The same from an object compiled with -fPIC, and with wasix-clang++.
  "$CC" -fPIC -c side.c -o side.o
  "$CC" -shared side.o -o libside2.so
  grep -q -- '- name: "dylink.0"' <<<"$(details libside2.so)" || fail "libside2.so is no side module"
  "$CXX" -fPIC -shared -x c++ side.c -o libside3.so
  grep -q -- '- name: "dylink.0"' <<<"$(details libside3.so)" || fail "the C++ side module is no side module"
  # A refused link leaves no file: symbols defined twice, and a C++ program linked with -fPIC
  # against a sysroot without position-independent libc++ (one of an older SDK: the sysroot's
  # files linked into a tree without pic/eh/libc++.a).
  printf 'int side_value = 6;\n' > dup.c
  "$CC" -fPIC -c dup.c -o dup.o
  rc=0; "$CC" -shared side.o dup.o -o libbad.so 2>err.txt || rc=$?
  [ "$rc" -ne 0 ] || fail "a side module with a duplicate symbol linked"
  [ ! -e libbad.so ] || fail "the refused link left libbad.so"
  rm -rf old-sysroot
  cp -as "$WASIX_DIST/share/wasix-sysroot" old-sysroot
  rm -f old-sysroot/lib/wasm32-wasi/pic/eh/libc++.a
  rc=0; WASIX_SDK_SYSROOT=$PWD/old-sysroot "$CXX" -fPIC "$TC_SRC/src/hello.cpp" -o hello.wasm 2>err.txt || rc=$?
  [ "$rc" -eq 1 ] || fail "a -fPIC C++ program linked without a position-independent libc++"
  noted_error err.txt "wasix-clang: note: sysroot from WASIX_SDK_SYSROOT=$PWD/old-sysroot" \
    'wasix-clang: error: -fPIC: the sysroot has no position-independent libc++'
  [ ! -e hello.wasm ] || fail "the refused C++ link left hello.wasm"
  # With it, a C++ program links with -fPIC (with and without exceptions) and runs.
  "$CXX" -fPIC "$TC_SRC/src/hello.cpp" -o hello-pic.wasm
  grep -q '<- env.__memory_base' <<<"$(details hello-pic.wasm)" || fail "hello-pic.wasm is not position-independent"
  run_guest '^cxx threads joined: 3$' hello-pic.wasm
  "$CXX" -fPIC -fno-exceptions "$TC_SRC/src/hello.cpp" -o hello-pic-noexcept.wasm
  run_guest '^cxx threads joined: 3$' hello-pic-noexcept.wasm
  # No warning for a link of objects.
  "$CC" -shared side.o -o libside4.so 2>err.txt
  [ ! -s err.txt ] || { cat err.txt >&2; fail "linking a side module of objects warns"; }
  # A program linked with -fPIC is position-independent: it imports its stack pointer and
  # memory base and exports its functions.
  "$CC" -fPIC "$TC_SRC/src/plain.c" -o dyn.wasm
  d=$(details dyn.wasm)
  grep -q '<- env.__memory_base' <<<"$d" || fail "dyn.wasm is not position-independent"
  grep -Eq -- '-> "main"$|-> "__main_argc_argv"$' <<<"$d" || fail "dyn.wasm does not export its symbols"
  run_guest '^plain argc=1$' dyn.wasm
  # setjmp/longjmp (the exception-based lowering) in such a program: its tag is the runtime's.
  printf '#include <setjmp.h>\n#include <stdio.h>\nstatic jmp_buf jb;\nstatic void jump(int v) { longjmp(jb, v); }\nint main(void) {\n  volatile int n = 0;\n  int r = setjmp(jb);\n  if (r < 3) { n++; jump(r + 1); }\n  printf("setjmp %%d after %%d jumps\\n", r, n);\n  return 0;\n}\n' > sj.c
  "$CC" -fPIC sj.c -o sj.wasm
  run_guest '^setjmp 3 after 3 jumps$' sj.wasm
  printf '#include <stdio.h>\n#include <unistd.h>\n#include <sys/wait.h>\nint main(void) {\n  pid_t p = vfork();\n  if (p == 0) _exit(7);\n  int st = 0;\n  waitpid(p, &st, 0);\n  printf("vfork child %%d\\n", p > 0 ? WEXITSTATUS(st) : -1);\n  return 0;\n}\n' > vf.c
  "$CC" -fPIC vf.c -o vf.wasm
  run_guest '^vfork child 7$' vf.wasm
  note "ok"
  ;;

dlopen-static)
  # A program linked without -fPIC cannot load side modules: dlopen fails with a message
  # that says how to link, and never calls the runtime.
  printf '#include <dlfcn.h>\n#include <stdio.h>\nint main(void) {\n  void *h = dlopen("libside.so", RTLD_NOW);\n  printf("%%s %%s\\n", h ? "handle" : "NULL", dlerror());\n  return 0;\n}\n' > st.c
  "$CC" st.c -o st.wasm
  ! grep -q '<- wasix_32v1.dlopen' <<<"$(details st.wasm)" || fail "a static program imports dlopen"
  run_guest '^NULL dlopen libside.so: this program is not dynamically linked: link it with -fPIC' st.wasm
  note "ok"
  ;;

compile-features)
  "$CC" -c "$TC_SRC/src/threads.c" -o threads.o
  d=$(details threads.o)
  grep -q 'name: "target_features"' <<<"$d" || fail "threads.o has no target_features section"
  grep -Eq '\[\+\] atomics' <<<"$d" || fail "threads.o is not compiled with +atomics"
  grep -Eq '\[\+\] bulk-memory' <<<"$d" || fail "threads.o is not compiled with +bulk-memory"
  "$CXX" -c "$TC_SRC/src/hello.cpp" -o hello.o
  grep -Eq '\[\+\] atomics' <<<"$(details hello.o)" || fail "hello.o (C++) lacks +atomics"
  note "ok"
  ;;

link-module)
  "$CC" -O2 "$TC_SRC/src/threads.c" -o threads.wasm
  check_memory_import threads.wasm 65536
  for sym in __stack_pointer wasi_thread_start __tls_base __tls_size __tls_align __wasm_init_tls; do
    check_export threads.wasm "$sym"
  done
  # The runtime enters new threads through these exports: they must be the functions
  # themselves, not wasm-ld command wrappers that run static destructors after them.
  if details threads.wasm | grep -E -- '-> "(wasi_thread_start|__wasm_init_tls)"' | grep -q 'command_export'; then
    fail "wasi_thread_start/__wasm_init_tls are exported through command_export wrappers (crt1 must call __wasm_call_ctors itself)"
  fi
  grep -q 'env\.memory' <<<"$(details threads.wasm)" || fail "no memory import"
  if details threads.wasm | grep -Eq -- '^ - memory\[0\] .*-> "memory"'; then
    fail "the memory is exported (it must only be imported)"
  fi
  run_guest '^total=4000 tls_ok=4 main_tls=0$' threads.wasm
  ;;

max-memory-override)
  "$CC" "$TC_SRC/src/plain.c" -o small.wasm -Wl,--max-memory=67108864
  check_memory_import small.wasm 1024
  "$CC" "$TC_SRC/src/plain.c" -o small2.wasm -Xlinker --max-memory=134217728
  check_memory_import small2.wasm 2048
  run_guest '^plain argc=1$' small.wasm
  ;;

no-wasm-opt)
  # wasm-opt is on PATH and -O2 is given: clang alone would run `wasm-opt -O2`, which drops the
  # name section. The driver must not let it.
  command -v wasm-opt >/dev/null || fail "wasm-opt not on PATH (install binaryen): the test needs it"
  "$CC" -O2 "$TC_SRC/src/plain.c" -o plain.wasm
  wasm-objdump -h plain.wasm | grep -q '"name"' || fail "the name section is gone: wasm-opt ran after linking"
  "$CC" -O2 -v "$TC_SRC/src/plain.c" -o plain-v.wasm 2>verbose.txt
  if grep -Eq '(^|[ "/])wasm-opt([" ]|$)' verbose.txt; then cat verbose.txt >&2; fail "-v shows a wasm-opt run"; fi
  if details plain.wasm | grep -q asyncify; then fail "plain.wasm is asyncified"; fi
  note "ok"
  ;;

asyncify-opt-in)
  command -v wasm-opt >/dev/null || fail "wasm-opt not on PATH (install binaryen)"
  "$CC" -O2 -fwasix-asyncify "$TC_SRC/src/plain.c" -o flag.wasm
  check_export flag.wasm asyncify_start_unwind
  check_export flag.wasm asyncify_get_state
  check_memory_import flag.wasm 65536
  WASIX_SDK_ASYNCIFY=1 "$CC" -O1 "$TC_SRC/src/plain.c" -o env.wasm 2>env.err
  one_error_line env.err 'wasix-clang: note: asyncify choice from WASIX_SDK_ASYNCIFY=1$'
  check_export env.wasm asyncify_start_unwind
  WASIX_SDK_ASYNCIFY=1 "$CC" -O1 -fno-wasix-asyncify "$TC_SRC/src/plain.c" -o off.wasm
  if details off.wasm | grep -q asyncify_start_unwind; then fail "-fno-wasix-asyncify did not win over WASIX_SDK_ASYNCIFY=1"; fi
  # -c ignores the flag (nothing to rewrite) without complaint.
  "$CC" -c -fwasix-asyncify "$TC_SRC/src/plain.c" -o plain.o 2>err.txt
  [ ! -s err.txt ] || { cat err.txt >&2; fail "-c -fwasix-asyncify printed diagnostics"; }
  "$CC" -### -fwasix-asyncify "$TC_SRC/src/plain.c" -o hash.wasm 2>hash.txt
  grep -q '"--asyncify"' hash.txt || fail "-### does not show the wasm-opt --asyncify step"
  run_guest '^plain argc=1$' flag.wasm
  ;;

asyncify-auto)
  # Decided from the linked module's imports: fork/setjmp yes, a plain program no.
  command -v wasm-opt >/dev/null || fail "wasm-opt not on PATH (install binaryen)"
  "$CC" -O2 -v "$TC_SRC/src/forks.c" -o forks.wasm 2>verbose.txt
  grep -q 'asyncify needed for .*wasix_32v1.proc_fork' verbose.txt || { cat verbose.txt >&2; fail "-v does not say why forks.c is asyncified"; }
  check_export forks.wasm asyncify_start_unwind
  run_guest '^forks child=7 copy=1 jumped=1$' forks.wasm
  "$CC" -O2 "$TC_SRC/src/plain.c" -o plain.wasm
  if details plain.wasm | grep -q asyncify_start_unwind; then fail "a program without fork/setjmp was asyncified"; fi
  "$CC" -O2 -fno-wasix-asyncify "$TC_SRC/src/forks.c" -o forced-off.wasm
  if details forced-off.wasm | grep -q asyncify_start_unwind; then fail "-fno-wasix-asyncify did not win over the imports"; fi
  ;;

version)
  sdk_version=$(cat "$REPO_ROOT/VERSION")
  runtime=$(sed -n 's/^ *"version": *"\(.*\)".*/\1/p' "$REPO_ROOT/runner/node_modules/@wasmer/sdk/package.json" | head -1)
  clang_version=$(clang-19 --version | head -1)
  for drv in "$CC" "$CXX"; do
    out=$("$drv" --version)
    grep -qx "wasix-clang (WASIX SDK) $sdk_version" <<<"$out" || { echo "$out" >&2; fail "$drv --version does not name the SDK's version $sdk_version"; }
    grep -qx "runtime: @wasmer/sdk $runtime" <<<"$out" || { echo "$out" >&2; fail "$drv --version does not name the runtime @wasmer/sdk $runtime"; }
    # clang's first, as build systems read the compiler's kind and version from the first line.
    [ "$(head -1 <<<"$out")" = "$clang_version" ] || { echo "$out" >&2; fail "$drv --version does not start with clang's version"; }
    grep -qx 'Target: wasm32-unknown-wasi' <<<"$out" || { echo "$out" >&2; fail "$drv --version does not name the wasm target"; }
  done
  out=$("$RUN" --version)
  grep -q "^wasix-run (WASIX SDK) $sdk_version (@wasmer/sdk $runtime, node " <<<"$out" || fail "wasix-run --version: $out"
  [ "$(cat "$WASIX_DIST/share/wasix/VERSION")" = "$sdk_version" ] || fail "share/wasix/VERSION is not VERSION"
  # -print-sysroot, as GCC has it: the sysroot the driver uses.
  [ "$("$CC" -print-sysroot)" = "$(cd "$WASIX_DIST/share/wasix-sysroot" && pwd -P)" ] || fail "-print-sysroot: $("$CC" -print-sysroot)"
  [ "$(WASIX_SDK_SYSROOT=/tmp "$CXX" -print-sysroot 2>/dev/null)" = /tmp ] || fail "-print-sysroot ignores WASIX_SDK_SYSROOT"
  note "ok"
  ;;

passthrough)
  printf '#include <stdio.h>\nint v = VALUE;\n' > d.c
  "$CC" -E -DVALUE=42 d.c | grep -q 'int v = 42;' || fail "-E -D"
  "$CC" -S -DVALUE=1 d.c -o d.s && grep -q 'v:' d.s || fail "-S"
  "$CC" -M -DVALUE=1 d.c | grep -q 'stdio.h' || fail "-M"
  "$CC" -c -MD -MF d.dep -DVALUE=1 d.c -o d.o && grep -q 'stdio.h' d.dep && [ -f d.o ] || fail "-MD -MF"
  mkdir -p inc && printf '#define FROM_INC "inc"\n' > inc/inc.h
  printf '#include "inc.h"\n#include <stdio.h>\nint main(void){puts(FROM_INC);return 0;}\n' > i.c
  "$CC" -std=c11 -Wall -Werror -Iinc -c i.c -o i.o
  mkdir -p lib && "$CC" -c "$TC_SRC/src/plain.c" -DGREETING='"from-archive"' -o lib/p.o
  # a response file carrying -c: the driver must not add link flags (-Werror would trip).
  printf -- '-c -Wall -Werror -Wunused-command-line-argument\n' > args.rsp
  "$CC" @args.rsp -DVALUE=3 d.c -o rsp.o 2>rsp.err || { cat rsp.err >&2; fail "@rspfile with -c"; }
  [ ! -s rsp.err ] || { cat rsp.err >&2; fail "@rspfile with -c printed diagnostics"; }
  d=$(details rsp.o); grep -q 'RELOCATABLE\|reloc\|linking' <<<"$d" || fail "rsp.o is not an object file"
  # stdin with -x
  printf 'int main(void){return 0;}\n' | "$CC" -x c - -o stdin.wasm
  check_memory_import stdin.wasm 65536
  # -###: prints the link line with the driver's flags and writes nothing.
  "$CC" -### d.c -DVALUE=1 -o hash.wasm 2>hash.txt
  grep -q -- '--shared-memory' hash.txt && grep -q -- '--import-memory' hash.txt || fail "-### lacks the link flags"
  [ ! -e hash.wasm ] || fail "-### wrote an output"
  # no -o: a.out
  "$CC" "$TC_SRC/src/plain.c" && [ -f a.out ] || fail "no a.out"
  # an archive built with llvm-ar, linked with -L/-l
  ar=$(command -v llvm-ar-19 || command -v llvm-ar) || fail "llvm-ar not found"
  "$ar" rcs lib/libplain.a lib/p.o
  "$CC" -Llib -lplain -o archive.wasm
  run_guest '^from-archive argc=3$' archive.wasm x y
  ;;

errors)
  rc=0; WASIX_SDK_SYSROOT=/nonexistent/sysroot "$CC" -c "$TC_SRC/src/plain.c" -o x.o 2>err.txt || rc=$?
  [ "$rc" -ne 0 ] || fail "a missing sysroot was not an error"
  noted_error err.txt 'wasix-clang: note: sysroot from WASIX_SDK_SYSROOT=/nonexistent/sysroot' \
    'wasix-clang: error: sysroot not found at /nonexistent/sysroot'
  rc=0; "$CC" -fwasix-bogus -c "$TC_SRC/src/plain.c" -o x.o 2>err.txt || rc=$?
  [ "$rc" -eq 1 ] || fail "an unknown -fwasix- flag was accepted"
  one_error_line err.txt "wasix-clang: error: unknown WASIX option '-fwasix-bogus'"
  rc=0; WASIX_SDK_LLVM_BIN=/nonexistent/llvm "$CC" -c "$TC_SRC/src/plain.c" -o x.o 2>err.txt || rc=$?
  [ "$rc" -eq 1 ] || fail "a bad WASIX_SDK_LLVM_BIN was accepted"
  noted_error err.txt 'wasix-clang: note: clang and wasm-ld from WASIX_SDK_LLVM_BIN=/nonexistent/llvm' \
    'wasix-clang: error: WASIX_SDK_LLVM_BIN=/nonexistent/llvm has no executable clang'
  rc=0; WASIX_SDK_WASM_OPT=/nonexistent/wasm-opt "$CC" -fwasix-asyncify "$TC_SRC/src/plain.c" -o x.wasm 2>err.txt || rc=$?
  [ "$rc" -ne 0 ] || fail "a missing wasm-opt was not an error"
  grep -q '^wasix-clang: error:' err.txt || { cat err.txt >&2; fail "no wasix-clang error for a missing wasm-opt"; }
  grep -qx 'wasix-clang: note: wasm-opt from WASIX_SDK_WASM_OPT=/nonexistent/wasm-opt' err.txt ||
    { cat err.txt >&2; fail "WASIX_SDK_WASM_OPT was not announced"; }
  # clang's own diagnostics pass through with clang's exit status.
  printf 'int main(void){ return undeclared; }\n' > bad.c
  rc=0; "$CC" -c bad.c -o bad.o 2>err.txt || rc=$?
  [ "$rc" -ne 0 ] && grep -q 'undeclared' err.txt || fail "a compile error did not fail"
  # WASIX_SDK_SYSROOT pointing at the dist's own sysroot works, and says so once.
  WASIX_SDK_SYSROOT="$WASIX_DIST/share/wasix-sysroot" "$CC" -c "$TC_SRC/src/plain.c" -o ok.o 2>err.txt
  one_error_line err.txt "wasix-clang: note: sysroot from WASIX_SDK_SYSROOT=$WASIX_DIST/share/wasix-sysroot\$"
  note "ok"
  ;;

foreign-env)
  # Variables other SDKs' users export change nothing: the same commands, no message.
  "$CC" -### "$TC_SRC/src/plain.c" -o p.wasm 2>clean.txt
  junk=(WASI_SDK_PATH=/nonexistent/wasi-sdk WASIX_SYSROOT=/nonexistent/sysroot
        WASIX_WASM_OPT=/nonexistent/wasm-opt WASIX_RUN_NODE=/nonexistent/node
        WASIX_PKG_CONFIG_PATH=/nonexistent/pc WASIX_ASYNCIFY=1)
  env "${junk[@]}" "$CC" -### "$TC_SRC/src/plain.c" -o p.wasm 2>junk.txt
  # (clang's temporary object names are random)
  sed -i 's/-[0-9a-f]\{6\}\.o"/-X.o"/g' clean.txt junk.txt
  cmp -s clean.txt junk.txt || { diff clean.txt junk.txt >&2; fail "foreign variables changed the commands"; }
  env "${junk[@]}" "$CC" -O2 "$TC_SRC/src/plain.c" -o p.wasm 2>err.txt
  [ ! -s err.txt ] || { cat err.txt >&2; fail "a compile under foreign variables printed something"; }
  env "${junk[@]}" "$CC" -O2 -fwasix-asyncify "$TC_SRC/src/plain.c" -o pa.wasm 2>err.txt
  [ ! -s err.txt ] || { cat err.txt >&2; fail "an asyncified link under foreign variables printed something"; }
  [ "$(env "${junk[@]}" "$CC" -print-sysroot)" = "$("$CC" -print-sysroot)" ] || fail "WASIX_SYSROOT moved the sysroot"
  out=$(env "${junk[@]}" "$RUN" pa.wasm 2>err.txt)
  [ "$out" = "plain argc=1" ] && [ ! -s err.txt ] || { cat err.txt >&2; fail "wasix-run under foreign variables: '$out'"; }
  show='echo "$AR|$CC|$LD|$PKG_CONFIG_LIBDIR|$PKG_CONFIG_PATH"'
  env "${junk[@]}" "$WASIX_DIST/bin/wasix-make" sh -c "$show" >vars.txt 2>err.txt
  "$WASIX_DIST/bin/wasix-make" sh -c "$show" >vars-clean.txt
  cmp -s vars.txt vars-clean.txt && [ ! -s err.txt ] ||
    { cat vars.txt vars-clean.txt err.txt >&2; fail "foreign variables changed wasix-make's environment"; }
  env "${junk[@]}" "$WASIX_DIST/bin/wasix-ar" --version >/dev/null 2>err.txt
  [ ! -s err.txt ] || { cat err.txt >&2; fail "wasix-ar under foreign variables printed something"; }
  note "ok"
  ;;

llvm-bin)
  # WASIX_SDK_LLVM_BIN selects its clang, wasm-ld and llvm-* tools (as in a wasi-sdk's bin/). A
  # stand-in made of Debian's LLVM 19 binaries.
  llvm=/usr/lib/llvm-19/bin
  [ -x "$llvm/clang" ] && [ -x "$llvm/wasm-ld" ] || fail "$llvm/clang or wasm-ld missing (clang-19, lld-19)"
  mkdir -p fake-sdk/bin
  for t in clang wasm-ld llvm-ar; do ln -s "$llvm/$t" "fake-sdk/bin/$t"; done
  WASIX_SDK_LLVM_BIN="$PWD/fake-sdk/bin" "$CC" -### "$TC_SRC/src/plain.c" -o sdk.wasm 2>hash.txt
  grep -q "^ \"$PWD/fake-sdk/bin/wasm-ld\"" hash.txt || { cat hash.txt >&2; fail "the WASIX_SDK_LLVM_BIN linker is not used"; }
  head -1 hash.txt | grep -qx "wasix-clang: note: clang and wasm-ld from WASIX_SDK_LLVM_BIN=$PWD/fake-sdk/bin" ||
    { cat hash.txt >&2; fail "WASIX_SDK_LLVM_BIN was not announced first"; }
  [ "$(grep -c 'note:' hash.txt)" -eq 1 ] || fail "WASIX_SDK_LLVM_BIN was announced more than once"
  WASIX_SDK_LLVM_BIN="$PWD/fake-sdk/bin" "$CC" -O2 "$TC_SRC/src/plain.c" -o sdk.wasm 2>/dev/null
  check_memory_import sdk.wasm 65536
  run_guest '^plain argc=1$' sdk.wasm
  # The binutils wrappers take the same directory: llvm-ar is there, llvm-nm is not.
  "$CC" -c "$TC_SRC/src/plain.c" -o p.o
  WASIX_SDK_LLVM_BIN="$PWD/fake-sdk/bin" "$WASIX_DIST/bin/wasix-ar" rcs libp.a p.o 2>err.txt
  one_error_line err.txt "wasix-ar: note: LLVM tools from WASIX_SDK_LLVM_BIN=$PWD/fake-sdk/bin\$"
  rc=0; WASIX_SDK_LLVM_BIN="$PWD/fake-sdk/bin" "$WASIX_DIST/bin/wasix-nm" p.o 2>err.txt || rc=$?
  [ "$rc" -ne 0 ] || fail "wasix-nm ran without an llvm-nm in WASIX_SDK_LLVM_BIN"
  grep -q "^wasix-nm: error: WASIX_SDK_LLVM_BIN=$PWD/fake-sdk/bin has no executable llvm-nm" err.txt ||
    { cat err.txt >&2; fail "no error for the missing llvm-nm"; }
  ;;

binutils)
  # wasix-ar & co. run the LLVM tools, which understand wasm objects.
  "$CC" -O2 -c "$TC_SRC/src/plain.c" -DGREETING='"from-wasix-ar"' -o p.o
  for t in ar ranlib nm strip objcopy objdump; do
    [ -x "$WASIX_DIST/bin/wasix-$t" ] || fail "wasix-$t missing"
    "$WASIX_DIST/bin/wasix-$t" --version 2>&1 | grep -qi 'llvm' || fail "wasix-$t --version is not LLVM's"
  done
  "$WASIX_DIST/bin/wasix-ar" rc libp.a p.o
  "$WASIX_DIST/bin/wasix-ranlib" libp.a
  # (a main taking argc and argv is __main_argc_argv in wasm objects)
  "$WASIX_DIST/bin/wasix-nm" libp.a | grep -q ' T __main_argc_argv$' || fail "wasix-nm does not list main in the archive"
  "$WASIX_DIST/bin/wasix-objdump" -h p.o | grep -q 'file format wasm' || fail "wasix-objdump does not read a wasm object"
  "$CC" -Os -g -L. -lp -o g.wasm
  "$WASIX_DIST/bin/wasix-objcopy" g.wasm copy.wasm
  "$WASIX_DIST/bin/wasix-strip" g.wasm -o stripped.wasm
  [ "$(stat -c %s stripped.wasm)" -lt "$(stat -c %s g.wasm)" ] || fail "wasix-strip removed nothing from a -g module"
  run_guest '^from-wasix-ar argc=1$' stripped.wasm
  run_guest '^from-wasix-ar argc=1$' copy.wasm
  rc=0; "$WASIX_DIST/bin/wasix-binutil" 2>err.txt || rc=$?
  [ "$rc" -ne 0 ] && grep -q '^wasix-binutil: error: called as wasix-binutil' err.txt || fail "wasix-binutil by its own name"
  ;;

wasix-headers)
  # The generated WASIX headers are in the sysroot's include directory.
  printf '#include <wasix/wasix.hpp>\nint main() { return 0; }\n' > w.cpp
  "$CXX" -std=c++17 -c w.cpp -o w.o || fail "#include <wasix/wasix.hpp> does not compile with wasix-clang++"
  note "ok"
  ;;

strict-c-headers)
  # Every header the SDK installs over wasi-libc's compiles alone in strict ISO C (-std=c99,
  # -std=c11: no feature-test macro is defined, so POSIX types such as timer_t are hidden) as
  # well as with _POSIX_C_SOURCE, and a strict ISO C program may use the POSIX names of an ISO
  # header (<time.h>) for itself, as on Linux.
  hdrs=$(cd "$REPO_ROOT/sysroot/include" && find . -name '*.h' ! -name '__*' | sed 's|^\./||' | sort)
  [ -n "$hdrs" ] || fail "no headers under sysroot/include"
  for std in c99 c11 "c11 -D_POSIX_C_SOURCE=200809L"; do
    for h in $hdrs; do
      printf '#include <%s>\nint strict_c_unit;\n' "$h" > h.c
      # shellcheck disable=SC2086  # $std is the standard and maybe a macro
      "$CC" -std=$std -pedantic -Wall -Werror -c h.c -o h.o 2> h.err ||
        { cat h.err >&2; fail "<$h> does not compile alone with -std=$std -pedantic"; }
    done
  done
  printf '#include <time.h>\nint timer_create, tzset, clock_settime;\nint main(void) { return (int)time(0) & 0; }\n' > own.c
  "$CC" -std=c11 -pedantic -Werror own.c -o own.wasm 2> own.err ||
    { cat own.err >&2; fail "<time.h> in strict C11 declares POSIX names a program may use"; }
  printf '#define _POSIX_C_SOURCE 200809L\n#include <time.h>\nint main(void) { timer_t t; return timer_create(CLOCK_MONOTONIC, 0, &t) == 0 ? timer_delete(t) : 1; }\n' > posix.c
  "$CC" -std=c11 -pedantic -Werror posix.c -o posix.wasm || fail "<time.h> with _POSIX_C_SOURCE lacks the timers"
  note "ok"
  ;;

c-threads-run)
  "$CC" -O2 "$REPO_ROOT/examples/hello/hello.c" -o hello.wasm
  need_runner
  out=$("$RUN" hello.wasm)
  echo "$out"
  [ "$(sort <<<"$out")" = "$(printf 'hello from main: 2 threads joined\nhello from thread 1\nhello from thread 2')" ] ||
    fail "unexpected output of examples/hello"
  ;;

cxx-run)
  "$CXX" -O2 -std=c++17 "$TC_SRC/src/hello.cpp" -o hello.wasm
  check_memory_import hello.wasm 65536
  check_export hello.wasm wasi_thread_start
  run_guest '^cxx threads joined: 3$' hello.wasm
  ;;

stack-guard)
  # The stack check of threads (drivers/stack_guard.hpp): every global.set of the stack pointer
  # (global 0) in a threaded C++ program with exceptions and DWARF becomes, in place, a call of
  # the exported __wasix_stack_set, except in that function itself. The disassembly differs from
  # the same link without the check only on those lines, at the same addresses; the DWARF line
  # table is the same; and the program runs.
  objdump=$(command -v llvm-objdump-19 || command -v llvm-objdump) || fail "llvm-objdump not found"
  dwarfdump=$(command -v llvm-dwarfdump-19 || command -v llvm-dwarfdump) || fail "llvm-dwarfdump not found"
  "$CXX" -O1 -g -std=c++17 -fno-wasix-stack-guard "$TC_SRC/src/hello.cpp" -o plain.wasm
  "$CXX" -v -O1 -g -std=c++17 "$TC_SRC/src/hello.cpp" -o guard.wasm 2> link.txt ||
    { cat link.txt >&2; fail "link with the stack check failed"; }
  check_export guard.wasm __wasix_stack_set
  n=$(sed -n 's/^wasix-clang: stack check: \([0-9]*\) stack pointer changes of guard.wasm checked$/\1/p' link.txt)
  [ -n "$n" ] && [ "$n" -gt 10 ] || { cat link.txt >&2; fail "-v did not report the rewritten instructions"; }
  # (Names of the same length: the name section holds the output's.)
  [ "$(stat -c %s plain.wasm)" = "$(stat -c %s guard.wasm)" ] || fail "the rewrite changed the module's size"
  dis() { "$objdump" -d --no-show-raw-insn "$1" | tail -n +3; }
  dis plain.wasm > plain.txt
  dis guard.wasm > guard.txt
  index=$(wasm-objdump -x -j Export guard.wasm | sed -n 's/^ - func\[\([0-9]*\)\] .*-> "__wasix_stack_set"$/\1/p')
  [ -n "$index" ] || fail "no exported __wasix_stack_set"
  # Outside __wasix_stack_set, every global.set 0 of plain.wasm is a call in guard.wasm,
  # and no other line differs.
  outside() { awk '/^[0-9a-f]+ <.*>:$/ { inside = ($2 == "<__wasix_stack_set>:") } !inside'; }
  [ "$(outside < guard.txt | grep -c $'\tglobal.set\t0$')" = 0 ] || fail "a global.set of the stack pointer was left"
  [ "$(grep -c $'\tglobal.set\t0$' guard.txt)" = 1 ] || fail "__wasix_stack_set's own global.set is not the only one"
  calls=$(outside < guard.txt | grep -c $'\tcall\t'"$((index))"'$' || true)
  sets=$(outside < plain.txt | grep -c $'\tglobal.set\t0$')
  [ "$sets" = "$n" ] || fail "$sets global.set of the stack pointer in plain.wasm, $n rewritten"
  diff <(outside < plain.txt | sed $'s/\tglobal.set\t0$/\tSP/') \
       <(outside < guard.txt | sed $'s/\tcall\t'"$((index))"'$/\tSP/') > dis.diff ||
    { head -20 dis.diff >&2; fail "the disassemblies differ beyond the rewritten instructions"; }
  [ "$calls" -ge "$n" ] || fail "$calls calls of function $index, $n rewritten"
  cmp <("$dwarfdump" --debug-line plain.wasm | tail -n +2) <("$dwarfdump" --debug-line guard.wasm | tail -n +2) ||
    fail "the DWARF line tables differ"
  run_guest '^cxx threads joined: 3$' guard.wasm
  # A side module is not rewritten (it has no libc, and imports the stack pointer).
  printf 'int side(int x) { volatile char b[64]; b[0] = (char)x; return b[0]; }\n' > side.c
  mkdir on off
  "$CC" -O1 -fPIC -shared side.c -o on/side.wasm
  "$CC" -O1 -fPIC -shared -fno-wasix-stack-guard side.c -o off/side.wasm
  cmp on/side.wasm off/side.wasm || fail "a side module was rewritten"
  ;;

exceptions)
  # C++ has exceptions by default and links the exception-enabled libc++; -fno-exceptions C++
  # and C carry no exception instructions at all (no tag, no try/throw); setjmp alone brings
  # only the exception-based setjmp of the function that calls it, and no asyncify.
  has_eh() { wasm-objdump -h "$1" | grep -q '^ *Tag ' || wasm-objdump -d "$1" | grep -Eq '^ *[0-9a-f]+: .*\| (try|throw|rethrow|catch|catch_all|delegate)( |$)'; }
  printf '#include <stdexcept>\n#include <cstdio>\nint main(int c, char**){ try { if (c < 9) throw std::runtime_error("thrown"); } catch (const std::exception& e) { std::puts(e.what()); } }\n' > eh.cpp
  "$CXX" -O2 eh.cpp -o eh.wasm
  has_eh eh.wasm || fail "a default C++ build has no exception instructions"
  run_guest '^thrown$' eh.wasm
  "$CXX" -O2 -fno-exceptions "$TC_SRC/src/hello.cpp" -o noeh.wasm
  if has_eh noeh.wasm; then fail "a -fno-exceptions C++ program has exception instructions"; fi
  run_guest '^cxx threads joined: 3$' noeh.wasm
  "$CC" -O2 "$TC_SRC/src/plain.c" -o plain.wasm
  if has_eh plain.wasm; then fail "a C program without setjmp has exception instructions"; fi
  "$CC" -O2 "$TC_SRC/src/forks.c" -fno-wasix-asyncify -o sj.wasm
  has_eh sj.wasm || fail "setjmp does not use the exception-based lowering by default"
  if details sj.wasm | grep -Eq 'stack_(checkpoint|restore)'; then fail "the default setjmp imports stack_checkpoint/stack_restore"; fi
  # A link of objects gets no compile-only flags (clang would warn they are unused).
  "$CXX" -c eh.cpp -o eh.o && "$CXX" -Werror eh.o -o eh2.wasm 2>err.txt || { cat err.txt >&2; fail "linking C++ objects warns"; }
  [ ! -s err.txt ] || { cat err.txt >&2; fail "linking C++ objects printed diagnostics"; }
  note "ok"
  ;;

headers-example)
  # The README's guest (examples/headers/guest_example.cpp): the wrappers
  # directly, through a WASIX pipe.
  "$CXX" -O2 -std=c++17 "$REPO_ROOT/examples/headers/guest_example.cpp" -o guest_example.wasm
  run_guest '^hello through a WASIX pipe \(26 bytes\)$' guest_example.wasm
  ;;

mini-shell-example)
  # examples/mini-shell: pipelines, redirections, cd and exit statuses of
  # programs it starts from a mounted directory.
  ex="$REPO_ROOT/examples/mini-shell"
  mkdir -p bin
  for t in echo upper cat wc exit; do
    "$CC" -O2 -Wall -Werror "$ex/tools/$t.c" -o "bin/$t.wasm" || fail "cannot build $t"
  done
  "$CC" -O2 -Wall -Werror "$ex/mini-shell.c" -o mini-shell.wasm || fail "cannot build mini-shell"
  printf '%s\n' "echo hello world | upper" "echo 'two  spaces' > /tmp/o.txt" "cat /tmp/o.txt | wc" \
    "exit.wasm 3" "status" "cd /tmp" "pwd" "echo again>>o.txt" "cat o.txt|upper|wc" "nosuch" \
    "echo a | exit.wasm 4" "exit 5" > script.txt
  need_runner
  rc=0
  "$RUN" --dir "$TC_WORK/bin:/workspace/bin" mini-shell.wasm -v -n < script.txt > out.txt 2> err.txt || rc=$?
  cat out.txt err.txt
  [ "$rc" -eq 5 ] || fail "mini-shell exited with $rc, expected 5"
  expected=$(printf '%s\n' "HELLO WORLD" "[status 0]" "[status 0]" "1 2 12" "[status 0]" "[status 3]" "3" \
    "[status 0]" "[status 0]" "/tmp" "[status 0]" "[status 0]" "2 3 18" "[status 0]" "[status 79]" "[status 4]")
  [ "$(cat out.txt)" = "$expected" ] || fail "unexpected output"
  grep -q "mini-shell: nosuch: No such file or directory" err.txt || fail "no error for a missing program"
  note "ok"
  ;;

setjmp-checkpoint)
  # setjmp/longjmp lower onto wasm exceptions by default; -fno-wasix-sjlj
  # keeps the older lowering over the runtime's stack checkpoints (asyncified
  # by the driver): tests/sysroot/setjmp/setjmp.c built that way runs to its
  # end without a failed check and imports stack_checkpoint/stack_restore.
  src="$REPO_ROOT/tests/sysroot/setjmp/setjmp.c"
  "$CC" -O1 -D_GNU_SOURCE -I"$REPO_ROOT/tests/sysroot" -fno-wasix-sjlj "$src" -o setjmp_cp.wasm ||
    fail "cannot build $src with -fno-wasix-sjlj"
  wasm-objdump -x -j Import setjmp_cp.wasm | grep -Eq '<- wasix_32v1\.stack_checkpoint$' ||
    fail "the checkpoint build does not import stack_checkpoint"
  need_runner
  out=$("$RUN" setjmp_cp.wasm) || fail "setjmp_cp.wasm exited with $?"
  echo "$out"
  grep -Eq '^END [0-9]+ checks passed, 0 failed$' <<<"$out" || fail "setjmp_cp.wasm did not end cleanly"
  [ "$(grep -E '^(deep|longjmp_0|repeated|underscore|thread)\.' <<<"$out")" = "$(printf '%s\n' \
    'deep.result: 42' 'deep.reached: 1' 'longjmp_0.result: 1' 'repeated.result: 100' 'repeated.counter: 100' \
    'underscore.result: 9' 'thread.result: 33')" ] || fail "setjmp_cp.wasm: unexpected records"
  ;;

cxx-terminate)
  # An uncaught exception ends a C++ program as on Linux: GCC's terminate
  # message on stderr and exit status 134 (SIGABRT natively), compared with
  # the same program built by the host c++; fork inside a catch block is
  # refused with a message and ENOTSUP, and works again after the handler.
  "$CXX" -O2 -Wall -Wno-terminate -Wno-exceptions "$TC_SRC/cxx_terminate.cpp" -o cxx_terminate.wasm ||
    fail "cannot build cxx_terminate.cpp"
  c++ -O2 -Wno-terminate "$TC_SRC/cxx_terminate.cpp" -o cxx_terminate.native || fail "host c++ failed"
  need_runner
  for mode in uncaught uncaught_int noexcept terminate; do
    rc=0
    "$RUN" cxx_terminate.wasm "$mode" > "$mode.out" 2> "$mode.err" || rc=$?
    [ "$rc" -eq 134 ] || { cat "$mode.err" >&2; fail "$mode: exit status $rc, expected 134"; }
    # wasix-run adds its own line about the trap abort() is.
    grep -v '^wasix-run: ' "$mode.err" > "$mode.msg" || true
    nrc=0
    ./cxx_terminate.native "$mode" > /dev/null 2> "$mode.native.err" || nrc=$?
    [ "$nrc" -eq 134 ] || fail "$mode: the native program exited with $nrc (expected 134)"
    diff "$mode.native.err" "$mode.msg" || fail "$mode: stderr differs from the native program's"
  done
  rc=0
  "$RUN" cxx_terminate.wasm fork_in_catch > fork.out 2> fork.err || rc=$?
  cat fork.out fork.err
  [ "$rc" -eq 0 ] || fail "fork_in_catch: exit status $rc"
  [ "$(cat fork.out)" = $'in catch: ENOTSUP\nafter catch: forked\ncaught again' ] || fail "fork_in_catch: unexpected output"
  grep -q '^fork: not supported inside a C++ catch block' fork.err || fail "fork_in_catch: no message on stderr"
  note "ok"
  ;;

cmake-project)
  tc="$WASIX_DIST/share/cmake/wasix-toolchain.cmake"
  [ -f "$tc" ] || fail "$tc missing"
  cmake -S "$TC_SRC/cmake-project" -B build -G Ninja -DCMAKE_TOOLCHAIN_FILE="$tc" -DCMAKE_BUILD_TYPE=Release
  cmake --build build -j 1
  [ -f build/app.wasm ] || fail "build/app.wasm was not produced (.wasm suffix)"
  check_memory_import build/app.wasm 65536
  need_runner
  ctest --test-dir build --output-on-failure
  [ "$(cat build/written-by-test.txt 2>/dev/null)" = "written by the guest" ] ||
    fail "the cwd_file test's file is not in the build directory (the emulator's --map-cwd)"
  ;;

cmake-settings)
  # The toolchain file keeps what the user set, and compile_commands.json tells clangd the
  # target and the sysroot.
  tc="$WASIX_DIST/share/cmake/wasix-toolchain.cmake"
  sysroot=$("$CC" -print-sysroot)
  # A user's own emulator: wasix-run with options of the user's choice (the project's tests
  # read a file of the source tree).
  printf '#!/bin/sh\necho "$*" >> "%s/emulator.log"\nexec "%s" --map-cwd --dir "%s" "$@"\n' \
    "$PWD" "$RUN" "$TC_SRC/cmake-project" > my-emulator
  chmod +x my-emulator
  mkdir -p extra/lib
  "$CC" -c "$TC_SRC/src/plain.c" -o extra.o && "$WASIX_DIST/bin/wasix-ar" rcs extra/lib/libextra.a extra.o
  cmake -S "$TC_SRC/cmake-project" -B build -G Ninja -DCMAKE_TOOLCHAIN_FILE="$tc" \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_CROSSCOMPILING_EMULATOR="$PWD/my-emulator" \
    -DCMAKE_FIND_ROOT_PATH="$PWD/extra" -DWASIX_TEST_EXTRA_LIB=ON > configure.out ||
    { cat configure.out >&2; fail "configure failed"; }
  grep -q "try_run through $PWD/my-emulator: ok" configure.out || { cat configure.out >&2; fail "try_run did not use the user's emulator"; }
  grep -q "found $PWD/extra/lib/libextra.a" configure.out || fail "the user's CMAKE_FIND_ROOT_PATH was not searched"
  grep -q "^CMAKE_AR:FILEPATH=$WASIX_DIST/bin/wasix-ar$" build/CMakeCache.txt || fail "CMAKE_AR is not wasix-ar"
  cmake --build build -j 1 > build.out || { cat build.out >&2; fail "build failed"; }
  python3 - "$sysroot" build/compile_commands.json <<'PY' || fail "compile_commands.json lacks the target or the sysroot"
import json, sys
sysroot, path = sys.argv[1], sys.argv[2]
entries = json.load(open(path))
assert entries, "no entries"
for e in entries:
    cmd = e.get("command") or " ".join(e["arguments"])
    assert "--target=wasm32-wasi" in cmd, cmd
    assert f"--sysroot={sysroot}" in cmd, cmd
PY
  rm -f emulator.log
  ctest --test-dir build --output-on-failure > ctest.out || { cat ctest.out >&2; fail "ctest failed"; }
  grep -q 'app.wasm cmake' emulator.log || fail "ctest did not run the test through the user's emulator"
  # A user's CMAKE_AR wins as well.
  cmake -S "$TC_SRC/cmake-project" -B build2 -G Ninja -DCMAKE_TOOLCHAIN_FILE="$tc" \
    -DCMAKE_AR="$(command -v llvm-ar-19)" > /dev/null || fail "configure with CMAKE_AR failed"
  grep -q "^CMAKE_AR:FILEPATH=$(command -v llvm-ar-19)$" build2/CMakeCache.txt || fail "the user's CMAKE_AR was replaced"
  ;;

meson)
  # The Meson cross file through wasix-meson: a C and a C++ program built and tested (meson
  # test runs them under wasix-run, the exe_wrapper).
  command -v meson >/dev/null || fail "meson not installed (scripts/setup.sh installs it)"
  [ -f "$WASIX_DIST/share/wasix/meson-cross.ini" ] || fail "share/wasix/meson-cross.ini missing"
  mkdir proj && cp "$TC_SRC/meson-project/meson.build" "$TC_SRC/src/plain.c" "$TC_SRC/src/hello.cpp" proj/
  "$WASIX_DIST/bin/wasix-meson" meson setup build proj > setup.out 2>&1 || { cat setup.out >&2; fail "meson setup failed"; }
  grep -q "^C compiler for the host machine: wasix-clang (clang 19\." setup.out || { cat setup.out >&2; fail "meson did not take wasix-clang as clang 19"; }
  grep -q "^C++ compiler for the host machine: wasix-clang++ (clang 19\." setup.out || { cat setup.out >&2; fail "meson did not take wasix-clang++"; }
  "$WASIX_DIST/bin/wasix-meson" meson compile -C build -j 1 > compile.out 2>&1 || { cat compile.out >&2; fail "meson compile failed"; }
  check_memory_import build/hello-c 65536
  "$WASIX_DIST/bin/wasix-meson" meson test -C build > test.out 2>&1 || { cat test.out build/meson-logs/testlog.txt >&2; fail "meson test failed"; }
  grep -Eq '^Ok: +2' test.out || { cat test.out >&2; fail "meson test did not pass both tests"; }
  grep -q 'meson argc=2' build/meson-logs/testlog.txt || fail "the C test did not run as a guest"
  # The cross file by hand, with the SDK's bin/ on PATH.
  PATH="$WASIX_DIST/bin:$PATH" meson setup build2 proj --cross-file "$WASIX_DIST/share/wasix/meson-cross.ini" > setup2.out 2>&1 ||
    { cat setup2.out >&2; fail "meson setup --cross-file failed"; }
  ;;

release)
  # The release tarball, unpacked into a fresh directory and moved once more, builds and runs
  # C and C++ programs, a CMake project and an autotools project by itself.
  version=$(cat "$REPO_ROOT/VERSION")
  tarball=$(bash "$REPO_ROOT/scripts/make-release.sh" "$WASIX_DIST" "$PWD")
  [ "$tarball" = "$PWD/wasix-sdk-$version-linux-x86_64.tar.gz" ] || fail "make-release.sh made '$tarball'"
  note "tarball: $(du -m "$tarball" | cut -f1) MB"
  fresh=$(mktemp -d /tmp/wasix-release.XXXXXX)
  trap 'rm -rf "$fresh"' EXIT
  mkdir "$fresh/unpacked" "$fresh/moved"
  tar -xzf "$tarball" -C "$fresh/unpacked"
  [ "$(ls "$fresh/unpacked")" = "wasix-sdk-$version" ] || fail "the tarball's top directory is not wasix-sdk-$version"
  mv "$fresh/unpacked/wasix-sdk-$version" "$fresh/moved/sdk"
  sdk="$fresh/moved/sdk"
  rm -f "$tarball"
  if grep -rlIF -e "$REPO_ROOT" -e "$WASIX_DIST" "$sdk" --exclude-dir=node_modules; then
    fail "files of the SDK name the repository or the dist it came from"
  fi
  for f in README.md CHANGELOG.md LICENSE; do [ -f "$sdk/share/doc/wasix-sdk/$f" ] || fail "$f not shipped"; done
  [ "$("$sdk/bin/wasix-clang" -print-sysroot)" = "$sdk/share/wasix-sysroot" ] || fail "the moved SDK's sysroot is $("$sdk/bin/wasix-clang" -print-sysroot)"
  "$sdk/bin/wasix-run" --version | grep -q "^wasix-run (WASIX SDK) $version " || fail "the moved wasix-run does not run"
  "$sdk/bin/wasix-clang" -O2 "$TC_SRC/src/plain.c" -DGREETING='"released"' -o hello-c.wasm
  out=$("$sdk/bin/wasix-run" hello-c.wasm a); [ "$out" = "released argc=2" ] || fail "C hello: '$out'"
  "$sdk/bin/wasix-clang++" -O2 "$TC_SRC/src/hello.cpp" -o hello-cxx.wasm
  "$sdk/bin/wasix-run" hello-cxx.wasm > cxx.out || fail "C++ hello failed"
  [ -s cxx.out ] || fail "C++ hello printed nothing"
  cmake -S "$TC_SRC/cmake-project" -B cmake-build -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$sdk/share/cmake/wasix-toolchain.cmake" > cmake.out || { cat cmake.out >&2; fail "CMake configure with the moved SDK"; }
  cmake --build cmake-build -j 1 > cmake-build.out || { cat cmake-build.out >&2; fail "CMake build with the moved SDK"; }
  ctest --test-dir cmake-build --output-on-failure > ctest.out || { cat ctest.out >&2; fail "ctest with the moved SDK"; }
  grep -q "^CMAKE_CROSSCOMPILING_EMULATOR:.*=$sdk/bin/wasix-run$\|^CMAKE_AR:FILEPATH=$sdk/bin/wasix-ar$" cmake-build/CMakeCache.txt ||
    fail "the CMake project does not use the moved SDK's tools"
  mkdir autotools && cp "$TC_SRC/autotools/"* autotools/
  (cd autotools && autoconf && autoheader &&
   "$sdk/bin/wasix-configure" ./configure > configure.out &&
   "$sdk/bin/wasix-make" make > make.out) || { cat autotools/*.out >&2; fail "the autotools project with the moved SDK"; }
  grep -q "^checking for gcc\.\.\. $sdk/bin/wasix-clang$\|^checking for C compiler .*$sdk/bin/wasix-clang" autotools/configure.out ||
    grep -q "CC='$sdk/bin/wasix-clang'" autotools/config.log || fail "configure did not use the moved SDK's wasix-clang"
  out=$("$sdk/bin/wasix-run" autotools/hello) || fail "the autotools hello failed"
  grep -Eq '^autotools: pthread ok, sizeof\(long\)=4$' <<<"$out" || fail "autotools hello: '$out'"
  ;;

autotools)
  command -v autoconf >/dev/null || fail "autoconf not installed (scripts/setup.sh installs it)"
  command -v make >/dev/null || fail "make not installed"
  cp "$TC_SRC/autotools/"* .
  autoconf
  autoheader
  CC="$CC" ./configure --host=wasm32-wasi | tee configure.out
  grep -q '^#define HAVE_PTHREAD_H 1' config.h || fail "configure did not find pthread.h"
  grep -q '^#define HAVE_PTHREAD_CREATE 1' config.h || fail "configure did not find pthread_create"
  grep -q '^#define SIZEOF_LONG 4' config.h || fail "configure got sizeof(long) wrong"
  grep -q 'checking whether we are cross compiling\.\.\. yes' configure.out ||
    fail "configure did not detect cross compilation"
  make
  [ -f hello ] || fail "make did not build hello"
  check_memory_import hello 65536
  run_guest '^autotools: pthread ok, sizeof\(long\)=4$' hello
  ;;

linker-options)
  # What build systems pass for ELF toolchains: accepted, with the effect a native static
  # link has. Archives named in any order resolve (so --start-group is not needed).
  printf 'int b(void);\nint a(void){return b()+1;}\n' > a.c
  printf 'int b(void){return 41;}\n' > b.c
  printf 'int a(void);\nint main(void){return a() == 42 ? 0 : 1;}\n' > m.c
  for x in a b m; do "$CC" -O2 -c $x.c -o $x.o; done
  ar=$(command -v llvm-ar-19 || command -v llvm-ar) || fail "llvm-ar not found"
  "$ar" rcs liba.a a.o && "$ar" rcs libb.a b.o
  printf '{ global: main; local: *; };\n' > exports.map
  "$CC" m.o -L. -lb -la -o order.wasm || fail "archives in reverse dependency order do not link"
  run_guest '' order.wasm
  for flags in "-Wl,--start-group -lb -la -Wl,--end-group" \
               "-rpath /opt/lib -lb -la" "-Wl,-rpath,/opt/lib -lb -la" "-Wl,-rpath -Wl,/opt/lib -lb -la" \
               "-Wl,-rpath=/opt/lib -Wl,-rpath-link,/opt/lib -Wl,-rpath-link=/x -lb -la" \
               "-Xlinker -rpath -Xlinker /opt/lib -lb -la" \
               "-Wl,--as-needed -lb -Wl,--no-as-needed -la" "-Wl,--no-undefined -lb -la" \
               "-Wl,--version-script=exports.map -lb -la" "-Wl,--version-script,exports.map -lb -la" \
               "-Wl,-soname,libm.so.1 -lb -la" "-Wl,-h,libm.so.1 -lb -la" \
               "-Wl,--enable-new-dtags,--hash-style=gnu -lb -la"; do
    rm -f opts.wasm
    # shellcheck disable=SC2086
    "$CC" -O2 m.o -L. $flags -o opts.wasm 2>err.txt || { cat err.txt >&2; fail "link with '$flags' failed"; }
    [ ! -s err.txt ] || { cat err.txt >&2; fail "link with '$flags' printed diagnostics"; }
    "$RUN" opts.wasm || fail "the program linked with '$flags' exited with $?"
    # The version script changes no export: the driver sets them.
    [ "$(details opts.wasm | grep -c -- '-> "')" = "$(details order.wasm | grep -c -- '-> "')" ] ||
      fail "'$flags' changed the exports"
  done
  # --no-undefined's meaning holds anyway: an undefined symbol fails the link.
  printf 'int missing(void);\nint main(void){return missing();}\n' > u.c
  rc=0; "$CC" u.c -Wl,--no-undefined -o u.wasm 2>err.txt || rc=$?
  [ "$rc" -ne 0 ] && grep -q 'undefined symbol: missing' err.txt || { cat err.txt >&2; fail "an undefined symbol linked"; }
  # A response file carrying them (as CMake and libtool write for long command lines).
  printf -- '-Wl,-rpath,/opt/lib -Wl,--as-needed -L. -lb -la\n' > link.rsp
  "$CC" -O2 m.o @link.rsp -o rsp.wasm || fail "a response file with -rpath/--as-needed did not link"
  run_guest '' rsp.wasm
  note "ok"
  ;;

link-failure-no-output)
  # A failed step of the link leaves no output: make would take it for a built target.
  "$CC" -O2 -c "$TC_SRC/src/forks.c" -o forks.o
  printf 'int missing(void);\nint main(void){return missing();}\n' > u.c
  printf 'stale' > u.wasm
  rc=0; "$CC" u.c -o u.wasm 2>/dev/null || rc=$?
  [ "$rc" -ne 0 ] || fail "a link with an undefined symbol succeeded"
  [ ! -e u.wasm ] || fail "a failed link left u.wasm"
  # wasm-opt (asyncify) failing after writing part of its output.
  printf '#!/bin/sh\nwhile [ $# -gt 1 ]; do [ "$1" = -o ] && out="$2"; shift; done\nprintf "\\0asm" > "$out"\nexit 3\n' > bad-wasm-opt
  chmod +x bad-wasm-opt
  rc=0; WASIX_SDK_WASM_OPT="$PWD/bad-wasm-opt" "$CC" forks.o -o forks.wasm 2>err.txt || rc=$?
  [ "$rc" -ne 0 ] || fail "a failed asyncify step returned 0"
  grep -q '^wasix-clang: error: wasm-opt --asyncify failed on forks.wasm' err.txt || { cat err.txt >&2; fail "no error for the failed asyncify step"; }
  [ -z "$(ls forks.wasm* 2>/dev/null)" ] || { ls forks.wasm* >&2; fail "the failed asyncify step left files"; }
  # No wasm-opt to be found at all.
  rc=0; WASIX_SDK_WASM_OPT=/nonexistent/wasm-opt "$CC" forks.o -o forks.wasm 2>/dev/null || rc=$?
  [ "$rc" -ne 0 ] && [ ! -e forks.wasm ] || fail "a missing wasm-opt left forks.wasm (rc $rc)"
  # A good link keeps the linker's permissions through the asyncify step.
  "$CC" forks.o -o forks.wasm
  [ -x forks.wasm ] || fail "the asyncified forks.wasm is not executable"
  [ -z "$(ls forks.wasm?* 2>/dev/null)" ] || fail "the asyncify step left a temporary file"
  run_guest '^forks child=7 copy=1 jumped=1$' forks.wasm
  ;;

asyncify-default-opt)
  # Most Makefiles link without -O: the asyncify step optimises anyway (-O2), so the module is
  # within a few percent of one linked with -O2; an explicit -O0 keeps it unoptimised.
  "$CC" -O2 -c "$TC_SRC/src/forks.c" -o forks.o
  "$CC" forks.o -o plain-link.wasm
  "$CC" -O2 forks.o -o o2-link.wasm
  "$CC" -O0 forks.o -o o0-link.wasm
  s_plain=$(stat -c %s plain-link.wasm); s_o2=$(stat -c %s o2-link.wasm); s_o0=$(stat -c %s o0-link.wasm)
  note "sizes: no -O $s_plain, -O2 $s_o2, -O0 $s_o0"
  [ $((s_plain * 100)) -le $((s_o2 * 103)) ] && [ $((s_plain * 100)) -ge $((s_o2 * 97)) ] ||
    fail "linked without -O: $s_plain bytes, not within 3% of -O2's $s_o2"
  [ $((s_o0 * 100)) -ge $((s_o2 * 130)) ] || fail "-O0 at link time was optimised ($s_o0 vs $s_o2 bytes)"
  "$CC" -v forks.o -o v.wasm 2>v.txt
  grep -q '"--asyncify".*"-O2"' v.txt || { cat v.txt >&2; fail "-v does not show -O2 on the asyncify step"; }
  # -g without -O: a debugging build, kept unoptimised and with its names.
  "$CC" -g forks.o -o g.wasm
  wasm-objdump -h g.wasm | grep -q '"name"' || fail "-g lost the name section"
  run_guest '^forks child=7 copy=1 jumped=1$' plain-link.wasm
  ;;

buildtools-autotools)
  # An automake + libtool package built as people build one: wasix-configure ./configure,
  # wasix-make make, wasix-make make check.
  for t in autoreconf automake libtoolize make pkg-config; do
    command -v $t >/dev/null || fail "$t not installed (scripts/setup.sh installs it)"
  done
  src="$TC_SRC/buildtools"
  cp "$src/configure.ac" "$src/Makefile.am" "$src"/{gen,conv,prog,check_prog}.c "$src/check.sh" .
  mkdir -p m4 pc hostpc
  cp "$src/wasixfoo.pc" pc/
  printf 'Name: hostonly\nDescription: a host module\nVersion: 1\nCflags: -DHOSTONLY\nLibs:\n' > hostpc/hostonly.pc
  autoreconf -fi >autoreconf.log 2>&1 || { cat autoreconf.log >&2; fail "autoreconf failed"; }
  # A config.sub from before wasm32 existed, as old packages ship.
  cp "$src/old-config.sub" build-aux/config.sub
  # The host's pkg-config would see hostonly through PKG_CONFIG_PATH; wasix-configure's must not.
  PKG_CONFIG_PATH="$PWD/hostpc" pkg-config --exists hostonly || fail "the host's pkg-config does not see hostpc/"
  PKG_CONFIG_PATH="$PWD/hostpc" WASIX_SDK_PKG_CONFIG_PATH="$PWD/pc" HOST_ONLY_PC=hostonly \
    "$WASIX_DIST/bin/wasix-configure" ./configure > configure.out 2> configure.err ||
    { cat configure.out configure.err >&2; fail "wasix-configure ./configure failed"; }
  cat configure.err
  grep -q 'build-aux/config.sub does not know wasm32-unknown-wasi: replaced it' configure.err ||
    fail "the old config.sub was not reported as replaced"
  [ -f build-aux/config.sub.wasix-orig ] || fail "the old config.sub was not kept"
  cmp -s build-aux/config.sub "$WASIX_DIST/share/wasix/config.sub" || fail "config.sub is not the SDK's"
  grep -q '^checking whether we are cross compiling\.\.\. yes' configure.out || fail "configure is not cross compiling"
  grep -q '^checking host system type\.\.\. wasm32-unknown-wasi$' configure.out || fail "the host is not wasm32-unknown-wasi"
  grep -q '^checking for GNU libc compatible malloc\.\.\. (cached) yes' configure.out || fail "config.site's malloc answer not used"
  if grep -q '^#define malloc rpl_malloc' config.h; then fail "config.h replaces malloc"; fi
  grep -q '^#define HAVE_MALLOC 1' config.h || fail "config.h has no HAVE_MALLOC 1"
  grep -q '^configure: host pkg-config module found: no$' configure.out || fail "pkg-config found the host's module"
  grep -q '^checking for wasixfoo\.\.\. yes' configure.out || fail "pkg-config did not find WASIX_SDK_PKG_CONFIG_PATH's module"
  "$WASIX_DIST/bin/wasix-make" make V=1 > make.out 2>&1 || { cat make.out >&2; fail "wasix-make make failed"; }
  # libtool's link of a program against a convenience library, with -rpath and friends.
  grep -q 'libtool: link: .*wasix-clang .*-Wl,-rpath -Wl,/usr/local/lib .*-o prog prog-prog.o *\./\.libs/libconv\.a' make.out ||
    { grep 'libtool: link' make.out >&2; fail "libtool linked prog differently than expected"; }
  grep -q '^cc -o gen' make.out || fail "the generator was not built with CC_FOR_BUILD"
  check_memory_import prog 65536
  run_guest '^prog: host=wasm32-unknown-wasi conv=42 foo=42 generator-bits=64 malloc0=non-null$' prog
  "$WASIX_DIST/bin/wasix-make" make check > check.out 2>&1 || { cat check.out test-suite.log >&2 || true; fail "make check failed"; }
  grep -q '^# PASS:  2$' check.out || { cat check.out >&2; fail "make check did not pass both tests"; }
  grep -q '^check_prog ran as a guest: 100$' check_prog.log || fail "check_prog did not run"
  grep -q '^check.sh ran natively$' check.sh.log || fail "check.sh did not run"
  ;;

buildtools-cmake)
  mkdir -p pc hostpc
  cp "$TC_SRC/buildtools/wasixfoo.pc" pc/
  printf 'Name: hostonly\nDescription: a host module\nVersion: 1\nCflags: -DHOSTONLY\nLibs:\n' > hostpc/hostonly.pc
  PKG_CONFIG_PATH="$PWD/hostpc" WASIX_SDK_PKG_CONFIG_PATH="$PWD/pc" \
    "$WASIX_DIST/bin/wasix-cmake" cmake -S "$TC_SRC/buildtools/cmake" -B build -G Ninja ||
    fail "wasix-cmake cmake failed"
  grep -q "^CMAKE_TOOLCHAIN_FILE:.*=$WASIX_DIST/share/cmake/wasix-toolchain.cmake$" build/CMakeCache.txt ||
    fail "the toolchain file was not passed"
  "$WASIX_DIST/bin/wasix-cmake" cmake --build build -j 1 || fail "wasix-cmake cmake --build failed"
  grep -q "^CMAKE_TOOLCHAIN_FILE:" build/CMakeCache.txt || fail "the cache lost the toolchain file"
  [ -f build/app.wasm ] || fail "build/app.wasm was not built"
  need_runner
  ctest --test-dir build --output-on-failure || fail "ctest of the wasix-cmake project failed"
  # A toolchain file of the caller's own is left alone.
  "$WASIX_DIST/bin/wasix-cmake" cmake -DCMAKE_TOOLCHAIN_FILE=/nonexistent/tc.cmake -S "$TC_SRC/buildtools/cmake" -B build2 -G Ninja >out2.txt 2>&1 &&
    fail "a given CMAKE_TOOLCHAIN_FILE was replaced"
  grep -q '/nonexistent/tc.cmake' out2.txt || { cat out2.txt >&2; fail "CMake did not try the given toolchain file"; }
  ;;

wasix-pkg-config)
  # Only the sysroot's and WASIX_SDK_PKG_CONFIG_PATH's modules, never the host's.
  pc="$WASIX_DIST/bin/wasix-pkg-config"
  mkdir -p pc hostpc
  cp "$TC_SRC/buildtools/wasixfoo.pc" pc/
  printf 'Name: hostonly\nDescription: a host module\nVersion: 1\nLibs:\n' > hostpc/hostonly.pc
  host_mods=$(PKG_CONFIG_PATH="$PWD/hostpc" pkg-config --list-all | wc -l)
  [ "$host_mods" -ge 1 ] || fail "the host's pkg-config lists nothing"
  if PKG_CONFIG_PATH="$PWD/hostpc" "$pc" --exists hostonly; then fail "wasix-pkg-config sees PKG_CONFIG_PATH"; fi
  for m in $(pkg-config --list-all | awk '{print $1}' | head -20); do
    if "$pc" --exists "$m"; then fail "wasix-pkg-config sees the host's module $m"; fi
  done
  WASIX_SDK_PKG_CONFIG_PATH="$PWD/pc" "$pc" --cflags wasixfoo | grep -Eqx -- '-DWASIXFOO_VALUE=42 *' ||
    fail "wasix-pkg-config does not see WASIX_SDK_PKG_CONFIG_PATH"
  note "ok"
  ;;

config-site)
  # Every answer config.site gives configure is what the program would find under the runtime.
  site="$WASIX_DIST/share/wasix/config.site"
  [ -f "$site" ] || fail "$site missing"
  "$CC" -O2 "$TC_SRC/buildtools/config_site.c" -o config_site.wasm
  need_runner
  "$RUN" config_site.wasm > found.txt || fail "config_site.wasm exited with $?"
  sed -n 's/^: "\${\([A-Za-z0-9_]*=[^}]*\)}"$/\1/p' "$site" | sort > claimed.txt
  [ -s claimed.txt ] || fail "no answers parsed from $site"
  sort found.txt > found.sorted
  diff claimed.txt found.sorted || fail "config.site's answers differ from what the runtime does"
  note "ok"
  ;;

binfmt)
  # Against a stand-in for /proc/sys/fs/binfmt_misc: the registration line, removal, status.
  bf="$WASIX_DIST/bin/wasix-binfmt"
  mkdir -p fake
  rc=0; WASIX_BINFMT_DIR="$PWD/fake" "$bf" status >/dev/null 2>err.txt || rc=$?
  [ "$rc" -eq 2 ] && grep -q 'not usable here' err.txt || fail "a missing binfmt_misc is not reported (rc $rc)"
  : > fake/register
  rc=0; WASIX_BINFMT_DIR="$PWD/fake" "$bf" status >/dev/null || rc=$?
  [ "$rc" -eq 1 ] || fail "status of nothing registered: rc $rc"
  WASIX_BINFMT_DIR="$PWD/fake" "$bf" install
  # shellcheck disable=SC2016
  [ "$(cat fake/register)" = ":wasix:M::\\x00asm\\x01\\x00\\x00\\x00::$(cd "$WASIX_DIST" && pwd)/bin/wasix-run:" ] ||
    { cat fake/register >&2; fail "wrong registration line"; }
  printf 'enabled\n' > fake/wasix
  WASIX_BINFMT_DIR="$PWD/fake" "$bf" status >/dev/null || fail "status of a registration"
  WASIX_BINFMT_DIR="$PWD/fake" "$bf" remove
  [ "$(cat fake/wasix)" = "-1" ] || fail "remove did not write -1"
  # The machine's own binfmt_misc: whatever it is, status answers without failing oddly.
  rc=0; "$bf" status >/dev/null 2>&1 || rc=$?
  [ "$rc" -le 2 ] || fail "wasix-binfmt status exited with $rc"
  note "ok"
  ;;

*)
  fail "unknown case"
  ;;
esac
