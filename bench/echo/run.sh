#!/usr/bin/env bash
# bench/echo/run.sh [--quick] [SECONDS] - loopback echo: examples/echo-server (epoll,
# edge-triggered, non-blocking) built natively and for WASIX, and raw-echo-server.cpp (blocking,
# the raw WASIX imports through <wasix/sockets.hpp>: the runtime's floor) for WASIX, all driven
# by the native load generator echo-client.c (CLIENTS connections doing request/response round
# trips of SIZE bytes). Measures, in one run:
#   - the guest epoll server against the native one (64 B and 64 KiB, 1 and 16 clients);
#   - the epoll server against the raw floor, 1 client (raw served on the main thread: no thread
#     hop), medians of REPEATS alternating pairs; and with 16 clients (raw: a thread per connection);
#   - runtime calls per message of both: each runs a second time with count.mjs preloaded, which
#     counts the imports the guest calls; snapshots before and after a load give the calls it made.
# SECONDS per measurement (default 3, --quick 1). Writes results.md and summary.tsv next to this
# file (see ../lib.sh).
# Env: WASIX_DIST (default <repo>/dist), CC (default cc), REPEATS (default 3, --quick 1).
# Ports 47180-47186.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib.sh"
dist=${WASIX_DIST:-$root/dist}
run="$dist/bin/wasix-run"
cc=${CC:-cc}
quick=""
[ "${1:-}" = --quick ] && { quick=1; shift; }
secs=${1:-$([ -n "$quick" ] && echo 1 || echo 3)}
REPEATS=${REPEATS:-$([ -n "$quick" ] && echo 1 || echo 3)}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
BENCH_NODE=$(bench_node "$dist")

src="$root/examples/echo-server/echo-server.c"
"$cc" -O2 -pthread "$here/echo-client.c" -o "$work/echo-client"
"$cc" -O2 "$src" -o "$work/echo-server-native"
"$dist/bin/wasix-clang" -O2 "$src" -o "$work/echo-server.wasm"
"$dist/bin/wasix-clang++" -O2 "$here/raw-echo-server.cpp" -o "$work/raw-echo-server.wasm"
counting=$(bench_node_with --import "$here/count.mjs")

wait_port() {
  for _ in $(seq 1 600); do
    (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "server on port $1 did not start" >&2
  return 1
}
start() {  # PORT [ENV=VALUE...] COMMAND... (in the background, its pid kept for cleanup)
  local port=$1; shift
  env "$@" > /dev/null 2>> "$work/servers.err" & pids+=($!)
  eval "pid_$port=$!"
}
start 47180 "$work/echo-server-native" 47180
start 47181 WASIX_SDK_NODE="$BENCH_NODE" "$run" "$work/echo-server.wasm" 47181
start 47182 WASIX_SDK_NODE="$BENCH_NODE" "$run" "$work/raw-echo-server.wasm" 47182 seq
# A thread per connection: the runtime threads of ended connections stay parked for the next ones
# (a pool as large as the clients), and a warm-up below starts them before anything is timed.
start 47183 WASIX_SDK_NODE="$BENCH_NODE" "$run" --env WASIX_THREAD_POOL=32 "$work/raw-echo-server.wasm" 47183
start 47184 WASIX_SDK_NODE="$counting" WASIX_BENCH_COUNT="$work/count-47184" "$run" "$work/echo-server.wasm" 47184
start 47185 WASIX_SDK_NODE="$counting" WASIX_BENCH_COUNT="$work/count-47185" "$run" "$work/raw-echo-server.wasm" 47185 seq
start 47186 WASIX_SDK_NODE="$counting" WASIX_BENCH_COUNT="$work/count-47186" "$run" --env WASIX_THREAD_POOL=32 "$work/raw-echo-server.wasm" 47186
for p in 47180 47181 47182 47183 47184 47185 47186; do wait_port "$p"; done

rps() { "$work/echo-client" 127.0.0.1 "$1" "$2" "$3" "$secs" | cut -d' ' -f1; }  # PORT SIZE CLIENTS
requests() { "$work/echo-client" 127.0.0.1 "$1" "$2" "$3" "$secs" | cut -d' ' -f3; }
label() { [ "$1" = 64 ] && echo "64 B" || echo "64 KiB"; }

bench_summary_start "$here/summary.tsv"
native_rows=""
for size in 64 65536; do
  for clients in 1 16; do
    n=$(rps 47180 "$size" "$clients"); g=$(rps 47181 "$size" "$clients")
    detail=$([ "$size" = 64 ] || echo 1)
    bench_row "echo_native_${size}_$clients" "echo round trips/s, epoll server, $(label "$size"), $clients client(s)" "$g" "$n" "req/s" "the same server built natively" "" "" "$detail"
    native_rows+=$'\n'"| $(label "$size") | $clients | $n | $g | $(bench_ratio "$g" "$n" 3) |"
  done
done

floor_rows=""
for size in 64 65536; do
  e=() r=()
  for ((i = 0; i < REPEATS; i++)); do e+=("$(rps 47181 "$size" 1)"); r+=("$(rps 47182 "$size" 1)"); done
  em=$(bench_median "${e[@]}"); rm_=$(bench_median "${r[@]}")
  bench_row "echo_floor_${size}_1" "echo round trips/s, epoll server vs raw blocking server, $(label "$size"), 1 client" "$em" "$rm_" "req/s" "raw-echo-server (raw imports, blocking)" ">=0.95"
  floor_rows+=$'\n'"| $(label "$size") | 1 (raw: main thread) | $rm_ | $em | $(bench_ratio "$em" "$rm_") |"
done
# Starting a runtime thread takes a new worker (hundreds of ms on a loaded machine): warm up.
rps 47183 64 16 > /dev/null; sleep 1
e16=$(rps 47181 64 16); r16=$(rps 47183 64 16)
bench_row "echo_floor_64_16" "echo round trips/s, epoll server vs raw blocking server, 64 B, 16 clients" "$e16" "$r16" "req/s" "raw-echo-server, a thread per connection (warm pool)" "" "" 1
floor_rows+=$'\n'"| 64 B | 16 (raw: a thread each) | $r16 | $e16 | $(bench_ratio "$e16" "$r16") |"

# Runtime calls per message: PORT CLIENTS -> "calls/message" and the per-import table in $work.
snapshot() {  # PORT -> copies the server's next count snapshot to $work/snap-PORT-N
  local port=$1 pid file before
  pid=$(eval echo "\$pid_$port"); file="$work/count-$port"
  before=$(head -1 "$file" 2>/dev/null || true)
  kill -USR2 "$pid"
  for _ in $(seq 1 200); do
    [ -f "$file" ] && [ "$(head -1 "$file")" != "$before" ] && { cat "$file"; return 0; }
    sleep 0.05
  done
  echo "run.sh: no count snapshot from port $port" >&2; exit 1
}
calls_per_message() {  # PORT CLIENTS NAME
  local a b n
  a=$(snapshot "$1"); n=$(requests "$1" 64 "$2"); b=$(snapshot "$1")
  awk -v n="$n" -v name="$3" -v out="$work/calls-$3" '
    FNR == 1 { file++; next }
    file == 1 { before[$1] = $2; next }
    { d = $2 - before[$1]; if (d > 0) { per[$1] = d / n; total += d } }
    END { for (k in per) printf "%s %.3f\n", k, per[k] > out; printf "%.3f\n", total / n }' \
    <(printf '%s\n' "$a") <(printf '%s\n' "$b")
}
ce=$(calls_per_message 47184 1 epoll1); cr=$(calls_per_message 47185 1 raw1)
requests 47186 64 16 > /dev/null; sleep 1
ce16=$(calls_per_message 47184 16 epoll16); cr16=$(calls_per_message 47186 16 raw16)
bench_row echo_calls_1 "runtime calls per echoed message, epoll server vs raw, 64 B, 1 client" "$ce" "$cr" "calls" "raw-echo-server"
bench_row echo_calls_16 "runtime calls per echoed message, epoll server vs raw, 64 B, 16 clients" "$ce16" "$cr16" "calls" "raw-echo-server, a thread per connection" "" "" 1
bench_summary_end

imports=$(cat "$work"/calls-* | cut -d' ' -f1 | sort -u)
calls_table="| import | epoll, 1 client | raw, 1 client | epoll, 16 clients | raw, 16 clients |
|---|---:|---:|---:|---:|"
for i in $imports; do
  row="| \`${i#*.}\`"
  for c in epoll1 raw1 epoll16 raw16; do row+=" | $(awk -v k="$i" '$1 == k { print $2 }' "$work/calls-$c")"; done
  calls_table+=$'\n'"$row |"
done
calls_table+=$'\n'"| **total** | **$ce** | **$cr** | **$ce16** | **$cr16** |"

node_v=$("$run" --version 2>/dev/null | head -1 || echo "?")
report="# Loopback echo — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)

\`bench/echo/run.sh${quick:+ --quick} $secs\` with \`$node_v\`: $secs s per measurement; round trips per second.

The guest epoll server (\`examples/echo-server\`) against the same source built natively:

| size | clients | native | guest | guest / native |
|---|---:|---:|---:|---:|$native_rows

The epoll server against the raw blocking server (\`raw-echo-server.cpp\`, the runtime's floor;
1 client: medians of $REPEATS alternating runs):

| size | clients | raw | epoll | epoll / raw (goal ≥ 0.95) |
|---|---|---:|---:|---:|$floor_rows

Runtime calls per echoed message, 64 B (the imports the guest called between two snapshots,
divided by the round trips; \`count.mjs\` wraps every import of the guest; connection set-up is
included and negligible):

$calls_table
"
printf '%s\n' "$report" | tee "$here/results.md"
