// RUN: ttt-opt %s --ttt-extract-dual-form-segment | FileCheck %s

// One uncommitted dual-form segment of a TTT-Linear layer (d = 8, b = 4) as a
// function of one sequence's tensors, marked for ttt-reverse-mode; the
// layer itself stays.
// CHECK-DAG: #[[$B_T:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$A_T:.*]] = affine_map<(d0, d1, d2) -> (d2, d0)>
// CHECK-LABEL: func.func @lin_segment(
// CHECK-SAME: %[[W:[a-z0-9]+]]: tensor<8x8xf32>, %[[C:[a-z0-9]+]]: tensor<1x8xf32>, %[[SW:[a-z0-9]+]]: tensor<8x8xf32>, %[[SC:[a-z0-9]+]]: tensor<1x8xf32>,
// CHECK-SAME: %[[XQ:[a-z0-9]+]]: tensor<?x8xf32>, %[[XK:[a-z0-9]+]]: tensor<?x8xf32>, %[[XV:[a-z0-9]+]]: tensor<?x8xf32>, %[[LR:[a-z0-9]+]]: tensor<?xf32>, %[[TS:[a-z0-9]+]]: tensor<?xf32>,
// CHECK-SAME: %{{.*}}: tensor<8xf32>, %{{.*}}: tensor<8xf32>, %[[READS:[a-z0-9]+]]: i1)
// CHECK-SAME: -> (tensor<?x8xf32>, tensor<8x8xf32>, tensor<1x8xf32>) attributes {ttt.differentiate, ttt.taped = array<i64: 1, 2>}
// The rows r come from XQ.
// CHECK: %[[R:.*]] = tensor.dim %[[XQ]], %{{.*}} : tensor<?x8xf32>
// Key side at theta_0: X W0.
// CHECK: linalg.matmul ins(%{{.*}}, %[[W]] : tensor<?x8xf32>, tensor<8x8xf32>)
// Query side: the causal r x r product Xq X^T (A), then A (lr o Gz), and
// the carried sums Xq S_W added into it only when READS is set.
// CHECK: linalg.matmul indexing_maps = [#{{.*}}, #[[$B_T]], #{{.*}}] {{.*}} outs(%{{.*}} : tensor<?x?xf32>)
// CHECK: arith.cmpi ule
// CHECK: %[[INNER:.*]] = linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<?x?xf32>, tensor<?x8xf32>)
// CHECK: scf.if %[[READS]] -> (tensor<?x8xf32>) {
// CHECK: %[[CARRIED:.*]] = linalg.matmul ins(%{{.*}}, %[[SW]] : tensor<?x8xf32>, tensor<8x8xf32>) outs(%[[INNER]] : tensor<?x8xf32>)
// CHECK: scf.yield
// CHECK: } else {
// CHECK: scf.yield %[[INNER]] : tensor<?x8xf32>
// The running sums after the segment: S_W + X^T (lr o Gz), accumulated
// into S_W as the contraction's init; no commit.
// CHECK: %[[SW2:.*]] = linalg.matmul indexing_maps = [#[[$A_T]], #{{.*}}, #{{.*}}] {{.*}} outs(%[[SW]] : tensor<8x8xf32>)
// CHECK-NOT: tensor.extract %[[TS]]
// CHECK: return %{{.*}}, %[[SW2]], %{{.*}} : tensor<?x8xf32>, tensor<8x8xf32>, tensor<1x8xf32>
// CHECK: ttt.layer @lin
ttt.layer @lin attributes {mini_batch = 4 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<8>
  %f = ttt.add %x, %n : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
