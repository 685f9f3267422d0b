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
best() { printf '%s\n' "$@" | sort -g | head -1; }

bench_summary_start "$here/summary.tsv"
bench_row load "dlopen of a side module, first load" "$(best "${wl[@]}")" "$(best "${nl[@]}")" us "native (cc -O2, a .so)"
bench_row dlsym "dlsym of a function" "$(best "${ws[@]}")" "$(best "${ns[@]}")" ns "native (cc -O2, a .so)"
bench_row cycle "dlopen + dlsym + dlclose of a loaded library (never unloaded under WASIX)" "$(best "${wc[@]}")" "$(best "${nc[@]}")" ns "native (cc -O2; unloads and loads again)" "" "" 1
bench_summary_end

cat > "$here/results.md" <<MD
# Dynamic loading — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)

\`bench/dl/run.sh\`: \`dlbench.c\` ($N lookups and cycles), best of 3.

| | native | wasix-run | ratio |
|---|---:|---:|---:|
| first dlopen (load) | $(best "${nl[@]}") µs | $(best "${wl[@]}") µs | $(bench_ratio "$(best "${wl[@]}")" "$(best "${nl[@]}")")× |
| dlsym | $(best "${ns[@]}") ns | $(best "${ws[@]}") ns | $(bench_ratio "$(best "${ws[@]}")" "$(best "${ns[@]}")")× |
| dlopen + dlsym + dlclose | $(best "${nc[@]}") ns | $(best "${wc[@]}") ns | $(bench_ratio "$(best "${wc[@]}")" "$(best "${nc[@]}")")× |

Under WASIX \`dlclose\` never unloads, so the cycle finds the library loaded; natively the last
\`dlclose\` unloads it and each cycle loads it again.
MD
cat "$here/results.md"
