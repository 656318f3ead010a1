// RUN: ttt-opt %s --ttt-lower-to-primal | FileCheck %s

// Per-token decay in the primal form (docs/Semantics.md section 10), token
// by token: S <- alpha S + lr G and A <- alpha A, the token evaluated at
// A theta_0 - ts[p] S, and at a commit theta_0 <- that, S <- 0, A <- 1.

// CHECK-LABEL: func.func @gated(
// CHECK-SAME: %[[DECAY:[a-z0-9]+]]: tensor<?x?x?xf32> {ttt.arg = #ttt.arg<input, decay, "decay", ["B", "H", "T"]>},
// CHECK-SAME: %[[TS:[a-z0-9]+]]: tensor<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [4]>},
// CHECK-SAME: %[[PRODUCT:[a-z0-9]+]]: tensor<?x?x1x1xf32> {ttt.arg = #ttt.arg<input, decay_product, "decay_product", ["B", "H", 1, 1]>},
// CHECK: %[[SEQ_DECAY:.*]] = tensor.extract_slice %[[DECAY]]
// CHECK: %[[A0:.*]] = tensor.extract_slice %[[PRODUCT]]
// CHECK: scf.for %[[T:.*]] = {{.*}} iter_args({{.*}}, %[[THETA_W:[a-z0-9]+]] = {{.*}}, %[[THETA_C:[a-z0-9]+]] = {{.*}}, %[[SUM_W:[a-z0-9]+]] = {{.*}}, %[[SUM_C:[a-z0-9]+]] = {{.*}}, %[[A:[a-z0-9]+]] = %[[A0]])
// CHECK: %[[ALPHA:.*]] = tensor.extract %[[SEQ_DECAY]][%[[T]]] : tensor<?xf32>
// CHECK: linalg.generic {{.*}} ins(%[[SUM_W]] : tensor<8x8xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.mulf %{{.*}}, %[[ALPHA]]
// CHECK: linalg.generic {{.*}} ins(%[[SUM_C]] : tensor<1x8xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.mulf %{{.*}}, %[[ALPHA]]
// CHECK: %[[NEW_A:.*]] = linalg.generic {{.*}} ins(%[[A]] : tensor<1x1xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.mulf %{{.*}}, %[[ALPHA]]
// The token's parameters: A theta_0 - ts[p] S.
// CHECK: %[[SCALE:.*]] = tensor.extract %[[TS]]
// CHECK: %[[AS:.*]] = tensor.extract %[[NEW_A]][%{{.*}}, %{{.*}}] : tensor<1x1xf32>
// CHECK: linalg.generic {{.*}} ins(%[[THETA_W]] : tensor<8x8xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.mulf %{{.*}}, %[[AS]]
// The commit resets A to 1.
// CHECK: %[[ONE:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x1xf32>)
// CHECK: %[[NEXT_A:.*]] = arith.select %{{.*}}, %[[ONE]], %[[NEW_A]] : tensor<1x1xf32>
// CHECK: scf.yield {{.*}}, %[[NEXT_A]] :
ttt.layer @gated attributes {mini_batch = 4 : i64, decay = true} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
