// RUN: ttt-opt %s --split-input-file --ttt-extract-dual-form-segment --ttt-reverse-mode --ttt-build-backward | FileCheck %s

// The backward kernel of a TTT-Linear layer (d = 8, b = 4): the prefill's
// inputs (with their #ttt.arg descriptions, by which the pass finds them)
// and the cotangents of Z and the final state in, the gradients of
// the float inputs and the scratch [B, H, T/4 + 3, 8 + 56] out: per
// segment b1 and the tape of its VJP (the key side's [rows, 8]
// product and six row statistics, at most 4 rows each), then one row for
// the final W1, from which the reverse sweep rebuilds W1 entering each
// segment (the sums it adds do not read W1 given the tape). The taped segment
// functions become private, the untaped ones it does not call are erased;
// the layer stays.
// CHECK-NOT: @lin_segment(
// CHECK-NOT: @lin_segment_vjp(
// CHECK: func.func private @lin_segment_taped(
// CHECK: func.func private @lin_segment_from_tape(
// CHECK: func.func private @lin_segment_taped_vjp(
// CHECK-LABEL: func.func @lin_backward(
// CHECK-SAME: %[[XQ:[a-z0-9]+]]: tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>}, %{{.*}}: tensor<?x?x?x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x?x?x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x?x?xf32> {{[{][^}]*[}]}}, %[[TS:[a-z0-9]+]]: tensor<4xf32> {{[{][^}]*[}]}},
// CHECK-SAME: %{{.*}}: tensor<?x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x8xf32> {{[{][^}]*[}]}}, %[[W:[a-z0-9]+]]: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x?x1x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x?x1x8xf32> {{[{][^}]*[}]}}, %[[POS:[a-z0-9]+]]: tensor<i64> {ttt.arg = #ttt.arg<input, position, "position", []>},
// The cotangents and gradients are described (#ttt.arg) with the role of
// their prefill argument; the scratch is the backward's workspace.
// CHECK-SAME: %[[ZG:[a-z0-9]+]]: tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<cotangent, z, "Z.grad", ["B", "H", "T", 8]>}, %[[WG:[a-z0-9]+]]: tensor<?x?x8x8xf32> {ttt.arg = #ttt.arg<cotangent, state, "W1.grad", ["B", "H", 8, 8]>}, %{{.*}}: tensor<?x?x1x8xf32> {{[{][^}]*[}]}}, %{{.*}}: tensor<?x?x8x8xf32> {ttt.arg = #ttt.arg<cotangent, grad_sum, "W1.grad_sum.grad", ["B", "H", 8, 8]>}, %{{.*}}: tensor<?x?x1x8xf32> {{[{][^}]*[}]}})
// CHECK-SAME: -> (tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<gradient, xq, "XQ.grad", ["B", "H", "T", 8]>}, tensor<?x?x?x8xf32> {{[{][^}]*[}]}}, tensor<?x?x?x8xf32> {{[{][^}]*[}]}}, tensor<?x?x?xf32> {{[{][^}]*[}]}}, tensor<4xf32> {ttt.arg = #ttt.arg<gradient, token_scale, "token_scale.grad", [4]>}, tensor<?x8xf32> {{[{][^}]*[}]}}, tensor<?x8xf32> {{[{][^}]*[}]}},
// CHECK-SAME: tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, tensor<?x?x1x8xf32> {{[{][^}]*[}]}}, tensor<?x?x8x8xf32> {{[{][^}]*[}]}}, tensor<?x?x1x8xf32> {{[{][^}]*[}]}}, tensor<?x?x?x64xf32> {ttt.arg = #ttt.arg<scratch, workspace, "scratch", ["B", "H", "T/4+3", 64]>})
// CHECK-SAME: attributes {ttt.entry_point = "lin_backward"}
// The scratch holds T / b + 2 segments' rows per sequence, then W1's.
// CHECK: %[[T:.*]] = tensor.dim %[[XQ]], %c2
// CHECK: %[[SLOTS0:.*]] = arith.divui %[[T]], %c4
// CHECK: %[[SLOTS:.*]] = arith.addi %[[SLOTS0]], %c3
// CHECK: %[[SCRATCH:.*]] = tensor.empty(%{{.*}}, %{{.*}}, %[[SLOTS]]) : tensor<?x?x?x64xf32>
// CHECK: scf.forall (%[[N:.*]], %[[H:.*]]) in ({{.*}}) shared_outs(%[[XQ_OUT:[a-z0-9]+]] = %{{[a-z0-9]+}}, %[[XK_OUT:[a-z0-9]+]] = %{{[a-z0-9]+}}, %[[XV_OUT:[a-z0-9]+]] = %{{[a-z0-9]+}}, %[[LR_OUT:[a-z0-9]+]] = %{{[a-z0-9]+}}, {{.*}}, %[[SCRATCH_OUT:.*]] = %[[SCRATCH]])
// CHECK: %[[SEQ_SCRATCH:.*]] = tensor.extract_slice %[[SCRATCH_OUT]]
// The per-token gradients are built in the sequence's slices of the
// outputs (f32 here), with no T-row temporaries and no zero fill.
// CHECK: %[[XQ_G:.*]] = tensor.extract_slice %[[XQ_OUT]][%[[N]], %[[H]], 0, 0] [1, 1, %[[T]], 8]
// CHECK: %[[XK_G:.*]] = tensor.extract_slice %[[XK_OUT]][%[[N]], %[[H]], 0, 0] [1, 1, %[[T]], 8]
// CHECK: %[[XV_G:.*]] = tensor.extract_slice %[[XV_OUT]][%[[N]], %[[H]], 0, 0] [1, 1, %[[T]], 8]
// CHECK: %[[LR_G:.*]] = tensor.extract_slice %[[LR_OUT]][%[[N]], %[[H]], 0] [1, 1, %[[T]]]
// Forward sweep: store b1 entering each segment (not W1), run the
// segment, store its tape after b1 (a residual's rows flattened into a
// slot of b rows), commit when it reaches the end of the mini-batch.
// CHECK: %[[LAST_TS:.*]] = tensor.extract %[[TS]][%c3{{(_[0-9]+)?}}]
// CHECK: %[[FWD:.*]]:3 = scf.for %[[K:.*]] = {{.*}} iter_args(%[[TH_W:.*]] = %[[W_IN:[a-z0-9_]+]], %[[TH_B:.*]] = %{{.*}}, %[[SLOT:.*]] = %[[SEQ_SCRATCH]])
// CHECK-NOT: [1, 64]
// CHECK: tensor.insert_slice %{{.*}} into %[[SLOT]][%[[K]], 0] [1, 8]
// The first segment enters with the call's running sums, the others with
// zeros: an elementwise select into a tensor of its own (a select between
// tensors would bufferize to buffers of unknown strides).
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[K]], %c0
// CHECK: %[[S_W:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<8x8xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32,
// CHECK-NEXT: arith.select %[[FIRST]], %[[IN]], %{{.*}} : f32
// CHECK: %[[S_B:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<1x8xf32>)
// Only the first segment's query side reads the sums (its last argument).
// CHECK: %[[SEG:.*]]:10 = func.call @lin_segment_taped(%[[TH_W]], %[[TH_B]], %[[S_W]], %[[S_B]], {{.*}}, %[[FIRST]])
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[SEG]]#3 {{\[\[}}0, 1]] : tensor<?x8xf32> into tensor<?xf32>
// CHECK: tensor.insert_slice %[[FLAT]] into %{{.*}}[%[[K]], 8] [1, %{{.*}}]
// CHECK: tensor.insert_slice %[[SEG]]#9 into %{{.*}}[%[[K]], 60] [1, %{{.*}}]
// CHECK: scf.if
// CHECK: arith.mulf %{{.*}}, %[[LAST_TS]]
// CHECK: arith.subf
// Reverse sweep: segment k = K - 1 - j, b1 and the tape loaded from the
// scratch, W1 carried from the segment after it, starting from a copy of
// the final W1. First the segment's results from its tape entered with
// zero sums and a false flag: S' = X^T G, which reads W1 only through the
// tape (it is given W1 leaving the segment, which only the unused query
// side would read). The commit undone, W1 = W1' + ts[b-1] S' where the
// segment commits, in the carried tensor; the first segment takes the
// call's W1. The segment's VJP takes the call's sums as they are (it reads
// them only under its flag). The commit's VJP (dS' = -ts[b-1] dtheta'),
// the segment's VJP from its tape, then dts[b-1] = -(<X^T G, dtheta'> +
// <S, dtheta'> in the first segment) (S' written once, no copy of the
// sums).
// CHECK: %[[W_FINAL:.*]] = linalg.generic {{.*}} ins(%[[FWD]]#0 : tensor<8x8xf32>)
// CHECK: scf.for %[[J:.*]] = {{.*}} iter_args({{.*}}, %{{[a-z0-9]+}} = %[[XQ_G]], %{{[a-z0-9]+}} = %[[XK_G]], %{{[a-z0-9]+}} = %[[XV_G]], %{{[a-z0-9]+}} = %[[LR_G]], {{.*}}, %[[W_AFTER:[a-z0-9]+]] = %[[W_FINAL]])
// CHECK: %[[KR0:.*]] = arith.subi %{{.*}}, %[[J]]
// CHECK: %[[KR:.*]] = arith.subi %[[KR0]], %c1
// CHECK: %[[FIRST_R:.*]] = arith.cmpi eq, %[[KR]], %c0
// CHECK: %[[COMMITS:.*]] = arith.cmpi eq
// CHECK: %[[B_ROW:.*]] = tensor.extract_slice %[[FWD]]#2[%[[KR]], 0] [1, 8]
// CHECK: %[[B:.*]] = tensor.expand_shape %[[B_ROW]]
// CHECK: %[[ROWS:.*]] = tensor.extract_slice %[[FWD]]#2[%[[KR]], 8] [1, %{{.*}}]
// CHECK: %[[RES:.*]] = tensor.expand_shape %[[ROWS]] {{\[\[}}0, 1]] output_shape [%{{.*}}, 8]
// CHECK: %[[ZERO_W:.*]] = linalg.fill {{.*}} -> tensor<8x8xf32>
// CHECK: %[[ZERO_B:.*]] = linalg.fill {{.*}} -> tensor<1x8xf32>
// CHECK: %[[FALSE:.*]] = arith.constant false
// CHECK: %[[RESULTS:.*]]:3 = func.call @lin_segment_from_tape(%[[W_AFTER]], %[[B]], %[[ZERO_W]], %[[ZERO_B]], {{.*}}, %[[FALSE]], %[[RES]],
// CHECK: %[[UNDO:.*]] = arith.select %[[COMMITS]], %[[LAST_TS]], %{{.*}} : f32
// CHECK: %[[W_ENTERING:.*]] = linalg.generic {{.*}} ins(%[[RESULTS]]#1, %[[W_IN]] : tensor<8x8xf32>, tensor<8x8xf32>) outs(%[[W_AFTER]] : tensor<8x8xf32>)
// CHECK-NEXT: ^bb0(%[[ADDED:.*]]: f32, %[[CALLS:.*]]: f32, %[[LEAVING:.*]]: f32):
// CHECK-NEXT: %[[STEP:.*]] = arith.mulf %[[UNDO]], %[[ADDED]]
// CHECK-NEXT: %[[UNDONE:.*]] = arith.addf %[[LEAVING]], %[[STEP]]
// CHECK-NEXT: arith.select %[[FIRST_R]], %[[CALLS]], %[[UNDONE]]
// CHECK-NOT: arith.select %[[FIRST_R]]
// CHECK: scf.if %[[COMMITS]] -> (tensor<8x8xf32>, tensor<1x8xf32>) {
// CHECK-NEXT: arith.negf %[[LAST_TS]]
// CHECK: } else {
// CHECK: func.call @lin_segment_taped_vjp(%[[W_ENTERING]], %[[B]], %[[S_W_IN:[^,]*]], %[[S_B_IN:[^,]*]], {{.*}}, %[[RES]],
// CHECK-NEXT: scf.if %[[COMMITS]] -> (f32) {
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction"]} ins(%[[RESULTS]]#1, %{{.*}} : tensor<8x8xf32>, tensor<8x8xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction"]} ins(%[[RESULTS]]#2, %{{.*}} : tensor<1x8xf32>, tensor<1x8xf32>)
// CHECK: scf.if %[[FIRST_R]] -> (f32) {
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction"]} ins(%[[S_W_IN]], %{{.*}} : tensor<8x8xf32>, tensor<8x8xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction"]} ins(%[[S_B_IN]], %{{.*}} : tensor<1x8xf32>, tensor<1x8xf32>)
// CHECK: arith.addf
// CHECK: } else {
// CHECK: arith.negf
// CHECK: } else {
// CHECK: scf.yield {{.*}}, %[[W_ENTERING]] :
// token_scale's gradient summed over batch and heads, the LayerNorm
// parameters' over the batch.
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction", "parallel"]
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "parallel", "parallel"]
// CHECK: return
// CHECK: ttt.layer @lin
ttt.layer @lin attributes {mini_batch = 4 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<8>
  %f = ttt.add %x, %n : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}

// -----

// With `normalize_weights` the forward sweep's commit rescales the weight's
// columns (two column norms: theta's and the plain commit's), and the
// reverse sweep's commit VJP goes through the rescaling: besides dS', dS'_b
// and dts it yields the direct d theta of W (the rescaling's VJP, with the
// zero-column guard) and of b (passed through). The reverse sweep cannot
// undo such a commit: each segment's row of the scratch keeps all of theta
// (8*8 + 8 + 32 floats of tape) and no row follows for the final state.
// CHECK-LABEL: func.func @normalized_backward(
// CHECK-SAME: "scratch", ["B", "H", "T/4+2", 104]>})
// CHECK: scf.for
// CHECK: func.call @normalized_segment_taped(
// CHECK: scf.if %{{.*}} -> (tensor<8x8xf32>, tensor<1x8xf32>) {
// CHECK-COUNT-2: math.sqrt
// CHECK: scf.for %{{.*}} iter_args(%[[DW:[^ ]*]] = %{{[^ ]*}}, %[[DB:[^ ]*]] =
// CHECK: func.call @normalized_segment_from_tape(
// CHECK-NEXT: scf.if %{{.*}} -> (tensor<8x8xf32>, tensor<1x8xf32>, f32, tensor<8x8xf32>, tensor<1x8xf32>) {
// CHECK-COUNT-2: math.sqrt
// CHECK: arith.cmpf ogt
// CHECK: arith.select
// CHECK: scf.yield %{{[^ ]*}}, %{{[^ ]*}}, %{{[^ ]*}}, %{{[^ ]*}}, %[[DB]] :
// CHECK: } else {
// CHECK: scf.yield %{{[^ ]*}}, %{{[^ ]*}}, %{{[^ ]*}}, %[[DW]], %[[DB]] :
// CHECK: func.call @normalized_segment_taped_vjp(
ttt.layer @normalized attributes {mini_batch = 4 : i64, normalize_weights = true} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
