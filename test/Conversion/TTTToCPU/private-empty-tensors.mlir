// RUN: ttt-opt %s --ttt-cpu-private-empty-tensors --split-input-file | FileCheck %s

// One empty tensor that CSE left shared by three inits: the first use keeps
// it, the other two get clones placed right after it.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @three_uses
// CHECK: %[[E0:.*]] = tensor.empty() : tensor<16x64xf32>
// CHECK: %[[E1:.*]] = tensor.empty() : tensor<16x64xf32>
// CHECK: %[[E2:.*]] = tensor.empty() : tensor<16x64xf32>
// CHECK-NOT: tensor.empty
// CHECK-DAG: outs(%[[E0]] :
// CHECK-DAG: outs(%[[E1]] :
// CHECK-DAG: outs(%[[E2]] :
// CHECK: return
func.func @three_uses(%a: tensor<16x64xf32>) -> (tensor<16x64xf32>, tensor<16x64xf32>, tensor<16x64xf32>) {
  %e = tensor.empty() : tensor<16x64xf32>
  %x = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.mulf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  %z = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%y : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.subf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %x, %y, %z : tensor<16x64xf32>, tensor<16x64xf32>, tensor<16x64xf32>
}

// -----

// Dynamic sizes: the clone takes the same size operand.
// CHECK-LABEL: func.func @each_init_private
// CHECK: %[[E0:.*]] = tensor.empty(%[[N:.*]]) : tensor<?x8xf32>
// CHECK: %[[E1:.*]] = tensor.empty(%[[N]]) : tensor<?x8xf32>
// CHECK-DAG: outs(%[[E0]] : tensor<?x8xf32>)
// CHECK-DAG: outs(%[[E1]] : tensor<?x8xf32>)
#id = affine_map<(i, j) -> (i, j)>
func.func @each_init_private(%a: tensor<?x8xf32>, %n: index) -> (tensor<?x8xf32>, tensor<?x8xf32>) {
  %e = tensor.empty(%n) : tensor<?x8xf32>
  %x = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<?x8xf32>) outs(%e : tensor<?x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<?x8xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x8xf32>) outs(%e : tensor<?x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.negf %in : f32
    linalg.yield %s : f32
  } -> tensor<?x8xf32>
  return %x, %y : tensor<?x8xf32>, tensor<?x8xf32>
}

// -----

// An empty tensor with one use, or none, is left alone.
// CHECK-LABEL: func.func @single_use
// CHECK-NEXT: tensor.empty() : tensor<8xf32>
// CHECK-NEXT: tensor.empty() : tensor<4xf32>
// CHECK-NEXT: linalg.copy
func.func @single_use(%a: tensor<4xf32>) -> tensor<4xf32> {
  %unused = tensor.empty() : tensor<8xf32>
  %e = tensor.empty() : tensor<4xf32>
  %c = linalg.copy ins(%a : tensor<4xf32>) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}
