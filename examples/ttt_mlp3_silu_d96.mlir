// A variant no hand-written TTT kernel covers: head dim d = 96 (the paper's
// 760M model), a three-layer inner MLP with silu and hidden widths 2d = 192
// and 3d = 288, mini-batch b = 8.
ttt.layer @ttt_mlp3_silu attributes {mini_batch = 8 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<96>):
  %h1 = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<96> -> !ttt.tokens<192>
  %a1 = ttt.activation silu %h1 : !ttt.tokens<192>
  %h2 = ttt.linear %a1 weight "W2" bias "b2" : !ttt.tokens<192> -> !ttt.tokens<288>
  %a2 = ttt.activation silu %h2 : !ttt.tokens<288>
  %z = ttt.linear %a2 weight "W3" bias "b3" : !ttt.tokens<288> -> !ttt.tokens<96>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<96>
  %f = ttt.add %x, %n : !ttt.tokens<96>, !ttt.tokens<96>
  ttt.return loss(%f : !ttt.tokens<96>) output(%f : !ttt.tokens<96>)
}
