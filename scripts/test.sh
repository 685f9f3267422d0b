#!/usr/bin/env bash
# test.sh — build everything (as main.sh does) and run every test with ctest.
# The exit status is ctest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh
BUILD="${WASIX_BUILD_DIR:-build}"
DIST="${WASIX_DIST_DIR:-dist}"

set +e
ctest --test-dir "$BUILD" --output-on-failure -j "${WASIX_TEST_JOBS:-1}"
status=$?
set -e
exit "$status"
