// RUN: ttt-opt %s --ttt-cpu-vectorize-contractions --split-input-file | FileCheck %s
// RUN: ttt-opt %s --ttt-cpu-vectorize-contractions=depth=16 --split-input-file \
// RUN:   | FileCheck %s --check-prefix=DEPTH16

// A [16x64] x [64x64] matmul becomes 4x64 output blocks with `depth` (4)
// reduction steps per vector.contract (loop-invariant-subset-hoisting, next
// in the pipeline, then keeps each block's accumulator in registers across
// the reduction loop).

#lhs = affine_map<(m, k, n) -> (m, k)>
#rhs = affine_map<(m, k, n) -> (k, n)>
#out = affine_map<(m, k, n) -> (m, n)>
// CHECK-LABEL: func.func @matmul
// CHECK: scf.for %{{.*}} = %c0 to %c16 step %c4
// CHECK: scf.for %{{.*}} = %c0 to %c64 step %c4
// CHECK: vector.contract
// CHECK-SAME: vector<4x4xf32>, vector<4x64xf32> into vector<4x64xf32>
// CHECK-NOT: linalg.generic
// DEPTH16-LABEL: func.func @matmul
// DEPTH16: scf.for %{{.*}} = %c0 to %c64 step %c16
// DEPTH16: vector.contract
// DEPTH16-SAME: vector<4x16xf32>, vector<16x64xf32> into vector<4x64xf32>
func.func @matmul(%a: tensor<16x64xf32>, %b: tensor<64x64xf32>,
                  %c: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%a, %b : tensor<16x64xf32>, tensor<64x64xf32>)
      outs(%c : tensor<16x64xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %r : tensor<16x64xf32>
}

// -----

// Block sizes divide the loop ranges, and column blocks are powers of two:
// d = 96 gives 32-wide ones (48 lanes made slow AVX-512 code).

#lhs = affine_map<(m, k, n) -> (m, k)>
#rhs = affine_map<(m, k, n) -> (k, n)>
#out = affine_map<(m, k, n) -> (m, n)>
// CHECK-LABEL: func.func @odd_width
// CHECK: vector.contract
// CHECK-SAME: vector<4x4xf32>, vector<4x32xf32> into vector<4x32xf32>
func.func @odd_width(%a: tensor<16x96xf32>, %b: tensor<96x96xf32>,
                     %c: tensor<16x96xf32>) -> tensor<16x96xf32> {
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%a, %b : tensor<16x96xf32>, tensor<96x96xf32>)
      outs(%c : tensor<16x96xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<16x96xf32>
  return %r : tensor<16x96xf32>
}

// -----

// The partial mini-batches at the ends of a sequence have dynamic row
// counts; they stay scalar loop nests.

#lhs = affine_map<(m, k, n) -> (m, k)>
#rhs = affine_map<(m, k, n) -> (k, n)>
#out = affine_map<(m, k, n) -> (m, n)>
// CHECK-LABEL: func.func @dynamic_rows
// CHECK-NOT: vector.contract
// CHECK: linalg.generic
func.func @dynamic_rows(%a: tensor<?x64xf32>, %b: tensor<64x64xf32>,
                        %c: tensor<?x64xf32>) -> tensor<?x64xf32> {
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%a, %b : tensor<?x64xf32>, tensor<64x64xf32>)
      outs(%c : tensor<?x64xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<?x64xf32>
  return %r : tensor<?x64xf32>
}

// -----

// Elementwise ops and row reductions (LayerNorm) are left to the loop path.

#id = affine_map<(m, n) -> (m, n)>
#row = affine_map<(m, n) -> (m)>
// CHECK-LABEL: func.func @row_sum
// CHECK-NOT: vector.
// CHECK: linalg.generic
func.func @row_sum(%a: tensor<16x64xf32>, %c: tensor<16xf32>) -> tensor<16xf32> {
  %r = linalg.generic {indexing_maps = [#id, #row],
                       iterator_types = ["parallel", "reduction"]}
      ins(%a : tensor<16x64xf32>) outs(%c : tensor<16xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %acc, %x : f32
    linalg.yield %s : f32
  } -> tensor<16xf32>
  return %r : tensor<16xf32>
}

// -----

// Xq Xk^T: both inputs run along the reduction only, so each block's inputs
// are transposed by the outer-product lowering; square 16x16x16 blocks over
// all the rows transpose every input element once.

#lhs = affine_map<(i, j, k) -> (i, k)>
#rhs = affine_map<(i, j, k) -> (j, k)>
#out = affine_map<(i, j, k) -> (i, j)>
// CHECK-LABEL: func.func @transposed_inputs
// CHECK: scf.for %{{.*}} = %c0 to %c64 step %c16
// CHECK: vector.contract
// CHECK-SAME: vector<16x16xf32>, vector<16x16xf32> into vector<16x16xf32>
// CHECK-NOT: linalg.generic
func.func @transposed_inputs(%q: tensor<16x64xf32>, %k: tensor<16x64xf32>,
                             %c: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%q, %k : tensor<16x64xf32>, tensor<16x64xf32>)
      outs(%c : tensor<16x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<16x16xf32>
  return %r : tensor<16x16xf32>
}

// -----

// G W^T in an MLP's backward pass ([16x64] x [256x64]^T): 16x16 output
// blocks, 16 reduction steps each.

#lhs = affine_map<(i, j, k) -> (i, k)>
#rhs = affine_map<(i, j, k) -> (j, k)>
#out = affine_map<(i, j, k) -> (i, j)>
// CHECK-LABEL: func.func @gradient_through_weight
// CHECK: scf.for %{{.*}} = %c0 to %c256 step %c16
// CHECK: vector.contract
// CHECK-SAME: vector<16x16xf32>, vector<16x16xf32> into vector<16x16xf32>
func.func @gradient_through_weight(%g: tensor<16x64xf32>, %w: tensor<256x64xf32>,
                                   %c: tensor<16x256xf32>) -> tensor<16x256xf32> {
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%g, %w : tensor<16x64xf32>, tensor<256x64xf32>)
      outs(%c : tensor<16x256xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<16x256xf32>
  return %r : tensor<16x256xf32>
}
