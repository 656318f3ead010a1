// RUN: ttt-opt %s --ttt-extract-dual-form-segment | FileCheck %s

// The dual-form segment of a layer with the dot loss -<f(k), v>, f(x) = x W
// (d = 8, b = 4): its output gradient is -XV, and the keys meet the weights
// nowhere (no prediction X W0); the running sum after the segment is
// S_W + X^T (lr o -XV), accumulated into S_W.
// CHECK-LABEL: func.func @plain_dot_segment(
// CHECK-SAME: %[[W:[a-z0-9]+]]: tensor<8x8xf32>, %[[SW:[a-z0-9]+]]: tensor<8x8xf32>,
// CHECK-SAME: %[[XQ:[a-z0-9]+]]: tensor<?x8xf32>, %[[XK:[a-z0-9]+]]: tensor<?x8xf32>, %[[XV:[a-z0-9]+]]: tensor<?x8xf32>, %[[LR:[a-z0-9]+]]: tensor<?xf32>, %[[TS:[a-z0-9]+]]: tensor<?xf32>, %{{.*}}: i1)
// CHECK-SAME: -> (tensor<?x8xf32>, tensor<8x8xf32>) attributes {ttt.differentiate, ttt.taped = array<i64: 1>}
// The segment's tokens are its arguments, used whole: a slice would give
// the VJP an insertion into zeros per token gradient.
// CHECK-NOT: tensor.extract_slice
// CHECK: %[[GZ:.*]] = linalg.generic {{.*}} ins(%[[XV]] : tensor<?x8xf32>)
// CHECK: arith.negf
// CHECK: %[[GL:.*]] = linalg.generic {{.*}} ins(%[[GZ]], %{{.*}} : tensor<?x8xf32>, tensor<?xf32>)
// CHECK-NOT: ins(%[[XK]], %[[W]]
// CHECK: %[[SW2:.*]] = linalg.matmul {{.*}} ins(%[[XK]], %[[GL]] : tensor<?x8xf32>, tensor<?x8xf32>) outs(%[[SW]] : tensor<8x8xf32>)
// CHECK: return %{{.*}}, %[[SW2]] : tensor<?x8xf32>, tensor<8x8xf32>
ttt.layer @plain_dot attributes {mini_batch = 4 : i64, loss = #ttt<loss dot>} {
^bb0(%x: !ttt.tokens<8>):
  %f = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
