// RUN: ttt-opt %s --split-input-file --ttt-reverse-mode | FileCheck %s

// A matmul: its two cotangents are the transposed contractions, each a
// linalg.generic over the matmul's (m, n, k) loops whose output is indexed
// by the operand's map, with the loop it drops as a reduction.
// CHECK-DAG: #[[$MK:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[$KN:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG: #[[$MN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul(
// CHECK-NOT: ttt.differentiate
// CHECK-LABEL: func.func @matmul_vjp(
// CHECK-SAME: %[[X:.*]]: tensor<4x3xf32>, %[[W:.*]]: tensor<3x5xf32>, %[[DZ:.*]]: tensor<4x5xf32>) -> (tensor<4x3xf32>, tensor<3x5xf32>)
// The primal is recomputed first.
// CHECK: linalg.matmul
// Cotangent of X: dZ W^T, a reduction over n.
// CHECK: %[[DX:.*]] = linalg.generic {indexing_maps = [#[[$MK]], #[[$KN]], #[[$MN]], #[[$MK]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[W]], %[[DZ]] :
// CHECK: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %[[G:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK: %[[GB:.*]] = arith.mulf %[[G]], %[[B]]
// CHECK: %[[SUM:.*]] = arith.addf %[[ACC]], %[[GB]]
// CHECK: linalg.yield %[[SUM]]
// Cotangent of W: X^T dZ, a reduction over m.
// CHECK: %[[DW:.*]] = linalg.generic {indexing_maps = [#[[$MK]], #[[$KN]], #[[$MN]], #[[$KN]]], iterator_types = ["reduction", "parallel", "parallel"]}
// CHECK: return %[[DX]], %[[DW]] : tensor<4x3xf32>, tensor<3x5xf32>
func.func @matmul(%x: tensor<4x3xf32>, %w: tensor<3x5xf32>) -> tensor<4x5xf32>
    attributes {ttt.differentiate} {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x5xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<4x5xf32>) -> tensor<4x5xf32>
  %z = linalg.matmul ins(%x, %w : tensor<4x3xf32>, tensor<3x5xf32>) outs(%init : tensor<4x5xf32>) -> tensor<4x5xf32>
  return %z : tensor<4x5xf32>
}

// -----

// Elementwise tanh of a row-broadcast sum: the payload's derivative
// (1 - tanh^2), and the broadcast operand's cotangent reduced over the rows.
// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @tanh_row_vjp(
// CHECK-SAME: %[[X:.*]]: tensor<?x8xf32>, %[[C:.*]]: tensor<1x8xf32>, %[[DY:.*]]: tensor<?x8xf32>) -> (tensor<?x8xf32>, tensor<1x8xf32>)
// Cotangent of x: elementwise.
// CHECK: %[[DX:.*]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK: %[[T:.*]] = math.tanh
// CHECK: %[[T2:.*]] = arith.mulf %[[T]], %[[T]]
// CHECK: arith.subf %{{.*}}, %[[T2]]
// Cotangent of c: reduced over the rows into a [1, 8] accumulator.
// CHECK: %[[DC:.*]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]], #[[$ROW]]], iterator_types = ["reduction", "parallel"]}
// CHECK: return %[[DX]], %[[DC]]
#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (0, j)>
func.func @tanh_row(%x: tensor<?x8xf32>, %c: tensor<1x8xf32>) -> tensor<?x8xf32>
    attributes {ttt.differentiate} {
  %c0 = arith.constant 0 : index
  %r = tensor.dim %x, %c0 : tensor<?x8xf32>
  %e = tensor.empty(%r) : tensor<?x8xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %c : tensor<?x8xf32>, tensor<1x8xf32>) outs(%e : tensor<?x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    %t = math.tanh %s : f32
    linalg.yield %t : f32
  } -> tensor<?x8xf32>
  return %y : tensor<?x8xf32>
}

// -----

// A row sum (a reduction into a fill) gets a broadcast; a scalar captured
// by a payload (read from a tensor with tensor.extract) gets its cotangent
// summed over the whole iteration space into a 0-d tensor, then inserted
// at the extracted index; an extract_slice's cotangent is inserted back.
// CHECK-LABEL: func.func @sum_scale_slice_vjp(
// CHECK-SAME: %[[X:.*]]: tensor<6x4xf32>, %[[S:.*]]: tensor<3xf32>, %[[DY:.*]]: tensor<4xf32>) -> (tensor<6x4xf32>, tensor<3xf32>)
// The sliced input: a broadcast of the row sum's cotangent, times k.
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]} {{.*}} outs(%{{.*}} : tensor<3x4xf32>)
// The captured scalar k: a full reduction.
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction"]} {{.*}} outs(%{{.*}} : tensor<f32>)
// CHECK: %[[DK:.*]] = tensor.extract %{{.*}}[] : tensor<f32>
// CHECK: %[[DX:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[2, 0] [3, 4] [1, 1] : tensor<3x4xf32> into tensor<6x4xf32>
// CHECK: %[[DS:.*]] = tensor.insert %[[DK]] into %{{.*}}[%{{.*}}] : tensor<3xf32>
// CHECK: return %[[DX]], %[[DS]]
func.func @sum_scale_slice(%x: tensor<6x4xf32>, %s: tensor<3xf32>) -> tensor<4xf32>
    attributes {ttt.differentiate} {
  %c1 = arith.constant 1 : index
  %k = tensor.extract %s[%c1] : tensor<3xf32>
  %part = tensor.extract_slice %x[2, 0] [3, 4] [1, 1] : tensor<6x4xf32> to tensor<3x4xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>],
                       iterator_types = ["reduction", "parallel"]}
      ins(%part : tensor<3x4xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %p = arith.mulf %a, %k : f32
    %sum = arith.addf %acc, %p : f32
    linalg.yield %sum : f32
  } -> tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// Functions without the attribute are left alone; integer arguments and
// results take no part.
// CHECK-LABEL: func.func @untouched(
// CHECK-NOT: func.func @untouched_vjp
func.func @untouched(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
// CHECK-LABEL: func.func @mixed_vjp(
// CHECK-SAME: %{{.*}}: tensor<4xf32>, %{{.*}}: tensor<i64>, %[[DX:.*]]: tensor<4xf32>) -> tensor<4xf32>
// CHECK: return %[[DX]] : tensor<4xf32>
func.func @mixed(%x: tensor<4xf32>, %p: tensor<i64>) -> (tensor<4xf32>, tensor<i64>)
    attributes {ttt.differentiate} {
  return %x, %p : tensor<4xf32>, tensor<i64>
}

// -----

// An scf.if: its VJP is an scf.if on the same condition whose branches
// recompute the primal branch and yield the cotangents of the values it
// uses from above (x and y, in their order of first use); a branch that
// does not use one yields zeros for it.
// CHECK-LABEL: func.func @branch_vjp(
// CHECK-SAME: %[[X:.*]]: tensor<4xf32>, %[[Y:.*]]: tensor<4xf32>, %[[C:.*]]: i1, %[[DR:.*]]: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
// CHECK: scf.if %[[C]] -> (tensor<4xf32>)
// CHECK: %[[G:.*]]:2 = scf.if %[[C]] -> (tensor<4xf32>, tensor<4xf32>) {
// The then branch recomputes x * y, then differentiates it.
// CHECK: linalg.generic {{.*}} ins(%[[X]], %[[Y]] :
// CHECK: %[[DX:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[Y]], %[[DR]] :
// CHECK: %[[DY:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[Y]], %[[DR]] :
// CHECK: scf.yield %[[DX]], %[[DY]] : tensor<4xf32>, tensor<4xf32>
// CHECK: } else {
// CHECK: %[[ZERO:.*]] = linalg.fill
// CHECK: scf.yield %[[DR]], %[[ZERO]] : tensor<4xf32>, tensor<4xf32>
// CHECK: return %[[G]]#0, %[[G]]#1 : tensor<4xf32>, tensor<4xf32>
#vec = affine_map<(i) -> (i)>
func.func @branch(%x: tensor<4xf32>, %y: tensor<4xf32>, %c: i1) -> tensor<4xf32>
    attributes {ttt.differentiate} {
  %r = scf.if %c -> tensor<4xf32> {
    %e = tensor.empty() : tensor<4xf32>
    %m = linalg.generic {indexing_maps = [#vec, #vec, #vec], iterator_types = ["parallel"]}
        ins(%x, %y : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>) {
    ^bb0(%a: f32, %b: f32, %o: f32):
      %p = arith.mulf %a, %b : f32
      linalg.yield %p : f32
    } -> tensor<4xf32>
    scf.yield %m : tensor<4xf32>
  } else {
    scf.yield %x : tensor<4xf32>
  }
  return %r : tensor<4xf32>
}

// -----

// A value whose cotangent the sweep started before the scf.if (y, used
// again after it) accumulates inside the branches: the then branch adds
// its contribution into it, the else branch yields it untouched rather
// than zeros that a later addition would add.
// CHECK-LABEL: func.func @branch_prior_vjp(
// CHECK-SAME: %[[X:.*]]: tensor<4xf32>, %[[Y:.*]]: tensor<4xf32>, %[[C:.*]]: i1, %[[DS:.*]]: tensor<4xf32>)
// CHECK: %[[DR:.*]] = linalg.generic {{.*}} ins(%{{.*}}, %[[Y]], %[[DS]] :
// CHECK: %[[DYPRIOR:.*]] = linalg.generic {{.*}} ins(%{{.*}}, %[[Y]], %[[DS]] :
// CHECK: %[[G:.*]]:2 = scf.if %[[C]] -> (tensor<4xf32>, tensor<4xf32>) {
// CHECK: %[[DX:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[Y]], %[[DR]] :
// CHECK: %[[DY:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[Y]], %[[DR]] : {{.*}} outs(%[[DYPRIOR]] :
// CHECK: arith.addf %out,
// CHECK: scf.yield %[[DX]], %[[DY]] : tensor<4xf32>, tensor<4xf32>
// CHECK: } else {
// CHECK-NOT: linalg.fill
// CHECK: scf.yield %[[DR]], %[[DYPRIOR]] : tensor<4xf32>, tensor<4xf32>
// CHECK: return %[[G]]#0, %[[G]]#1 : tensor<4xf32>, tensor<4xf32>
#vec = affine_map<(i) -> (i)>
func.func @branch_prior(%x: tensor<4xf32>, %y: tensor<4xf32>, %c: i1) -> tensor<4xf32>
    attributes {ttt.differentiate} {
  %r = scf.if %c -> tensor<4xf32> {
    %e = tensor.empty() : tensor<4xf32>
    %m = linalg.generic {indexing_maps = [#vec, #vec, #vec], iterator_types = ["parallel"]}
        ins(%x, %y : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>) {
    ^bb0(%a: f32, %b: f32, %o: f32):
      %p = arith.mulf %a, %b : f32
      linalg.yield %p : f32
    } -> tensor<4xf32>
    scf.yield %m : tensor<4xf32>
  } else {
    scf.yield %x : tensor<4xf32>
  }
  %e2 = tensor.empty() : tensor<4xf32>
  %s = linalg.generic {indexing_maps = [#vec, #vec, #vec], iterator_types = ["parallel"]}
      ins(%r, %y : tensor<4xf32>, tensor<4xf32>) outs(%e2 : tensor<4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %p = arith.mulf %a, %b : f32
    linalg.yield %p : f32
  } -> tensor<4xf32>
  return %s : tensor<4xf32>
}
