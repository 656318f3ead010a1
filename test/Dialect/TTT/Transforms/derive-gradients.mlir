// RUN: ttt-opt %s --split-input-file --ttt-derive-gradients | FileCheck %s

// TTT-Linear: back through the residual (only its trained operand) and the
// LayerNorm to the linear layer's output.
// CHECK-LABEL: ttt.layer @linear
// CHECK: } gradient {
// CHECK-NEXT: ^bb0(%[[K:.*]]: !ttt.tokens<8>, %[[V:.*]]: !ttt.tokens<8>):
// CHECK-NEXT: %[[Z:.*]] = ttt.linear %[[K]] weight "W1" bias "b1"
// CHECK-NEXT: %[[N:.*]] = ttt.layer_norm %[[Z]]
// CHECK-NEXT: %[[F:.*]] = ttt.add %[[K]], %[[N]]
// CHECK-NEXT: %[[G:.*]] = ttt.loss_grad %[[F]], %[[V]]
// CHECK-NEXT: %[[GZ:.*]] = ttt.layer_norm_grad %[[Z]], %[[G]] weight "ln_weight" eps
// CHECK-NEXT: ttt.gradients inputs(%[[K]] : !ttt.tokens<8>) output_grads(%[[GZ]] : !ttt.tokens<8>)
ttt.layer @linear attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<8>
  %f = ttt.add %x, %n : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}

// -----

// A two-layer MLP: through W2 (to its input) and the activation; no
// gradient flows into the model input.
// CHECK-LABEL: ttt.layer @mlp
// CHECK: } gradient {
// CHECK-NEXT: ^bb0(%[[K:.*]]: !ttt.tokens<8>, %[[V:.*]]: !ttt.tokens<8>):
// CHECK-NEXT: %[[H:.*]] = ttt.linear %[[K]] weight "W1"
// CHECK-NEXT: %[[A:.*]] = ttt.activation silu %[[H]]
// CHECK-NEXT: %[[Z:.*]] = ttt.linear %[[A]] weight "W2"
// CHECK-NEXT: %[[G:.*]] = ttt.loss_grad %[[Z]], %[[V]]
// CHECK-NEXT: %[[GA:.*]] = ttt.linear_input_grad %[[G]] weight "W2" : <8> -> <16>
// CHECK-NEXT: %[[GH:.*]] = ttt.activation_grad silu %[[H]], %[[GA]]
// CHECK-NOT: ttt.linear_input_grad
// CHECK-NEXT: ttt.gradients inputs(%[[K]], %[[A]] : !ttt.tokens<8>, !ttt.tokens<16>) output_grads(%[[GH]], %[[G]] : !ttt.tokens<16>, !ttt.tokens<8>)
ttt.layer @mlp attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<16>
  %a = ttt.activation silu %h : !ttt.tokens<16>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<16> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// Fan-out: %h feeds both the residual and the second layer, so its two
// incoming gradients are summed before the first layer sees them.
// CHECK-LABEL: ttt.layer @fanout
// CHECK: } gradient {
// CHECK: %[[H:.*]] = ttt.linear %{{.*}} weight "W1"
// CHECK: %[[G:.*]] = ttt.loss_grad
// CHECK-NEXT: %[[GZ:.*]] = ttt.linear_input_grad %[[G]] weight "W2"
// CHECK-NEXT: %[[SUM:.*]] = ttt.add %[[G]], %[[GZ]]
// CHECK-NEXT: ttt.gradients inputs({{.*}}) output_grads(%[[SUM]], %[[G]] :
ttt.layer @fanout attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %z = ttt.linear %h weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<8>
  %f = ttt.add %h, %z : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}

// -----

// The output may use values the loss does not: they get no backward, and
// their forward clones (the LayerNorm and the residual) are erased.
// CHECK-LABEL: ttt.layer @output_only
// CHECK: } gradient {
// CHECK-NEXT: ^bb0(%[[K:.*]]: !ttt.tokens<8>, %[[V:.*]]: !ttt.tokens<8>):
// CHECK-NEXT: %[[Z:.*]] = ttt.linear %[[K]] weight "W1" bias "b1"
// CHECK-NEXT: %[[G:.*]] = ttt.loss_grad %[[Z]], %[[V]]
// CHECK-NEXT: ttt.gradients inputs(%[[K]] : !ttt.tokens<8>) output_grads(%[[G]] : !ttt.tokens<8>)
ttt.layer @output_only attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<8>
  %o = ttt.add %z, %n : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%o : !ttt.tokens<8>)
}

// -----

// Running the pass twice changes nothing.
// RUN: ttt-opt %s --split-input-file --ttt-derive-gradients --ttt-derive-gradients | FileCheck %s --check-prefix=TWICE
// TWICE-LABEL: ttt.layer @linear
// TWICE: } gradient {
// TWICE-NOT: } gradient {
// TWICE: ttt.layer @mlp

// -----

// SwiGLU without biases: a ttt.mul sends grad * rhs to its lhs and
// grad * lhs to its rhs (at the forward values); the biasless linears keep
// no bias in the gradient region either.
// CHECK-LABEL: ttt.layer @swiglu
// CHECK: } gradient {
// CHECK-NEXT: ^bb0(%[[K:.*]]: !ttt.tokens<8>, %[[V:.*]]: !ttt.tokens<8>):
// CHECK-NEXT: %[[A:.*]] = ttt.linear %[[K]] weight "W1" : <8> -> <16>
// CHECK-NEXT: %[[S:.*]] = ttt.activation silu %[[A]]
// CHECK-NEXT: %[[B:.*]] = ttt.linear %[[K]] weight "W3" : <8> -> <16>
// CHECK-NEXT: %[[M:.*]] = ttt.mul %[[S]], %[[B]]
// CHECK-NEXT: %[[F:.*]] = ttt.linear %[[M]] weight "W2" : <16> -> <8>
// CHECK-NEXT: %[[G:.*]] = ttt.loss_grad %[[F]], %[[V]]
// CHECK-NEXT: %[[GM:.*]] = ttt.linear_input_grad %[[G]] weight "W2" : <8> -> <16>
// CHECK-NEXT: %[[GS:.*]] = ttt.mul %[[GM]], %[[B]]
// CHECK-NEXT: %[[GB:.*]] = ttt.mul %[[GM]], %[[S]]
// CHECK-NEXT: %[[GA:.*]] = ttt.activation_grad silu %[[A]], %[[GS]]
// CHECK-NEXT: ttt.gradients inputs(%[[K]], %[[K]], %[[M]] : !ttt.tokens<8>, !ttt.tokens<8>, !ttt.tokens<16>) output_grads(%[[GA]], %[[GB]], %[[G]] : !ttt.tokens<16>, !ttt.tokens<16>, !ttt.tokens<8>)
ttt.layer @swiglu attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %a = ttt.linear %x weight "W1" : !ttt.tokens<8> -> !ttt.tokens<16>
  %s = ttt.activation silu %a : !ttt.tokens<16>
  %b = ttt.linear %x weight "W3" : !ttt.tokens<8> -> !ttt.tokens<16>
  %g = ttt.mul %s, %b : !ttt.tokens<16>, !ttt.tokens<16>
  %f = ttt.linear %g weight "W2" : !ttt.tokens<16> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}

// -----

// The dot loss -<f(k), v>: its gradient with respect to the prediction is
// -v (ttt.dot_loss_grad), so the key-side forward keeps only what the model's
// backward reads: the LayerNorm's input, not the LayerNorm or the residual.
// CHECK-LABEL: ttt.layer @linear_dot
// CHECK: } gradient {
// CHECK-NEXT: ^bb0(%[[K:.*]]: !ttt.tokens<8>, %[[V:.*]]: !ttt.tokens<8>):
// CHECK-NEXT: %[[Z:.*]] = ttt.linear %[[K]] weight "W1" bias "b1"
// CHECK-NEXT: %[[G:.*]] = ttt.dot_loss_grad %[[V]] : <8>
// CHECK-NEXT: %[[GZ:.*]] = ttt.layer_norm_grad %[[Z]], %[[G]] weight "ln_weight" eps
// CHECK-NEXT: ttt.gradients inputs(%[[K]] : !ttt.tokens<8>) output_grads(%[[GZ]] : !ttt.tokens<8>)
ttt.layer @linear_dot attributes {mini_batch = 4 : i64, loss = #ttt<loss dot>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<8>
  %f = ttt.add %x, %n : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}

// -----

// The dot loss through a SwiGLU MLP without bias: the last layer's output
// gradient is -v itself, and its forward (x W2 on the key view) is gone.
// CHECK-LABEL: ttt.layer @swiglu_dot
// CHECK: } gradient {
// CHECK-NEXT: ^bb0(%[[K:.*]]: !ttt.tokens<8>, %[[V:.*]]: !ttt.tokens<8>):
// CHECK-NEXT: %[[A:.*]] = ttt.linear %[[K]] weight "W1"
// CHECK-NEXT: %[[S:.*]] = ttt.activation silu %[[A]]
// CHECK-NEXT: %[[B:.*]] = ttt.linear %[[K]] weight "W3"
// CHECK-NEXT: %[[M:.*]] = ttt.mul %[[S]], %[[B]]
// CHECK-NEXT: %[[G:.*]] = ttt.dot_loss_grad %[[V]] : <8>
// CHECK-NOT: ttt.linear %{{.*}} weight "W2"
// CHECK: ttt.gradients inputs(%[[K]], %[[K]], %[[M]] : {{.*}}) output_grads({{.*}}, {{.*}}, %[[G]] :
ttt.layer @swiglu_dot attributes {mini_batch = 4 : i64, loss = #ttt<loss dot>} {
^bb0(%x: !ttt.tokens<8>):
  %a = ttt.linear %x weight "W1" : !ttt.tokens<8> -> !ttt.tokens<16>
  %s = ttt.activation silu %a : !ttt.tokens<16>
  %b = ttt.linear %x weight "W3" : !ttt.tokens<8> -> !ttt.tokens<16>
  %g = ttt.mul %s, %b : !ttt.tokens<16>, !ttt.tokens<16>
  %f = ttt.linear %g weight "W2" : !ttt.tokens<16> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
