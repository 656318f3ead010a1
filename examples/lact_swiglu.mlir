// LaCT ("Test-Time Training Done Right", Zhang et al. 2025) as a TTT layer:
// d = 64, SwiGLU fast weights without biases,
//   f(x) = (silu(x W1) * (x W3)) W2   (hidden width 256),
// trained with the dot-product loss -<f(k), v> (loss = dot), one learning
// rate per weight matrix per token (lr_per_weight: inputs lr.W1, lr.W3,
// lr.W2), and large chunks of b = 256 tokens whose outputs all see the
// weights from before the chunk's update (timing = after). After each update
// every weight column (one output unit) is rescaled to the norm it had
// before it (normalize_weights; docs/Semantics.md section 10). LaCT has no
// token scale: pass token_scale = 1.
ttt.layer @lact_swiglu attributes {mini_batch = 256 : i64, loss = #ttt<loss dot>, timing = #ttt<timing after>, lr_per_weight = true, normalize_weights = true} {
^bb0(%x: !ttt.tokens<64>):
  %a = ttt.linear %x weight "W1" : !ttt.tokens<64> -> !ttt.tokens<256>
  %s = ttt.activation silu %a : !ttt.tokens<256>
  %b = ttt.linear %x weight "W3" : !ttt.tokens<64> -> !ttt.tokens<256>
  %g = ttt.mul %s, %b : !ttt.tokens<256>, !ttt.tokens<256>
  %f = ttt.linear %g weight "W2" : !ttt.tokens<256> -> !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}
