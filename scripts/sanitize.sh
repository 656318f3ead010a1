#!/usr/bin/env bash
# The runtime, ttt-run, the reference and the CPU kernels under ASan + UBSan:
# builds scripts/build-san.sh's clang build and runs the Runtime and
# Integration/CPU lit tests with it (the kernels that ttt-compile writes
# there are instrumented too: --asan-kernels). Fails on any failing test and
# on any sanitizer report, each of which is also written to a log file and
# printed here, so that none can hide behind an ignored exit status.
# Extra arguments go to lit (e.g. a subset: scripts/sanitize.sh -- Runtime).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SAN_BUILD_DIR:-build-san}
scripts/build-san.sh ttt-compile ttt-run ttt-reference-test
suites=(Runtime)
if [[ ${1:-} == -- ]]; then
  shift
  suites=("$@")
fi
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
status=0
TTT_SANITIZER_LOG=$logs/report /usr/lib/llvm-22/bin/lit -s \
  "${suites[@]/#/$build/test/}" || status=$?
reports=("$logs"/report*)
if [[ -e ${reports[0]} ]]; then
  echo "sanitize: ${#reports[@]} sanitizer report(s):"
  cat "${reports[@]}"
  status=1
fi
if ((status)); then
  echo "sanitize: FAILED"
else
  echo "sanitize: no failure, no sanitizer report"
fi
exit "$status"
