// RUN: ttt-opt %s -split-input-file | ttt-opt -split-input-file | FileCheck %s
// RUN: ttt-opt %s -split-input-file -mlir-print-op-generic | ttt-opt -split-input-file | FileCheck %s

// Every ttt op, attribute and type survives printing and re-parsing, in the
// custom and in the generic form.

// TTT-Linear: linear, layer_norm, add and return; `timing = #ttt<timing
// causal>` is the default and is elided; the model's argument is printed as %x.
// CHECK-LABEL: ttt.layer @linear attributes {mini_batch = 16 : i64} {
// CHECK-NEXT:  ^bb0(%x: !ttt.tokens<64>):
// CHECK-NEXT:    %[[Z:.*]] = ttt.linear %x weight "W1" bias "b1" : <64> -> <64>
// CHECK-NEXT:    %[[N:.*]] = ttt.layer_norm %[[Z]] weight "ln_weight" bias "ln_bias" eps 9.9999999999999995E-7 : <64>
// CHECK-NEXT:    %[[F:.*]] = ttt.add %x, %[[N]] : <64>, <64>
// CHECK-NEXT:    ttt.return loss(%[[F]] : <64>) output(%[[F]] : <64>)
// CHECK-NEXT:  }
ttt.layer @linear attributes {mini_batch = 16 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}

// -----

// `timing = #ttt<timing all>`, io_type bf16, and an exactly representable eps.
// CHECK-LABEL: ttt.layer @noncausal_bf16 attributes {io_type = bf16, mini_batch = 64 : i64, timing = #ttt<timing all>} {
// CHECK:         ttt.layer_norm %{{.*}} weight "w" bias "c" eps 2.500000e-01 : <8>
ttt.layer @noncausal_bf16 attributes {mini_batch = 64 : i64, timing = #ttt<timing all>, io_type = bf16} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W" bias "b" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "w" bias "c" eps 2.5e-01 : !ttt.tokens<8>
  ttt.return loss(%n : !ttt.tokens<8>) output(%n : !ttt.tokens<8>)
}

// -----

// `timing = #ttt<timing after>` (LaCT's large chunks) and `lr_per_weight`.
// CHECK-LABEL: ttt.layer @after attributes {lr_per_weight = true, mini_batch = 256 : i64, timing = #ttt<timing after>} {
ttt.layer @after attributes {mini_batch = 256 : i64, timing = #ttt<timing after>, lr_per_weight = true} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// io_type f16 and f32 (the latter spelled out: it is kept, not elided).
// CHECK-LABEL: ttt.layer @io_f16 attributes {io_type = f16, mini_batch = 1 : i64} {
// CHECK-LABEL: ttt.layer @io_f32 attributes {io_type = f32, mini_batch = 1 : i64} {
ttt.layer @io_f16 attributes {mini_batch = 1 : i64, io_type = f16} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W" bias "b" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
ttt.layer @io_f32 attributes {mini_batch = 1 : i64, io_type = f32} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W" bias "b" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// Every activation kind, and a return whose loss and output differ.
// CHECK-LABEL: ttt.layer @activations
// CHECK:         %[[H:.*]] = ttt.linear %x weight "W1" bias "b1" : <8> -> <16>
// CHECK-NEXT:    %[[A0:.*]] = ttt.activation identity %[[H]] : <16>
// CHECK-NEXT:    %[[A1:.*]] = ttt.activation relu %[[A0]] : <16>
// CHECK-NEXT:    %[[A2:.*]] = ttt.activation silu %[[A1]] : <16>
// CHECK-NEXT:    %[[A3:.*]] = ttt.activation gelu_tanh %[[A2]] : <16>
// CHECK-NEXT:    %[[A4:.*]] = ttt.activation gelu_erf %[[A3]] : <16>
// CHECK-NEXT:    %[[Z:.*]] = ttt.linear %[[A4]] weight "W2" bias "b2" : <16> -> <8>
// CHECK-NEXT:    %[[O:.*]] = ttt.add %[[Z]], %x : <8>, <8>
// CHECK-NEXT:    ttt.return loss(%[[Z]] : <8>) output(%[[O]] : <8>)
ttt.layer @activations attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<16>
  %a0 = ttt.activation identity %h : !ttt.tokens<16>
  %a1 = ttt.activation relu %a0 : !ttt.tokens<16>
  %a2 = ttt.activation silu %a1 : !ttt.tokens<16>
  %a3 = ttt.activation gelu_tanh %a2 : !ttt.tokens<16>
  %a4 = ttt.activation gelu_erf %a3 : !ttt.tokens<16>
  %z = ttt.linear %a4 weight "W2" bias "b2" : !ttt.tokens<16> -> !ttt.tokens<8>
  %o = ttt.add %z, %x : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%o : !ttt.tokens<8>)
}

// -----

// A gradient region written by hand as --ttt-derive-gradients would write it
// for f(x) = x + LN(silu(x W1 + b1) W2 + b2): every backward op, and
// ttt.gradients with one (input, output gradient) pair per linear layer. The
// region's arguments are printed as %k and %v.
// CHECK-LABEL: ttt.layer @mlp_with_gradient
// CHECK:       } gradient {
// CHECK-NEXT:  ^bb0(%k: !ttt.tokens<8>, %v: !ttt.tokens<8>):
// CHECK-NEXT:    %[[H:.*]] = ttt.linear %k weight "W1" bias "b1" : <8> -> <16>
// CHECK-NEXT:    %[[A:.*]] = ttt.activation silu %[[H]] : <16>
// CHECK-NEXT:    %[[Z:.*]] = ttt.linear %[[A]] weight "W2" bias "b2" : <16> -> <8>
// CHECK-NEXT:    %[[N:.*]] = ttt.layer_norm %[[Z]] weight "ln_weight" bias "ln_bias" eps 5.000000e-01 : <8>
// CHECK-NEXT:    %[[F:.*]] = ttt.add %k, %[[N]] : <8>, <8>
// CHECK-NEXT:    %[[GF:.*]] = ttt.loss_grad %[[F]], %v : <8>
// CHECK-NEXT:    %[[GZ:.*]] = ttt.layer_norm_grad %[[Z]], %[[GF]] weight "ln_weight" eps 5.000000e-01 : <8>
// CHECK-NEXT:    %[[GA:.*]] = ttt.linear_input_grad %[[GZ]] weight "W2" : <8> -> <16>
// CHECK-NEXT:    %[[GH:.*]] = ttt.activation_grad silu %[[H]], %[[GA]] : <16>
// CHECK-NEXT:    ttt.gradients inputs(%k, %[[A]] : !ttt.tokens<8>, !ttt.tokens<16>) output_grads(%[[GH]], %[[GZ]] : !ttt.tokens<16>, !ttt.tokens<8>)
// CHECK-NEXT:  }
ttt.layer @mlp_with_gradient attributes {mini_batch = 16 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<16>
  %a = ttt.activation silu %h : !ttt.tokens<16>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<16> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 5.0e-01 : !ttt.tokens<8>
  %f = ttt.add %x, %n : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
} gradient {
^bb0(%k: !ttt.tokens<8>, %v: !ttt.tokens<8>):
  %h = ttt.linear %k weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<16>
  %a = ttt.activation silu %h : !ttt.tokens<16>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<16> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 5.0e-01 : !ttt.tokens<8>
  %f = ttt.add %k, %n : !ttt.tokens<8>, !ttt.tokens<8>
  %gf = ttt.loss_grad %f, %v : !ttt.tokens<8>
  %gz = ttt.layer_norm_grad %z, %gf weight "ln_weight" eps 5.0e-01 : !ttt.tokens<8>
  %ga = ttt.linear_input_grad %gz weight "W2" : !ttt.tokens<8> -> !ttt.tokens<16>
  %gh = ttt.activation_grad silu %h, %ga : !ttt.tokens<16>
  ttt.gradients inputs(%k, %a : !ttt.tokens<8>, !ttt.tokens<16>) output_grads(%gh, %gz : !ttt.tokens<16>, !ttt.tokens<8>)
}

// -----

// The tokens type outside the dialect's ops, with its full !ttt prefix.
// CHECK-LABEL: func.func private @tokens_type(!ttt.tokens<1>) -> !ttt.tokens<128>
func.func private @tokens_type(!ttt.tokens<1>) -> !ttt.tokens<128>

// -----

// A linear layer without bias and an elementwise product (SwiGLU).
// CHECK-LABEL: ttt.layer @swiglu attributes {mini_batch = 4 : i64} {
// CHECK-NEXT:  ^bb0(%x: !ttt.tokens<8>):
// CHECK-NEXT:    %[[A:.*]] = ttt.linear %x weight "W1" : <8> -> <16>
// CHECK-NEXT:    %[[S:.*]] = ttt.activation silu %[[A]] : <16>
// CHECK-NEXT:    %[[B:.*]] = ttt.linear %x weight "W3" : <8> -> <16>
// CHECK-NEXT:    %[[G:.*]] = ttt.mul %[[S]], %[[B]] : <16>, <16>
// CHECK-NEXT:    %[[F:.*]] = ttt.linear %[[G]] weight "W2" : <16> -> <8>
// CHECK-NEXT:    ttt.return loss(%[[F]] : <8>) output(%[[F]] : <8>)
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

// decay = true is printed; decay = false, the default, is elided.
// CHECK-LABEL: ttt.layer @gated attributes {decay = true, mini_batch = 4 : i64} {
// CHECK-LABEL: ttt.layer @not_gated attributes {mini_batch = 4 : i64} {
ttt.layer @gated attributes {mini_batch = 4 : i64, decay = true} {
^bb0(%x: !ttt.tokens<8>):
  %f = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
ttt.layer @not_gated attributes {mini_batch = 4 : i64, decay = false} {
^bb0(%x: !ttt.tokens<8>):
  %f = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}

// -----

// loss = dot is printed; loss = mse, the default, is elided. The gradient
// region of a dot-loss layer holds ttt.dot_loss_grad.
// CHECK-LABEL: ttt.layer @dot_loss attributes {loss = #ttt<loss dot>, mini_batch = 4 : i64} {
// CHECK:       } gradient {
// CHECK:         %[[G:.*]] = ttt.dot_loss_grad %v : <8>
// CHECK-NEXT:    ttt.gradients inputs(%k : !ttt.tokens<8>) output_grads(%[[G]] : !ttt.tokens<8>)
// CHECK-LABEL: ttt.layer @mse_loss attributes {mini_batch = 4 : i64} {
ttt.layer @dot_loss attributes {mini_batch = 4 : i64, loss = #ttt<loss dot>} {
^bb0(%x: !ttt.tokens<8>):
  %f = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
} gradient {
^bb0(%k: !ttt.tokens<8>, %v: !ttt.tokens<8>):
  %g = ttt.dot_loss_grad %v : !ttt.tokens<8>
  ttt.gradients inputs(%k : !ttt.tokens<8>) output_grads(%g : !ttt.tokens<8>)
}
ttt.layer @mse_loss attributes {mini_batch = 4 : i64, loss = #ttt<loss mse>} {
^bb0(%x: !ttt.tokens<8>):
  %f = ttt.linear %x weight "W" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
