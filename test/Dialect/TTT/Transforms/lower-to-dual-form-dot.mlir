// RUN: ttt-opt %s --ttt-lower-to-dual-form | FileCheck %s

// The dot loss -<f(k), v> in the dual form, on the linear model f(x) = x W
// (d = 8, b = 4): the output gradient of the layer is Gz = -v, so the key
// side computes no prediction (no X W0 on the keys): a full mini-batch is
// -v scaled by lr, the causal Xq X^T, the query rows Xq W0, and the
// gradient contraction X^T (lr o Gz), four matmuls in all, and no read of
// the running sums S, which are zero there (a call that starts at position
// 0 with non-zero sums takes the dynamic code for its first mini-batch).

// CHECK-LABEL: func.func @plain_dot(
// CHECK: scf.forall
// The full mini-batches.
// CHECK: scf.for {{.*}} iter_args(%{{[^ ]*}} = %{{[^ ]*}}, %[[W0:[^ ]*]] = %{{[^ ]*}}, %[[SUMS:[^ ]*]] = %{{[^ ]*}}) -> (tensor<?x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>)
// CHECK: %[[XQ:.*]] = tensor.extract_slice %{{.*}} [4, 8] [1, 1] : tensor<?x8xf32> to tensor<4x8xf32>
// CHECK-NEXT: %[[XK:.*]] = tensor.extract_slice %{{.*}} [4, 8] [1, 1] : tensor<?x8xf32> to tensor<4x8xf32>
// CHECK-NEXT: %[[XV:.*]] = tensor.extract_slice %{{.*}} [4, 8] [1, 1] : tensor<?x8xf32> to tensor<4x8xf32>
// CHECK-NEXT: %[[LR:.*]] = tensor.extract_slice %{{.*}} [4] [1] : tensor<?xf32> to tensor<4xf32>
// CHECK-NOT: linalg.matmul
// CHECK: %[[GZ:.*]] = linalg.generic {{.*}} ins(%[[XV]] : tensor<4x8xf32>)
// CHECK-NEXT: ^bb0(%[[V:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[NEG:.*]] = arith.negf %[[V]] : f32
// CHECK-NEXT: linalg.yield %[[NEG]] : f32
// CHECK-NOT: linalg.matmul
// CHECK: %[[GL:.*]] = linalg.generic {{.*}} ins(%[[GZ]], %[[LR]] : tensor<4x8xf32>, tensor<4xf32>)
// CHECK-NOT: linalg.matmul
// CHECK: linalg.matmul {{.*}} ins(%[[XQ]], %[[XK]] : tensor<4x8xf32>, tensor<4x8xf32>) outs(%{{.*}} : tensor<4x4xf32>)
// CHECK-NOT: linalg.matmul
// CHECK: %[[INNER:.*]] = linalg.matmul ins(%{{.*}}, %[[GL]] : tensor<4x4xf32>, tensor<4x8xf32>)
// CHECK-NOT: linalg.matmul
// CHECK-NOT: %[[SUMS]]
// CHECK: linalg.matmul ins(%[[XQ]], %[[W0]] : tensor<4x8xf32>, tensor<8x8xf32>)
// CHECK-NOT: linalg.matmul
// CHECK-NOT: %[[SUMS]]
// CHECK: linalg.matmul {{.*}} ins(%[[XK]], %[[GL]] : tensor<4x8xf32>, tensor<4x8xf32>) outs(%{{.*}} : tensor<8x8xf32>)
// CHECK-NOT: linalg.matmul
// CHECK-NOT: %[[SUMS]]
// CHECK: scf.yield
ttt.layer @plain_dot attributes {mini_batch = 4 : i64, loss = #ttt<loss dot>} {
^bb0(%x: !ttt.tokens<8>):
  %f = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
