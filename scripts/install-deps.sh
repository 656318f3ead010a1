#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build and test ttt-mlir:
# MLIR/LLVM 22 (Debian's llvm-22 packages), CMake, Ninja, a C/C++ compiler,
# Eigen (the hand-written baseline of the CPU benchmark), Python 3 (lit),
# for the Python package ttt_mlir and its tests PyTorch, numpy, pytest,
# matplotlib (bench/plot_latency.py) and pkg-config (test/Install), and
# clang-22 with its sanitizer and libFuzzer runtimes (libclang-rt-22-dev)
# for scripts/sanitize.sh and scripts/fuzz.sh, and mimalloc, the compilers'
# malloc (cmake/FastMalloc.cmake; optional, about 10% of a compile).
# Debian's python3-torch is built for a generic BLAS and takes whichever
# libblas.so.3 the system provides: libopenblas0-pthread replaces the
# reference BLAS (a 2048x128x512 matmul 80 -> 14 ms on one thread), so that
# the PyTorch contenders of bench/ are not timing that BLAS, and the
# Python tests run faster.
# The CUDA 13 toolkit (ptxas) is expected at /usr/local/cuda; GPU tests are
# skipped without it. Safe to run repeatedly: it installs only what is missing.
set -euo pipefail

packages=(libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools
          cmake ninja-build g++ python3 libeigen3-dev
          python3-torch python3-numpy python3-pytest python3-matplotlib
          pkgconf clang-22 libclang-rt-22-dev libmimalloc-dev
          libopenblas0-pthread)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "install-deps: MLIR $(/usr/lib/llvm-22/bin/mlir-opt --version | grep -o 'version [0-9.]*')"
