// RUN: ttt-opt %s -split-input-file -verify-diagnostics

// C1: mini_batch >= 1.
// expected-error @+1 {{'ttt.layer' op 'mini_batch' must be in [1, 16384], got 0}}
ttt.layer @l attributes {mini_batch = 0 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C1: mini_batch is read signed (-1 is not 2^64 - 1).
// expected-error @+1 {{'ttt.layer' op 'mini_batch' must be in [1, 16384], got -1}}
ttt.layer @l attributes {mini_batch = -1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C1: mini_batch at most 2^14.
// expected-error @+1 {{'ttt.layer' op 'mini_batch' must be in [1, 16384], got 1099511627776}}
ttt.layer @l attributes {mini_batch = 1099511627776 : i64} {
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

// C3: the model has exactly one argument (here none). Checked before the
// nested ttt.return, whose verifier reads that argument's width.
// expected-error @+1 {{'ttt.layer' op the inner model takes exactly one argument (the token row), got 0}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0:
  %t = builtin.unrealized_conversion_cast to !ttt.tokens<4>
  %y = ttt.linear %t weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C3: the model's argument is a token row.
// expected-error @+1 {{'ttt.layer' op the inner model's argument must be !ttt.tokens<d>, got 'f32'}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: f32):
  %t = builtin.unrealized_conversion_cast %x : f32 to !ttt.tokens<4>
  %y = ttt.linear %t weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// The model is one block (generic form: the custom one always makes one).
// expected-error @+1 {{'ttt.layer' op region #0 ('model') failed to verify constraint: region with 1 blocks}}
"ttt.layer"() <{sym_name = "l", mini_batch = 1 : i64}> ({}, {}) : () -> ()

// -----

// The gradient region, when present, is one block.
// expected-error @+1 {{'ttt.layer' op expects region #1 to have 0 or 1 blocks}}
"ttt.layer"() <{sym_name = "l", mini_batch = 1 : i64}> ({
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}, {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %g = ttt.loss_grad %k, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
^bb1:
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}) : () -> ()

// -----

// The model ends in ttt.return.
// expected-error @+1 {{'ttt.layer' op the inner model must end in 'ttt.return'}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
}

// -----

// The model ends in ttt.return, not in the gradient region's terminator.
// expected-error @+1 {{'ttt.layer' op the inner model must end in 'ttt.return'}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.gradients inputs(%x : !ttt.tokens<4>) output_grads(%y : !ttt.tokens<4>)
}

// -----

// The model holds inner-model ops only (not the backward ops).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.loss_grad' op is not an inner-model operation; the model is built from ttt.linear, ttt.activation, ttt.layer_norm, ttt.add and ttt.mul}}
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

// C4: parameter names are C identifiers (names become paths, header names).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter name "../../x" is not a C identifier (a letter or '_', then letters, digits or '_')}}
  %y = ttt.linear %x weight "../../x" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: parameter names are C identifiers.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter name "a b" is not a C identifier (a letter or '_', then letters, digits or '_')}}
  %y = ttt.linear %x weight "a b" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: parameter names are C identifiers.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter name "x*/y" is not a C identifier (a letter or '_', then letters, digits or '_')}}
  %y = ttt.linear %x weight "x*/y" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: parameter names are C identifiers.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter name "1W" is not a C identifier (a letter or '_', then letters, digits or '_')}}
  %y = ttt.linear %x weight "1W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: parameter names are C identifiers.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter name "W\00" is not a C identifier (a letter or '_', then letters, digits or '_')}}
  %y = ttt.linear %x weight "W\00" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: ... LayerNorm parameters too.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm' op parameter name "ln.bias" is not a C identifier}}
  %n = ttt.layer_norm %y weight "ln_weight" bias "ln.bias" eps 1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
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

// A gate multiplies two values of the same width.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" : !ttt.tokens<4> -> !ttt.tokens<8>
  // expected-error @+1 {{'ttt.mul' op operands have mismatched widths 4 and 8}}
  %f = ttt.mul %x, %y : !ttt.tokens<4>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<4>) output(%f : !ttt.tokens<4>)
}

// -----

// C7: a gradient-region linear has a bias exactly when the model's has.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W1" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op has bias 'b1' but the model's linear layer 'W1' has no bias}}
  %y = ttt.linear %k weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<4>
  %g = ttt.loss_grad %y, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// C4: a biasless linear's weight name is still checked.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter name 'lr' clashes with a kernel argument name}}
  %y = ttt.linear %x weight "lr" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
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
// expected-error @+1 {{token width must be in [1, 16384], got 0}}
func.func private @f(!ttt.tokens<0>)

// -----

// ... and at most 2^14 (the backends' limit).
// expected-error @+1 {{token width must be in [1, 16384], got 1099511627776}}
func.func private @f(!ttt.tokens<1099511627776>)

// -----

// ... read signed.
// expected-error @+1 {{token width must be in [1, 16384], got -4}}
func.func private @f(!ttt.tokens<-4>)

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

// A nested op that fails its own constraints is reported as such (the
// layer's cross-region checks, which read the model's widths, run later).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %f = builtin.unrealized_conversion_cast %x : !ttt.tokens<4> to f32
  // expected-error @+1 {{'ttt.linear' op operand #0 must be token rows of a fixed number of features, but got 'f32'}}
  %y = "ttt.linear"(%f) <{weight = "W", bias = "b"}> : (f32) -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %g = ttt.loss_grad %k, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// A residual has two operands (generic form: no operand to infer from).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.add' op expected 2 operands, but found 0}}
  %f = "ttt.add"() : () -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C6: the gradient region takes two arguments, %k and %v.
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

// C6: the gradient region's arguments have the model argument's type.
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

// C6: the gradient region ends in ttt.gradients.
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

// C6: the gradient region ends in ttt.gradients, not in ttt.return.
// expected-error @+1 {{'ttt.layer' op the gradient region must end in 'ttt.gradients'}}
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  ttt.return loss(%k : !ttt.tokens<4>) output(%k : !ttt.tokens<4>)
}

// -----

// C6: the gradient region holds ttt forward and backward ops only.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  // expected-error @+1 {{'builtin.unrealized_conversion_cast' op is not allowed in the gradient region, which is built from the inner-model ops and the backward ops ttt.loss_grad, ttt.dot_loss_grad, ttt.activation_grad, ttt.layer_norm_grad and ttt.linear_input_grad}}
  %g = builtin.unrealized_conversion_cast %v : !ttt.tokens<4> to !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// C7: a ttt.linear in the gradient region names a linear layer of the model.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op weight 'W9' is not the weight of a linear layer of the model}}
  %y = ttt.linear %k weight "W9" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  %g = ttt.loss_grad %y, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// C7: ... with that linear layer's bias.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<4>
  %z = ttt.linear %y weight "W2" bias "b2" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%z : !ttt.tokens<4>) output(%z : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op has bias 'b2' but the model's linear layer 'W1' has bias 'b1'}}
  %y = ttt.linear %k weight "W1" bias "b2" : !ttt.tokens<4> -> !ttt.tokens<4>
  %g = ttt.loss_grad %y, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k, %y : !ttt.tokens<4>, !ttt.tokens<4>) output_grads(%g, %g : !ttt.tokens<4>, !ttt.tokens<4>)
}

// -----

// C7: ... and its widths.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op maps width 4 to 8 but the model's linear layer 'W' maps 4 to 4}}
  %y = ttt.linear %k weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<8>
  %g = ttt.loss_grad %k, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// C7: ttt.linear_input_grad names a linear layer of the model (not a
// LayerNorm).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  %n = ttt.layer_norm %y weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %g = ttt.loss_grad %k, %v : !ttt.tokens<4>
  // expected-error @+1 {{'ttt.linear_input_grad' op weight 'ln_weight' is not the weight of a linear layer of the model}}
  %gx = ttt.linear_input_grad %g weight "ln_weight" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%gx : !ttt.tokens<4>)
}

// -----

// C7: ttt.linear_input_grad maps the linear layer's output width to its
// input width.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<8>
  %y = ttt.linear %h weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %h = ttt.linear %k weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<8>
  %g = ttt.loss_grad %k, %v : !ttt.tokens<4>
  // expected-error @+1 {{'ttt.linear_input_grad' op maps width 4 to 8 but the input gradient of the model's linear layer 'W1' maps 8 to 4}}
  %gh = ttt.linear_input_grad %g weight "W1" : !ttt.tokens<4> -> !ttt.tokens<8>
  ttt.gradients inputs(%k, %h : !ttt.tokens<4>, !ttt.tokens<8>) output_grads(%gh, %g : !ttt.tokens<8>, !ttt.tokens<4>)
}

// -----

// C7: a ttt.layer_norm in the gradient region names a LayerNorm of the model.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.layer_norm' op weight 'ln_weight' is not the weight of a LayerNorm of the model}}
  %n = ttt.layer_norm %k weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<4>
  %g = ttt.loss_grad %n, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// C7: ... with that LayerNorm's bias.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  %n = ttt.layer_norm %y weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.layer_norm' op bias 'b' does not match the model's LayerNorm 'ln_weight', whose bias is 'ln_bias'}}
  %n = ttt.layer_norm %k weight "ln_weight" bias "b" eps 1.0e-06 : !ttt.tokens<4>
  %g = ttt.loss_grad %n, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// C7: ... its width.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<8>
  %n = ttt.layer_norm %h weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<8>
  %y = ttt.linear %n weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %h = ttt.linear %k weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<8>
  // expected-error @+1 {{'ttt.layer_norm' op has width 4 but the model's LayerNorm 'ln_weight' has width 8}}
  %n = ttt.layer_norm %k weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<4>
  %g = ttt.loss_grad %n, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k, %h : !ttt.tokens<4>, !ttt.tokens<8>) output_grads(%h, %g : !ttt.tokens<8>, !ttt.tokens<4>)
}

// -----

// C7: ... and its eps.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  %n = ttt.layer_norm %y weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %h = ttt.linear %k weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm' op has eps 1.000000e-08 but the model's LayerNorm 'ln_weight' has eps 1.000000e-06}}
  %n = ttt.layer_norm %h weight "ln_weight" bias "ln_bias" eps 1.0e-08 : !ttt.tokens<4>
  %g = ttt.loss_grad %n, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// C7: ttt.layer_norm_grad names a LayerNorm of the model (not a linear
// layer).
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %g = ttt.loss_grad %k, %v : !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm_grad' op weight 'W' is not the weight of a LayerNorm of the model}}
  %gz = ttt.layer_norm_grad %k, %g weight "W" eps 1.0e-06 : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%gz : !ttt.tokens<4>)
}

// -----

// C7: ... of its width.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<8>
  %n = ttt.layer_norm %h weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<8>
  %y = ttt.linear %n weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %g = ttt.loss_grad %k, %v : !ttt.tokens<4>
  %h = ttt.linear %k weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<8>
  // expected-error @+1 {{'ttt.layer_norm_grad' op has width 4 but the model's LayerNorm 'ln_weight' has width 8}}
  %gz = ttt.layer_norm_grad %k, %g weight "ln_weight" eps 1.0e-06 : !ttt.tokens<4>
  ttt.gradients inputs(%k, %h : !ttt.tokens<4>, !ttt.tokens<8>) output_grads(%h, %g : !ttt.tokens<8>, !ttt.tokens<4>)
}

// -----

// C7: ... with its eps.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  %n = ttt.layer_norm %y weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<4>
  ttt.return loss(%n : !ttt.tokens<4>) output(%n : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %h = ttt.linear %k weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  %g = ttt.loss_grad %h, %v : !ttt.tokens<4>
  // expected-error @+1 {{'ttt.layer_norm_grad' op has eps 1.000000e-05 but the model's LayerNorm 'ln_weight' has eps 1.000000e-06}}
  %gz = ttt.layer_norm_grad %h, %g weight "ln_weight" eps 1.0e-05 : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%gz : !ttt.tokens<4>)
}

// -----

// C8: ttt.gradients has one input and one output gradient per linear layer.
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

// C8: ttt.gradients: input i has the width of linear layer i's input.
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

// C8: ttt.gradients: output gradient i has the width of linear layer i's output.
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

// -----

// C2: decay needs causal timing.
// expected-error @+1 {{'ttt.layer' op 'decay' needs causal timing, got 'all': a position's decayed state is defined by the tokens before it}}
ttt.layer @l attributes {mini_batch = 4 : i64, timing = #ttt<timing all>, decay = true} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// expected-error @+1 {{'ttt.layer' op 'decay' needs causal timing, got 'after': a position's decayed state is defined by the tokens before it}}
ttt.layer @l attributes {mini_batch = 4 : i64, timing = #ttt<timing after>, decay = true} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// expected-error @+1 {{'ttt.layer' op 'decay' and 'normalize_weights' exclude each other: the normalisation would undo the decay of the weights but not of the biases}}
ttt.layer @l attributes {mini_batch = 4 : i64, decay = true, normalize_weights = true} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// An unknown timing.
// expected-error @+2 {{expected ::mlir::ttt::UpdateTiming to be one of: causal, all, after}}
// expected-error @+1 {{failed to parse TTT_UpdateTimingAttr parameter 'value'}}
ttt.layer @l attributes {mini_batch = 4 : i64, timing = #ttt<timing later>} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C4: `decay_product` is a kernel argument (the decay state).
ttt.layer @l attributes {mini_batch = 4 : i64, decay = true} {
^bb0(%x: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.linear' op parameter name 'decay_product' clashes with a kernel argument name}}
  %y = ttt.linear %x weight "decay_product" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// C6: the loss gradient is the layer's loss's: no 'mse' gradient in a layer
// with the dot loss...
ttt.layer @l attributes {mini_batch = 1 : i64, loss = #ttt<loss dot>} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %y = ttt.linear %k weight "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  // expected-error @+1 {{'ttt.loss_grad' op is the gradient of the 'mse' loss, but the layer's loss is 'dot'}}
  %g = ttt.loss_grad %y, %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// ... and no 'dot' gradient in a layer with the default (mse) loss.
ttt.layer @l attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  // expected-error @+1 {{'ttt.dot_loss_grad' op is the gradient of the 'dot' loss, but the layer's loss is 'mse'}}
  %g = ttt.dot_loss_grad %v : !ttt.tokens<4>
  ttt.gradients inputs(%k : !ttt.tokens<4>) output_grads(%g : !ttt.tokens<4>)
}

// -----

// The loss kind is mse or dot.
// expected-error @+2 {{expected ::mlir::ttt::LossKind to be one of: mse, dot}}
// expected-error @+1 {{failed to parse}}
ttt.layer @l attributes {mini_batch = 1 : i64, loss = #ttt<loss l1>} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}

// -----

// The loss kind is a #ttt<loss ...> attribute, not a string.
// expected-error @+1 {{'ttt.layer' op attribute 'loss' failed to satisfy constraint}}
ttt.layer @l attributes {mini_batch = 1 : i64, loss = "dot"} {
^bb0(%x: !ttt.tokens<4>):
  %y = ttt.linear %x weight "W" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%y : !ttt.tokens<4>) output(%y : !ttt.tokens<4>)
}
