#!/usr/bin/env bash
# run.sh [--quick] — dlopen and dlsym (dlbench.c) under wasix-run, the program linked with -fPIC
# and the library a side module (wasix-clang -fPIC -shared) on a --dir mount, against the same
# sources built natively (cc -fPIC -shared, cc -ldl). Writes results.md and summary.tsv (see
# ../lib.sh) next to this file.
# Env: WASIX_DIST (default <repo>/dist), N (lookups and cycles; 2000, --quick 500).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
quick=$([ "${1:-}" = --quick ] && echo 1 || echo "")
N=${N:-$([ -n "$quick" ] && echo 500 || echo 2000)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cc -O2 -fPIC -shared "$here/dlside.c" -o "$work/libdlside.so"
cc -O2 "$here/dlbench.c" -o "$work/native" -ldl
"$DIST/bin/wasix-clang" -O2 -fPIC -shared "$here/dlside.c" -o "$work/libdlside.wasm.so"
"$DIST/bin/wasix-clang" -O2 -fPIC "$here/dlbench.c" -o "$work/dlbench.wasm"
val() { awk -v k="$1:" '$1 == k { print $2 }'; }
# Best of 3 each, interleaved.
nl=(); ns=(); nc=(); wl=(); ws=(); wc=()
for _ in 1 2 3; do
  out=$("$work/native" "$work/libdlside.so" "$N")
  nl+=("$(val load <<< "$out")"); ns+=("$(val dlsym <<< "$out")"); nc+=("$(val cycle <<< "$out")")
  out=$("$DIST/bin/wasix-run" --dir "$work:/bench" "$work/dlbench.wasm" /bench/libdlside.wasm.so "$N")
  wl+=("$(val load <<< "$out")"); ws+=("$(val dlsym <<< "$out")"); wc+=("$(val cycle <<< "$out")")
done

bench_summary_start "$here/summary.tsv"
bench_row load "dlopen of a side module, first load" "$(bench_min "${wl[@]}")" "$(bench_min "${nl[@]}")" us "native (cc -O2, a .so)"
bench_row dlsym "dlsym of a function" "$(bench_min "${ws[@]}")" "$(bench_min "${ns[@]}")" ns "native (cc -O2, a .so)"
bench_row cycle "dlopen + dlsym + dlclose of a loaded library (never unloaded under WASIX)" "$(bench_min "${wc[@]}")" "$(bench_min "${nc[@]}")" ns "native (cc -O2; unloads and loads again)" "" "" 1
bench_summary_end

cat > "$here/results.md" <<MD
# Dynamic loading — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)

\`bench/dl/run.sh\`: \`dlbench.c\` ($N lookups and cycles), best of 3.

| | native | wasix-run | ratio |
|---|---:|---:|---:|
| first dlopen (load) | $(bench_min "${nl[@]}") µs | $(bench_min "${wl[@]}") µs | $(bench_ratio "$(bench_min "${wl[@]}")" "$(bench_min "${nl[@]}")")× |
| dlsym | $(bench_min "${ns[@]}") ns | $(bench_min "${ws[@]}") ns | $(bench_ratio "$(bench_min "${ws[@]}")" "$(bench_min "${ns[@]}")")× |
| dlopen + dlsym + dlclose | $(bench_min "${nc[@]}") ns | $(bench_min "${wc[@]}") ns | $(bench_ratio "$(bench_min "${wc[@]}")" "$(bench_min "${nc[@]}")")× |

Under WASIX \`dlclose\` never unloads, so the cycle finds the library loaded; natively the last
\`dlclose\` unloads it and each cycle loads it again.
MD
cat "$here/results.md"
