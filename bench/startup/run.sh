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
# Served runs: a run server of this bench's own (WASIX_SDK_RUN_SERVER, runner/run_server.mjs),
# started by a first run; each timed run waits (untimed) until the server is ready again.
servers="$work/servers"
mkdir -m 700 "$servers"
stop_servers() { local f; for f in "$servers"/slot.*; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done; true; }
trap 'stop_servers; rm -rf "$work"' EXIT
serve_ready() {
  local i
  for ((i = 0; i < 600; i++)); do
    compgen -G "$servers/ready.*" > /dev/null && return 0
    sleep 0.1
  done
  echo "run.sh: error: no run server became ready in $servers" >&2
  exit 1
}
[ -z "${WASIX_SDK_NODE:-}" ] || echo "run.sh: note: served runs use the default Node, not WASIX_SDK_NODE" >&2
env -u WASIX_SDK_NODE WASIX_SDK_RUN_SERVER="$servers" "$RUN" "$work/hello.wasm" > /dev/null
hello=() node0=() served=()
for ((r = 0; r < REPEATS; r++)); do
  hello+=("$(WASIX_SDK_NODE=$BENCH_NODE wall "$RUN" "$work/hello.wasm")")
  node0+=("$(wall "$BENCH_NODE" -e 0)")
  serve_ready
  served+=("$(wall env -u WASIX_SDK_NODE WASIX_SDK_RUN_SERVER="$servers" "$RUN" "$work/hello.wasm")")
done
h=$(bench_median "${hello[@]}"); n=$(bench_median "${node0[@]}"); sv=$(bench_median "${served[@]}")

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
bench_row hello_served "a \`wasix-run\` hello handed to a run server (\`WASIX_SDK_RUN_SERVER\`), wall time" "$sv" "$n" us "\`node -e 0\` (same Node)" "<=2"
bench_row hello_wall "a \`wasix-run\` hello, a single run (no run server), wall time" "$h" "$n" us "\`node -e 0\` (same Node)"
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
| \`wasix-run hello.wasm\` handed to a run server (\`WASIX_SDK_RUN_SERVER\`) | $((sv / 1000)) ms | $(bench_ratio "$sv" "$n") (goal ≤ 2) |
| \`wasix-run hello.wasm\`, a single run | $((h / 1000)) ms | $(bench_ratio "$h" "$n") |

Where a single hello run's time goes (\`stamp.c\` under wasix-run with \`trace.mjs\` preloaded; medians of
$TRACED runs, so the phases need not add up to the median total of $((total / 1000)) ms; the preload itself
adds a few ms to *the runner's modules*). A served run skips the runtime's phases: it pays for the
client, the package and sandbox, the guest's instantiation and its own run.

| phase | median | share |
|---|---:|---:|$phase_rows
"
printf '%s\n' "$report" | tee "$here/results.md"
