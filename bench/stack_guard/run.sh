#!/usr/bin/env bash
# run.sh [--quick] — what the stack check of threads costs (wasix-clang replaces every change of
# the stack pointer by a call of __wasix_stack_set in a program that links it: see
# drivers/README.md). Each program is linked twice with `-Wl,-u,__wasix_stack_set` (as a
# threaded program links the check): with the check (the driver's default) and with
# -fno-wasix-stack-guard (the baseline), and run under wasix-run, interleaved; times are measured
# inside the programs, medians of REPEATS runs (default 5, --quick 2). Shapes: frames.c (calls
# of a function with a frame in memory, the worst case) and ../compute/sha256.c "calls" (SHA-256
# with the block function entered per block). Writes results.md and summary.tsv.
# Env: WASIX_DIST (default <repo>/dist), REPEATS, CALLS (default 50000000), MIB (default 32).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
REPEATS=${REPEATS:-5}
[ "${1:-}" = --quick ] && REPEATS=2
CALLS=${CALLS:-50000000}
MIB=${MIB:-32}
RUN="$DIST/bin/wasix-run"
[ -x "$DIST/bin/wasix-clang" ] || { echo "run.sh: error: no SDK at $DIST" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
BENCH_NODE=$(bench_node "$DIST")

for prog in frames sha256; do
  src=$here/frames.c
  [ "$prog" = sha256 ] && src=$root/bench/compute/sha256.c
  "$DIST/bin/wasix-clang" -O2 -Wl,-u,__wasix_stack_set "$src" -o "$work/$prog-on.wasm"
  "$DIST/bin/wasix-clang" -O2 -Wl,-u,__wasix_stack_set -fno-wasix-stack-guard "$src" -o "$work/$prog-off.wasm"
  cmp -s "$work/$prog-on.wasm" "$work/$prog-off.wasm" && { echo "run.sh: error: $prog: the check was not added" >&2; exit 1; }
done

once() {  # PROG on|off -> ns (frames prints "NS SUM", sha256 "VARIANT NS DIGEST")
  local out
  if [ "$1" = frames ]; then
    out=$(WASIX_SDK_NODE=$BENCH_NODE "$RUN" "$work/frames-$2.wasm" "$CALLS")
    set -- $out
    echo "$1"
  else
    out=$(WASIX_SDK_NODE=$BENCH_NODE "$RUN" "$work/sha256-$2.wasm" calls "$MIB")
    set -- $out ''
    echo "$2"
  fi
}
declare -A times
for ((r = 0; r < REPEATS; r++)); do
  for prog in frames sha256; do
    for v in on off; do times[$prog/$v]+=" $(once "$prog" "$v")"; done
  done
done
med() { bench_median ${times[$1]}; }
ms() { awk -v n="$1" 'BEGIN { printf "%.0f", n / 1e6 }'; }

bench_summary_start "$here/summary.tsv"
bench_row stack_guard_frames "$CALLS calls of a function with a frame in memory, stack check on" \
  "$(med frames/on)" "$(med frames/off)" ns "the same, -fno-wasix-stack-guard" "" "" ""
bench_row stack_guard_sha256 "sha256 of $MIB MiB (block function per block), stack check on" \
  "$(med sha256/on)" "$(med sha256/off)" ns "the same, -fno-wasix-stack-guard" "" "" 1
bench_summary_end

cat > "$here/results.md" <<MD
# Stack check — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)

\`bench/stack_guard/run.sh\`: each program linked with \`wasix-clang -O2 -Wl,-u,__wasix_stack_set\`
with the stack check (default) and with \`-fno-wasix-stack-guard\`, run under \`wasix-run\`;
medians of $REPEATS interleaved runs, times measured inside the programs.

| program | check on | check off | on / off |
|---|---:|---:|---:|
| frames.c: $CALLS calls of a function with a frame in memory | $(ms "$(med frames/on)") ms | $(ms "$(med frames/off)") ms | $(bench_ratio "$(med frames/on)" "$(med frames/off)") |
| sha256.c calls: $MIB MiB, block function per block | $(ms "$(med sha256/on)") ms | $(ms "$(med sha256/off)") ms | $(bench_ratio "$(med sha256/on)" "$(med sha256/off)") |

Every call of a function whose frame is in memory (locals whose address is taken, arrays, more
than 128 bytes of them in a leaf) changes the stack pointer twice, and each change is now a call
of \`__wasix_stack_set\` (a compare and a branch); functions without such a frame are unchanged.
MD
cat "$here/results.md"
