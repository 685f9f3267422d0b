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
set +e
ctest --test-dir "$BUILD" --output-on-failure -j "${WASIX_TEST_JOBS:-2}" "${filter[@]}"
status=$?
set -e
exit "$status"
