// RUN: ttt-opt %s --ttt-cpu-split-full-reductions --split-input-file | FileCheck %s

// <A, B> over a 64x64 tensor (the backward's <S', d theta'>): column sums
// into a zero-filled vector<64>, then their sum into the original output
// (here the sum before it, as the backward chains them).

#both = affine_map<(i, j) -> (i, j)>
#none = affine_map<(i, j) -> ()>
// CHECK-DAG: #[[$BOTH:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$COLUMN:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[$SCALAR:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @dot
// CHECK-SAME: (%[[A:.*]]: tensor<64x64xf32>, %[[B:.*]]: tensor<64x64xf32>, %[[INIT:.*]]: tensor<f32>)
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<64xf32>
// CHECK: %[[ZEROS:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<64xf32>)
// CHECK: %[[COLS:.*]] = linalg.generic {indexing_maps = [#[[$BOTH]], #[[$BOTH]], #[[$COLUMN]]], iterator_types = ["reduction", "parallel"]}
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<64x64xf32>, tensor<64x64xf32>) outs(%[[ZEROS]] : tensor<64xf32>)
// CHECK: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[P:.*]] = arith.mulf %[[X]], %[[Y]] : f32
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[ACC]], %[[P]] : f32
// CHECK-NEXT: linalg.yield %[[S]] : f32
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$SCALAR]]], iterator_types = ["reduction"]}
// CHECK-SAME: ins(%[[COLS]] : tensor<64xf32>) outs(%[[INIT]] : tensor<f32>)
// CHECK: ^bb0(%[[C:.*]]: f32, %[[OUT:.*]]: f32):
// CHECK-NEXT: %[[T:.*]] = arith.addf %[[OUT]], %[[C]] : f32
// CHECK-NEXT: linalg.yield %[[T]] : f32
// CHECK: return %[[SUM]]
func.func @dot(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>,
               %init: tensor<f32>) -> tensor<f32> {
  %r = linalg.generic {indexing_maps = [#both, #both, #none],
                       iterator_types = ["reduction", "reduction"]}
      ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>)
      outs(%init : tensor<f32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %r : tensor<f32>
}

// -----

// A dynamic number of rows is fine: only the last loop sizes the vector.

// CHECK-LABEL: func.func @over_tokens
// CHECK: tensor.empty() : tensor<64xf32>
// CHECK: iterator_types = ["reduction", "parallel"]
// CHECK-SAME: ins(%{{.*}} : tensor<?x64xf32>)
// CHECK: iterator_types = ["reduction"]
func.func @over_tokens(%a: tensor<?x64xf32>, %init: tensor<f32>) -> tensor<f32> {
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>,
                                        affine_map<(i, j) -> ()>],
                       iterator_types = ["reduction", "reduction"]}
      ins(%a : tensor<?x64xf32>) outs(%init : tensor<f32>) {
  ^bb0(%x: f32, %acc: f32):
    %sq = arith.mulf %x, %x : f32
    %s = arith.addf %sq, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %r : tensor<f32>
}

// -----

// Left alone: a last loop of dynamic size, an input read across the last
// loop (its columns would not be contiguous), a body that is not `out + f`,
// and a reduction into a vector.

// CHECK-LABEL: func.func @left_alone
// CHECK-COUNT-4: linalg.generic
// CHECK-NOT: linalg.generic
// CHECK-NOT: tensor.empty
func.func @left_alone(%a: tensor<64x?xf32>, %b: tensor<64x64xf32>,
                      %init: tensor<f32>, %row: tensor<64xf32>)
    -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<64xf32>) {
  %dynamic = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>,
                                              affine_map<(i, j) -> ()>],
                             iterator_types = ["reduction", "reduction"]}
      ins(%a : tensor<64x?xf32>) outs(%init : tensor<f32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %acc, %x : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  %across = linalg.generic {indexing_maps = [affine_map<(i, j) -> (j, i)>,
                                             affine_map<(i, j) -> ()>],
                            iterator_types = ["reduction", "reduction"]}
      ins(%b : tensor<64x64xf32>) outs(%init : tensor<f32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %acc, %x : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  %max = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>,
                                          affine_map<(i, j) -> ()>],
                         iterator_types = ["reduction", "reduction"]}
      ins(%b : tensor<64x64xf32>) outs(%init : tensor<f32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.maximumf %acc, %x : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  %rows = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>,
                                           affine_map<(i, j) -> (i)>],
                          iterator_types = ["parallel", "reduction"]}
      ins(%b : tensor<64x64xf32>) outs(%row : tensor<64xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %acc, %x : f32
    linalg.yield %s : f32
  } -> tensor<64xf32>
  return %dynamic, %across, %max, %rows : tensor<f32>, tensor<f32>, tensor<f32>, tensor<64xf32>
}
