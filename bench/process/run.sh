#!/usr/bin/env bash
# run.sh — process-creation benchmarks (see README.md in this directory):
# fork+waitpid and posix_spawn+waitpid latency under wasix-run vs native,
# and the size/speed cost of asyncify. Writes results.md and summary.tsv (see ../lib.sh) next to
# this file. run.sh [--quick]: --quick takes fewer iterations (N_FORK 10, N_SPAWN 5).
# Env: WASIX_DIST (default <repo>/dist), N_FORK (50), N_SPAWN (20), N_COMPUTE (200000).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
DIST=${WASIX_DIST:-$root/dist}
quick=$([ "${1:-}" = --quick ] && echo 1 || echo "")
N_FORK=${N_FORK:-$([ -n "$quick" ] && echo 10 || echo 50)}
N_SPAWN=${N_SPAWN:-$([ -n "$quick" ] && echo 5 || echo 20)}
N_COMPUTE=${N_COMPUTE:-200000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir bin

cc -O2 -o native "$here/procbench.c"
"$DIST/bin/wasix-clang" -O2 -fwasix-asyncify "$here/procbench.c" -o bin/async.wasm
"$DIST/bin/wasix-clang" -O2 -fno-wasix-asyncify "$here/procbench.c" -o bin/plain.wasm
RUN="$DIST/bin/wasix-run"

num() { sed -n 's/^[a-z]*: \([0-9.]*\) us$/\1/p'; }
n_fork=$(./native fork "$N_FORK" | num)
n_spawn=$(./native spawn "$N_SPAWN" ./native | num)
n_comp=$(./native compute "$N_COMPUTE" | num)
w_fork=$("$RUN" bin/async.wasm fork "$N_FORK" | num)
w_spawn=$("$RUN" --dir "$work/bin:/workspace/bin" bin/async.wasm spawn "$N_SPAWN" /workspace/bin/plain.wasm | num)
w_spawnfork=$("$RUN" --dir "$work/bin:/workspace/bin" bin/async.wasm spawnfork "$N_SPAWN" /workspace/bin/plain.wasm | num)
w_rawspawn=$("$RUN" --dir "$work/bin:/workspace/bin" bin/async.wasm rawspawn "$N_SPAWN" /workspace/bin/plain.wasm | num)
n_vforkexec=$(./native vforkexec "$N_SPAWN" ./native | num)
w_vforkexec=$("$RUN" --dir "$work/bin:/workspace/bin" bin/async.wasm vforkexec "$N_SPAWN" /workspace/bin/plain.wasm | num)
w_forkexec=$("$RUN" --dir "$work/bin:/workspace/bin" bin/async.wasm forkexec "$N_SPAWN" /workspace/bin/plain.wasm | num)
w_comp_async=$("$RUN" bin/async.wasm compute "$N_COMPUTE" | num)
w_comp_plain=$("$RUN" bin/plain.wasm compute "$N_COMPUTE" | num)
size_async=$(stat -c %s bin/async.wasm)
size_plain=$(stat -c %s bin/plain.wasm)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
ratio2() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

bench_summary_start "$here/summary.tsv"
bench_row fork "fork + _exit + waitpid" "$w_fork" "$n_fork" us "native (cc -O2)"
bench_row spawn "posix_spawn + waitpid" "$w_spawn" "$n_spawn" us "native (cc -O2)"
bench_row spawn_floor "posix_spawn + waitpid against the runtime's own spawn" "$w_spawn" "$w_rawspawn" us "raw proc_spawn2 + waitpid"
bench_row spawn_forkexec "posix_spawn's fork + exec path + waitpid against the runtime's own spawn" "$w_spawnfork" "$w_rawspawn" us "raw proc_spawn2 + waitpid" "" "" 1
bench_row vforkexec "vfork + exec + waitpid against fork + exec + waitpid" "$w_vforkexec" "$w_forkexec" us "fork + exec + waitpid (the same guest)"
bench_row vforkexec_native "vfork + exec + waitpid" "$w_vforkexec" "$n_vforkexec" us "native (cc -O2)" "" "" 1
bench_row asyncify_size "module size, asyncified (can fork) against not" "$size_async" "$size_plain" B "the same program without asyncify" "" "" 1
bench_row asyncify_loop "call-heavy loop, asyncified against not" "$w_comp_async" "$w_comp_plain" us "the same program without asyncify" "" "" 1
bench_summary_end

cat > "$here/results.md" <<MD
# Process benchmarks — $(date -u +%Y-%m-%d), $(uname -m), $(nproc) cores

| operation | native | wasix-run | ratio |
|---|---:|---:|---:|
| fork + _exit + waitpid ($N_FORK×) | $n_fork µs | $w_fork µs | $(ratio "$w_fork" "$n_fork")× |
| posix_spawn + waitpid ($N_SPAWN×) | $n_spawn µs | $w_spawn µs | $(ratio "$w_spawn" "$n_spawn")× |
| vfork + exec + waitpid ($N_SPAWN×) | $n_vforkexec µs | $w_vforkexec µs | $(ratio "$w_vforkexec" "$n_vforkexec")× |

vfork + exec against fork + exec in the same guest (fork copies the memory and needs asyncify;
vfork borrows it, over \`proc_fork_env\`): $w_vforkexec µs against $w_forkexec µs, $(ratio2 "$w_vforkexec" "$w_forkexec")×.

posix_spawn against the runtime's own spawn (\`proc_spawn2\` called directly + \`waitpid\`), in the
same run: the libc's spawn (over \`proc_spawn2\`) and its fork + exec path (still taken for
\`POSIX_SPAWN_SETPGROUP\`/\`SETSID\`):

| operation | wasix-run | vs raw proc_spawn2 |
|---|---:|---:|
| raw proc_spawn2 + waitpid | $w_rawspawn µs | 1.0× |
| posix_spawn + waitpid | $w_spawn µs | $(ratio2 "$w_spawn" "$w_rawspawn")× |
| posix_spawn (fork + exec path) + waitpid | $w_spawnfork µs | $(ratio2 "$w_spawnfork" "$w_rawspawn")× |

Asyncify (the same procbench.c, \`-fwasix-asyncify\` vs \`-fno-wasix-asyncify\`; the plain one
cannot fork):

| | without | with | ratio |
|---|---:|---:|---:|
| module size | $size_plain B | $size_async B | $(ratio "$size_async" "$size_plain")× |
| call-heavy loop, per iteration ($N_COMPUTE×) | $w_comp_plain µs | $w_comp_async µs | $(ratio "$w_comp_async" "$w_comp_plain")× |
| (native, same loop) | $n_comp µs | | |
MD
cat "$here/results.md"
