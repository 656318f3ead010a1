// RUN: ttt-opt %s --ttt-lower-to-dual-form | FileCheck %s

// Per-token decay in the dual form (docs/Semantics.md section 10), on a
// biased linear layer (d = 8, b = 4). The kernel takes `decay` after lr and
// the state `decay_product` after the running sums. In a full mini-batch:
// L = the cumulative sum of log alpha (a triangular reduction), the causal
// mask weighted by exp(L[i] - L[j]), the query rows scaled by A_in exp(L[i]),
// the sums' tokens by exp(L[r-1] - L[j]), the product by exp(L[r-1]), and
// the commit theta_0' = A theta_0 - ts[b-1] S with A reset to 1. Like the
// state, the product lives in its output (decay_product) from the start:
// its updates and reset are stored there, and the incoming running sums
// are decayed in place, so that bufferization keeps every state buffer in
// the outputs (a temporary on one branch of an scf.if gave the state a
// fully dynamic layout and scalar reads, 3.5x slower).

// CHECK-LABEL: func.func @gated(
// CHECK-SAME: %[[DECAY:[a-z0-9]+]]: tensor<?x?x?xf32> {ttt.arg = #ttt.arg<input, decay, "decay", ["B", "H", "T"]>},
// CHECK-SAME: %[[TS:[a-z0-9]+]]: tensor<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [4]>},
// CHECK-SAME: %[[PRODUCT:[a-z0-9]+]]: tensor<?x?x1x1xf32> {ttt.arg = #ttt.arg<input, decay_product, "decay_product", ["B", "H", 1, 1]>},
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<i64> {ttt.arg = #ttt.arg<input, position, "position", []>})
// CHECK-SAME: tensor<?x?x1x1xf32> {ttt.arg = #ttt.arg<output, decay_product, "decay_product", ["B", "H", 1, 1]>},
// CHECK-SAME: tensor<i64> {ttt.arg = #ttt.arg<output, position, "position", []>})
// CHECK: %[[SEQ_DECAY:.*]] = tensor.extract_slice %[[DECAY]][%{{.*}}, %{{.*}}, 0] [1, 1, %{{.*}}] [1, 1, 1] : tensor<?x?x?xf32> to tensor<?xf32>
// CHECK: tensor.extract_slice %[[PRODUCT]][%{{.*}}, %{{.*}}, 0, 0] [1, 1, 1, 1] [1, 1, 1, 1] : tensor<?x?x1x1xf32> to tensor<1x1xf32>
// CHECK: bufferization.materialize_in_destination %{{.*}} in %{{.*}} : (tensor<1x1xf32>, tensor<1x1xf32>)

// The full mini-batches.
// CHECK: scf.for {{.*}} -> (tensor<?x8xf32>, tensor<8x8xf32>, tensor<1x8xf32>, tensor<8x8xf32>, tensor<1x8xf32>, tensor<1x1xf32>)
// CHECK: %[[ALPHA:.*]] = tensor.extract_slice %[[SEQ_DECAY]][%{{.*}}] [4] [1] : tensor<?xf32> to tensor<4xf32>
// CHECK: %[[L:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[ALPHA]] : tensor<4xf32>)
// CHECK: arith.cmpi ule
// CHECK: math.log
// The mask: (Xq X^T + 1) exp(L[i] - L[j]) where j <= i.
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %[[L]], %[[L]] : tensor<4x4xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK: arith.addf
// CHECK: %[[DIFF:.*]] = arith.subf
// CHECK: %[[W:.*]] = math.exp %[[DIFF]]
// CHECK: arith.mulf %{{.*}}, %[[W]]
// CHECK: arith.cmpi ule
// CHECK: arith.select
// Zq: rowScale (Xq W0 + c0) - ts (inner).
// CHECK: ^bb0(%[[XW:.*]]: f32, %[[C0:.*]]: f32, %[[TSI:.*]]: f32, %[[INNER:.*]]: f32, %[[ROW:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[BASE:.*]] = arith.addf %[[XW]], %[[C0]]
// CHECK: %[[SCALED:.*]] = arith.mulf %[[BASE]], %[[ROW]]
// CHECK: %[[UPDATE:.*]] = arith.mulf %[[TSI]], %[[INNER]]
// CHECK: arith.subf %[[SCALED]], %[[UPDATE]]
// The sums' tokens decayed to the segment's end, the product times exp(L[r-1]).
// CHECK: math.exp
// CHECK: %[[LAST:.*]] = math.exp %{{.*}} : f32
// CHECK: arith.mulf %{{.*}}, %[[LAST]]
// The commit: A theta_0 - ts[b-1] S', A <- 1.
// CHECK: tensor.extract %[[TS]][%c3] : tensor<4xf32>
// CHECK: %[[A:.*]] = tensor.extract %{{.*}}[%{{.*}}, %{{.*}}] : tensor<1x1xf32>
// CHECK: arith.mulf %{{.*}}, %[[A]]
// CHECK: arith.subf
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[RESET:.*]] = linalg.fill ins(%[[ONE]] : f32) outs(%{{.*}} : tensor<1x1xf32>)
// CHECK: %[[STORED:.*]] = bufferization.materialize_in_destination %[[RESET]] in
// CHECK: scf.yield {{.*}}, %[[STORED]] :
// CHECK: scf.forall.in_parallel
// CHECK: tensor.parallel_insert_slice %{{.*}} : tensor<1x1xf32> into tensor<?x?x1x1xf32>
ttt.layer @gated attributes {mini_batch = 4 : i64, decay = true} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
