// RUN: ttt-opt %s --ttt-cpu-private-fills --split-input-file | FileCheck %s

// One zero fill shared by two contractions: the second in program order gets
// its own copy, so that neither write makes bufferization copy the other's
// zeros. (In program order: the use list's order is not in the IR's text,
// and earlier rewrites such as elementwise fusion change it.)

#lhs = affine_map<(i, j, k) -> (i, k)>
#rhs = affine_map<(i, j, k) -> (k, j)>
#out = affine_map<(i, j, k) -> (i, j)>
// CHECK-LABEL: func.func @two_accumulators
// CHECK: %[[F1:.*]] = linalg.fill
// CHECK-NEXT: linalg.matmul {{.*}}outs(%[[F1]]
// CHECK-NEXT: %[[F2:.*]] = linalg.fill
// CHECK-NEXT: linalg.matmul {{.*}}outs(%[[F2]]
func.func @two_accumulators(%a: tensor<16x64xf32>, %b: tensor<64x64xf32>,
                            %c: tensor<64x64xf32>) -> (tensor<16x64xf32>, tensor<16x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<16x64xf32>) -> tensor<16x64xf32>
  %x = linalg.matmul ins(%a, %b : tensor<16x64xf32>, tensor<64x64xf32>) outs(%f : tensor<16x64xf32>) -> tensor<16x64xf32>
  %y = linalg.matmul ins(%a, %c : tensor<16x64xf32>, tensor<64x64xf32>) outs(%f : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %x, %y : tensor<16x64xf32>, tensor<16x64xf32>
}

// -----

// The generic form of a fill, shared by a tiled contraction's loop (its
// loop-carried output) and a row reduction; it is also returned, so every
// writer gets a copy and the original keeps its zeros.

#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
#vec = affine_map<(i) -> (i)>
// CHECK-LABEL: func.func @generic_fill_three_uses
// CHECK: %[[F:.*]] = linalg.generic {{.*}}outs(%{{.*}} : tensor<16xf32>)
// CHECK: %[[F1:.*]] = linalg.generic {{.*}}outs(%{{.*}} : tensor<16xf32>)
// CHECK: scf.for {{.*}}iter_args(%{{.*}} = %[[F1]])
// CHECK: %[[F2:.*]] = linalg.generic {{.*}}outs(%{{.*}} : tensor<16xf32>)
// CHECK: linalg.generic {{.*}}outs(%[[F2]] : tensor<16xf32>)
// CHECK: return %[[F]],
func.func @generic_fill_three_uses(%x: tensor<16x64xf32>, %n: index)
    -> (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %e = tensor.empty() : tensor<16xf32>
  %f = linalg.generic {indexing_maps = [#vec], iterator_types = ["parallel"]}
      outs(%e : tensor<16xf32>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  } -> tensor<16xf32>
  %l = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %f) -> (tensor<16xf32>) {
    %s = tensor.insert %zero into %acc[%i] : tensor<16xf32>
    scf.yield %s : tensor<16xf32>
  }
  %r = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<16x64xf32>) outs(%f : tensor<16xf32>) {
  ^bb0(%v: f32, %o: f32):
    %a = arith.addf %v, %o : f32
    linalg.yield %a : f32
  } -> tensor<16xf32>
  return %f, %l, %r : tensor<16xf32>, tensor<16xf32>, tensor<16xf32>
}

// -----

// A fill with one writer stays as it is.

// CHECK-LABEL: func.func @single_use
// CHECK-COUNT-1: linalg.fill
// CHECK-NOT: linalg.fill
func.func @single_use(%a: tensor<16x64xf32>, %b: tensor<64x64xf32>) -> tensor<16x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<16x64xf32>) -> tensor<16x64xf32>
  %x = linalg.matmul ins(%a, %b : tensor<16x64xf32>, tensor<64x64xf32>) outs(%f : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %x : tensor<16x64xf32>
}

// -----

// Only fills are cloned: a computed init shared by two writers is left to
// bufferization.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @computed_init_not_cloned
// CHECK-COUNT-1: arith.negf
// CHECK-NOT: arith.negf
func.func @computed_init_not_cloned(%a: tensor<16x64xf32>, %b: tensor<64x64xf32>)
    -> (tensor<16x64xf32>, tensor<16x64xf32>) {
  %e = tensor.empty() : tensor<16x64xf32>
  %n = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %m = arith.negf %v : f32
    linalg.yield %m : f32
  } -> tensor<16x64xf32>
  %x = linalg.matmul ins(%a, %b : tensor<16x64xf32>, tensor<64x64xf32>) outs(%n : tensor<16x64xf32>) -> tensor<16x64xf32>
  %y = linalg.matmul ins(%a, %b : tensor<16x64xf32>, tensor<64x64xf32>) outs(%n : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %x, %y : tensor<16x64xf32>, tensor<16x64xf32>
}
