// RUN: ttt-opt %s --ttt-cpu-vectorize-contractions --split-input-file | FileCheck %s
// RUN: ttt-opt %s --ttt-cpu-vectorize-contractions=depth=16 --split-input-file \
// RUN:   | FileCheck %s --check-prefix=DEPTH16
// RUN: ttt-opt %s --ttt-cpu-vectorize-contractions=square-rows=8 \
// RUN:   --split-input-file | FileCheck %s --check-prefix=ROWS8

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

// A contraction into a zero fill (the weight gradient X^T G of a full
// mini-batch): each output block is filled, as a vector, just before its
// reduction loop, which starts from the filled block, and the loops start
// from the fill's own init: the whole output is never filled in memory.

#xt = affine_map<(i, t, j) -> (t, i)>
#g = affine_map<(i, t, j) -> (t, j)>
#out = affine_map<(i, t, j) -> (i, j)>
// CHECK-LABEL: func.func @filled_output
// CHECK-SAME: (%{{.*}}: tensor<16x64xf32>, %{{.*}}: tensor<16x64xf32>, %[[INIT:.*]]: tensor<64x64xf32>)
// CHECK-NOT: linalg.generic
// CHECK: %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<4x64xf32>
// CHECK: scf.for %{{.*}} = %c0 to %c64 step %c4 iter_args(%{{.*}} = %[[INIT]])
// CHECK: %[[BLOCK:.*]] = tensor.extract_slice %{{.*}} [4, 64] [1, 1]
// CHECK: %[[FILLED:.*]] = vector.transfer_write %[[ZERO]], %[[BLOCK]]
// CHECK: scf.for %{{.*}} = %c0 to %c16 step %c4 iter_args(%{{.*}} = %[[FILLED]])
// CHECK: vector.contract
// CHECK-SAME: vector<4x4xf32>, vector<4x64xf32> into vector<4x64xf32>
// CHECK-NOT: linalg.generic
func.func @filled_output(%x: tensor<16x64xf32>, %gs: tensor<16x64xf32>,
                         %init: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      outs(%init : tensor<64x64xf32>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  } -> tensor<64x64xf32>
  %r = linalg.generic {indexing_maps = [#xt, #g, #out],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%x, %gs : tensor<16x64xf32>, tensor<16x64xf32>)
      outs(%c : tensor<64x64xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

// A fill that something else reads too stays; the contraction's blocks go
// to a new tensor, which nothing else may own.

#xt = affine_map<(i, t, j) -> (t, i)>
#g = affine_map<(i, t, j) -> (t, j)>
#out = affine_map<(i, t, j) -> (i, j)>
// CHECK-LABEL: func.func @shared_fill
// CHECK: %[[FILL:.*]] = linalg.generic
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<64x64xf32>
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[EMPTY]])
// CHECK: return %{{.*}}, %[[FILL]]
func.func @shared_fill(%x: tensor<16x64xf32>, %gs: tensor<16x64xf32>,
                       %init: tensor<64x64xf32>)
    -> (tensor<64x64xf32>, tensor<64x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %c = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      outs(%init : tensor<64x64xf32>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  } -> tensor<64x64xf32>
  %r = linalg.generic {indexing_maps = [#xt, #g, #out],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%x, %gs : tensor<16x64xf32>, tensor<16x64xf32>)
      outs(%c : tensor<64x64xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<64x64xf32>
  return %r, %c : tensor<64x64xf32>, tensor<64x64xf32>
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

// A segment's dynamic number of rows (the partial mini-batches at the ends
// of a sequence, every segment of the backward kernel) is cut into blocks
// of `rows` (4), each statically shaped and vectorized like a full
// mini-batch's, and a last partial block (fewer than 4 rows: every decode
// step), taken one row at a time, its 64 reduction steps split between two
// accumulators (4 + 4 registers of 16 lanes) that are added at the end.

#lhs = affine_map<(m, k, n) -> (m, k)>
#rhs = affine_map<(m, k, n) -> (k, n)>
#out = affine_map<(m, k, n) -> (m, n)>
// CHECK-LABEL: func.func @dynamic_rows
// CHECK: %[[ROWS:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: %[[WHOLE:.*]] = affine.apply #{{.*}}()[%c0, %[[ROWS]], %c4]
// CHECK: scf.for %{{.*}} = %c0 to %[[WHOLE]] step %c4
// CHECK: tensor.extract_slice {{.*}} to tensor<4x64xf32>
// CHECK: vector.contract
// CHECK-SAME: vector<4x4xf32>, vector<4x64xf32> into vector<4x64xf32>
// CHECK: scf.for %{{.*}} = %[[WHOLE]] to %[[ROWS]] step %c4
// CHECK: %[[LEFT:.*]] = affine.apply
// CHECK: %[[A:.*]] = tensor.extract_slice %arg0
// CHECK: scf.for %[[ROW:.*]] = %c0 to %[[LEFT]] step %c1 iter_args(%[[C:.*]] =
// CHECK: %[[INIT:.*]] = vector.transfer_read %[[C]][%[[ROW]], %c0]
// CHECK: %[[SUMS:.*]]:2 = scf.for %[[K:.*]] = %c0 to %c64 step %c2
// CHECK-SAME: iter_args(%[[S0:.*]] = %[[INIT]], %[[S1:.*]] = %cst)
// CHECK: %[[X0:.*]] = tensor.extract %[[A]][%[[ROW]], %[[K]]]
// CHECK: %[[B0:.*]] = vector.broadcast %[[X0]] : f32 to vector<64xf32>
// CHECK: %[[W0:.*]] = vector.transfer_read %arg1[%[[K]], %c0]
// CHECK: %[[F0:.*]] = vector.fma %[[B0]], %[[W0]], %[[S0]] : vector<64xf32>
// CHECK: %[[K1:.*]] = arith.addi %[[K]], %c1
// CHECK: tensor.extract %[[A]][%[[ROW]], %[[K1]]]
// CHECK: %[[F1:.*]] = vector.fma %{{.*}}, %{{.*}}, %[[S1]] : vector<64xf32>
// CHECK: scf.yield %[[F0]], %[[F1]]
// CHECK: %[[SUM:.*]] = arith.addf %[[SUMS]]#0, %[[SUMS]]#1 : vector<64xf32>
// CHECK: vector.transfer_write %[[SUM]], %[[C]][%[[ROW]], %c0]
// CHECK-NOT: linalg.generic
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

// Over dynamic rows into a zero fill: each block of rows fills its own
// output, the whole blocks as vectors before their reduction loops; the
// last one's rows start their accumulators at the fill's value; the loops
// over the blocks start from the fill's init. Nothing is filled in memory.

#lhs = affine_map<(m, k, n) -> (m, k)>
#rhs = affine_map<(m, k, n) -> (k, n)>
#out = affine_map<(m, k, n) -> (m, n)>
// CHECK-LABEL: func.func @dynamic_rows_filled
// CHECK-SAME: %[[INIT:[a-z0-9]+]]: tensor<?x64xf32>)
// CHECK-DAG: %[[ROW_ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<64xf32>
// CHECK-DAG: %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<4x64xf32>
// CHECK-NOT: linalg.generic
// CHECK: scf.for %{{.*}} step %c4 iter_args(%{{.*}} = %[[INIT]])
// CHECK: %[[BLOCK:.*]] = tensor.extract_slice {{.*}} to tensor<4x64xf32>
// CHECK: %[[FILLED:.*]] = vector.transfer_write %[[ZERO]], %[[BLOCK]]
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[FILLED]])
// CHECK: vector.contract
// CHECK: scf.for %{{.*}} step %c4 iter_args(
// CHECK-NOT: linalg.fill
// CHECK: scf.for {{.*}} step %c2 iter_args(%{{.*}} = %[[ROW_ZERO]], %{{.*}} = %[[ROW_ZERO]])
// CHECK: vector.fma
// CHECK-NOT: linalg.generic
// CHECK-NOT: linalg.fill
func.func @dynamic_rows_filled(%a: tensor<?x64xf32>, %b: tensor<64x64xf32>,
                               %init: tensor<?x64xf32>) -> tensor<?x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      outs(%init : tensor<?x64xf32>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  } -> tensor<?x64xf32>
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

// The partial row block stays a loop nest where one row already fills 8
// registers (256 columns), and in a backward kernel (one with a cotangent
// argument), whose partial row blocks run only at a sequence's ends.

#lhs = affine_map<(m, k, n) -> (m, k)>
#rhs = affine_map<(m, k, n) -> (k, n)>
#out = affine_map<(m, k, n) -> (m, n)>
// CHECK-LABEL: func.func @wide_rows
// CHECK-NOT: vector.fma
// CHECK: scf.for %{{.*}} step %c4
// CHECK: linalg.generic
// CHECK-SAME: ins({{.*}} : tensor<?x64xf32>, tensor<64x256xf32>)
func.func @wide_rows(%a: tensor<?x64xf32>, %b: tensor<64x256xf32>,
                     %c: tensor<?x256xf32>) -> tensor<?x256xf32> {
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%a, %b : tensor<?x64xf32>, tensor<64x256xf32>)
      outs(%c : tensor<?x256xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<?x256xf32>
  return %r : tensor<?x256xf32>
}

// CHECK-LABEL: func.func @backward_kernel
// CHECK-NOT: vector.fma
// CHECK: scf.for %{{.*}} step %c4
// CHECK: linalg.generic
// CHECK-SAME: ins({{.*}} : tensor<?x64xf32>, tensor<64x64xf32>)
func.func @backward_kernel(
    %a: tensor<?x64xf32>, %b: tensor<64x64xf32>, %c: tensor<?x64xf32>,
    %dz: memref<?x64xf32> {ttt.arg = #ttt.arg<cotangent, z, "Z.grad", ["T", 64]>})
    -> tensor<?x64xf32> {
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

// A weight gradient over a segment of a dynamic number of tokens, written
// G^T X with the reduction first (as ttt-cpu-contraction-loop-order leaves
// it): ordered (row, token, column) and blocked one token per step, the
// token loop innermost so that the 4x64 accumulator is carried across it,
// and X, which runs along the output's rows, as the left operand.

#g = affine_map<(k, i, j) -> (k, j)>
#x = affine_map<(k, i, j) -> (k, i)>
#out = affine_map<(k, i, j) -> (i, j)>
// CHECK-LABEL: func.func @weight_gradient_over_tokens
// CHECK: %[[TOKENS:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: scf.for %{{.*}} = %c0 to %c64 step %c4
// CHECK: scf.for %{{.*}} = %c0 to %[[TOKENS]] step %c1
// CHECK-DAG: %[[G:.*]] = vector.transfer_read {{.*}} vector<1x64xf32>
// CHECK-DAG: %[[X:.*]] = vector.transfer_read {{.*}} vector<1x4xf32>
// CHECK: vector.contract
// CHECK-SAME: iterator_types = ["parallel", "reduction", "parallel"]
// CHECK-SAME: %[[X]], %[[G]], {{.*}} : vector<1x4xf32>, vector<1x64xf32> into vector<4x64xf32>
// CHECK-NOT: linalg.generic
func.func @weight_gradient_over_tokens(%gs: tensor<?x64xf32>, %xs: tensor<?x64xf32>,
                                       %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %r = linalg.generic {indexing_maps = [#g, #x, #out],
                       iterator_types = ["reduction", "parallel", "parallel"]}
      ins(%gs, %xs : tensor<?x64xf32>, tensor<?x64xf32>)
      outs(%c : tensor<64x64xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

// Attention-like weights applied to a segment (A[m, k] over k < m tokens,
// times V[k, n]): dynamic rows and a dynamic reduction. The whole row
// blocks take one token per step.

#lhs = affine_map<(m, k, n) -> (m, k)>
#rhs = affine_map<(m, k, n) -> (k, n)>
#out = affine_map<(m, k, n) -> (m, n)>
// CHECK-LABEL: func.func @dynamic_rows_and_tokens
// CHECK: scf.for %{{.*}} step %c4
// CHECK: vector.contract
// CHECK-SAME: vector<4x1xf32>, vector<1x64xf32> into vector<4x64xf32>
// CHECK: scf.for
// CHECK: linalg.generic
func.func @dynamic_rows_and_tokens(%a: tensor<?x?xf32>, %v: tensor<?x64xf32>,
                                   %c: tensor<?x64xf32>) -> tensor<?x64xf32> {
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%a, %v : tensor<?x?xf32>, tensor<?x64xf32>)
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
// With square-rows=8 (the pipeline's AVX-512 blocks), two blocks of 8 rows
// share the transposed 16x16 blocks of the right input.
// ROWS8-LABEL: func.func @transposed_inputs
// ROWS8: scf.for %{{.*}} = %c0 to %c16 step %c8
// ROWS8: scf.for %{{.*}} = %c0 to %c64 step %c16
// ROWS8: vector.contract
// ROWS8-SAME: vector<8x16xf32>, vector<16x16xf32> into vector<8x16xf32>
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

// Xq Xk^T between two segments of a dynamic number of tokens (every segment
// of a backward kernel's reverse sweep): both output loops are cut into
// blocks of 16 and peeled, so the full blocks are the static square blocks
// above; the partial ones (a last segment shorter than a mini-batch) stay
// loop nests. Left whole, each output was a dot product of 64 ending in a
// horizontal sum.

#lhs = affine_map<(i, j, k) -> (i, k)>
#rhs = affine_map<(i, j, k) -> (j, k)>
#out = affine_map<(i, j, k) -> (i, j)>
// CHECK-LABEL: func.func @transposed_inputs_over_tokens
// CHECK: %[[ROWS:.*]] = tensor.dim %arg0, %c0
// CHECK: %[[COLS:.*]] = tensor.dim %arg1, %c0
// CHECK: %[[WHOLE_ROWS:.*]] = affine.apply #{{.*}}()[%c0, %[[ROWS]], %c16]
// CHECK: scf.for %{{.*}} = %c0 to %[[WHOLE_ROWS]] step %c16
// CHECK: %[[WHOLE_COLS:.*]] = affine.apply #{{.*}}()[%c0, %[[COLS]], %c16]
// CHECK: scf.for %{{.*}} = %c0 to %[[WHOLE_COLS]] step %c16
// CHECK: vector.transfer_write %cst, {{.*}} : vector<16x16xf32>, tensor<16x16xf32>
// CHECK: scf.for %{{.*}} = %c0 to %c64 step %c16
// CHECK: vector.contract
// CHECK-SAME: vector<16x16xf32>, vector<16x16xf32> into vector<16x16xf32>
// CHECK: scf.for %{{.*}} = %[[WHOLE_COLS]] to %[[COLS]] step %c16
// CHECK: linalg.generic
// CHECK-SAME: outs(%{{.*}} : tensor<16x?xf32>)
// CHECK: scf.for %{{.*}} = %[[WHOLE_ROWS]] to %[[ROWS]] step %c16
// CHECK: linalg.generic
// CHECK-SAME: outs(%{{.*}} : tensor<?x?xf32>)
// ROWS8-LABEL: func.func @transposed_inputs_over_tokens
// ROWS8: scf.for %{{.*}} = %c0 to %{{.*}} step %c8
// ROWS8: scf.for %{{.*}} = %c0 to %{{.*}} step %c16
// ROWS8: vector.contract
// ROWS8-SAME: vector<8x16xf32>, vector<16x16xf32> into vector<8x16xf32>
// ROWS8: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c8
func.func @transposed_inputs_over_tokens(%q: tensor<?x64xf32>,
                                         %k: tensor<?x64xf32>,
                                         %c: tensor<?x?xf32>)
    -> tensor<?x?xf32> {
  %zero = arith.constant 0.0 : f32
  %f = linalg.fill ins(%zero : f32) outs(%c : tensor<?x?xf32>)
      -> tensor<?x?xf32>
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%q, %k : tensor<?x64xf32>, tensor<?x64xf32>)
      outs(%f : tensor<?x?xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
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

// -----

// G W^T over a segment's dynamic number of tokens: the rows are cut into
// blocks of `square` (16) rows, so that each whole block gets the 16x16x16
// register blocks of the transposed form, and a partial last block.

#lhs = affine_map<(i, j, k) -> (i, k)>
#rhs = affine_map<(i, j, k) -> (j, k)>
#out = affine_map<(i, j, k) -> (i, j)>
// CHECK-LABEL: func.func @gradient_through_weight_over_tokens
// CHECK: %[[ROWS:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: %[[WHOLE:.*]] = affine.apply #{{.*}}()[%c0, %[[ROWS]], %c16]
// CHECK: scf.for %{{.*}} = %c0 to %[[WHOLE]] step %c16
// CHECK: vector.contract
// CHECK-SAME: vector<16x16xf32>, vector<16x16xf32> into vector<16x16xf32>
// CHECK: scf.for %{{.*}} = %[[WHOLE]] to %[[ROWS]] step %c16
// CHECK-NOT: vector.contract
// CHECK: linalg.generic
func.func @gradient_through_weight_over_tokens(
    %g: tensor<?x64xf32>, %w: tensor<256x64xf32>,
    %c: tensor<?x256xf32>) -> tensor<?x256xf32> {
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%g, %w : tensor<?x64xf32>, tensor<256x64xf32>)
      outs(%c : tensor<?x256xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<?x256xf32>
  return %r : tensor<?x256xf32>
}
