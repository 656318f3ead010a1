// RUN: ttt-opt %s -split-input-file -verify-diagnostics

// C1: mini_batch >= 1.
// expected-error @+1 {{'ttt.layer' op 'mini_batch' must be at least 1, got 0}}
ttt.layer @l attributes {mini_batch = 0 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// mini_batch is required.
// expected-error @+1 {{'ttt.layer' op requires attribute 'mini_batch'}}
ttt.layer @l {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C2: io_type is f32, bf16 or f16 (not an integer type).
// expected-error @+1 {{'ttt.layer' op 'io_type' must be f32, bf16 or f16, got 'i32'}}
ttt.layer @l attributes {mini_batch = 1 : i64, io_type = i32} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C2: io_type is f32, bf16 or f16 (not f64).
// expected-error @+1 {{'ttt.layer' op 'io_type' must be f32, bf16 or f16, got 'f64'}}
ttt.layer @l attributes {mini_batch = 1 : i64, io_type = f64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C2: io_type is a type, not a string.
// expected-error @+1 {{'ttt.layer' op attribute 'io_type' failed to satisfy constraint: any type attribute}}
ttt.layer @l attributes {mini_batch = 1 : i64, io_type = "bf16"} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C3: the model has exactly one argument.
// expected-error @+1 {{'ttt.layer' op the inner model takes exactly one argument (the token row), got 2}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>, %y: !ttt.tokens<4>):
  %z = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%z : !ttt.tokens<4>) output(%z : !ttt.tokens<4>)
}

// -----

// The model ends in ttt.return.
// expected-error @+1 {{'ttt.layer' op the inner model must end in 'ttt.return'}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
}

// -----

// The model holds inner-model ops only (not the backward ops).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.loss_grad' op is not an inner-model operation; the model is built from ttt.linear, ttt.activation, ttt.layer_norm and ttt.add}}
  %g = ttt.loss_grad %y, %x : !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: a parameter name is used once (across linear and LayerNorm ops).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-note @+1 {{first used here}}
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm' op parameter name 'b' is already used}}
  %n = ttt.layer_norm %y weight "w" bias "b" eps 1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
}

// -----

// C4: a parameter name is none of the kernel's fixed argument names (XQ).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter name 'XQ' clashes with a kernel argument name}}
  %y = ttt.linear %x weight "XQ" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: a parameter name is none of the kernel's fixed argument names (position).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm' op parameter name 'position' clashes with a kernel argument name}}
  %n = ttt.layer_norm %y weight "w" bias "position" eps 1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
}

// -----

// C4: '<name>.grad_sum' is reserved for the running sums of the state.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter name 'W.grad_sum' clashes with a kernel argument name}}
  %y = ttt.linear %x weight "W.grad_sum" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: parameter names are not empty.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter names must not be empty}}
  %y = ttt.linear %x weight "W" bias "" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: a linear layer's weight and bias are two names.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op weight and bias must have distinct names, both are 'W'}}
  %y = ttt.linear %x weight "W" bias "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: a LayerNorm's weight and bias are two names.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm' op weight and bias must have distinct names, both are 'ln'}}
  %n = ttt.layer_norm %y weight "ln" bias "ln" eps 1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
}

// -----

// C5: every linear layer influences the loss (W2 feeds the output only).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.linear' op linear layer 'W2' does not influence the loss, so test-time training would never update it}}
  %o = ttt.linear %y weight "W2" bias "b2" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%o : !ttt.tokens<4>)
}

// -----

// C5: the model has at least one linear layer.
// expected-error @+1 {{'ttt.layer' op the inner model has no linear layer, so test-time training has nothing to update}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %n = ttt.layer_norm %x weight "w" bias "c" eps 1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
}

// -----

// The loss's prediction has the layer's width d (that of the label view v).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<8>
  %z = ttt.linear %y weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.return' op the loss's prediction has width 8 but the label view v has width 4}}
  ttt.return loss(%y : !ttt.tokens<8>) output(%z : !ttt.tokens<4>)
}

// -----

// The output has the layer's width d.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<8>
  %z = ttt.linear %y weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.return' op the output has width 8 but the layer's output Z has width 4}}
  ttt.return loss(%z : !ttt.tokens<4>) output(%y : !ttt.tokens<8>)
}

// -----

// A residual adds two values of the same width.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<8>
  // expected-error @+1 {{'ttt.add' op residual operands have mismatched widths 4 and 8}}
  %f = ttt.add %x, %y : !ttt.tokens<4>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<4>) output(%f : !ttt.tokens<4>)
}

// -----

// A LayerNorm's eps is positive (not zero).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm' op 'eps' must be positive, got 0.000000e+00}}
  %n = ttt.layer_norm %y weight "w" bias "c" eps 0.0 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
}

// -----

// A LayerNorm's eps is positive (not negative).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm' op 'eps' must be positive, got -1.000000e-06}}
  %n = ttt.layer_norm %y weight "w" bias "c" eps -1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
}

// -----

// A LayerNorm's eps is positive (not NaN).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm' op 'eps' must be positive, got nan}}
  %n = ttt.layer_norm %y weight "w" bias "c" eps 0x7FF8000000000000 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
}

// -----

// An activation is one of the ActivationKind cases (parser error).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+2 {{custom op 'ttt.activation' expected ::mlir::ttt::ActivationKind to be one of: identity, relu, silu, gelu_tanh, gelu_erf}}
  // expected-error @+1 {{custom op 'ttt.activation' failed to parse TTT_ActivationKindAttr parameter 'value' which is to be a `::mlir::ttt::ActivationKind`}}
  %a = ttt.activation tanh %y : !ttt.tokens<4>
  ttt.return loss(%a : !ttt.tokens<4>) output(%a : !ttt.tokens<4>)
}

// -----

// A token row has at least one feature.
// expected-error @+1 {{token width must be at least 1, got 0}}
func.func private @f(!ttt.tokens<0>)

// -----

// A linear layer's declared input type is its operand's type (parser error).
ttt.layer @l attributes {mini_batch = 1 : i64} {
// expected-note @+1 {{prior use here}}
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{use of value '%x' expects different type than prior uses: '!ttt.tokens<8>' vs '!ttt.tokens<4>'}}
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<8> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// The inner-model ops live in a ttt.layer only.
func.func @f(%x: !ttt.tokens<4>) -> !ttt.tokens<4> {
  // expected-error @+1 {{'ttt.linear' op expects parent op 'ttt.layer'}}
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  return %y : !ttt.tokens<4>
}

// -----

// The gradient region takes two arguments, %k and %v.
// expected-error @+1 {{'ttt.layer' op the gradient region takes the key and label views, two arguments of type '!ttt.tokens<4>'}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>):
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%k : !ttt.tokens<4>)
}

// -----

// The gradient region's arguments have the model argument's type.
// expected-error @+1 {{'ttt.layer' op the gradient region takes the key and label views, two arguments of type '!ttt.tokens<4>'}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<8>):
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%k : !ttt.tokens<4>)
}

// -----

// The gradient region ends in ttt.gradients.
// expected-error @+1 {{'ttt.layer' op the gradient region must end in 'ttt.gradients'}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %g = ttt.loss_grad %k, %v : !ttt.tokens<4>
}

// -----

// ttt.gradients has one input and one output gradient per linear layer.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.gradients' op expects one input and one output gradient per linear layer (1), got 2 and 1}}
  ttt.gradients inputs(%k, %v : !ttt.tokens<4>, !ttt.tokens<4>) output_grads(%k : !ttt.tokens<4>)
}

// -----

// ttt.gradients: input i has the width of linear layer i's input.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<8>
  %z = ttt.linear %y weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<4>
  ttt.return loss(%z : !ttt.tokens<4>) output(%z : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %h = ttt.linear %k weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<8>
  // expected-error @+1 {{'ttt.gradients' op input 1 has width 4 but linear layer 'W2' takes 8}}
  ttt.gradients inputs(%k, %k : !ttt.tokens<4>, !ttt.tokens<4>) output_grads(%h, %v : !ttt.tokens<8>, !ttt.tokens<4>)
}

// -----

// ttt.gradients: output gradient i has the width of linear layer i's output.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<8>
  %z = ttt.linear %y weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<4>
  ttt.return loss(%z : !ttt.tokens<4>) output(%z : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %h = ttt.linear %k weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<8>
  // expected-error @+1 {{'ttt.gradients' op output gradient 0 has width 4 but linear layer 'W' produces 8}}
  ttt.gradients inputs(%k, %h : !ttt.tokens<4>, !ttt.tokens<8>) output_grads(%v, %v : !ttt.tokens<4>, !ttt.tokens<4>)
}
