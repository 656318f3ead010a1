// LaCT's inner model without its other features: SwiGLU fast weights without
// biases, (silu(x W1) * (x W3)) W2, trained with the dot-product loss
// -<f(k), v> (loss = dot, Semantics section 2), no LayerNorm.
ttt.layer @swiglu_dot attributes {mini_batch = 4 : i64, loss = #ttt<loss dot>} {
^bb0(%x: !ttt.tokens<16>):
  %a = ttt.linear %x weight "W1" : !ttt.tokens<16> -> !ttt.tokens<32>
  %s = ttt.activation silu %a : !ttt.tokens<32>
  %b = ttt.linear %x weight "W3" : !ttt.tokens<16> -> !ttt.tokens<32>
  %g = ttt.mul %s, %b : !ttt.tokens<32>, !ttt.tokens<32>
  %f = ttt.linear %g weight "W2" : !ttt.tokens<32> -> !ttt.tokens<16>
  ttt.return loss(%f : !ttt.tokens<16>) output(%f : !ttt.tokens<16>)
}
