// RUN: ttt-opt %s --ttt-extract-dual-form-segment --ttt-reverse-mode --ttt-build-backward=training-pair | FileCheck %s

// With `training-pair`, the backward's two sweeps also become kernels of
// their own (TTT-Linear, d = 8, b = 4, tape width 8 + 56 = 64: b1 and the
// residuals per segment, then W1 leaving the call in one more row).
// @lin_train: the prefill's arguments and results plus the tape, an
// output shaped as the backward's scratch.
// CHECK-LABEL: func.func @lin_backward(
// CHECK-LABEL: func.func @lin_train(
// CHECK-SAME: %[[XQ:[a-z0-9]+]]: tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>}
// CHECK-SAME: %{{.*}}: tensor<i64> {ttt.arg = #ttt.arg<input, position, "position", []>})
// CHECK-SAME: -> (tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<output, z, "Z", ["B", "H", "T", 8]>}
// CHECK-SAME: tensor<i64> {ttt.arg = #ttt.arg<output, position, "position", []>}, tensor<?x?x?x64xf32> {ttt.arg = #ttt.arg<output, tape, "tape", ["B", "H", "T/4+3", 64]>})
// CHECK-SAME: attributes {ttt.entry_point = "lin_train"}
// CHECK: %[[T:.*]] = tensor.dim %[[XQ]], %c2
// CHECK: %[[SLOTS0:.*]] = arith.divui %[[T]], %c4
// CHECK: %[[SLOTS:.*]] = arith.addi %[[SLOTS0]], %c3
// CHECK: %[[TAPE:.*]] = tensor.empty(%{{.*}}, %{{.*}}, %[[SLOTS]]) : tensor<?x?x?x64xf32>
// CHECK: scf.forall {{.*}} shared_outs(%[[Z_OUT:[a-z0-9]+]] = %{{[a-z0-9]+}}, {{.*}}, %[[TAPE_OUT:.*]] = %[[TAPE]])
// The forward sweep carries theta, the sums leaving the last segment, Z
// and the tape; each segment's Z rows go to its rows of Z.
// CHECK: %[[Z_SEQ:.*]] = tensor.extract_slice %[[Z_OUT]][%{{.*}}, %{{.*}}, 0, 0] [1, 1, %[[T]], 8]
// CHECK: %[[TAPE_SEQ:.*]] = tensor.extract_slice %[[TAPE_OUT]][%{{.*}}, %{{.*}}, 0, 0] [1, 1, %[[SLOTS]], 64]
// CHECK: %[[SWEEP:.*]]:6 = scf.for %[[K:[a-z0-9]+]] = {{.*}} iter_args(%[[W:[a-z0-9]+]] = %{{[a-z0-9_]+}}, %[[B:[a-z0-9]+]] = %{{[a-z0-9_]+}}, %[[SW:[a-z0-9]+]] = %{{[a-z0-9_]+}}, %[[SB:[a-z0-9]+]] = %{{[a-z0-9_]+}}, %[[Z:[a-z0-9]+]] = %[[Z_SEQ]], %{{[a-z0-9]+}} = %[[TAPE_SEQ]])
// The first segment keeps the call's running sums, a later one (which
// starts a mini-batch) zeroes the previous segment's: in the carried
// tensors, so that no new buffer leaves the iteration.
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[K]], %c0
// CHECK: %[[KW:.*]] = linalg.generic {{.*}} outs(%[[SW]] : tensor<8x8xf32>)
// CHECK-NEXT: ^bb0(%[[OW:.*]]: f32):
// CHECK-NEXT: arith.select %[[FIRST]], %[[OW]], %cst
// CHECK: %[[KB:.*]] = linalg.generic {{.*}} outs(%[[SB]] : tensor<1x8xf32>)
// CHECK: %[[SEG:.*]]:10 = func.call @lin_segment_taped(%[[W]], %[[B]], %[[KW]], %[[KB]],
// CHECK: %[[NEW:.*]]:2 = scf.if
// CHECK: %[[ZNEXT:.*]] = tensor.insert_slice %[[SEG]]#0 into %[[Z]]
// CHECK: scf.yield %[[NEW]]#0, %[[NEW]]#1, %[[SEG]]#1, %[[SEG]]#2, %[[ZNEXT]], %{{.*}} :
// A call that ends a mini-batch, (p + T) mod b = 0 with T > 0, leaves zero
// running sums.
// CHECK: arith.remui %{{.*}}, %c4
// CHECK: %[[OPEN:.*]] = arith.xori %{{.*}}, %true
// CHECK: linalg.generic {{.*}} ins(%[[SWEEP]]#2 :
// CHECK: arith.select %[[OPEN]], %{{.*}}, %cst
// After the sweep, W1 leaving the call goes to the tape's last row.
// CHECK: %[[W_FLAT:.*]] = tensor.collapse_shape %[[SWEEP]]#0 {{\[\[}}0, 1]] : tensor<8x8xf32> into tensor<64xf32>
// CHECK: %[[W_ROWS:.*]] = tensor.insert_slice %[[W_FLAT]] into %{{.*}}[0] [64] [1]
// CHECK: %[[W_ROW:.*]] = tensor.expand_shape %[[W_ROWS]] {{\[\[}}0, 1]] output_shape [1, 64]
// CHECK: %[[ROWS:.*]] = tensor.dim %[[SWEEP]]#5, %c0
// CHECK: %[[LAST:.*]] = arith.subi %[[ROWS]], %c1
// CHECK: %[[FULL_TAPE:.*]] = tensor.insert_slice %[[W_ROW]] into %[[SWEEP]]#5[%[[LAST]], 0] [1, 64]
// CHECK: scf.forall.in_parallel
// CHECK: tensor.parallel_insert_slice %[[FULL_TAPE]] into %[[TAPE_OUT]]
// CHECK: return {{.*}}, %from_elements, %{{.*}}#5 :

// @lin_backward_from_tape: the backward's arguments plus the tape, its
// gradients without the scratch; the reverse sweep alone, reading the tape.
// CHECK-LABEL: func.func @lin_backward_from_tape(
// CHECK-SAME: %{{.*}}: tensor<?x?x1x8xf32> {ttt.arg = #ttt.arg<cotangent, grad_sum, "b1.grad_sum.grad", ["B", "H", 1, 8]>}, %[[TAPE_IN:[a-z0-9]+]]: tensor<?x?x?x64xf32> {ttt.arg = #ttt.arg<input, tape, "tape", ["B", "H", "T/4+3", 64]>})
// CHECK-SAME: tensor<?x?x1x8xf32> {ttt.arg = #ttt.arg<gradient, grad_sum, "b1.grad_sum.grad", ["B", "H", 1, 8]>})
// CHECK-SAME: attributes {ttt.entry_point = "lin_backward_from_tape"}
// CHECK: scf.forall
// CHECK: %[[SEQ_TAPE:.*]] = tensor.extract_slice %[[TAPE_IN]][%{{.*}}, %{{.*}}, 0, 0] [1, 1, %{{.*}}, 64]
// W1 leaving the call from the tape's last row, copied before the sweep
// rebuilds W1 in it (the tape is an input).
// CHECK: %[[ROWS_IN:.*]] = tensor.dim %[[SEQ_TAPE]], %c0
// CHECK: %[[LAST_IN:.*]] = arith.subi %[[ROWS_IN]], %c1
// CHECK: tensor.extract_slice %[[SEQ_TAPE]][%[[LAST_IN]], 0] [1, 64]
// CHECK: %[[W_FINAL:.*]] = tensor.expand_shape %{{.*}} {{\[\[}}0, 1]] output_shape [8, 8] : tensor<64xf32> into tensor<8x8xf32>
// CHECK: linalg.generic {{.*}} ins(%[[W_FINAL]] : tensor<8x8xf32>)
// CHECK-NOT: @lin_segment_taped(
// CHECK: scf.for
// CHECK-NOT: @lin_segment_taped(
// CHECK: func.call @lin_segment_from_tape(
// CHECK-NOT: @lin_segment_taped(
// CHECK: func.call @lin_segment_taped_vjp(
// CHECK-NOT: @lin_segment_taped(
// CHECK: return
ttt.layer @lin attributes {mini_batch = 4 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<8>
  %f = ttt.add %x, %n : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
