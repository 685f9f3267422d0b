#!/usr/bin/env bash
# run.sh — what C++ exceptions and the exception-based setjmp cost, each against a baseline
# measured in the same run (see README.md in bench/ for the results of the last run):
#   1. size: hello.cpp (../hello_size) and larger.cpp built with exceptions (the default of
#      wasix-clang++) and with -fno-exceptions; stripped sizes (wasm-strip) and the ratio.
#   2. throw/catch: throwbench.cpp (16 frames down and back by a throw; one frame; a normal
#      call 16 deep) under wasix-run against the same program built natively (c++ -O2).
#   3. asyncify: throwbench.cpp with -DWITH_FORK (links fork, so the driver asyncifies it with
#      the SDK's binaryen) against without: size, the time of the asyncify step, and speed.
#   4. setjmp/longjmp: sjbench.c with the default lowering against -fno-wasix-sjlj (setjmp over
#      stack_checkpoint, asyncified) and against native cc -O2.
# run.sh [--quick]: --quick takes one run per number instead of the best of 3.
# Env: WASIX_DIST (default <repo>/dist). Writes results.md and summary.tsv (see ../lib.sh) next
# to this file.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
tries=$([ "${1:-}" = --quick ] && echo 1 || echo 3)
CXX="$DIST/bin/wasix-clang++"
CC="$DIST/bin/wasix-clang"
RUN="$DIST/bin/wasix-run"
[ -x "$CXX" ] || { echo "run.sh: error: no SDK at $DIST" >&2; exit 1; }
for t in wasm-strip c++ cc; do
  command -v "$t" >/dev/null || { echo "run.sh: error: $t not found" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
size() { wasm-strip "$1" -o "$1.stripped" && stat -c %s "$1.stripped"; }
ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
# The number a bench program prints: the best of 3 runs (the machine is shared and noisy).
val() { for ((i = 0; i < tries; i++)); do "$@" | awk '{print $2}'; done | sort -g | head -1; }
bench_summary_start "$here/summary.tsv"
# srow KEY QUANTITY SDK BASELINE UNIT BASELINE_NAME [DETAIL]; the summary rows, written as the
# tables below are.
srow() { bench_row "$1" "$2" "$3" "$4" "$5" "$6" "" "" "${7:-}"; }
out="$here/results.md"
{
echo "# Exceptions and setjmp — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "\`bench/exceptions/run.sh\`, $(clang-19 --version | head -1), $(c++ --version | head -1) natively."
echo "Times are per iteration, the best of 3 runs (the machine is shared and noisy: compare ratios)."
echo
echo "## Code size (wasix-clang++ -O2, wasm-strip)"
echo
echo "| program | -fno-exceptions | exceptions (default) | ratio |"
echo "|---|---:|---:|---:|"
for p in "$root/bench/hello_size/hello.cpp" "$here/larger.cpp"; do
  n=$(basename "$p" .cpp)
  "$CXX" -O2 -fno-exceptions "$p" -o "$n.noeh.wasm"
  "$CXX" -O2 "$p" -o "$n.eh.wasm"
  a=$(size "$n.noeh.wasm"); b=$(size "$n.eh.wasm")
  echo "| $n.cpp | $a B | $b B | $(ratio "$b" "$a")× |"
  srow "size_$n" "$n.cpp size with exceptions (the default), stripped" "$b" "$a" B "-fno-exceptions" "$([ "$n" = hello ] || echo 1)"
done
echo
echo "## throw/catch round trip (throwbench.cpp, -O2)"
echo
c++ -O2 "$here/throwbench.cpp" -o tb.native
"$CXX" -O2 "$here/throwbench.cpp" -o tb.wasm
echo "| what | native | WASIX | WASIX / native |"
echo "|---|---:|---:|---:|"
for m in "call 200000" "throw 20000" "throw1 20000"; do
  set -- $m
  a=$(val ./tb.native "$1" "$2"); b=$(val "$RUN" tb.wasm "$1" "$2")
  echo "| $1 | $a ns | $b ns | $(ratio "$b" "$a")× |"
  case $1 in
    throw) srow throw "throw + catch, 16 frames deep" "$b" "$a" ns "native (c++ -O2)" ;;
    throw1) srow throw1 "throw + catch in one frame" "$b" "$a" ns "native (c++ -O2)" 1 ;;
    call) srow call "a call 16 deep (no throw)" "$b" "$a" ns "native (c++ -O2)" 1 ;;
  esac
done
echo
echo "## asyncify on an exceptions program that forks (throwbench.cpp -DWITH_FORK)"
echo
t0=$(date +%s.%N)
"$CXX" -O2 -DWITH_FORK "$here/throwbench.cpp" -o tbf.wasm
t1=$(date +%s.%N)
"$CXX" -O2 -DWITH_FORK -fno-wasix-asyncify "$here/throwbench.cpp" -o tbf-noasync.wasm
t2=$(date +%s.%N)
link_async=$(python3 -c "print('%.1f' % ($t1 - $t0))"); link_plain=$(python3 -c "print('%.1f' % ($t2 - $t1))")
a=$(size tb.wasm); b=$(size tbf.wasm)
echo "| what | no fork | fork (asyncified) | ratio |"
echo "|---|---:|---:|---:|"
echo "| size (stripped) | $a B | $b B | $(ratio "$b" "$a")× |"
srow fork_size "size of an exceptions program that forks (asyncified), stripped" "$b" "$a" B "the same without fork (not asyncified)" 1
echo "| link (+ asyncify step) | $link_plain s | $link_async s | $(ratio "$link_async" "$link_plain")× |"
for m in "call 200000" "throw 20000"; do
  set -- $m
  a=$(val "$RUN" tb.wasm "$1" "$2"); b=$(val "$RUN" tbf.wasm "$1" "$2")
  echo "| $1 | $a ns | $b ns | $(ratio "$b" "$a")× |"
done
echo
echo "## setjmp/longjmp (sjbench.c, -O2)"
echo
cc -O2 "$here/sjbench.c" -o sj.native
"$CC" -O2 "$here/sjbench.c" -o sj.wasm
"$CC" -O2 -fno-wasix-sjlj "$here/sjbench.c" -o sj-async.wasm
echo "| what | native | WASIX default (exception-based) | WASIX -fno-wasix-sjlj (asyncify) | asyncify / default |"
echo "|---|---:|---:|---:|---:|"
for m in "setjmp 1000000 2000" "longjmp 100000 2000"; do
  set -- $m
  a=$(val ./sj.native "$1" "$2"); b=$(val "$RUN" sj.wasm "$1" "$2"); c=$(val "$RUN" sj-async.wasm "$1" "$3")
  echo "| $1 | $a ns | $b ns | $c ns | $(ratio "$c" "$b")× |"
  srow "$1" "$1 (exception-based, the default)" "$b" "$a" ns "native (cc -O2)"
  srow "$1_asyncify" "$1 over asyncify (-fno-wasix-sjlj)" "$c" "$b" ns "the exception-based default" 1
done
echo
echo "Sizes: sjbench default $(size sj.wasm) B, -fno-wasix-sjlj $(size sj-async.wasm) B (stripped)."
} | tee "$out.tmp"
mv "$out.tmp" "$out"
bench_summary_end
