// TTT-Linear as in the paper (Sun et al. 2024): head dim d = 64, mini-batch
// b = 16, causal, f(x) = x + LN(x W1 + b1) with LayerNorm eps 1e-6.
// The loss reconstructs v from k through f (1/2 ||f(k) - v||^2, i.e.
// 1/2 ||LN(g(k)) - (v - k)||^2); the output is z = q + LN(zq) = f(q).
ttt.layer @ttt_linear attributes {mini_batch = 16 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<64>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}
