// RUN: ttt-opt %s --ttt-cpu-transpose-static-operands=block=8 --split-input-file | FileCheck %s
// RUN: ttt-opt %s --ttt-cpu-transpose-static-operands=block=4 --split-input-file \
// RUN:   | FileCheck %s --check-prefix=BLOCK4

// G W^T (the gradient through an MLP's second layer): both inputs run
// along the reduction k only. Both readers of W share one copy Wt[k, j],
// made once before the loop that W is invariant in, 8 x 8 blocks at a
// time in 24 shuffles each; the products read Wt with the map (k, j).

#g = affine_map<(i, j, k) -> (i, k)>
#w = affine_map<(i, j, k) -> (j, k)>
#out = affine_map<(i, j, k) -> (i, j)>
// CHECK-DAG: #[[$WT:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-LABEL: func.func @shared_copy
// CHECK-SAME: %[[W:[^:]*]]: tensor<32x16xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<16x32xf32>
// CHECK: %[[WT:.*]] = scf.for %[[J:.*]] = %c0 to %c32 step %c8 iter_args(%[[A:.*]] = %[[EMPTY]])
// CHECK: scf.for %[[K:.*]] = %c0 to %c16 step %c8{{.*}} iter_args
// CHECK-COUNT-8: vector.transfer_read %[[W]]{{.*}} : tensor<32x16xf32>, vector<8xf32>
// CHECK-COUNT-24: vector.shuffle
// CHECK-COUNT-8: vector.transfer_write {{.*}} : vector<8xf32>, tensor<16x32xf32>
// CHECK: scf.for
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[$WT]], #{{.*}}]
// CHECK-SAME: ins(%{{.*}}, %[[WT]] : tensor<16x16xf32>, tensor<16x32xf32>)
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[$WT]], #{{.*}}]
// CHECK-SAME: ins(%{{.*}}, %[[WT]] : tensor<16x16xf32>, tensor<16x32xf32>)
// BLOCK4-LABEL: func.func @shared_copy
// BLOCK4: scf.for %{{.*}} = %c0 to %c32 step %c4
// BLOCK4: vector.transfer_read {{.*}} : tensor<32x16xf32>, vector<4x4xf32>
// BLOCK4: vector.transpose
// BLOCK4: vector.transfer_write {{.*}} : vector<4x4xf32>, tensor<16x32xf32>
func.func @shared_copy(%g: tensor<16x16xf32>, %w: tensor<32x16xf32>,
                       %c: tensor<16x32xf32>, %n: index) -> tensor<16x32xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %step = %c0 to %n step %c1 iter_args(%acc = %c)
      -> (tensor<16x32xf32>) {
    %p = linalg.generic {indexing_maps = [#g, #w, #out],
                         iterator_types = ["parallel", "parallel", "reduction"]}
        ins(%g, %w : tensor<16x16xf32>, tensor<32x16xf32>)
        outs(%acc : tensor<16x32xf32>) {
    ^bb0(%x: f32, %y: f32, %a: f32):
      %m = arith.mulf %x, %y : f32
      %s = arith.addf %a, %m : f32
      linalg.yield %s : f32
    } -> tensor<16x32xf32>
    %q = linalg.generic {indexing_maps = [#g, #w, #out],
                         iterator_types = ["parallel", "parallel", "reduction"]}
        ins(%g, %w : tensor<16x16xf32>, tensor<32x16xf32>)
        outs(%p : tensor<16x32xf32>) {
    ^bb0(%x: f32, %y: f32, %a: f32):
      %m = arith.mulf %x, %y : f32
      %s = arith.addf %a, %m : f32
      linalg.yield %s : f32
    } -> tensor<16x32xf32>
    scf.yield %q : tensor<16x32xf32>
  }
  return %r : tensor<16x32xf32>
}

// -----

// A reader inside a conditional gets its copy there: the other branch
// (a prefill's partial mini-batch, every decode step) does not pay for it.
// A plain product (an input runs along the output's columns) and a
// product over a dynamic number of rows outside a backward kernel are
// left as they are.

#g = affine_map<(i, j, k) -> (i, k)>
#w = affine_map<(i, j, k) -> (j, k)>
#out = affine_map<(i, j, k) -> (i, j)>
#wplain = affine_map<(i, j, k) -> (k, j)>
// CHECK-LABEL: func.func @in_branch
// CHECK: scf.if
// CHECK-NEXT: tensor.empty() : tensor<16x32xf32>
// CHECK: } else {
// CHECK-NOT: tensor.empty
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.*}}, %{{.*}} : tensor<?x16xf32>, tensor<32x16xf32>)
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.*}}, %{{.*}} : tensor<16x16xf32>, tensor<16x32xf32>)
func.func @in_branch(%full: i1, %g: tensor<16x16xf32>, %gd: tensor<?x16xf32>,
                     %w: tensor<32x16xf32>, %wp: tensor<16x32xf32>,
                     %c: tensor<16x32xf32>, %cd: tensor<?x32xf32>)
    -> (tensor<16x32xf32>, tensor<16x32xf32>) {
  %r = scf.if %full -> (tensor<16x32xf32>) {
    %p = linalg.generic {indexing_maps = [#g, #w, #out],
                         iterator_types = ["parallel", "parallel", "reduction"]}
        ins(%g, %w : tensor<16x16xf32>, tensor<32x16xf32>)
        outs(%c : tensor<16x32xf32>) {
    ^bb0(%x: f32, %y: f32, %a: f32):
      %m = arith.mulf %x, %y : f32
      %s = arith.addf %a, %m : f32
      linalg.yield %s : f32
    } -> tensor<16x32xf32>
    scf.yield %p : tensor<16x32xf32>
  } else {
    %p = linalg.generic {indexing_maps = [#g, #w, #out],
                         iterator_types = ["parallel", "parallel", "reduction"]}
        ins(%gd, %w : tensor<?x16xf32>, tensor<32x16xf32>)
        outs(%cd : tensor<?x32xf32>) {
    ^bb0(%x: f32, %y: f32, %a: f32):
      %m = arith.mulf %x, %y : f32
      %s = arith.addf %a, %m : f32
      linalg.yield %s : f32
    } -> tensor<?x32xf32>
    %cast = tensor.cast %p : tensor<?x32xf32> to tensor<16x32xf32>
    scf.yield %cast : tensor<16x32xf32>
  }
  %plain = linalg.generic {indexing_maps = [#g, #wplain, #out],
                           iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%g, %wp : tensor<16x16xf32>, tensor<16x32xf32>)
      outs(%c : tensor<16x32xf32>) {
  ^bb0(%x: f32, %y: f32, %a: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %a, %m : f32
    linalg.yield %s : f32
  } -> tensor<16x32xf32>
  return %r, %plain : tensor<16x32xf32>, tensor<16x32xf32>
}

// -----

// In a backward kernel (one with a cotangent argument) a product over a
// dynamic number of rows reads the copy too: its segments are whole
// mini-batches but at a sequence's ends.

#g = affine_map<(i, j, k) -> (i, k)>
#w = affine_map<(i, j, k) -> (j, k)>
#out = affine_map<(i, j, k) -> (i, j)>
// CHECK-LABEL: func.func @backward_kernel
// CHECK: %[[WT:.*]] = scf.for
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.*}}, %[[WT]] : tensor<?x16xf32>, tensor<16x32xf32>)
func.func @backward_kernel(
    %g: tensor<?x16xf32>, %w: tensor<32x16xf32>, %c: tensor<?x32xf32>,
    %dz: memref<?x16xf32> {ttt.arg = #ttt.arg<cotangent, z, "Z.grad", ["T", 16]>})
    -> tensor<?x32xf32> {
  %p = linalg.generic {indexing_maps = [#g, #w, #out],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%g, %w : tensor<?x16xf32>, tensor<32x16xf32>)
      outs(%c : tensor<?x32xf32>) {
  ^bb0(%x: f32, %y: f32, %a: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %a, %m : f32
    linalg.yield %s : f32
  } -> tensor<?x32xf32>
  return %p : tensor<?x32xf32>
}
