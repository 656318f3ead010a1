// RUN: ttt-opt %examples/ttt_linear.mlir --ttt-to-cpu=backward=false \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DUAL \
// RUN:       --implicit-check-not='{{[ =](ttt|func|arith|math|tensor|bufferization|linalg|vector|scf|affine|memref|cf)\.[a-z_]+}}' \
// RUN:       --implicit-check-not=unrealized_conversion_cast --implicit-check-not=memrefCopy
// RUN: ttt-opt %examples/ttt_linear.mlir --ttt-to-cpu='form=primal backward=false' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,PRIMAL \
// RUN:       --implicit-check-not='{{[ =](ttt|func|arith|math|tensor|bufferization|linalg|vector|scf|affine|memref|cf)\.[a-z_]+}}' \
// RUN:       --implicit-check-not=unrealized_conversion_cast --implicit-check-not=memrefCopy

// The whole pipeline on TTT-Linear (the prefill; the backward kernel is
// tested in test/Integration/CPU/backward.test), in either form: only LLVM dialect ops
// remain (no op of an upstream dialect, no cast left unreconciled, no call
// into MLIR's runner utilities), with the memref entry point, its C
// interface and the packed `void ttt_linear_prefill(void **args)` kernel,
// the one function that is not internal.
// The static temporaries live in a workspace, the last argument, which the
// entry point carves into views for its body. The dual form's state may be
// bound in place (ttt-cpu-in-place-state); the primal form reads its state
// inputs beyond the copy into the outputs, so its may not.

// CHECK-LABEL: llvm.func internal @ttt_linear_prefill_memref(
// CHECK-SAME: attributes {llvm.emit_c_interface, ttt.cpu_workspace_bytes = {{[0-9]+}}
// DUAL-SAME: : i64, ttt.in_place_outputs = ["W1", "b1", "W1.grad_sum", "b1.grad_sum"]}
// PRIMAL-SAME: : i64}
// CHECK: llvm.call @ttt_linear_prefill_memref_body(

// CHECK-LABEL: llvm.func internal @_mlir_ciface_ttt_linear_prefill_memref(
// CHECK-SAME: attributes {llvm.emit_c_interface, ttt.cpu_workspace_bytes = {{[0-9]+}}
// DUAL-SAME: : i64, ttt.in_place_outputs = ["W1", "b1", "W1.grad_sum", "b1.grad_sum"]}
// PRIMAL-SAME: : i64}

// 12 inputs, 6 outputs and the workspace (docs/ArtifactFormat.md):
// args[0] .. args[18].
// CHECK-LABEL: llvm.func @ttt_linear_prefill(
// CHECK-SAME: %[[ARGS:.*]]: !llvm.ptr) {
// CHECK: llvm.getelementptr %[[ARGS]][0] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: llvm.getelementptr %[[ARGS]][18] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK-NOT: llvm.getelementptr
// CHECK: llvm.call @_mlir_ciface_ttt_linear_prefill_memref({{(%[0-9]+, ){18}%[0-9]+}})
// CHECK-NEXT: llvm.return

// The body takes every temporary's aligned pointer as a noalias argument
// (ttt-cpu-noalias-temporaries), and no attribute is left for it. Only the
// entry point calls it: it is internal to the LLVM module.
// CHECK-LABEL: llvm.func internal @ttt_linear_prefill_memref_body(
// CHECK-SAME: !llvm.ptr {llvm.noalias}
// CHECK-NOT: ttt.cpu_noalias_pointers

// The dual form's statically shaped contractions are register-blocked
// vector FMAs on vector loads.
// DUAL: llvm.load %{{.*}} -> vector<{{[0-9]+}}xf32>
// DUAL: llvm.intr.fmuladd(%{{.*}}, %{{.*}}, %{{.*}}) : (vector<[[W:[0-9]+]]xf32>, vector<[[W]]xf32>, vector<[[W]]xf32>) -> vector<[[W]]xf32>
