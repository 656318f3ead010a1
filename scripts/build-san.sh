#!/usr/bin/env bash
# Configures and builds the clang-22 sanitizer + fuzzing build into
# ${SAN_BUILD_DIR:-build-san}: ASan and UBSan on all of ttt-mlir's own code
# (-DTTT_FUZZ=ON, cmake/Sanitize.cmake) plus libFuzzer's coverage hooks, so
# that one build serves scripts/sanitize.sh and scripts/fuzz.sh.
# Arguments: the ninja targets to build.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SAN_BUILD_DIR:-build-san}
if [[ ! -f $build/build.ninja ]]; then
  launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -G Ninja -S . -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DTTT_FUZZ=ON \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit "${launcher[@]}" >/dev/null
fi
ninja -C "$build" ${JOBS:+-j "$JOBS"} "$@"
