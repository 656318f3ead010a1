// RUN: ttt-opt %s --ttt-reverse-mode | FileCheck %s

// With `ttt.taped = [1]` the pass also splits @f_vjp's work between a
// forward run that saves a tape and a reverse sweep that reads it: the
// tape holds the contractions that result 1 (`s = x^T tanh(x w)`) needs,
// here `z = x w` alone. The query side's `p = tanh(z) w`, which only
// result 0 needs, is not taped: the functions that read the tape compute
// it again from `z` (its VJP needs `p`).
// The attribute is dropped with ttt.differentiate.
// CHECK-LABEL: func.func @f(
// CHECK-NOT: ttt.taped
// CHECK-LABEL: func.func @f_taped(
// CHECK-SAME: %[[W:[a-z0-9]+]]: tensor<4x4xf32>, %[[X:[a-z0-9]+]]: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<4x4xf32>, tensor<?x4xf32>)
// CHECK: %[[Z:.*]] = linalg.matmul ins(%[[X]], %[[W]] :
// CHECK: %[[S:.*]] = linalg.matmul indexing_maps
// CHECK: %[[Y:.*]] = linalg.generic
// CHECK: return %[[Y]], %[[S]], %[[Z]]
// CHECK-LABEL: func.func @f_from_tape(
// CHECK-SAME: %[[W:[a-z0-9]+]]: tensor<4x4xf32>, %[[X:[a-z0-9]+]]: tensor<?x4xf32>, %[[Z:[a-z0-9]+]]: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<4x4xf32>)
// CHECK-NOT: ins(%[[X]], %[[W]] :
// CHECK: %[[T:.*]] = linalg.generic {{.*}} ins(%[[Z]] : tensor<?x4xf32>)
// CHECK: linalg.matmul indexing_maps = {{.*}} ins(%[[X]], %[[T]] :
// CHECK: linalg.matmul ins(%[[T]], %[[W]] :
// CHECK: return
// CHECK-LABEL: func.func @f_taped_vjp(
// CHECK-SAME: %[[W:[a-z0-9]+]]: tensor<4x4xf32>, %[[X:[a-z0-9]+]]: tensor<?x4xf32>, %[[Z:[a-z0-9]+]]: tensor<?x4xf32>, %[[DY:[a-z0-9]+]]: tensor<?x4xf32>, %[[DS:[a-z0-9]+]]: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<?x4xf32>)
// CHECK-NOT: ins(%[[X]], %[[W]] :
// CHECK: %[[T:.*]] = linalg.generic {{.*}} ins(%[[Z]] : tensor<?x4xf32>)
// CHECK: %[[P:.*]] = linalg.matmul ins(%[[T]], %[[W]] :
// CHECK: linalg.generic {{.*}} ins(%[[P]], %[[DY]] :
// CHECK-NOT: ins(%[[X]], %[[W]] :
// CHECK: return
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @f(%w: tensor<4x4xf32>, %x: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<4x4xf32>)
    attributes {ttt.differentiate, ttt.taped = array<i64: 1>} {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %n = tensor.dim %x, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%n) : tensor<?x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?x4xf32>) -> tensor<?x4xf32>
  %z = linalg.matmul ins(%x, %w : tensor<?x4xf32>, tensor<4x4xf32>) outs(%f : tensor<?x4xf32>) -> tensor<?x4xf32>
  %t = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%z : tensor<?x4xf32>) outs(%e : tensor<?x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.tanh %a : f32
    linalg.yield %r : f32
  } -> tensor<?x4xf32>
  %e2 = tensor.empty() : tensor<4x4xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<4x4xf32>) -> tensor<4x4xf32>
  %s = linalg.matmul indexing_maps = [affine_map<(i, j, k) -> (k, i)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>]
      ins(%x, %t : tensor<?x4xf32>, tensor<?x4xf32>) outs(%f2 : tensor<4x4xf32>) -> tensor<4x4xf32>
  %p = linalg.matmul ins(%t, %w : tensor<?x4xf32>, tensor<4x4xf32>) outs(%f : tensor<?x4xf32>) -> tensor<?x4xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%p : tensor<?x4xf32>) outs(%e : tensor<?x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.tanh %a : f32
    linalg.yield %r : f32
  } -> tensor<?x4xf32>
  return %y, %s : tensor<?x4xf32>, tensor<4x4xf32>
}
