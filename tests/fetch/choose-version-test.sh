#!/usr/bin/env bash
# choose-version-test.sh FETCH_SOURCES_SH
#
# Checks the version choice of fetch-sources.sh --choose-version: the pinned
# version while the archive offers it, else the newest Debian revision of the
# same upstream release with one line saying so, else an error.
set -uo pipefail

script=${1:?usage: $0 FETCH_SOURCES_SH}
pass=0 fail=0
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

# expect NAME RC STDOUT STDERR_REGEX -- ARGS...: runs the choice and compares
# the exit code, the whole of stdout, and stderr (empty when the regex is '').
expect() {
  local name=$1 want_rc=$2 want_out=$3 want_err=$4 rc problems=()
  shift 5
  bash "$script" --choose-version "$@" >"$out" 2>"$err"
  rc=$?
  [[ $rc == "$want_rc" ]] || problems+=("exit code $rc, expected $want_rc")
  [[ "$(cat "$out")" == "$want_out" ]] || problems+=("stdout '$(cat "$out")', expected '$want_out'")
  if [[ -z $want_err ]]; then
    [[ ! -s $err ]] || problems+=("unexpected stderr")
  else
    [[ $(wc -l <"$err") -eq 1 ]] || problems+=("stderr has $(wc -l <"$err") lines, expected 1")
    grep -Eq -- "$want_err" "$err" || problems+=("stderr does not match /$want_err/")
  fi
  if ((${#problems[@]})); then
    fail=$((fail + 1))
    echo "FAIL $name: ${problems[*]}"
    sed 's/^/  stderr: /' "$err"
  else
    pass=$((pass + 1))
    echo "ok   $name"
  fi
}

llvm="llvm-toolchain-19"
pin=1:19.1.7-3~deb12u1

expect "pinned offered: pinned" 0 "$pin" '' -- \
  $llvm "$pin" 1:19.1.7-3~deb12u2 "$pin" 1:19.1.8-1
expect "pinned offered alone: pinned" 0 "$pin" '' -- \
  $llvm "$pin" "$pin"

expect "pinned gone: the newer revision of 19.1.7" 0 1:19.1.7-3~deb12u2 \
  "^fetch-sources: using $llvm 1:19\.1\.7-3~deb12u2 instead of the pinned 1:19\.1\.7-3~deb12u1: .*upstream 19\.1\.7$" -- \
  $llvm "$pin" 1:19.1.7-3~deb12u2 1:19.1.8-1
expect "pinned gone: the newest of several revisions (Debian order: u10 > u2)" 0 1:19.1.7-3~deb12u10 \
  "^fetch-sources: using $llvm 1:19\.1\.7-3~deb12u10 instead of the pinned $pin" -- \
  $llvm "$pin" 1:19.1.7-3~deb12u2 1:19.1.7-3~deb12u10 1:19.1.7-2 1:19.1.8-1 1:20.1.0-1
expect "pinned gone: only an older revision of 19.1.7" 0 1:19.1.7-3~deb12u0 \
  "^fetch-sources: using $llvm 1:19\.1\.7-3~deb12u0 instead of the pinned $pin" -- \
  $llvm "$pin" 1:19.1.7-3~deb12u0
expect "pinned gone, no epoch: wasi-libc's next revision" 0 0.0~git20220510.9886d3d-2+deb12u1 \
  "^fetch-sources: using wasi-libc 0\.0~git20220510\.9886d3d-2\+deb12u1 instead of the pinned 0\.0~git20220510\.9886d3d-2" -- \
  wasi-libc 0.0~git20220510.9886d3d-2 0.0~git20220510.9886d3d-2+deb12u1 0.0~git20230113.4362b18-1

expect "only other upstream releases: error" 1 "" \
  "^fetch-sources: error: $llvm: .*neither the pinned $pin nor another Debian revision of upstream 19\.1\.7" -- \
  $llvm "$pin" 1:19.1.8-1 1:19.1.6-2
expect "same upstream without the epoch is another release: error" 1 "" \
  "^fetch-sources: error: $llvm: " -- \
  $llvm "$pin" 19.1.7-3~deb12u2
expect "nothing offered: error" 1 "" \
  "^fetch-sources: error: $llvm: .*\(it offers: nothing\)" -- \
  $llvm "$pin"
expect "too few arguments: usage" 2 "" "^usage: " -- \
  $llvm

echo "$pass passed, $fail failed"
((fail == 0))
