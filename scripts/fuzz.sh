#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (scripts/build-san.sh: clang-22,
# ASan + UBSan) and runs each for a bounded time. Any crash, sanitizer
# report, leak or timeout fails the run; the input is copied to
# test/Fuzz/Inputs/<target>/ (where test/Fuzz/<target>.test replays it in
# the normal build once the bug is fixed) and printed.
#
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   which targets (default "npy manifest bind-run spec";
#                  "spec", the parser, verifier and CPU lowering, builds all
#                  of lib/ a second time with ASan: README)
#   FUZZ_CORPUS    keep the corpora grown here (default: a temporary dir)
# Extra arguments go to every libFuzzer run (e.g. -seed=1).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SAN_BUILD_DIR:-build-san}
seconds=${FUZZ_SECONDS:-60}
read -r -a targets <<<"${FUZZ_TARGETS:-npy manifest bind-run spec}"
scripts/build-san.sh "${targets[@]/#/ttt-fuzz-}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpora=${FUZZ_CORPUS:-$work/corpus}

# Per-target limits. The spec target compiles (parse, verify, the whole CPU
# pipeline down to LLVM IR) inputs that take seconds under ASan on a loaded
# machine; the others must answer in milliseconds. libFuzzer's malloc limit
# (that of -rss_limit_mb) makes any single allocation past it a failure: no
# input of a few KB may make a reader allocate gigabytes (issue 9, item 5).
options() {
  case $1 in
    spec) echo "-timeout=60 -rss_limit_mb=4096 -max_len=4096" ;;
    npy) echo "-timeout=10 -rss_limit_mb=2048 -max_len=4096" ;;
    *) echo "-timeout=10 -rss_limit_mb=2048 -max_len=8192" ;;
  esac
}

status=0
for t in "${targets[@]}"; do
  seeds=fuzz/corpus/$t
  regressions=test/Fuzz/Inputs/$t
  mkdir -p "$corpora/$t" "$work/$t" "$regressions"
  dict=()
  [[ -f fuzz/dict/$t.dict ]] && dict=(-dict="fuzz/dict/$t.dict")
  log=$work/$t.log
  echo "fuzz: ttt-fuzz-$t for ${seconds}s"
  start=$SECONDS
  rc=0
  # New inputs go to the first (scratch) corpus directory; the seeds and the
  # saved crash inputs are read (and so replayed first) but never written.
  # shellcheck disable=SC2046
  ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 \
    UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/bin/ttt-fuzz-$t" "$corpora/$t" "$seeds" "$regressions" \
    -max_total_time="$seconds" $(options "$t") "${dict[@]}" \
    -artifact_prefix="$work/$t/" -print_final_stats=1 "$@" \
    >"$log" 2>&1 || rc=$?
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" |
          grep -Eo '[0-9]+$' || echo "?")
  found=("$work/$t"/*)
  if ((rc)) || [[ -e ${found[0]} ]]; then
    status=1
    echo "fuzz: ttt-fuzz-$t FAILED (exit $rc) after $((SECONDS - start))s:"
    tail -n 60 "$log"
    for f in "${found[@]}"; do
      [[ -e $f ]] || continue
      kept=$regressions/$(basename "$f")
      cp "$f" "$kept"
      echo "fuzz: input saved as $kept (replay: $build/bin/ttt-fuzz-$t $kept)"
    done
  else
    echo "fuzz: ttt-fuzz-$t: $execs executions in $((SECONDS - start))s, no failure"
  fi
done
exit "$status"
