#!/usr/bin/env bash
# run.sh [--quick] — the cost of a context switch (ctxbench.c: swapcontext round trips between
# main and one makecontext context) under wasix-run, where each context is one of the runtime's
# (context_create/context_switch), against the same source built natively (glibc's ucontext, a
# user-space register swap plus a sigprocmask system call). Writes results.md and summary.tsv
# (see ../lib.sh) next to this file.
# Env: WASIX_DIST (default <repo>/dist), N (round trips; 200000, --quick 50000).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
quick=$([ "${1:-}" = --quick ] && echo 1 || echo "")
N=${N:-$([ -n "$quick" ] && echo 50000 || echo 200000)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cc -O2 -o "$work/native" "$here/ctxbench.c"
"$DIST/bin/wasix-clang" -O2 "$here/ctxbench.c" -o "$work/ctxbench.wasm"
num() { sed -n 's/^switch_round_trip: \([0-9.]*\) ns$/\1/p'; }
# Best of 3 each, interleaved (a shared, noisy machine).
n=(); w=()
for _ in 1 2 3; do
  n+=("$("$work/native" "$N" | num)")
  w+=("$("$DIST/bin/wasix-run" "$work/ctxbench.wasm" "$N" | num)")
done
nb=$(bench_min "${n[@]}"); wb=$(bench_min "${w[@]}")

bench_summary_start "$here/summary.tsv"
bench_row switch "context switch round trip (swapcontext there and back)" "$wb" "$nb" ns "native (cc -O2, glibc)"
bench_summary_end

cat > "$here/results.md" <<MD
# Context switch — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)

\`bench/context/run.sh\`: $N round trips main → context → main through \`swapcontext\`, best of 3.

| | native (glibc) | wasix-run | ratio |
|---|---:|---:|---:|
| round trip | $nb ns | $wb ns | $(bench_ratio "$wb" "$nb")× |

Under WASIX each switch is a \`context_switch\` call into the runtime, which moves the engine to the
other context's own wasm stack; glibc swaps registers in user space and makes one
\`rt_sigprocmask\` system call per switch.
MD
cat "$here/results.md"
