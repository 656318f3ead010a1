// RUN: ttt-opt %s --ttt-entry-points --split-input-file | FileCheck %s

// A lowered layer gets @<name>_prefill_memref: every input, then every
// output, as a memref. Inputs are read as restrict tensors, the results are
// materialized straight into the output buffers, and the tensor kernel
// becomes private.

// CHECK-LABEL: func.func private @layer(
// CHECK-SAME: %{{.*}}: tensor<?x64xf32>, %{{.*}}: tensor<64x64xf32>, %{{.*}}: tensor<i64>) -> (tensor<?x64xf32>, tensor<64x64xf32>)
// CHECK: return

// CHECK-LABEL: func.func @layer_prefill_memref(
// CHECK-SAME: %[[X:[^:]*]]: memref<?x64xf32>, %[[W:[^:]*]]: memref<64x64xf32>, %[[STEP:[^:]*]]: memref<i64>,
// CHECK-SAME: %[[Y:[^:]*]]: memref<?x64xf32>, %[[W_OUT:[^:]*]]: memref<64x64xf32>)
// CHECK-SAME: attributes {llvm.emit_c_interface}
// CHECK: %[[XT:.*]] = bufferization.to_tensor %[[X]] restrict : memref<?x64xf32> to tensor<?x64xf32>
// CHECK: %[[WT:.*]] = bufferization.to_tensor %[[W]] restrict : memref<64x64xf32> to tensor<64x64xf32>
// CHECK: %[[STEPT:.*]] = bufferization.to_tensor %[[STEP]] restrict : memref<i64> to tensor<i64>
// CHECK: %[[R:.*]]:2 = call @layer(%[[XT]], %[[WT]], %[[STEPT]])
// CHECK: bufferization.materialize_in_destination %[[R]]#0 in restrict writable %[[Y]]
// CHECK: bufferization.materialize_in_destination %[[R]]#1 in restrict writable %[[W_OUT]]
// CHECK-NEXT: return
func.func @layer(%x: tensor<?x64xf32>, %w: tensor<64x64xf32>, %step: tensor<i64>)
    -> (tensor<?x64xf32>, tensor<64x64xf32>) {
  return %x, %w : tensor<?x64xf32>, tensor<64x64xf32>
}

// -----

// The kernel's argument and result descriptions (#ttt.arg) stay with the
// memref arguments that stand for them: the results' after the inputs'.
// CHECK-LABEL: func.func @described_prefill_memref(
// CHECK-SAME: %{{[^:]*}}: memref<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [4]>},
// CHECK-SAME: %{{[^:]*}}: memref<i64> {ttt.arg = #ttt.arg<input, position, "position", []>},
// CHECK-SAME: %{{[^:]*}}: memref<i64> {ttt.arg = #ttt.arg<output, position, "position", []>})
func.func @described(
    %ts: tensor<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [4]>},
    %p: tensor<i64> {ttt.arg = #ttt.arg<input, position, "position", []>})
    -> (tensor<i64> {ttt.arg = #ttt.arg<output, position, "position", []>}) {
  return %p : tensor<i64>
}

// -----

// Private functions and declarations are not layers: no entry point.

// CHECK-LABEL: func.func private @helper(
// CHECK-LABEL: func.func private @declaration(
// CHECK-NOT: _prefill_memref
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
func.func private @declaration(tensor<4xf32>) -> tensor<4xf32>

// -----

// A function that already is an entry point (it has llvm.emit_c_interface)
// stays public and gets no entry point of its own.

// CHECK-LABEL: func.func @done_prefill_memref(
// CHECK-SAME: attributes {llvm.emit_c_interface}
// CHECK-NOT: func.func
func.func @done_prefill_memref(%x: memref<4xf32>, %y: memref<4xf32>)
    attributes {llvm.emit_c_interface} {
  return
}

