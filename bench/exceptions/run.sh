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
# Env: WASIX_DIST (default <repo>/dist). Writes results.md next to this file.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
DIST=${WASIX_DIST:-$root/dist}
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
val() { for _ in 1 2 3; do "$@" | awk '{print $2}'; done | sort -g | head -1; }
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
done
echo
echo "Sizes: sjbench default $(size sj.wasm) B, -fno-wasix-sjlj $(size sj-async.wasm) B (stripped)."
} | tee "$out.tmp"
mv "$out.tmp" "$out"
