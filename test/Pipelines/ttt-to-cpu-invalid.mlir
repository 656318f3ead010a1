// RUN: not ttt-opt %examples/ttt_linear.mlir --ttt-to-cpu=form=bogus 2>&1 \
// RUN:   | FileCheck %s

// An unknown form is reported, and ttt-opt fails instead of printing the
// module unchanged.

// CHECK: ttt-to-cpu: unknown form 'bogus' (expected 'dual' or 'primal')
// CHECK-NOT: llvm.func

// RUN: not ttt-opt %examples/ttt_linear.mlir --ttt-to-cpu=vector-bits=100 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BITS
// BITS: ttt-to-cpu: vector-bits must be 0 (the host's), 128, 256 or 512, not 100
// BITS-NOT: llvm.func
