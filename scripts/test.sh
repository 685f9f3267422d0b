#!/usr/bin/env bash
# test.sh — build everything (as main.sh does) and run every test with ctest.
# The exit status is ctest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh
BUILD="${WASIX_BUILD_DIR:-build}"
DIST="${WASIX_DIST_DIR:-dist}"

# The one-minute fuzz run (label fuzz-long) runs in CI only (CI=true) or when
# WASIX_TEST_FUZZ=1, the release tarball's test (label release-long, 2-3 minutes) in CI or
# when WASIX_TEST_RELEASE=1, the long ports (label ports-long: SQLite, fmt, Redis; about 50
# minutes cold) only when WASIX_TEST_PORTS=1 (bash ports/run.sh runs every
# port too); everything else runs always, two at a time by default.
skip=()
if [ "${CI:-}" != true ] && [ "${WASIX_TEST_FUZZ:-0}" != 1 ]; then skip+=(fuzz-long); fi
if [ "${CI:-}" != true ] && [ "${WASIX_TEST_RELEASE:-0}" != 1 ]; then skip+=(release-long); fi
if [ "${WASIX_TEST_PORTS:-0}" != 1 ]; then skip+=(ports-long); fi
filter=()
if [ ${#skip[@]} -gt 0 ]; then filter=(-LE "^($(IFS='|'; echo "${skip[*]}"))\$"); fi
# Guests run on warm run servers (wasix-run's WASIX_SDK_RUN_SERVER), as a user's test suite
# would; the runner's own cases run both ways (runner.* single, runner.server.* served). The
# servers end on their own after 30 s without a run; the ones of this test run are stopped here.
# (A directory the caller chose is left alone.)
dirs=("$BUILD/tests/runner/run-servers")
if [ -z "${WASIX_SDK_RUN_SERVER:-}" ]; then
  export WASIX_SDK_RUN_SERVER="$(cd "$BUILD" && pwd)/run-servers"
  dirs+=("$WASIX_SDK_RUN_SERVER")
fi
stop_servers() {
  local dir slot
  for dir in "${dirs[@]}"; do
    for slot in "$dir"/slot.*; do
      [ -f "$slot" ] && kill "$(cat "$slot")" 2>/dev/null || true
    done
  done
}
trap stop_servers EXIT
# Servers use a directory only when it is the user's own and closed to others.
for dir in "${dirs[@]}"; do mkdir -p "$dir" && chmod 700 "$dir"; done
set +e
ctest --test-dir "$BUILD" --output-on-failure -j "${WASIX_TEST_JOBS:-2}" "${filter[@]}"
status=$?
set -e
exit "$status"
