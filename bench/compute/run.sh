#!/usr/bin/env bash
# run.sh [--quick] — compute at the engine's limit: sha256.c (SHA-256 of 64 MiB) natively
# (cc -O2) and with the SDK under wasix-run, in two shapes (the block function entered once per
# block; the whole hash in one function entered once), then under wasix-run with V8 flags the
# runner could pass, each with the wall time of a hello run to show what the flag costs at
# start-up. Times are the hashing alone, measured inside the program; medians of REPEATS
# interleaved runs (default 3, --quick 1). Every digest must match sha256sum of the same data.
# Writes results.md and summary.tsv (see ../lib.sh) next to this file.
# Env: WASIX_DIST (default <repo>/dist), REPEATS, MIB (default 64),
#      WASIX_BENCH_V8_FLAGS: the Node options to try, ';'-separated sets of NAME=OPTIONS (default
#      below; eager_guest preloads eager-guest.mjs: only the guest compiled by the optimising tier).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
REPEATS=${REPEATS:-3}
[ "${1:-}" = --quick ] && REPEATS=1
MIB=${MIB:-64}
FLAG_SETS=${WASIX_BENCH_V8_FLAGS-no_liftoff=--no-liftoff;eager_guest=--import $here/eager-guest.mjs}
RUN="$DIST/bin/wasix-run"
[ -x "$DIST/bin/wasix-clang" ] || { echo "run.sh: error: no SDK at $DIST" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
BENCH_NODE=$(bench_node "$DIST")

cc -O2 "$here/sha256.c" -o "$work/native"
"$DIST/bin/wasix-clang" -O2 "$here/sha256.c" -o "$work/sha256.wasm"
"$DIST/bin/wasix-clang" -O2 "$root/bench/hello_size/hello.c" -o "$work/hello.wasm"
want=$("$work/native" dump "$MIB" | sha256sum | cut -d' ' -f1)

flag_sets=()
[ -z "$FLAG_SETS" ] || IFS=';' read -r -a flag_sets <<<"$FLAG_SETS"
configs=(native default)
declare -A launcher=([default]="") options=([default]="")
for f in "${flag_sets[@]}"; do
  configs+=("${f%%=*}"); options[${f%%=*}]=${f#*=}; launcher[${f%%=*}]=$(bench_node_with ${f#*=})
done

# One run: CONFIG VARIANT -> nanoseconds (after checking the digest).
hash_once() {
  local out
  if [ "$1" = native ]; then out=$("$work/native" "$2" "$MIB")
  else out=$(WASIX_SDK_NODE=${launcher[$1]:-$BENCH_NODE} "$RUN" "$work/sha256.wasm" "$2" "$MIB"); fi
  set -- $out ''
  [ "$3" = "$want" ] || { echo "run.sh: error: digest $3 from '$out', want $want" >&2; exit 1; }
  echo "$2"
}
hello_wall() {
  local t0 t1
  t0=$(date +%s%N)
  WASIX_SDK_NODE=${launcher[$1]:-$BENCH_NODE} "$RUN" "$work/hello.wasm" > /dev/null
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000 ))
}
declare -A times walls
hello_repeats=$(( REPEATS < 3 ? 3 : REPEATS ))
for ((r = 0; r < REPEATS; r++)); do
  for c in "${configs[@]}"; do
    for v in calls once; do times[$c/$v]+=" $(hash_once "$c" "$v")"; done
  done
done
for ((r = 0; r < hello_repeats; r++)); do
  for c in "${configs[@]:1}"; do walls[$c]+=" $(hello_wall "$c")"; done
done
med() { bench_median ${times[$1]}; }
ms() { awk -v n="$1" 'BEGIN { printf "%.0f", n / 1e6 }'; }

bench_summary_start "$here/summary.tsv"
table="| configuration | hash, block function per block | / native | hash, one function entered once | / native | hello wall (median) | / default |
|---|---:|---:|---:|---:|---:|---:|
| native (cc -O2) | $(ms "$(med native/calls)") ms | 1.00 | $(ms "$(med native/once)") ms | 1.00 | | |"
dwall=$(bench_median ${walls[default]})
for c in "${configs[@]:1}"; do
  w=$(bench_median ${walls[$c]})
  shown=${options[$c]//$here\//}
  label=$([ "$c" = default ] && echo "wasix-run (Node's defaults)" || echo "wasix-run, node \`$shown\`")
  table+=$'\n'"| $label | $(ms "$(med "$c/calls")") ms | $(bench_ratio "$(med "$c/calls")" "$(med native/calls)") | $(ms "$(med "$c/once")") ms | $(bench_ratio "$(med "$c/once")" "$(med native/once)") | $((w / 1000)) ms | $(bench_ratio "$w" "$dwall") |"
  note=$([ "$c" = default ] && echo "" || echo "node $shown, not the runner's default")
  key=$([ "$c" = default ] && echo "" || echo "_$c")
  bench_row "sha256_calls$key" "sha256 of $MIB MiB, block function entered per block" "$(med "$c/calls")" "$(med native/calls)" ns "native cc -O2" "<=1.3" "$note" "$([ -n "$key" ] && echo 1)"
  bench_row "sha256_once$key" "sha256 of $MIB MiB, hot loop in a function entered once" "$(med "$c/once")" "$(med native/once)" ns "native cc -O2" "<=1.3" "$note"
  [ "$c" = default ] || bench_row "hello_wall$key" "hello run under wasix-run with a V8 flag" "$w" "$dwall" us "hello under wasix-run, Node's defaults" "" "$note"
done
bench_summary_end

node_v=$("$RUN" --version 2>/dev/null | head -1 || echo "?")
report="# Compute — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)

\`bench/compute/run.sh\`: SHA-256 of $MIB MiB (\`sha256.c\`), the hashing timed inside the program,
native \`cc -O2\` against \`wasix-clang -O2\` under \`$node_v\`; medians of $REPEATS interleaved
runs (hello: $hello_repeats). Every run's digest matched \`sha256sum\` of the same data ($want).
A V8 flag is passed by running wasix-run with \`WASIX_SDK_NODE\` set to a launcher that adds it.

$table

*block function per block*: \`block()\` is entered once per 64-byte block (a million times), so
V8's dynamic tiering optimises it after a few calls. *entered once*: the same code inlined into one
function that runs the whole hash; V8 optimises a function for its next entry and has no
on-stack replacement for wasm, so without a flag it runs in Liftoff (the baseline tier)
throughout. \`--no-liftoff\` compiles every function with the optimising tier, the runtime's own
4.7 MB module too (hence its start-up); \`eager-guest.mjs\` sets \`--no-liftoff
--no-wasm-lazy-compilation\` only around the compile of the guest module, as the runner could.
"
printf '%s\n' "$report" | tee "$here/results.md"
