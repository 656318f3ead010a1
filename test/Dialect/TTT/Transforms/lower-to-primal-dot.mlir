// RUN: ttt-opt %s --ttt-lower-to-primal | FileCheck %s

// The dot loss -<f(k), v> in the primal form, on f(x) = x W (d = 8, b = 4):
// token by token, the gradient is k^T (lr * -v), with no prediction k W0 on
// the key side; the one other matmul is the output q (W0 - ts[p] S).

// CHECK-LABEL: func.func @plain_dot(
// CHECK: scf.for {{.*}} iter_args(%{{[^ ]*}} = %{{[^ ]*}}, %{{[^ ]*}} = %{{[^ ]*}}, %[[W0:[^ ]*]] = %{{[^ ]*}}, %[[S:[^ ]*]] = %{{[^ ]*}})
// CHECK-NEXT: %[[K:.*]] = tensor.extract_slice %{{.*}} [1, 8] [1, 1] : tensor<?x8xf32> to tensor<1x8xf32>
// CHECK-NEXT: %[[V:.*]] = tensor.extract_slice %{{.*}} [1, 8] [1, 1] : tensor<?x8xf32> to tensor<1x8xf32>
// CHECK-NOT: linalg.matmul
// CHECK: %[[GZ:.*]] = linalg.generic {{.*}} ins(%[[V]] : tensor<1x8xf32>)
// CHECK-NEXT: ^bb0(%[[E:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: arith.negf %[[E]] : f32
// CHECK-NOT: linalg.matmul
// CHECK: %[[GL:.*]] = linalg.generic {{.*}} ins(%[[GZ]], %{{.*}} : tensor<1x8xf32>, tensor<1xf32>)
// CHECK-NOT: linalg.matmul
// CHECK: %[[G:.*]] = linalg.matmul {{.*}} ins(%[[K]], %[[GL]] : tensor<1x8xf32>, tensor<1x8xf32>) outs(%{{.*}} : tensor<8x8xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[S]], %[[G]] : tensor<8x8xf32>, tensor<8x8xf32>)
// CHECK-NOT: linalg.matmul
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<1x8xf32>, tensor<8x8xf32>) outs(%{{.*}} : tensor<1x8xf32>)
// CHECK-NOT: linalg.matmul
// CHECK: scf.yield
ttt.layer @plain_dot attributes {mini_batch = 4 : i64, loss = #ttt<loss dot>} {
^bb0(%x: !ttt.tokens<8>):
  %f = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
