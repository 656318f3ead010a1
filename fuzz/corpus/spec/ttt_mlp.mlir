ttt.layer @ttt_mlp attributes {mini_batch = 16 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<64>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<256>
  %a = ttt.activation gelu_tanh %h : !ttt.tokens<256>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<256> -> !ttt.tokens<64>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<64>
  %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}
