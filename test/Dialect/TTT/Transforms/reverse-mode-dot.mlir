// RUN: ttt-opt %s --ttt-extract-dual-form-segment --ttt-reverse-mode | FileCheck %s

// The backward of a dual-form segment with the dot loss -<f(k), v>, f(x) =
// x W (d = 8, b = 4). The loss gradient -XV depends on nothing else, so the
// cotangent dG that reaches it goes to XV.grad negated, and nowhere else:
// XV.grad is the reverse of the segment's one negf (the recomputed primal
// negation in its payload is dead). That is XV's first (and only)
// cotangent, written element by element: the generic yields it (its init
// an empty tensor), with no zero fill to add it to.
// CHECK-LABEL: func.func @plain_dot_segment_vjp(
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<8x8xf32>, %{{[a-z0-9]+}}: tensor<8x8xf32>, %{{[a-z0-9]+}}: tensor<?x8xf32>, %{{[a-z0-9]+}}: tensor<?x8xf32>, %[[XV:[a-z0-9]+]]: tensor<?x8xf32>,
// The segment uses its tokens whole (no slice), so XV.grad is that
// generic's result itself, not inserted into zeros.
// CHECK-NOT: tensor.insert_slice
// CHECK: %[[DV:.*]] = linalg.generic {{.*}} ins(%[[XV]], %[[DG:.*]] : tensor<?x8xf32>, tensor<?x8xf32>) outs(%{{.*}} : tensor<?x8xf32>)
// CHECK-NEXT: ^bb0(%{{.*}}: f32, %[[D:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[NEG:.*]] = arith.negf %[[D]] : f32
// CHECK-NEXT: linalg.yield %[[NEG]] : f32
// CHECK-NOT: tensor.insert_slice
// CHECK: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[DV]], %{{.*}}, %{{.*}} :
ttt.layer @plain_dot attributes {mini_batch = 4 : i64, loss = #ttt<loss dot>} {
^bb0(%x: !ttt.tokens<8>):
  %f = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
