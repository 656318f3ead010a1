// RUN: ttt-opt %s --ttt-extract-dual-form-segment | FileCheck %s

// With per-token decay (docs/Semantics.md section 10) the segment also takes
// its decays [r] and the decay product A_in it enters with (after the
// LayerNorm parameters; this model has none) and returns the product it
// leaves with, A_in exp(L[r-1]) (L the cumulative log-decay); the query rows
// are scaled by A_in exp(L[i]).
// CHECK-LABEL: func.func @gated_segment(
// CHECK-SAME: %[[W:[a-z0-9]+]]: tensor<8x8xf32>, %[[SW:[a-z0-9]+]]: tensor<8x8xf32>,
// CHECK-SAME: %[[XQ:[a-z0-9]+]]: tensor<?x8xf32>, %{{.*}}: tensor<?x8xf32>, %{{.*}}: tensor<?x8xf32>, %[[LR:[a-z0-9]+]]: tensor<?xf32>, %[[TS:[a-z0-9]+]]: tensor<?xf32>,
// CHECK-SAME: %[[DECAY:[a-z0-9]+]]: tensor<?xf32>, %[[A_IN:[a-z0-9]+]]: tensor<1x1xf32>, %{{.*}}: i1)
// CHECK-SAME: -> (tensor<?x8xf32>, tensor<8x8xf32>, tensor<1x1xf32>) attributes {ttt.differentiate, ttt.taped = array<i64: 1, 2>}
// CHECK-NOT: tensor.extract_slice
// CHECK: %[[L:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[DECAY]] : tensor<?xf32>)
// CHECK: math.log
// CHECK: %[[A:.*]] = tensor.extract %[[A_IN]]
// CHECK: %[[LAST_LOG:.*]] = tensor.extract %[[L]][%{{.*}}] : tensor<?xf32>
// CHECK: %[[LAST:.*]] = math.exp %[[LAST_LOG]] : f32
// The product and the sums decay where they live (the segment's
// arguments as inits), so that a sweep carrying them needs no new buffer.
// CHECK: %[[A_OUT:.*]] = linalg.generic {{.*}} outs(%[[A_IN]] : tensor<1x1xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.mulf %{{.*}}, %[[LAST]]
// CHECK: %[[S_DECAYED:.*]] = linalg.generic {{.*}} outs(%[[SW]] : tensor<8x8xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.mulf %{{.*}}, %[[LAST]]
// CHECK: return %{{.*}}, %{{.*}}, %[[A_OUT]] : tensor<?x8xf32>, tensor<8x8xf32>, tensor<1x1xf32>
ttt.layer @gated attributes {mini_batch = 4 : i64, decay = true} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
