#!/usr/bin/env bash
# run.sh [--quick] — start-up: the wall time of `wasix-run hello.wasm` against `node -e 0` on the
# Node that wasix-run uses, medians of REPEATS interleaved pairs (default 10, --quick 3), and
# where a hello run's time goes: TRACED runs (default 5, --quick 2) of stamp.c under wasix-run
# with trace.mjs preloaded into its Node (`node --import`, through a WASIX_SDK_NODE launcher; the
# runner itself is unchanged), split into phases by breakdown.py.
# Writes results.md and summary.tsv (see ../lib.sh) next to this file.
# Env: WASIX_DIST (default <repo>/dist), REPEATS, TRACED.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
quick=$([ "${1:-}" = --quick ] && echo 1 || echo "")
REPEATS=${REPEATS:-$([ -n "$quick" ] && echo 3 || echo 10)}
TRACED=${TRACED:-$([ -n "$quick" ] && echo 2 || echo 5)}
RUN="$DIST/bin/wasix-run"
[ -x "$DIST/bin/wasix-clang" ] || { echo "run.sh: error: no SDK at $DIST" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
BENCH_NODE=$(bench_node "$DIST")

"$DIST/bin/wasix-clang" -O2 "$root/bench/hello_size/hello.c" -o "$work/hello.wasm"
"$DIST/bin/wasix-clang" -O2 "$here/stamp.c" -o "$work/stamp.wasm"
us() { echo $(( $(date +%s%N) / 1000 )); }
wall() {  # COMMAND... -> microseconds
  local t0
  t0=$(us)
  "$@" > /dev/null
  echo $(( $(us) - t0 ))
}
hello=() node0=()
for ((r = 0; r < REPEATS; r++)); do
  hello+=("$(WASIX_SDK_NODE=$BENCH_NODE wall "$RUN" "$work/hello.wasm")")
  node0+=("$(wall "$BENCH_NODE" -e 0)")
done
h=$(bench_median "${hello[@]}"); n=$(bench_median "${node0[@]}")

traced=$(bench_node_with --import "$here/trace.mjs")
dirs=()
for ((r = 0; r < TRACED; r++)); do
  d="$work/trace$r"; mkdir "$d"; dirs+=("$d")
  t=$(us); printf '%s.%03d run launch\n' $((t / 1000)) $((t % 1000)) > "$d/trace.txt"
  WASIX_BENCH_TRACE="$d/trace.txt" WASIX_SDK_NODE=$traced "$RUN" "$work/stamp.wasm" > "$d/stdout.txt"
  t=$(us); printf '%s.%03d run end\n' $((t / 1000)) $((t % 1000)) >> "$d/trace.txt"
done
python3 "$here/breakdown.py" "${dirs[@]}" > "$work/phases.tsv"
total=$(awk -F'\t' '$1 == "total" { print $2 }' "$work/phases.tsv")

bench_summary_start "$here/summary.tsv"
bench_row hello_wall "a \`wasix-run\` hello, wall time" "$h" "$n" us "\`node -e 0\` (same Node)" "<=2"
phase_rows=""
while IFS=$'\t' read -r key t label; do
  [ "$key" = total ] && continue
  bench_row "startup_$key" "hello start-up phase: $label" "$t" "$total" us "the whole traced run" "" "" 1
  phase_rows+=$'\n'"| $label | $((t / 1000)) ms | $(bench_ratio "$t" "$total") |"
done < "$work/phases.tsv"
bench_summary_end

node_v=$("$RUN" --version 2>/dev/null | head -1 || echo "?")
report="# Start-up — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)

\`bench/startup/run.sh\` with \`$node_v\`: medians of $REPEATS interleaved runs.

| what | wall time | / \`node -e 0\` |
|---|---:|---:|
| \`$BENCH_NODE -e 0\` | $((n / 1000)) ms | 1.00 |
| \`wasix-run hello.wasm\` | $((h / 1000)) ms | $(bench_ratio "$h" "$n") (goal ≤ 2) |

Where a hello run's time goes (\`stamp.c\` under wasix-run with \`trace.mjs\` preloaded; medians of
$TRACED runs, so the phases need not add up to the median total of $((total / 1000)) ms; the preload itself
adds a few ms to *the runner's modules*):

| phase | median | share |
|---|---:|---:|$phase_rows
"
printf '%s\n' "$report" | tee "$here/results.md"
