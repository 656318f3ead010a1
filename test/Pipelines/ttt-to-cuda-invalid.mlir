// RUN: not ttt-opt %examples/ttt_linear.mlir --ttt-to-cuda=chip=sm_12 2>&1 \
// RUN:   | FileCheck %s
// RUN: not ttt-opt %examples/ttt_linear.mlir --ttt-to-gpu-kernels=chip=sm_12 2>&1 \
// RUN:   | FileCheck %s

// An unknown chip is reported, and ttt-opt fails instead of printing the
// module unchanged.

// CHECK: ttt-to-cuda: unknown chip 'sm_12' (expected sm_80 or sm_90a)
// CHECK-NOT: gpu.module

// RUN: not ttt-opt %examples/ttt_linear.mlir --ttt-to-gpu-kernels='emulate-on-cpu emulated-thread-order=sideways' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ORDER
// ORDER: ttt-to-cuda: unknown emulated-thread-order 'sideways' (expected 'reversed' or 'random')

// The training pair is built from the backward: asked for alone, refused.
// RUN: not ttt-opt %examples/ttt_linear.mlir --ttt-to-gpu-kernels='training-pair' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PAIR
// PAIR: ttt-to-cuda: training-pair needs backward
// PAIR-NOT: gpu.module
