// Small layers for segment-vjp-numeric.test: TTT-Linear and TTT-MLP
// (gelu_tanh, hidden 4d) with d = 4, b = 4.
ttt.layer @lin attributes {mini_batch = 4 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<4>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<4>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<4>
  %f = ttt.add %x, %n : !ttt.tokens<4>, !ttt.tokens<4>
  ttt.return loss(%f : !ttt.tokens<4>) output(%f : !ttt.tokens<4>)
}

ttt.layer @mlp attributes {mini_batch = 4 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<4>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<16>
  %a = ttt.activation gelu_tanh %h : !ttt.tokens<16>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<16> -> !ttt.tokens<4>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<4>
  %f = ttt.add %x, %n : !ttt.tokens<4>, !ttt.tokens<4>
  ttt.return loss(%f : !ttt.tokens<4>) output(%f : !ttt.tokens<4>)
}

// Non-causal, output z = zq + LN(zq) (a fan-out the backward must add up),
// d = 16, a full mini-batch of 16 rows.
ttt.layer @noncausal attributes {mini_batch = 16 : i64, timing = #ttt<timing all>} {
^bb0(%x: !ttt.tokens<16>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<16> -> !ttt.tokens<16>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-08 : !ttt.tokens<16>
  %f = ttt.add %x, %n : !ttt.tokens<16>, !ttt.tokens<16>
  %o = ttt.add %z, %n : !ttt.tokens<16>, !ttt.tokens<16>
  ttt.return loss(%f : !ttt.tokens<16>) output(%o : !ttt.tokens<16>)
}

// The 3-layer silu MLP, one row (b = 1 is a segment of one token).
ttt.layer @mlp3 attributes {mini_batch = 1 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<4>):
  %h1 = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<8>
  %a1 = ttt.activation silu %h1 : !ttt.tokens<8>
  %h2 = ttt.linear %a1 weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<12>
  %a2 = ttt.activation silu %h2 : !ttt.tokens<12>
  %z = ttt.linear %a2 weight "W3" bias "b3" : !ttt.tokens<12> -> !ttt.tokens<4>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<4>
  %f = ttt.add %x, %n : !ttt.tokens<4>, !ttt.tokens<4>
  ttt.return loss(%f : !ttt.tokens<4>) output(%f : !ttt.tokens<4>)
}
