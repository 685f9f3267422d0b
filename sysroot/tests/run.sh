#!/usr/bin/env bash
# run.sh SYSROOT [WORKDIR] - build the sysroot's smoke tests against SYSROOT
# with the flags of ../LINKING.md and run them on the bundled runtime
# (runner/wasix-run.sh). Prints one line per test and "N passed, N failed".
# The same programs also run under ctest, built with dist/bin/wasix-clang[++]
# (tests/threads/: threads.sysroot_<name>, with the same expected lines).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
sysroot=$(realpath "${1:?usage: run.sh SYSROOT [WORKDIR]}")
work=$(realpath -m "${2:-$(mktemp -d)}")
mkdir -p "$work"
run=${WASIX_RUN:-$root/runner/wasix-run.sh}
CLANG=${CLANG:-clang-19}
CLANGXX=${CLANGXX:-clang++-19}

cflags=(--target=wasm32-wasi --sysroot="$sysroot" -matomics -mbulk-memory -pthread -O2)
# No -O when linking: clang would run wasm-opt (see LINKING.md).
ldflags=(--target=wasm32-wasi --sysroot="$sysroot"
         "$sysroot/lib/wasm32-wasi/libclang_rt.builtins-wasm32.a"
         -Wl,--shared-memory,--import-memory,--max-memory=67108864,--export=__stack_pointer)

passed=0 failed=0
check() { # NAME OUTPUT-FILE EXPECTED-GREP...
  local name=$1 out=$2; shift 2
  local pat
  for pat in "$@"; do
    if ! grep -q -- "$pat" "$out"; then
      echo "FAIL $name: output lacks '$pat'"; sed 's/^/    /' "$out" | tail -20
      failed=$((failed + 1)); return
    fi
  done
  echo "ok   $name"; passed=$((passed + 1))
}

for src in "$here"/*.c "$here"/*.cpp; do
  name=$(basename "${src%.*}")
  case "$src" in
    *.c)   cc=$CLANG;   extra=() ;;
    *.cpp) cc=$CLANGXX; extra=(-fno-exceptions) ;;
  esac
  if ! "$cc" "${cflags[@]}" "${extra[@]}" -c "$src" -o "$work/$name.o" 2> "$work/$name.build" ||
     ! "$cc" "$work/$name.o" "${ldflags[@]}" -o "$work/$name.wasm" 2>> "$work/$name.build"; then
    echo "FAIL $name: build"; sed 's/^/    /' "$work/$name.build" | head -20
    failed=$((failed + 1)); continue
  fi
  timeout 120 "$run" "$work/$name.wasm" > "$work/$name.out" 2>&1
  rc=$?
  if [[ $rc -ne 0 ]]; then
    echo "FAIL $name: exit status $rc"; sed 's/^/    /' "$work/$name.out" | tail -20
    failed=$((failed + 1)); continue
  fi
  case "$name" in
    threads_smoke)     check "$name" "$work/$name.out" "counter=40000 (expected 40000)" "thread 4: tls=400 errno=4" ;;
    threads_full)      check "$name" "$work/$name.out" "ok: 0 failures" ;;
    main_pthread_exit) check "$name" "$work/$name.out" "t7 line 49" "worker 1 done" "worker 2 done" ;;
    cxx_threads)       check "$name" "$work/$name.out" "atomic=20000 counter=20000" "thread_local destructors=3" "producer/consumer sum=5050" "from async 42" "promise=7" ;;
    cxx_fstream)       check "$name" "$work/$name.out" "read back: hello fstream" "copy ec=0" "remove_all ec=0 exists=0" ;;
    *)                 check "$name" "$work/$name.out" "" ;;
  esac
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
