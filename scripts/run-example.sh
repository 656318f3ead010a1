#!/usr/bin/env bash
# The main job: build ttt-mlir, compile the paper's TTT-Linear and TTT-MLP
# specs, run each on seeded random inputs, check every output against the
# float64 reference and print the benchmark line.
#   SHAPE=B,H,T (default 1,12,2048), TARGET (default cpu).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh ttt-compile ttt-run
build=${BUILD_DIR:-build}
shape=${SHAPE:-1,12,2048}
target=${TARGET:-cpu}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for spec in examples/ttt_linear.mlir examples/ttt_mlp.mlir; do
  name=$(basename "$spec" .mlir)
  echo "== $name (target $target, B,H,T = $shape)"
  "$build/bin/ttt-compile" "$spec" --target="$target" -o "$out/$name"
  "$build/bin/ttt-run" "$out/$name" --random --seed 0 --shape "$shape" --check --bench
done
