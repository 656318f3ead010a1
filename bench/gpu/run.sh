#!/usr/bin/env bash
# The GPU checks and benchmark, in two halves: artifacts are compiled on a
# machine with MLIR and ptxas, then run on a GPU machine that has the CUDA
# driver, PyTorch and a C++ compiler but no MLIR.
#
#   bench/gpu/run.sh prepare   (compiler machine) builds ttt-compile, compiles
#                              every example for sm_80 and sm_90a (f32 and bf16
#                              io) into $GPU_BENCH_DIR/art, and builds the
#                              runtime-only ttt-run + libttt_runtime.so into
#                              $GPU_BENCH_DIR/rt.
#   bench/gpu/run.sh check     (GPU machine) ttt-run --check over examples x
#                              io types x T a multiple of b or not x --chunks,
#                              then compute-sanitizer (memcheck, and racecheck
#                              and synccheck on TTT-Linear) on one run per
#                              example. Exit status 1 if anything fails.
#   bench/gpu/run.sh bench     (GPU machine) TTT-Linear, B=16 H=32 d=64 b=16,
#                              T in {2048, 8192, 32768}, bf16 io: the compiled
#                              kernel against PyTorch eager and torch.compile
#                              dual forms on the same inputs (bench.py).
#   bench/gpu/run.sh device    (GPU machine) check, then bench.
#
# GPU_BENCH_DIR defaults to build-gpubench in the repository root (ignored by
# git, so a device call can carry it; not $OUT, which the device machine sets
# to its own results folder). On the GPU machine, $GPU_BENCH_DIR/rt is used
# when its
# ttt-run starts there; otherwise the runtime is rebuilt from source with
# -DTTT_RUNTIME_ONLY=ON (cmake, ninja or make, a C++17 compiler).
# Environment: GPU_BENCH_DIR, BUILD_DIR (compiler build, default build), CHIPS
# (default "sm_80 sm_90a"), PYTHON (default python3), BENCH_ARGS (bench.py).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out=${GPU_BENCH_DIR:-$root/build-gpubench}
chips=${CHIPS:-sm_80 sm_90a}
python=${PYTHON:-python3}
examples="ttt_linear ttt_mlp ttt_mlp3_silu_d96"
family="deltanet ttt_linear_gated lact_swiglu"

prepare() {
  local build=${BUILD_DIR:-build}
  BUILD_DIR=$build scripts/build.sh ttt-compile
  rm -rf "$out/art" "$out/specs" && mkdir -p "$out/art" "$out/specs"
  for ex in $examples; do
    cp "examples/$ex.mlir" "$out/specs/$ex.f32.mlir"
    # The same layer with bf16 tokens (the state stays f32).
    sed -e 's/\(timing = #ttt<timing causal>\)}/\1, io_type = bf16}/' "examples/$ex.mlir" \
      > "$out/specs/$ex.bf16.mlir"
    grep -q "io_type = bf16" "$out/specs/$ex.bf16.mlir"
  done
  # f32 only: section 8's variants (bf16 among them), and the wider family.
  for ex in section8_variants $family; do
    cp "examples/$ex.mlir" "$out/specs/$ex.f32.mlir"
  done
  for spec in "$out"/specs/*.mlir; do
    # The f32 TTT-Linear and TTT-MLP with the backward and training pair.
    local kernels=()
    case $(basename "$spec") in
    ttt_linear.f32.mlir | ttt_mlp.f32.mlir) kernels=(--training-pair) ;;
    esac
    for chip in $chips; do
      name=$(basename "$spec" .mlir).$chip
      echo "ttt-compile $name ${kernels[*]}" >&2
      "$build/bin/ttt-compile" "$spec" --target="$chip" "${kernels[@]}" \
        -o "$out/art/$name"
    done
  done
  cmake -S . -B "$out/rt" -G Ninja -DTTT_RUNTIME_ONLY=ON \
    -DCMAKE_BUILD_TYPE=Release >/dev/null
  ninja -C "$out/rt" ttt-run >/dev/null
  grep -h "spill" "$out"/art/*/ptxas.log | sort | uniq -c >&2
  # Dynamic shared memory is an unsized extern array: a static size would
  # push the MLP kernels (filled to the opt-in maximum) over the limit.
  if grep -E "Potential out of bound|[1-9][0-9]* bytes smem" \
      "$out"/art/*/ptxas.log >&2; then
    echo "bench/gpu/run.sh: a kernel has static shared memory" >&2
    exit 1
  fi
  du -sh "$out" >&2
}

# The runtime-only ttt-run: the carried one if it runs here, else rebuilt.
runtime() {
  if "$out/rt/bin/ttt-run" --help >/dev/null 2>&1; then
    echo "$out/rt"
    return
  fi
  local rt=/tmp/ttt-gpubench-rt
  echo "bench/gpu/run.sh: rebuilding the runtime in $rt" >&2
  if command -v ninja >/dev/null; then
    cmake -S . -B "$rt" -G Ninja -DTTT_RUNTIME_ONLY=ON \
      -DCMAKE_BUILD_TYPE=Release >/dev/null
    ninja -C "$rt" ttt-run >/dev/null
  else
    cmake -S . -B "$rt" -DTTT_RUNTIME_ONLY=ON -DCMAKE_BUILD_TYPE=Release \
      >/dev/null
    make -C "$rt" -j"$(nproc)" ttt-run >/dev/null
  fi
  echo "$rt"
}

check() {
  local rt
  rt=$(runtime)
  "$python" bench/gpu/checks.py --ttt-run "$rt/bin/ttt-run" --artifacts "$out/art"
}

bench() {
  local rt
  rt=$(runtime)
  "$python" bench/gpu/bench.py --runtime "$rt/lib/libttt_runtime.so" \
    --artifact "$out/art/ttt_linear.bf16.sm_90a" ${BENCH_ARGS:-}
}

case "${1:-}" in
prepare) prepare ;;
check) check ;;
bench) bench ;;
device)
  status=0
  check || status=$?
  bench || status=$?
  exit $status
  ;;
*)
  sed -n '2,27p' "$0" >&2
  exit 2
  ;;
esac
