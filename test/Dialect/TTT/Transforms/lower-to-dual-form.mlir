// RUN: ttt-opt %s --split-input-file --ttt-lower-to-dual-form | FileCheck %s
// RUN: ttt-opt %s --split-input-file --ttt-lower-to-dual-form=state-in-outputs=false \
// RUN:   | FileCheck %s --check-prefix=TEMPS
// RUN: ttt-opt %s --split-input-file \
// RUN:   --ttt-lower-to-dual-form=shared-partial-segment=false \
// RUN:   | FileCheck %s --check-prefix=SPLIT

// state-in-outputs=false (the GPU pipeline): the state stays in temporaries.
// A whole segment takes the static code, the first one of a call at p = 0
// too (its sums are zero); the dynamic code always adds the incoming sums.
// TEMPS-LABEL: func.func @lin(
// TEMPS-NOT: bufferization.materialize_in_destination
// TEMPS: scf.for %{{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %{{.*}}, %{{.*}} = %{{.*}}, %[[S:.*]] = %{{.*}}, %{{.*}} = %{{.*}})
// TEMPS: %[[FULL:.*]] = arith.cmpi eq, %{{.*}}, %c4
// TEMPS-NEXT: scf.if %[[FULL]]
// TEMPS-NOT: %[[S]]
// TEMPS: } else {
// TEMPS-NOT: scf.if
// TEMPS: linalg.matmul ins(%{{.*}}, %[[S]] : tensor<?x8xf32>, tensor<8x8xf32>)
// TEMPS-NOT: bufferization.materialize_in_destination
// TEMPS: return

// shared-partial-segment=false (the GPU pipeline): a head (dynamic, adding
// the carried sums, committed if it completes), a loop of full mini-batches
// (static), a tail (dynamic, the last T mod b tokens, not committed).
// SPLIT-LABEL: func.func @lin(
// SPLIT: %[[HEAD:.*]] = arith.minui %{{.*}}, %c4
// SPLIT: scf.if
// SPLIT: linalg.matmul {{.*}} outs(%{{.*}} : tensor<?x?xf32>)
// SPLIT: arith.addi %{{.*}}, %[[HEAD]]
// SPLIT: %[[NFULL:.*]] = arith.divui
// SPLIT: scf.for %{{.*}} = %{{.*}} to %[[NFULL]]
// SPLIT-NOT: tensor<?x?xf32>
// SPLIT: linalg.matmul {{.*}} outs(%{{.*}} : tensor<4x4xf32>)
// SPLIT-NOT: tensor<?x?xf32>
// SPLIT: scf.yield
// SPLIT: %[[TAIL:.*]] = arith.remui
// SPLIT: %[[HAS_TAIL:.*]] = arith.cmpi ugt, %[[TAIL]]
// SPLIT: scf.if %[[HAS_TAIL]]
// SPLIT: linalg.matmul {{.*}} outs(%{{.*}} : tensor<?x?xf32>)
// SPLIT: scf.forall.in_parallel

// The operand maps of Xq X^T (B transposed) and of X^T Gl (A transposed).
// CHECK-DAG: #[[$B_T:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$A_T:.*]] = affine_map<(d0, d1, d2) -> (d2, d0)>

// A linear inner model, d = 8, b = 4: the kernel signature, each argument
// and result described (#ttt.arg), then per (batch, head) sequence one loop
// over its segments: a whole mini-batch in static code, a partial one (head,
// tail) in dynamic code.
// CHECK-LABEL: func.func @lin(
// CHECK-SAME: %[[XQ:[a-z0-9]+]]: tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>},
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xk, "XK", ["B", "H", "T", 8]>},
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xv, "XV", ["B", "H", "T", 8]>},
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<?x?x?xf32> {ttt.arg = #ttt.arg<input, lr, "lr", ["B", "H", "T"]>},
// CHECK-SAME: %[[TS:[a-z0-9]+]]: tensor<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [4]>},
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<?x?x8x8xf32> {ttt.arg = #ttt.arg<input, state, "W1", ["B", "H", 8, 8]>},
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<?x?x1x8xf32> {ttt.arg = #ttt.arg<input, state, "b1", ["B", "H", 1, 8]>},
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<?x?x8x8xf32> {ttt.arg = #ttt.arg<input, grad_sum, "W1.grad_sum", ["B", "H", 8, 8]>},
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<?x?x1x8xf32> {ttt.arg = #ttt.arg<input, grad_sum, "b1.grad_sum", ["B", "H", 1, 8]>},
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<i64> {ttt.arg = #ttt.arg<input, position, "position", []>})
// CHECK-SAME: -> (tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<output, z, "Z", ["B", "H", "T", 8]>},
// CHECK-SAME: tensor<?x?x8x8xf32> {ttt.arg = #ttt.arg<output, state, "W1", ["B", "H", 8, 8]>},
// CHECK-SAME: tensor<?x?x1x8xf32> {ttt.arg = #ttt.arg<output, state, "b1", ["B", "H", 1, 8]>},
// CHECK-SAME: tensor<?x?x8x8xf32> {ttt.arg = #ttt.arg<output, grad_sum, "W1.grad_sum", ["B", "H", 8, 8]>},
// CHECK-SAME: tensor<?x?x1x8xf32> {ttt.arg = #ttt.arg<output, grad_sum, "b1.grad_sum", ["B", "H", 1, 8]>},
// CHECK-SAME: tensor<i64> {ttt.arg = #ttt.arg<output, position, "position", []>})
// The state lives in the kernel's outputs: the sequence's slice of each
// state output gets the input state once, then every segment updates it
// there; a commit stores theta_0 - ts[b-1] S back into it.
// CHECK: scf.forall {{.*}} shared_outs(%{{.*}} = %{{.*}}, %[[W_OUT:[a-z0-9_]+]] = %{{.*}}, %{{.*}} = %{{.*}}, %[[S_OUT:[a-z0-9_]+]] = %{{.*}}, %{{.*}} = %{{.*}})
// CHECK: %[[W_DEST:.*]] = tensor.extract_slice %[[W_OUT]][
// CHECK: %[[S_DEST:.*]] = tensor.extract_slice %[[S_OUT]][
// CHECK: %[[W0:.*]] = bufferization.materialize_in_destination %{{.*}} in %[[W_DEST]]
// CHECK: %[[S0:.*]] = bufferization.materialize_in_destination %{{.*}} in %[[S_DEST]]
//
// The first segment has min(b - p, T) tokens (the outer min with b bounds
// the row count in the IR, p < b), every later one up to b: there are
// 1 + ceil((T - len_0) / b) of them, none without tokens.
// CHECK: %[[REST:.*]] = arith.minui
// CHECK: %[[HEAD:.*]] = arith.minui %[[REST]], %c4
// CHECK: arith.ceildivui
// CHECK: %[[K:.*]] = arith.select
// A call entered at p > 0 carries the running sums in its first segment,
// which is then never whole; at p = 0 they are zero (the kernel does not
// read them) and a whole first segment takes the static code.
// CHECK: %[[MID:.*]] = arith.cmpi ne, %[[P:.*]], %c0
// CHECK: scf.for %[[SEG:.*]] = %{{.*}} to %[[K]] {{.*}} iter_args(%{{.*}} = %{{.*}}, %[[W:.*]] = %[[W0]], %{{.*}} = %{{.*}}, %[[S:.*]] = %[[S0]],
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[SEG]]
// CHECK: %[[START:.*]] = arith.select %[[FIRST]]
// CHECK: %[[LATER_LEN:.*]] = arith.minui %c4{{.*}}, %{{.*}} : index
// CHECK: %[[LEN:.*]] = arith.select %[[FIRST]], %[[HEAD]], %[[LATER_LEN]]
// CHECK: %[[POS:.*]] = arith.select %[[FIRST]], %[[P]],
// CHECK: %[[FULL:.*]] = arith.cmpi eq, %[[LEN]]
// CHECK: %[[CARRY:.*]] = arith.andi %[[MID]], %[[FIRST]]
// CHECK: scf.if %[[FULL]]
//
// A full mini-batch: static 4 x 8 tiles, r x r = 4 x 4 causal products, no
// sums read; the state update X^T (lr o Gz) goes to a temporary (a zero
// fill, not the sums), and the commit subtracts it from theta_0 where it
// lives, leaving the sums zero.
// CHECK: linalg.matmul indexing_maps = [#{{.*}}, #[[$B_T]], #{{.*}}] ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<4x8xf32>) outs(%{{.*}} : tensor<4x4xf32>)
// CHECK: arith.cmpi ule
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x4xf32>, tensor<4x8xf32>)
// CHECK-NOT: %[[S]]
// CHECK: tensor.extract %[[TS]][%{{.*}}] : tensor<4xf32>
// CHECK-NOT: %[[S]]
// CHECK: %[[UPDATE:.*]] = linalg.matmul indexing_maps = [#[[$A_T]], #{{.*}}, #{{.*}}] ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<4x8xf32>) outs(%{{.*}} : tensor<8x8xf32>)
// CHECK-NOT: %[[S]]
// CHECK: %[[STEP:.*]] = linalg.generic {{.*}} ins(%[[UPDATE]] :
// CHECK-NOT: %[[S]]
// CHECK: linalg.generic {{.*}} ins(%[[W]], %[[STEP]] :
// CHECK-NOT: %[[S]]
// CHECK: bufferization.materialize_in_destination %{{.*}} in %[[W]]
// CHECK: scf.yield %{{.*}}, %{{.*}}, %{{.*}}, %[[S]],
// CHECK: } else {
//
// A partial one: dynamic row count; only the first carries the sums; it
// commits, with token_scale[b-1], only when it completes the mini-batch.
// CHECK: linalg.matmul indexing_maps = [#{{.*}}, #[[$B_T]], #{{.*}}] ins(%{{.*}}, %{{.*}} : tensor<?x8xf32>, tensor<?x8xf32>) outs(%{{.*}} : tensor<?x?xf32>)
// CHECK: linalg.index 0
// CHECK-NEXT: linalg.index 1
// CHECK-NEXT: arith.cmpi ule
// CHECK: scf.if %[[CARRY]]
// CHECK: linalg.matmul ins(%{{.*}}, %[[S]] : tensor<?x8xf32>, tensor<8x8xf32>)
// CHECK: linalg.matmul indexing_maps = [#[[$A_T]], #{{.*}}, #{{.*}}] {{.*}} outs(%[[S]] : tensor<8x8xf32>)
// CHECK: %[[END:.*]] = arith.addi %[[POS]], %[[LEN]]
// CHECK: %[[DONE:.*]] = arith.cmpi eq, %[[END]]
// CHECK: scf.if %[[DONE]]
// CHECK: tensor.extract %[[TS]][%{{.*}}] : tensor<4xf32>
// CHECK: bufferization.materialize_in_destination %{{.*}} in %[[W]]
// CHECK: scf.forall.in_parallel
// CHECK: tensor.parallel_insert_slice
// The new position is (p + T) mod b.
// CHECK: arith.remui %{{.*}}, %c4
// CHECK: return
ttt.layer @lin attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// Non-causal mini-batches: every position sees every token, so the r x r
// product is not masked.
// CHECK-LABEL: func.func @noncausal(
// CHECK: scf.for
// CHECK: linalg.matmul indexing_maps = {{.*}} outs(%{{.*}} : tensor<4x4xf32>)
// CHECK-NOT: linalg.index
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x4xf32>, tensor<4x8xf32>)
ttt.layer @noncausal attributes {mini_batch = 4 : i64, timing = #ttt<timing all>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// `after` timing: every output sees theta_0, so a full mini-batch is the key
// side and the query side at the same W0, then the update X^T Gl: no r x r
// product and no mask.
// CHECK-LABEL: func.func @after(
// CHECK: scf.for {{.*}} iter_args(%{{[^ ]*}} = %{{[^ ]*}}, %[[W:[^ ]*]] = 
// CHECK-NOT: tensor<4x4xf32>
// CHECK: linalg.matmul ins(%{{.*}}, %[[W]] : tensor<4x8xf32>, tensor<8x8xf32>)
// CHECK-NOT: tensor<4x4xf32>
// CHECK: linalg.matmul ins(%{{.*}}, %[[W]] : tensor<4x8xf32>, tensor<8x8xf32>)
// CHECK-NOT: tensor<4x4xf32>
// CHECK: linalg.matmul indexing_maps = {{.*}} ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<4x8xf32>) outs(%{{.*}} : tensor<8x8xf32>)
// CHECK-NOT: linalg.index
// CHECK: scf.yield
ttt.layer @after attributes {mini_batch = 4 : i64, timing = #ttt<timing after>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// `lr_per_weight`: one learning-rate input per linear layer, in model order,
// in place of `lr`; each scales its own layer's key-side gradient.
// CHECK-LABEL: func.func @lr_per_weight(
// CHECK-SAME: %[[LR1:[a-z0-9]+]]: tensor<?x?x?xf32> {ttt.arg = #ttt.arg<input, lr, "lr.W1", ["B", "H", "T"]>},
// CHECK-SAME: %[[LR2:[a-z0-9]+]]: tensor<?x?x?xf32> {ttt.arg = #ttt.arg<input, lr, "lr.W2", ["B", "H", "T"]>},
// CHECK-SAME: tensor<4xf32> {ttt.arg = #ttt.arg<input, token_scale,
// CHECK-DAG: tensor.extract_slice %[[LR1]]
// CHECK-DAG: tensor.extract_slice %[[LR2]]
ttt.layer @lr_per_weight attributes {mini_batch = 4 : i64, lr_per_weight = true} {
^bb0(%x: !ttt.tokens<8>):
  %h = ttt.linear %x weight "W1" : !ttt.tokens<8> -> !ttt.tokens<16>
  %z = ttt.linear %h weight "W2" : !ttt.tokens<16> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// `normalize_weights`: a full mini-batch's commit rescales each weight's
// columns to the norms they had before it, ||W[:, j]|| / (||U[:, j]|| + eps)
// with U the plain commit, in place; the bias is committed as it is.
// CHECK-LABEL: func.func @normalize_weights(
// CHECK: scf.for {{.*}} iter_args(%{{[^ ]*}} = %{{[^ ]*}}, %[[W1:[^ ]*]] = %{{[^ ]*}}, %[[B1:[^ ]*]] = %{{[^ ]*}}, %[[W2:[^ ]*]] =
// CHECK: linalg.generic {{.*}} ins(%[[W1]] : tensor<8x16xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.mulf %in, %in
// CHECK: iterator_types = ["reduction", "parallel"]
// CHECK: math.sqrt
// CHECK: math.sqrt
// CHECK: %[[N1:[^ ]*]] = linalg.generic {{.*}} ins(%{{[^,]*}}, %{{[^,]*}}, %{{[^ ]*}} : tensor<8x16xf32>, tensor<1x16xf32>, tensor<1x16xf32>)
// CHECK: arith.divf
// CHECK: linalg.generic {{.*}} ins(%[[W2]] : tensor<16x8xf32>)
// CHECK: %[[N2:[^ ]*]] = linalg.generic {{.*}} ins(%{{[^,]*}}, %{{[^,]*}}, %{{[^ ]*}} : tensor<16x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>)
// CHECK-NOT: math.sqrt
// CHECK: materialize_in_destination %[[N1]] in %[[W1]]
// CHECK: materialize_in_destination %{{[^ ]*}} in %[[B1]]
// CHECK: materialize_in_destination %[[N2]] in %[[W2]]
// CHECK: scf.yield
ttt.layer @normalize_weights attributes {mini_batch = 4 : i64, normalize_weights = true} {
^bb0(%x: !ttt.tokens<8>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<16>
  %z = ttt.linear %h weight "W2" : !ttt.tokens<16> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// Two linear layers: the rule applies per layer; the second layer's query
// input is the activation of the first layer's dual-form output, and its
// weight 16 x 8 gets a 16 x 8 update. bf16 inputs are widened to f32.
// CHECK-LABEL: func.func @mlp(
// CHECK-SAME: tensor<?x?x?x8xbf16>
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK: scf.for
// CHECK: linalg.matmul indexing_maps = {{.*}} ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<4x8xf32>) outs(%{{.*}} : tensor<4x4xf32>)
// CHECK: math.tanh
// CHECK: linalg.matmul indexing_maps = {{.*}} ins(%{{.*}}, %{{.*}} : tensor<4x16xf32>, tensor<4x16xf32>) outs(%{{.*}} : tensor<4x4xf32>)
// CHECK: linalg.matmul indexing_maps = [#[[$A_T]], {{.*}} -> tensor<16x8xf32>
// CHECK: arith.truncf %{{.*}} : f32 to bf16
ttt.layer @mlp attributes {mini_batch = 4 : i64, io_type = bf16} {
^bb0(%x: !ttt.tokens<8>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<16>
  %a = ttt.activation gelu_tanh %h : !ttt.tokens<16>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<16> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// A gradient region already present is lowered as given, not re-derived
// (here a relu' that the model does not have), with its parameters bound to
// the model's by name.
// CHECK-LABEL: func.func @given_gradient(
// CHECK-SAME: %{{[^:]*}}: tensor<?x8xf32> {{[{][^}]*[}]}}, %{{[^:]*}}: tensor<?x8xf32> {{[{][^}]*[}]}},
// CHECK: scf.forall
// CHECK: math.rsqrt
// CHECK: arith.cmpf ogt
ttt.layer @given_gradient attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<8>
  ttt.return loss(%n : !ttt.tokens<8>) output(%n : !ttt.tokens<8>)
} gradient {
^bb0(%k: !ttt.tokens<8>, %v: !ttt.tokens<8>):
  %z = ttt.linear %k weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<8>
  %g = ttt.loss_grad %n, %v : !ttt.tokens<8>
  %gn = ttt.layer_norm_grad %z, %g weight "ln_weight" eps 1.0e-06 : !ttt.tokens<8>
  %gz = ttt.activation_grad relu %z, %gn : !ttt.tokens<8>
  ttt.gradients inputs(%k : !ttt.tokens<8>) output_grads(%gz : !ttt.tokens<8>)
}

// -----

// A linear layer without bias (DeltaNet): only W and its running sum in the
// signature, and no bias term: the causal mask of the full mini-batches'
// Xq X^T selects the product itself (no + 1.0) and no bias row is added.
// CHECK-LABEL: func.func @no_bias(
// CHECK-SAME: tensor<4xf32> {{[{][^}]*[}]}}, %{{[^:]*}}: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, %{{[^:]*}}: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, %{{[^:]*}}: tensor<i64> {{[{][^}]*[}]}})
// CHECK-SAME: -> (tensor<?x?x?x8xf32> {{[{][^}]*[}]}}, tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, tensor<i64> {{[{][^}]*[}]}})
// CHECK: scf.for
// CHECK: linalg.matmul {{.*}} outs(%{{.*}} : tensor<4x4xf32>)
// CHECK-NEXT: tensor.empty() : tensor<4x4xf32>
// CHECK-NEXT: linalg.generic
// CHECK-NEXT: ^bb0(%[[A:[^:]*]]: f32,
// CHECK-NEXT: linalg.index 0
// CHECK-NEXT: linalg.index 1
// CHECK-NEXT: %[[SEES:.*]] = arith.cmpi ule
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0.000000e+00
// CHECK-NEXT: arith.select %[[SEES]], %[[A]], %[[ZERO]]
ttt.layer @no_bias attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
