// The variants of the public TTT code that the dialect must express
// (docs: docs/Semantics.md section 8), one ttt.layer each.
// Unless its comment says otherwise, a layer is the paper's TTT-Linear:
// d = 64, b = 16, causal, f(x) = x + LN(x W1 + b1), LayerNorm eps 1e-6, f32
// io. Every layer lowers with --ttt-lower-to-dual-form; the non-causal one is
// rejected by --ttt-lower-to-primal on purpose (its outputs depend on later
// tokens of the mini-batch).

// Non-causal mini-batches, the TTT video setting: every position of a
// mini-batch sees the end-of-mini-batch state (eta[i, j] = token_scale[i] *
// lr_j for all j), b = 64, d = 64, LayerNorm eps 1e-8. token_scale = 1/b is
// a kernel input, supplied by the caller.
ttt.layer @video_noncausal attributes {mini_batch = 64 : i64, timing = #ttt<timing all>} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-08 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}

// LayerNorm eps 1e-8 (the video models' value) in an otherwise causal
// language-model TTT-Linear.
ttt.layer @ln_eps_1e8 attributes {mini_batch = 16 : i64} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-08 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}

// Output residual z = zq + LN(zq) (another public TTT-Linear kernel): the
// loss still reconstructs v from x + LN(g(x)), but the layer outputs
// g(x) + LN(g(x)), so ttt.return names two different values.
ttt.layer @output_residual_zq attributes {mini_batch = 16 : i64} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  %o = ttt.add %z, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%o : !ttt.tokens<64>)
}

// No LayerNorm and no residual: the plain loss 1/2 ||g(k) - v||^2 and the
// output z = g(q); loss and output are both the linear layer's result.
ttt.layer @no_layer_norm attributes {mini_batch = 16 : i64} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  ttt.return loss(%z : !ttt.tokens<64>) output(%z : !ttt.tokens<64>)
}

// Head dim d = 32.
ttt.layer @head_dim_32 attributes {mini_batch = 16 : i64} {
^bb0(%x: !ttt.tokens<32>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<32> -> !ttt.tokens<32>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<32>
  %f = ttt.add %x, %n : !ttt.tokens<32>, !ttt.tokens<32>
  ttt.return loss(%f : !ttt.tokens<32>) output(%f : !ttt.tokens<32>)
}

// Head dim d = 128.
ttt.layer @head_dim_128 attributes {mini_batch = 16 : i64} {
^bb0(%x: !ttt.tokens<128>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<128> -> !ttt.tokens<128>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<128>
  %f = ttt.add %x, %n : !ttt.tokens<128>, !ttt.tokens<128>
  ttt.return loss(%f : !ttt.tokens<128>) output(%f : !ttt.tokens<128>)
}

// Mini-batch b = 1: plain online gradient descent, one step per token.
ttt.layer @mini_batch_1 attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}

// Mini-batch b = 64, causal (the largest size of section 8).
ttt.layer @mini_batch_64 attributes {mini_batch = 64 : i64} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}

// TTT-MLP with the narrowest inner width of section 8, 2d = 128, and relu:
// f(x) = x + LN(relu(x W1 + b1) W2 + b2).
ttt.layer @mlp_2d_relu attributes {mini_batch = 16 : i64} {
^bb0(%x: !ttt.tokens<64>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<128>
  %a = ttt.activation relu %h : !ttt.tokens<128>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<128> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}

// TTT-MLP with inner width 2d = 128 and the exact (erf) gelu instead of the
// paper's tanh approximation.
ttt.layer @mlp_2d_gelu_erf attributes {mini_batch = 16 : i64} {
^bb0(%x: !ttt.tokens<64>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<128>
  %a = ttt.activation gelu_erf %h : !ttt.tokens<128>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<128> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}

// bf16 inputs and output (XQ, XK, XV, Z); the inner state and every
// reduction stay f32.
ttt.layer @io_bf16 attributes {mini_batch = 16 : i64, io_type = bf16} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}

// f16 inputs and output; the inner state and every reduction stay f32.
ttt.layer @io_f16 attributes {mini_batch = 16 : i64, io_type = f16} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}
