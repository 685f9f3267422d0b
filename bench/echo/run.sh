#!/usr/bin/env bash
# bench/echo/run.sh - loopback echo throughput: examples/echo-server built for
# WASIX and run by wasix-run, against the same source built natively.
# Requests per second for 64 B and 64 KiB messages with 1 and 16 clients,
# and the guest/native ratio. The load generator (echo-client.c) is native.
#
# Usage: bench/echo/run.sh [SECONDS]      (default 3 per measurement)
# Environment: WASIX_DIST (default <repo>/dist), CC (default cc),
#              WASIX_CC / WASIX_RUN (default $WASIX_DIST/bin/wasix-clang, wasix-run)
# Ports 47180 (native) and 47181 (guest).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
dist=${WASIX_DIST:-$root/dist}
wasix_cc=${WASIX_CC:-$dist/bin/wasix-clang}
wasix_run=${WASIX_RUN:-$dist/bin/wasix-run}
cc=${CC:-cc}
secs=${1:-3}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

src="$root/examples/echo-server/echo-server.c"
"$cc" -O2 -pthread "$here/echo-client.c" -o "$work/echo-client"
"$cc" -O2 "$src" -o "$work/echo-server-native"
"$wasix_cc" -O2 "$src" -o "$work/echo-server.wasm"

wait_port() {
  for _ in $(seq 1 200); do
    (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0
    sleep 0.05
  done
  echo "server on port $1 did not start" >&2
  return 1
}

"$work/echo-server-native" 47180 > /dev/null 2>&1 & pids+=($!)
"$wasix_run" "$work/echo-server.wasm" 47181 > /dev/null 2> "$work/guest.err" & pids+=($!)
wait_port 47180
wait_port 47181

printf '%-8s %-7s %14s %14s %8s %12s %12s\n' size clients native_rps guest_rps ratio native_MiB/s guest_MiB/s
for size in 64 65536; do
  for clients in 1 16; do
    read -r n_rps n_mib _ < <("$work/echo-client" 127.0.0.1 47180 "$size" "$clients" "$secs")
    read -r g_rps g_mib _ < <("$work/echo-client" 127.0.0.1 47181 "$size" "$clients" "$secs")
    ratio=$(awk -v g="$g_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", (n > 0 ? g / n : 0) }')
    label=$([ "$size" = 64 ] && echo "64B" || echo "64KiB")
    printf '%-8s %-7s %14s %14s %8s %12s %12s\n' "$label" "$clients" "$n_rps" "$g_rps" "$ratio" "$n_mib" "$g_mib"
  done
done
