#!/usr/bin/env bash
# run.sh [--quick] — compute at the engine's limit: sha256.c (SHA-256 of 64 MiB) natively
# (cc -O2) and with the SDK under wasix-run, in two shapes (the block function entered once per
# block; the whole hash in one function entered once), by default and with `wasix-run
# --optimize` (the guest compiled whole by V8's optimising tier before it starts), with what that
# costs at start-up: the wall time of a C hello and of a C++ (iostream) hello, a larger module.
# Times are the hashing alone, measured inside the program; medians of REPEATS interleaved runs
# (default 3, --quick 1; the start-ups at least 3). Every digest must match sha256sum of the same
# data. Writes results.md and summary.tsv (see ../lib.sh) next to this file.
# Env: WASIX_DIST (default <repo>/dist), REPEATS, MIB (default 64),
#      WASIX_BENCH_V8_FLAGS: Node options to try as well, ';'-separated sets of NAME=OPTIONS
#      (e.g. 'no_liftoff=--no-liftoff'), each run through a Node launcher that adds them.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
REPEATS=${REPEATS:-3}
[ "${1:-}" = --quick ] && REPEATS=1
MIB=${MIB:-64}
FLAG_SETS=${WASIX_BENCH_V8_FLAGS:-}
RUN="$DIST/bin/wasix-run"
[ -x "$DIST/bin/wasix-clang" ] || { echo "run.sh: error: no SDK at $DIST" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
BENCH_NODE=$(bench_node "$DIST")

cc -O2 "$here/sha256.c" -o "$work/native"
"$DIST/bin/wasix-clang" -O2 "$here/sha256.c" -o "$work/sha256.wasm"
"$DIST/bin/wasix-clang" -O2 "$root/bench/hello_size/hello.c" -o "$work/hello.wasm"
"$DIST/bin/wasix-clang++" -O2 "$root/bench/hello_size/hello.cpp" -o "$work/hello-cxx.wasm"
want=$("$work/native" dump "$MIB" | sha256sum | cut -d' ' -f1)

# A configuration is the runner's options and the Node it runs on.
configs=(native default optimize)
declare -A launcher=([default]="" [optimize]="") runopts=([default]="" [optimize]="--optimize")
declare -A label=([default]="wasix-run" [optimize]="wasix-run --optimize")
flag_sets=()
[ -z "$FLAG_SETS" ] || IFS=';' read -r -a flag_sets <<<"$FLAG_SETS"
for f in "${flag_sets[@]}"; do
  c=${f%%=*}
  configs+=("$c"); runopts[$c]=""; launcher[$c]=$(bench_node_with ${f#*=}); label[$c]="wasix-run, node \`${f#*=}\`"
done

hash_once() {
  local out
  if [ "$1" = native ]; then out=$("$work/native" "$2" "$MIB")
  else out=$(WASIX_SDK_NODE=${launcher[$1]:-$BENCH_NODE} "$RUN" ${runopts[$1]} "$work/sha256.wasm" "$2" "$MIB"); fi
  set -- $out ''
  [ "$3" = "$want" ] || { echo "run.sh: error: digest $3 from '$out', want $want" >&2; exit 1; }
  echo "$2"
}
wall() {
  local t0 t1
  t0=$(date +%s%N)
  WASIX_SDK_NODE=${launcher[$1]:-$BENCH_NODE} "$RUN" ${runopts[$1]} "$2" > /dev/null
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000 ))
}
declare -A times walls
start_repeats=$(( REPEATS < 3 ? 3 : REPEATS ))
for ((r = 0; r < REPEATS; r++)); do
  for c in "${configs[@]}"; do
    for v in calls once; do times[$c/$v]+=" $(hash_once "$c" "$v")"; done
  done
done
for ((r = 0; r < start_repeats; r++)); do
  for c in "${configs[@]:1}"; do
    walls[$c/c]+=" $(wall "$c" "$work/hello.wasm")"
    walls[$c/cxx]+=" $(wall "$c" "$work/hello-cxx.wasm")"
  done
done
med() { bench_median ${times[$1]}; }
wmed() { bench_median ${walls[$1]}; }
ms() { awk -v n="$1" 'BEGIN { printf "%.0f", n / 1e6 }'; }
kib() { echo $(( ($(stat -c %s "$1") + 512) / 1024 )); }

bench_summary_start "$here/summary.tsv"
table="| configuration | hash, block function per block | / native | hash, one function entered once | / native | C hello ($(kib "$work/hello.wasm") KiB) | / default | C++ hello ($(kib "$work/hello-cxx.wasm") KiB) | / default |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
| native (cc -O2) | $(ms "$(med native/calls)") ms | 1.00 | $(ms "$(med native/once)") ms | 1.00 | | | | |"
for c in "${configs[@]:1}"; do
  table+=$'\n'"| ${label[$c]} | $(ms "$(med "$c/calls")") ms | $(bench_ratio "$(med "$c/calls")" "$(med native/calls)") | $(ms "$(med "$c/once")") ms | $(bench_ratio "$(med "$c/once")" "$(med native/once)") | $(( $(wmed "$c/c") / 1000 )) ms | $(bench_ratio "$(wmed "$c/c")" "$(wmed default/c)") | $(( $(wmed "$c/cxx") / 1000 )) ms | $(bench_ratio "$(wmed "$c/cxx")" "$(wmed default/cxx)") |"
  key=$([ "$c" = default ] && echo "" || echo "_$c")
  note=$([ "$c" = default ] && echo "" || echo "${label[$c]}")
  bench_row "sha256_calls$key" "sha256 of $MIB MiB, block function entered per block" "$(med "$c/calls")" "$(med native/calls)" ns "native cc -O2" "<=1.3" "$note" "$([ -n "$key" ] && echo 1)"
  bench_row "sha256_once$key" "sha256 of $MIB MiB, hot loop in a function entered once" "$(med "$c/once")" "$(med native/once)" ns "native cc -O2" "<=1.3" "$note"
  if [ "$c" != default ]; then
    bench_row "hello_wall$key" "C hello run, what ${label[$c]} costs at start-up" "$(wmed "$c/c")" "$(wmed default/c)" us "the same, wasix-run's default" "" "$note"
    bench_row "hello_cxx_wall$key" "C++ hello run ($(kib "$work/hello-cxx.wasm") KiB), what ${label[$c]} costs at start-up" "$(wmed "$c/cxx")" "$(wmed default/cxx)" us "the same, wasix-run's default" "" "$note"
  fi
done
bench_summary_end

node_v=$("$RUN" --version 2>/dev/null | head -1 || echo "?")
report="# Compute — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)

\`bench/compute/run.sh\`: SHA-256 of $MIB MiB (\`sha256.c\`), the hashing timed inside the program,
native \`cc -O2\` against \`wasix-clang -O2\` under \`$node_v\`; medians of $REPEATS interleaved
runs (start-ups: $start_repeats). Every run's digest matched \`sha256sum\` of the same data ($want).

$table

*block function per block*: \`block()\` is entered once per 64-byte block (a million times), so
V8's dynamic tiering optimises it after a few calls. *entered once*: the same code inlined into one
function that runs the whole hash; V8 optimises a function for its next entry and has no
on-stack replacement for wasm, so by default it runs in Liftoff (the baseline tier) throughout.
\`wasix-run --optimize\` compiles the guest's module whole with the optimising tier before it
starts (\`runner/optimize.mjs\`; the runtime's own module keeps Node's lazy defaults): the hot
loop runs optimised, and start-up pays the compile, which grows with the module's code (the two
hello columns), so it is an option for programs that compute, not the default.
"
printf '%s\n' "$report" | tee "$here/results.md"
