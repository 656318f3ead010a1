// RUN: ttt-opt %s --split-input-file --ttt-gpu-fuse-elementwise | FileCheck %s

// An elementwise producer with one use is fused into its consumer, as by
// linalg-fuse-elementwise-ops.
// CHECK-LABEL: func.func @fused
// CHECK: linalg.generic
// CHECK: math.exp
// CHECK: arith.mulf
// CHECK-NOT: linalg.generic
#id = affine_map<(d0) -> (d0)>
func.func @fused(%x: tensor<8xf32>, %y: tensor<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = math.exp %in : f32
    linalg.yield %v : f32
  } -> tensor<8xf32>
  %b = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%a, %y : tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %in2: f32, %out: f32):
    %v = arith.mulf %in, %in2 : f32
    linalg.yield %v : f32
  } -> tensor<8xf32>
  return %b : tensor<8xf32>
}

// -----

// A producer that accumulates into its init (`acc + x`), read by a consumer
// that also loops over another dim (j): fused, the accumulation would be
// done once per j. It stays a producer of its own.
// CHECK-LABEL: func.func @accumulation_not_recounted
// CHECK: %[[ACC:.*]] = linalg.generic
// CHECK: arith.addf %out, %in
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[ACC]]
#id = affine_map<(d0) -> (d0)>
#along_i = affine_map<(d0, d1) -> (d0)>
#along_j = affine_map<(d0, d1) -> (d1)>
func.func @accumulation_not_recounted(%x: tensor<8xf32>, %acc: tensor<8xf32>,
                                      %init: tensor<4xf32>) -> tensor<4xf32> {
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%acc : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.addf %out, %in : f32
    linalg.yield %v : f32
  } -> tensor<8xf32>
  %b = linalg.generic {indexing_maps = [#along_i, #along_j],
                       iterator_types = ["reduction", "parallel"]}
      ins(%a : tensor<8xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.addf %out, %in : f32
    linalg.yield %v : f32
  } -> tensor<4xf32>
  return %b : tensor<4xf32>
}

// -----

// The same producer read elementwise (each of its elements at one point of
// the consumer) is fused.
// CHECK-LABEL: func.func @accumulation_elementwise
// CHECK: linalg.generic
// CHECK-NOT: linalg.generic
#id = affine_map<(d0) -> (d0)>
func.func @accumulation_elementwise(%x: tensor<8xf32>, %acc: tensor<8xf32>)
    -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%acc : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.addf %out, %in : f32
    linalg.yield %v : f32
  } -> tensor<8xf32>
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%a : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = math.exp %in : f32
    linalg.yield %v : f32
  } -> tensor<8xf32>
  return %b : tensor<8xf32>
}
