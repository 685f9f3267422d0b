#!/usr/bin/env bash
# run.sh [--quick] [SECONDS] — thread benchmarks (threadbench.c): the same source built with
# the SDK (dist/bin/wasix-clang -O2, run by dist/bin/wasix-run) and natively
# (gcc -O2 -pthread). Each measurement runs SECONDS of wall time (default 0.5; the
# whole script takes about 10 s). create+join is measured a second time under
# WASIX_THREAD_POOL=0 (a new runtime thread per pthread_create), in the same run.
# Prints a table and writes results.md and summary.tsv (see ../lib.sh) next to this file.
# --quick: 0.2 s per measurement.
# Env: WASIX_DIST (default <repo>/dist), CC_NATIVE (default gcc).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
quick=""
[ "${1:-}" = --quick ] && { quick=1; shift; }
SECS=${1:-$([ -n "$quick" ] && echo 0.2 || echo 0.5)}
CC_NATIVE=${CC_NATIVE:-gcc}
[ -x "$DIST/bin/wasix-clang" ] || { echo "run.sh: error: no SDK at $DIST (run scripts/main.sh first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$CC_NATIVE" -O2 -pthread "$here/threadbench.c" -o "$work/native"
"$DIST/bin/wasix-clang" -O2 "$here/threadbench.c" -o "$work/threadbench.wasm"
load=$(cut -d' ' -f1-3 /proc/loadavg)
"$work/native" "$SECS" > "$work/native.txt"
"$DIST/bin/wasix-run" "$work/threadbench.wasm" "$SECS" > "$work/guest.txt"
"$DIST/bin/wasix-run" --env WASIX_THREAD_POOL=0 "$work/threadbench.wasm" "$SECS" create_join > "$work/nopool.txt"

val() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
fmt() { awk -v v="$1" 'BEGIN { if (v >= 1e6) printf "%.2f M", v / 1e6; else if (v >= 1e3) printf "%.1f k", v / 1e3; else printf "%.0f", v }'; }
ratio() { awk -v g="$1" -v n="$2" 'BEGIN { r = g / n; if (r >= 0.1) printf "%.2f", r; else printf "%.4f (1/%.0f)", r, n / g }'; }

table="| measurement (per second) | native | guest (wasix-run) | guest / native |
|---|---:|---:|---:|"
row() {  # KEY LABEL
  local n g
  n=$(val "$work/native.txt" "$1"); g=$(val "$work/guest.txt" "$1")
  table+=$'\n'"| $2 | $(fmt "$n") | $(fmt "$g") | $(ratio "$g" "$n") |"
}
row create_join    "thread create + join"
n=$(val "$work/native.txt" create_join); g=$(val "$work/nopool.txt" create_join)
table+=$'\n'"| thread create + join, \`WASIX_THREAD_POOL=0\` (no reuse) | $(fmt "$n") | $(fmt "$g") | $(ratio "$g" "$n") |"
reuse=$(awk -v a="$(val "$work/guest.txt" create_join)" -v b="$g" 'BEGIN { printf "%.0f", a / b }')
row handoff        "mutex hand-offs (2 threads, strict alternation, mutex + condvar)"
row contended_lock "lock/unlock, 4 threads on one mutex (total)"
row malloc_1       "malloc+free, 1 thread"
row malloc_2       "malloc+free, 2 threads (total)"
row malloc_4       "malloc+free, 4 threads (total)"
row malloc_8       "malloc+free, 8 threads (total)"

scaling="| threads | guest malloc+free/s | vs 1 thread | native malloc+free/s | vs 1 thread |
|---:|---:|---:|---:|---:|"
g1=$(val "$work/guest.txt" malloc_1); n1=$(val "$work/native.txt" malloc_1)
for t in 1 2 4 8; do
  g=$(val "$work/guest.txt" "malloc_$t"); n=$(val "$work/native.txt" "malloc_$t")
  scaling+=$'\n'"| $t | $(fmt "$g") | $(ratio "$g" "$g1") | $(fmt "$n") | $(ratio "$n" "$n1") |"
done

bench_summary_start "$here/summary.tsv"
srow() {  # KEY LABEL [GOAL [DETAIL]]: guest against native
  bench_row "threads_$1" "$2" "$(val "$work/guest.txt" "$1")" "$(val "$work/native.txt" "$1")" "/s" "native (gcc -O2 -pthread)" "${3:-}" "" "${4:-}"
}
bench_row threads_reuse "thread create + join, thread reuse against \`WASIX_THREAD_POOL=0\` (a new runtime thread each)" \
  "$(val "$work/guest.txt" create_join)" "$(val "$work/nopool.txt" create_join)" "/s" "the same guest, \`WASIX_THREAD_POOL=0\`" ">=50"
srow create_join "thread create + join"
srow handoff "mutex + condvar hand-offs between 2 threads"
srow contended_lock "lock/unlock, 4 threads on one mutex"
srow malloc_1 "malloc+free, 1 thread"
for t in 2 4 8; do srow "malloc_$t" "malloc+free, $t threads (total)" "" 1; done
bench_summary_end

node_v=$("$DIST/bin/wasix-run" --version 2>/dev/null || echo "?")
report="# Thread benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $load

\`bench/threads/run.sh $SECS\`: \`threadbench.c\` built with \`dist/bin/wasix-clang -O2\` and run by
\`dist/bin/wasix-run\` ($node_v), and with \`$CC_NATIVE -O2 -pthread\` natively. Each line is one
run of $SECS s of wall time (single runs on a shared machine: expect ±20–30 %).

$table

Thread reuse (the default pool) makes create + join ${reuse}× faster than \`WASIX_THREAD_POOL=0\` in this run.

Malloc scaling (total operations per second; 64 live blocks of 16–4096 bytes per thread):

$scaling
"
printf '%s\n' "$report" | tee "$here/results.md"
