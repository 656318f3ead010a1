#!/usr/bin/env bash
# Every test: installs what is missing, builds, runs the lit suite
# (ninja check-ttt) and the Python package's pytest tests, and ends with one
# line "N passed, M failed, K skipped" counting both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build=${BUILD_DIR:-build}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
/usr/lib/llvm-22/bin/lit -sv "$build/test" 2>&1 | tee "$log" || status=$?
count() { grep -Eo "^ *$1 *: *[0-9]+" "$log" | grep -Eo '[0-9]+$' || echo 0; }
passed=$(count Passed)
failed=$(( $(count Failed) + $(count Unresolved) + $(count 'Timed Out') + $(count 'Unexpectedly Passed') ))
skipped=$(( $(count Unsupported) + $(count 'Expectedly Failed') ))

# The Python package's tests (python/tests, Debian's python3-torch), counted
# test by test with the lit tests.
pylog=$(mktemp)
trap 'rm -f "$log" "$pylog"' EXIT
TTT_MLIR_PREFIX=$(realpath "$build") PYTHONPATH=python \
  /usr/bin/python3 -m pytest -q -p no:cacheprovider python/tests 2>&1 | tee "$pylog" || status=1
pycount() { grep -Eo "[0-9]+ $1" "$pylog" | tail -1 | grep -Eo '^[0-9]+' || echo 0; }
passed=$(( passed + $(pycount passed) ))
failed=$(( failed + $(pycount failed) + $(pycount error) ))
skipped=$(( skipped + $(pycount skipped) ))
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
