#!/usr/bin/env bash
# The CPU benchmark: builds ttt-compile and ttt-bench, compiles the paper's
# TTT-Linear and TTT-MLP and DeltaNet (examples/), and runs ttt-bench: the compiled kernel,
# a hand-written Eigen dual form and a PyTorch eager dual form (when
# /usr/bin/python3 imports torch: apt-get install python3-torch) on the same
# inputs, each checked against the float64 reference, at B=1 H=12 d=64 b=16,
# T in {512, 2048, 8192}, fp32, every core. Prints one table.
#   BUILD_DIR (default build); arguments go to ttt-bench (--help), e.g.
#   bench/run.sh --T 512,2048 --repeats 20
#   bench/run.sh --plot latency.png --T 512,2048 --decode 512,2048
# --plot PNG (first): also writes every row to PNG's name with .json
# (ttt-bench --json) and draws it with bench/plot_latency.py (needs
# /usr/bin/python3 with matplotlib: apt-get install python3-matplotlib).
set -euo pipefail
png=
if [ "${1:-}" = --plot ]; then
  [ $# -ge 2 ] || { echo "bench/run.sh: --plot needs a PNG path" >&2; exit 2; }
  png=$2
  shift 2
fi
cd "$(dirname "$0")/.."
scripts/install-deps.sh >/dev/null
build=${BUILD_DIR:-build}
BUILD_DIR=$build scripts/build.sh ttt-compile
if ! ninja -C "$build" -t query ttt-bench >/dev/null 2>&1; then
  echo "bench/run.sh: no ttt-bench target in $build (Eigen 3 not found" \
       "by CMake: apt-get install libeigen3-dev, then re-run)" >&2
  exit 1
fi
BUILD_DIR=$build scripts/build.sh ttt-bench
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for name in ttt_linear ttt_mlp deltanet; do
  "$build/bin/ttt-compile" "examples/$name.mlir" --target=cpu -o "$out/$name"
done
if [ -z "$png" ]; then
  "$build/bin/ttt-bench" "$out/ttt_linear" "$out/ttt_mlp" "$out/deltanet" "$@"
  exit
fi
json=${png%.png}.json
# The table still decides the exit status; the picture is drawn whenever
# ttt-bench wrote a report (also when a contender missed the tolerance).
rc=0
"$build/bin/ttt-bench" "$out/ttt_linear" "$out/ttt_mlp" "$out/deltanet" \
  --json "$out/report.json" "$@" || rc=$?
if [ -f "$out/report.json" ]; then
  /usr/bin/python3 bench/plot_latency.py "$out/report.json" -o "$png" \
    --title "${PLOT_TITLE:-}"
  tmp=$(mktemp "$json.tmp-XXXXXX")
  cp "$out/report.json" "$tmp" && chmod 644 "$tmp" && mv "$tmp" "$json"
  echo "bench/run.sh: wrote $json and $png"
fi
exit $rc
