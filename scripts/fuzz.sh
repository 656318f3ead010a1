#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (scripts/build-san.sh: clang-22,
# ASan + UBSan) and runs each for a bounded time. Any crash, sanitizer
# report, leak or timeout fails the run; the input is copied to
# test/Fuzz/Inputs/<target>/ (where test/Fuzz/<target>.test replays it in
# the normal build once the bug is fixed) and printed.
#
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   which targets (default "npy manifest bind-run")
#   FUZZ_CORPUS    keep the corpora grown here (default: a temporary dir)
# Extra arguments go to every libFuzzer run (e.g. -seed=1).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SAN_BUILD_DIR:-build-san}
seconds=${FUZZ_SECONDS:-60}
read -r -a targets <<<"${FUZZ_TARGETS:-npy manifest bind-run}"
scripts/build-san.sh "${targets[@]/#/ttt-fuzz-}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpora=${FUZZ_CORPUS:-$work/corpus}

# Per-target limits. The spec target compiles (parse, verify, the whole CPU
# pipeline) inputs that take seconds under ASan on a loaded machine; the
# others must answer in milliseconds.
#
# ASAN_OPTIONS for npy: a .npy header that declares up to 2^62 elements makes
# ttt-run allocate (and zero) that much before it checks the file's size
# (issue 9, item 5, being fixed in the runtime). Until then allocations over
# 1 GiB fail (ttt-run then reports "out of memory") instead of counting as a
# crash; every other kind of report still fails the run.
options() {
  case $1 in
    spec) echo "-timeout=60 -rss_limit_mb=4096 -max_len=4096" ;;
    npy) echo "-timeout=10 -rss_limit_mb=2048 -max_len=4096" ;;
    *) echo "-timeout=10 -rss_limit_mb=2048 -max_len=8192" ;;
  esac
}
asan_options() {
  local common=detect_leaks=1:strict_string_checks=1
  case $1 in
    npy) echo "$common:allocator_may_return_null=1:max_allocation_size_mb=1024" ;;
    *) echo "$common" ;;
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
  ASAN_OPTIONS=$(asan_options "$t") UBSAN_OPTIONS=print_stacktrace=1 \
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
