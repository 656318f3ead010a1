// RUN: ttt-opt %s --ttt-cpu-contraction-loop-order --split-input-file | FileCheck %s

// X W as generalized (m, n, k): W is contiguous along the output's last
// dimension n, so n becomes the innermost loop: C[m, :] += X[m, k] * W[k, :].

// CHECK-DAG: #[[$X:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[$W:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$C:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @matmul
// CHECK: linalg.generic {indexing_maps = [#[[$X]], #[[$W]], #[[$C]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK: arith.mulf
// CHECK: arith.addf
#x = affine_map<(m, n, k) -> (m, k)>
#w = affine_map<(m, n, k) -> (k, n)>
#c = affine_map<(m, n, k) -> (m, n)>
func.func @matmul(%x: tensor<16x64xf32>, %w: tensor<64x32xf32>,
                  %c: tensor<16x32xf32>) -> tensor<16x32xf32> {
  %r = linalg.generic {indexing_maps = [#x, #w, #c],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<16x64xf32>, tensor<64x32xf32>)
      outs(%c : tensor<16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<16x32xf32>
  return %r : tensor<16x32xf32>
}

// -----

// The weight gradient X^T G (the dual form's (d2, d0) x (d2, d1) map):
// G is contiguous along n, so n moves inside the reduction over tokens.

// CHECK-DAG: #[[$XT:.*]] = affine_map<(d0, d1, d2) -> (d1, d0)>
// CHECK-DAG: #[[$G:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$C:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @weight_gradient
// CHECK: linalg.generic {indexing_maps = [#[[$XT]], #[[$G]], #[[$C]]], iterator_types = ["parallel", "reduction", "parallel"]}
#xt = affine_map<(m, n, k) -> (k, m)>
#g = affine_map<(m, n, k) -> (k, n)>
#c = affine_map<(m, n, k) -> (m, n)>
func.func @weight_gradient(%x: tensor<16x64xf32>, %g: tensor<16x64xf32>,
                           %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %r = linalg.generic {indexing_maps = [#xt, #g, #c],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %g : tensor<16x64xf32>, tensor<16x64xf32>)
      outs(%c : tensor<64x64xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

// Xq X^T: both inputs are contiguous only along the reduction, which stays
// innermost (a dot product per output element).

// CHECK-DAG: #[[$Q:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[$K:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$C:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @dot_products
// CHECK: linalg.generic {indexing_maps = [#[[$Q]], #[[$K]], #[[$C]]], iterator_types = ["parallel", "parallel", "reduction"]}
#q = affine_map<(m, n, k) -> (m, k)>
#k = affine_map<(m, n, k) -> (n, k)>
#c = affine_map<(m, n, k) -> (m, n)>
func.func @dot_products(%q: tensor<16x64xf32>, %k: tensor<16x64xf32>,
                        %c: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %r = linalg.generic {indexing_maps = [#q, #k, #c],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%q, %k : tensor<16x64xf32>, tensor<16x64xf32>)
      outs(%c : tensor<16x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<16x16xf32>
  return %r : tensor<16x16xf32>
}

// -----

// Row sums reduce along the only contiguous dimension; column sums already
// have the output's contiguous loop innermost. Both stay as they are.

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[$COL:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @sums
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$ROW]]], iterator_types = ["parallel", "reduction"]}
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$COL]]], iterator_types = ["reduction", "parallel"]}
#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
#col = affine_map<(i, j) -> (0, j)>
func.func @sums(%x: tensor<16x64xf32>, %rows: tensor<16xf32>,
                %cols: tensor<1x64xf32>) -> (tensor<16xf32>, tensor<1x64xf32>) {
  %r = linalg.generic {indexing_maps = [#id, #row],
                       iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<16x64xf32>) outs(%rows : tensor<16xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %acc, %a : f32
    linalg.yield %s : f32
  } -> tensor<16xf32>
  %c = linalg.generic {indexing_maps = [#id, #col],
                       iterator_types = ["reduction", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%cols : tensor<1x64xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %acc, %a : f32
    linalg.yield %s : f32
  } -> tensor<1x64xf32>
  return %r, %c : tensor<16xf32>, tensor<1x64xf32>
}

// -----

// Only contractions are reordered: an elementwise op walked column by column
// keeps its loops although input and output are contiguous along the outer one.

// CHECK-DAG: #[[$T:.*]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-LABEL: func.func @elementwise
// CHECK: linalg.generic {indexing_maps = [#[[$T]], #[[$T]]], iterator_types = ["parallel", "parallel"]}
#t = affine_map<(i, j) -> (j, i)>
func.func @elementwise(%x: tensor<16x64xf32>, %y: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %r = linalg.generic {indexing_maps = [#t, #t],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%y : tensor<16x64xf32>) {
  ^bb0(%a: f32, %b: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<16x64xf32>
  return %r : tensor<16x64xf32>
}

// -----

// A contraction with two outputs is left alone.

// CHECK-DAG: #[[$X:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[$W:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG: #[[$C:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @two_outputs
// CHECK: linalg.generic {indexing_maps = [#[[$X]], #[[$W]], #[[$C]], #[[$C]]], iterator_types = ["parallel", "parallel", "reduction"]}
#x = affine_map<(m, n, k) -> (m, k)>
#w = affine_map<(m, n, k) -> (k, n)>
#c = affine_map<(m, n, k) -> (m, n)>
func.func @two_outputs(%x: tensor<16x64xf32>, %w: tensor<64x32xf32>,
                       %c: tensor<16x32xf32>, %d: tensor<16x32xf32>)
    -> (tensor<16x32xf32>, tensor<16x32xf32>) {
  %r:2 = linalg.generic {indexing_maps = [#x, #w, #c, #c],
                         iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<16x64xf32>, tensor<64x32xf32>)
      outs(%c, %d : tensor<16x32xf32>, tensor<16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32, %acc2: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    %t = arith.addf %acc2, %a : f32
    linalg.yield %s, %t : f32, f32
  } -> (tensor<16x32xf32>, tensor<16x32xf32>)
  return %r#0, %r#1 : tensor<16x32xf32>, tensor<16x32xf32>
}

// -----

// A contraction of dynamic size whose output is transposed against its
// inputs (the backward's dW^T[n, m] = sum_k G[m, k] W[n, k]: both inputs
// contiguous only along the reduction k, the output along m): the reduction
// becomes the innermost loop, dot products that read both inputs
// contiguously, instead of the output's m, which would read W and write
// the output with a stride.

// CHECK-DAG: #[[$W:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$G:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[$C:.*]] = affine_map<(d0, d1, d2) -> (d1, d0)>
// CHECK-LABEL: func.func @transposed_output_dynamic
// CHECK: linalg.generic {indexing_maps = [#[[$W]], #[[$G]], #[[$C]]], iterator_types = ["parallel", "parallel", "reduction"]}
#w = affine_map<(m, k, n) -> (n, k)>
#g = affine_map<(m, k, n) -> (m, k)>
#c = affine_map<(m, k, n) -> (n, m)>
func.func @transposed_output_dynamic(%w: tensor<64x256xf32>,
                                     %g: tensor<?x256xf32>,
                                     %c: tensor<64x?xf32>) -> tensor<64x?xf32> {
  %r = linalg.generic {indexing_maps = [#w, #g, #c],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%w, %g : tensor<64x256xf32>, tensor<?x256xf32>)
      outs(%c : tensor<64x?xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<64x?xf32>
  return %r : tensor<64x?xf32>
}

// -----

// The same contraction with static sizes stays as it is:
// ttt-cpu-vectorize-contractions blocks it whatever its loop order.

// CHECK-LABEL: func.func @transposed_output_static
// CHECK: iterator_types = ["parallel", "reduction", "parallel"]
#w = affine_map<(m, k, n) -> (n, k)>
#g = affine_map<(m, k, n) -> (m, k)>
#c = affine_map<(m, k, n) -> (n, m)>
func.func @transposed_output_static(%w: tensor<64x256xf32>,
                                    %g: tensor<16x256xf32>,
                                    %c: tensor<64x16xf32>) -> tensor<64x16xf32> {
  %r = linalg.generic {indexing_maps = [#w, #g, #c],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%w, %g : tensor<64x256xf32>, tensor<16x256xf32>)
      outs(%c : tensor<64x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<64x16xf32>
  return %r : tensor<64x16xf32>
}

// -----

// A row reduction scaled per row (the backward's normalisation:
// sum_j A[i, j] B[i, j] c[i]): c and the output are contiguous along i, but
// A and B only along j. With i innermost both would be read down their
// columns, so the reduction stays innermost.

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @scaled_row_dot
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]], #[[$ROW]]], iterator_types = ["parallel", "reduction"]}
#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
func.func @scaled_row_dot(%a: tensor<?x64xf32>, %c: tensor<?xf32>,
                          %b: tensor<?x64xf32>, %out: tensor<?xf32>)
    -> tensor<?xf32> {
  %r = linalg.generic {indexing_maps = [#id, #row, #id, #row],
                       iterator_types = ["parallel", "reduction"]}
      ins(%a, %c, %b : tensor<?x64xf32>, tensor<?xf32>, tensor<?x64xf32>)
      outs(%out : tensor<?xf32>) {
  ^bb0(%x: f32, %s: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %q = arith.mulf %p, %s : f32
    %t = arith.addf %acc, %q : f32
    linalg.yield %t : f32
  } -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// -----

// The same with static sizes: the reduction stays innermost too.

// CHECK-LABEL: func.func @scaled_row_dot_static
// CHECK: iterator_types = ["parallel", "reduction"]
#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
func.func @scaled_row_dot_static(%a: tensor<16x64xf32>, %c: tensor<16xf32>,
                                 %b: tensor<16x64xf32>, %out: tensor<16xf32>)
    -> tensor<16xf32> {
  %r = linalg.generic {indexing_maps = [#id, #row, #id, #row],
                       iterator_types = ["parallel", "reduction"]}
      ins(%a, %c, %b : tensor<16x64xf32>, tensor<16xf32>, tensor<16x64xf32>)
      outs(%out : tensor<16xf32>) {
  ^bb0(%x: f32, %s: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %q = arith.mulf %p, %s : f32
    %t = arith.addf %acc, %q : f32
    linalg.yield %t : f32
  } -> tensor<16xf32>
  return %r : tensor<16xf32>
}
