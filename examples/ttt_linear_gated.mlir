// TTT-Linear with per-token forgetting (Gated DeltaNet / Titans-style decay,
// Semantics section 10): d = 64, b = 16, f(x) = x + LN(x W1 + b1) as in
// examples/ttt_linear.mlir, and `decay`: the kernel takes alpha [B, H, T] in
// (0, 1]; within a mini-batch position i sees A_i theta_0 - token_scale[i] S_i
// with A_i = alpha_i A_{i-1}, S_i = alpha_i S_{i-1} + lr_i G_i, every
// gradient at theta_0.
ttt.layer @ttt_linear_gated attributes {mini_batch = 16 : i64, decay = true} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}
