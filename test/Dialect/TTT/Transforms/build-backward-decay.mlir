// RUN: ttt-opt %s --ttt-extract-dual-form-segment --ttt-reverse-mode --ttt-build-backward | FileCheck %s

// The backward kernel of a layer with per-token decay (docs/Backward.md):
// decay.grad [B,H,T] and decay_product.grad [B,H,1,1] among the gradients,
// decay_product.grad among the cotangents. A segment enters with the call's
// product (the first) or 1 (a later one, which starts a mini-batch),
// selected elementwise into a tensor of its own; the
// commit is theta' = A' theta - ts[b-1] S', and its VJP gives
// dA' = <theta, dtheta'> and scales dtheta by A'.
// CHECK-LABEL: func.func @gated_backward(
// CHECK-SAME: %{{.*}}: tensor<?x?x?xf32> {{[{][^}]*[}]}}, %[[DECAY:[a-z0-9]+]]: tensor<?x?x?xf32> {{[{][^}]*[}]}}, %[[TS:[a-z0-9]+]]: tensor<4xf32> {{[{][^}]*[}]}},
// CHECK-SAME: %{{.*}}: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, %[[PRODUCT:[a-z0-9]+]]: tensor<?x?x1x1xf32> {ttt.arg = #ttt.arg<input, decay_product, "decay_product", ["B", "H", 1, 1]>}, %{{.*}}: tensor<i64> {{[{][^}]*[}]}},
// CHECK-SAME: %{{.*}}: tensor<?x?x?x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, %[[PRODUCT_GRAD:[a-z0-9]+]]: tensor<?x?x1x1xf32> {ttt.arg = #ttt.arg<cotangent, decay_product, "decay_product.grad", ["B", "H", 1, 1]>})
// CHECK-SAME: -> (tensor<?x?x?x8xf32> {{[{][^}]*[}]}}, tensor<?x?x?x8xf32> {{[{][^}]*[}]}}, tensor<?x?x?x8xf32> {{[{][^}]*[}]}}, tensor<?x?x?xf32> {{[{][^}]*[}]}}, tensor<?x?x?xf32> {ttt.arg = #ttt.arg<gradient, decay, "decay.grad", ["B", "H", "T"]>}, tensor<4xf32> {{[{][^}]*[}]}},
// CHECK-SAME: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, tensor<?x?x1x1xf32> {{[{][^}]*[}]}}, tensor<?x?x?x100xf32> {{[{][^}]*[}]}})
// Forward sweep: the commit scales theta by the segment's A'.
// CHECK: scf.for
// CHECK: %[[FIRST:.*]] = arith.cmpi eq
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[A_IN:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<1x1xf32>) outs(%{{.*}} : tensor<1x1xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.select %[[FIRST]], %{{.*}}, %[[ONE]]
// CHECK: %[[SEG:.*]]:{{[0-9]+}} = func.call @gated_segment_taped({{.*}}, %[[A_IN]], %{{.*}})
// CHECK: scf.if
// CHECK: %[[A:.*]] = tensor.extract %[[SEG]]#2
// CHECK: arith.mulf %{{.*}}, %[[A]]
// Reverse sweep: the commit's VJP yields dS', dts[b-1], A' dtheta and dA'.
// dA' replaces the carried cotangent of the product.
// CHECK: scf.for {{.*}}, %[[PRODUCT_COT:[a-z0-9]+]] = %{{[a-z0-9_]+}}) -> (tensor<8x8xf32>, tensor<8x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>, tensor<?xf32>, tensor<4xf32>, tensor<?xf32>, tensor<1x1xf32>)
// CHECK: %[[SEG2:.*]]:3 = func.call @gated_segment_from_tape(
// CHECK-NEXT: %[[IF:.*]]:4 = scf.if %{{.*}} -> (tensor<8x8xf32>, f32, tensor<8x8xf32>, tensor<1x1xf32>)
// CHECK: tensor.extract %[[SEG2]]#2
// CHECK: %[[DA:.*]] = tensor.insert %{{.*}} into %[[PRODUCT_COT]][%{{.*}}, %{{.*}}] : tensor<1x1xf32>
// CHECK: scf.yield %{{.*}}, %{{.*}}, %{{.*}}, %[[DA]]
// CHECK: } else {
// CHECK: %[[VJP:.*]]:9 = func.call @gated_segment_taped_vjp({{.*}}, %[[IF]]#0, %[[IF]]#3)
// CHECK: linalg.generic {{.*}} ins(%[[IF]]#2, %[[VJP]]#0 :
// The decays' gradient goes to the segment's rows; the entering product's
// is carried (the first segment's is decay_product.grad).
// CHECK: tensor.insert_slice %[[VJP]]#7 into
// CHECK: scf.yield {{.*}}, %[[VJP]]#8 :
// CHECK: return
ttt.layer @gated attributes {mini_batch = 4 : i64, decay = true} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
