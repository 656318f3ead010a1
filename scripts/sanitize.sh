#!/usr/bin/env bash
# The runtime, ttt-run, the reference and the CPU kernels under ASan + UBSan:
# builds scripts/build-san.sh's clang build and runs the Runtime and
# Integration/CPU lit tests with it. The kernels that ttt-compile writes
# there are instrumented too (--asan-kernels); the compiler itself is the
# normal build's. Fails on any failing test and
# on any sanitizer report, each of which is also written to a log file and
# printed here, so that none can hide behind an ignored exit status.
# "-- SUITE..." runs other suites of test/ (e.g. scripts/sanitize.sh -- Runtime).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SAN_BUILD_DIR:-build-san}
scripts/build-san.sh ttt-run ttt-reference-test ttt-abi-test
# The kernels are instrumented by the normal build's compiler (which
# scripts/test.sh builds anyway): ttt-compile --asan-kernels.
scripts/build.sh ttt-compile
compiler=$PWD/${BUILD_DIR:-build}/bin/ttt-compile
suites=(Runtime Integration/CPU)
if [[ ${1:-} == -- ]]; then
  shift
  suites=("$@")
fi
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
status=0
TTT_SANITIZER_LOG=$logs/report /usr/lib/llvm-22/bin/lit -s \
  --param ttt_compile="$compiler" \
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
